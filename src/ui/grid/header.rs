//! A header of the grid: a stage's, a channel's, a lane's or a divider
//! line's, with what it selects, drags, renames to and is called.

use super::dnd::DragPayload;
use crate::model::{ChannelId, Edit, LaneId, LineId, Project, StageId};
use crate::tr;
use crate::ui::action::Selection;
use eframe::egui::accesskit::Role;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Header {
    Stage(StageId),
    Channel(ChannelId),
    Lane(LaneId),
    Line(LineId),
}

impl Header {
    pub(super) fn selection(self) -> Selection {
        match self {
            Self::Stage(id) => Selection::Stage(id),
            Self::Channel(id) => Selection::Channel(id),
            Self::Lane(id) => Selection::Lane(id),
            Self::Line(id) => Selection::Line(id),
        }
    }

    /// Its name for assistive technology: "Stage Awareness".
    pub(super) fn accessible(self, project: &Project) -> crate::i18n::Text {
        match self {
            Self::Stage(id) => {
                let name = project.stage(id).map_or("", |s| s.name.as_str());
                tr!("header-stage", name = name)
            }
            Self::Channel(id) => {
                let name = project.channel(id).map_or("", |c| c.name.as_str());
                tr!("header-channel", name = name)
            }
            Self::Lane(id) => {
                let name = project.lane(id).map_or("", |l| l.name.as_str());
                tr!("header-lane", name = name)
            }
            Self::Line(id) => {
                let name = project.line(id).map_or("", |l| l.name.as_str());
                tr!("header-line", name = name)
            }
        }
    }

    pub(super) fn payload(self) -> Option<DragPayload> {
        match self {
            Self::Stage(id) => Some(DragPayload::Stage(id)),
            Self::Channel(id) => Some(DragPayload::Channel(id)),
            Self::Lane(id) => Some(DragPayload::Lane(id)),
            Self::Line(id) => Some(DragPayload::Line(id)),
        }
    }

    /// The rename of this header, as an edit.
    pub(super) fn renamed(self, name: String) -> Edit {
        match self {
            Self::Stage(id) => Edit::RenameStage { id, name },
            Self::Channel(id) => Edit::RenameChannel { id, name },
            Self::Lane(id) => Edit::RenameLane { id, name },
            Self::Line(id) => Edit::RenameLine { id, name },
        }
    }

    /// The header of a row of the grid.
    pub(super) fn of_row(row: crate::model::Row) -> Self {
        match row {
            crate::model::Row::Channel(id) => Self::Channel(id),
            crate::model::Row::Lane(id) => Self::Lane(id),
        }
    }

    /// Its role in the grid's table: a stage's heads a column, the others
    /// a row.
    pub(super) fn role(self) -> Role {
        match self {
            Self::Stage(_) => Role::ColumnHeader,
            _ => Role::RowHeader,
        }
    }
}
