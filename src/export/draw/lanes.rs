//! Lanes and lines on the infographic: a lane's header and its value at
//! every stage (text, a metric against its target, each persona's emotion
//! as a curve with its marker), and the named divider lines across the map.

use super::Ctx;
use crate::export::canvas::{Canvas, TextStyle};
use crate::export::layout::{LINE_GAP, Rect};
use crate::model::{Lane, LaneCell, LaneKey, LaneKind, Persona};
use crate::palette::{self, Rgb};
use crate::tr_in;

/// A lane's header: its name, and under it its kind with its persona or
/// unit.
pub(super) fn header(canvas: &mut Canvas, cx: &Ctx<'_>, lane: &Lane, r: Rect) {
    let (words, ink) = (cx.words, cx.ink);
    canvas.fill_rect(r, 6.0, palette::header(ink.dark), 255);
    let inner = r.shrink(10.0);
    let lines = if r.h > 80.0 { 2 } else { 1 };
    let used = canvas.text(
        inner,
        &lane.name,
        TextStyle::new(14.0, ink.text).bold().lines(lines),
    );
    let kind = words.0.text(lane.kind.key());
    let persona = lane.persona.and_then(|id| cx.project.persona_by_id(id));
    let detail = match (persona, lane.kind) {
        (Some(p), _) => tr_in!(
            words.0,
            "lane-detail-persona",
            kind = kind,
            persona = persona_name(cx, p)
        ),
        (None, LaneKind::Metric) if !lane.unit.is_empty() => {
            tr_in!(
                words.0,
                "lane-detail-unit",
                kind = kind,
                unit = lane.unit.as_str()
            )
        }
        _ => kind,
    };
    let style = TextStyle::new(12.0, ink.weak);
    let rtl = unicode_bidi::get_base_direction(lane.name.as_str()) == unicode_bidi::Direction::Rtl;
    canvas.text(
        Rect::new(inner.x, inner.y + used, inner.w, 20.0),
        &words.line(detail),
        style.flush(rtl),
    );
    if let Some(p) = persona {
        let centre = (if rtl { r.x + 9.0 } else { r.right() - 9.0 }, r.y + 9.0);
        marker(canvas, cx, p, centre, 5.0);
    }
}

/// A persona's name, or the catalogue's word for an unnamed one.
pub(super) fn persona_name(cx: &Ctx<'_>, persona: &Persona) -> String {
    if persona.name.trim().is_empty() {
        cx.words.say("persona-unnamed")
    } else {
        persona.name.clone()
    }
}

/// The personas whose curves an emotion lane shows: its own, or all, less
/// those the export leaves out.
pub(super) fn curves<'a>(cx: &Ctx<'a>, lane: &Lane) -> Vec<&'a Persona> {
    cx.project
        .personas
        .iter()
        .filter(|p| lane.persona.is_none_or(|own| own == p.id))
        .filter(|p| cx.options.persona.is_none_or(|only| only == p.id))
        .collect()
}

/// A persona's point marker: its shape in its colour, so curves differ by
/// more than colour.
pub(super) fn marker(
    canvas: &mut Canvas,
    cx: &Ctx<'_>,
    persona: &Persona,
    centre: (f32, f32),
    r: f32,
) {
    let colour = palette::persona(persona.colour);
    let (mut points, filled) = palette::marker(persona.colour, centre, r);
    if filled {
        canvas.polygon(&points, colour, 255);
    } else {
        canvas.polygon(&points, cx.ink.background, 255);
        points.push(points[0]);
        canvas.line(&points, colour, 2.0, false);
    }
}

/// The y of an emotion score in a lane's cell.
fn score_y(r: Rect, score: f32) -> f32 {
    let (top, bottom) = (r.y + r.h * 0.16, r.bottom() - r.h * 0.16);
    top + (2.0 - score) / 4.0 * (bottom - top)
}

/// Lane row `k`: its value at every stage, and an emotion lane's curves.
pub(super) fn row(canvas: &mut Canvas, cx: &Ctx<'_>, lane: &Lane, k: usize) {
    let (project, layout, ink) = (cx.project, cx.layout, cx.ink);
    let value = |stage: usize| {
        project
            .stages
            .get(stage)
            .and_then(|s| project.lane_cell(LaneKey::new(lane.id, s.id)))
    };
    for stage in 0..project.stages.len() {
        let r = layout.row_cell(stage, k).shrink(2.0);
        canvas.stroke_rect(r.shrink(0.5), 6.0, ink.rule, 1.0);
        let inner = Rect::new(r.x + 8.0, r.y + 6.0, r.w - 16.0, r.h - 12.0);
        match (lane.kind, value(stage)) {
            (LaneKind::Text, Some(v)) => {
                let lines = ((inner.h / 17.0).floor() as usize).max(1);
                canvas.text(inner, &v.text, TextStyle::new(12.5, ink.text).lines(lines));
            }
            (LaneKind::Metric, v) => metric(canvas, cx, lane, v, inner),
            (LaneKind::Emotion, _) => {
                let zero = score_y(r, 0.0);
                canvas.line(&[(r.x, zero), (r.right(), zero)], ink.rule, 0.75, true);
            }
            (LaneKind::Text, None) => {}
        }
    }
    if lane.kind != LaneKind::Emotion {
        return;
    }
    let shown = curves(cx, lane);
    for persona in &shown {
        let colour = palette::persona(persona.colour);
        let point = |stage: usize| {
            let score = value(stage)?.emotions.get(&persona.id)?.score?;
            let r = layout.row_cell(stage, k);
            Some((layout.stage_x(stage), score_y(r, f32::from(score.value()))))
        };
        let points: Vec<Option<(f32, f32)>> = (0..project.stages.len()).map(point).collect();
        // Joined where two neighbouring stages both have a score.
        for pair in points.windows(2) {
            if let [Some(a), Some(b)] = pair {
                canvas.line(&[*a, *b], colour, 3.0, false);
            }
        }
        for p in points.iter().flatten() {
            marker(canvas, cx, persona, *p, 6.0);
        }
    }
    // With one curve, its notes stand beside its points.
    if let [persona] = shown.as_slice() {
        for stage in 0..project.stages.len() {
            let Some(emotion) = value(stage).and_then(|v| v.emotions.get(&persona.id)) else {
                continue;
            };
            if emotion.note.is_empty() {
                continue;
            }
            let r = layout.row_cell(stage, k).shrink(2.0);
            let high = emotion.score.is_some_and(|s| s.value() >= 0);
            let y = if high { r.bottom() - 38.0 } else { r.y + 4.0 };
            canvas.text(
                Rect::new(r.x + 8.0, y, r.w - 16.0, 34.0),
                &emotion.note,
                TextStyle::new(11.0, ink.weak).lines(2).centred(),
            );
        }
    }
}

/// A metric's value with its unit, and its status against the target in
/// words and a mark, so it does not rest on colour alone.
fn metric(canvas: &mut Canvas, cx: &Ctx<'_>, lane: &Lane, value: Option<&LaneCell>, inner: Rect) {
    let (words, ink) = (cx.words, cx.ink);
    let lang = words.0;
    let with_unit = |n: crate::model::Amount| lang.digits(&lane.with_unit(&n.to_string()));
    let flush = cx.layout.rtl;
    let number = value.and_then(|v| v.number);
    let status = |canvas: &mut Canvas, text: String, colour: Rgb| {
        canvas.text(
            Rect::new(inner.x, inner.bottom() - 18.0, inner.w, 18.0),
            &words.line(text),
            TextStyle::new(11.5, colour).flush(flush),
        );
    };
    match (number, lane.target) {
        (Some(n), target) => {
            canvas.text(
                Rect::new(inner.x, inner.y, inner.w, 26.0),
                &with_unit(n),
                TextStyle::new(19.0, ink.text).bold().flush(flush),
            );
            if let (Some(target), Some(met)) = (target, lane.on_target(n)) {
                let (mark, key) = if met {
                    ("✓", "metric-on-target")
                } else {
                    ("✗", "metric-off-target")
                };
                let text = format!("{mark} {}", tr_in!(lang, key, target = with_unit(target)));
                status(
                    canvas,
                    text,
                    crate::contrast::readable(ink.scheme.signal(met), ink.dark),
                );
            }
        }
        (None, Some(target)) => {
            status(
                canvas,
                tr_in!(lang, "metric-target", target = with_unit(target)),
                ink.weak,
            );
        }
        (None, None) => {}
    }
    // The value's note, between the number and the status.
    if let Some(note) = value.map(|v| v.text.as_str()).filter(|t| !t.is_empty()) {
        canvas.text(
            Rect::new(inner.x, inner.y + 26.0, inner.w, 18.0),
            note,
            TextStyle::new(11.5, ink.weak),
        );
    }
}

/// The divider lines: dashed across the stages, their names in the side
/// band at their height.
pub(super) fn lines(canvas: &mut Canvas, cx: &Ctx<'_>) {
    let (project, layout, ink) = (cx.project, cx.layout, cx.ink);
    let side = layout.side();
    let across = if layout.rtl {
        (layout.grid.x, side.x)
    } else {
        (side.right(), layout.grid.right())
    };
    for placed in &layout.lines {
        let Some(line) = project.line(placed.line) else {
            continue;
        };
        let y = placed.y;
        canvas.line(&[(across.0, y), (across.1, y)], ink.text, 1.5, true);
        let label = Rect::new(
            side.x + 4.0,
            y - LINE_GAP / 2.0 + 4.0,
            side.w - 8.0,
            LINE_GAP,
        );
        let rtl =
            unicode_bidi::get_base_direction(line.name.as_str()) == unicode_bidi::Direction::Rtl;
        canvas.text(
            label,
            &line.name,
            TextStyle::new(12.0, ink.text).bold().flush(rtl),
        );
    }
}
