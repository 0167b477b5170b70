//! Insights in words and in JSON, for people, scripts and CI. The shape of
//! the JSON is documented in the README.

use serde_json::{Value, json};

use super::personas::{AgainstReal, Apart, Curve};
use super::{Cliff, Consistency, Insights, Opportunity, TagCounts};
use crate::i18n::Lang;
use crate::model::{Cause, Principle, Project};
use crate::tr_in;

impl Insights {
    /// "Purchase: Store +2 vs Phone −1 (3 apart)".
    pub fn consistency_words(lang: Lang, project: &Project, c: &Consistency) -> String {
        let stage = project.stages[c.stage].name.as_str();
        let channel = |(i, score): (usize, i8)| {
            tr_in!(
                lang,
                "words-channel-score",
                channel = project.channels[i].name.as_str(),
                score = lang.signed(&signed(score))
            )
        };
        match (c.best, c.worst, c.spread()) {
            (Some(best), Some(worst), Some(spread)) => tr_in!(
                lang,
                "words-consistency",
                stage = stage,
                best = channel(best),
                worst = channel(worst),
                spread = spread
            ),
            _ => tr_in!(lang, "words-consistency-few", stage = stage),
        }
    }

    /// "Most negative signals at Purchase (3 of 4) are about processes.",
    /// or "… in the map …" without a stage.
    pub fn main_cause_words(lang: Lang, stage: Option<&str>, counts: &TagCounts) -> Option<String> {
        let (cause, n) = counts.main_cause()?;
        let cause = lang.text(&format!("cause-{}.lower", cause.key()));
        let total = counts.negatives;
        Some(match stage {
            Some(stage) => tr_in!(
                lang,
                "words-main-cause-at",
                stage = stage,
                count = n,
                total = total,
                cause = cause
            ),
            None => tr_in!(
                lang,
                "words-main-cause-map",
                count = n,
                total = total,
                cause = cause
            ),
        })
    }

    /// Where trust breaks: "Awareness to Consideration (real falls 1.8),
    /// from Instagram, Website", or one cell.
    pub fn cliff_words(&self, lang: Lang, project: &Project) -> Option<String> {
        let channels = names(project, &self.cliff_channels, |p, i| &p.channels[i].name);
        Some(match self.cliff.as_ref()? {
            Cliff::Drop { from, to, drop } => tr_in!(
                lang,
                "words-cliff-drop",
                from = project.stages[*from].name.as_str(),
                to = project.stages[*to].name.as_str(),
                drop = lang.digits(&format!("{drop:.1}")),
                channels = or_none(lang, &channels)
            ),
            Cliff::Cell {
                stage,
                channel,
                score,
            } => tr_in!(
                lang,
                "words-cliff-cell",
                channel = project.channels[*channel].name.as_str(),
                stage = project.stages[*stage].name.as_str(),
                score = lang.signed(&signed(*score))
            ),
        })
    }

    /// "Leila: Book +1, Pay 0, Wait −2", the stages with no score left out.
    pub fn curve_words(lang: Lang, project: &Project, curve: &Curve) -> String {
        let stages: Vec<String> = curve
            .emotion
            .iter()
            .enumerate()
            .filter_map(|(stage, e)| {
                Some(tr_in!(
                    lang,
                    "words-persona-stage",
                    stage = project.stages[stage].name.as_str(),
                    score = lang.signed(&mean((*e)?))
                ))
            })
            .collect();
        tr_in!(
            lang,
            "words-persona-curve",
            persona = persona_name(lang, project, curve.persona),
            curve = stages.join(&lang.text("list-separator"))
        )
    }

    /// "Diagnosis: Leila −2 vs Omid 0 (2 apart)".
    pub fn apart_words(lang: Lang, project: &Project, stage: usize, apart: &Apart) -> String {
        tr_in!(
            lang,
            "words-personas-apart",
            stage = project.stages[stage].name.as_str(),
            a = persona_name(lang, project, apart.a.0),
            ascore = lang.signed(&mean(apart.a.1)),
            b = persona_name(lang, project, apart.b.0),
            bscore = lang.signed(&mean(apart.b.1)),
            apart = lang.digits(&unsigned(apart.distance()))
        )
    }

    /// "Diagnosis: Leila feels −2, the channels' real experience is −1.0
    /// (1 apart)".
    pub fn against_real_words(
        lang: Lang,
        project: &Project,
        stage: usize,
        against: &AgainstReal,
    ) -> String {
        tr_in!(
            lang,
            "words-emotion-real",
            stage = project.stages[stage].name.as_str(),
            persona = persona_name(lang, project, against.persona),
            emotion = lang.signed(&mean(against.emotion)),
            real = lang.signed(&mean(against.real)),
            apart = lang.digits(&unsigned(against.distance()))
        )
    }

    /// The findings as lines of plain text, for the terminal.
    pub fn to_text(&self, project: &Project) -> String {
        let mut out = String::new();
        let mut line = |text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        line(format!("Insights: {}", project.title));
        line(String::new());
        line("Inconsistent stages (channels 2 or more points apart):".into());
        let inconsistent: Vec<_> = self.inconsistent().collect();
        if inconsistent.is_empty() {
            line("  none".into());
        }
        for c in inconsistent {
            line(format!(
                "  {}",
                Self::consistency_words(Lang::En, project, c)
            ));
        }
        line(String::new());
        line("Opportunities, largest gap first:".into());
        if self.opportunities.is_empty() {
            line("  none: no cell falls short of its ideal".into());
        }
        for (rank, o) in self.opportunities.iter().enumerate() {
            line(format!(
                "  {}. {}",
                rank + 1,
                opportunity_words(Lang::En, project, o)
            ));
        }
        line(String::new());
        match self.largest_gap {
            Some((stage, gap)) => line(format!(
                "Largest gap: {} ({gap:.1})",
                project.stages[stage].name
            )),
            None => line("Largest gap: none".into()),
        }
        line(format!(
            "Cliff: {}",
            self.cliff_words(Lang::En, project)
                .unwrap_or_else(|| "none".into())
        ));
        line(String::new());
        line(format!(
            "Negative signals: {} ({} without a root cause)",
            self.tags.negatives, self.tags.uncaused
        ));
        for cause in Cause::ALL {
            line(format!("  {}: {}", cause.label(), self.tags.cause(cause)));
        }
        for (stage, counts) in self.tags_by_stage.iter().enumerate() {
            let name = Some(project.stages[stage].name.as_str());
            if let Some(words) = Self::main_cause_words(Lang::En, name, counts) {
                line(format!("  {words}"));
            }
        }
        self.personas_text(project, &mut line);
        self.measures_text(project, &mut line);
        line(String::new());
        let c = &self.coverage;
        let stages = names(project, &c.unscored_stages, |p, i| &p.stages[i].name);
        let channels = names(project, &c.unscored_channels, |p, i| &p.channels[i].name);
        line(format!(
            "Stages with no score: {}",
            or_none(Lang::En, &stages)
        ));
        line(format!(
            "Channels with no score: {}",
            or_none(Lang::En, &channels)
        ));
        let unowned: Vec<String> = c
            .unowned_actions
            .iter()
            .map(|(s, ch)| {
                format!(
                    "{} × {}",
                    project.channels[*ch].name, project.stages[*s].name
                )
            })
            .collect();
        line(format!(
            "Actions with no owner: {}",
            or_none(Lang::En, &unowned)
        ));
        line("Owners by total gap:".into());
        if c.owners.is_empty() {
            line("  none".into());
        }
        for owner in &c.owners {
            line(format!(
                "  {}: {} over {} cell{}",
                owner.owner,
                owner.gap,
                owner.cells,
                if owner.cells == 1 { "" } else { "s" }
            ));
        }
        out
    }

    /// Measures that disagree with the typed score, and uncertain ones.
    fn measures_text(&self, project: &Project, line: &mut impl FnMut(String)) {
        if self.measures.is_empty() {
            return;
        }
        line(String::new());
        type Pick = fn(&super::measured::MeasuredCell) -> bool;
        let lists: [(&str, Pick); 2] = [
            (
                "Measured, disagreeing with the typed real score:",
                super::measured::MeasuredCell::disagrees,
            ),
            ("Measured on fewer than 30 answers (uncertain):", |m| {
                m.measure.uncertain()
            }),
        ];
        for (title, pick) in lists {
            line(title.into());
            let mut any = false;
            for m in self.measures.iter().filter(|m| pick(m)) {
                any = true;
                line(format!("  {}", m.words(Lang::En, project)));
            }
            if !any {
                line("  none".into());
            }
        }
    }

    /// The personas' curves and disagreements, when any persona has a score.
    fn personas_text(&self, project: &Project, line: &mut impl FnMut(String)) {
        let lang = Lang::En;
        let scored: Vec<&Curve> = self
            .curves
            .iter()
            .filter(|c| c.emotion.iter().any(Option::is_some))
            .collect();
        if scored.is_empty() {
            return;
        }
        line(String::new());
        line("Personas, emotion by stage:".into());
        for curve in scored {
            line(format!("  {}", Self::curve_words(lang, project, curve)));
        }
        let apart: Vec<String> = self
            .disagreements
            .iter()
            .enumerate()
            .filter_map(|(s, d)| Some(Self::apart_words(lang, project, s, d.personas.as_ref()?)))
            .collect();
        if !apart.is_empty() {
            line("Where personas feel most differently:".into());
            for words in apart {
                line(format!("  {words}"));
            }
        }
        let against: Vec<String> = self
            .disagreements
            .iter()
            .enumerate()
            .filter_map(|(s, d)| Some(Self::against_real_words(lang, project, s, d.real.as_ref()?)))
            .collect();
        if !against.is_empty() {
            line("Where emotion and real experience part:".into());
            for words in against {
                line(format!("  {words}"));
            }
        }
    }

    /// The findings as JSON; names, not ids, so a script reads them as a
    /// person would.
    pub fn to_json(&self, project: &Project) -> Value {
        let stage = |i: usize| project.stages[i].name.clone();
        let channel = |i: usize| project.channels[i].name.clone();
        let scored = |best: Option<(usize, i8)>| {
            best.map(|(c, real)| json!({ "channel": channel(c), "real": real }))
        };
        let consistency: Vec<Value> = self
            .consistency
            .iter()
            .map(|c| {
                json!({
                    "stage": stage(c.stage),
                    "scored_channels": c.scored,
                    "spread": c.spread(),
                    "best": scored(c.best),
                    "worst": scored(c.worst),
                    "inconsistent": c.inconsistent(),
                })
            })
            .collect();
        let opportunities: Vec<Value> = self
            .opportunities
            .iter()
            .enumerate()
            .map(|(rank, o)| {
                json!({
                    "rank": rank + 1,
                    "stage": stage(o.stage),
                    "channel": channel(o.channel),
                    "owner": o.owner,
                    "action": o.action,
                    "gap": o.gap,
                    "negative_signals": o.negatives,
                    "causes": o.causes.iter().map(|c| c.key()).collect::<Vec<_>>(),
                })
            })
            .collect();
        let cliff_channels: Vec<String> = self.cliff_channels.iter().map(|c| channel(*c)).collect();
        let cliff = match &self.cliff {
            Some(Cliff::Drop { from, to, drop }) => json!({
                "kind": "drop",
                "from": stage(*from),
                "to": stage(*to),
                "drop": round2(*drop),
                "channels": cliff_channels,
            }),
            Some(Cliff::Cell {
                stage: s,
                channel: c,
                score,
            }) => json!({
                "kind": "cell",
                "stage": stage(*s),
                "channel": channel(*c),
                "real": score,
                "channels": cliff_channels,
            }),
            None => Value::Null,
        };
        let c = &self.coverage;
        let persona = |i: usize| project.personas[i].name.clone();
        let personas: Vec<Value> = self
            .curves
            .iter()
            .map(|curve| {
                let p = &project.personas[curve.persona];
                json!({
                    "name": p.name,
                    "description": p.description,
                    "colour": p.colour.word(),
                    "emotion": curve.emotion.iter().enumerate()
                        .map(|(s, e)| json!({ "stage": stage(s), "score": e.map(round2) }))
                        .collect::<Vec<_>>(),
                })
            })
            .collect();
        let no_disagreement = super::personas::Disagreement::default();
        json!({
            "title": project.title,
            "stages": self.stages.iter().enumerate()
                .map(|(s, scores)| {
                    let d = self.disagreements.get(s).unwrap_or(&no_disagreement);
                    json!({
                        "stage": stage(s),
                        "ideal": scores.ideal.map(round2),
                        "real": scores.real.map(round2),
                        "gap": scores.gap().map(round2),
                        "personas_apart": d.personas.as_ref().map(|a| json!({
                            "personas": [persona(a.a.0), persona(a.b.0)],
                            "emotions": [round2(a.a.1), round2(a.b.1)],
                            "apart": round2(a.distance()),
                        })),
                        "emotion_vs_real": d.real.as_ref().map(|r| json!({
                            "persona": persona(r.persona),
                            "emotion": round2(r.emotion),
                            "real": round2(r.real),
                            "apart": round2(r.distance()),
                        })),
                    })
                })
                .collect::<Vec<_>>(),
            "personas": personas,
            "measures": self.measures.iter().map(|m| m.to_json(project)).collect::<Vec<_>>(),
            "inconsistent_stages": self.inconsistent().map(|c| stage(c.stage)).collect::<Vec<_>>(),
            "consistency": consistency,
            "opportunities": opportunities,
            "largest_gap": self.largest_gap.map(|(s, gap)| json!({ "stage": stage(s), "gap": round2(gap) })),
            "cliff": cliff,
            "coverage": {
                "unscored_stages": c.unscored_stages.iter().map(|s| stage(*s)).collect::<Vec<_>>(),
                "unscored_channels": c.unscored_channels.iter().map(|ch| channel(*ch)).collect::<Vec<_>>(),
                "unowned_actions": c.unowned_actions.iter()
                    .map(|(s, ch)| json!({ "stage": stage(*s), "channel": channel(*ch) }))
                    .collect::<Vec<_>>(),
                "owners": c.owners.iter()
                    .map(|o| json!({ "owner": o.owner, "gap": o.gap, "cells": o.cells }))
                    .collect::<Vec<_>>(),
            },
            "negative_signals": {
                "total": self.tags.negatives,
                "uncaused": self.tags.uncaused,
                "by_cause": by_cause(&self.tags),
                "by_principle": Principle::ALL.iter()
                    .map(|p| (p.key().to_owned(), json!(self.tags.principle(*p))))
                    .collect::<serde_json::Map<_, _>>(),
                "by_stage": self.tags_by_stage.iter().enumerate()
                    .map(|(s, counts)| json!({
                        "stage": stage(s),
                        "total": counts.negatives,
                        "by_cause": by_cause(counts),
                        "main_cause": counts.main_cause().map(|(c, _)| c.key()),
                    }))
                    .collect::<Vec<_>>(),
            },
        })
    }
}

/// "Store × Purchase: gap 3, owner Sales staff: Check out in 3 minutes".
pub fn opportunity_words(lang: Lang, project: &Project, o: &Opportunity) -> String {
    let owner = if o.owner.is_empty() {
        lang.text("words-none")
    } else {
        o.owner.clone()
    };
    let mut words = tr_in!(
        lang,
        "words-opportunity",
        channel = project.channels[o.channel].name.as_str(),
        stage = project.stages[o.stage].name.as_str(),
        gap = o.gap,
        owner = owner
    );
    if !o.action.is_empty() {
        words.push_str(&tr_in!(
            lang,
            "words-opportunity-action",
            action = o.action.as_str()
        ));
    }
    if !o.causes.is_empty() {
        let causes: Vec<_> = o
            .causes
            .iter()
            .map(|c| lang.text(&format!("cause-{}", c.key())))
            .collect();
        words.push_str(&tr_in!(
            lang,
            "words-opportunity-causes",
            causes = causes.join(&lang.text("list-separator"))
        ));
    }
    words
}

/// A mean to two decimals, as JSON shows it: 1.83, not 1.8333333730697632.
fn round2(value: f32) -> f64 {
    (f64::from(value) * 100.0).round() / 100.0
}

fn by_cause(counts: &TagCounts) -> Value {
    Cause::ALL
        .iter()
        .map(|c| (c.key().to_owned(), json!(counts.cause(*c))))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn names<'p>(
    project: &'p Project,
    indices: &[usize],
    name: impl Fn(&'p Project, usize) -> &'p String,
) -> Vec<String> {
    indices.iter().map(|i| name(project, *i).clone()).collect()
}

fn or_none(lang: Lang, list: &[String]) -> String {
    if list.is_empty() {
        lang.text("words-none")
    } else {
        list.join(&lang.text("list-separator"))
    }
}

/// A persona's name, or the catalogue's word for an unnamed one.
fn persona_name(lang: Lang, project: &Project, index: usize) -> String {
    let name = project.personas[index].name.trim();
    if name.is_empty() {
        lang.text("persona-unnamed")
    } else {
        name.to_owned()
    }
}

/// A mean score with its sign: "+1", "-0.5".
fn mean(value: f32) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        "0".to_owned()
    } else if rounded.fract() == 0.0 {
        format!("{rounded:+.0}")
    } else {
        format!("{rounded:+.1}")
    }
}

/// A distance: "2", "1.5".
fn unsigned(value: f32) -> String {
    mean(value).trim_start_matches('+').to_owned()
}

fn signed(score: i8) -> String {
    format!("{score:+}")
}
