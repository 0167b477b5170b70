//! Answers counted into a measure. The formulas, which the README repeats:
//!
//! - **NPS**: answers 0..10; promoters answer 9 or 10, detractors 0 to 6.
//!   NPS = 100 × (promoters − detractors) / n, from −100 to 100. It is the
//!   mean of scores of +100, 0 and −100, so its 95 % interval is
//!   NPS ± 1.96 × 100 × √((p + d − (p − d)²) / n), with p and d the
//!   promoters' and detractors' shares, kept within −100..100.
//! - **CSAT**: the share, in %, of answers in the scale's top two boxes (4
//!   and 5 on 1..5); its interval is Wilson's score interval.
//! - **CES** and a plain **mean**: the mean answer, its interval
//!   mean ± t × s / √n, with s the answers' standard deviation and t
//!   Student's 97.5 % quantile for n − 1 degrees of freedom.

use crate::model::{Amount, Measure, Metric};

/// The scale answers are on, its worst answer first (`5, 1` when 1 is best).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub worst: f64,
    pub best: f64,
}

impl Scale {
    pub fn of(metric: Metric) -> Self {
        let (worst, best) = metric.default_scale();
        Self {
            worst: worst as f64,
            best: best as f64,
        }
    }

    fn holds(self, answer: f64) -> bool {
        answer >= self.worst.min(self.best) && answer <= self.worst.max(self.best)
    }

    /// Whether `answer` is in the top two boxes: the best answer or the next.
    fn top_two(self, answer: f64) -> bool {
        (answer - self.best).abs() < 1.5 && self.holds(answer)
    }
}

/// What an answer's text holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    Empty,
    Number(f64),
    /// Text that starts with no number ("Very likely").
    NotANumber,
}

impl Answer {
    /// Reads an answer as survey systems write it: `9`, `4.5`, `4,5`, `۹`,
    /// or a number with its label (`10 - Extremely likely`, `0 = Not at all`).
    pub fn read(text: &str) -> Self {
        // Arabic-Indic digits as the Persian ones `Amount::parse` reads.
        let arabic = |c: char| ('٠'..='٩').contains(&c);
        let persian: String;
        let text = if text.contains(arabic) {
            persian = text
                .trim()
                .chars()
                .map(|c| match c {
                    '٠'..='٩' => char::from_u32(u32::from(c) - 0x0660 + 0x06F0).unwrap_or(c),
                    c => c,
                })
                .collect();
            persian.as_str()
        } else {
            text.trim()
        };
        if text.is_empty() {
            return Self::Empty;
        }
        if let Some(a) = Amount::parse(text) {
            return Self::Number(a.value());
        }
        let end = text
            .char_indices()
            .find(|(_, c)| !(c.is_numeric() || matches!(c, '.' | ',' | '٫' | '-' | '−')))
            .map_or(text.len(), |(i, _)| i);
        let (number, rest) = text.split_at(end);
        let labelled = rest
            .trim_start()
            .starts_with(['-', '–', '—', '=', ':', '(', ' '])
            || rest.starts_with(' ');
        match Amount::parse(number) {
            Some(a) if labelled && !number.is_empty() => Self::Number(a.value()),
            _ => Self::NotANumber,
        }
    }
}

/// The answers counted so far for one cell.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub n: u64,
    /// Promoters (NPS) or top-two answers (CSAT).
    good: u64,
    /// Detractors (NPS).
    bad: u64,
    /// Welford's running mean and sum of squared deviations.
    mean: f64,
    m2: f64,
    /// The first and last answer's dates, `yyyymmdd`.
    pub from: Option<u32>,
    pub to: Option<u32>,
}

impl Tally {
    /// Counts `answer`; false when it is not an answer on `scale` (for NPS,
    /// a whole number from 0 to 10).
    pub fn add(&mut self, metric: Metric, scale: Scale, answer: f64, date: Option<u32>) -> bool {
        let fits = match metric {
            Metric::Nps => answer.fract() == 0.0 && (0.0..=10.0).contains(&answer),
            _ => scale.holds(answer),
        };
        if !fits {
            return false;
        }
        self.n += 1;
        match metric {
            Metric::Nps if answer >= 9.0 => self.good += 1,
            Metric::Nps if answer <= 6.0 => self.bad += 1,
            Metric::Csat if scale.top_two(answer) => self.good += 1,
            _ => {}
        }
        let delta = answer - self.mean;
        self.mean += delta / self.n as f64;
        self.m2 += delta * (answer - self.mean);
        if let Some(date) = date {
            self.from = Some(self.from.map_or(date, |d| d.min(date)));
            self.to = Some(self.to.map_or(date, |d| d.max(date)));
        }
        true
    }

    /// The measure of the answers counted, or `None` without any.
    pub fn measure(&self, metric: Metric, scale: Scale) -> Option<Measure> {
        if self.n == 0 {
            return None;
        }
        let n = self.n as f64;
        let (value, low, high) = match metric {
            Metric::Nps => {
                let (p, d) = (self.good as f64 / n, self.bad as f64 / n);
                let half = 1.96 * ((p + d - (p - d).powi(2)).max(0.0) / n).sqrt();
                let nps = p - d;
                (
                    100.0 * nps,
                    100.0 * (nps - half).max(-1.0),
                    100.0 * (nps + half).min(1.0),
                )
            }
            Metric::Csat => {
                let (low, high) = wilson(self.good, self.n);
                (100.0 * self.good as f64 / n, 100.0 * low, 100.0 * high)
            }
            Metric::Ces | Metric::Mean => {
                let half = if self.n < 2 {
                    0.0
                } else {
                    t975(self.n - 1) * (self.m2 / (n - 1.0)).sqrt() / n.sqrt()
                };
                (self.mean, self.mean - half, self.mean + half)
            }
        };
        let amount = |v: f64| Amount::new((v * 100.0).round() / 100.0).unwrap_or_default();
        let date = |d: Option<u32>| {
            d.map(|d| format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100))
                .unwrap_or_default()
        };
        Some(Measure {
            metric,
            value: amount(value),
            n: self.n,
            low: amount(low),
            high: amount(high),
            worst: amount(scale.worst),
            best: amount(scale.best),
            source: String::new(),
            question: String::new(),
            from: date(self.from),
            to: date(self.to),
        })
    }
}

/// Wilson's 95 % score interval for `good` of `n`.
fn wilson(good: u64, n: u64) -> (f64, f64) {
    let (n, p, z) = (n as f64, good as f64 / n as f64, 1.96_f64);
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z / (1.0 + z * z / n) * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// Student's t, 97.5 % quantile, for `df` degrees of freedom: from the
/// table up to 30, then Cornish-Fisher's first correction to 1.96, which is
/// within 0.003 of it.
fn t975(df: u64) -> f64 {
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042,
    ];
    match usize::try_from(df) {
        Ok(df @ 1..=30) => TABLE[df - 1],
        _ => {
            let z = 1.96_f64;
            z + (z.powi(3) + z) / (4.0 * df as f64)
        }
    }
}

/// A date as `yyyymmdd` from how survey systems write it: `2026-01-31`,
/// `2026/01/31`, or `1/31/2026` and `31/01/2026` (month first unless the
/// first number is over 12), with or without a time after it.
pub fn date(text: &str) -> Option<u32> {
    let day_part = text.trim().split([' ', 'T']).next()?;
    let mut parts = [0u32; 3];
    let mut count = 0;
    for part in day_part.split(['-', '/', '.']) {
        *parts.get_mut(count)? = part.parse().ok()?;
        count += 1;
    }
    let (y, m, d) = match parts[..count] {
        [y, m, d] if y > 999 => (y, m, d),
        [a, b, y] if y > 999 && a > 12 => (y, b, a),
        [a, b, y] if y > 999 => (y, a, b),
        _ => return None,
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d) && y <= 9999).then_some(y * 10000 + m * 100 + d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(metric: Metric, answers: &[f64]) -> Measure {
        let scale = Scale::of(metric);
        let mut t = Tally::default();
        for a in answers {
            t.add(metric, scale, *a, None);
        }
        t.measure(metric, scale)
            .unwrap_or_else(|| panic!("no answers"))
    }

    #[test]
    fn nps_by_hand() {
        // 5 promoters, 3 passives, 2 detractors of 10: 50 % − 20 % = 30.
        // p + d − (p − d)² = 0.7 − 0.09 = 0.61; 1.96 × √(0.061) = 0.4841.
        let m = tally(Metric::Nps, &[10., 9., 9., 10., 9., 8., 7., 7., 6., 0.]);
        assert_eq!((m.value.to_string(), m.n), ("30".into(), 10));
        assert_eq!(
            (m.low.to_string(), m.high.to_string()),
            ("-18.41".into(), "78.41".into())
        );
    }

    #[test]
    fn csat_counts_the_top_two_boxes_with_wilsons_interval() {
        // 3 of 4 answered 4 or 5. Wilson: centre 0.6275, half 0.3269.
        let m = tally(Metric::Csat, &[5., 4., 4., 2.]);
        assert_eq!(m.value.to_string(), "75");
        assert_eq!(
            (m.low.to_string(), m.high.to_string()),
            ("30.06".into(), "95.44".into())
        );
    }

    #[test]
    fn ces_is_a_mean_with_students_interval() {
        // Mean 5, s = 1.5811 (answers 3,4,5,6,7), t(4) = 2.776: ±1.963.
        let m = tally(Metric::Ces, &[3., 4., 5., 6., 7.]);
        assert_eq!(m.value.to_string(), "5");
        assert_eq!(
            (m.low.to_string(), m.high.to_string()),
            ("3.04".into(), "6.96".into())
        );
    }

    #[test]
    fn answers_outside_the_scale_are_not_counted() {
        let mut t = Tally::default();
        let scale = Scale::of(Metric::Nps);
        assert!(!t.add(Metric::Nps, scale, 11.0, None));
        assert!(!t.add(Metric::Nps, scale, 8.5, None));
        assert!(t.add(Metric::Nps, scale, 10.0, None));
        assert_eq!(t.n, 1);
    }

    #[test]
    fn answers_read_as_survey_systems_write_them() {
        assert_eq!(Answer::read(" 9 "), Answer::Number(9.0));
        assert_eq!(Answer::read("۹"), Answer::Number(9.0));
        assert_eq!(Answer::read("٦"), Answer::Number(6.0));
        assert_eq!(Answer::read("4,5"), Answer::Number(4.5));
        assert_eq!(Answer::read("10 - Extremely likely"), Answer::Number(10.0));
        assert_eq!(Answer::read("0 = Not at all likely"), Answer::Number(0.0));
        assert_eq!(Answer::read("Very likely"), Answer::NotANumber);
        assert_eq!(Answer::read("9x"), Answer::NotANumber);
        assert_eq!(Answer::read(""), Answer::Empty);
    }

    #[test]
    fn dates_read_in_the_usual_forms() {
        assert_eq!(date("2026-01-31 10:00:00"), Some(20260131));
        assert_eq!(date("2026/01/31"), Some(20260131));
        assert_eq!(date("1/31/2026 10:00:00 AM"), Some(20260131));
        assert_eq!(date("31/01/2026"), Some(20260131));
        assert_eq!(date("2026-01-31T10:00:00Z"), Some(20260131));
        assert_eq!(date("yesterday"), None);
    }
}
