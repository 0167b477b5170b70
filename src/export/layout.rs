//! Where everything goes on the infographic, in logical pixels (scale 1).
//! Pure geometry: the image grows with the map, so nothing is ever cropped.
//! A right-to-left map mirrors the chart and the grid: the first stage and
//! the channel column at the right, time running right to left. The rows
//! below the stage headers are the editor's: lanes above the channels, the
//! channels, lanes below, with the divider lines between them.

use super::Options;
use crate::model::{LaneKind, PlacedLine, PlacedRow, Project, Row};

pub const MARGIN: f32 = 32.0;
pub const SIDE_WIDTH: f32 = 170.0;
pub const COLUMN_WIDTH: f32 = 210.0;
pub const HEADER_ROW: f32 = 48.0;
/// A channel row's height.
pub const ROW_HEIGHT: f32 = 172.0;
/// The heights of a text lane, an emotion lane and a metric lane.
pub const TEXT_LANE: f32 = 76.0;
pub const EMOTION_LANE: f32 = 120.0;
pub const METRIC_LANE: f32 = 72.0;
/// The room a divider line takes between rows, its name included.
pub const LINE_GAP: f32 = 26.0;
pub const TITLE_HEIGHT: f32 = 96.0;
/// The chart's heading and its two findings.
pub const CHART_HEADING: f32 = 78.0;
pub const PLOT_HEIGHT: f32 = 240.0;
/// Stage names under the plot.
pub const PLOT_LABELS: f32 = 30.0;
/// Room for the chart's items on two lines when the map is narrow.
pub const LEGEND_HEIGHT: f32 = 118.0;
/// The legend's personas: a heading and up to two lines of names.
pub const PERSONAS_LEGEND: f32 = 64.0;
/// The legend's line on survey measures, when the map has any.
pub const MEASURES_LEGEND: f32 = 22.0;

/// The legend's height: its fixed part, and the line on survey measures
/// when the map has any.
pub fn legend_height(project: &Project) -> f32 {
    let measured = project
        .cells_in_order()
        .iter()
        .any(|(_, c)| !c.measures.is_empty());
    LEGEND_HEIGHT + if measured { MEASURES_LEGEND } else { 0.0 }
}
/// What the map says: inconsistent stages, where to act, root causes.
pub const FINDINGS_HEIGHT: f32 = 236.0;
pub const GAP: f32 = 24.0;
/// The infographic is never narrower than this, so header and legend fit.
pub const MIN_CONTENT_WIDTH: f32 = 1000.0;
/// The title, findings and legend are never wider than this, so their
/// lines stay readable (and fit a page) however many stages the map has.
pub const PROSE_WIDTH: f32 = 1700.0;

/// A rectangle in logical pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Self {
        Self { x, y, w, h }
    }
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    pub fn shrink(&self, by: f32) -> Rect {
        Rect::new(
            self.x + by,
            self.y + by,
            (self.w - 2.0 * by).max(0.0),
            (self.h - 2.0 * by).max(0.0),
        )
    }
}

/// The infographic's regions for one project.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Stages run from right to left.
    pub rtl: bool,
    pub stages: usize,
    pub channels: usize,
    /// The rows shown, top to bottom (their tops in image coordinates).
    pub rows: Vec<PlacedRow>,
    /// The divider lines, at the middle of their gaps.
    pub lines: Vec<PlacedLine>,
    /// Each channel's place in `rows`.
    channel_rows: Vec<usize>,
    pub width: f32,
    pub height: f32,
    pub title: Rect,
    pub chart_heading: Rect,
    /// The plotting area: x aligned with the grid's columns below.
    pub plot: Rect,
    pub grid: Rect,
    /// The findings section, unless the export leaves it out; laid out
    /// left to right, like the legend.
    pub findings: Option<Rect>,
    pub legend: Rect,
}

impl Layout {
    /// The regions for `project` with `options`' findings section and
    /// persona filter.
    pub fn new(project: &Project, options: &Options) -> Self {
        let (stages, channels) = (project.stages.len(), project.channels.len());
        let grid_width = SIDE_WIDTH + stages as f32 * COLUMN_WIDTH;
        let content = grid_width.max(MIN_CONTENT_WIDTH);
        let width = 2.0 * MARGIN + content;
        let rtl = project.direction.is_rtl();
        let flip = |r: Rect| {
            if rtl {
                Rect::new(width - r.x - r.w, r.y, r.w, r.h)
            } else {
                r
            }
        };
        let prose = content.min(PROSE_WIDTH);
        let mut y = MARGIN;
        let title = flip(Rect::new(MARGIN, y, prose, TITLE_HEIGHT));
        y += TITLE_HEIGHT + GAP / 2.0;
        let chart_heading = flip(Rect::new(MARGIN, y, prose, CHART_HEADING));
        y += CHART_HEADING;
        let plot = flip(Rect::new(
            MARGIN + SIDE_WIDTH,
            y,
            stages as f32 * COLUMN_WIDTH,
            PLOT_HEIGHT,
        ));
        y += PLOT_HEIGHT + PLOT_LABELS + GAP;
        let stack = project.stack_rows(options.persona, y + HEADER_ROW, row_height, LINE_GAP);
        let grid = flip(Rect::new(MARGIN, y, grid_width, stack.bottom - y));
        let channel_rows = stack
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r.row, Row::Channel(_)))
            .map(|(k, _)| k)
            .collect();
        y = grid.bottom() + GAP;
        // Laid out left to right; drawing mirrors them on a right-to-left map.
        let findings = options.findings.then(|| {
            let r = Rect::new(MARGIN, y, prose, FINDINGS_HEIGHT);
            y = r.bottom() + GAP;
            r
        });
        // The personas are named when there are curves or several of them.
        let curves = stack.rows.iter().any(|r| match r.row {
            Row::Lane(id) => project
                .lane(id)
                .is_some_and(|l| l.kind == LaneKind::Emotion),
            Row::Channel(_) => false,
        });
        let several = options.persona.is_none() && project.personas.len() > 1;
        let personas = if curves || several {
            PERSONAS_LEGEND
        } else {
            0.0
        };
        let legend = Rect::new(MARGIN, y, prose, legend_height(project) + personas);
        let height = legend.bottom() + MARGIN;
        Self {
            rtl,
            stages,
            channels,
            rows: stack.rows,
            lines: stack.lines,
            channel_rows,
            width,
            height,
            title,
            chart_heading,
            plot,
            grid,
            findings,
            legend,
        }
    }

    /// Size in device pixels at `scale`.
    pub fn pixel_size(&self, scale: u32) -> (u64, u64) {
        let px = |v: f32| (v * scale as f32).ceil() as u64;
        (px(self.width), px(self.height))
    }

    /// `r`, laid out left to right, where it goes on this map.
    pub fn mirror(&self, r: Rect) -> Rect {
        if self.rtl {
            Rect::new(self.width - r.x - r.w, r.y, r.w, r.h)
        } else {
            r
        }
    }

    /// The x of a stage's centre, shared by the chart and the grid.
    pub fn stage_x(&self, stage: usize) -> f32 {
        let x = MARGIN + SIDE_WIDTH + (stage as f32 + 0.5) * COLUMN_WIDTH;
        if self.rtl { self.width - x } else { x }
    }

    /// The channel column's x range, which the chart's scale labels share.
    pub fn side(&self) -> Rect {
        self.mirror(Rect::new(MARGIN, self.grid.y, SIDE_WIDTH, self.grid.h))
    }

    /// The y of a score (-2..=2) in the plot.
    pub fn score_y(&self, score: f32) -> f32 {
        self.plot.y + (2.0 - score) / 4.0 * self.plot.h
    }

    pub fn stage_header(&self, stage: usize) -> Rect {
        self.mirror(Rect::new(
            MARGIN + SIDE_WIDTH + stage as f32 * COLUMN_WIDTH,
            self.grid.y,
            COLUMN_WIDTH,
            HEADER_ROW,
        ))
    }

    /// The header of row `k` (a lane's or a channel's) in the side band.
    pub fn row_header(&self, k: usize) -> Rect {
        let r = self.rows[k];
        self.mirror(Rect::new(MARGIN, r.top, SIDE_WIDTH, r.height))
    }

    /// Row `k`'s value at `stage`: a lane value or a channel's cell.
    pub fn row_cell(&self, stage: usize, k: usize) -> Rect {
        let r = self.rows[k];
        self.mirror(Rect::new(
            MARGIN + SIDE_WIDTH + stage as f32 * COLUMN_WIDTH,
            r.top,
            COLUMN_WIDTH,
            r.height,
        ))
    }

    pub fn channel_header(&self, channel: usize) -> Rect {
        self.row_header(self.channel_rows[channel])
    }

    pub fn cell(&self, stage: usize, channel: usize) -> Rect {
        self.row_cell(stage, self.channel_rows[channel])
    }

    /// The y range row `k` owns for paging: from its top (the first row's
    /// from the stage headers' foot) to the next row's top (the last row's
    /// to the grid's foot), so the lines in between go with the row above.
    pub fn band(&self, k: usize) -> (f32, f32) {
        let top = if k == 0 {
            self.grid.y + HEADER_ROW
        } else {
            self.rows[k].top
        };
        let bottom = self.rows.get(k + 1).map_or(self.grid.bottom(), |r| r.top);
        (top, bottom)
    }
}

/// The height of a row of `kind` (`None`: a channel).
fn row_height(kind: Option<LaneKind>) -> f32 {
    match kind {
        None => ROW_HEIGHT,
        Some(LaneKind::Text) => TEXT_LANE,
        Some(LaneKind::Emotion) => EMOTION_LANE,
        Some(LaneKind::Metric) => METRIC_LANE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, ChannelKind, Edit, Stage};

    #[test]
    fn a_right_to_left_map_mirrors_the_chart_and_the_grid() {
        let mut p = Project::default();
        for index in 0..3 {
            p.apply(Edit::AddStage {
                index,
                stage: Stage::new("s"),
            })
            .unwrap();
        }
        p.apply(Edit::AddChannel {
            index: 0,
            channel: Channel::new("c", ChannelKind::Other),
        })
        .unwrap();
        let ltr = Layout::new(&p, &Options::default());
        p.apply(Edit::SetDirection(crate::model::Direction::Rtl))
            .unwrap();
        let rtl = Layout::new(&p, &Options::default());
        assert_eq!((rtl.width, rtl.height), (ltr.width, ltr.height));
        let mirrored = |r: Rect| rtl.width - r.x - r.w;
        for stage in 0..3 {
            assert_eq!(rtl.cell(stage, 0).x, mirrored(ltr.cell(stage, 0)));
            assert_eq!(rtl.stage_x(stage), rtl.width - ltr.stage_x(stage));
        }
        assert!(rtl.stage_header(0).x > rtl.stage_header(1).x);
        assert_eq!(rtl.channel_header(0).x, rtl.cell(0, 0).right());
        assert_eq!(rtl.plot.right(), rtl.cell(0, 0).right());
    }

    #[test]
    fn the_image_grows_with_the_map_and_cells_never_overlap() {
        let mut p = Project::default();
        for index in 0..30 {
            p.apply(Edit::AddStage {
                index,
                stage: Stage::new("s"),
            })
            .unwrap();
        }
        for index in 0..20 {
            p.apply(Edit::AddChannel {
                index,
                channel: Channel::new("c", ChannelKind::Other),
            })
            .unwrap();
        }
        let l = Layout::new(&p, &Options::default());
        let last = l.cell(29, 19);
        let findings = l.findings.unwrap();
        assert!(last.right() <= l.width - MARGIN + 0.01 && last.bottom() < findings.y);
        assert!(findings.bottom() < l.legend.y);
        assert_eq!(
            Layout::new(
                &p,
                &Options {
                    findings: false,
                    ..Options::default()
                }
            )
            .height,
            l.height - FINDINGS_HEIGHT - GAP
        );
        assert_eq!(l.cell(1, 0).x, l.cell(0, 0).right());
        assert!((l.stage_x(3) - (l.cell(3, 0).x + COLUMN_WIDTH / 2.0)).abs() < 0.01);
        assert_eq!(l.score_y(2.0), l.plot.y);
        assert_eq!(l.score_y(-2.0), l.plot.bottom());
    }
}
