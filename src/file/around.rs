//! The file's shape of what sits around the channel grid: personas, lanes,
//! lines and lane values. A map of one unnamed-colour persona with no lanes
//! writes none of it, so its file is as it always was:
//!
//! ```ron
//!     personas: [
//!         (id: "…", name: "Sara", colour: Teal),
//!     ],
//!     lanes: [
//!         (id: "…", name: "Emotion", kind: Emotion, persona: "…", below: true),
//!         (id: "…", name: "NPS", kind: Metric, unit: "", target: 50),
//!     ],
//!     lines: [(id: "…", name: "Line of visibility", after: "…")],
//!     lane_values: [
//!         (lane: "…", stage: "…", text: "…", number: 32,
//!          emotions: [(persona: "…", score: 1, note: "…")]),
//!     ],
//! ```

use serde::{Deserialize, Serialize};

use super::readers::{
    de_amount, de_lane_def, de_lane_ref, de_line_def, de_persona_def, de_persona_ref, de_row_ref,
    de_score, de_some_persona_ref, de_stage_ref, ser_amount, ser_id, ser_row, ser_score,
    ser_some_id,
};
use crate::model::{
    Amount, Better, ChannelId, Emotion, Lane, LaneCell, LaneId, LaneKey, LaneKind, Line, LineId,
    Persona, PersonaColour, PersonaId, Project, Row, Score, StageId,
};

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn is_false(value: &bool) -> bool {
    !value
}

/// The single persona's form, as maps have always written it.
#[derive(Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "persona")]
pub(super) struct FilePersona {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
}

/// One of several personas.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "persona")]
pub(super) struct FileNamedPersona {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_persona_def")]
    id: PersonaId,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(default, skip_serializing_if = "is_default")]
    colour: PersonaColour,
}

/// The personas as a file writes them: the single form when the map has
/// its first persona alone, in the first colour; the list otherwise.
pub(super) fn file_personas(project: &Project) -> (FilePersona, Vec<FileNamedPersona>) {
    match project.personas.as_slice() {
        [only] if only.id == PersonaId::FIRST && only.colour == PersonaColour::default() => (
            FilePersona {
                name: only.name.clone(),
                description: only.description.clone(),
            },
            Vec::new(),
        ),
        personas => (
            FilePersona::default(),
            personas
                .iter()
                .map(|p| FileNamedPersona {
                    id: p.id,
                    name: p.name.clone(),
                    description: p.description.clone(),
                    colour: p.colour,
                })
                .collect(),
        ),
    }
}

/// The model's personas from a file's: the list, else the single persona.
pub(super) fn model_personas(single: FilePersona, list: Vec<FileNamedPersona>) -> Vec<Persona> {
    if list.is_empty() {
        return vec![Persona {
            name: single.name,
            description: single.description,
            ..Persona::default()
        }];
    }
    list.into_iter()
        .map(|p| Persona {
            id: p.id,
            name: p.name,
            description: p.description,
            colour: p.colour,
        })
        .collect()
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "lane")]
pub(super) struct FileLane {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_lane_def")]
    id: LaneId,
    #[serde(default)]
    name: String,
    #[serde(default, skip_serializing_if = "is_default")]
    kind: LaneKind,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_some_id",
        deserialize_with = "de_some_persona_ref"
    )]
    persona: Option<PersonaId>,
    #[serde(default, skip_serializing_if = "is_false")]
    below: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    unit: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_amount",
        deserialize_with = "de_amount"
    )]
    target: Option<Amount>,
    #[serde(default, skip_serializing_if = "is_default")]
    better: Better,
}

impl FileLane {
    pub(super) fn of(lane: &Lane) -> Self {
        Self {
            id: lane.id,
            name: lane.name.clone(),
            kind: lane.kind,
            persona: lane.persona,
            below: lane.below,
            unit: lane.unit.clone(),
            target: lane.target,
            better: lane.better,
        }
    }

    pub(super) fn into_lane(self) -> Lane {
        Lane {
            id: self.id,
            name: self.name,
            kind: self.kind,
            persona: self.persona,
            below: self.below,
            unit: self.unit,
            target: self.target,
            better: self.better,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "line")]
pub(super) struct FileLine {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_line_def")]
    id: LineId,
    #[serde(default)]
    name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_row",
        deserialize_with = "de_row_ref"
    )]
    after: Option<u64>,
}

impl FileLine {
    pub(super) fn of(line: &Line) -> Self {
        Self {
            id: line.id,
            name: line.name.clone(),
            after: line.after.map(|row| match row {
                Row::Lane(id) => id.0,
                Row::Channel(id) => id.0,
            }),
        }
    }

    /// The line, its row read as a lane when one has that id, else as a
    /// channel (the check then finds an id that names neither).
    pub(super) fn into_line(self, lanes: &[Lane]) -> Line {
        let after = self.after.map(|id| {
            if lanes.iter().any(|l| l.id.0 == id) {
                Row::Lane(LaneId(id))
            } else {
                Row::Channel(ChannelId(id))
            }
        });
        Line {
            id: self.id,
            name: self.name,
            after,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "emotion")]
pub(super) struct FileEmotion {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_persona_ref")]
    persona: PersonaId,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_score",
        deserialize_with = "de_score"
    )]
    score: Option<Score>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "lane_value")]
pub(super) struct FileLaneValue {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_lane_ref")]
    pub(super) lane: LaneId,
    #[serde(serialize_with = "ser_id", deserialize_with = "de_stage_ref")]
    pub(super) stage: StageId,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    text: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_amount",
        deserialize_with = "de_amount"
    )]
    number: Option<Amount>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    emotions: Vec<FileEmotion>,
}

impl FileLaneValue {
    pub(super) fn of(key: LaneKey, cell: &LaneCell) -> Self {
        Self {
            lane: key.lane,
            stage: key.stage,
            text: cell.text.clone(),
            number: cell.number,
            emotions: cell
                .emotions
                .iter()
                .map(|(persona, e)| FileEmotion {
                    persona: *persona,
                    score: e.score,
                    note: e.note.clone(),
                })
                .collect(),
        }
    }

    /// The value, or the persona named twice in its emotions.
    pub(super) fn into_lane_cell(self) -> Result<(LaneKey, LaneCell), PersonaId> {
        let mut cell = LaneCell {
            text: self.text,
            number: self.number,
            ..LaneCell::default()
        };
        for e in self.emotions {
            let emotion = Emotion {
                score: e.score,
                note: e.note,
            };
            if cell.emotions.insert(e.persona, emotion).is_some() {
                return Err(e.persona);
            }
        }
        Ok((LaneKey::new(self.lane, self.stage), cell))
    }
}
