//! Every change a user can make to a project, as data: what undo, redo,
//! merges and the tests pass around. [`Project::apply`] applies one.

use super::cell::{CellKey, Experience, Polarity, Score, Signal, TextField};
use super::ids::{ChannelId, LaneId, LineId, PersonaId, SignalId, StageId};
use super::lanes::{Amount, Better, Lane, LaneCell, LaneKey, Line, Persona, PersonaColour, Row};
use super::measure::Measure;
use super::project::{Channel, ChannelKind, Direction, Stage};
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
    /// Puts a cell's measures in place (an import of survey results).
    SetMeasures {
        at: CellKey,
        measures: Vec<Measure>,
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
            Self::SetMeasures { .. } => "step-import-survey",
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
