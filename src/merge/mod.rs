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
    Measure, Parts, Project, Score, Signal, SignalId, Stage, StageId, Tags, TextField, order_value,
    polarity_value, score_value,
};

mod around;

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
    let personas = m.personas(base, ours, theirs);
    let stages = m.stages(base, ours, theirs);
    let channels = m.channels(base, ours, theirs);
    let lanes = m.lanes(base, ours, theirs);
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
    let lane_cells = m.lane_cells([base, ours, theirs], &lanes, &stage_ids, &personas);
    let lines = m.lines(base, ours, theirs, &lanes, &channel_ids);
    let project = Parts {
        title,
        personas,
        stages,
        channels,
        cells,
        lanes,
        lines,
        lane_cells,
    }
    .build()?;
    Ok(Project {
        conflicts: m.conflicts,
        // Two values only: if both sides changed it, they agree.
        direction: changed(base.direction, ours.direction, theirs.direction),
        // If both sides set a language, ours stands: it only names the
        // infographic's words, and either side can set it again.
        language: changed(base.language, ours.language, theirs.language),
        ..project
    })
}

/// Theirs when ours left the base value alone, else ours.
fn changed<T: PartialEq + Copy>(base: T, ours: T, theirs: T) -> T {
    if ours == base { theirs } else { ours }
}

pub(super) struct Merger {
    conflicts: Vec<Conflict>,
}

/// Where an item is on each side: base, ours, theirs.
pub(super) type Sides<'a, T> = (Option<&'a T>, Option<&'a T>, Option<&'a T>);

impl Merger {
    /// The merged value of one property; a conflict keeps ours.
    pub(super) fn value<T: PartialEq + Clone>(
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

    /// Merges one list of items with ids (stages, channels, a cell's
    /// signals): which survive, each one's fields, and their order.
    /// `edited_besides(side, id)` says whether a side changed what belongs
    /// to an item outside it (the cells of a stage), which keeps a deleted
    /// item alive as much as editing the item itself.
    pub(super) fn list<'a, T: PartialEq, Id: Copy + Eq + std::hash::Hash + std::fmt::Display>(
        &mut self,
        [base, ours, theirs]: [&'a [T]; 3],
        id_of: impl Fn(&T) -> Id,
        edited_besides: impl Fn(usize, Id) -> bool,
        kept: impl Fn(Id) -> ConflictAt,
        order_at: ConflictAt,
        mut fields: impl FnMut(&mut Self, Id, [&T; 3]) -> T,
    ) -> Vec<T> {
        let index = |list: &'a [T]| -> HashMap<Id, &'a T> {
            list.iter().map(|item| (id_of(item), item)).collect()
        };
        let (ib, io, it) = (index(base), index(ours), index(theirs));
        let ids = |list: &[T]| list.iter().map(&id_of).collect::<Vec<_>>();
        let (b, o, t) = (ids(base), ids(ours), ids(theirs));
        let mut merged = HashMap::new();
        for id in union(&[b.clone(), o.clone(), t.clone()]) {
            let sides = (
                ib.get(&id).copied(),
                io.get(&id).copied(),
                it.get(&id).copied(),
            );
            let edited = [sides.1, sides.2]
                .into_iter()
                .enumerate()
                .map(|(side, item)| {
                    item.is_some() && (item != sides.0 || edited_besides(side, id))
                });
            let edited: Vec<bool> = edited.collect();
            if !self.survives(sides, [edited[0], edited[1]], kept(id)) {
                continue;
            }
            if let Some((sb, so, st)) = fill(sides) {
                let item = fields(self, id, [sb, so, st]);
                merged.insert(id, item);
            }
        }
        let order = self.order(order_at, &b, &o, &t, &|id| merged.contains_key(id));
        order
            .into_iter()
            .filter_map(|id| merged.remove(&id))
            .collect()
    }

    fn stages(&mut self, base: &Project, ours: &Project, theirs: &Project) -> Vec<Stage> {
        let changed = [ours, theirs].map(|side| changed_cells(base, side));
        self.list(
            [&base.stages, &ours.stages, &theirs.stages],
            |s| s.id,
            |side, id| changed[side].0.contains(&id),
            ConflictAt::StageKept,
            ConflictAt::StageOrder,
            |m, id, [b, o, t]| Stage {
                id,
                name: m.text(ConflictAt::StageName(id), [&b.name, &o.name, &t.name]),
                description: m.text(
                    ConflictAt::StageDescription(id),
                    [&b.description, &o.description, &t.description],
                ),
            },
        )
    }

    fn channels(&mut self, base: &Project, ours: &Project, theirs: &Project) -> Vec<Channel> {
        let changed = [ours, theirs].map(|side| changed_cells(base, side));
        self.list(
            [&base.channels, &ours.channels, &theirs.channels],
            |c| c.id,
            |side, id| changed[side].1.contains(&id),
            ConflictAt::ChannelKept,
            ConflictAt::ChannelOrder,
            |m, id, [b, o, t]| Channel {
                id,
                name: m.text(ConflictAt::ChannelName(id), [&b.name, &o.name, &t.name]),
                kind: m.value(
                    ConflictAt::ChannelKind(id),
                    &b.kind,
                    &o.kind,
                    &t.kind,
                    |k| k.label().to_owned(),
                ),
            },
        )
    }

    /// [`Self::value`] for text.
    pub(super) fn text(&mut self, at: ConflictAt, [b, o, t]: [&String; 3]) -> String {
        self.value(at, b, o, t, String::clone)
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
        let signals = self.list(
            [&b.signals, &o.signals, &t.signals],
            |s| s.id,
            |_, _| false,
            ConflictAt::SignalKept,
            ConflictAt::SignalOrder(at),
            |m, id, [b, o, t]| Signal {
                id,
                polarity: m.value(
                    ConflictAt::SignalPolarity(id),
                    &b.polarity,
                    &o.polarity,
                    &t.polarity,
                    |p| polarity_value(*p).to_owned(),
                ),
                text: m.text(ConflictAt::SignalText(id), [&b.text, &o.text, &t.text]),
                tags: m.value(
                    ConflictAt::SignalTags(id),
                    &b.tags,
                    &o.tags,
                    &t.tags,
                    Tags::value,
                ),
            },
        );
        // A signal moved to different cells on each side stays in the first.
        cell.signals = signals
            .into_iter()
            .filter(|s| seen_signals.insert(s.id))
            .collect();
        cell.measures = measures([&b.measures, &o.measures, &t.measures]);
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
        let (in_ours, in_theirs): (HashSet<Id>, HashSet<Id>) = (
            ours.iter().copied().collect(),
            theirs.iter().copied().collect(),
        );
        let shared: HashSet<Id> = base
            .iter()
            .filter(|id| in_ours.contains(id) && in_theirs.contains(id))
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
        // The result as a linked list: each id's successor, `None` ending it;
        // the head's predecessor is `None` too.
        let mut next: HashMap<Option<Id>, Option<Id>> = HashMap::new();
        let mut tail = None;
        for id in primary.iter().filter(|id| keep(id)) {
            next.insert(tail, Some(*id));
            tail = Some(*id);
        }
        next.entry(tail).or_insert(None);
        let placed = |next: &HashMap<Option<Id>, Option<Id>>, id: Id| next.contains_key(&Some(id));
        for list in [secondary, base] {
            // The last item of `list` so far that is in the result: an
            // item missing from it goes right after.
            let mut after: Option<Id> = None;
            for id in list {
                if !keep(id) {
                    continue;
                }
                if !placed(&next, *id) {
                    let following = next.get(&after).copied().flatten();
                    next.insert(after, Some(*id));
                    next.insert(Some(*id), following);
                }
                after = Some(*id);
            }
        }
        let mut result = Vec::with_capacity(next.len());
        let mut at = next.get(&None).copied().flatten();
        while let Some(id) = at {
            result.push(id);
            at = next.get(&Some(id)).copied().flatten();
        }
        result
    }
}

/// Every id in the lists, in first-seen order.
/// A cell's measures, matched by file and question: what one side added,
/// measured again or removed is taken. Measured again differently on both
/// sides, the measure whose answers end later is kept (ours on a tie):
/// both are imports, and the later one has more of the answers.
fn measures([base, ours, theirs]: [&[Measure]; 3]) -> Vec<Measure> {
    let find = |list: &[Measure], m: &Measure| list.iter().find(|x| x.same_origin(m)).cloned();
    let mut merged = Vec::new();
    let mut origins: Vec<&Measure> = ours.iter().collect();
    origins.extend(theirs.iter().filter(|m| find(ours, m).is_none()));
    origins.extend(
        base.iter()
            .filter(|m| find(ours, m).is_none() && find(theirs, m).is_none()),
    );
    for origin in origins {
        let (b, o, t) = (find(base, origin), find(ours, origin), find(theirs, origin));
        let kept = if o == t || t == b {
            o
        } else if o == b {
            t
        } else {
            match (o, t) {
                (Some(o), Some(t)) if t.to > o.to => Some(t),
                (o, t) => o.or(t),
            }
        };
        merged.extend(kept);
    }
    merged
}

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

/// The stages and the channels with a cell that differs between `a` and `b`.
fn changed_cells(a: &Project, b: &Project) -> (HashSet<StageId>, HashSet<ChannelId>) {
    let mut stages = HashSet::new();
    let mut channels = HashSet::new();
    for (k, _) in a.cells_by_id().into_iter().chain(b.cells_by_id()) {
        if a.cell(k) != b.cell(k) {
            stages.insert(k.stage);
            channels.insert(k.channel);
        }
    }
    // A lane value edited at a stage keeps the stage alive too.
    for (k, _) in a.lane_cells_by_id().into_iter().chain(b.lane_cells_by_id()) {
        if a.lane_cell(k) != b.lane_cell(k) {
            stages.insert(k.stage);
        }
    }
    (stages, channels)
}
