//! Every change a user can make to a project, and the one function that applies it.

use super::cell::{CellKey, Experience, Polarity, Score, Signal, TextField};
use super::conflict::{Conflict, ConflictAt, DELETED, LaneSetting, polarity_value};
use super::ids::{ChannelId, LaneId, LineId, PersonaId, SignalId, StageId};
use super::lanes::{Amount, Better, Lane, LaneCell, LaneKey, Line, Persona, PersonaColour, Row};
use super::project::{Channel, ChannelKind, Direction, Project, Stage};
use super::tags::Tags;
use crate::i18n::Lang;

/// One change to a project. The editor, undo/redo and the tests all go through
/// [`Project::apply`].
///
/// Positions (`index`, `to`) are the item's place after the edit, and are
/// clamped to the list, so a stale index can never panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    SetTitle(String),
    /// Which way the map reads.
    SetDirection(Direction),
    /// The language of the export's fixed words; `None` infers it.
    SetLanguage(Option<Lang>),

    AddStage {
        index: usize,
        stage: Stage,
    },
    RenameStage {
        id: StageId,
        name: String,
    },
    SetStageDescription {
        id: StageId,
        description: String,
    },
    MoveStage {
        id: StageId,
        to: usize,
    },
    /// Removes the stage and all its cells.
    DeleteStage {
        id: StageId,
    },

    AddChannel {
        index: usize,
        channel: Channel,
    },
    RenameChannel {
        id: ChannelId,
        name: String,
    },
    SetChannelKind {
        id: ChannelId,
        kind: ChannelKind,
    },
    MoveChannel {
        id: ChannelId,
        to: usize,
    },
    /// Removes the channel and all its cells.
    DeleteChannel {
        id: ChannelId,
    },

    SetText {
        at: CellKey,
        field: TextField,
        text: String,
    },
    SetScore {
        at: CellKey,
        experience: Experience,
        score: Option<Score>,
    },
    /// Empties a cell.
    ClearCell {
        at: CellKey,
    },
    /// Moves a cell's content to another cell; the target's content, if any,
    /// goes the other way (a swap).
    MoveCell {
        from: CellKey,
        to: CellKey,
    },

    AddSignal {
        at: CellKey,
        index: usize,
        signal: Signal,
    },
    SetSignalText {
        id: SignalId,
        text: String,
    },
    SetSignalPolarity {
        id: SignalId,
        polarity: Polarity,
    },
    SetSignalTags {
        id: SignalId,
        tags: Tags,
    },
    /// Moves a signal to position `index` of the cell `to` (which may be its own).
    MoveSignal {
        id: SignalId,
        to: CellKey,
        index: usize,
    },
    DeleteSignal {
        id: SignalId,
    },

    /// Settles the merge conflict at `index` with their value or ours.
    ResolveConflict {
        index: usize,
        theirs: bool,
    },

    // Personas (a map keeps one to eight).
    AddPersona {
        index: usize,
        persona: Persona,
    },
    SetPersonaName {
        id: PersonaId,
        name: String,
    },
    SetPersonaDescription {
        id: PersonaId,
        description: String,
    },
    SetPersonaColour {
        id: PersonaId,
        colour: PersonaColour,
    },
    MovePersona {
        id: PersonaId,
        to: usize,
    },
    /// Removes the persona and its emotions; its lanes then belong to all.
    /// The last persona cannot go.
    DeletePersona {
        id: PersonaId,
    },

    // Lanes: `index` and `to` count among the lanes on the lane's side.
    AddLane {
        index: usize,
        lane: Lane,
    },
    RenameLane {
        id: LaneId,
        name: String,
    },
    SetLanePersona {
        id: LaneId,
        persona: Option<PersonaId>,
    },
    SetLaneUnit {
        id: LaneId,
        unit: String,
    },
    SetLaneTarget {
        id: LaneId,
        target: Option<Amount>,
    },
    SetLaneBetter {
        id: LaneId,
        better: Better,
    },
    MoveLane {
        id: LaneId,
        to: usize,
        below: bool,
    },
    /// Removes the lane and its values; a line below it moves up a row.
    DeleteLane {
        id: LaneId,
    },
    SetLaneText {
        at: LaneKey,
        text: String,
    },
    SetLaneNumber {
        at: LaneKey,
        number: Option<Amount>,
    },
    SetEmotion {
        at: LaneKey,
        persona: PersonaId,
        score: Option<Score>,
    },
    SetEmotionNote {
        at: LaneKey,
        persona: PersonaId,
        note: String,
    },
    /// Puts a whole lane value in place (a paste); an empty one clears it.
    SetLaneCell {
        at: LaneKey,
        cell: LaneCell,
    },

    // Divider lines.
    AddLine {
        index: usize,
        line: Line,
    },
    RenameLine {
        id: LineId,
        name: String,
    },
    MoveLine {
        id: LineId,
        after: Option<Row>,
    },
    DeleteLine {
        id: LineId,
    },
}

impl Edit {
    /// The step's name in the catalogues, for menus ("Undo rename stage").
    pub fn step(&self) -> &'static str {
        match self {
            Self::SetTitle(_) => "step-edit-title",
            Self::SetDirection(_) => "step-change-map-direction",
            Self::SetLanguage(_) => "step-change-map-language",
            Self::AddStage { .. } => "step-add-stage",
            Self::RenameStage { .. } => "step-rename-stage",
            Self::SetStageDescription { .. } => "step-edit-stage-description",
            Self::MoveStage { .. } => "step-move-stage",
            Self::DeleteStage { .. } => "step-delete-stage",
            Self::AddChannel { .. } => "step-add-channel",
            Self::RenameChannel { .. } => "step-rename-channel",
            Self::SetChannelKind { .. } => "step-change-channel-kind",
            Self::MoveChannel { .. } => "step-move-channel",
            Self::DeleteChannel { .. } => "step-delete-channel",
            Self::SetText { field, .. } => field.step_key(),
            Self::SetScore { .. } => "step-set-score",
            Self::ClearCell { .. } => "step-clear-cell",
            Self::MoveCell { .. } => "step-move-cell",
            Self::AddSignal { .. } => "step-add-signal",
            Self::SetSignalText { .. } => "step-edit-signal",
            Self::SetSignalPolarity { .. } => "step-flip-signal",
            Self::SetSignalTags { .. } => "step-tag-signal",
            Self::MoveSignal { .. } => "step-move-signal",
            Self::DeleteSignal { .. } => "step-delete-signal",
            Self::ResolveConflict { .. } => "step-resolve-conflict",
            Self::AddPersona { .. } => "step-add-persona",
            Self::SetPersonaName { .. }
            | Self::SetPersonaDescription { .. }
            | Self::SetPersonaColour { .. } => "step-edit-persona",
            Self::MovePersona { .. } => "step-move-persona",
            Self::DeletePersona { .. } => "step-delete-persona",
            Self::AddLane { .. } => "step-add-lane",
            Self::RenameLane { .. } => "step-rename-lane",
            Self::SetLanePersona { .. }
            | Self::SetLaneUnit { .. }
            | Self::SetLaneTarget { .. }
            | Self::SetLaneBetter { .. } => "step-edit-lane",
            Self::MoveLane { .. } => "step-move-lane",
            Self::DeleteLane { .. } => "step-delete-lane",
            Self::SetLaneText { .. }
            | Self::SetLaneNumber { .. }
            | Self::SetEmotion { .. }
            | Self::SetEmotionNote { .. }
            | Self::SetLaneCell { .. } => "step-edit-lane-value",
            Self::AddLine { .. } => "step-add-line",
            Self::RenameLine { .. } => "step-rename-line",
            Self::MoveLine { .. } => "step-move-line",
            Self::DeleteLine { .. } => "step-delete-line",
        }
    }
}

/// Why an edit was refused. A refused edit leaves the project untouched.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("no stage with id `{0}`")]
    UnknownStage(StageId),
    #[error("no channel with id `{0}`")]
    UnknownChannel(ChannelId),
    #[error("no signal with id `{0}`")]
    UnknownSignal(SignalId),
    #[error("stage id `{0}` is already used")]
    DuplicateStage(StageId),
    #[error("channel id `{0}` is already used")]
    DuplicateChannel(ChannelId),
    #[error("signal id `{0}` is already used")]
    DuplicateSignal(SignalId),
    #[error("no merge conflict number {0}")]
    UnknownConflict(usize),
    #[error("no persona with id `{0}`")]
    UnknownPersona(PersonaId),
    #[error("persona id `{0}` is already used")]
    DuplicatePersona(PersonaId),
    #[error("a map has at most {} personas", super::lanes::MAX_PERSONAS)]
    TooManyPersonas,
    #[error("a map keeps at least one persona")]
    LastPersona,
    #[error("no lane with id `{0}`")]
    UnknownLane(LaneId),
    #[error("lane id `{0}` is already used")]
    DuplicateLane(LaneId),
    #[error("no line with id `{0}`")]
    UnknownLine(LineId),
    #[error("line id `{0}` is already used")]
    DuplicateLine(LineId),
    #[error("no such row")]
    UnknownRow,
}

/// Moves `items[from]` so that it ends up at `to` (clamped).
pub(super) fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) {
    let item = items.remove(from);
    items.insert(to.min(items.len()), item);
}

impl Project {
    /// Applies one edit, keeping every invariant. On error nothing changes.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::SetTitle(title) => self.title = title,
            Edit::SetDirection(direction) => self.direction = direction,
            Edit::SetLanguage(language) => self.language = language,

            Edit::AddStage { index, stage } => {
                if self.stage(stage.id).is_some() {
                    return Err(EditError::DuplicateStage(stage.id));
                }
                self.stages.insert(index.min(self.stages.len()), stage);
            }
            Edit::RenameStage { id, name } => self.stage_mut(id)?.name = name,
            Edit::SetStageDescription { id, description } => {
                self.stage_mut(id)?.description = description;
            }
            Edit::MoveStage { id, to } => {
                let from = self.stage_index(id).ok_or(EditError::UnknownStage(id))?;
                move_item(&mut self.stages, from, to);
            }
            Edit::DeleteStage { id } => {
                let index = self.stage_index(id).ok_or(EditError::UnknownStage(id))?;
                self.stages.remove(index);
                self.cells.retain(|key, _| key.stage != id);
                self.lane_cells.retain(|key, _| key.stage != id);
            }

            Edit::AddChannel { index, channel } => {
                if self.channel(channel.id).is_some() {
                    return Err(EditError::DuplicateChannel(channel.id));
                }
                self.channels
                    .insert(index.min(self.channels.len()), channel);
            }
            Edit::RenameChannel { id, name } => self.channel_mut(id)?.name = name,
            Edit::SetChannelKind { id, kind } => self.channel_mut(id)?.kind = kind,
            Edit::MoveChannel { id, to } => {
                let from = self
                    .channel_index(id)
                    .ok_or(EditError::UnknownChannel(id))?;
                move_item(&mut self.channels, from, to);
            }
            Edit::DeleteChannel { id } => {
                let index = self
                    .channel_index(id)
                    .ok_or(EditError::UnknownChannel(id))?;
                self.lift_lines(Row::Channel(id));
                self.channels.remove(index);
                self.cells.retain(|key, _| key.channel != id);
            }

            Edit::SetText { at, field, text } => {
                self.check_key(at)?;
                *self.cells.entry(at).or_default().text_mut(field) = text;
                self.drop_if_empty(at);
            }
            Edit::SetScore {
                at,
                experience,
                score,
            } => {
                self.check_key(at)?;
                *self.cells.entry(at).or_default().score_mut(experience) = score;
                self.drop_if_empty(at);
            }
            Edit::ClearCell { at } => {
                self.check_key(at)?;
                self.cells.remove(&at);
            }
            Edit::MoveCell { from, to } => {
                self.check_key(from)?;
                self.check_key(to)?;
                let moving = self.cells.remove(&from);
                if let Some(displaced) = self.cells.remove(&to) {
                    self.cells.insert(from, displaced);
                }
                if let Some(cell) = moving {
                    self.cells.insert(to, cell);
                }
            }

            Edit::AddSignal { at, index, signal } => {
                self.check_key(at)?;
                if self.find_signal(signal.id).is_some() {
                    return Err(EditError::DuplicateSignal(signal.id));
                }
                let signals = &mut self.cells.entry(at).or_default().signals;
                signals.insert(index.min(signals.len()), signal);
            }
            Edit::SetSignalText { id, text } => self.signal_mut(id)?.text = text,
            Edit::SetSignalPolarity { id, polarity } => self.signal_mut(id)?.polarity = polarity,
            Edit::SetSignalTags { id, tags } => self.signal_mut(id)?.tags = tags,
            Edit::MoveSignal { id, to, index } => {
                self.check_key(to)?;
                let (from, position) = self.find_signal(id).ok_or(EditError::UnknownSignal(id))?;
                let signal = self
                    .cells
                    .get_mut(&from)
                    .map(|cell| cell.signals.remove(position))
                    .ok_or(EditError::UnknownSignal(id))?;
                self.drop_if_empty(from);
                let signals = &mut self.cells.entry(to).or_default().signals;
                signals.insert(index.min(signals.len()), signal);
            }
            Edit::DeleteSignal { id } => {
                let (at, position) = self.find_signal(id).ok_or(EditError::UnknownSignal(id))?;
                if let Some(cell) = self.cells.get_mut(&at) {
                    cell.signals.remove(position);
                }
                self.drop_if_empty(at);
            }
            Edit::ResolveConflict { index, theirs } => {
                let conflict = self
                    .conflicts
                    .get(index)
                    .cloned()
                    .ok_or(EditError::UnknownConflict(index))?;
                let value = if theirs {
                    &conflict.theirs
                } else {
                    &conflict.ours
                };
                // A place that no longer exists (deleted since) takes no edit.
                let mut resolved = self.clone();
                for edit in resolution(&conflict, self, value) {
                    resolved.apply(edit).ok();
                }
                resolved.conflicts.remove(index);
                *self = resolved;
            }
            around => self.apply_around(around)?,
        }
        Ok(())
    }

    fn stage_mut(&mut self, id: StageId) -> Result<&mut Stage, EditError> {
        self.stages
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(EditError::UnknownStage(id))
    }

    fn channel_mut(&mut self, id: ChannelId) -> Result<&mut Channel, EditError> {
        self.channels
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(EditError::UnknownChannel(id))
    }

    fn signal_mut(&mut self, id: SignalId) -> Result<&mut Signal, EditError> {
        let (at, index) = self.find_signal(id).ok_or(EditError::UnknownSignal(id))?;
        self.cells
            .get_mut(&at)
            .and_then(|cell| cell.signals.get_mut(index))
            .ok_or(EditError::UnknownSignal(id))
    }

    fn check_key(&self, key: CellKey) -> Result<(), EditError> {
        if self.stage(key.stage).is_none() {
            return Err(EditError::UnknownStage(key.stage));
        }
        if self.channel(key.channel).is_none() {
            return Err(EditError::UnknownChannel(key.channel));
        }
        Ok(())
    }

    /// Keeps the "only non-empty cells are stored" invariant.
    fn drop_if_empty(&mut self, key: CellKey) {
        if self.cells.get(&key).is_some_and(super::Cell::is_empty) {
            self.cells.remove(&key);
        }
    }
}

/// The edits that make the map hold `value` at `conflict`'s place. Values
/// that cannot be read give no edit (the map keeps what it has).
fn resolution(conflict: &Conflict, project: &Project, value: &str) -> Vec<Edit> {
    let text = value.to_owned();
    let one = |edit: Edit| vec![edit];
    match conflict.at {
        ConflictAt::Title => one(Edit::SetTitle(text)),
        ConflictAt::PersonaName(id) => one(Edit::SetPersonaName { id, name: text }),
        ConflictAt::PersonaDescription(id) => one(Edit::SetPersonaDescription {
            id,
            description: text,
        }),
        ConflictAt::PersonaColour(id) => PersonaColour::ALL
            .into_iter()
            .find(|c| c.key() == value)
            .map(|colour| Edit::SetPersonaColour { id, colour })
            .into_iter()
            .collect(),
        ConflictAt::PersonaKept(id) if value == DELETED => one(Edit::DeletePersona { id }),
        ConflictAt::LaneKept(id) if value == DELETED => one(Edit::DeleteLane { id }),
        ConflictAt::LineKept(id) if value == DELETED => one(Edit::DeleteLine { id }),
        ConflictAt::PersonaKept(_) | ConflictAt::LaneKept(_) | ConflictAt::LineKept(_) => {
            Vec::new()
        }
        ConflictAt::PersonaOrder => order_edits(value, |id| {
            let id = PersonaId(id);
            project
                .persona_by_id(id)
                .map(|_| move |to| Edit::MovePersona { id, to })
        }),
        ConflictAt::LaneName(id) => one(Edit::RenameLane { id, name: text }),
        ConflictAt::LaneSetting(id, setting) => lane_setting_edits(project, id, setting, value),
        ConflictAt::LaneOrder => order_edits(value, |id| {
            let id = LaneId(id);
            project.lane(id).map(|lane| {
                let below = lane.below;
                move |to| Edit::MoveLane { id, to, below }
            })
        }),
        ConflictAt::LaneText(at) => one(Edit::SetLaneText { at, text }),
        ConflictAt::LaneNumber(at) => match Amount::parse(value) {
            number @ Some(_) => one(Edit::SetLaneNumber { at, number }),
            None if value.is_empty() => one(Edit::SetLaneNumber { at, number: None }),
            None => Vec::new(),
        },
        ConflictAt::Emotion(at, persona) => {
            let score = value.parse::<i64>().ok().and_then(Score::new);
            if score.is_none() && !value.is_empty() {
                return Vec::new();
            }
            one(Edit::SetEmotion { at, persona, score })
        }
        ConflictAt::EmotionNote(at, persona) => one(Edit::SetEmotionNote {
            at,
            persona,
            note: text,
        }),
        ConflictAt::LineName(id) => one(Edit::RenameLine { id, name: text }),
        ConflictAt::LinePlace(id) => match row_named(project, value) {
            Some(after) => one(Edit::MoveLine { id, after }),
            None => Vec::new(),
        },
        ConflictAt::LineOrder => Vec::new(),
        ConflictAt::StageName(id) => one(Edit::RenameStage { id, name: text }),
        ConflictAt::StageDescription(id) => one(Edit::SetStageDescription {
            id,
            description: text,
        }),
        ConflictAt::ChannelName(id) => one(Edit::RenameChannel { id, name: text }),
        ConflictAt::ChannelKind(id) => ChannelKind::named(value)
            .map(|kind| Edit::SetChannelKind { id, kind })
            .into_iter()
            .collect(),
        ConflictAt::Text(at, field) => one(Edit::SetText { at, field, text }),
        ConflictAt::Score(at, experience) => {
            let score = value.parse::<i64>().ok().and_then(Score::new);
            if score.is_none() && !value.is_empty() {
                return Vec::new();
            }
            one(Edit::SetScore {
                at,
                experience,
                score,
            })
        }
        ConflictAt::SignalText(id) => one(Edit::SetSignalText { id, text }),
        ConflictAt::SignalPolarity(id) => {
            let polarity = if value == polarity_value(Polarity::Positive) {
                Polarity::Positive
            } else {
                Polarity::Negative
            };
            one(Edit::SetSignalPolarity { id, polarity })
        }
        ConflictAt::SignalTags(id) => one(Edit::SetSignalTags {
            id,
            tags: Tags::parse(value).unwrap_or_default(),
        }),
        ConflictAt::StageKept(id) if value == DELETED => one(Edit::DeleteStage { id }),
        ConflictAt::ChannelKept(id) if value == DELETED => one(Edit::DeleteChannel { id }),
        ConflictAt::SignalKept(id) if value == DELETED => one(Edit::DeleteSignal { id }),
        ConflictAt::StageKept(_) | ConflictAt::ChannelKept(_) | ConflictAt::SignalKept(_) => {
            Vec::new()
        }
        ConflictAt::StageOrder => order_edits(value, |id| {
            let id = StageId(id);
            project
                .stage(id)
                .map(|_| move |to| Edit::MoveStage { id, to })
        }),
        ConflictAt::ChannelOrder => order_edits(value, |id| {
            let id = ChannelId(id);
            project
                .channel(id)
                .map(|_| move |to| Edit::MoveChannel { id, to })
        }),
        ConflictAt::SignalOrder(at) => order_edits(value, |id| {
            let id = SignalId(id);
            project
                .find_signal(id)
                .filter(|(key, _)| *key == at)
                .map(|_| move |index| Edit::MoveSignal { id, to: at, index })
        }),
    }
}

/// The edits that make a lane's `setting` hold `value` (as
/// [`crate::model::Conflict`] values write it).
fn lane_setting_edits(
    project: &Project,
    id: LaneId,
    setting: LaneSetting,
    value: &str,
) -> Vec<Edit> {
    let edit = match setting {
        LaneSetting::Persona if value.is_empty() => {
            Some(Edit::SetLanePersona { id, persona: None })
        }
        LaneSetting::Persona => super::ids::parse_hex_id(value).map(|p| Edit::SetLanePersona {
            id,
            persona: Some(PersonaId(p)),
        }),
        LaneSetting::Place => project.lane(id).map(|_| Edit::MoveLane {
            id,
            to: usize::MAX,
            below: value == "below",
        }),
        LaneSetting::Unit => Some(Edit::SetLaneUnit {
            id,
            unit: value.to_owned(),
        }),
        LaneSetting::Target if value.is_empty() => Some(Edit::SetLaneTarget { id, target: None }),
        LaneSetting::Target => Amount::parse(value).map(|t| Edit::SetLaneTarget {
            id,
            target: Some(t),
        }),
        LaneSetting::Better => Some(Edit::SetLaneBetter {
            id,
            better: if value == "lower" {
                Better::Lower
            } else {
                Better::Higher
            },
        }),
    };
    edit.into_iter().collect()
}

/// The row a line's place names: "" for the top, else a lane's or a
/// channel's id. `None` when it names no row of the map.
fn row_named(project: &Project, value: &str) -> Option<Option<Row>> {
    if value.is_empty() {
        return Some(None);
    }
    let id = super::ids::parse_hex_id(value)?;
    let row = if project.lane(LaneId(id)).is_some() {
        Row::Lane(LaneId(id))
    } else {
        Row::Channel(ChannelId(id))
    };
    project.has_row(row).then_some(Some(row))
}

/// Moves that put the listed items, in turn, at positions 0, 1, 2, ….
fn order_edits<F: Fn(usize) -> Edit>(value: &str, item: impl Fn(u64) -> Option<F>) -> Vec<Edit> {
    value
        .split_whitespace()
        .filter_map(super::ids::parse_hex_id)
        .filter_map(item)
        .enumerate()
        .map(|(to, edit)| edit(to))
        .collect()
}
