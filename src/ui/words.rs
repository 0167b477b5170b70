//! Things of the map named in the interface's words: a persona with no
//! name, a channel kind, a score with its sign and meaning.

use crate::i18n::Text;
use crate::model::{ChannelKind, Score};
use crate::tr;

/// A persona's name, or "Persona 2" while it has none.
pub fn persona_name(persona: &crate::model::Persona) -> String {
    if persona.name.trim().is_empty() {
        tr!("persona-unnamed").into()
    } else {
        persona.name.clone()
    }
}

/// A channel kind's name.
pub fn kind_label(kind: ChannelKind) -> Text {
    tr!(kind.key())
}

/// A score with its sign, in the interface's digits: "+2".
pub fn score_signed(score: Score) -> Text {
    Text::new(crate::i18n::ui().digits(&score.signed()))
}

/// A score's name: "Very negative".
pub fn score_label(score: Score) -> Text {
    tr!(score.key())
}

/// A score with its sign and name, or "not set".
pub fn score_described(score: Option<Score>) -> Text {
    score.map_or_else(
        || tr!("score-unset"),
        |s| Text::new(format!("{} {}", score_signed(s), score_label(s))),
    )
}
