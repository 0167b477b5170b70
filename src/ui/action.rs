//! What views send to the app while they draw: document edits, selection
//! changes, commands, and the answers of dialogs. The app applies them in
//! one place after drawing ([`super::app`]'s drain); no view changes the app.

use std::path::PathBuf;

use super::command::Command;
use super::prompts::Answer;
use crate::export::Options;
use crate::format::Format;
use crate::model::{
    CellKey, ChannelId, Edit, LaneId, LaneKey, LineId, MergeKey, PersonaId, StageId,
};

/// What is selected: it decides what the inspector edits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector edits the project's title and persona.
    #[default]
    Project,
    Stage(StageId),
    Channel(ChannelId),
    Cell(CellKey),
    Lane(LaneId),
    LaneCell(LaneKey),
    Line(LineId),
    Persona(PersonaId),
}

/// A window or panel the user can close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Window {
    StartScreen,
    Shortcuts,
    About,
    Compare,
    Insights,
}

/// Something the user asked for while the frame was drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit),
    /// An edit that joins the previous one into one undo step (typing).
    Merged(Edit, MergeKey),
    /// A text field lost focus: its typing is one finished undo step.
    EndMerge,
    Select(Selection),
    /// Select and scroll the grid to it.
    Reveal(Selection),
    /// Dim every cell but this owner's (`None`: show all).
    FilterOwner(Option<String>),
    /// A menu item or a shortcut.
    Command(Command),
    /// Open this file (a recent file, or one dropped on the window).
    OpenPath(PathBuf),
    /// Ask before deleting a stage or channel that has content.
    ConfirmDelete(Edit),
    /// File → Export's dialog: write the map in this format.
    Export(Options, Format),
    /// The answer to the open question.
    Answer(Answer),
    /// The editor's own file browser: the path picked, or `None` when cancelled.
    Browsed(Option<PathBuf>),
    /// Someone else changed the open file; its fingerprint now.
    ChangedOnDisk(u64),
    /// Replace the open map with what is on disk now.
    Reload,
    /// Keep this version of the map over the one someone changed on disk.
    KeepMine,
    /// The window's close button: asks about unsaved work first.
    CloseRequested,
    Close(Window),
    /// Zoom the grid by a factor (Ctrl + mouse wheel, a pinch).
    ZoomBy(f32),
    /// Put the keyboard focus in the inspector's first field.
    FocusInspector,
    /// Several edits as one undo step named `step` (an import).
    EditAll(Vec<Edit>, &'static str),
}

impl From<Command> for Action {
    fn from(command: Command) -> Self {
        Self::Command(command)
    }
}
