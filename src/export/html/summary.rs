//! The page's chart (ideal and real, each stage's mean, as SVG with real
//! text), its findings and its legend.

use std::fmt::Write as _;

use super::{Page, esc, step};
use crate::analysis::{self, Insights};
use crate::model::Experience;
use crate::palette::ColourBy;
use crate::tr_in;

/// Opportunities listed in the findings.
const OPPORTUNITIES_SHOWN: usize = 5;

impl Page<'_> {
    /// Ideal and real, each stage's mean, as an SVG with real text.
    pub(super) fn chart(&self, out: &mut String) {
        let scores = analysis::stage_scores(self.project);
        let stages = &self.project.stages;
        let heading = self.say("infographic-heading-both");
        let (step_x, top, height, left) = (140.0_f32, 20.0_f32, 160.0_f32, 70.0_f32);
        let width = left + step_x * stages.len().max(1) as f32 + 20.0;
        let rtl = self.project.direction.is_rtl();
        let x = |i: usize| {
            let x = left + step_x * (i as f32 + 0.5);
            if rtl { width - x } else { x }
        };
        let y = |score: f32| top + (2.0 - score) / 4.0 * height;
        let _ = writeln!(
            out,
            "<section class=\"chart\" aria-labelledby=\"chart-h\">\n<h2 id=\"chart-h\">{}</h2>\n\
             <svg viewBox=\"0 0 {width} {}\" role=\"img\" aria-labelledby=\"chart-h\">",
            esc(&heading),
            top + height + 50.0
        );
        let axis_x = if rtl { width - left + 8.0 } else { left - 8.0 };
        let anchor = if rtl { "start" } else { "end" };
        // The scale's lines, between the axis and the far end.
        let (from, to) = if rtl {
            (20.0, width - left)
        } else {
            (left, width - 20.0)
        };
        for score in -2..=2 {
            let yy = y(score as f32);
            let _ = writeln!(
                out,
                "<line class=\"grid\" x1=\"{from}\" x2=\"{to}\" y1=\"{yy}\" y2=\"{yy}\"/>\
                 <text x=\"{axis_x}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
                yy + 4.0,
                self.signed(score)
            );
        }
        let view = self.options.view;
        let shown = [
            ("ideal", Experience::Ideal, view.shows_ideal()),
            ("real", Experience::Real, view.shows_real()),
        ];
        for (class, experience, _) in shown.into_iter().filter(|s| s.2) {
            let points: Vec<String> = scores
                .iter()
                .enumerate()
                .filter_map(|(i, s)| s.get(experience).map(|v| format!("{},{}", x(i), y(v))))
                .collect();
            if points.len() > 1 {
                let _ = writeln!(
                    out,
                    "<polyline class=\"{class}\" points=\"{}\"/>",
                    points.join(" ")
                );
            }
            for (i, s) in scores.iter().enumerate() {
                if let Some(v) = s.get(experience) {
                    let _ = writeln!(
                        out,
                        "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"5\"><title>{} – {}: {}</title></circle>",
                        x(i),
                        y(v),
                        esc(&stages[i].name),
                        esc(&self.say(&format!("badge-{class}"))),
                        self.lang.digits(&format!("{v:.1}"))
                    );
                }
            }
        }
        for (i, stage) in stages.iter().enumerate() {
            let _ = writeln!(
                out,
                "<text class=\"stage\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x(i),
                top + height + 30.0,
                esc(&stage.name)
            );
        }
        out.push_str("</svg>\n<p class=\"key\">");
        for (class, _, _) in shown.into_iter().filter(|s| s.2) {
            let words = if class == "ideal" {
                "infographic-ideal-line"
            } else {
                "infographic-real-line"
            };
            let _ = write!(
                out,
                "<span class=\"{class}-key\"></span> {} ",
                esc(&self.say(words))
            );
        }
        out.push_str("</p>\n</section>\n");
    }

    /// What the map says: the stages whose channels disagree, where to act,
    /// why, the largest gap and the cliff.
    pub(super) fn findings(&self, out: &mut String) {
        let (project, lang) = (self.project, self.lang);
        let insights = Insights::of(project);
        let _ = writeln!(
            out,
            "<section class=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">{}</h2>",
            esc(&self.say("html-findings"))
        );
        let scores = analysis::stage_scores(project);
        let gap = match analysis::largest_gap(&scores) {
            Some((stage, gap)) => tr_in!(
                lang,
                "infographic-largest-gap",
                stage = project.stages[stage].name.clone(),
                gap = lang.digits(&format!("{gap:.1}"))
            ),
            None => self.say("infographic-no-gap"),
        };
        let _ = writeln!(out, "<p>{}</p>", esc(&gap));
        let cliff = insights
            .cliff_words(lang, project)
            .unwrap_or_else(|| self.say("infographic-no-cliff"));
        let _ = writeln!(out, "<p>{}</p>", esc(&cliff));
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul>",
            esc(&self.say("infographic-disagree"))
        );
        let inconsistent: Vec<_> = insights.inconsistent().collect();
        if inconsistent.is_empty() {
            let points = analysis::INCONSISTENT_SPREAD - 1;
            let _ = writeln!(
                out,
                "<li>{}</li>",
                esc(&tr_in!(lang, "infographic-all-agree", points = points))
            );
        }
        for stage in inconsistent {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                esc(&Insights::consistency_words(lang, project, stage))
            );
        }
        let _ = writeln!(
            out,
            "</ul>\n<h3>{}</h3>\n<ol>",
            esc(&self.say("infographic-act"))
        );
        let opportunities = analysis::findings::opportunities(project);
        if opportunities.is_empty() {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                esc(&self.say("infographic-no-short-cell"))
            );
        }
        for o in opportunities.iter().take(OPPORTUNITIES_SHOWN) {
            let _ = writeln!(
                out,
                "<li>{}</li>",
                esc(&analysis::report::opportunity_words(lang, project, o))
            );
        }
        let _ = writeln!(out, "</ol>\n<h3>{}</h3>", esc(&self.say("infographic-why")));
        let (counts, _) = analysis::findings::tag_counts(project);
        let why = Insights::main_cause_words(lang, None, &counts)
            .unwrap_or_else(|| self.say("infographic-no-negatives"));
        let _ = writeln!(out, "<p>{}</p>\n</section>", esc(&why));
    }

    pub(super) fn legend(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "<section class=\"legend\" aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">{}</h2>\n<ul class=\"swatches\">",
            esc(&self.say("infographic-cells-legend"))
        );
        for (words, value) in ColourBy::Signals.legend() {
            let words = match words {
                crate::palette::Legend::Key(key) => self.say(key),
                crate::palette::Legend::Number(n) => self.lang.digits(n),
            };
            let _ = writeln!(
                out,
                "<li><span class=\"swatch\" data-step=\"{}\"></span>{}</li>",
                step(Some(*value)),
                esc(&words)
            );
        }
        let _ = writeln!(out, "</ul>\n<p>{}</p>", esc(&self.say("infographic-scale")));
        if crate::export::layout::legend_height(self.project) > crate::export::layout::LEGEND_HEIGHT
        {
            let line = tr_in!(self.lang, "html-measures", few = crate::model::Measure::FEW);
            let _ = writeln!(out, "<p>{}</p>", esc(&line));
        }
        if self.project.personas.len() > 1 {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<ul class=\"personas\">",
                esc(&self.say("infographic-personas-legend"))
            );
            for persona in &self.project.personas {
                let _ = writeln!(
                    out,
                    "<li class=\"p{}\"><span class=\"swatch\" aria-hidden=\"true\"></span>{}</li>",
                    persona.colour.index(),
                    esc(&persona.name)
                );
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
}
