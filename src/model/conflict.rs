//! Merge conflicts kept in a map: where two versions disagree and what each
//! said. Taking one side is an ordinary edit (see `Edit::ResolveConflict`);
//! `places` words them.

use std::fmt;
use std::str::FromStr;

use super::cell::{CellKey, Experience, Polarity, Score, TextField};
use super::ids::{ChannelId, LaneId, LineId, PersonaId, SignalId, StageId};
use super::lanes::LaneKey;

/// What a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConflictAt {
    Title,
    PersonaName(PersonaId),
    PersonaDescription(PersonaId),
    PersonaColour(PersonaId),
    PersonaKept(PersonaId),
    PersonaOrder,
    StageName(StageId),
    StageDescription(StageId),
    /// Deleted on one side, edited on the other; the stage was kept.
    StageKept(StageId),
    StageOrder,
    ChannelName(ChannelId),
    ChannelKind(ChannelId),
    ChannelKept(ChannelId),
    ChannelOrder,
    Text(CellKey, TextField),
    Score(CellKey, Experience),
    SignalText(SignalId),
    SignalPolarity(SignalId),
    SignalTags(SignalId),
    SignalKept(SignalId),
    SignalOrder(CellKey),
    LaneName(LaneId),
    LaneSetting(LaneId, LaneSetting),
    LaneKept(LaneId),
    LaneOrder,
    LaneText(LaneKey),
    LaneNumber(LaneKey),
    Emotion(LaneKey, PersonaId),
    EmotionNote(LaneKey, PersonaId),
    LineName(LineId),
    LinePlace(LineId),
    LineKept(LineId),
    LineOrder,
}

/// A lane's settings other than its name, as conflicts and diffs name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LaneSetting {
    /// Whose lane it is: a persona's id, or "" for all.
    Persona,
    /// Above or below the channels: "above", "below".
    Place,
    Unit,
    Target,
    /// "higher" or "lower".
    Better,
}

impl LaneSetting {
    pub const ALL: [Self; 5] = [
        Self::Persona,
        Self::Place,
        Self::Unit,
        Self::Target,
        Self::Better,
    ];

    /// The setting's word in files: "persona", "place", ….
    pub fn key(self) -> &'static str {
        match self {
            Self::Persona => "persona",
            Self::Place => "place",
            Self::Unit => "unit",
            Self::Target => "target",
            Self::Better => "better",
        }
    }
}

/// Both sides of a disagreement. The map holds `ours` until it is resolved.
/// Values are as a person reads them: text, a signed score ("" for not
/// set), a channel kind's label, "positive" or "negative", "deleted" or
/// "edited", or an order as ids separated by spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub at: ConflictAt,
    pub base: String,
    pub ours: String,
    pub theirs: String,
}

/// The value a side gives for a deleted-or-edited conflict.
pub const DELETED: &str = "deleted";
pub const EDITED: &str = "edited";

pub(super) fn experience_name(experience: Experience) -> &'static str {
    match experience {
        Experience::Ideal => "ideal",
        Experience::Real => "real",
    }
}

/// The file form: `title`, `stage <id> name`, `cell <stage> <channel> action`, ….
impl fmt::Display for ConflictAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Title => write!(f, "title"),
            Self::PersonaName(id) => write!(f, "persona {id} name"),
            Self::PersonaDescription(id) => write!(f, "persona {id} description"),
            Self::PersonaColour(id) => write!(f, "persona {id} colour"),
            Self::PersonaKept(id) => write!(f, "persona {id} kept"),
            Self::PersonaOrder => write!(f, "persona order"),
            Self::LaneName(id) => write!(f, "lane {id} name"),
            Self::LaneSetting(id, setting) => write!(f, "lane {id} {}", setting.key()),
            Self::LaneKept(id) => write!(f, "lane {id} kept"),
            Self::LaneOrder => write!(f, "lane order"),
            Self::LaneText(at) => write!(f, "lane {} {} text", at.lane, at.stage),
            Self::LaneNumber(at) => write!(f, "lane {} {} number", at.lane, at.stage),
            Self::Emotion(at, p) => write!(f, "lane {} {} emotion {p}", at.lane, at.stage),
            Self::EmotionNote(at, p) => write!(f, "lane {} {} note {p}", at.lane, at.stage),
            Self::LineName(id) => write!(f, "line {id} name"),
            Self::LinePlace(id) => write!(f, "line {id} place"),
            Self::LineKept(id) => write!(f, "line {id} kept"),
            Self::LineOrder => write!(f, "line order"),
            Self::StageName(id) => write!(f, "stage {id} name"),
            Self::StageDescription(id) => write!(f, "stage {id} description"),
            Self::StageKept(id) => write!(f, "stage {id} kept"),
            Self::StageOrder => write!(f, "stage order"),
            Self::ChannelName(id) => write!(f, "channel {id} name"),
            Self::ChannelKind(id) => write!(f, "channel {id} kind"),
            Self::ChannelKept(id) => write!(f, "channel {id} kept"),
            Self::ChannelOrder => write!(f, "channel order"),
            Self::Text(at, field) => {
                write!(f, "cell {} {} {}", at.stage, at.channel, field.key())
            }
            Self::Score(at, e) => {
                write!(
                    f,
                    "cell {} {} {}",
                    at.stage,
                    at.channel,
                    experience_name(*e)
                )
            }
            Self::SignalText(id) => write!(f, "signal {id} text"),
            Self::SignalPolarity(id) => write!(f, "signal {id} polarity"),
            Self::SignalTags(id) => write!(f, "signal {id} tags"),
            Self::SignalKept(id) => write!(f, "signal {id} kept"),
            Self::SignalOrder(at) => write!(f, "cell {} {} signal order", at.stage, at.channel),
        }
    }
}

impl FromStr for ConflictAt {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let bad = || {
            format!(
                "`{text}` is not a conflict place (e.g. `title`, `stage <id> name`, `cell <stage id> <channel id> action`)"
            )
        };
        let id = |word: &str| super::ids::parse_hex_id(word).ok_or_else(bad);
        Ok(match words.as_slice() {
            ["title"] => Self::Title,
            // Maps of one persona wrote these before personas had ids.
            ["persona", "name"] => Self::PersonaName(PersonaId::FIRST),
            ["persona", "description"] => Self::PersonaDescription(PersonaId::FIRST),
            ["persona", "order"] => Self::PersonaOrder,
            ["lane", "order"] => Self::LaneOrder,
            ["line", "order"] => Self::LineOrder,
            ["persona", p, what] => {
                let p = PersonaId(id(p)?);
                match *what {
                    "name" => Self::PersonaName(p),
                    "description" => Self::PersonaDescription(p),
                    "colour" => Self::PersonaColour(p),
                    "kept" => Self::PersonaKept(p),
                    _ => return Err(bad()),
                }
            }
            ["lane", l, what] => {
                let l = LaneId(id(l)?);
                match *what {
                    "name" => Self::LaneName(l),
                    "kept" => Self::LaneKept(l),
                    other => LaneSetting::ALL
                        .into_iter()
                        .find(|s| s.key() == other)
                        .map(|s| Self::LaneSetting(l, s))
                        .ok_or_else(bad)?,
                }
            }
            ["lane", l, s, rest @ ..] => {
                let at = LaneKey::new(LaneId(id(l)?), StageId(id(s)?));
                match rest {
                    ["text"] => Self::LaneText(at),
                    ["number"] => Self::LaneNumber(at),
                    ["emotion", p] => Self::Emotion(at, PersonaId(id(p)?)),
                    ["note", p] => Self::EmotionNote(at, PersonaId(id(p)?)),
                    _ => return Err(bad()),
                }
            }
            ["line", l, what] => {
                let l = LineId(id(l)?);
                match *what {
                    "name" => Self::LineName(l),
                    "place" => Self::LinePlace(l),
                    "kept" => Self::LineKept(l),
                    _ => return Err(bad()),
                }
            }
            ["stage", "order"] => Self::StageOrder,
            ["channel", "order"] => Self::ChannelOrder,
            ["stage", s, what] => {
                let s = StageId(id(s)?);
                match *what {
                    "name" => Self::StageName(s),
                    "description" => Self::StageDescription(s),
                    "kept" => Self::StageKept(s),
                    _ => return Err(bad()),
                }
            }
            ["channel", c, what] => {
                let c = ChannelId(id(c)?);
                match *what {
                    "name" => Self::ChannelName(c),
                    "kind" => Self::ChannelKind(c),
                    "kept" => Self::ChannelKept(c),
                    _ => return Err(bad()),
                }
            }
            ["signal", s, what] => {
                let s = SignalId(id(s)?);
                match *what {
                    "text" => Self::SignalText(s),
                    "polarity" => Self::SignalPolarity(s),
                    "tags" => Self::SignalTags(s),
                    "kept" => Self::SignalKept(s),
                    _ => return Err(bad()),
                }
            }
            ["cell", s, c, rest @ ..] => {
                let at = CellKey::new(StageId(id(s)?), ChannelId(id(c)?));
                match rest {
                    ["signal", "order"] => Self::SignalOrder(at),
                    ["ideal"] => Self::Score(at, Experience::Ideal),
                    ["real"] => Self::Score(at, Experience::Real),
                    [field] => {
                        let field = TextField::ALL
                            .into_iter()
                            .find(|f| f.key() == *field)
                            .ok_or_else(bad)?;
                        Self::Text(at, field)
                    }
                    _ => return Err(bad()),
                }
            }
            _ => return Err(bad()),
        })
    }
}

/// A score as a conflict value: "+1", "-2", or "" for not set.
pub fn score_value(score: Option<Score>) -> String {
    score
        .map(|s| format!("{:+}", s.value()))
        .unwrap_or_default()
}

pub fn polarity_value(polarity: Polarity) -> &'static str {
    match polarity {
        Polarity::Positive => "positive",
        Polarity::Negative => "negative",
    }
}

/// An order as a conflict value.
pub fn order_value<T: fmt::Display>(ids: impl IntoIterator<Item = T>) -> String {
    ids.into_iter()
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_back_as_written() {
        let at = CellKey::new(StageId(0xabc), ChannelId(0x12));
        for place in [
            ConflictAt::Title,
            ConflictAt::PersonaDescription(PersonaId(5)),
            ConflictAt::LaneSetting(LaneId(4), LaneSetting::Target),
            ConflictAt::Emotion(LaneKey::new(LaneId(4), StageId(2)), PersonaId(9)),
            ConflictAt::LineOrder,
            ConflictAt::StageName(StageId(7)),
            ConflictAt::ChannelKept(ChannelId(9)),
            ConflictAt::Text(at, TextField::Action),
            ConflictAt::Score(at, Experience::Real),
            ConflictAt::SignalPolarity(SignalId(3)),
            ConflictAt::SignalTags(SignalId(3)),
            ConflictAt::SignalOrder(at),
            ConflictAt::StageOrder,
        ] {
            assert_eq!(place.to_string().parse::<ConflictAt>(), Ok(place));
        }
        assert!("cell 1 2 colour".parse::<ConflictAt>().is_err());
    }
}
