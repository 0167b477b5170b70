//! What customers said, counted: a survey's answers about one cell as NPS,
//! CSAT, CES or a plain mean, with the number of answers, a 95 %
//! confidence interval and where the answers came from. `journeymap
//! measure` and File → Import survey results… make them (see
//! [`crate::measure`]); the real score a measure suggests is set only when
//! the user asks.

use std::fmt;

use super::lanes::Amount;
use super::score::Score;

/// What a measure counts.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Metric {
    /// Net Promoter Score, −100..100, from "Would you recommend us?" on 0..10.
    #[default]
    Nps,
    /// Customer satisfaction: the share of answers in the top two boxes, in %.
    Csat,
    /// Customer effort: the mean answer, higher meaning easier.
    Ces,
    /// The mean answer on its scale.
    Mean,
}

impl Metric {
    pub const ALL: [Self; 4] = [Self::Nps, Self::Csat, Self::Ces, Self::Mean];

    /// The metric's word on the command line, in files and JSON.
    pub fn word(self) -> &'static str {
        match self {
            Self::Nps => "nps",
            Self::Csat => "csat",
            Self::Ces => "ces",
            Self::Mean => "mean",
        }
    }

    /// The metric's short name on cards: "NPS", "CSAT", "CES", "Mean".
    pub fn label(self) -> &'static str {
        match self {
            Self::Nps => "NPS",
            Self::Csat => "CSAT",
            Self::Ces => "CES",
            Self::Mean => "Mean",
        }
    }

    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|m| m.word().eq_ignore_ascii_case(word.trim()))
    }

    /// The answers' usual scale, worst answer first: 0..10 for NPS, 1..5
    /// for CSAT and a plain mean, 1..7 for CES.
    pub fn default_scale(self) -> (i64, i64) {
        match self {
            Self::Nps => (0, 10),
            Self::Csat | Self::Mean => (1, 5),
            Self::Ces => (1, 7),
        }
    }

    /// Whether the value is a percentage.
    pub fn percent(self) -> bool {
        self == Self::Csat
    }
}

/// One question's answers about one cell, counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measure {
    pub metric: Metric,
    pub value: Amount,
    /// How many answers count.
    pub n: u64,
    /// The 95 % confidence interval.
    pub low: Amount,
    pub high: Amount,
    /// The answers' scale: its worst and its best answer.
    pub worst: Amount,
    pub best: Amount,
    /// The file the answers came from, by name.
    pub source: String,
    /// The question, by its column's name.
    pub question: String,
    /// The first and last answer's dates (`2026-01-31`), when known.
    pub from: String,
    pub to: String,
}

impl Measure {
    /// Fewer answers than this make a measure uncertain.
    pub const FEW: u64 = 30;

    /// Whether `n` is too small to go by.
    pub fn uncertain(&self) -> bool {
        self.n < Self::FEW
    }

    /// Whether this measure and `other` come from the same question of the
    /// same file, so measuring again replaces it.
    pub fn same_origin(&self, other: &Self) -> bool {
        self.source == other.source && self.question == other.question
    }

    /// The real score the measure suggests (the README's table):
    /// - NPS: below −30 is −2, below 0 is −1, below 30 is 0, below 70 is +1, else +2;
    /// - CSAT: below 50 % is −2, below 70 % −1, below 80 % 0, below 90 % +1, else +2;
    /// - CES and a mean: the value's place on its scale, worst to best,
    ///   in five equal steps.
    pub fn suggested(&self) -> Score {
        let v = self.value.value();
        let band = |edges: [f64; 4]| edges.iter().filter(|e| v >= **e).count() as i64 - 2;
        let step = match self.metric {
            Metric::Nps => band([-30.0, 0.0, 30.0, 70.0]),
            Metric::Csat => band([50.0, 70.0, 80.0, 90.0]),
            Metric::Ces | Metric::Mean => {
                let (worst, best) = (self.worst.value(), self.best.value());
                let place = if best == worst {
                    0.5
                } else {
                    ((v - worst) / (best - worst)).clamp(0.0, 1.0)
                };
                ((place * 5.0).floor() as i64).min(4) - 2
            }
        };
        Score::new(step).unwrap_or(Score::ALL[2])
    }

    /// Whether a typed real score is two or more steps from the suggested one.
    pub fn disagrees(&self, real: Option<Score>) -> bool {
        real.is_some_and(|r| (r.value() - self.suggested().value()).abs() >= 2)
    }

    /// The value as shown: "32", "84%", "5.4".
    pub fn shown_value(&self) -> String {
        let v = self.value.value();
        match self.metric {
            Metric::Nps => format!("{v:.0}"),
            Metric::Csat => format!("{v:.0}%"),
            Metric::Ces | Metric::Mean => format!("{v:.1}"),
        }
    }

    /// The interval's ends as shown: ("20", "44"), ("4.9", "5.8").
    pub fn interval(&self) -> (String, String) {
        let (low, high) = (self.low.value(), self.high.value());
        match self.metric {
            Metric::Nps | Metric::Csat => (format!("{low:.0}"), format!("{high:.0}")),
            Metric::Ces | Metric::Mean => (format!("{low:.1}"), format!("{high:.1}")),
        }
    }

    /// The interval as shown in English: "20 to 44", "4.9 to 5.8".
    pub fn shown_interval(&self) -> String {
        let (low, high) = self.interval();
        format!("{low} to {high}")
    }

    /// The answers' dates as shown: "2026-01-03 to 2026-02-01", one date,
    /// or nothing.
    pub fn dates(&self) -> String {
        match (self.from.as_str(), self.to.as_str()) {
            ("", "") => String::new(),
            (one, "") | ("", one) => one.to_owned(),
            (from, to) if from == to => from.to_owned(),
            (from, to) => format!("{from} to {to}"),
        }
    }
}

impl fmt::Display for Measure {
    /// The card's line: "NPS 32 · n 140".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} · n {}",
            self.metric.label(),
            self.shown_value(),
            self.n
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(metric: Metric, value: f64, scale: (f64, f64)) -> Measure {
        let amount = |v| Amount::new(v).unwrap_or_default();
        Measure {
            metric,
            value: amount(value),
            n: 100,
            low: amount(value),
            high: amount(value),
            worst: amount(scale.0),
            best: amount(scale.1),
            source: "survey.csv".into(),
            question: "Q1".into(),
            from: String::new(),
            to: String::new(),
        }
    }

    #[test]
    fn nps_bands_suggest_scores() {
        let s = |v| measure(Metric::Nps, v, (0.0, 10.0)).suggested().value();
        assert_eq!(
            [
                s(-85.0),
                s(-30.0),
                s(-1.0),
                s(0.0),
                s(29.9),
                s(30.0),
                s(70.0),
                s(100.0)
            ],
            [-2, -1, -1, 0, 0, 1, 2, 2]
        );
    }

    #[test]
    fn csat_bands_and_scale_places_suggest_scores() {
        let csat = |v| measure(Metric::Csat, v, (1.0, 5.0)).suggested().value();
        assert_eq!(
            [csat(40.0), csat(65.0), csat(75.0), csat(85.0), csat(95.0)],
            [-2, -1, 0, 1, 2]
        );
        // CES on 1..7, in fifths of 1.2: 1.0 and 2.5 are the first two, 4.0
        // the middle one, 5.5 the fourth (up to 5.8), 7.0 the best.
        let ces = |v| measure(Metric::Ces, v, (1.0, 7.0)).suggested().value();
        assert_eq!(
            [ces(1.0), ces(2.5), ces(4.0), ces(5.5), ces(7.0)],
            [-2, -1, 0, 1, 2]
        );
        // A reversed scale: 1 is the best.
        let reversed = |v| measure(Metric::Mean, v, (5.0, 1.0)).suggested().value();
        assert_eq!([reversed(1.0), reversed(5.0)], [2, -2]);
    }

    #[test]
    fn a_typed_plus_one_measured_at_nps_minus_85_disagrees() {
        let m = measure(Metric::Nps, -85.0, (0.0, 10.0));
        assert!(m.disagrees(Score::new(1)));
        assert!(m.disagrees(Score::new(0)));
        assert!(!m.disagrees(Score::new(-1)));
        assert!(!m.disagrees(None));
        assert_eq!(m.to_string(), "NPS -85 · n 100");
    }
}
