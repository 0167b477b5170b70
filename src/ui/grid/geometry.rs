//! Sizes and positions of the grid: the one place that decides where column
//! `i` and row `j` sit, so zoom, presentation mode and a right-to-left stage
//! axis are local changes. A right-to-left map is the left-to-right layout
//! mirrored: the channel band on the right, the first stage next to it.

use eframe::egui::{Rect, Vec2, pos2, vec2};

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
        }
    }

    /// Presentation mode: text readable across a room (body text 22 px),
    /// cells stretched to fill `area` when the map is small enough.
    pub fn present(area: Vec2, stages: usize, channels: usize) -> Self {
        let (side_width, header_height) = (230.0, 64.0);
        let fill =
            |room: f32, n: usize, min: f32, max: f32| (room / n.max(1) as f32).clamp(min, max);
        Self {
            header_height,
            side_width,
            cell_width: fill(area.x - side_width, stages, 168.0, 440.0),
            cell_height: fill(area.y - header_height, channels, 118.0, 320.0),
            add_size: 0.0,
            gap: 6.0,
            title: 24.0,
            body: 22.0,
            small: 20.0,
            chips: false,
        }
    }
}

/// Maps between the grid's columns and rows and content coordinates.
#[derive(Clone, Copy, Debug)]
pub struct Geometry {
    pub stages: usize,
    pub channels: usize,
    pub m: Metrics,
    /// Stages run from right to left.
    pub rtl: bool,
    /// The least width to lay out across: a right-to-left map narrower
    /// than the view fills it, so its first stage stands at the right,
    /// beside the channel band. 0 for none.
    pub min_width: f32,
}

impl Geometry {
    pub fn size(self) -> Vec2 {
        let m = self.m;
        vec2(
            (m.side_width + self.stages as f32 * m.cell_width + m.add_size + m.gap)
                .max(self.min_width),
            m.header_height + self.channels as f32 * m.cell_height + m.add_size + m.gap,
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

    pub fn row_y(self, row: usize) -> f32 {
        self.m.header_height + row as f32 * self.m.cell_height
    }

    pub fn cell(self, column: usize, row: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.column_x(column), self.row_y(row)),
            vec2(self.m.cell_width, self.m.cell_height),
        )
    }

    /// The column under content x, if any.
    pub fn column_at(self, x: f32) -> Option<usize> {
        let i = ((self.mirror(x) - self.m.side_width) / self.m.cell_width).floor();
        (i >= 0.0 && (i as usize) < self.stages).then_some(i as usize)
    }

    pub fn row_at(self, y: f32) -> Option<usize> {
        let i = ((y - self.m.header_height) / self.m.cell_height).floor();
        (i >= 0.0 && (i as usize) < self.channels).then_some(i as usize)
    }

    /// The gap between columns nearest to content x: 0 is before the first.
    pub fn column_slot(self, x: f32) -> usize {
        let slot = ((self.mirror(x) - self.m.side_width) / self.m.cell_width)
            .round()
            .max(0.0) as usize;
        slot.min(self.stages)
    }

    pub fn row_slot(self, y: f32) -> usize {
        let slot = ((y - self.m.header_height) / self.m.cell_height)
            .round()
            .max(0.0) as usize;
        slot.min(self.channels)
    }

    /// Columns and rows that intersect the visible part of the body.
    pub fn visible(self, viewport: Rect) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let m = self.m;
        let (a, b) = (self.mirror(viewport.min.x), self.mirror(viewport.max.x));
        let viewport = Rect::from_x_y_ranges(a.min(b)..=a.max(b), viewport.y_range());
        let first = |offset: f32, size: f32| (offset / size).floor().max(0.0) as usize;
        let columns = first(viewport.min.x, m.cell_width).min(self.stages)
            ..(first(viewport.max.x - m.side_width, m.cell_width) + 1).min(self.stages);
        let rows = first(viewport.min.y, m.cell_height).min(self.channels)
            ..(first(viewport.max.y - m.header_height, m.cell_height) + 1).min(self.channels);
        (columns, rows)
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

    #[test]
    fn only_visible_columns_and_rows_are_drawn() {
        let g = Geometry {
            stages: 100,
            channels: 100,
            m: Metrics::editor(1.0),
            rtl: false,
            min_width: 0.0,
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
        let ltr = Geometry {
            stages: 5,
            channels: 3,
            m: Metrics::editor(1.0),
            rtl: false,
            min_width: 0.0,
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
        let m = Metrics::present(vec2(1920.0, 1080.0 - 60.0), 10, 8);
        let g = Geometry {
            stages: 10,
            channels: 8,
            m,
            rtl: false,
            min_width: 0.0,
        };
        assert!(m.body >= 20.0 && m.small >= 20.0);
        assert!(g.size().x <= 1920.0 + m.gap, "{:?}", g.size());
        assert!(g.size().y <= 1080.0, "{:?}", g.size());
        // A small map is stretched, not left tiny.
        let small = Metrics::present(vec2(1920.0, 1020.0), 4, 4);
        assert!(small.cell_width > 400.0 && small.cell_height > 230.0);
    }
}
