//! The infographic itself, drawn part by part around one drawing context
//! ([`Ctx`]): the header (title, persona, chart heading and findings), the
//! ideal-vs-real chart, the grid of cells, the findings section and the
//! legend.

mod chart;
mod findings;
mod grid;
mod header;
mod lanes;
mod legend;

use super::canvas::{Canvas, TextStyle};
use super::layout::{Layout, Rect};
use super::pages::{self, Page, Part, Plan};
use super::{Options, Theme};
use crate::analysis::{self, StageScores};
use crate::i18n::Lang;
use crate::model::Project;
use crate::palette::Ink;
use crate::tr_in;

/// What every part of the drawing reads: the map, where things go, the
/// options, the words and the colours.
struct Ctx<'a> {
    project: &'a Project,
    layout: &'a Layout,
    options: &'a Options,
    words: Words,
    ink: Ink,
    /// Each stage's mean ideal and real scores.
    scores: Vec<StageScores>,
}

impl<'a> Ctx<'a> {
    fn new(project: &'a Project, layout: &'a Layout, options: &'a Options) -> Self {
        Self {
            project,
            layout,
            options,
            words: Words(options.language.unwrap_or_else(|| project.language())),
            ink: Ink::new(options.theme == Theme::Dark, options.scheme),
            scores: analysis::stage_scores(project),
        }
    }
}

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
    row_count: usize,
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
                Part::Tile { stages, rows } => Some(tr_in!(
                    lang,
                    "infographic-page-tile",
                    page = page,
                    pages = pages,
                    from = n(stages.start + 1),
                    to = n(stages.end),
                    stages = n(project.stages.len()),
                    first = n(rows.start + 1),
                    last = n(rows.end),
                    rows = n(row_count),
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

/// Draws every part of the infographic in order.
fn draw(
    project: &Project,
    layout: &Layout,
    options: &Options,
    record: bool,
    threads: usize,
) -> Canvas {
    let cx = Ctx::new(project, layout, options);
    let mut canvas = Canvas::new(
        layout.width,
        layout.height,
        options.scale as f32,
        cx.ink.background,
    );
    if record {
        canvas.words = Some(Vec::new());
    }
    header::title(&mut canvas, &cx);
    header::chart_heading(&mut canvas, &cx);
    chart::chart(&mut canvas, &cx);
    grid::headers(&mut canvas, &cx);
    grid::cells(&mut canvas, &cx, threads);
    grid::lanes(&mut canvas, &cx);
    if let Some(r) = layout.findings {
        findings::findings(&mut canvas, &cx, r);
    }
    let below = legend::legend(&mut canvas, &cx);
    legend::personas(&mut canvas, &cx, below);
    canvas
}
