//! The journey map document. Knows nothing of egui, files or pixels.

mod apply;
mod cell;
mod conflict;
mod edit;
mod edit_rows;
mod history;
mod ids;
mod lanes;
mod measure;
mod places;
mod project;
mod resolve;
mod rows;
mod score;
mod tags;

pub use cell::{Cell, CellKey, Experience, Polarity, Score, Signal, TextField};
pub use conflict::{
    Conflict, ConflictAt, DELETED, EDITED, LaneSetting, order_value, polarity_value, score_value,
};
pub use edit::{Edit, EditError};
pub use history::{History, MergeKey, UNDO_DEPTH};
pub(crate) use ids::parse_hex_id;
pub use ids::{ChannelId, LaneId, LineId, PersonaId, SignalId, StageId};
pub use lanes::{
    Amount, Better, Emotion, Lane, LaneCell, LaneKey, LaneKind, Line, MAX_PERSONAS, Persona,
    PersonaColour, Row,
};
pub use measure::{Measure, Metric};
pub use project::{
    Channel, ChannelKind, Direction, FORMAT_VERSION, Invalid, Parts, Project, Stage,
};
pub use rows::{PlacedLine, PlacedRow, Stack};
pub use tags::{Cause, Principle, Tags};
