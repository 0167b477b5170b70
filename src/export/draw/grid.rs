//! The grid: stage and row headers, a card for every cell, and the lanes'
//! values.

use super::{Ctx, lanes};
use crate::export::canvas::{Canvas, TextStyle};
use crate::export::layout::{ROW_HEIGHT, Rect};
use crate::model::{Cell, CellKey, ChannelKind, Polarity, Row, Score};
use crate::palette::{self, ColourBy, Ink};
use crate::tr_in;

/// At most this many signals are listed in a cell; the rest are counted.
const SIGNALS_SHOWN: usize = 3;
/// Words of a signal's text shown in a cell.
const SIGNAL_WORDS: usize = 5;
pub(super) fn headers(canvas: &mut Canvas, cx: &Ctx<'_>) {
    let (project, layout, words, ink) = (cx.project, cx.layout, cx.words, cx.ink);
    let header = palette::header(ink.dark);
    for (i, stage) in project.stages.iter().enumerate() {
        let r = layout.stage_header(i).shrink(2.0);
        canvas.fill_rect(r, 6.0, header, 255);
        let style = TextStyle::new(14.0, ink.text).bold().lines(2).centred();
        let text_h = if stage.name.chars().count() > 24 {
            38.0
        } else {
            19.0
        };
        canvas.text(
            Rect::new(r.x + 6.0, r.y + (r.h - text_h) / 2.0, r.w - 12.0, r.h),
            &stage.name,
            style,
        );
    }
    for (k, placed) in layout.rows.iter().enumerate() {
        let r = layout.row_header(k).shrink(2.0);
        let channel = match placed.row {
            Row::Channel(id) => project.channel(id),
            Row::Lane(id) => {
                if let Some(lane) = project.lane(id) {
                    lanes::header(canvas, cx, lane, r);
                }
                continue;
            }
        };
        let Some(channel) = channel else {
            continue;
        };
        canvas.fill_rect(r, 6.0, header, 255);
        let inner = r.shrink(10.0);
        let used = canvas.text(
            inner,
            &channel.name,
            TextStyle::new(14.0, ink.text).bold().lines(3),
        );
        if channel.kind != ChannelKind::Other {
            // Under the name, on the name's side.
            let style = TextStyle::new(12.0, ink.weak);
            let label = words.say(channel.kind.key());
            let label = label.as_str();
            let w = canvas.text_width(label, style) + 2.0;
            let rtl = unicode_bidi::get_base_direction(channel.name.as_str())
                == unicode_bidi::Direction::Rtl;
            let x = if rtl { inner.right() - w } else { inner.x };
            canvas.text(Rect::new(x, inner.y + used, w, 20.0), label, style);
        }
    }
}

/// The lanes' values, row by row, then the divider lines.
pub(super) fn lanes(canvas: &mut Canvas, cx: &Ctx<'_>) {
    for (k, placed) in cx.layout.rows.iter().enumerate() {
        if let Row::Lane(id) = placed.row
            && let Some(lane) = cx.project.lane(id)
        {
            lanes::row(canvas, cx, lane, k);
        }
    }
    lanes::lines(canvas, cx);
}

/// The grid's cells, stage by stage. Most of the infographic's text is
/// here, so on a large map they are shaped on `threads` threads, each
/// drawing a run of cells on a canvas of its own; the runs are then
/// joined in order, so the drawing is the same for any number of threads.
pub(super) fn cells(canvas: &mut Canvas, cx: &Ctx<'_>, threads: usize) {
    let (project, layout) = (cx.project, cx.layout);
    let places: Vec<(usize, usize)> = (0..project.stages.len())
        .flat_map(|i| (0..project.channels.len()).map(move |j| (i, j)))
        .collect();
    let draw = |canvas: &mut Canvas, places: &[(usize, usize)]| {
        for &(i, j) in places {
            let r = layout.cell(i, j).shrink(2.0);
            let key = CellKey::new(project.stages[i].id, project.channels[j].id);
            match project.cell(key) {
                Some(cell) => cell_card(canvas, cx, cell, r),
                None => canvas.stroke_rect(r.shrink(0.5), 6.0, cx.ink.rule, 1.0),
            }
        }
    };
    /// Below this many cells a thread costs more than it saves.
    const PER_THREAD: usize = 24;
    let threads = threads.min(places.len() / PER_THREAD).max(1);
    if threads == 1 {
        draw(canvas, &places);
        return;
    }
    let parts: Vec<Canvas> = std::thread::scope(|scope| {
        let handles: Vec<_> = places
            .chunks(places.len().div_ceil(threads))
            .map(|run| {
                let mut part = canvas.sibling();
                scope.spawn(move || {
                    draw(&mut part, run);
                    part
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    for part in parts {
        canvas.append(part);
    }
}

/// One cell; on a right-to-left map its badges run from the right.
fn cell_card(canvas: &mut Canvas, cx: &Ctx<'_>, cell: &Cell, r: Rect) {
    let (options, words, ink) = (cx.options, cx.words, cx.ink);
    let rtl = cx.layout.rtl;
    canvas.fill_rect(
        r,
        6.0,
        ink.scheme
            .cell_fill(ink.dark, ColourBy::Signals.value(cell)),
        255,
    );
    let inner = Rect::new(r.x + 8.0, r.y + 6.0, r.w - 16.0, r.h - 12.0);
    let mut y = inner.y;
    y += canvas.text(
        Rect::new(inner.x, y, inner.w, 20.0),
        &cell.owner,
        TextStyle::new(13.0, ink.text).bold(),
    );
    // A survey's measure takes the action's third line.
    let measure = cell.measure().filter(|_| options.view.shows_real());
    let action_lines = if measure.is_some() { 2 } else { 3 };
    y += canvas.text(
        Rect::new(inner.x, y, inner.w, 18.0 * action_lines as f32),
        &cell.action,
        TextStyle::new(12.5, ink.text).lines(action_lines),
    );
    // Badges sit at a fixed height so rows line up across the grid.
    let badges_y = r.y + ROW_HEIGHT - 4.0 - 20.0 - 3.0 * 17.0 - 6.0;
    if let Some(m) = measure {
        // Above the real badge: "NPS 32 · n 140", marked as on the card.
        let mut line = words.0.digits(&m.to_string());
        if m.uncertain() {
            line = format!("{line} · {}", words.0.text("measure-card-few"));
        }
        let mut text = Rect::new(inner.x, badges_y - 18.0, inner.w, 17.0);
        if m.disagrees(cell.real) {
            let mark_x = if rtl { inner.right() - 12.0 } else { inner.x };
            disagreement_mark(canvas, &ink, (mark_x, text.y));
            text = Rect::new(
                if rtl { inner.x } else { inner.x + 16.0 },
                text.y,
                inner.w - 16.0,
                17.0,
            );
        }
        canvas.text(
            text,
            &line,
            TextStyle::new(11.5, ink.text).bold().flush(rtl),
        );
    }
    let mut x = inner.x;
    let mut badges = Vec::new();
    let badge = |key: &str, value: &str| format!("{} {}", words.0.text(key), words.score(value));
    // Colours that carry text, readable on this page.
    let mark = |colour| crate::contrast::readable(colour, ink.dark);
    if options.view.shows_ideal() {
        let ideal = Score::signed_or_dash(cell.ideal);
        badges.push((badge("badge-ideal", &ideal), mark(palette::IDEAL)));
    }
    if options.view.shows_real() {
        let real = Score::signed_or_dash(cell.real);
        badges.push((badge("badge-real", &real), mark(palette::REAL)));
    }
    if options.view.shows_gap() {
        badges.push((
            badge("badge-gap", &cell.gap_text()),
            mark(ink.scheme.gap(cell.gap())),
        ));
    }
    let badge_y = badges_y.max(y + 2.0);
    for (text, colour) in badges {
        let style = TextStyle::new(11.5, crate::contrast::on_readable(ink.dark)).bold();
        let w = canvas.text_width(&text, style) + 12.0;
        let left = if rtl {
            inner.right() - (x - inner.x) - w
        } else {
            x
        };
        let badge = Rect::new(left, badge_y, w, 19.0);
        canvas.fill_rect(badge, 4.0, colour, 255);
        canvas.text(
            Rect::new(left + 5.0, badge_y + 1.0, w - 10.0, 18.0),
            &text,
            style.centred(),
        );
        x += w + 5.0;
    }
    let mut y = badge_y + 24.0;
    for signal in cell.signals.iter().take(SIGNALS_SHOWN) {
        let positive = signal.polarity == Polarity::Positive;
        // The mark stands where the text starts: right for Persian.
        let rtl =
            unicode_bidi::get_base_direction(signal.text.as_str()) == unicode_bidi::Direction::Rtl;
        let (mark_x, text_x) = if rtl {
            (inner.right() - 12.0, inner.x)
        } else {
            (inner.x, inner.x + 16.0)
        };
        canvas.circle(
            (mark_x + 6.0, y + 8.0),
            6.0,
            mark(ink.scheme.signal(positive)),
            None,
        );
        let mark = TextStyle::new(12.0, crate::contrast::on_readable(ink.dark))
            .bold()
            .centred();
        canvas.text(
            Rect::new(mark_x, y - 1.0, 12.0, 18.0),
            signal.polarity.sign(),
            mark,
        );
        canvas.text(
            Rect::new(text_x, y - 1.0, inner.w - 16.0, 18.0),
            &first_words(&signal.text, SIGNAL_WORDS),
            TextStyle::new(11.5, ink.text),
        );
        y += 17.0;
    }
    let hidden = cell.signals.len().saturating_sub(SIGNALS_SHOWN);
    if hidden > 0 {
        // Under the signals' text, past their marks.
        let x = if rtl { inner.x } else { inner.x + 16.0 };
        let more = Rect::new(x, y - 1.0, inner.w - 16.0, 18.0);
        canvas.text(
            more,
            &words.line(tr_in!(words.0, "infographic-more", count = hidden)),
            TextStyle::new(11.0, ink.weak).flush(rtl),
        );
    }
}

/// The mark of a typed real score two or more steps from its measure: a
/// "!" in a circle, 12 points wide, its top left at `at`.
pub(super) fn disagreement_mark(canvas: &mut Canvas, ink: &Ink, (x, y): (f32, f32)) {
    let fill = crate::contrast::readable(ink.scheme.negative(), ink.dark);
    canvas.circle((x + 6.0, y + 8.0), 6.0, fill, None);
    let style = TextStyle::new(11.0, crate::contrast::on_readable(ink.dark))
        .bold()
        .centred();
    canvas.text(Rect::new(x, y - 1.0, 12.0, 18.0), "!", style);
}

/// A findings column's heading; returns the y below it.
pub(super) fn column_heading(canvas: &mut Canvas, column: Rect, text: &str, ink: &Ink) -> f32 {
    let style = TextStyle::new(15.0, ink.text).bold();
    column.y + canvas.text(Rect::new(column.x, column.y, column.w, 24.0), text, style) + 6.0
}

/// The first `n` words, with "…" when there were more.
pub(super) fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}
