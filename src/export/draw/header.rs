//! The header: the map's title and persona, the chart's heading and its
//! findings in words.

use super::Ctx;
use crate::analysis::{self, Cliff};
use crate::export::canvas::{Canvas, TextStyle};
use crate::export::layout::Rect;
use crate::model::Project;
use crate::tr_in;

pub(super) fn title(canvas: &mut Canvas, cx: &Ctx<'_>) {
    let (project, layout, words, ink) = (cx.project, cx.layout, cx.words, cx.ink);
    let r = layout.title;
    let title = if project.title.is_empty() {
        words.say("new-map-title")
    } else {
        project.title.clone()
    };
    let used = canvas.text(r, &title, TextStyle::new(28.0, ink.text).bold());
    // The persona shown, or the first; with several, all their names.
    let shown: Vec<&crate::model::Persona> = project
        .personas
        .iter()
        .filter(|p| cx.options.persona.is_none_or(|only| only == p.id))
        .collect();
    let y = r.y + used + 4.0;
    if let [_, _, ..] = shown.as_slice() {
        let names: Vec<String> = shown
            .iter()
            .map(|p| super::lanes::persona_name(cx, p))
            .collect();
        canvas.text(
            Rect::new(r.x, y, r.w, r.bottom() - y),
            &names.join(&words.0.text("list-separator")),
            TextStyle::new(16.0, ink.text).bold().lines(2),
        );
        return;
    }
    let Some(persona) = shown.first() else {
        return;
    };
    if persona.name.is_empty() && persona.description.is_empty() {
        return;
    }
    let name = if persona.name.is_empty() {
        words.say("inspector-persona")
    } else {
        persona.name.clone()
    };
    let used = canvas.text(
        Rect::new(r.x, y, r.w, 24.0),
        &name,
        TextStyle::new(16.0, ink.text).bold(),
    );
    let rest = (r.bottom() - y - used).max(0.0);
    canvas.text(
        Rect::new(r.x, y + used, r.w, rest),
        &persona.description,
        TextStyle::new(13.0, ink.weak).lines(2),
    );
}

pub(super) fn stage_name(project: &Project, index: usize) -> &str {
    project.stages.get(index).map_or("", |s| s.name.as_str())
}

pub(super) fn chart_heading(canvas: &mut Canvas, cx: &Ctx<'_>) {
    let (project, layout, scores, options, words, ink) = (
        cx.project, cx.layout, &cx.scores, cx.options, cx.words, cx.ink,
    );
    let r = layout.chart_heading;
    let heading = match options.view {
        crate::export::View::Both => "infographic-heading-both",
        crate::export::View::Ideal => "infographic-heading-ideal",
        crate::export::View::Real => "infographic-heading-real",
    };
    let mut y = r.y;
    y += canvas.text(
        Rect::new(r.x, y, r.w, 30.0),
        &words.say(heading),
        TextStyle::new(19.0, ink.text).bold(),
    );
    let lang = words.0;
    let mut findings = Vec::new();
    if options.view.shows_gap() {
        findings.push(match analysis::largest_gap(scores) {
            Some((stage, gap)) => tr_in!(
                lang,
                "infographic-largest-gap",
                stage = stage_name(project, stage),
                gap = words.decimal(gap),
            ),
            None => lang.text("infographic-no-gap"),
        });
    }
    if options.view.shows_real() {
        findings.push(match analysis::cliff(project, scores) {
            Some(Cliff::Drop { from, to, drop }) => tr_in!(
                lang,
                "infographic-cliff-drop",
                drop = words.decimal(drop),
                from = stage_name(project, from),
                to = stage_name(project, to),
            ),
            Some(Cliff::Cell {
                stage,
                channel,
                score,
            }) => tr_in!(
                lang,
                "infographic-cliff-cell",
                channel = project
                    .channels
                    .get(channel)
                    .map_or("", |c| c.name.as_str()),
                stage = stage_name(project, stage),
                score = words.score(&format!("{score:+}")),
            ),
            None => lang.text("infographic-no-cliff"),
        });
    }
    for finding in findings {
        y += canvas.text(
            Rect::new(r.x, y, r.w, 22.0),
            &words.line(finding),
            TextStyle::new(14.0, ink.text),
        );
    }
}
