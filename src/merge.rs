//! Three-way merge of maps, matched by ids: what git needs to merge two
//! branches' edits of one map without textual conflicts.
//!
//! Each property (a title, a stage's name, a cell's action, a signal's text,
//! an order) takes the side that changed it. Where both sides changed it
//! differently, the merge keeps ours and records a [`Conflict`] in the map.
//! An item deleted on one side and edited on the other is kept, with a
//! conflict that offers the deletion.

use std::collections::{HashMap, HashSet};

use crate::model::{
    Cell, CellKey, Channel, ChannelId, Conflict, ConflictAt, DELETED, EDITED, Experience, Invalid,
    Persona, Project, Score, Signal, SignalId, Stage, StageId, TextField, order_value,
    polarity_value, score_value,
};

/// Merges `ours` and `theirs`, two edits of `base`. The result's
/// `conflicts` lists every disagreement; it is empty when the merge is clean.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> Result<Project, Invalid> {
    let mut m = Merger {
        conflicts: ours.conflicts.clone(),
    };
    let title = m.value(
        ConflictAt::Title,
        &base.title,
        &ours.title,
        &theirs.title,
        String::clone,
    );
    let persona = Persona {
        name: m.value(
            ConflictAt::PersonaName,
            &base.persona.name,
            &ours.persona.name,
            &theirs.persona.name,
            String::clone,
        ),
        description: m.value(
            ConflictAt::PersonaDescription,
            &base.persona.description,
            &ours.persona.description,
            &theirs.persona.description,
            String::clone,
        ),
    };

    let stages = m.stages(base, ours, theirs);
    let channels = m.channels(base, ours, theirs);
    let stage_ids: HashSet<StageId> = stages.iter().map(|s| s.id).collect();
    let channel_ids: HashSet<ChannelId> = channels.iter().map(|c| c.id).collect();
    let mut keys: Vec<CellKey> = [base, ours, theirs]
        .iter()
        .flat_map(|p| p.cells_by_id().into_iter().map(|(k, _)| k))
        .filter(|k| stage_ids.contains(&k.stage) && channel_ids.contains(&k.channel))
        .collect();
    keys.sort();
    keys.dedup();
    let mut seen_signals = HashSet::new();
    let cells: Vec<(CellKey, Cell)> = keys
        .into_iter()
        .map(|at| (at, m.cell(at, base, ours, theirs, &mut seen_signals)))
        .collect();
    let project = Project::from_parts(title, persona, stages, channels, cells)?;
    Ok(Project {
        conflicts: m.conflicts,
        ..project
    })
}

struct Merger {
    conflicts: Vec<Conflict>,
}

/// Where an item is on each side: base, ours, theirs.
type Sides<'a, T> = (Option<&'a T>, Option<&'a T>, Option<&'a T>);

impl Merger {
    /// The merged value of one property; a conflict keeps ours.
    fn value<T: PartialEq + Clone>(
        &mut self,
        at: ConflictAt,
        base: &T,
        ours: &T,
        theirs: &T,
        show: impl Fn(&T) -> String,
    ) -> T {
        if ours == theirs || theirs == base {
            ours.clone()
        } else if ours == base {
            theirs.clone()
        } else {
            self.conflicts.push(Conflict {
                at,
                base: show(base),
                ours: show(ours),
                theirs: show(theirs),
            });
            ours.clone()
        }
    }

    /// Whether an item survives: added on either side, or in the base and
    /// not deleted; deleted on one side while the other `edited` it, it is
    /// kept with a conflict at `kept`.
    fn survives<T>(
        &mut self,
        (b, o, t): Sides<'_, T>,
        edited: [bool; 2],
        kept: ConflictAt,
    ) -> bool {
        match (b, o, t) {
            (None, _, _) => o.is_some() || t.is_some(),
            (Some(_), Some(_), Some(_)) => true,
            (Some(_), None, None) => false,
            (Some(_), None, Some(_)) | (Some(_), Some(_), None) => {
                let (ours_deleted, other_edited) = if o.is_none() {
                    (true, edited[1])
                } else {
                    (false, edited[0])
                };
                if !other_edited {
                    return false;
                }
                let word = |deleted: bool| if deleted { DELETED } else { EDITED }.to_owned();
                self.conflicts.push(Conflict {
                    at: kept,
                    base: String::new(),
                    ours: word(ours_deleted),
                    theirs: word(!ours_deleted),
                });
                true
            }
        }
    }

    fn stages(&mut self, base: &Project, ours: &Project, theirs: &Project) -> Vec<Stage> {
        fn find(p: &Project, id: StageId) -> Option<&Stage> {
            p.stages.iter().find(|s| s.id == id)
        }
        let changed_cells = |p: &Project, id: StageId| cells_differ(base, p, |k| k.stage == id);
        let mut merged = HashMap::new();
        for id in union(&[base, ours, theirs].map(|p| p.stages.iter().map(|s| s.id).collect())) {
            let sides = (find(base, id), find(ours, id), find(theirs, id));
            let edited =
                [ours, theirs].map(|side| find(side, id) != sides.0 || changed_cells(side, id));
            if !self.survives(sides, edited, ConflictAt::StageKept(id)) {
                continue;
            }
            let Some((b, o, t)) = fill(sides) else {
                continue;
            };
            let stage = Stage {
                id,
                name: self.value(
                    ConflictAt::StageName(id),
                    &b.name,
                    &o.name,
                    &t.name,
                    String::clone,
                ),
                description: self.value(
                    ConflictAt::StageDescription(id),
                    &b.description,
                    &o.description,
                    &t.description,
                    String::clone,
                ),
            };
            merged.insert(id, stage);
        }
        let ids = |p: &Project| p.stages.iter().map(|s| s.id).collect::<Vec<_>>();
        let order = self.order(
            ConflictAt::StageOrder,
            &ids(base),
            &ids(ours),
            &ids(theirs),
            &|id| merged.contains_key(id),
        );
        order
            .into_iter()
            .filter_map(|id| merged.remove(&id))
            .collect()
    }

    fn channels(&mut self, base: &Project, ours: &Project, theirs: &Project) -> Vec<Channel> {
        fn find(p: &Project, id: ChannelId) -> Option<&Channel> {
            p.channels.iter().find(|c| c.id == id)
        }
        let mut merged = HashMap::new();
        for id in union(&[base, ours, theirs].map(|p| p.channels.iter().map(|c| c.id).collect())) {
            let sides = (find(base, id), find(ours, id), find(theirs, id));
            let edited = [ours, theirs].map(|side| {
                find(side, id) != sides.0 || cells_differ(base, side, |k| k.channel == id)
            });
            if !self.survives(sides, edited, ConflictAt::ChannelKept(id)) {
                continue;
            }
            let Some((b, o, t)) = fill(sides) else {
                continue;
            };
            let channel = Channel {
                id,
                name: self.value(
                    ConflictAt::ChannelName(id),
                    &b.name,
                    &o.name,
                    &t.name,
                    String::clone,
                ),
                kind: self.value(
                    ConflictAt::ChannelKind(id),
                    &b.kind,
                    &o.kind,
                    &t.kind,
                    |k| k.label().to_owned(),
                ),
            };
            merged.insert(id, channel);
        }
        let ids = |p: &Project| p.channels.iter().map(|c| c.id).collect::<Vec<_>>();
        let order = self.order(
            ConflictAt::ChannelOrder,
            &ids(base),
            &ids(ours),
            &ids(theirs),
            &|id| merged.contains_key(id),
        );
        order
            .into_iter()
            .filter_map(|id| merged.remove(&id))
            .collect()
    }

    fn cell(
        &mut self,
        at: CellKey,
        base: &Project,
        ours: &Project,
        theirs: &Project,
        seen_signals: &mut HashSet<SignalId>,
    ) -> Cell {
        let empty = Cell::default();
        let [b, o, t] = [base, ours, theirs].map(|p| p.cell(at).unwrap_or(&empty));
        let mut cell = Cell::default();
        for field in TextField::ALL {
            *cell.text_mut(field) = self.value(
                ConflictAt::Text(at, field),
                &b.text(field).to_owned(),
                &o.text(field).to_owned(),
                &t.text(field).to_owned(),
                String::clone,
            );
        }
        for experience in [Experience::Ideal, Experience::Real] {
            *cell.score_mut(experience) = self.value(
                ConflictAt::Score(at, experience),
                &b.score(experience),
                &o.score(experience),
                &t.score(experience),
                |s: &Option<Score>| score_value(*s),
            );
        }
        let find = |c: &'_ Cell, id: SignalId| c.signals.iter().find(|s| s.id == id).cloned();
        let mut merged = HashMap::new();
        for id in union(&[b, o, t].map(|c| c.signals.iter().map(|s| s.id).collect())) {
            let (sb, so, st) = (find(b, id), find(o, id), find(t, id));
            let edited = [&so, &st].map(|side| side.is_some() && *side != sb);
            if !self.survives(
                (sb.as_ref(), so.as_ref(), st.as_ref()),
                edited,
                ConflictAt::SignalKept(id),
            ) {
                continue;
            }
            let Some((sb, so, st)) = fill((sb.as_ref(), so.as_ref(), st.as_ref())) else {
                continue;
            };
            let signal = Signal {
                id,
                polarity: self.value(
                    ConflictAt::SignalPolarity(id),
                    &sb.polarity,
                    &so.polarity,
                    &st.polarity,
                    |p| polarity_value(*p).to_owned(),
                ),
                text: self.value(
                    ConflictAt::SignalText(id),
                    &sb.text,
                    &so.text,
                    &st.text,
                    String::clone,
                ),
            };
            merged.insert(id, signal);
        }
        let ids = |c: &Cell| c.signals.iter().map(|s| s.id).collect::<Vec<_>>();
        let order = self.order(
            ConflictAt::SignalOrder(at),
            &ids(b),
            &ids(o),
            &ids(t),
            &|id| merged.contains_key(id),
        );
        // A signal moved to different cells on each side stays in the first.
        cell.signals = order
            .into_iter()
            .filter(|id| seen_signals.insert(*id))
            .filter_map(|id| merged.remove(&id))
            .collect();
        cell
    }

    /// The merged order of a list: the side that reordered it (ours if both
    /// did, with a conflict), with the other side's additions placed after
    /// the item they followed there.
    fn order<Id: Copy + Eq + std::hash::Hash + std::fmt::Display>(
        &mut self,
        at: ConflictAt,
        base: &[Id],
        ours: &[Id],
        theirs: &[Id],
        keep: &dyn Fn(&Id) -> bool,
    ) -> Vec<Id> {
        let shared: HashSet<Id> = base
            .iter()
            .filter(|id| ours.contains(id) && theirs.contains(id))
            .copied()
            .collect();
        let relative = |list: &[Id]| -> Vec<Id> {
            list.iter()
                .filter(|id| shared.contains(id))
                .copied()
                .collect()
        };
        let (rb, ro, rt) = (relative(base), relative(ours), relative(theirs));
        let (primary, secondary) = if ro == rb && rt != rb {
            (theirs, ours)
        } else {
            if ro != rb && rt != rb && ro != rt {
                self.conflicts.push(Conflict {
                    at,
                    base: order_value(base.iter()),
                    ours: order_value(ours.iter()),
                    theirs: order_value(theirs.iter()),
                });
            }
            (ours, theirs)
        };
        let mut result: Vec<Id> = primary.iter().filter(|id| keep(id)).copied().collect();
        for list in [secondary, base] {
            for (i, id) in list.iter().enumerate() {
                if !keep(id) || result.contains(id) {
                    continue;
                }
                let after = list[..i]
                    .iter()
                    .rev()
                    .find_map(|p| result.iter().position(|r| r == p));
                result.insert(after.map_or(0, |p| p + 1), *id);
            }
        }
        result
    }
}

/// Every id in the lists, in first-seen order.
fn union<Id: Copy + Eq + std::hash::Hash>(lists: &[Vec<Id>; 3]) -> Vec<Id> {
    let mut seen = HashSet::new();
    lists
        .iter()
        .flatten()
        .filter(|id| seen.insert(**id))
        .copied()
        .collect()
}

/// The three versions of an item that survives, missing ones taken from
/// the base (unchanged) or, for an item new on both sides, with ours as the
/// base. `None` when no side has it.
fn fill<'a, T>((b, o, t): Sides<'a, T>) -> Option<(&'a T, &'a T, &'a T)> {
    let base = b.or(o).or(t)?;
    let (ours, theirs) = (o.unwrap_or(base), t.unwrap_or(base));
    Some(if b.is_none() {
        (ours, ours, theirs)
    } else {
        (base, ours, theirs)
    })
}

/// True when any cell selected by `which` differs between `a` and `b`.
fn cells_differ(a: &Project, b: &Project, which: impl Fn(&CellKey) -> bool) -> bool {
    let keys: HashSet<CellKey> = a
        .cells_by_id()
        .into_iter()
        .chain(b.cells_by_id())
        .map(|(k, _)| k)
        .filter(|k| which(k))
        .collect();
    keys.into_iter().any(|k| a.cell(k) != b.cell(k))
}
