//! Merging what sits around the channel grid, by ids as the grid is:
//! personas, lanes and their settings, lane values (each text, number and
//! persona's emotion on its own) and lines.

use std::collections::{BTreeMap, HashSet};

use super::Merger;
use crate::diff::lane_setting;
use crate::model::{
    Amount, ChannelId, ConflictAt, Emotion, Lane, LaneCell, LaneId, LaneKey, LaneSetting, Line,
    LineId, Persona, PersonaColour, PersonaId, Project, Row, Score, StageId, score_value,
};

impl Merger {
    /// The personas: which survive, their fields, and their order. A
    /// persona deleted on one side while its emotions changed on the other
    /// is kept, with a conflict.
    pub(super) fn personas(
        &mut self,
        base: &Project,
        ours: &Project,
        theirs: &Project,
    ) -> Vec<Persona> {
        let felt = [ours, theirs].map(|side| {
            let mut changed: HashSet<PersonaId> = HashSet::new();
            for (k, _) in base
                .lane_cells_by_id()
                .into_iter()
                .chain(side.lane_cells_by_id())
            {
                let (a, b) = (base.lane_cell(k), side.lane_cell(k));
                let emotions = |c: Option<&LaneCell>| c.map(|c| c.emotions.clone());
                if let (a, b) = (
                    emotions(a).unwrap_or_default(),
                    emotions(b).unwrap_or_default(),
                ) && a != b
                {
                    changed.extend(a.keys().chain(b.keys()).filter(|p| a.get(p) != b.get(p)));
                }
            }
            changed
        });
        self.list(
            [&base.personas, &ours.personas, &theirs.personas],
            |p| p.id,
            |side, id| felt[side].contains(&id),
            ConflictAt::PersonaKept,
            ConflictAt::PersonaOrder,
            |m, id, [b, o, t]| Persona {
                id,
                name: m.text(ConflictAt::PersonaName(id), [&b.name, &o.name, &t.name]),
                description: m.text(
                    ConflictAt::PersonaDescription(id),
                    [&b.description, &o.description, &t.description],
                ),
                colour: m.value(
                    ConflictAt::PersonaColour(id),
                    &b.colour,
                    &o.colour,
                    &t.colour,
                    |c: &PersonaColour| c.key().to_owned(),
                ),
            },
        )
    }

    /// The lanes: which survive, their name and settings, and their order
    /// (those above the channels first, as always).
    pub(super) fn lanes(&mut self, base: &Project, ours: &Project, theirs: &Project) -> Vec<Lane> {
        let valued = [ours, theirs].map(|side| {
            let mut changed = HashSet::new();
            for (k, _) in base
                .lane_cells_by_id()
                .into_iter()
                .chain(side.lane_cells_by_id())
            {
                if base.lane_cell(k) != side.lane_cell(k) {
                    changed.insert(k.lane);
                }
            }
            changed
        });
        self.list(
            [&base.lanes, &ours.lanes, &theirs.lanes],
            |l| l.id,
            |side, id| valued[side].contains(&id),
            ConflictAt::LaneKept,
            ConflictAt::LaneOrder,
            |m, id, [b, o, t]| {
                // A setting takes the side that changed it; values as
                // conflicts write them.
                let mut setting = |setting: LaneSetting| {
                    let [vb, vo, vt] = [b, o, t].map(|lane| lane_setting(lane, setting));
                    m.value(
                        ConflictAt::LaneSetting(id, setting),
                        &vb,
                        &vo,
                        &vt,
                        String::clone,
                    )
                };
                let persona = setting(LaneSetting::Persona);
                let place = setting(LaneSetting::Place);
                let unit = setting(LaneSetting::Unit);
                let target = setting(LaneSetting::Target);
                let better = setting(LaneSetting::Better);
                Lane {
                    id,
                    name: m.text(ConflictAt::LaneName(id), [&b.name, &o.name, &t.name]),
                    kind: o.kind,
                    persona: crate::model::parse_hex_id(&persona).map(PersonaId),
                    below: place == "below",
                    unit,
                    target: Amount::parse(&target),
                    better: if better == "lower" {
                        crate::model::Better::Lower
                    } else {
                        crate::model::Better::Higher
                    },
                }
            },
        )
    }

    /// Every lane value at a lane and stage that survive: text, number, and
    /// each surviving persona's emotion score and note, each on its own.
    pub(super) fn lane_cells(
        &mut self,
        sides: [&Project; 3],
        lanes: &[Lane],
        stages: &HashSet<StageId>,
        personas: &[Persona],
    ) -> Vec<(LaneKey, LaneCell)> {
        let lane_ids: HashSet<LaneId> = lanes.iter().map(|l| l.id).collect();
        let persona_ids: HashSet<PersonaId> = personas.iter().map(|p| p.id).collect();
        let mut keys: Vec<LaneKey> = sides
            .iter()
            .flat_map(|p| p.lane_cells_by_id().into_iter().map(|(k, _)| k))
            .filter(|k| lane_ids.contains(&k.lane) && stages.contains(&k.stage))
            .collect();
        keys.sort();
        keys.dedup();
        let empty = LaneCell::default();
        keys.into_iter()
            .map(|at| {
                let [b, o, t] = sides.map(|p| p.lane_cell(at).unwrap_or(&empty));
                let text = self.text(ConflictAt::LaneText(at), [&b.text, &o.text, &t.text]);
                let number = self.value(
                    ConflictAt::LaneNumber(at),
                    &b.number,
                    &o.number,
                    &t.number,
                    |n: &Option<Amount>| n.map(|n| n.to_string()).unwrap_or_default(),
                );
                let mut emotions = BTreeMap::new();
                let ids: std::collections::BTreeSet<PersonaId> = [b, o, t]
                    .iter()
                    .flat_map(|c| c.emotions.keys().copied())
                    .filter(|p| persona_ids.contains(p))
                    .collect();
                for persona in ids {
                    let none = Emotion::default();
                    let [eb, eo, et] = [b, o, t].map(|c| c.emotions.get(&persona).unwrap_or(&none));
                    let emotion = Emotion {
                        score: self.value(
                            ConflictAt::Emotion(at, persona),
                            &eb.score,
                            &eo.score,
                            &et.score,
                            |s: &Option<Score>| score_value(*s),
                        ),
                        note: self.text(
                            ConflictAt::EmotionNote(at, persona),
                            [&eb.note, &eo.note, &et.note],
                        ),
                    };
                    if !emotion.is_empty() {
                        emotions.insert(persona, emotion);
                    }
                }
                let cell = LaneCell {
                    text,
                    number,
                    emotions,
                };
                (at, cell)
            })
            .collect()
    }

    /// The lines: which survive, their names, and the row each is below (a
    /// row that did not survive leaves its line at the top).
    pub(super) fn lines(
        &mut self,
        base: &Project,
        ours: &Project,
        theirs: &Project,
        lanes: &[Lane],
        channels: &HashSet<ChannelId>,
    ) -> Vec<Line> {
        let place = |p: &Project, id: LineId| -> String {
            p.line(id)
                .and_then(|l| l.after)
                .map(|row| match row {
                    Row::Lane(id) => id.to_string(),
                    Row::Channel(id) => id.to_string(),
                })
                .unwrap_or_default()
        };
        let exists = |row: &Row| match row {
            Row::Lane(id) => lanes.iter().any(|l| l.id == *id),
            Row::Channel(id) => channels.contains(id),
        };
        let mut lines = self.list(
            [&base.lines, &ours.lines, &theirs.lines],
            |l| l.id,
            |_, _| false,
            ConflictAt::LineKept,
            ConflictAt::LineOrder,
            |m, id, [b, o, t]| {
                let [pb, po, pt] = [base, ours, theirs].map(|p| place(p, id));
                let after = m.value(ConflictAt::LinePlace(id), &pb, &po, &pt, String::clone);
                let row = [b, o, t]
                    .into_iter()
                    .filter_map(|l| l.after)
                    .find(|row| match row {
                        Row::Lane(x) => x.to_string() == after,
                        Row::Channel(x) => x.to_string() == after,
                    });
                Line {
                    id,
                    name: m.text(ConflictAt::LineName(id), [&b.name, &o.name, &t.name]),
                    after: row,
                }
            },
        );
        for line in &mut lines {
            if line.after.is_some_and(|row| !exists(&row)) {
                line.after = None;
            }
        }
        lines
    }
}
