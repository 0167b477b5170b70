//! What changed around the channel grid: personas, lanes with their
//! settings and values, and lines.

use super::{Change, Detail, Item, List, Place, list_changes};
use crate::model::{
    Amount, Better, LaneId, LaneKey, LaneSetting, LineId, PersonaId, Project, Row, Score,
};

/// Personas added, deleted, renamed, moved or described, for maps of
/// more than one persona (a single one speaks as `persona "A" → "B"`).
pub(super) fn persona_changes(old: &Project, new: &Project) -> Vec<(Change, Place)> {
    let items = |p: &Project| -> Vec<Item> {
        p.personas
            .iter()
            .map(|x| {
                (
                    x.id.0,
                    x.name.clone(),
                    Detail::Description(x.description.clone()),
                )
            })
            .collect()
    };
    let emotions = |id: u64| {
        old.lane_cells_by_id()
            .iter()
            .filter(|(_, c)| c.emotions.contains_key(&PersonaId(id)))
            .count()
    };
    list_changes(List::Persona, &items(old), &items(new), &emotions)
        .into_iter()
        .map(|(c, id)| (c, Place::Persona(PersonaId(id))))
        .collect()
}

/// Persona colours that changed, or that a new persona has.
pub(super) fn persona_colours(old: &Project, new: &Project) -> Vec<(Change, Place)> {
    new.personas
        .iter()
        .filter_map(|p| {
            let before = old
                .persona_by_id(p.id)
                .map_or_else(Default::default, |o| o.colour);
            (before != p.colour).then(|| {
                let change = Change::PersonaColour {
                    persona: p.name.clone(),
                    old: before,
                    new: p.colour,
                };
                (change, Place::Persona(p.id))
            })
        })
        .collect()
}

/// A lane setting as conflicts and diffs write its value.
pub fn lane_setting_value(project: &Project, lane: LaneId, setting: LaneSetting) -> String {
    project
        .lane(lane)
        .map(|lane| lane_setting(lane, setting))
        .unwrap_or_default()
}

/// [`lane_setting_value`] of a lane.
pub fn lane_setting(lane: &crate::model::Lane, setting: LaneSetting) -> String {
    match setting {
        LaneSetting::Persona => lane.persona.map(|p| p.to_string()).unwrap_or_default(),
        LaneSetting::Place => if lane.below { "below" } else { "above" }.to_owned(),
        LaneSetting::Unit => lane.unit.clone(),
        LaneSetting::Target => lane.target.map(|t| t.to_string()).unwrap_or_default(),
        LaneSetting::Better => match lane.better {
            Better::Higher => "higher",
            Better::Lower => "lower",
        }
        .to_owned(),
    }
}

/// Lanes added, deleted, renamed or moved, their kind when new, and their
/// settings that changed (a persona named by its name).
pub(super) fn lane_changes(old: &Project, new: &Project) -> Vec<(Change, Place)> {
    let items = |p: &Project| -> Vec<Item> {
        p.lanes
            .iter()
            .map(|l| (l.id.0, l.name.clone(), Detail::None))
            .collect()
    };
    let values = |id: u64| old.lane_value_count(LaneId(id));
    let mut out: Vec<(Change, Place)> = list_changes(List::Lane, &items(old), &items(new), &values)
        .into_iter()
        .map(|(c, id)| (c, Place::Lane(LaneId(id))))
        .collect();
    let persona_name = |p: &Project, value: &str| {
        crate::model::parse_hex_id(value)
            .and_then(|id| p.persona_by_id(PersonaId(id)))
            .map_or_else(String::new, |x| x.name.clone())
    };
    for lane in &new.lanes {
        let place = Place::Lane(lane.id);
        let known = old.lane(lane.id).is_some();
        if !known {
            out.push((
                Change::LaneKind {
                    lane: lane.name.clone(),
                    lane_kind: lane.kind,
                },
                place,
            ));
        }
        for setting in LaneSetting::ALL {
            let before = if known {
                lane_setting_value(old, lane.id, setting)
            } else {
                blank_setting(setting)
            };
            let after = lane_setting_value(new, lane.id, setting);
            if before != after {
                let (before, after) = if setting == LaneSetting::Persona {
                    (persona_name(old, &before), persona_name(new, &after))
                } else {
                    (before, after)
                };
                out.push((
                    Change::LaneSetting {
                        lane: lane.name.clone(),
                        setting,
                        old: before,
                        new: after,
                    },
                    place,
                ));
            }
        }
    }
    out
}

/// A new lane's setting before anyone set it.
fn blank_setting(setting: LaneSetting) -> String {
    match setting {
        LaneSetting::Place => "above".to_owned(),
        LaneSetting::Better => "higher".to_owned(),
        _ => String::new(),
    }
}

/// Every lane value that changed: text, number, each persona's emotion and note.
pub(super) fn lane_value_changes(old: &Project, new: &Project) -> Vec<(Change, Place)> {
    let mut out = Vec::new();
    let empty = crate::model::LaneCell::default();
    for lane in &new.lanes {
        for stage in &new.stages {
            let at = LaneKey::new(lane.id, stage.id);
            let (a, b) = (
                old.lane_cell(at).unwrap_or(&empty),
                new.lane_cell(at).unwrap_or(&empty),
            );
            if a == b {
                continue;
            }
            let (lane_name, stage_name) = (lane.name.clone(), stage.name.clone());
            let place = Place::LaneCell(at);
            if a.text != b.text {
                out.push((
                    Change::LaneText {
                        lane: lane_name.clone(),
                        stage: stage_name.clone(),
                        old: a.text.clone(),
                        new: b.text.clone(),
                    },
                    place,
                ));
            }
            if a.number != b.number {
                out.push((
                    Change::LaneNumber {
                        lane: lane_name.clone(),
                        stage: stage_name.clone(),
                        old: a.number.map(|n: Amount| n.to_string()),
                        new: b.number.map(|n: Amount| n.to_string()),
                    },
                    place,
                ));
            }
            for persona in &new.personas {
                let (x, y) = (a.emotions.get(&persona.id), b.emotions.get(&persona.id));
                let score = |e: Option<&crate::model::Emotion>| e.and_then(|e| e.score);
                let note = |e: Option<&crate::model::Emotion>| {
                    e.map_or_else(String::new, |e| e.note.clone())
                };
                if score(x) != score(y) {
                    out.push((
                        Change::Emotion {
                            lane: lane_name.clone(),
                            stage: stage_name.clone(),
                            persona: persona.name.clone(),
                            old: score(x).map(Score::value),
                            new: score(y).map(Score::value),
                        },
                        place,
                    ));
                }
                if note(x) != note(y) {
                    out.push((
                        Change::EmotionNote {
                            lane: lane_name.clone(),
                            stage: stage_name.clone(),
                            persona: persona.name.clone(),
                            old: note(x),
                            new: note(y),
                        },
                        place,
                    ));
                }
            }
        }
    }
    out
}

/// Lines added, deleted, renamed, and moved to below another row.
pub(super) fn line_changes(old: &Project, new: &Project) -> Vec<(Change, Place)> {
    let items = |p: &Project| -> Vec<Item> {
        p.lines
            .iter()
            .map(|l| (l.id.0, l.name.clone(), Detail::None))
            .collect()
    };
    let mut out: Vec<(Change, Place)> = list_changes(List::Line, &items(old), &items(new), &|_| 0)
        .into_iter()
        // A line's order in the list is no place on the map.
        .filter(|(c, _)| !matches!(c, Change::Moved { .. }))
        .map(|(c, id)| (c, Place::Line(LineId(id))))
        .collect();
    let row_name =
        |p: &Project, row: Option<Row>| row.map_or_else(String::new, |r| p.row_name(r).to_owned());
    for line in &new.lines {
        let before = old.line(line.id).and_then(|l| l.after);
        let moved = match old.line(line.id) {
            Some(_) => before != line.after,
            None => line.after.is_some(),
        };
        if moved {
            out.push((
                Change::LineMoved {
                    line: line.name.clone(),
                    old: row_name(old, before),
                    new: row_name(new, line.after),
                },
                Place::Line(line.id),
            ));
        }
    }
    out
}
