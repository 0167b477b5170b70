//! What the colours and lines mean.

use super::{Ctx, lanes};
use crate::export::canvas::{Canvas, TextStyle};
use crate::export::layout::{Rect, legend_height};
use crate::palette::{self, ColourBy};
/// What the colours and lines mean; on a right-to-left map its items run
/// from the right. The chart's items run on to a second line when the map
/// is too narrow for them. Returns the y below the legend's last line.
pub(super) fn legend(canvas: &mut Canvas, cx: &Ctx<'_>) -> f32 {
    let (layout, options, words, ink) = (cx.layout, cx.options, cx.words, cx.ink);
    let r = layout.legend;
    let rule = layout.mirror(r);
    canvas.line(&[(rule.x, r.y), (rule.right(), r.y)], ink.rule, 1.0, false);
    let at = |x: f32, y: f32, w: f32, h: f32| layout.mirror(Rect::new(x, y, w, h));
    let mut x = r.x;
    let y = r.y + 14.0;
    let label = TextStyle::new(12.0, ink.text);
    canvas.text(
        at(x, y, 300.0, 20.0),
        &words.say("infographic-cells-legend"),
        label.bold(),
    );
    for (text, value) in ColourBy::Signals.legend() {
        let text = words.line(text.words(words.0));
        let swatch = at(x, y + 26.0, 16.0, 16.0);
        canvas.fill_rect(
            swatch,
            3.0,
            ink.scheme.cell_fill(ink.dark, Some(*value)),
            255,
        );
        canvas.stroke_rect(swatch, 3.0, ink.rule, 1.0);
        let w = canvas.text_width(&text, label);
        canvas.text(at(x + 22.0, y + 25.0, w + 4.0, 20.0), &text, label);
        x += 22.0 + w + 18.0;
    }
    let x0 = x + 12.0;
    let mut x = x0;
    canvas.text(
        at(x, y, 400.0, 20.0),
        &words.say("infographic-chart-legend"),
        label.bold(),
    );
    // A key drawn in a 24 x 16 box, then its words.
    let mut line_y = y + 26.0;
    let mut item = |canvas: &mut Canvas, key: &str, draw: &dyn Fn(&mut Canvas, Rect)| {
        let text = words.say(key);
        let w = canvas.text_width(&text, label);
        if x > x0 && x + 30.0 + w > r.right() {
            (x, line_y) = (x0, line_y + 22.0);
        }
        draw(canvas, at(x, line_y, 24.0, 16.0));
        canvas.text(at(x + 30.0, line_y - 1.0, w + 4.0, 20.0), &text, label);
        x += 30.0 + w + 18.0;
    };
    let stroke = |c: &mut Canvas, r: Rect, colour, width| {
        let mid = r.y + r.h / 2.0;
        c.line(&[(r.x, mid), (r.right(), mid)], colour, width, false);
    };
    if options.view.shows_ideal() {
        item(canvas, "infographic-ideal-line", &|c, r| {
            stroke(c, r, palette::IDEAL, 3.0);
        });
    }
    if options.view.shows_real() {
        item(canvas, "infographic-real-line", &|c, r| {
            stroke(c, r, palette::REAL, 3.0);
        });
        item(canvas, "infographic-cliff", &|c, r| {
            stroke(c, r, ink.scheme.negative(), 6.0);
        });
    }
    if options.view.shows_gap() {
        item(canvas, "infographic-short", &|c, r| {
            c.fill_rect(r, 2.0, ink.scheme.negative(), 70);
        });
        item(canvas, "legend-real-above-ideal", &|c, r| {
            c.fill_rect(r, 2.0, ink.scheme.positive(), 70);
        });
    }
    let y = line_y + 30.0;
    let weak = TextStyle::new(11.5, ink.weak);
    let y = y + canvas.text(
        layout.mirror(Rect::new(r.x, y, r.w, 20.0)),
        &words.say("infographic-scale"),
        weak,
    );
    if legend_height(cx.project) > crate::export::layout::LEGEND_HEIGHT {
        let line = words.line(crate::tr_in!(
            words.0,
            "infographic-measures",
            few = crate::model::Measure::FEW
        ));
        let w = canvas.text_width(&line, weak);
        let y = y + 4.0;
        let h = canvas.text(at(r.x, y, w + 4.0, 20.0), &line, weak);
        let mark = at(r.x + w + 12.0, y, 12.0, 16.0);
        super::grid::disagreement_mark(canvas, &ink, (mark.x, mark.y));
        let rest = words.say("infographic-measures-disagree");
        let rest_w = canvas.text_width(&rest, weak);
        canvas.text(at(r.x + w + 30.0, y, rest_w + 4.0, 20.0), &rest, weak);
        return y + h;
    }
    y
}

/// The personas whose curves and lanes the export shows, each with its
/// curve's colour and marker, running on to a second line when long.
/// `top` is the y below the legend above.
pub(super) fn personas(canvas: &mut Canvas, cx: &Ctx<'_>, top: f32) {
    let (layout, words, ink) = (cx.layout, cx.words, cx.ink);
    let r = layout.legend;
    if r.h <= legend_height(cx.project) {
        return;
    }
    let at = |x: f32, y: f32, w: f32, h: f32| layout.mirror(Rect::new(x, y, w, h));
    let top = top + 12.0;
    let label = TextStyle::new(12.0, ink.text);
    canvas.text(
        at(r.x, top, r.w, 20.0),
        &words.say("infographic-personas-legend"),
        label.bold(),
    );
    let (mut x, mut y) = (r.x, top + 24.0);
    let shown = cx
        .project
        .personas
        .iter()
        .filter(|p| cx.options.persona.is_none_or(|only| only == p.id));
    for persona in shown {
        let name = super::grid::first_words(&lanes::persona_name(cx, persona), 8);
        let w = canvas.text_width(&name, label).min(r.w / 2.0);
        if x > r.x && x + 30.0 + w > r.right() {
            (x, y) = (r.x, y + 20.0);
        }
        let key = at(x, y + 1.0, 24.0, 16.0);
        let mid = key.y + key.h / 2.0;
        let colour = palette::persona(persona.colour);
        canvas.line(&[(key.x, mid), (key.right(), mid)], colour, 3.0, false);
        lanes::marker(canvas, cx, persona, (key.x + key.w / 2.0, mid), 5.0);
        canvas.text(at(x + 30.0, y, w + 4.0, 20.0), &name, label);
        x += 30.0 + w + 18.0;
    }
}
