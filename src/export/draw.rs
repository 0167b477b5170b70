//! The infographic itself: title, ideal-vs-real chart with its findings,
//! the grid of cells, and a legend.

use super::canvas::{Canvas, TextStyle};
use super::layout::{COLUMN_WIDTH, Layout, ROW_HEIGHT, Rect, SIDE_WIDTH};
use super::pages::{self, Page, Part, Plan};
use super::{Options, Theme};
use crate::analysis::{self, Cliff, Insights, StageScores};
use crate::i18n::Lang;
use crate::model::{Cause, Cell, CellKey, ChannelKind, Experience, Polarity, Project, Score};
use crate::palette::{self, ColourBy, Ink};
use crate::tr_in;

/// At most this many signals are listed in a cell; the rest are counted.
const SIGNALS_SHOWN: usize = 3;
/// Words of a signal's text shown in a cell.
const SIGNAL_WORDS: usize = 5;

/// The infographic's own words in one language.
#[derive(Clone, Copy)]
struct Words(Lang);

impl Words {
    /// A sentence or label; in a right-to-left language it starts with a
    /// right-to-left mark, so it reads from the right even when its first
    /// word is a Latin name the user wrote.
    fn line(self, text: String) -> String {
        if self.0.is_rtl() {
            format!("\u{200F}{text}")
        } else {
            text
        }
    }

    fn say(self, key: &str) -> String {
        self.line(self.0.text(key))
    }

    /// A number with one decimal, in the language's digits: "1.8", "۱٫۸".
    fn decimal(self, value: f32) -> String {
        self.0.digits(&format!("{value:.1}"))
    }

    /// A whole number in the language's digits.
    fn count(self, n: impl std::fmt::Display) -> String {
        self.0.digits(&n.to_string())
    }

    /// A signed score ("+2", "–") in the language's digits.
    fn score(self, signed: &str) -> String {
        self.0.signed(signed)
    }
}

/// Draws the whole infographic on a canvas whose text is shaped for
/// `options.scale`, the grid's cells on `threads` threads.
pub fn infographic(
    project: &Project,
    layout: &Layout,
    options: &Options,
    threads: usize,
) -> Canvas {
    draw(project, layout, options, false, threads)
}

/// Every piece of text the infographic sets, in drawing order.
pub fn words(project: &Project, layout: &Layout, options: &Options) -> Vec<String> {
    draw(project, layout, options, true, 1)
        .words
        .unwrap_or_default()
}

/// The pages of a paged export, each with a note in the infographic's
/// language saying where it belongs.
pub fn pages(
    canvas: &mut Canvas,
    project: &Project,
    options: &Options,
    plans: Vec<Plan>,
) -> Vec<Page> {
    let ink = Ink::new(options.theme == Theme::Dark, options.scheme);
    let words = Words(options.language.unwrap_or_else(|| project.language()));
    let lang = words.0;
    let n = |v: usize| words.count(v);
    let total = plans.len();
    plans
        .into_iter()
        .enumerate()
        .map(|(index, plan)| {
            let (page, pages) = (n(index + 1), n(total));
            let note = match &plan.part {
                Part::Whole => None,
                Part::Cover => Some(tr_in!(
                    lang,
                    "infographic-page-cover",
                    page = page,
                    pages = pages,
                    first = n(2),
                    following = total - 1,
                )),
                Part::Tile { stages, channels } => Some(tr_in!(
                    lang,
                    "infographic-page-tile",
                    page = page,
                    pages = pages,
                    from = n(stages.start + 1),
                    to = n(stages.end),
                    stages = n(project.stages.len()),
                    first = n(channels.start + 1),
                    last = n(channels.end),
                    channels = n(project.channels.len()),
                    tiles = total - 1,
                )),
            };
            let note = note.map(|text| {
                canvas.apart(plan.width, plan.height, |canvas| {
                    let r = Rect::new(
                        pages::MARGIN,
                        plan.height - pages::MARGIN - pages::NOTE + 8.0,
                        plan.width - 2.0 * pages::MARGIN,
                        pages::NOTE,
                    );
                    canvas.text(
                        r,
                        &words.line(text),
                        TextStyle::new(11.0, ink.weak).lines(2),
                    );
                })
            });
            Page {
                width: plan.width,
                height: plan.height,
                views: plan.views,
                note,
            }
        })
        .collect()
}

fn draw(
    project: &Project,
    layout: &Layout,
    options: &Options,
    record: bool,
    threads: usize,
) -> Canvas {
    let ink = Ink::new(options.theme == Theme::Dark, options.scheme);
    let mut canvas = Canvas::new(
        layout.width,
        layout.height,
        options.scale as f32,
        ink.background,
    );
    if record {
        canvas.words = Some(Vec::new());
    }
    let words = Words(options.language.unwrap_or_else(|| project.language()));
    let scores = analysis::stage_scores(project);
    title_ui(&mut canvas, project, layout, words, &ink);
    chart_heading(&mut canvas, project, layout, &scores, options, words, &ink);
    chart(&mut canvas, project, layout, &scores, options, words, &ink);
    grid(&mut canvas, project, layout, words, &ink);
    cells(&mut canvas, project, layout, options, words, &ink, threads);
    if let Some(r) = layout.findings {
        findings(&mut canvas, project, layout, r, words, &ink);
    }
    legend(&mut canvas, layout, options, words, &ink);
    canvas
}

fn title_ui(canvas: &mut Canvas, project: &Project, layout: &Layout, words: Words, ink: &Ink) {
    let r = layout.title;
    let title = if project.title.is_empty() {
        words.say("new-map-title")
    } else {
        project.title.clone()
    };
    let used = canvas.text(r, &title, TextStyle::new(28.0, ink.text).bold());
    let persona = &project.persona;
    if persona.name.is_empty() && persona.description.is_empty() {
        return;
    }
    let y = r.y + used + 4.0;
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

fn stage_name(project: &Project, index: usize) -> &str {
    project.stages.get(index).map_or("", |s| s.name.as_str())
}

fn chart_heading(
    canvas: &mut Canvas,
    project: &Project,
    layout: &Layout,
    scores: &[StageScores],
    options: &Options,
    words: Words,
    ink: &Ink,
) {
    let r = layout.chart_heading;
    let heading = match options.view {
        super::View::Both => "infographic-heading-both",
        super::View::Ideal => "infographic-heading-ideal",
        super::View::Real => "infographic-heading-real",
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

fn chart(
    canvas: &mut Canvas,
    project: &Project,
    layout: &Layout,
    scores: &[StageScores],
    options: &Options,
    words: Words,
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
            TextStyle::new(13.0, ink.scheme.negative())
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

fn grid(canvas: &mut Canvas, project: &Project, layout: &Layout, words: Words, ink: &Ink) {
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

/// The grid's cells, stage by stage. Most of the infographic's text is
/// here, so on a large map they are shaped on `threads` threads, each
/// drawing a run of cells on a canvas of its own; the runs are then
/// joined in order, so the drawing is the same for any number of threads.
fn cells(
    canvas: &mut Canvas,
    project: &Project,
    layout: &Layout,
    options: &Options,
    words: Words,
    ink: &Ink,
    threads: usize,
) {
    let places: Vec<(usize, usize)> = (0..project.stages.len())
        .flat_map(|i| (0..project.channels.len()).map(move |j| (i, j)))
        .collect();
    let draw = |canvas: &mut Canvas, places: &[(usize, usize)]| {
        for &(i, j) in places {
            let r = layout.cell(i, j).shrink(2.0);
            let key = CellKey::new(project.stages[i].id, project.channels[j].id);
            match project.cell(key) {
                Some(cell) => cell_card(canvas, cell, r, layout.rtl, options, words, ink),
                None => canvas.stroke_rect(r.shrink(0.5), 6.0, ink.rule, 1.0),
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
fn cell_card(
    canvas: &mut Canvas,
    cell: &Cell,
    r: Rect,
    rtl: bool,
    options: &Options,
    words: Words,
    ink: &Ink,
) {
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
    let badge = |key: &str, value: &str| format!("{} {}", words.0.text(key), words.score(value));
    if options.view.shows_ideal() {
        let ideal = Score::signed_or_dash(cell.ideal);
        badges.push((badge("badge-ideal", &ideal), palette::IDEAL));
    }
    if options.view.shows_real() {
        let real = Score::signed_or_dash(cell.real);
        badges.push((badge("badge-real", &real), palette::REAL));
    }
    if options.view.shows_gap() {
        badges.push((
            badge("badge-gap", &cell.gap_text()),
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

/// Opportunities listed in the findings section.
const OPPORTUNITIES_SHOWN: usize = 5;
/// Inconsistent stages listed in the findings section.
const STAGES_SHOWN: usize = 6;

/// What the map says, in three columns: the stages whose channels
/// disagree, where to act first, and why (negative signals by root cause).
/// On a right-to-left map the columns and the bars run from the right.
fn findings(
    canvas: &mut Canvas,
    project: &Project,
    layout: &Layout,
    r: Rect,
    words: Words,
    ink: &Ink,
) {
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
    let mut y = column_heading(canvas, c, &words.say("infographic-disagree"), ink);
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
    let mut y = column_heading(canvas, c, &words.line(title), ink);
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
    let mut y = column_heading(canvas, c, &words.say("infographic-why"), ink) + 4.0;
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

/// What the colours and lines mean; on a right-to-left map its items run
/// from the right.
fn legend(canvas: &mut Canvas, layout: &Layout, options: &Options, words: Words, ink: &Ink) {
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
