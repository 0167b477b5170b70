//! Sizes and positions of the grid: the one place that decides where column
//! `i` and row `j` sit, so zoom, presentation mode and a right-to-left stage
//! axis are local changes. A right-to-left map is the left-to-right layout
//! mirrored: the channel band on the right, the first stage next to it.

use eframe::egui::{Rect, Vec2, pos2, vec2};

use crate::model::{LaneKind, PersonaId, Project};

/// Sizes of the grid's parts and its text, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    pub header_height: f32,
    pub side_width: f32,
    pub cell_width: f32,
    pub cell_height: f32,
    /// Room for the "add stage" and "add channel" buttons; 0 hides them.
    pub add_size: f32,
    pub gap: f32,
    /// Font size of stage and channel names.
    pub title: f32,
    /// Font size of owner and action.
    pub body: f32,
    /// Font size of badges, chips and channel kinds.
    pub small: f32,
    /// Signals as draggable chips with their text (editor), or as two
    /// counts beside the badges (presentation, where space is short).
    pub chips: bool,
    /// Heights of a text lane, an emotion lane and a metric lane.
    pub text_lane: f32,
    pub emotion_lane: f32,
    pub metric_lane: f32,
    /// The room a divider line takes between rows.
    pub line_gap: f32,
}

impl Metrics {
    /// The height of a row of `kind` (`None`: a channel).
    pub fn row_height(&self, kind: Option<LaneKind>) -> f32 {
        match kind {
            None => self.cell_height,
            Some(LaneKind::Text) => self.text_lane,
            Some(LaneKind::Emotion) => self.emotion_lane,
            Some(LaneKind::Metric) => self.metric_lane,
        }
    }
}

impl Metrics {
    /// The editor's grid at `zoom` (1 is normal size).
    pub fn editor(zoom: f32) -> Self {
        Self {
            header_height: 48.0 * zoom,
            side_width: 150.0 * zoom,
            cell_width: 236.0 * zoom,
            cell_height: 150.0 * zoom,
            add_size: 44.0 * zoom,
            gap: 4.0 * zoom,
            title: 14.0 * zoom,
            body: 12.5 * zoom,
            small: 12.0 * zoom,
            chips: true,
            text_lane: 78.0 * zoom,
            emotion_lane: 128.0 * zoom,
            metric_lane: 58.0 * zoom,
            line_gap: 24.0 * zoom,
        }
    }

    /// A presentation lane's height as a share of a channel row's.
    pub fn lane_share(kind: LaneKind) -> f32 {
        match kind {
            LaneKind::Text => 0.6,
            LaneKind::Emotion => 0.85,
            LaneKind::Metric => 0.45,
        }
    }

    /// Presentation mode: text readable across a room (body text 22 px on
    /// a 1080p screen), cells stretched to fill `area` when the map is
    /// small enough. Lanes take their own heights from what is left, in
    /// `lane_rows` channel rows. On a smaller screen everything is `scale`
    /// times that size, as the projector shows it at the same size on the
    /// wall: a laptop's 768 lines are projected as large as 1080.
    pub fn present(area: Vec2, stages: usize, channels: usize, lane_rows: f32, scale: f32) -> Self {
        let s = scale;
        let (side_width, header_height) = (230.0 * s, 64.0 * s);
        let fill = |room: f32, n: f32, min: f32, max: f32| (room / n.max(1.0)).clamp(min, max);
        let cell_height = fill(
            area.y - header_height,
            channels as f32 + lane_rows,
            118.0 * s,
            320.0 * s,
        );
        Self {
            header_height,
            side_width,
            cell_width: fill(area.x - side_width, stages as f32, 168.0 * s, 440.0 * s),
            cell_height,
            add_size: 0.0,
            gap: 6.0 * s,
            title: 24.0 * s,
            body: 22.0 * s,
            small: 20.0 * s,
            chips: false,
            // At least two lines of body text, a readable curve and a metric
            // with its status.
            text_lane: (cell_height * Self::lane_share(LaneKind::Text)).max(100.0 * s),
            emotion_lane: (cell_height * Self::lane_share(LaneKind::Emotion)).max(118.0 * s),
            metric_lane: (cell_height * Self::lane_share(LaneKind::Metric)).max(64.0 * s),
            line_gap: 30.0 * s,
        }
    }

    /// How much smaller than on a 1080p screen presentation mode draws on
    /// a screen `height` points high (1 at 1080 and above).
    pub fn present_scale(height: f32) -> f32 {
        (height / 1080.0).clamp(0.6, 1.0)
    }
}

/// One row's place, in content coordinates.
pub type RowBox = crate::model::PlacedRow;
/// A divider line's place (the middle of its gap), in content coordinates.
pub type LineBox = crate::model::PlacedLine;

/// The rows shown (a lane of another persona is hidden when the map is
/// filtered on one), each with its height, and the lines between them.
/// Returns the rows, the lines and the y below the last row.
pub fn row_boxes(
    project: &Project,
    persona: Option<PersonaId>,
    m: &Metrics,
) -> (Vec<RowBox>, Vec<LineBox>, f32) {
    let stack = project.stack_rows(persona, m.header_height, |k| m.row_height(k), m.line_gap);
    (stack.rows, stack.lines, stack.bottom)
}

/// Maps between the grid's columns and rows and content coordinates.
#[derive(Clone, Copy, Debug)]
pub struct Geometry<'a> {
    pub stages: usize,
    pub m: Metrics,
    /// Stages run from right to left.
    pub rtl: bool,
    /// The least width to lay out across: a right-to-left map narrower
    /// than the view fills it, so its first stage stands at the right,
    /// beside the channel band. 0 for none.
    pub min_width: f32,
    /// The rows, top to bottom.
    pub rows: &'a [RowBox],
    /// The y below the last row (and any line under it).
    pub bottom: f32,
}

impl Geometry<'_> {
    pub fn size(self) -> Vec2 {
        let m = self.m;
        vec2(
            (m.side_width + self.stages as f32 * m.cell_width + m.add_size + m.gap)
                .max(self.min_width),
            self.bottom + m.add_size + m.gap,
        )
    }

    /// Mirrors a content x for a right-to-left map (its own inverse).
    fn mirror(self, x: f32) -> f32 {
        if self.rtl { self.size().x - x } else { x }
    }

    /// The left edge of a span that starts at `x` and is `width` wide in
    /// left-to-right terms.
    fn span_x(self, x: f32, width: f32) -> f32 {
        if self.rtl {
            self.size().x - x - width
        } else {
            x
        }
    }

    /// The left edge of `column`; at `column == stages`, of the add button.
    pub fn column_x(self, column: usize) -> f32 {
        let width = if column < self.stages {
            self.m.cell_width
        } else {
            self.m.add_size
        };
        self.span_x(self.m.side_width + column as f32 * self.m.cell_width, width)
    }

    /// The x of the boundary before column `slot` in reading order (at
    /// `slot == stages`, after the last).
    pub fn slot_x(self, slot: usize) -> f32 {
        self.mirror(self.m.side_width + slot as f32 * self.m.cell_width)
    }

    /// The left edge of the channel band, which stays at the reading
    /// start of the visible part of the grid.
    pub fn band_x(self, viewport: Rect) -> f32 {
        if self.rtl {
            viewport.max.x - self.m.side_width
        } else {
            viewport.min.x
        }
    }

    /// The x range of the rows, across every stage (content coordinates).
    pub fn rows_x(self) -> std::ops::RangeInclusive<f32> {
        let (a, b) = (self.slot_x(0), self.slot_x(self.stages));
        a.min(b)..=a.max(b)
    }

    /// `cell` with the frozen headers' room around it (above, and at the
    /// band's side), for scrolling it into view.
    pub fn with_headers(self, cell: Rect) -> Rect {
        let (side, top) = (self.m.side_width, self.m.header_height);
        if self.rtl {
            Rect::from_min_max(cell.min - vec2(0.0, top), cell.max + vec2(side, 0.0))
        } else {
            Rect::from_min_max(cell.min - vec2(side, top), cell.max)
        }
    }

    /// The top of `row`; at `row == rows`, below the last (the add button).
    pub fn row_y(self, row: usize) -> f32 {
        self.rows.get(row).map_or(self.bottom, |r| r.top)
    }

    pub fn row_height(self, row: usize) -> f32 {
        self.rows.get(row).map_or(self.m.add_size, |r| r.height)
    }

    pub fn cell(self, column: usize, row: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.column_x(column), self.row_y(row)),
            vec2(self.m.cell_width, self.row_height(row)),
        )
    }

    /// The column under content x, if any.
    pub fn column_at(self, x: f32) -> Option<usize> {
        let i = ((self.mirror(x) - self.m.side_width) / self.m.cell_width).floor();
        (i >= 0.0 && (i as usize) < self.stages).then_some(i as usize)
    }

    /// The row under content y, if any (not a line's gap).
    pub fn row_at(self, y: f32) -> Option<usize> {
        let i = self.rows.partition_point(|r| r.top + r.height <= y);
        self.rows.get(i).filter(|r| r.top <= y).map(|_| i)
    }

    /// The gap between columns nearest to content x: 0 is before the first.
    pub fn column_slot(self, x: f32) -> usize {
        let slot = ((self.mirror(x) - self.m.side_width) / self.m.cell_width)
            .round()
            .max(0.0) as usize;
        slot.min(self.stages)
    }

    /// The boundary between rows nearest to content y: 0 is above the first.
    pub fn row_slot(self, y: f32) -> usize {
        let i = self.rows.partition_point(|r| r.top + r.height / 2.0 <= y);
        i.min(self.rows.len())
    }

    /// Columns and rows that intersect the visible part of the body.
    pub fn visible(self, viewport: Rect) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let m = self.m;
        let (a, b) = (self.mirror(viewport.min.x), self.mirror(viewport.max.x));
        let viewport = Rect::from_x_y_ranges(a.min(b)..=a.max(b), viewport.y_range());
        let first = |offset: f32, size: f32| (offset / size).floor().max(0.0) as usize;
        let columns = first(viewport.min.x, m.cell_width).min(self.stages)
            ..(first(viewport.max.x - m.side_width, m.cell_width) + 1).min(self.stages);
        let top = viewport.min.y + m.header_height;
        let start = self.rows.partition_point(|r| r.top + r.height <= top);
        let end = self.rows.partition_point(|r| r.top < viewport.max.y);
        (columns, start.min(end)..end)
    }
}

/// Where to place a moved item: its index after the move, given the slot
/// (gap) it was dropped in.
pub fn target_index(from: usize, slot: usize) -> usize {
    if slot > from { slot - 1 } else { slot }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Row;

    #[test]
    fn dropping_in_a_slot_gives_the_final_index() {
        // Moving the first of three to after the last: slot 3 → index 2.
        assert_eq!(target_index(0, 3), 2);
        assert_eq!(target_index(2, 0), 0);
        assert_eq!(target_index(1, 1), 1);
        assert_eq!(
            target_index(1, 2),
            1,
            "the gap right after an item is a no-op"
        );
    }

    /// `count` channel rows of the editor's height.
    fn channel_rows(count: usize, m: &Metrics) -> (Vec<RowBox>, f32) {
        let rows: Vec<RowBox> = (0..count)
            .map(|i| RowBox {
                row: Row::Channel(crate::model::ChannelId(i as u64)),
                top: m.header_height + i as f32 * m.cell_height,
                height: m.cell_height,
            })
            .collect();
        let bottom = m.header_height + count as f32 * m.cell_height;
        (rows, bottom)
    }

    #[test]
    fn only_visible_columns_and_rows_are_drawn() {
        let m = Metrics::editor(1.0);
        let (rows, bottom) = channel_rows(100, &m);
        let g = Geometry {
            stages: 100,
            m,
            rtl: false,
            min_width: 0.0,
            rows: &rows,
            bottom,
        };
        let viewport = Rect::from_min_size(pos2(1000.0, 2000.0), vec2(1200.0, 800.0));
        let (columns, rows) = g.visible(viewport);
        assert!(
            columns.len() <= 7 && rows.len() <= 7,
            "{columns:?} {rows:?}"
        );
        assert!(g.cell(columns.start, rows.start).max.x >= viewport.min.x);
    }

    #[test]
    fn a_right_to_left_grid_is_the_left_to_right_one_mirrored() {
        let m = Metrics::editor(1.0);
        let (rows, bottom) = channel_rows(3, &m);
        let ltr = Geometry {
            stages: 5,
            m,
            rtl: false,
            min_width: 0.0,
            rows: &rows,
            bottom,
        };
        let rtl = Geometry { rtl: true, ..ltr };
        let width = ltr.size().x;
        for column in 0..=5 {
            let w = if column < 5 {
                ltr.m.cell_width
            } else {
                ltr.m.add_size
            };
            assert_eq!(rtl.column_x(column), width - ltr.column_x(column) - w);
            assert_eq!(rtl.slot_x(column), width - ltr.slot_x(column));
        }
        // The first stage sits next to the channel band, at the right.
        assert!(rtl.column_x(0) > rtl.column_x(1));
        assert_eq!(rtl.column_x(0) + rtl.m.cell_width, width - rtl.m.side_width);
        let x = rtl.column_x(2) + 10.0;
        assert_eq!(rtl.column_at(x), Some(2));
        assert_eq!(rtl.column_slot(rtl.slot_x(3) + 5.0), 3);
        let viewport = Rect::from_min_size(pos2(width - 600.0, 0.0), vec2(600.0, 400.0));
        assert!(rtl.visible(viewport).0.contains(&0));
        assert_eq!(rtl.band_x(viewport), width - rtl.m.side_width);
    }

    #[test]
    fn presentation_fills_a_1080p_screen_with_10_by_8_at_readable_sizes() {
        let m = Metrics::present(vec2(1920.0, 1080.0 - 60.0), 10, 8, 0.0, 1.0);
        let (rows, bottom) = channel_rows(8, &m);
        let g = Geometry {
            stages: 10,
            m,
            rtl: false,
            min_width: 0.0,
            rows: &rows,
            bottom,
        };
        assert!(m.body >= 20.0 && m.small >= 20.0);
        assert!(g.size().x <= 1920.0 + m.gap, "{:?}", g.size());
        assert!(g.size().y <= 1080.0, "{:?}", g.size());
        // A small map is stretched, not left tiny.
        let small = Metrics::present(vec2(1920.0, 1020.0), 4, 4, 0.0, 1.0);
        assert!(small.cell_width > 400.0 && small.cell_height > 230.0);
    }
}
