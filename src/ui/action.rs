//! What views send to the app while they draw: document edits, selection
//! changes and commands. The app applies them in one place after drawing.

use std::path::PathBuf;

use super::command::Command;
use crate::model::{CellKey, ChannelId, Edit, MergeKey, StageId};

/// What is selected: it decides what the inspector edits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector edits the project's title and persona.
    #[default]
    Project,
    Stage(StageId),
    Channel(ChannelId),
    Cell(CellKey),
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
}

impl From<Command> for Action {
    fn from(command: Command) -> Self {
        Self::Command(command)
    }
}
