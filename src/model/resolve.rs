//! Resolving a merge conflict: the edits that make the map hold the value
//! chosen for it (ours, theirs, or one typed in), read from its words.

use super::cell::{Polarity, Score};
use super::conflict::{Conflict, ConflictAt, DELETED, LaneSetting, polarity_value};
use super::edit::Edit;
use super::ids::{ChannelId, LaneId, PersonaId, SignalId, StageId};
use super::lanes::{Amount, Better, PersonaColour, Row};
use super::project::{ChannelKind, Project};
use super::tags::Tags;

/// The edits that make the map hold `value` at `conflict`'s place. Values
/// that cannot be read give no edit (the map keeps what it has).
pub(super) fn resolution(conflict: &Conflict, project: &Project, value: &str) -> Vec<Edit> {
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
