//! Paper: how the infographic is laid on pages. `fit` is one page the size
//! of the map. On A4, A3 or Letter a map that does not fit at a readable
//! size gets a cover page (title, findings, legend) and then its chart and
//! grid in tiles, stage columns across and rows (lanes and channels) down,
//! with the stage headers and the row names repeated on every tile. A tile
//! ends at a row's foot, the lines under the row going with it.

use std::ops::Range;

use super::layout::{
    COLUMN_WIDTH, HEADER_ROW, Layout, MARGIN as MARGIN_OF_MAP, PLOT_LABELS, ROW_HEIGHT, Rect,
    SIDE_WIDTH,
};
use super::scene::Scene;

/// The page size, from the command line's `--page`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Paper {
    /// One page the size of the map.
    #[default]
    Fit,
    A4,
    A3,
    Letter,
}

impl Paper {
    /// Width and height in logical pixels (1/96 inch), portrait.
    fn size(self) -> Option<(f32, f32)> {
        let mm = |v: f32| v / 25.4 * 96.0;
        match self {
            Self::Fit => None,
            Self::A4 => Some((mm(210.0), mm(297.0))),
            Self::A3 => Some((mm(297.0), mm(420.0))),
            Self::Letter => Some((8.5 * 96.0, 11.0 * 96.0)),
        }
    }
}

/// Margin around the printed area, in logical pixels (about 9.5 mm).
pub const MARGIN: f32 = 36.0;
/// The band at the foot of a page that says where the page belongs.
pub const NOTE: f32 = 36.0;
/// Smallest zoom for the grid: 13 px text stays above 6 pt.
const MIN_ZOOM: f32 = 0.5;

/// One page: what it shows of the scene, and its note.
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub views: Vec<View>,
    pub note: Option<Scene>,
}

/// A region of the scene, shown at `at` on the page, scaled by `zoom`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub source: Rect,
    pub at: (f32, f32),
    pub zoom: f32,
}

/// Where a page sits in the whole, for its note.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// The whole map.
    Whole,
    /// Title, chart findings, findings section and legend.
    Cover,
    /// Some stages and rows of the chart and grid.
    Tile {
        stages: Range<usize>,
        rows: Range<usize>,
    },
}

/// A page before its note is drawn.
pub struct Plan {
    pub width: f32,
    pub height: f32,
    pub views: Vec<View>,
    pub part: Part,
}

/// The pages for `layout` on `paper`, turned when `landscape`.
pub fn plan(layout: &Layout, paper: Paper, landscape: bool) -> Vec<Plan> {
    let whole = Rect::new(0.0, 0.0, layout.width, layout.height);
    let Some((w, h)) = paper.size() else {
        return vec![Plan {
            width: layout.width,
            height: layout.height,
            views: vec![View {
                source: whole,
                at: (0.0, 0.0),
                zoom: 1.0,
            }],
            part: Part::Whole,
        }];
    };
    let (pw, ph) = if landscape { (h, w) } else { (w, h) };
    let (aw, ah) = (pw - 2.0 * MARGIN, ph - 2.0 * MARGIN - NOTE);
    let page = |views, part| Plan {
        width: pw,
        height: ph,
        views,
        part,
    };
    let zoom = (aw / layout.width).min(ah / layout.height).min(1.0);
    if zoom >= MIN_ZOOM {
        let view = View {
            source: whole,
            at: (MARGIN, MARGIN),
            zoom,
        };
        return vec![page(vec![view], Part::Whole)];
    }

    // The cover: the title and chart findings, then the findings section
    // and legend below the grid, as wide as their text.
    let prose = Rect::new(
        layout.title.x - MARGIN_OF_MAP,
        0.0,
        layout.title.w + 2.0 * MARGIN_OF_MAP,
        0.0,
    );
    // The chart's top axis label reaches above the plot into the
    // findings' last line's margin.
    let chart_top = layout.plot.y - 14.0;
    let top = Rect::new(prose.x, 0.0, prose.w, layout.plot.y - 8.0);
    let below = layout.grid.bottom();
    let bottom = Rect::new(prose.x, below, prose.w, layout.height - below);
    let zoom = (aw / prose.w).min(ah / (top.h + bottom.h)).min(1.0);
    let left = if layout.rtl {
        MARGIN + aw - prose.w * zoom
    } else {
        MARGIN
    };
    let mut pages = vec![page(
        vec![
            View {
                source: top,
                at: (left, MARGIN),
                zoom,
            },
            View {
                source: bottom,
                at: (left, MARGIN + top.h * zoom),
                zoom,
            },
        ],
        Part::Cover,
    )];

    // The tiles, at one zoom that shows at least a column, and a row under
    // the chart; across the stages first, then down the rows.
    let chart_h = layout.plot.bottom() + PLOT_LABELS - chart_top;
    let rows_top = layout.grid.y + HEADER_ROW;
    let band_h = |k: usize| {
        let (top, bottom) = layout.band(k);
        bottom - top
    };
    let tallest = (0..layout.rows.len())
        .map(band_h)
        .fold(ROW_HEIGHT, f32::max);
    let full_w = SIDE_WIDTH + layout.stages as f32 * COLUMN_WIDTH;
    let full_h = chart_h + layout.grid.bottom() - layout.grid.y;
    let zoom = (aw / full_w)
        .min(ah / full_h)
        .max(MIN_ZOOM)
        .min(aw / (SIDE_WIDTH + COLUMN_WIDTH))
        .min(ah / (chart_h + HEADER_ROW + tallest))
        .min(1.0);
    let columns = (((aw / zoom - SIDE_WIDTH) / COLUMN_WIDTH).floor() as usize).max(1);
    // The rows from `first` that fit under `chart`: at least one.
    let rows_under = |first: usize, chart: f32| {
        let room = ah / zoom - chart - HEADER_ROW;
        let mut end = first;
        let mut used = 0.0;
        while end < layout.rows.len() && (end == first || used + band_h(end) <= room + 0.01) {
            used += band_h(end);
            end += 1;
        }
        first..end
    };
    let side = layout.side();
    let mut first_row = 0;
    loop {
        let with_chart = first_row == 0;
        let rows = rows_under(first_row, if with_chart { chart_h } else { 0.0 });
        for first_stage in (0..layout.stages.max(1)).step_by(columns) {
            let stages = first_stage..(first_stage + columns).min(layout.stages);
            let cells = columns_span(layout, &stages);
            // Left to right on the page: the row names first, or last on a
            // right-to-left map, as in the whole image.
            let (band_x, cells_x) = if layout.rtl {
                (cells.w, 0.0)
            } else {
                (0.0, side.w)
            };
            let width = (side.w + cells.w) * zoom;
            let left = if layout.rtl {
                MARGIN + aw - width
            } else {
                MARGIN
            };
            let mut y = MARGIN;
            let mut views = Vec::new();
            let mut strip = |top: f32, height: f32| {
                for (x, source_x, source_w) in
                    [(band_x, side.x, side.w), (cells_x, cells.x, cells.w)]
                {
                    views.push(View {
                        source: Rect::new(source_x, top, source_w, height),
                        at: (left + x * zoom, y),
                        zoom,
                    });
                }
                y += height * zoom;
            };
            if with_chart {
                strip(chart_top, chart_h);
            }
            strip(layout.grid.y, HEADER_ROW);
            let (top, bottom) = if rows.is_empty() {
                (rows_top, rows_top)
            } else {
                (layout.band(rows.start).0, layout.band(rows.end - 1).1)
            };
            strip(top, bottom - top);
            pages.push(page(
                views,
                Part::Tile {
                    stages: stages.clone(),
                    rows: rows.clone(),
                },
            ));
        }
        first_row = rows.end;
        if first_row >= layout.rows.len() {
            break;
        }
    }
    pages
}

/// The x range of some stage columns, wherever the direction puts them.
fn columns_span(layout: &Layout, stages: &Range<usize>) -> Rect {
    if stages.is_empty() {
        let side = layout.side();
        return Rect::new(
            if layout.rtl { side.x } else { side.right() },
            0.0,
            0.0,
            0.0,
        );
    }
    let a = layout.cell(stages.start, 0);
    let b = layout.cell(stages.end - 1, 0);
    let (x0, x1) = (a.x.min(b.x), a.right().max(b.right()));
    Rect::new(x0, 0.0, x1 - x0, 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Direction;

    fn map(stages: usize, channels: usize, rtl: bool) -> Layout {
        let mut project = crate::samples::generated(stages, channels);
        if rtl {
            project.direction = Direction::Rtl;
        }
        Layout::new(&project, &super::super::Options::default())
    }

    /// The cells a page's views show whole.
    fn cells_on(layout: &Layout, page: &Plan) -> Vec<(usize, usize)> {
        let mut cells = Vec::new();
        for stage in 0..layout.stages {
            for channel in 0..layout.channels {
                let c = layout.cell(stage, channel);
                let inside = |v: &View| {
                    let s = v.source;
                    c.x >= s.x - 0.01
                        && c.right() <= s.right() + 0.01
                        && c.y >= s.y - 0.01
                        && c.bottom() <= s.bottom() + 0.01
                };
                if page.views.iter().any(inside) {
                    cells.push((stage, channel));
                }
            }
        }
        cells
    }

    #[test]
    fn fit_is_one_page_the_size_of_the_map() {
        let layout = map(30, 20, false);
        let pages = plan(&layout, Paper::Fit, false);
        assert_eq!(pages.len(), 1);
        assert_eq!(
            (pages[0].width, pages[0].height),
            (layout.width, layout.height)
        );
        assert_eq!(pages[0].part, Part::Whole);
    }

    #[test]
    fn a_small_map_fits_one_sheet() {
        let layout = map(3, 2, false);
        let pages = plan(&layout, Paper::A3, true);
        assert_eq!(pages.len(), 1);
        let v = pages[0].views[0];
        assert!(v.at.0 + layout.width * v.zoom <= pages[0].width - MARGIN + 0.01);
    }

    #[test]
    fn every_cell_is_on_exactly_one_tile_with_its_headers_on_the_page() {
        for rtl in [false, true] {
            for (paper, landscape) in [(Paper::A4, false), (Paper::A3, true), (Paper::Letter, true)]
            {
                let layout = map(30, 20, rtl);
                let pages = plan(&layout, paper, landscape);
                assert_eq!(pages[0].part, Part::Cover);
                let mut seen = vec![0; 30 * 20];
                for page in &pages[1..] {
                    let Part::Tile { stages, rows } = &page.part else {
                        panic!("not a tile");
                    };
                    let cells = cells_on(&layout, page);
                    assert_eq!(cells.len(), stages.len() * rows.len());
                    for (s, c) in cells {
                        assert!(stages.contains(&s) && rows.contains(&c));
                        seen[s * 20 + c] += 1;
                    }
                    // The stage header row and the channel column are shown.
                    let header = |v: &View| v.source.y == layout.grid.y;
                    assert_eq!(page.views.iter().filter(|v| header(v)).count(), 2);
                    let band = layout.side();
                    let band_views: Vec<_> =
                        page.views.iter().filter(|v| v.source.x == band.x).collect();
                    assert!(band_views.len() >= 2);
                    // Everything stays inside the margins, the channel
                    // column on the side the map reads from.
                    for v in &page.views {
                        assert!(v.at.0 >= MARGIN - 0.01);
                        assert!(v.at.0 + v.source.w * v.zoom <= page.width - MARGIN + 0.01);
                        assert!(v.at.1 + v.source.h * v.zoom <= page.height - MARGIN - NOTE + 0.01);
                    }
                    let cells_view = page.views.iter().find(|v| v.source.x != band.x).unwrap();
                    assert_eq!(band_views[0].at.0 > cells_view.at.0, rtl);
                }
                assert!(seen.iter().all(|&n| n == 1), "rtl {rtl}, {paper:?}");
            }
        }
    }

    /// Every row of a map with lanes and lines (lane values and cells
    /// alike) is on exactly one tile per stage, whole, with the lines
    /// below it.
    #[test]
    fn lanes_and_lines_are_tiled_with_their_rows() {
        let project =
            crate::file::parse(include_str!("../../samples/service-blueprint.ron")).unwrap();
        let layout = Layout::new(&project, &super::super::Options::default());
        assert_eq!(layout.rows.len(), 9);
        for landscape in [false, true] {
            let pages = plan(&layout, Paper::A4, landscape);
            assert_eq!(pages[0].part, Part::Cover, "{landscape}");
            let mut seen = vec![0; layout.stages * layout.rows.len()];
            for page in &pages[1..] {
                let Part::Tile { stages, rows } = &page.part else {
                    panic!("not a tile");
                };
                for stage in 0..layout.stages {
                    for k in 0..layout.rows.len() {
                        let c = layout.row_cell(stage, k);
                        let inside = page.views.iter().any(|v| {
                            let s = v.source;
                            c.x >= s.x - 0.01
                                && c.right() <= s.right() + 0.01
                                && c.y >= s.y - 0.01
                                && c.bottom() <= s.bottom() + 0.01
                        });
                        if inside {
                            assert!(stages.contains(&stage) && rows.contains(&k));
                            seen[stage * layout.rows.len() + k] += 1;
                        }
                    }
                }
                // A line under a row on this page is on it too.
                for line in &layout.lines {
                    let (top, _) = layout.band(rows.start);
                    let (_, end) = layout.band(rows.end - 1);
                    if line.y > top && line.y < end {
                        assert!(
                            page.views
                                .iter()
                                .any(|v| { v.source.y <= line.y && v.source.bottom() >= line.y })
                        );
                    }
                }
            }
            assert!(seen.iter().all(|&n| n == 1), "{landscape}: {seen:?}");
        }
    }
}
