//! What changed between two versions of a map, in the map's own terms:
//! "stage "Purchase" moved from 4th to 2nd", "Website × Purchase: real +1 → −1".
//! Stages, channels, cells and signals are matched by id, so a rename is a
//! rename and a move is a move, however the file's lines shifted.

use std::collections::HashMap;

use serde::Serialize;

mod around;
mod lists;
mod words;

use lists::{Detail, Item, list_changes};

pub use around::{lane_setting, lane_setting_value};

use crate::i18n::Lang;
use crate::model::{
    Cell, CellKey, ChannelId, ChannelKind, Direction, Experience, LaneId, LaneKey, LaneKind,
    LaneSetting, LineId, PersonaColour, PersonaId, Polarity, Project, Score, Signal, StageId,
    TextField,
};

/// Which list an added, deleted, renamed or moved item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum List {
    Stage,
    Channel,
    Persona,
    Lane,
    Line,
}

impl List {
    /// The list's words in the catalogues ("stage", "channel").
    pub fn key(self) -> &'static str {
        match self {
            Self::Stage => "change-list-stage",
            Self::Channel => "change-list-channel",
            Self::Persona => "change-list-persona",
            Self::Lane => "change-list-lane",
            Self::Line => "change-list-line",
        }
    }
}

/// One change. The JSON form (`journeymap diff --json`) is an object with
/// a `kind` and the fields below, in snake case; polarities are
/// `positive` or `negative`, kinds as the CSV names them (`Website`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    Title {
        old: String,
        new: String,
    },
    PersonaName {
        old: String,
        new: String,
    },
    PersonaDescription {
        old: String,
        new: String,
    },
    /// The map's reading direction: "left-to-right" or "right-to-left".
    Direction {
        #[serde(serialize_with = "direction_value")]
        old: Direction,
        #[serde(serialize_with = "direction_value")]
        new: Direction,
    },
    /// The infographic's language: "en", "fa", or "auto" (from the text).
    Language {
        #[serde(serialize_with = "language_value")]
        old: Option<Lang>,
        #[serde(serialize_with = "language_value")]
        new: Option<Lang>,
    },
    /// Positions are 1-based.
    Added {
        list: List,
        name: String,
        position: usize,
    },
    Deleted {
        list: List,
        name: String,
        cells: usize,
    },
    Renamed {
        list: List,
        old: String,
        new: String,
    },
    Moved {
        list: List,
        name: String,
        from: usize,
        to: usize,
    },
    Described {
        list: List,
        name: String,
        old: String,
        new: String,
    },
    Kind {
        channel: String,
        #[serde(serialize_with = "kind_value")]
        old: ChannelKind,
        #[serde(serialize_with = "kind_value")]
        new: ChannelKind,
    },
    Text {
        channel: String,
        stage: String,
        field: TextField,
        old: String,
        new: String,
    },
    Score {
        channel: String,
        stage: String,
        experience: Experience,
        old: Option<i8>,
        new: Option<i8>,
    },
    SignalAdded {
        channel: String,
        stage: String,
        #[serde(serialize_with = "polarity_value")]
        polarity: Polarity,
        text: String,
    },
    SignalDeleted {
        channel: String,
        stage: String,
        #[serde(serialize_with = "polarity_value")]
        polarity: Polarity,
        text: String,
    },
    SignalText {
        channel: String,
        stage: String,
        old: String,
        new: String,
    },
    SignalFlipped {
        channel: String,
        stage: String,
        #[serde(serialize_with = "polarity_value")]
        polarity: Polarity,
        text: String,
    },
    SignalTagged {
        channel: String,
        stage: String,
        text: String,
        old: String,
        new: String,
    },
    SignalsReordered {
        channel: String,
        stage: String,
    },
    /// A survey measure added (`old` null), removed (`new` null) or
    /// measured again; each side as the card shows it, "NPS 32 · n 140".
    Measure {
        channel: String,
        stage: String,
        source: String,
        question: String,
        old: Option<String>,
        new: Option<String>,
    },
    Conflicts {
        old: usize,
        new: usize,
    },
    /// A persona's colour.
    PersonaColour {
        persona: String,
        #[serde(serialize_with = "colour_value")]
        old: PersonaColour,
        #[serde(serialize_with = "colour_value")]
        new: PersonaColour,
    },
    /// What a new lane holds: `text`, `emotion` or `metric`.
    LaneKind {
        lane: String,
        #[serde(serialize_with = "lane_kind_value")]
        lane_kind: LaneKind,
    },
    /// A lane's setting (`persona`, `place`, `unit`, `target`, `better`),
    /// as conflicts write its values.
    LaneSetting {
        lane: String,
        setting: LaneSetting,
        old: String,
        new: String,
    },
    LaneText {
        lane: String,
        stage: String,
        old: String,
        new: String,
    },
    /// A metric lane's number, `null` for none.
    LaneNumber {
        lane: String,
        stage: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// A persona's emotion on an emotion lane.
    Emotion {
        lane: String,
        stage: String,
        persona: String,
        old: Option<i8>,
        new: Option<i8>,
    },
    EmotionNote {
        lane: String,
        stage: String,
        persona: String,
        old: String,
        new: String,
    },
    /// A line moved below another row (`""`: to the top).
    LineMoved {
        line: String,
        old: String,
        new: String,
    },
}

fn colour_value<S: serde::Serializer>(colour: &PersonaColour, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(colour.key().split_once('-').map_or("", |(_, name)| name))
}

fn lane_kind_value<S: serde::Serializer>(kind: &LaneKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.word())
}

fn polarity_value<S: serde::Serializer>(polarity: &Polarity, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(crate::model::polarity_value(*polarity))
}

fn kind_value<S: serde::Serializer>(kind: &ChannelKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.label())
}

fn direction_value<S: serde::Serializer>(direction: &Direction, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match direction {
        Direction::Ltr => "left-to-right",
        Direction::Rtl => "right-to-left",
    })
}

#[allow(clippy::ref_option)]
fn language_value<S: serde::Serializer>(lang: &Option<Lang>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(lang.map_or("auto", Lang::code))
}

/// What a change is about, to point at it in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Map,
    Stage(StageId),
    Channel(ChannelId),
    Cell(CellKey),
    Persona(PersonaId),
    Lane(LaneId),
    LaneCell(LaneKey),
    Line(LineId),
}

/// The changes from `old` to `new`, in display order: the map's title and
/// persona, stages, channels, then cells by stage and channel.
pub fn diff(old: &Project, new: &Project) -> Vec<Change> {
    changes(old, new).into_iter().map(|(c, _)| c).collect()
}

/// [`diff`], with where each change is.
pub fn changes(old: &Project, new: &Project) -> Vec<(Change, Place)> {
    let mut located = Vec::new();
    let mut changes = Vec::new();
    let pair = |a: &str, b: &str| (a != b).then(|| (a.to_owned(), b.to_owned()));
    if let Some((old, new)) = pair(&old.title, &new.title) {
        changes.push(Change::Title { old, new });
    }
    // A map of one persona speaks of "the persona", as it always has.
    let single =
        old.personas.len() == 1 && new.personas.len() == 1 && old.persona().id == new.persona().id;
    if single {
        if let Some((old, new)) = pair(&old.persona().name, &new.persona().name) {
            changes.push(Change::PersonaName { old, new });
        }
        if let Some((old, new)) = pair(&old.persona().description, &new.persona().description) {
            changes.push(Change::PersonaDescription { old, new });
        }
    }
    if old.direction != new.direction {
        changes.push(Change::Direction {
            old: old.direction,
            new: new.direction,
        });
    }
    if old.language != new.language {
        changes.push(Change::Language {
            old: old.language,
            new: new.language,
        });
    }

    let stage_items = |p: &Project| -> Vec<Item> {
        p.stages
            .iter()
            .map(|s| {
                (
                    s.id.0,
                    s.name.clone(),
                    Detail::Description(s.description.clone()),
                )
            })
            .collect()
    };
    let channel_items = |p: &Project| -> Vec<Item> {
        p.channels
            .iter()
            .map(|c| (c.id.0, c.name.clone(), Detail::Kind(c.kind)))
            .collect()
    };
    let stage_cells = |id: u64| old.stage_cell_count(StageId(id));
    let channel_cells = |id: u64| old.channel_cell_count(ChannelId(id));
    located.extend(changes.drain(..).map(|c| (c, Place::Map)));
    let stage_changes = list_changes(
        List::Stage,
        &stage_items(old),
        &stage_items(new),
        &stage_cells,
    );
    located.extend(
        stage_changes
            .into_iter()
            .map(|(c, id)| (c, Place::Stage(StageId(id)))),
    );
    let channel_changes = list_changes(
        List::Channel,
        &channel_items(old),
        &channel_items(new),
        &channel_cells,
    );
    located.extend(
        channel_changes
            .into_iter()
            .map(|(c, id)| (c, Place::Channel(ChannelId(id)))),
    );

    if !single {
        located.extend(around::persona_changes(old, new));
    }
    located.extend(around::persona_colours(old, new));
    located.extend(around::lane_changes(old, new));
    located.extend(around::line_changes(old, new));

    let empty = Cell::default();
    for stage in &new.stages {
        for channel in &new.channels {
            let at = CellKey::new(stage.id, channel.id);
            let (a, b) = (
                old.cell(at).unwrap_or(&empty),
                new.cell(at).unwrap_or(&empty),
            );
            if a != b {
                cell_changes(&channel.name, &stage.name, a, b, &mut changes);
                located.extend(changes.drain(..).map(|c| (c, Place::Cell(at))));
            }
        }
    }
    located.extend(around::lane_value_changes(old, new));
    if old.conflicts.len() != new.conflicts.len() {
        let (old, new) = (old.conflicts.len(), new.conflicts.len());
        located.push((Change::Conflicts { old, new }, Place::Map));
    }
    located
}

/// Measures matched by their file and question.
fn measure_changes(channel: &str, stage: &str, a: &Cell, b: &Cell, changes: &mut Vec<Change>) {
    let shown = |m: &crate::model::Measure| {
        let dates = m.dates();
        if dates.is_empty() {
            m.to_string()
        } else {
            format!("{m}, {dates}")
        }
    };
    let find = |list: &[crate::model::Measure], m: &crate::model::Measure| {
        list.iter().find(|other| other.same_origin(m)).map(shown)
    };
    for m in &a.measures {
        let old = Some(shown(m));
        let new = find(&b.measures, m);
        if new != old {
            changes.push(Change::Measure {
                channel: channel.to_owned(),
                stage: stage.to_owned(),
                source: m.source.clone(),
                question: m.question.clone(),
                old,
                new,
            });
        }
    }
    for m in b.measures.iter().filter(|m| find(&a.measures, m).is_none()) {
        changes.push(Change::Measure {
            channel: channel.to_owned(),
            stage: stage.to_owned(),
            source: m.source.clone(),
            question: m.question.clone(),
            old: None,
            new: Some(shown(m)),
        });
    }
}

fn cell_changes(channel: &str, stage: &str, a: &Cell, b: &Cell, changes: &mut Vec<Change>) {
    let (channel, stage) = (channel.to_owned(), stage.to_owned());
    for field in TextField::ALL {
        if a.text(field) != b.text(field) {
            changes.push(Change::Text {
                channel: channel.clone(),
                stage: stage.clone(),
                field,
                old: a.text(field).to_owned(),
                new: b.text(field).to_owned(),
            });
        }
    }
    for experience in [Experience::Ideal, Experience::Real] {
        let (x, y) = (a.score(experience), b.score(experience));
        if x != y {
            changes.push(Change::Score {
                channel: channel.clone(),
                stage: stage.clone(),
                experience,
                old: x.map(Score::value),
                new: y.map(Score::value),
            });
        }
    }
    let by_id = |signals: &[Signal]| -> HashMap<_, Signal> {
        signals.iter().map(|s| (s.id, s.clone())).collect()
    };
    let (olds, news) = (by_id(&a.signals), by_id(&b.signals));
    for s in a.signals.iter().filter(|s| !news.contains_key(&s.id)) {
        changes.push(Change::SignalDeleted {
            channel: channel.clone(),
            stage: stage.clone(),
            polarity: s.polarity,
            text: s.text.clone(),
        });
    }
    for s in &b.signals {
        let Some(before) = olds.get(&s.id) else {
            changes.push(Change::SignalAdded {
                channel: channel.clone(),
                stage: stage.clone(),
                polarity: s.polarity,
                text: s.text.clone(),
            });
            if !s.tags.is_empty() {
                changes.push(Change::SignalTagged {
                    channel: channel.clone(),
                    stage: stage.clone(),
                    text: s.text.clone(),
                    old: String::new(),
                    new: s.tags.value(),
                });
            }
            continue;
        };
        if before.text != s.text {
            changes.push(Change::SignalText {
                channel: channel.clone(),
                stage: stage.clone(),
                old: before.text.clone(),
                new: s.text.clone(),
            });
        }
        if before.polarity != s.polarity {
            changes.push(Change::SignalFlipped {
                channel: channel.clone(),
                stage: stage.clone(),
                polarity: s.polarity,
                text: s.text.clone(),
            });
        }
        if before.tags != s.tags {
            changes.push(Change::SignalTagged {
                channel: channel.clone(),
                stage: stage.clone(),
                text: s.text.clone(),
                old: before.tags.value(),
                new: s.tags.value(),
            });
        }
    }
    measure_changes(&channel, &stage, a, b, changes);
    let common = |signals: &[Signal], other: &HashMap<_, Signal>| -> Vec<_> {
        signals
            .iter()
            .filter(|s| other.contains_key(&s.id))
            .map(|s| s.id)
            .collect()
    };
    if common(&a.signals, &news) != common(&b.signals, &olds) {
        changes.push(Change::SignalsReordered { channel, stage });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_stage_moved_is_one_move_not_a_shuffle() {
        // Old order 0 1 2 3, new order 3 0 1 2: only the last one moved.
        assert_eq!(lists::longest_increasing(&[3, 0, 1, 2]), [0, 1, 2].into());
    }
}
