//! The findings section: the stages whose channels disagree, where to
//! act first, and negative signals by root cause.

use super::Ctx;
use super::grid::column_heading;
use crate::analysis::{self, Insights};
use crate::export::canvas::{Canvas, TextStyle};
use crate::export::layout::Rect;
use crate::model::Cause;
use crate::tr_in;
/// Opportunities listed in the findings section.
const OPPORTUNITIES_SHOWN: usize = 5;
/// Inconsistent stages listed in the findings section.
const STAGES_SHOWN: usize = 6;

/// What the map says, in three columns: the stages whose channels
/// disagree, where to act first, and why (negative signals by root cause).
/// On a right-to-left map the columns and the bars run from the right.
pub(super) fn findings(canvas: &mut Canvas, cx: &Ctx<'_>, r: Rect) {
    let (project, layout, words, ink) = (cx.project, cx.layout, cx.words, cx.ink);
    let lang = words.0;
    let insights = Insights::of(project);
    let rule = layout.mirror(r);
    canvas.line(&[(rule.x, r.y), (rule.right(), r.y)], ink.rule, 1.0, false);
    let body = TextStyle::new(12.5, ink.text);
    let weak = TextStyle::new(12.0, ink.weak);
    let top = r.y + 14.0;
    let widths = [0.3, 0.42];
    let (a, b) = (r.w * widths[0], r.w * widths[1]);
    let columns = [
        Rect::new(r.x, top, a - 24.0, r.bottom() - top),
        Rect::new(r.x + a, top, b - 24.0, r.bottom() - top),
        Rect::new(r.x + a + b, top, r.w - a - b, r.bottom() - top),
    ]
    .map(|c| layout.mirror(c));

    // Channels that disagree.
    let c = columns[0];
    let mut y = column_heading(canvas, c, &words.say("infographic-disagree"), &ink);
    let inconsistent: Vec<_> = insights.inconsistent().collect();
    if inconsistent.is_empty() {
        let points = analysis::INCONSISTENT_SPREAD - 1;
        canvas.text(
            Rect::new(c.x, y, c.w, 40.0),
            &words.line(tr_in!(lang, "infographic-all-agree", points = points)),
            weak.lines(2),
        );
    }
    for stage in inconsistent.iter().take(STAGES_SHOWN) {
        y += canvas.text(
            Rect::new(c.x, y, c.w, 22.0),
            &words.line(Insights::consistency_words(lang, project, stage)),
            body,
        ) + 4.0;
    }
    if inconsistent.len() > STAGES_SHOWN {
        let more = inconsistent.len() - STAGES_SHOWN;
        canvas.text(
            Rect::new(c.x, y, c.w, 20.0),
            &words.line(tr_in!(lang, "infographic-more", count = more)),
            weak,
        );
    }

    // Where to act.
    let c = columns[1];
    let total = insights.opportunities.len();
    let title = if total > OPPORTUNITIES_SHOWN {
        tr_in!(
            lang,
            "infographic-act-top",
            shown = OPPORTUNITIES_SHOWN,
            total = total,
        )
    } else {
        lang.text("infographic-act")
    };
    let mut y = column_heading(canvas, c, &words.line(title), &ink);
    if total == 0 {
        canvas.text(
            Rect::new(c.x, y, c.w, 40.0),
            &words.say("infographic-no-short-cell"),
            weak.lines(2),
        );
    }
    for (rank, o) in insights
        .opportunities
        .iter()
        .take(OPPORTUNITIES_SHOWN)
        .enumerate()
    {
        let place = tr_in!(
            lang,
            "infographic-place",
            rank = rank + 1,
            channel = project.channels[o.channel].name.as_str(),
            stage = project.stages[o.stage].name.as_str(),
            gap = o.gap,
        );
        y += canvas.text(
            Rect::new(c.x, y, c.w, 20.0),
            &words.line(place),
            body.bold(),
        );
        let owner = if o.owner.is_empty() {
            lang.text("infographic-no-owner")
        } else {
            o.owner.clone()
        };
        let plan = if o.action.is_empty() {
            tr_in!(lang, "infographic-no-action", owner = owner)
        } else {
            tr_in!(
                lang,
                "infographic-plan",
                owner = owner,
                action = o.action.as_str()
            )
        };
        y += canvas.text(Rect::new(c.x, y, c.w, 20.0), &words.line(plan), weak) + 8.0;
    }

    // Why: negative signals by root cause, as bars.
    let c = columns[2];
    let mut y = column_heading(canvas, c, &words.say("infographic-why"), &ink) + 4.0;
    let counts = &insights.tags;
    let most = Cause::ALL
        .iter()
        .map(|cause| counts.cause(*cause))
        .max()
        .unwrap_or(0)
        .max(1);
    let label_w = 160.0;
    let bar_room = (c.w - label_w - 40.0).max(10.0);
    // Laid out left to right inside the column, then mirrored with it.
    let side = |x: f32, w: f32, y: f32, h: f32| {
        let at = Rect::new(x, y, w, h);
        if layout.rtl {
            Rect::new(c.x + c.right() - at.right(), y, w, h)
        } else {
            at
        }
    };
    for cause in Cause::ALL {
        let n = counts.cause(cause);
        canvas.text(
            side(c.x, label_w, y, 20.0),
            &words.say(&format!("cause-{}", cause.key())),
            body,
        );
        let length = bar_room * n as f32 / most as f32;
        let bar = side(c.x + label_w, length, y + 3.0, 14.0);
        if n > 0 {
            canvas.fill_rect(bar, 2.0, ink.scheme.negative(), 200);
        }
        canvas.text(
            side(c.x + label_w + length + 6.0, 40.0, y, 20.0),
            &words.count(n),
            body.bold().flush(layout.rtl),
        );
        y += 24.0;
    }
    let mut sentences = Vec::new();
    sentences.extend(Insights::main_cause_words(lang, None, counts));
    if counts.negatives == 0 {
        sentences.push(lang.text("infographic-no-negatives"));
    } else if counts.uncaused > 0 {
        sentences.push(tr_in!(
            lang,
            "infographic-uncaused",
            count = counts.uncaused,
            total = counts.negatives,
        ));
    }
    if sentences.is_empty() {
        sentences.push(tr_in!(
            lang,
            "infographic-all-caused",
            total = counts.negatives
        ));
    }
    canvas.text(
        Rect::new(c.x, y + 2.0, c.w, 40.0),
        &words.line(sentences.join(" ")),
        weak.lines(2),
    );
}
