//! The ideal-vs-real chart: levels, the stages' mean lines, the gaps
//! shaded between them, and the cliff.

use super::Ctx;
use super::header::stage_name;
use crate::analysis::{self, Cliff, StageScores};
use crate::export::canvas::{Canvas, TextStyle};
use crate::export::layout::{COLUMN_WIDTH, Rect, SIDE_WIDTH};
use crate::model::{Experience, Score};
use crate::palette;
use crate::tr_in;
pub(super) fn chart(canvas: &mut Canvas, cx: &Ctx<'_>) {
    let (project, layout, scores, options, words, ink) = (
        cx.project, cx.layout, &cx.scores, cx.options, cx.words, cx.ink,
    );
    let plot = layout.plot;
    // Levels and their labels, in the channel column's space to the left.
    for score in Score::ALL {
        let v = f32::from(score.value());
        let y = layout.score_y(v);
        canvas.line(
            &[(plot.x, y), (plot.right().max(plot.x + 1.0), y)],
            ink.rule,
            if v == 0.0 { 1.5 } else { 1.0 },
            false,
        );
        let value = if v == 0.0 {
            words.count(0)
        } else {
            words.score(&score.signed())
        };
        let label = tr_in!(
            words.0,
            "infographic-axis",
            score = value,
            label = words.say(score.key()).to_lowercase(),
        );
        // In the channel column, on the side nearest the plot.
        let side = layout.side();
        let x = if layout.rtl { side.x + 12.0 } else { side.x };
        canvas.text(
            Rect::new(x, y - 9.0, SIDE_WIDTH - 12.0, 20.0),
            &words.line(label),
            TextStyle::new(12.0, ink.weak).flush(layout.rtl),
        );
    }
    for (i, _) in project.stages.iter().enumerate() {
        let x = layout.stage_x(i);
        canvas.line(&[(x, plot.y), (x, plot.bottom())], ink.rule, 1.0, true);
        canvas.text(
            Rect::new(
                x - COLUMN_WIDTH / 2.0 + 4.0,
                plot.bottom() + 6.0,
                COLUMN_WIDTH - 8.0,
                22.0,
            ),
            stage_name(project, i),
            TextStyle::new(12.5, ink.text).centred(),
        );
    }
    let point = |i: usize, v: f32| (layout.stage_x(i), layout.score_y(v));
    if options.view.shows_gap() {
        shade_gaps(canvas, ink.scheme, scores, &point);
    }
    let lines = [
        (
            Experience::Ideal,
            palette::IDEAL,
            options.view.shows_ideal(),
        ),
        (Experience::Real, palette::REAL, options.view.shows_real()),
    ];
    for (experience, colour, shown) in lines {
        if !shown {
            continue;
        }
        for pair in scores.windows(2).enumerate() {
            let (i, pair) = pair;
            if let (Some(a), Some(b)) = (pair[0].get(experience), pair[1].get(experience)) {
                canvas.line(&[point(i, a), point(i + 1, b)], colour, 3.0, false);
            }
        }
    }
    if options.view.shows_real()
        && let Some(Cliff::Drop { from, to, .. }) = analysis::cliff(project, scores)
        && let (Some(a), Some(b)) = (scores[from].real, scores[to].real)
    {
        let (p, q) = (point(from, a), point(to, b));
        canvas.line(&[p, q], ink.scheme.negative(), 6.0, false);
        let mid = ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
        canvas.text(
            Rect::new(mid.0 + 6.0, mid.1 + 4.0, 120.0, 20.0),
            &words.say("infographic-cliff"),
            TextStyle::new(
                13.0,
                crate::contrast::readable(ink.scheme.negative(), ink.dark),
            )
            .bold()
            .flush(false),
        );
    }
    for (experience, colour, shown) in lines {
        if !shown {
            continue;
        }
        for (i, s) in scores.iter().enumerate() {
            if let Some(v) = s.get(experience) {
                canvas.circle(point(i, v), 5.5, colour, Some((ink.background, 2.0)));
            }
        }
    }
    if options.view.shows_gap() {
        let largest = analysis::largest_gap(scores).map(|(i, _)| i);
        for (i, s) in scores.iter().enumerate() {
            let (Some(ideal), Some(real), Some(gap)) = (s.ideal, s.real, s.gap()) else {
                continue;
            };
            let y = (layout.score_y(ideal) + layout.score_y(real)) / 2.0 - 9.0;
            let colour = if gap > 0.05 {
                ink.scheme.negative()
            } else if gap < -0.05 {
                ink.scheme.positive()
            } else {
                palette::NO_GAP
            };
            let key = if largest == Some(i) {
                "infographic-gap-largest"
            } else {
                "infographic-gap"
            };
            let label = tr_in!(words.0, key, gap = words.decimal(gap));
            let colour = crate::contrast::readable(colour, ink.dark);
            let style = TextStyle::new(12.0, colour).bold().flush(layout.rtl);
            // Beside the stage's line, towards the next stage.
            let w = COLUMN_WIDTH - 24.0;
            let x = layout.stage_x(i);
            let x = if layout.rtl { x - 9.0 - w } else { x + 9.0 };
            canvas.text(Rect::new(x, y, w, 20.0), &words.line(label), style);
        }
    }
}

/// Fills between the ideal and real lines: red where real falls short,
/// green where it exceeds, split where the lines cross.
fn shade_gaps(
    canvas: &mut Canvas,
    scheme: palette::Scheme,
    scores: &[StageScores],
    point: &dyn Fn(usize, f32) -> (f32, f32),
) {
    for (i, pair) in scores.windows(2).enumerate() {
        let (Some(i0), Some(r0), Some(i1), Some(r1)) =
            (pair[0].ideal, pair[0].real, pair[1].ideal, pair[1].real)
        else {
            continue;
        };
        let (d0, d1) = (i0 - r0, i1 - r1);
        let colour = |d: f32| {
            if d > 0.0 {
                scheme.negative()
            } else {
                scheme.positive()
            }
        };
        if d0 * d1 >= 0.0 {
            let quad = [
                point(i, i0),
                point(i + 1, i1),
                point(i + 1, r1),
                point(i, r0),
            ];
            canvas.polygon(&quad, colour(d0 + d1), 70);
        } else {
            // The lines cross at fraction t between the two stages.
            let t = d0 / (d0 - d1);
            let (a, b) = (point(i, i0), point(i + 1, i1));
            let cross = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            canvas.polygon(&[point(i, i0), cross, point(i, r0)], colour(d0), 70);
            canvas.polygon(&[cross, point(i + 1, i1), point(i + 1, r1)], colour(d1), 70);
        }
    }
}
