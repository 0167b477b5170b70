//! What survey measures say against the typed scores: every measure with
//! its cell, the real score it suggests, and whether the typed one
//! disagrees (two or more steps away) or the answers are few.

use serde_json::{Value, json};

use crate::i18n::Lang;
use crate::model::{Measure, Project, Score};
use crate::tr_in;

/// One measure of one cell, by the cell's place in the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasuredCell {
    pub stage: usize,
    pub channel: usize,
    pub measure: Measure,
    pub real: Option<Score>,
}

impl MeasuredCell {
    pub fn disagrees(&self) -> bool {
        self.measure.disagrees(self.real)
    }

    /// "Store × Purchase: NPS -85 · n 20 suggests -2, typed +1".
    pub fn words(&self, lang: Lang, project: &Project) -> String {
        let m = &self.measure;
        tr_in!(
            lang,
            "words-measured",
            stage = project.stages[self.stage].name.as_str(),
            channel = project.channels[self.channel].name.as_str(),
            measure = lang.digits(&m.to_string()),
            suggested = lang.digits(&m.suggested().signed()),
            real = lang.digits(&Score::signed_or_dash(self.real))
        )
    }

    pub fn to_json(&self, project: &Project) -> Value {
        let m = &self.measure;
        json!({
            "stage": project.stages[self.stage].name,
            "channel": project.channels[self.channel].name,
            "metric": m.metric.word(),
            "value": m.value.value(),
            "n": m.n,
            "interval": [m.low.value(), m.high.value()],
            "scale": [m.worst.value(), m.best.value()],
            "source": m.source,
            "question": m.question,
            "from": (!m.from.is_empty()).then_some(&m.from),
            "to": (!m.to.is_empty()).then_some(&m.to),
            "suggested_real": m.suggested().value(),
            "real": self.real.map(Score::value),
            "disagrees": self.disagrees(),
            "uncertain": m.uncertain(),
        })
    }
}

/// Every measure in the map, stage by stage, channel by channel.
pub fn measured(project: &Project) -> Vec<MeasuredCell> {
    let mut all = Vec::new();
    for (stage, s) in project.stages.iter().enumerate() {
        for (channel, c) in project.channels.iter().enumerate() {
            let Some(cell) = project.cell(crate::model::CellKey::new(s.id, c.id)) else {
                continue;
            };
            all.extend(cell.measures.iter().map(|m| MeasuredCell {
                stage,
                channel,
                measure: m.clone(),
                real: cell.real,
            }));
        }
    }
    all
}
