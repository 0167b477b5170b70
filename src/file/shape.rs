//! The file's shape, separate from the model so the model stays free of
//! file concerns and the format can evolve with migrations.

use serde::{Deserialize, Deserializer, Serialize};

use super::Fault;
use super::around::{
    FileLane, FileLaneValue, FileLine, FileNamedPersona, FilePersona, file_personas, model_personas,
};
use super::measured::FileMeasure;
use super::readers::{
    Role, de_bare, de_channel_def, de_channel_ref, de_format, de_score, de_signal_def,
    de_stage_def, de_stage_ref, nth_in_log, ser_bare, ser_id, ser_score,
};
use crate::i18n::Lang;
use crate::model::{
    Cause, Cell, CellKey, Channel, ChannelId, ChannelKind, Conflict, ConflictAt, Direction,
    FORMAT_VERSION, Invalid, Lane, Parts, Polarity, Principle, Project, Score, Signal, SignalId,
    Stage, StageId, Tags,
};

// ---------------------------------------------------------------------------
// The file's shape. Separate from the model so the model stays free of
// file concerns and the format can evolve with migrations. Each struct is
// renamed to the user's word for it, which is what error messages show.

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "map")]
pub(super) struct FileProject {
    #[serde(deserialize_with = "de_format")]
    format: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    title: String,
    #[serde(default, skip_serializing_if = "is_default")]
    persona: FilePersona,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    personas: Vec<FileNamedPersona>,
    #[serde(default, skip_serializing_if = "is_default")]
    direction: Direction,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_bare",
        deserialize_with = "de_bare"
    )]
    language: Option<Lang>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    stages: Vec<FileStage>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    channels: Vec<FileChannel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    lanes: Vec<FileLane>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    lines: Vec<FileLine>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cells: Vec<FileCell>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    lane_values: Vec<FileLaneValue>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    conflicts: Vec<FileConflict>,
}

/// A disagreement left by `journeymap merge`; see [`crate::model::Conflict`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "conflict")]
struct FileConflict {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_conflict_at")]
    at: ConflictAt,
    #[serde(default)]
    base: String,
    #[serde(default)]
    ours: String,
    #[serde(default)]
    theirs: String,
}

fn de_conflict_at<'de, D: Deserializer<'de>>(d: D) -> Result<ConflictAt, D::Error> {
    String::deserialize(d)?
        .parse()
        .map_err(serde::de::Error::custom)
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "stage")]
struct FileStage {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_stage_def")]
    id: StageId,
    #[serde(default)]
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "channel")]
struct FileChannel {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_channel_def")]
    id: ChannelId,
    #[serde(default)]
    name: String,
    #[serde(default, skip_serializing_if = "is_default")]
    kind: ChannelKind,
}

/// A cell, its text fields made from the one list of them
/// ([`crate::text_fields`]), with the conversions to and from the model.
macro_rules! file_cell {
    ($(($variant:ident, $field:ident)),*) => {
        #[derive(Serialize, Deserialize)]
        #[serde(deny_unknown_fields, rename = "cell")]
        struct FileCell {
            #[serde(serialize_with = "ser_id", deserialize_with = "de_stage_ref")]
            stage: StageId,
            #[serde(serialize_with = "ser_id", deserialize_with = "de_channel_ref")]
            channel: ChannelId,
            $(
                #[serde(default, skip_serializing_if = "String::is_empty")]
                $field: String,
            )*
            #[serde(
                default,
                skip_serializing_if = "Option::is_none",
                serialize_with = "ser_score",
                deserialize_with = "de_score"
            )]
            ideal: Option<Score>,
            #[serde(
                default,
                skip_serializing_if = "Option::is_none",
                serialize_with = "ser_score",
                deserialize_with = "de_score"
            )]
            real: Option<Score>,
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            signals: Vec<FileSignal>,
            #[serde(default, skip_serializing_if = "Vec::is_empty")]
            measures: Vec<FileMeasure>,
        }

        impl FileCell {
            fn of(key: CellKey, cell: &Cell) -> Self {
                Self {
                    stage: key.stage,
                    channel: key.channel,
                    $($field: cell.$field.clone(),)*
                    ideal: cell.ideal,
                    real: cell.real,
                    signals: cell.signals.iter().map(FileSignal::of).collect(),
                    measures: cell.measures.iter().map(FileMeasure::of).collect(),
                }
            }

            fn into_cell(self) -> (CellKey, Cell) {
                let cell = Cell {
                    $($field: self.$field,)*
                    ideal: self.ideal,
                    real: self.real,
                    signals: self.signals.into_iter().map(FileSignal::into_signal).collect(),
                    measures: self.measures.into_iter().map(FileMeasure::into_measure).collect(),
                };
                (CellKey::new(self.stage, self.channel), cell)
            }
        }
    };
}

crate::text_fields!(file_cell);

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "signal")]
struct FileSignal {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_signal_def")]
    id: SignalId,
    polarity: Polarity,
    #[serde(default)]
    text: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_bare",
        deserialize_with = "de_bare"
    )]
    cause: Option<Cause>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    principles: Vec<Principle>,
}

impl FileSignal {
    fn of(s: &Signal) -> Self {
        Self {
            id: s.id,
            polarity: s.polarity,
            text: s.text.clone(),
            cause: s.tags.cause,
            principles: s.tags.principles.clone(),
        }
    }

    fn into_signal(self) -> Signal {
        let mut principles = self.principles;
        principles.sort();
        principles.dedup();
        Signal {
            id: self.id,
            polarity: self.polarity,
            text: self.text,
            tags: Tags {
                cause: self.cause,
                principles,
            },
        }
    }
}

impl FileProject {
    pub(super) fn from_project(project: &Project) -> Self {
        let (persona, personas) = file_personas(project);
        Self {
            format: FORMAT_VERSION,
            title: project.title.clone(),
            persona,
            personas,
            direction: project.direction,
            language: project.language,
            stages: project
                .stages
                .iter()
                .map(|s| FileStage {
                    id: s.id,
                    name: s.name.clone(),
                    description: s.description.clone(),
                })
                .collect(),
            channels: project
                .channels
                .iter()
                .map(|c| FileChannel {
                    id: c.id,
                    name: c.name.clone(),
                    kind: c.kind,
                })
                .collect(),
            lanes: project.lanes.iter().map(FileLane::of).collect(),
            lines: project.lines.iter().map(FileLine::of).collect(),
            cells: project
                .cells_by_id()
                .into_iter()
                .map(|(key, cell)| FileCell::of(key, cell))
                .collect(),
            lane_values: project
                .lane_cells_by_id()
                .into_iter()
                .map(|(key, cell)| FileLaneValue::of(key, cell))
                .collect(),
            conflicts: project
                .conflicts
                .iter()
                .map(|c| FileConflict {
                    at: c.at,
                    base: c.base.clone(),
                    ours: c.ours.clone(),
                    theirs: c.theirs.clone(),
                })
                .collect(),
        }
    }

    /// Builds the project. On failure, gives the message and, where one id is
    /// to blame, its ordinal in the id log.
    pub(super) fn into_project(
        self,
        log: &[(Role, u64)],
    ) -> (Result<Project, (String, Fault)>, Option<usize>) {
        // Two cell records for one stage x channel crossing is a file-level problem.
        let mut seen = std::collections::HashSet::new();
        for (index, cell) in self.cells.iter().enumerate() {
            if !seen.insert((cell.stage, cell.channel)) {
                let message = format!(
                    "a second cell for stage `{}` and channel `{}`: each crossing has one cell",
                    cell.stage, cell.channel
                );
                let culprit = nth_in_log(log, Role::StageRef, None, index);
                return (Err((message, Fault::DuplicateCell)), culprit);
            }
        }
        let stages = self
            .stages
            .into_iter()
            .map(|s| Stage {
                id: s.id,
                name: s.name,
                description: s.description,
            })
            .collect();
        let channels = self
            .channels
            .into_iter()
            .map(|c| Channel {
                id: c.id,
                name: c.name,
                kind: c.kind,
            })
            .collect();
        // So is a second value for one lane and stage, or a persona's
        // emotion written twice in one value.
        let mut seen = std::collections::HashSet::new();
        for (index, value) in self.lane_values.iter().enumerate() {
            if !seen.insert((value.lane, value.stage)) {
                let message = format!(
                    "a second value for lane `{}` at stage `{}`: each lane has one value per stage",
                    value.lane, value.stage
                );
                let culprit = nth_in_log(log, Role::LaneRef, None, index);
                return (Err((message, Fault::DuplicateCell)), culprit);
            }
        }
        let cells = self.cells.into_iter().map(FileCell::into_cell).collect();
        let mut lane_cells = Vec::with_capacity(self.lane_values.len());
        for value in self.lane_values {
            match value.into_lane_cell() {
                Ok(cell) => lane_cells.push(cell),
                Err(persona) => {
                    let message = format!("persona `{persona}` has two emotions in one lane value");
                    let fault = Fault::DuplicateId {
                        kind: "persona",
                        id: persona.to_string(),
                    };
                    let culprit = nth_in_log(log, Role::PersonaRef, Some(persona.0), 1);
                    return (Err((message, fault)), culprit);
                }
            }
        }
        let personas = model_personas(self.persona, self.personas);
        let lanes: Vec<Lane> = self.lanes.into_iter().map(FileLane::into_lane).collect();
        let lines = self
            .lines
            .into_iter()
            .map(|l| l.into_line(&lanes))
            .collect();
        let conflicts = self
            .conflicts
            .into_iter()
            .map(|c| Conflict {
                at: c.at,
                base: c.base,
                ours: c.ours,
                theirs: c.theirs,
            })
            .collect();
        let parts = Parts {
            title: self.title,
            personas,
            stages,
            channels,
            cells,
            lanes,
            lines,
            lane_cells,
        };
        match parts.build() {
            Ok(project) => (
                Ok(Project {
                    conflicts,
                    direction: self.direction,
                    language: self.language,
                    ..project
                }),
                None,
            ),
            Err(invalid) => {
                let culprit = match invalid {
                    Invalid::DuplicateStage { index, .. } => {
                        nth_in_log(log, Role::StageDef, None, index)
                    }
                    Invalid::DuplicateChannel { index, .. } => {
                        nth_in_log(log, Role::ChannelDef, None, index)
                    }
                    Invalid::DuplicateSignal { id } => {
                        nth_in_log(log, Role::SignalDef, Some(id.0), 1)
                    }
                    Invalid::UnknownStage { id } => nth_in_log(log, Role::StageRef, Some(id.0), 0),
                    Invalid::UnknownChannel { id } => {
                        nth_in_log(log, Role::ChannelRef, Some(id.0), 0)
                    }
                    Invalid::DuplicatePersona { index, .. } => {
                        nth_in_log(log, Role::PersonaDef, None, index)
                    }
                    Invalid::TooManyPersonas { .. } => {
                        nth_in_log(log, Role::PersonaDef, None, crate::model::MAX_PERSONAS)
                    }
                    Invalid::DuplicateLane { index, .. } => {
                        nth_in_log(log, Role::LaneDef, None, index)
                    }
                    Invalid::DuplicateLine { index, .. } => {
                        nth_in_log(log, Role::LineDef, None, index)
                    }
                    Invalid::UnknownPersona { id } => {
                        nth_in_log(log, Role::PersonaRef, Some(id.0), 0)
                    }
                    Invalid::UnknownLane { id } => nth_in_log(log, Role::LaneRef, Some(id.0), 0),
                    Invalid::UnknownRow { id } => nth_in_log(log, Role::RowRef, Some(id), 0),
                    Invalid::NoPersona => None,
                };
                let fault = match invalid {
                    Invalid::DuplicateStage { id, .. } => Fault::DuplicateId {
                        kind: "stage",
                        id: id.to_string(),
                    },
                    Invalid::DuplicateChannel { id, .. } => Fault::DuplicateId {
                        kind: "channel",
                        id: id.to_string(),
                    },
                    Invalid::DuplicateSignal { id } => Fault::DuplicateId {
                        kind: "signal",
                        id: id.to_string(),
                    },
                    Invalid::UnknownStage { id } => Fault::UnknownRef {
                        kind: "stage",
                        id: id.to_string(),
                    },
                    Invalid::UnknownChannel { id } => Fault::UnknownRef {
                        kind: "channel",
                        id: id.to_string(),
                    },
                    Invalid::DuplicatePersona { id, .. } => Fault::DuplicateId {
                        kind: "persona",
                        id: id.to_string(),
                    },
                    Invalid::DuplicateLane { id, .. } => Fault::DuplicateId {
                        kind: "lane",
                        id: id.to_string(),
                    },
                    Invalid::DuplicateLine { id, .. } => Fault::DuplicateId {
                        kind: "line",
                        id: id.to_string(),
                    },
                    Invalid::UnknownPersona { id } => Fault::UnknownRef {
                        kind: "persona",
                        id: id.to_string(),
                    },
                    Invalid::UnknownLane { id } => Fault::UnknownRef {
                        kind: "lane",
                        id: id.to_string(),
                    },
                    Invalid::UnknownRow { id } => Fault::UnknownRef {
                        kind: "row",
                        id: format!("{id:016x}"),
                    },
                    Invalid::NoPersona | Invalid::TooManyPersonas { .. } => Fault::Other,
                };
                (Err((invalid.to_string(), fault)), culprit)
            }
        }
    }
}
