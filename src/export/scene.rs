//! The infographic as one drawing description: filled and stroked paths and
//! shaped glyph runs, in drawing order. [`super::raster`], [`super::pdf`]
//! and [`super::svg`] are its three backends, so the PNG, the PDF and the
//! SVG show the same picture from the same layout.

use std::ops::Range;

use cosmic_text::CacheKey;

use super::layout::Rect;
use crate::palette::Rgb;

/// Dashes and gaps of a dashed line, in logical pixels.
pub const DASH: [f32; 2] = [6.0, 5.0];

/// Everything drawn, in logical pixels (1 px is 1/96 inch, 0.75 pt).
pub struct Scene {
    pub width: f32,
    pub height: f32,
    /// Device pixels per logical pixel that the text was shaped for.
    pub scale: f32,
    pub background: Rgb,
    pub items: Vec<Item>,
}

pub enum Item {
    Fill {
        path: tiny_skia::Path,
        bounds: Rect,
        colour: Rgb,
        alpha: u8,
    },
    /// A stroke: round caps and joins when `round` (lines), else butt caps
    /// and mitred corners (outlines).
    Stroke {
        path: tiny_skia::Path,
        bounds: Rect,
        colour: Rgb,
        width: f32,
        dash: bool,
        round: bool,
    },
    Text(Text),
}

/// A piece of text, shaped and broken into lines, clipped to its box.
pub struct Text {
    /// The box, in device pixels at the scene's scale: left, top, right, bottom.
    pub clip: [i32; 4],
    pub colour: Rgb,
    pub lines: Vec<Line>,
}

/// One line of shaped text, its glyphs in visual order.
pub struct Line {
    /// The paragraph the line belongs to, in logical order; glyphs index it.
    pub text: String,
    pub glyphs: Vec<Glyph>,
}

pub struct Glyph {
    /// The rasterized glyph, for the PNG.
    pub key: CacheKey,
    /// Where the PNG draws it, in whole device pixels.
    pub pixel: (i32, i32),
    /// The pen position on the baseline, in logical pixels.
    pub x: f32,
    pub y: f32,
    /// Shaping's offset from the pen, right and up.
    pub offset: (f32, f32),
    pub advance: f32,
    /// Font size in logical pixels.
    pub size: f32,
    pub bold: bool,
    pub id: u16,
    /// The characters of [`Line::text`] this glyph shows.
    pub text: Range<usize>,
}

impl Text {
    /// The clip box in logical pixels.
    pub fn clip_rect(&self, scale: f32) -> Rect {
        let [l, t, r, b] = self.clip.map(|v| v as f32 / scale);
        Rect::new(l, t, r - l, b - t)
    }
}

impl Item {
    /// The area the item may touch, in logical pixels.
    pub fn bounds(&self, scale: f32) -> Rect {
        match self {
            Self::Fill { bounds, .. } | Self::Stroke { bounds, .. } => *bounds,
            Self::Text(text) => text.clip_rect(scale),
        }
    }
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}
