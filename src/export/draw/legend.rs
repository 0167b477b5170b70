//! What the colours and lines mean.

use super::Ctx;
use crate::export::canvas::{Canvas, TextStyle};
use crate::export::layout::Rect;
use crate::palette::{self, ColourBy};
/// What the colours and lines mean; on a right-to-left map its items run
/// from the right.
pub(super) fn legend(canvas: &mut Canvas, cx: &Ctx<'_>) {
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
    let mut item = |canvas: &mut Canvas, key: &str, draw: &dyn Fn(&mut Canvas, Rect)| {
        draw(canvas, at(x, y + 26.0, 24.0, 16.0));
        let text = words.say(key);
        let w = canvas.text_width(&text, label);
        canvas.text(at(x + 30.0, y + 25.0, w + 4.0, 20.0), &text, label);
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
    canvas.text(
        layout.mirror(Rect::new(r.x, y + 56.0, r.w, 20.0)),
        &words.say("infographic-scale"),
        TextStyle::new(11.5, ink.weak),
    );
}
