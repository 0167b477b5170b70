//! How a change reads: "stage "Purchase" moved from 4th to 2nd".

use std::fmt;

use super::Change;
use crate::model::Score;

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

fn sign(polarity: &str) -> &'static str {
    if polarity == "positive" { "+" } else { "−" }
}

/// A score with a true minus sign, as in print: "+1", "−1", "–" for not set.
fn score(value: Option<i8>) -> String {
    Score::signed_or_dash(value.and_then(|v| Score::new(i64::from(v)))).replace('-', "−")
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Title { old, new } => write!(f, "title {old:?} → {new:?}"),
            Self::PersonaName { old, new } => write!(f, "persona {old:?} → {new:?}"),
            Self::PersonaDescription { old, new } => {
                write!(f, "persona description {old:?} → {new:?}")
            }
            Self::Direction { old, new } => write!(f, "direction {old} → {new}"),
            Self::Language { old, new } => write!(f, "language {old} → {new}"),
            Self::Added {
                list,
                name,
                position,
            } => {
                write!(f, "{list} {name:?} added ({})", ordinal(*position))
            }
            Self::Deleted { list, name, cells } => {
                let s = if *cells == 1 { "" } else { "s" };
                write!(f, "{list} {name:?} deleted ({cells} cell{s})")
            }
            Self::Renamed { list, old, new } => write!(f, "{list} {old:?} renamed to {new:?}"),
            Self::Moved {
                list,
                name,
                from,
                to,
            } => {
                write!(
                    f,
                    "{list} {name:?} moved from {} to {}",
                    ordinal(*from),
                    ordinal(*to)
                )
            }
            Self::Described {
                list,
                name,
                old,
                new,
            } => {
                write!(f, "{list} {name:?}: description {old:?} → {new:?}")
            }
            Self::Kind { channel, old, new } => {
                write!(f, "channel {channel:?}: kind {old} → {new}")
            }
            Self::Text {
                channel,
                stage,
                field,
                old,
                new,
            } => {
                write!(f, "{channel} × {stage}: {field} {old:?} → {new:?}")
            }
            Self::Score {
                channel,
                stage,
                experience,
                old,
                new,
            } => {
                write!(
                    f,
                    "{channel} × {stage}: {experience} {} → {}",
                    score(*old),
                    score(*new)
                )
            }
            Self::SignalAdded {
                channel,
                stage,
                polarity,
                text,
            } => {
                write!(
                    f,
                    "signal added to {channel} × {stage}: {} {text:?}",
                    sign(polarity)
                )
            }
            Self::SignalDeleted {
                channel,
                stage,
                polarity,
                text,
            } => {
                write!(
                    f,
                    "signal deleted from {channel} × {stage}: {} {text:?}",
                    sign(polarity)
                )
            }
            Self::SignalText {
                channel,
                stage,
                old,
                new,
            } => {
                write!(f, "signal in {channel} × {stage}: {old:?} → {new:?}")
            }
            Self::SignalFlipped {
                channel,
                stage,
                polarity,
                text,
            } => {
                write!(
                    f,
                    "signal in {channel} × {stage} flipped to {}: {text:?}",
                    sign(polarity)
                )
            }
            Self::SignalTagged {
                channel,
                stage,
                text,
                old,
                new,
            } => {
                write!(
                    f,
                    "signal tags in {channel} × {stage} ({text:?}): {old:?} → {new:?}"
                )
            }
            Self::SignalsReordered { channel, stage } => {
                write!(f, "signals reordered in {channel} × {stage}")
            }
            Self::Conflicts { old, new } => write!(f, "unresolved conflicts: {old} → {new}"),
        }
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
