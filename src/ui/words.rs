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

/// A card's measure line: "NPS 32 · n 140", marked "⚠" when the typed
/// real score disagrees with it and "few" when it rests on few answers.
pub fn measure_line(cell: &crate::model::Cell, measure: &crate::model::Measure) -> String {
    let mut line = crate::i18n::ui().digits(&measure.to_string());
    if measure.uncertain() {
        line = format!("{line} · {}", tr!("measure-card-few"));
    }
    if measure.disagrees(cell.real) {
        line = format!("⚠ {line}");
    }
    line
}

/// Whether a metric's value `n` meets the lane's target, and the words
/// that say so ("target 40 %"), in the interface's language and digits;
/// `None` when the lane has no target.
pub fn metric_status(lane: &crate::model::Lane, n: crate::model::Amount) -> Option<(bool, String)> {
    let lang = crate::i18n::ui();
    let with_unit = |n: crate::model::Amount| lang.digits(&lane.with_unit(&n.to_string()));
    let (target, met) = (lane.target?, lane.on_target(n)?);
    let key = if met {
        "metric-on-target"
    } else {
        "metric-off-target"
    };
    Some((met, tr!(key, target = with_unit(target)).into()))
}
