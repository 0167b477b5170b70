//! One cell of the grid: the contact at a stage x channel crossing.

use super::ids::{ChannelId, SignalId, StageId};
use super::measure::Measure;
pub use super::score::Score;
use super::tags::Tags;

/// Where a cell sits: its stage (column) and channel (row).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellKey {
    pub stage: StageId,
    pub channel: ChannelId,
}

impl CellKey {
    pub fn new(stage: StageId, channel: ChannelId) -> Self {
        Self { stage, channel }
    }
}

/// Whether a signal sends the customer a positive or a negative message.
/// (In `diff --json` it is written `positive` or `negative`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Polarity {
    Positive,
    Negative,
}

impl Polarity {
    /// The mark shown before a signal: "+" or "−".
    pub fn sign(self) -> &'static str {
        match self {
            Self::Positive => "+",
            Self::Negative => "−",
        }
    }

    pub fn flipped(self) -> Self {
        match self {
            Self::Positive => Self::Negative,
            Self::Negative => Self::Positive,
        }
    }
}

/// A moment at this contact that sends the customer a positive or negative message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signal {
    pub id: SignalId,
    pub polarity: Polarity,
    pub text: String,
    /// Why, when someone has said: root cause and principles.
    pub tags: Tags,
}

impl Signal {
    /// A new signal with a fresh random id.
    pub fn new(polarity: Polarity, text: impl Into<String>) -> Self {
        Self {
            id: SignalId::random(),
            polarity,
            text: text.into(),
            tags: Tags::default(),
        }
    }
}

/// The cell's free-text fields, described once, in file order: (variant,
/// field name). The text field enum, the cell's fields, the file's shape and
/// the CSV's columns are made from this list; the inspector, diff, merge
/// and the presentation card loop over [`TextField::ALL`]. A new field is a
/// line here and its words in the catalogues (`field-`, `change-field-`,
/// `step-edit-`).
///
/// - `owner`: the unit or person responsible for this contact;
/// - `action`: what must be done here;
/// - `impact`: the effect this contact has on the customer's experience;
/// - `notes`: anything else.
#[macro_export]
macro_rules! text_fields {
    ($then:ident) => {
        $then! { (Owner, owner), (Action, action), (Impact, impact), (Notes, notes) }
    };
}

macro_rules! define_text_fields {
    ($(($variant:ident, $field:ident)),*) => {
        /// The free-text fields of a cell.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum TextField {
            $($variant),*
        }

        impl TextField {
            const COUNT: usize = [$(stringify!($field)),*].len();

            pub const ALL: [TextField; Self::COUNT] = [$(Self::$variant),*];

            /// The field's name in files, tables, diffs and conflicts:
            /// "owner", "action", ….
            pub fn key(self) -> &'static str {
                match self {
                    $(Self::$variant => stringify!($field)),*
                }
            }

            /// The field's name in the catalogues, as the inspector labels it.
            pub fn name_key(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!("field-", stringify!($field))),*
                }
            }

            /// The undo step of editing the field, in the catalogues.
            pub fn step_key(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!("step-edit-", stringify!($field))),*
                }
            }
        }

        /// The content of one stage x channel cell: its text fields (see
        /// [`text_fields`](crate::text_fields)), its scores and signals.
        #[derive(Clone, Debug, Default, PartialEq, Eq)]
        pub struct Cell {
            $(pub $field: String,)*
            /// The experience the organisation wants to create here.
            pub ideal: Option<Score>,
            /// The experience the customer actually gets here.
            pub real: Option<Score>,
            pub signals: Vec<Signal>,
            /// What surveys measured here (see [`Measure`]).
            pub measures: Vec<Measure>,
        }

        impl Cell {
            pub fn text(&self, field: TextField) -> &str {
                match field {
                    $(TextField::$variant => &self.$field),*
                }
            }

            pub fn text_mut(&mut self, field: TextField) -> &mut String {
                match field {
                    $(TextField::$variant => &mut self.$field),*
                }
            }
        }
    };
}

text_fields!(define_text_fields);

/// Which of the two experiences a score belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Experience {
    /// The experience the organisation wants to create.
    Ideal,
    /// The experience the customer actually gets.
    Real,
}

impl Experience {
    /// The experience's name in files, diffs and conflicts: "ideal", "real".
    pub fn key(self) -> &'static str {
        match self {
            Self::Ideal => "ideal",
            Self::Real => "real",
        }
    }
}

impl Cell {
    /// True when the cell holds nothing at all.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// `ideal - real`, when both are set: positive means the customer gets less than intended.
    pub fn gap(&self) -> Option<i8> {
        Some(self.ideal?.value() - self.real?.value())
    }

    /// The gap with its sign ("+3", "0"), or a dash when it is unknown.
    pub fn gap_text(&self) -> String {
        self.gap()
            .map_or_else(|| "–".to_owned(), |g| format!("{g:+}"))
    }

    pub fn score(&self, which: Experience) -> Option<Score> {
        match which {
            Experience::Ideal => self.ideal,
            Experience::Real => self.real,
        }
    }

    pub fn score_mut(&mut self, which: Experience) -> &mut Option<Score> {
        match which {
            Experience::Ideal => &mut self.ideal,
            Experience::Real => &mut self.real,
        }
    }

    /// Positive signals minus negative signals.
    pub fn signal_balance(&self) -> i32 {
        self.signals
            .iter()
            .map(|s| match s.polarity {
                Polarity::Positive => 1,
                Polarity::Negative => -1,
            })
            .sum()
    }

    pub fn count(&self, polarity: Polarity) -> usize {
        self.signals
            .iter()
            .filter(|s| s.polarity == polarity)
            .count()
    }
}

impl Cell {
    /// The measure the cell goes by: the one with the most answers.
    pub fn measure(&self) -> Option<&Measure> {
        self.measures.iter().rev().max_by_key(|m| m.n)
    }

    /// Whether the typed real score is two or more steps from what the
    /// cell's measure suggests.
    pub fn disagrees(&self) -> bool {
        self.measure().is_some_and(|m| m.disagrees(self.real))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_limited_to_minus_two_to_plus_two() {
        assert_eq!(Score::new(-3), None);
        assert_eq!(Score::new(3), None);
        assert_eq!(Score::new(-2).map(Score::value), Some(-2));
        assert_eq!(Score::new(2).map(Score::value), Some(2));
    }

    #[test]
    fn gap_is_ideal_minus_real_and_needs_both() {
        let mut cell = Cell {
            ideal: Score::new(2),
            ..Cell::default()
        };
        assert_eq!(cell.gap(), None);
        cell.real = Score::new(-1);
        assert_eq!(cell.gap(), Some(3));
    }

    #[test]
    fn balance_counts_positive_minus_negative() {
        let cell = Cell {
            signals: vec![
                Signal::new(Polarity::Positive, "warm greeting"),
                Signal::new(Polarity::Negative, "long queue"),
                Signal::new(Polarity::Negative, "no size 38"),
            ],
            ..Cell::default()
        };
        assert_eq!(cell.signal_balance(), -1);
        assert_eq!(cell.count(Polarity::Negative), 2);
    }
}
