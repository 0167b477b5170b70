//! A measure in the file: one line per survey question per cell,
//! `(metric: Nps, value: 32.5, n: 140, low: 20.1, high: 44.9, scale: (0, 10),
//! source: "survey.csv", question: "Q7", from: "2026-01-03", to: "2026-02-01")`.

use serde::{Deserialize, Serialize};

use super::readers::{de_number, ser_number};
use crate::model::{Amount, Measure, Metric};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "measure")]
pub(super) struct FileMeasure {
    metric: Metric,
    #[serde(serialize_with = "ser_number", deserialize_with = "de_number")]
    value: Amount,
    n: u64,
    #[serde(serialize_with = "ser_number", deserialize_with = "de_number")]
    low: Amount,
    #[serde(serialize_with = "ser_number", deserialize_with = "de_number")]
    high: Amount,
    scale: FileScale,
    #[serde(default)]
    source: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    question: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    from: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    to: String,
}

/// The answers' scale, worst answer first: `(0, 10)`.
#[derive(Serialize, Deserialize)]
#[serde(rename = "scale")]
struct FileScale(
    #[serde(serialize_with = "ser_number", deserialize_with = "de_number")] Amount,
    #[serde(serialize_with = "ser_number", deserialize_with = "de_number")] Amount,
);

impl FileMeasure {
    pub(super) fn of(m: &Measure) -> Self {
        Self {
            metric: m.metric,
            value: m.value,
            n: m.n,
            low: m.low,
            high: m.high,
            scale: FileScale(m.worst, m.best),
            source: m.source.clone(),
            question: m.question.clone(),
            from: m.from.clone(),
            to: m.to.clone(),
        }
    }

    pub(super) fn into_measure(self) -> Measure {
        Measure {
            metric: self.metric,
            value: self.value,
            n: self.n,
            low: self.low,
            high: self.high,
            worst: self.scale.0,
            best: self.scale.1,
            source: self.source,
            question: self.question,
            from: self.from,
            to: self.to,
        }
    }
}
