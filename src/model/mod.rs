//! The journey map document. Knows nothing of egui, files or pixels.

mod cell;
mod conflict;
mod edit;
mod history;
mod ids;
mod places;
mod project;
mod tags;

pub use cell::{Cell, CellKey, Experience, Polarity, Score, Signal, TextField};
pub use conflict::{
    Conflict, ConflictAt, DELETED, EDITED, order_value, polarity_value, score_value,
};
pub use edit::{Edit, EditError};
pub use history::{History, MergeKey, UNDO_DEPTH};
pub(crate) use ids::parse_hex_id;
pub use ids::{ChannelId, SignalId, StageId};
pub use project::{
    Channel, ChannelKind, Direction, FORMAT_VERSION, Invalid, Persona, Project, Stage,
};
pub use tags::{Cause, Principle, Tags};
