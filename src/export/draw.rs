//! The infographic itself: title, ideal-vs-real chart with its findings,
//! the grid of cells, and a legend.

use tiny_skia::Pixmap;

use super::canvas::{Canvas, TextStyle};
use super::layout::{COLUMN_WIDTH, Layout, ROW_HEIGHT, Rect, SIDE_WIDTH};
use super::{Options, Theme};
use crate::analysis::{self, Cliff, Insights, StageScores};
use crate::model::{Cause, Cell, CellKey, ChannelKind, Experience, Polarity, Project, Score};
use crate::palette::{self, ColourBy, Ink};

/// At most this many signals are listed in a cell; the rest are counted.
const SIGNALS_SHOWN: usize = 3;
/// Words of a signal's text shown in a cell.
const SIGNAL_WORDS: usize = 5;

/// Draws the whole infographic; `None` when the pixmap cannot be allocated.
pub fn infographic(project: &Project, layout: &Layout, options: &Options) -> Option<Pixmap> {
    let ink = Ink::new(options.theme == Theme::Dark, options.scheme);
    let (w, h) = layout.pixel_size(options.scale);
    let mut canvas = Canvas::new(
        u32::try_from(w).ok()?,
        u32::try_from(h).ok()?,
        options.scale as f32,
        ink.background,
    )?;
    let scores = analysis::stage_scores(project);
    title_ui(&mut canvas, project, layout, &ink);
    chart_heading(&mut canvas, project, layout, &scores, options, &ink);
    chart(&mut canvas, project, layout, &scores, options, &ink);
    grid(&mut canvas, project, layout, options, &ink);
    if let Some(r) = layout.findings {
        findings(&mut canvas, project, r, &ink);
    }
    legend(&mut canvas, layout, options, &ink);
    Some(canvas.pixmap)
}

fn title_ui(canvas: &mut Canvas, project: &Project, layout: &Layout, ink: &Ink) {
    let r = layout.title;
    let title = if project.title.is_empty() {
        "Untitled journey"
    } else {
        &project.title
    };
    let used = canvas.text(r, title, TextStyle::new(28.0, ink.text).bold());
    let persona = &project.persona;
    if persona.name.is_empty() && persona.description.is_empty() {
        return;
    }
    let y = r.y + used + 4.0;
    let name = if persona.name.is_empty() {
        "Persona"
    } else {
        &persona.name
    };
    let used = canvas.text(
        Rect::new(r.x, y, r.w, 24.0),
        name,
        TextStyle::new(16.0, ink.text).bold(),
    );
    let rest = (r.bottom() - y - used).max(0.0);
    canvas.text(
        Rect::new(r.x, y + used, r.w, rest),
        &persona.description,
        TextStyle::new(13.0, ink.weak).lines(2),
    );
}

fn stage_name(project: &Project, index: usize) -> &str {
    project.stages.get(index).map_or("", |s| s.name.as_str())
}

fn chart_heading(
    canvas: &mut Canvas,
    project: &Project,
    layout: &Layout,
    scores: &[StageScores],
    options: &Options,
    ink: &Ink,
) {
    let r = layout.chart_heading;
    let heading = match options.view {
        super::View::Both => "Ideal vs real experience, by stage",
        super::View::Ideal => "Ideal experience, by stage",
        super::View::Real => "Real experience, by stage",
    };
    let mut y = r.y;
    y += canvas.text(
        Rect::new(r.x, y, r.w, 30.0),
        heading,
        TextStyle::new(19.0, ink.text).bold(),
    );
    let mut findings = Vec::new();
    if options.view.shows_gap() {
        findings.push(match analysis::largest_gap(scores) {
            Some((stage, gap)) => format!(
                "Largest gap: {}, where the real experience falls {gap:.1} points short of the ideal.",
                stage_name(project, stage)
            ),
            None => "No stage falls short of its ideal experience.".to_owned(),
        });
    }
    if options.view.shows_real() {
        findings.push(match analysis::cliff(project, scores) {
            Some(Cliff::Drop { from, to, drop }) => format!(
                "Cliff of dissatisfaction: the real experience drops {drop:.1} points from {} to {}.",
                stage_name(project, from),
                stage_name(project, to)
            ),
            Some(Cliff::Cell { stage, channel, score }) => format!(
                "Cliff of dissatisfaction: {} at {} scores {score:+} in real experience.",
                project.channels.get(channel).map_or("", |c| c.name.as_str()),
                stage_name(project, stage)
            ),
            None => "No cliff of dissatisfaction: the real experience never drops.".to_owned(),
        });
    }
    for finding in findings {
        y += canvas.text(
            Rect::new(r.x, y, r.w, 22.0),
            &finding,
            TextStyle::new(14.0, ink.text),
        );
    }
}

fn chart(
    canvas: &mut Canvas,
    project: &Project,
    layout: &Layout,
    scores: &[StageScores],
    options: &Options,
    ink: &Ink,
) {
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
        let label = format!("{} {}", score.signed(), score.label().to_lowercase());
        let label = label.replace("+0", "0");
        canvas.text(
            Rect::new(layout.side().x, y - 9.0, SIDE_WIDTH - 12.0, 20.0),
            &label,
            TextStyle::new(12.0, ink.weak),
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
            "cliff",
            TextStyle::new(13.0, ink.scheme.negative()).bold(),
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
            let mut label = format!("gap {gap:.1}");
            if largest == Some(i) {
                label.push_str(", largest");
            }
            let style = TextStyle::new(12.0, colour).bold();
            canvas.text(
                Rect::new(layout.stage_x(i) + 9.0, y, COLUMN_WIDTH / 2.0 - 12.0, 20.0),
                &label,
                style,
            );
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

fn grid(canvas: &mut Canvas, project: &Project, layout: &Layout, options: &Options, ink: &Ink) {
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
    for (j, channel) in project.channels.iter().enumerate() {
        let r = layout.channel_header(j).shrink(2.0);
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
            let label = channel.kind.label();
            let w = canvas.text_width(label, style) + 2.0;
            let rtl = unicode_bidi::get_base_direction(channel.name.as_str())
                == unicode_bidi::Direction::Rtl;
            let x = if rtl { inner.right() - w } else { inner.x };
            canvas.text(Rect::new(x, inner.y + used, w, 20.0), label, style);
        }
    }
    for (i, stage) in project.stages.iter().enumerate() {
        for (j, channel) in project.channels.iter().enumerate() {
            let r = layout.cell(i, j).shrink(2.0);
            match project.cell(CellKey::new(stage.id, channel.id)) {
                Some(cell) => cell_card(canvas, cell, r, layout.rtl, options, ink),
                None => canvas.stroke_rect(r.shrink(0.5), 6.0, ink.rule, 1.0),
            }
        }
    }
}

/// One cell; on a right-to-left map its badges run from the right.
fn cell_card(canvas: &mut Canvas, cell: &Cell, r: Rect, rtl: bool, options: &Options, ink: &Ink) {
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
    y += canvas.text(
        Rect::new(inner.x, y, inner.w, 54.0),
        &cell.action,
        TextStyle::new(12.5, ink.text).lines(3),
    );
    // Badges sit at a fixed height so rows line up across the grid.
    let badges_y = r.y + ROW_HEIGHT - 4.0 - 20.0 - 3.0 * 17.0 - 6.0;
    let mut x = inner.x;
    let mut badges = Vec::new();
    if options.view.shows_ideal() {
        let ideal = Score::signed_or_dash(cell.ideal);
        badges.push((format!("Ideal {ideal}"), palette::IDEAL));
    }
    if options.view.shows_real() {
        let real = Score::signed_or_dash(cell.real);
        badges.push((format!("Real {real}"), palette::REAL));
    }
    if options.view.shows_gap() {
        badges.push((
            format!("Gap {}", cell.gap_text()),
            ink.scheme.gap(cell.gap()),
        ));
    }
    let badge_y = badges_y.max(y + 2.0);
    for (text, colour) in badges {
        let style = TextStyle::new(11.5, palette::ON_COLOUR).bold();
        let w = canvas.text_width(&text, style) + 12.0;
        let left = if rtl {
            inner.right() - (x - inner.x) - w
        } else {
            x
        };
        let badge = Rect::new(left, badge_y, w, 19.0);
        canvas.fill_rect(badge, 4.0, colour, 255);
        canvas.text(Rect::new(left + 6.0, badge_y + 1.0, w, 18.0), &text, style);
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
            ink.scheme.signal(positive),
            None,
        );
        let mark = TextStyle::new(12.0, palette::ON_COLOUR).bold().centred();
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
        let more = Rect::new(inner.x + 16.0, y - 1.0, inner.w - 16.0, 18.0);
        canvas.text(
            more,
            &format!("and {hidden} more"),
            TextStyle::new(11.0, ink.weak),
        );
    }
}

/// Opportunities listed in the findings section.
const OPPORTUNITIES_SHOWN: usize = 5;
/// Inconsistent stages listed in the findings section.
const STAGES_SHOWN: usize = 6;

/// What the map says, in three columns: the stages whose channels
/// disagree, where to act first, and why (negative signals by root cause).
fn findings(canvas: &mut Canvas, project: &Project, r: Rect, ink: &Ink) {
    let insights = Insights::of(project);
    canvas.line(&[(r.x, r.y), (r.right(), r.y)], ink.rule, 1.0, false);
    let body = TextStyle::new(12.5, ink.text);
    let weak = TextStyle::new(12.0, ink.weak);
    let top = r.y + 14.0;
    let widths = [0.3, 0.42];
    let (a, b) = (r.w * widths[0], r.w * widths[1]);
    let columns = [
        Rect::new(r.x, top, a - 24.0, r.bottom() - top),
        Rect::new(r.x + a, top, b - 24.0, r.bottom() - top),
        Rect::new(r.x + a + b, top, r.w - a - b, r.bottom() - top),
    ];

    // Channels that disagree.
    let c = columns[0];
    let mut y = column_heading(canvas, c, "Channels that disagree", ink);
    let inconsistent: Vec<_> = insights.inconsistent().collect();
    if inconsistent.is_empty() {
        canvas.text(
            Rect::new(c.x, y, c.w, 40.0),
            &format!(
                "At every stage the channels' real scores lie within {} point of each other.",
                analysis::INCONSISTENT_SPREAD - 1
            ),
            weak.lines(2),
        );
    }
    for stage in inconsistent.iter().take(STAGES_SHOWN) {
        y += canvas.text(
            Rect::new(c.x, y, c.w, 22.0),
            &Insights::consistency_words(crate::i18n::Lang::En, project, stage),
            body,
        ) + 4.0;
    }
    if inconsistent.len() > STAGES_SHOWN {
        let more = inconsistent.len() - STAGES_SHOWN;
        canvas.text(
            Rect::new(c.x, y, c.w, 20.0),
            &format!("and {more} more"),
            weak,
        );
    }

    // Where to act.
    let c = columns[1];
    let total = insights.opportunities.len();
    let title = if total > OPPORTUNITIES_SHOWN {
        format!("Where to act: the {OPPORTUNITIES_SHOWN} largest of {total} gaps")
    } else {
        "Where to act".to_owned()
    };
    let mut y = column_heading(canvas, c, &title, ink);
    if total == 0 {
        canvas.text(
            Rect::new(c.x, y, c.w, 40.0),
            "No cell's real experience falls short of its ideal.",
            weak.lines(2),
        );
    }
    for (rank, o) in insights
        .opportunities
        .iter()
        .take(OPPORTUNITIES_SHOWN)
        .enumerate()
    {
        let place = format!(
            "{}. {} × {}: gap {}",
            rank + 1,
            project.channels[o.channel].name,
            project.stages[o.stage].name,
            o.gap
        );
        y += canvas.text(Rect::new(c.x, y, c.w, 20.0), &place, body.bold());
        let owner = if o.owner.is_empty() {
            "no owner"
        } else {
            &o.owner
        };
        let plan = if o.action.is_empty() {
            format!("{owner}: no action yet")
        } else {
            format!("{owner}: {}", o.action)
        };
        y += canvas.text(Rect::new(c.x, y, c.w, 20.0), &plan, weak) + 8.0;
    }

    // Why: negative signals by root cause, as bars.
    let c = columns[2];
    let mut y = column_heading(canvas, c, "Why: negative signals by root cause", ink) + 4.0;
    let counts = &insights.tags;
    let most = Cause::ALL
        .iter()
        .map(|cause| counts.cause(*cause))
        .max()
        .unwrap_or(0)
        .max(1);
    let label_w = 160.0;
    let bar_room = (c.w - label_w - 40.0).max(10.0);
    for cause in Cause::ALL {
        let n = counts.cause(cause);
        canvas.text(Rect::new(c.x, y, label_w, 20.0), cause.label(), body);
        let bar = Rect::new(
            c.x + label_w,
            y + 3.0,
            bar_room * n as f32 / most as f32,
            14.0,
        );
        if n > 0 {
            canvas.fill_rect(bar, 2.0, ink.scheme.negative(), 200);
        }
        canvas.text(
            Rect::new(bar.right() + 6.0, y, 40.0, 20.0),
            &n.to_string(),
            body.bold(),
        );
        y += 24.0;
    }
    let mut words = Vec::new();
    words.extend(Insights::main_cause_words(
        crate::i18n::Lang::En,
        None,
        counts,
    ));
    if counts.negatives == 0 {
        words.push("The map has no negative signals.".to_owned());
    } else if counts.uncaused > 0 {
        words.push(format!(
            "{} of {} have no root cause yet.",
            counts.uncaused, counts.negatives
        ));
    }
    if words.is_empty() {
        words.push(format!(
            "All {} negative signals have a root cause.",
            counts.negatives
        ));
    }
    canvas.text(
        Rect::new(c.x, y + 2.0, c.w, 40.0),
        &words.join(" "),
        weak.lines(2),
    );
}

/// A findings column's heading; returns the y below it.
fn column_heading(canvas: &mut Canvas, column: Rect, text: &str, ink: &Ink) -> f32 {
    let style = TextStyle::new(15.0, ink.text).bold();
    column.y + canvas.text(Rect::new(column.x, column.y, column.w, 24.0), text, style) + 6.0
}

/// The first `n` words, with "…" when there were more.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}

fn legend(canvas: &mut Canvas, layout: &Layout, options: &Options, ink: &Ink) {
    let r = layout.legend;
    canvas.line(&[(r.x, r.y), (r.right(), r.y)], ink.rule, 1.0, false);
    let mut x = r.x;
    let y = r.y + 14.0;
    let label = TextStyle::new(12.0, ink.text);
    canvas.text(
        Rect::new(x, y, 300.0, 20.0),
        "Cells: signals met there",
        label.bold(),
    );
    for (text, value) in ColourBy::Signals.legend() {
        let swatch = Rect::new(x, y + 26.0, 16.0, 16.0);
        canvas.fill_rect(
            swatch,
            3.0,
            ink.scheme.cell_fill(ink.dark, Some(*value)),
            255,
        );
        canvas.stroke_rect(swatch, 3.0, ink.rule, 1.0);
        let w = canvas.text_width(text, label);
        canvas.text(Rect::new(x + 22.0, y + 25.0, w + 4.0, 20.0), text, label);
        x += 22.0 + w + 18.0;
    }
    let x0 = x + 12.0;
    let mut x = x0;
    canvas.text(
        Rect::new(x, y, 400.0, 20.0),
        "Chart and badges",
        label.bold(),
    );
    let mut item = |canvas: &mut Canvas, text: &str, draw: &dyn Fn(&mut Canvas, f32, f32)| {
        draw(canvas, x, y + 34.0);
        let w = canvas.text_width(text, label);
        canvas.text(Rect::new(x + 30.0, y + 25.0, w + 4.0, 20.0), text, label);
        x += 30.0 + w + 18.0;
    };
    if options.view.shows_ideal() {
        item(canvas, "ideal experience (stage mean)", &|c, x, y| {
            c.line(&[(x, y), (x + 24.0, y)], palette::IDEAL, 3.0, false);
        });
    }
    if options.view.shows_real() {
        item(canvas, "real experience", &|c, x, y| {
            c.line(&[(x, y), (x + 24.0, y)], palette::REAL, 3.0, false);
        });
        item(canvas, "cliff", &|c, x, y| {
            c.line(&[(x, y), (x + 24.0, y)], ink.scheme.negative(), 6.0, false);
        });
    }
    if options.view.shows_gap() {
        item(canvas, "real short of ideal", &|c, x, y| {
            c.fill_rect(
                Rect::new(x, y - 8.0, 24.0, 16.0),
                2.0,
                ink.scheme.negative(),
                70,
            );
        });
        item(canvas, "real above ideal", &|c, x, y| {
            c.fill_rect(
                Rect::new(x, y - 8.0, 24.0, 16.0),
                2.0,
                ink.scheme.positive(),
                70,
            );
        });
    }
    let scale = "Scores from -2 (very negative) to +2 (very positive); gap = ideal - real. Cells list signals as + and - with their first words.";
    canvas.text(
        Rect::new(r.x, y + 56.0, r.w, 20.0),
        scale,
        TextStyle::new(11.5, ink.weak),
    );
}
