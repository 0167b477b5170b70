//! Merge conflicts kept in a map: where two versions disagree, what each
//! said, and how taking one side becomes an ordinary edit.

use std::fmt;
use std::str::FromStr;

use super::cell::{CellKey, Experience, Polarity, Score, TextField};
use super::edit::Edit;
use super::ids::{ChannelId, SignalId, StageId};
use super::project::{ChannelKind, Project};
use crate::i18n::Lang;
use crate::tr_in;

/// What a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConflictAt {
    Title,
    PersonaName,
    PersonaDescription,
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

fn experience_name(experience: Experience) -> &'static str {
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
            Self::PersonaName => write!(f, "persona name"),
            Self::PersonaDescription => write!(f, "persona description"),
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
            ["persona", "name"] => Self::PersonaName,
            ["persona", "description"] => Self::PersonaDescription,
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

impl Conflict {
    /// The edits that make the map hold `value` at this conflict's place.
    /// Values that cannot be read give no edit (the map keeps what it has).
    pub fn edits_for(&self, project: &Project, value: &str) -> Vec<Edit> {
        let text = value.to_owned();
        let one = |edit: Edit| vec![edit];
        match self.at {
            ConflictAt::Title => one(Edit::SetTitle(text)),
            ConflictAt::PersonaName => one(Edit::SetPersonaName(text)),
            ConflictAt::PersonaDescription => one(Edit::SetPersonaDescription(text)),
            ConflictAt::StageName(id) => one(Edit::RenameStage { id, name: text }),
            ConflictAt::StageDescription(id) => one(Edit::SetStageDescription {
                id,
                description: text,
            }),
            ConflictAt::ChannelName(id) => one(Edit::RenameChannel { id, name: text }),
            ConflictAt::ChannelKind(id) => ChannelKind::ALL
                .into_iter()
                .find(|k| k.label() == value)
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
                tags: super::Tags::parse(value).unwrap_or_default(),
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
}

impl Conflict {
    /// Where the conflict is, in the map's words: `Website × Purchase: action`.
    pub fn place(&self, project: &Project) -> String {
        self.place_in(Lang::En, project)
    }

    /// [`Self::place`] in `lang`.
    pub fn place_in(&self, lang: Lang, project: &Project) -> String {
        let quote = |name: &str| {
            if lang == Lang::En {
                crate::text::quoted(name)
            } else {
                format!("«{name}»")
            }
        };
        let stage = |id: StageId| {
            project
                .stage(id)
                .map_or_else(|| id.to_string(), |s| quote(&s.name))
        };
        let channel = |id: ChannelId| {
            project
                .channel(id)
                .map_or_else(|| id.to_string(), |c| quote(&c.name))
        };
        let cell = |at: CellKey| match (project.channel(at.channel), project.stage(at.stage)) {
            (Some(c), Some(s)) => tr_in!(
                lang,
                "conflict-cell",
                channel = c.name.as_str(),
                stage = s.name.as_str()
            ),
            _ => tr_in!(
                lang,
                "conflict-cell-unknown",
                stage = at.stage.to_string(),
                channel = at.channel.to_string()
            ),
        };
        let signal = |id: SignalId| {
            project.find_signal(id).map_or_else(
                || tr_in!(lang, "conflict-signal-unknown", id = id.to_string()),
                |(at, _)| tr_in!(lang, "conflict-signal-in", cell = cell(at)),
            )
        };
        match self.at {
            ConflictAt::Title => lang.text("conflict-title"),
            ConflictAt::PersonaName => lang.text("conflict-persona-name"),
            ConflictAt::PersonaDescription => lang.text("conflict-persona-description"),
            ConflictAt::StageName(id) => tr_in!(lang, "conflict-stage-name", stage = stage(id)),
            ConflictAt::StageDescription(id) => {
                tr_in!(lang, "conflict-stage-description", stage = stage(id))
            }
            ConflictAt::StageKept(id) => tr_in!(lang, "conflict-stage-kept", stage = stage(id)),
            ConflictAt::StageOrder => lang.text("conflict-stage-order"),
            ConflictAt::ChannelName(id) => {
                tr_in!(lang, "conflict-channel-name", channel = channel(id))
            }
            ConflictAt::ChannelKind(id) => {
                tr_in!(lang, "conflict-channel-kind", channel = channel(id))
            }
            ConflictAt::ChannelKept(id) => {
                tr_in!(lang, "conflict-channel-kept", channel = channel(id))
            }
            ConflictAt::ChannelOrder => lang.text("conflict-channel-order"),
            ConflictAt::Text(at, field) => tr_in!(
                lang,
                "conflict-field",
                cell = cell(at),
                field = lang.text(&format!("change-field-{}", field.key()))
            ),
            ConflictAt::Score(at, e) => tr_in!(
                lang,
                "conflict-field",
                cell = cell(at),
                field = lang.text(&format!("change-experience-{}", experience_name(e)))
            ),
            ConflictAt::SignalText(id) => tr_in!(lang, "conflict-signal-text", signal = signal(id)),
            ConflictAt::SignalPolarity(id) => {
                tr_in!(lang, "conflict-signal-polarity", signal = signal(id))
            }
            ConflictAt::SignalTags(id) => tr_in!(lang, "conflict-signal-tags", signal = signal(id)),
            ConflictAt::SignalKept(id) => tr_in!(lang, "conflict-signal-kept", signal = signal(id)),
            ConflictAt::SignalOrder(at) => tr_in!(lang, "conflict-signal-order", cell = cell(at)),
        }
    }

    /// A side's value as a person reads it: orders by name, empty as "(empty)".
    pub fn shown(&self, project: &Project, value: &str) -> String {
        self.shown_in(Lang::En, project, value)
    }

    /// [`Self::shown`] in `lang`.
    pub fn shown_in(&self, lang: Lang, project: &Project, value: &str) -> String {
        let names: Option<Vec<String>> = match self.at {
            ConflictAt::StageOrder => Some(
                value
                    .split_whitespace()
                    .map(|id| {
                        id.parse::<StageId>()
                            .ok()
                            .and_then(|id| project.stage(id))
                            .map_or_else(|| id.to_owned(), |s| s.name.clone())
                    })
                    .collect(),
            ),
            ConflictAt::ChannelOrder => Some(
                value
                    .split_whitespace()
                    .map(|id| {
                        id.parse::<ChannelId>()
                            .ok()
                            .and_then(|id| project.channel(id))
                            .map_or_else(|| id.to_owned(), |c| c.name.clone())
                    })
                    .collect(),
            ),
            _ => None,
        };
        match names {
            Some(names) => names.join(", "),
            None if value.is_empty() => lang.text("conflict-empty"),
            None if lang == Lang::En => crate::text::quoted(value),
            None => format!("«{value}»"),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_read_back_as_written() {
        let at = CellKey::new(StageId(0xabc), ChannelId(0x12));
        for place in [
            ConflictAt::Title,
            ConflictAt::PersonaDescription,
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

    #[test]
    fn places_read_in_english_and_persian() {
        let mut project = Project::default();
        let stage = super::super::Stage::new("Purchase");
        let channel = super::super::Channel::new("Website", ChannelKind::Website);
        let at = CellKey::new(stage.id, channel.id);
        project.stages.push(stage.clone());
        project.channels.push(channel);
        let conflict = |at| Conflict {
            at,
            base: String::new(),
            ours: String::new(),
            theirs: "Sam".to_owned(),
        };
        let action = conflict(ConflictAt::Text(at, TextField::Action));
        assert_eq!(action.place(&project), "Website × Purchase: action");
        assert_eq!(
            action.place_in(Lang::Fa, &project),
            "Website × Purchase: اقدام"
        );
        assert_eq!(action.shown(&project, ""), "(empty)");
        assert_eq!(action.shown_in(Lang::Fa, &project, "Sam"), "«Sam»");
        let kept = conflict(ConflictAt::StageKept(stage.id));
        assert_eq!(
            kept.place(&project),
            "stage \"Purchase\": deleted on one side, edited on the other"
        );
        assert_eq!(
            kept.place_in(Lang::Fa, &project),
            "مرحلهٔ «Purchase»: در یک سو حذف شده و در سوی دیگر ویرایش"
        );
    }
}
