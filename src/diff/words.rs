//! How a change reads: "stage "Purchase" moved from 4th to 2nd".

use std::fmt;

use super::{Change, List};
use crate::i18n::Lang;
use crate::model::{LaneSetting, Polarity, Score};
use crate::tr_in;

/// 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, … 21st.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn sign(polarity: Polarity) -> &'static str {
    polarity.sign()
}

/// A score with a true minus sign, as in print: "+1", "−1", "–" for not set.
fn score(value: Option<i8>) -> String {
    Score::signed_or_dash(value.and_then(|v| Score::new(i64::from(v)))).replace('-', "−")
}

impl Change {
    /// The change as a sentence in `lang`. The English sentence is what
    /// `journeymap diff` prints.
    pub fn words(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        // Names as the user wrote them: in double quotes in English (with
        // only control characters escaped), in guillemets in Persian.
        let q = |text: &str| {
            if en {
                crate::text::quoted(text)
            } else {
                format!("«{text}»")
            }
        };
        let list = |list: &List| lang.text(list.key());
        let language = |l: Option<Lang>| {
            lang.text(&format!("change-language-{}", l.map_or("auto", Lang::code)))
        };
        let nth = |n: usize| {
            if en {
                ordinal(n)
            } else {
                lang.digits(&n.to_string())
            }
        };
        let score = |value: Option<i8>| lang.signed(&score(value));
        let sign = |polarity: &Polarity| sign(*polarity).to_owned();
        let number = |value: Option<&str>| value.map_or_else(|| "–".to_owned(), |v| lang.digits(v));
        // Settings whose values are words of their own: places, persona
        // names ("" is all personas), better higher or lower.
        let setting_value = |setting: LaneSetting, value: &str| match setting {
            LaneSetting::Place | LaneSetting::Better => lang.text(&format!("lane-{value}")),
            LaneSetting::Persona if value.is_empty() => lang.text("lane-persona-all"),
            LaneSetting::Target => number(Some(value).filter(|v| !v.is_empty())),
            _ => q(value),
        };
        match self {
            Self::Title { old, new } => tr_in!(lang, "change-title", old = q(old), new = q(new)),
            Self::PersonaName { old, new } => {
                tr_in!(lang, "change-persona-name", old = q(old), new = q(new))
            }
            Self::PersonaDescription { old, new } => {
                tr_in!(
                    lang,
                    "change-persona-description",
                    old = q(old),
                    new = q(new)
                )
            }
            Self::Direction { old, new } => tr_in!(
                lang,
                "change-direction",
                old = lang.text(&format!("change-{}", old.key())),
                new = lang.text(&format!("change-{}", new.key()))
            ),
            Self::Language { old, new } => tr_in!(
                lang,
                "change-language",
                old = language(*old),
                new = language(*new)
            ),
            Self::Added {
                list: l,
                name,
                position,
            } => tr_in!(
                lang,
                "change-added",
                list = list(l),
                name = q(name),
                position = nth(*position)
            ),
            Self::Deleted {
                list: l,
                name,
                cells,
            } => tr_in!(
                lang,
                "change-deleted",
                list = list(l),
                name = q(name),
                cells = *cells
            ),
            Self::Renamed { list: l, old, new } => tr_in!(
                lang,
                "change-renamed",
                list = list(l),
                old = q(old),
                new = q(new)
            ),
            Self::Moved {
                list: l,
                name,
                from,
                to,
            } => tr_in!(
                lang,
                "change-moved",
                list = list(l),
                name = q(name),
                from = nth(*from),
                to = nth(*to)
            ),
            Self::Described {
                list: l,
                name,
                old,
                new,
            } => tr_in!(
                lang,
                "change-described",
                list = list(l),
                name = q(name),
                old = q(old),
                new = q(new)
            ),
            Self::Kind { channel, old, new } => tr_in!(
                lang,
                "change-kind",
                channel = q(channel),
                old = lang.text(old.key()),
                new = lang.text(new.key())
            ),
            Self::Text {
                channel,
                stage,
                field,
                old,
                new,
            } => tr_in!(
                lang,
                "change-text",
                channel = channel.as_str(),
                stage = stage.as_str(),
                field = lang.text(&format!("change-field-{}", field.key())),
                old = q(old),
                new = q(new)
            ),
            Self::Score {
                channel,
                stage,
                experience,
                old,
                new,
            } => tr_in!(
                lang,
                "change-score",
                channel = channel.as_str(),
                stage = stage.as_str(),
                experience = lang.text(&format!("change-experience-{}", experience.key())),
                old = score(*old),
                new = score(*new)
            ),
            Self::SignalAdded {
                channel,
                stage,
                polarity,
                text,
            } => tr_in!(
                lang,
                "change-signal-added",
                channel = channel.as_str(),
                stage = stage.as_str(),
                sign = sign(polarity),
                text = q(text)
            ),
            Self::SignalDeleted {
                channel,
                stage,
                polarity,
                text,
            } => tr_in!(
                lang,
                "change-signal-deleted",
                channel = channel.as_str(),
                stage = stage.as_str(),
                sign = sign(polarity),
                text = q(text)
            ),
            Self::SignalText {
                channel,
                stage,
                old,
                new,
            } => tr_in!(
                lang,
                "change-signal-text",
                channel = channel.as_str(),
                stage = stage.as_str(),
                old = q(old),
                new = q(new)
            ),
            Self::SignalFlipped {
                channel,
                stage,
                polarity,
                text,
            } => tr_in!(
                lang,
                "change-signal-flipped",
                channel = channel.as_str(),
                stage = stage.as_str(),
                sign = sign(polarity),
                text = q(text)
            ),
            Self::SignalTagged {
                channel,
                stage,
                text,
                old,
                new,
            } => tr_in!(
                lang,
                "change-signal-tagged",
                channel = channel.as_str(),
                stage = stage.as_str(),
                text = q(text),
                old = q(old),
                new = q(new)
            ),
            Self::SignalsReordered { channel, stage } => tr_in!(
                lang,
                "change-signals-reordered",
                channel = channel.as_str(),
                stage = stage.as_str()
            ),
            Self::Measure {
                channel,
                stage,
                source,
                question,
                old,
                new,
            } => {
                let key = match (old, new) {
                    (None, _) => "change-measure-added",
                    (_, None) => "change-measure-removed",
                    _ => "change-measure-changed",
                };
                tr_in!(
                    lang,
                    key,
                    channel = channel.as_str(),
                    stage = stage.as_str(),
                    source = q(source),
                    question = question.as_str(),
                    old = old.as_deref().map(|o| lang.digits(o)).unwrap_or_default(),
                    new = new.as_deref().map(|n| lang.digits(n)).unwrap_or_default()
                )
            }
            Self::Conflicts { old, new } => {
                tr_in!(lang, "change-conflicts", old = *old, new = *new)
            }
            Self::PersonaColour { persona, old, new } => tr_in!(
                lang,
                "change-persona-colour",
                persona = q(persona),
                old = lang.text(old.key()),
                new = lang.text(new.key())
            ),
            Self::LaneKind { lane, lane_kind } => tr_in!(
                lang,
                "change-lane-kind",
                lane = q(lane),
                kind = lang.text(lane_kind.key())
            ),
            Self::LaneSetting {
                lane,
                setting,
                old,
                new,
            } => tr_in!(
                lang,
                "change-lane-setting",
                lane = q(lane),
                setting = lang.text(&format!("lane-setting-{}", setting.key())),
                old = setting_value(*setting, old),
                new = setting_value(*setting, new)
            ),
            Self::LaneText {
                lane,
                stage,
                old,
                new,
            } => tr_in!(
                lang,
                "change-lane-text",
                lane = lane.as_str(),
                stage = stage.as_str(),
                old = q(old),
                new = q(new)
            ),
            Self::LaneNumber {
                lane,
                stage,
                old,
                new,
            } => tr_in!(
                lang,
                "change-lane-number",
                lane = lane.as_str(),
                stage = stage.as_str(),
                old = number(old.as_deref()),
                new = number(new.as_deref())
            ),
            Self::Emotion {
                lane,
                stage,
                persona,
                old,
                new,
            } => tr_in!(
                lang,
                "change-emotion",
                lane = lane.as_str(),
                stage = stage.as_str(),
                persona = q(persona),
                old = score(*old),
                new = score(*new)
            ),
            Self::EmotionNote {
                lane,
                stage,
                persona,
                old,
                new,
            } => tr_in!(
                lang,
                "change-emotion-note",
                lane = lane.as_str(),
                stage = stage.as_str(),
                persona = q(persona),
                old = q(old),
                new = q(new)
            ),
            Self::LineMoved { line, new, .. } if new.is_empty() => {
                tr_in!(lang, "change-line-top", line = q(line))
            }
            Self::LineMoved { line, new, .. } => {
                tr_in!(lang, "change-line-moved", line = q(line), row = q(new))
            }
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_read_as_english() {
        let words: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal).into();
        assert_eq!(
            words,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"
            ]
        );
    }
}

#[cfg(test)]
mod persian {
    use super::*;

    #[test]
    fn rtl_changes_read_in_persian_with_persian_digits() {
        let moved = Change::Moved {
            list: List::Stage,
            name: "خرید".to_owned(),
            from: 4,
            to: 2,
        };
        assert_eq!(
            moved.words(Lang::Fa),
            "مرحلهٔ «خرید» از جایگاه ۴ به جایگاه ۲ رفت"
        );
        let score = Change::Score {
            channel: "تلفن".to_owned(),
            stage: "خرید".to_owned(),
            experience: crate::model::Experience::Real,
            old: None,
            new: Some(-1),
        };
        assert_eq!(
            score.words(Lang::Fa),
            "تلفن × خرید: واقعی از \u{2066}–\u{2069} به \u{2066}−۱\u{2069}"
        );
        assert_eq!(score.to_string(), "تلفن × خرید: real – → −1");
    }
}
