//! Drawing primitives in logical pixels, recorded in a [`Scene`], with text
//! shaped and laid out by cosmic-text (bidi, Arabic joining, wrapping,
//! ellipsis) in the bundled fonts only.

use cosmic_text::{
    Align, Attrs, Buffer, Ellipsize, EllipsizeHeightLimit, Family, FontSystem, LayoutGlyph,
    Metrics, PhysicalGlyph, Shaping, Weight, Wrap, fontdb,
};
use tiny_skia::PathBuilder;

use super::layout::Rect;
use super::scene::{Glyph, Item, Line, Scene, Text};
use crate::palette::Rgb;

pub(super) const REGULAR: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Regular.ttf");
pub(super) const BOLD: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Bold.ttf");
const FAMILY: &str = "Vazirmatn";

/// How a piece of text is set.
#[derive(Clone, Copy, Debug)]
pub struct TextStyle {
    pub size: f32,
    pub bold: bool,
    pub colour: Rgb,
    /// Wrapped to at most this many lines, the last ending in "…" if cut.
    pub max_lines: usize,
    /// `None` starts each paragraph at its own side (left for English,
    /// right for Persian).
    pub align: Option<Align>,
}

impl TextStyle {
    pub fn new(size: f32, colour: Rgb) -> Self {
        Self {
            size,
            bold: false,
            colour,
            max_lines: 1,
            align: None,
        }
    }
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    pub fn lines(mut self, max_lines: usize) -> Self {
        self.max_lines = max_lines;
        self
    }
    pub fn centred(mut self) -> Self {
        self.align = Some(Align::Center);
        self
    }
    /// Flush against the box's right side when `right`, else its left,
    /// whatever the text's direction: for labels set beside a mark.
    pub fn flush(mut self, right: bool) -> Self {
        self.align = Some(if right { Align::Right } else { Align::Left });
        self
    }
}

/// The surface the infographic is drawn on. It shapes text and records
/// every shape and glyph in a [`Scene`], which the PNG, PDF and SVG
/// backends then render.
pub struct Canvas {
    pub scene: Scene,
    /// Every piece of text set, in drawing order, when recording.
    pub words: Option<Vec<String>>,
    pub(super) fonts: FontSystem,
    bold_font: Option<fontdb::ID>,
}

impl Canvas {
    /// A canvas of `width` x `height` logical pixels whose text is shaped
    /// for rasterizing at `scale` (the vector backends take any scale).
    pub fn new(width: f32, height: f32, scale: f32, background: Rgb) -> Self {
        let mut db = fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
        let bold_font = db
            .faces()
            .find(|face| face.weight == Weight::BOLD)
            .map(|face| face.id);
        Self {
            scene: Scene {
                width,
                height,
                scale,
                background,
                items: Vec::new(),
            },
            words: None,
            fonts: FontSystem::new_with_locale_and_db("en-US".to_owned(), db),
            bold_font,
        }
    }

    /// An empty canvas like this one, with fonts of its own, for drawing
    /// part of the picture on another thread; [`Self::append`] joins it.
    pub fn sibling(&self) -> Self {
        let s = &self.scene;
        let mut canvas = Self::new(s.width, s.height, s.scale, s.background);
        canvas.words = self.words.as_ref().map(|_| Vec::new());
        canvas
    }

    /// Adds what `part` drew (see [`Self::sibling`]) after what this canvas drew.
    pub fn append(&mut self, part: Self) {
        debug_assert_eq!(
            part.bold_font, self.bold_font,
            "the same fonts in the same order"
        );
        self.scene.items.extend(part.scene.items);
        if let (Some(words), Some(more)) = (&mut self.words, part.words) {
            words.extend(more);
        }
    }

    /// Records what `draw` sets in a scene of its own, `width` x `height`:
    /// for a page's note, drawn with the same fonts.
    pub fn apart(&mut self, width: f32, height: f32, draw: impl FnOnce(&mut Self)) -> Scene {
        let scene = Scene {
            width,
            height,
            scale: self.scene.scale,
            background: self.scene.background,
            items: Vec::new(),
        };
        let whole = std::mem::replace(&mut self.scene, scene);
        draw(self);
        std::mem::replace(&mut self.scene, whole)
    }

    fn fill(&mut self, path: tiny_skia::Path, rgb: Rgb, alpha: u8) {
        // A flat shape (a zero-length bar, a gap area where ideal equals
        // real) covers nothing.
        let b = path.bounds();
        if b.width() <= 0.0 || b.height() <= 0.0 {
            return;
        }
        self.scene.items.push(Item::Fill {
            bounds: bounds(&path, 0.0),
            path,
            colour: rgb,
            alpha,
        });
    }

    fn stroke(&mut self, path: tiny_skia::Path, rgb: Rgb, width: f32, dash: bool, round: bool) {
        self.scene.items.push(Item::Stroke {
            bounds: bounds(&path, width),
            path,
            colour: rgb,
            width,
            dash,
            round,
        });
    }

    pub fn fill_rect(&mut self, rect: Rect, radius: f32, rgb: Rgb, alpha: u8) {
        if let Some(path) = rounded_rect(rect, radius) {
            self.fill(path, rgb, alpha);
        }
    }

    pub fn stroke_rect(&mut self, rect: Rect, radius: f32, rgb: Rgb, width: f32) {
        if let Some(path) = rounded_rect(rect, radius) {
            self.stroke(path, rgb, width, false, false);
        }
    }

    /// A polyline; `dash` draws it dashed.
    pub fn line(&mut self, points: &[(f32, f32)], rgb: Rgb, width: f32, dash: bool) {
        if let Some(path) = polyline(points, false) {
            self.stroke(path, rgb, width, dash, true);
        }
    }

    pub fn polygon(&mut self, points: &[(f32, f32)], rgb: Rgb, alpha: u8) {
        if let Some(path) = polyline(points, true) {
            self.fill(path, rgb, alpha);
        }
    }

    pub fn circle(&mut self, (x, y): (f32, f32), radius: f32, fill: Rgb, ring: Option<(Rgb, f32)>) {
        let Some(path) = PathBuilder::from_circle(x, y, radius) else {
            return;
        };
        if let Some((rgb, width)) = ring {
            self.fill(path.clone(), fill, 255);
            self.stroke(path, rgb, width, false, false);
        } else {
            self.fill(path, fill, 255);
        }
    }

    fn buffer(&mut self, text: &str, width: f32, style: TextStyle) -> Buffer {
        let s = self.scene.scale;
        let metrics = Metrics::new(style.size * s, (style.size * 1.35 * s).round());
        let mut buffer = Buffer::new(&mut self.fonts, metrics);
        buffer.set_wrap(Wrap::WordOrGlyph);
        buffer.set_size(Some(width * s), None);
        let weight = if style.bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        };
        let attrs = Attrs::new().family(Family::Name(FAMILY)).weight(weight);
        let align = style.align;
        let text = isolates_as_marks(text);
        let text = crate::text::visible_prefix(&text, width, style.size, style.max_lines);
        buffer.set_text(text, &attrs, Shaping::Advanced, align);
        buffer.shape_until_scroll(&mut self.fonts, false);
        // Ellipsize only text that does not fit: cosmic-text's ellipsis pass
        // otherwise indents a last line that fits exactly.
        if buffer.layout_runs().count() > style.max_lines.max(1) {
            buffer.set_ellipsize(Ellipsize::End(EllipsizeHeightLimit::Lines(
                style.max_lines.max(1),
            )));
            buffer.shape_until_scroll(&mut self.fonts, false);
        }
        buffer
    }

    /// Width in logical pixels of `text` set on one line.
    pub fn text_width(&mut self, text: &str, style: TextStyle) -> f32 {
        let buffer = self.buffer(text, 100_000.0, style.lines(1));
        buffer
            .layout_runs()
            .map(|run| run.line_w)
            .fold(0.0, f32::max)
            / self.scene.scale
    }

    /// Sets `text` in the box `rect` (top-aligned, clipped to it). Returns the
    /// height used, in logical pixels.
    pub fn text(&mut self, rect: Rect, text: &str, style: TextStyle) -> f32 {
        if text.is_empty() || rect.w <= 0.0 {
            return 0.0;
        }
        if let Some(words) = &mut self.words {
            words.push(text.to_owned());
        }
        let buffer = self.buffer(text, rect.w, style);
        let s = self.scene.scale;
        let used = buffer
            .layout_runs()
            .take(style.max_lines)
            .map(|run| run.line_top + run.line_height)
            .fold(0.0, f32::max);
        // Lines start on whole device pixels from the box's corner, as
        // cosmic-text draws them.
        let (ox, oy) = ((rect.x * s).round() as i32, (rect.y * s).round() as i32);
        let clip = [
            ox,
            oy,
            ox + (rect.w * s).ceil() as i32,
            oy + (rect.h * s).ceil() as i32,
        ];
        let lines = buffer
            .layout_runs()
            .map(|run| Line {
                text: run.text.to_owned(),
                glyphs: run
                    .glyphs
                    .iter()
                    .map(|g| {
                        let physical = physical(g, run.line_y, s);
                        Glyph {
                            key: physical.cache_key,
                            pixel: (ox + physical.x, oy + physical.y),
                            x: (ox as f32 + g.x) / s,
                            y: (oy as f32 + run.line_y + g.y) / s,
                            offset: (g.font_size * g.x_offset / s, g.font_size * g.y_offset / s),
                            advance: g.w / s,
                            size: g.font_size / s,
                            bold: Some(g.font_id) == self.bold_font,
                            id: g.glyph_id,
                            text: g.start..g.end,
                        }
                    })
                    .collect(),
            })
            .collect();
        self.scene.items.push(Item::Text(Text {
            clip,
            colour: style.colour,
            lines,
        }));
        used / s
    }
}

/// Where the PNG draws a glyph, in device pixels. From scale 2 up, each
/// glyph starts on a whole device pixel, so a letter has the same pixels
/// wherever it is set, and the PNG's deflate finds it again (the shoe store
/// at scale 2 is a fifth smaller); it moves by at most a quarter of a
/// logical pixel. At scale 1 that would be half a pixel, which shows as
/// uneven spacing, so there glyphs keep cosmic-text's quarter pixels. The
/// vector exports use the unrounded position.
fn physical(g: &LayoutGlyph, line_y: f32, scale: f32) -> PhysicalGlyph {
    if scale < 2.0 {
        return g.physical((0.0, line_y), 1.0);
    }
    let offset = g.font_size * g.x_offset;
    let snapped = LayoutGlyph {
        x: (g.x + offset).round() - offset,
        ..g.clone()
    };
    snapped.physical((0.0, line_y), 1.0)
}

/// A path's extent, widened by half a stroke and a pixel of anti-aliasing.
fn bounds(path: &tiny_skia::Path, stroke: f32) -> Rect {
    let b = path.bounds();
    let m = stroke / 2.0 + 1.0;
    Rect::new(
        b.x() - m,
        b.y() - m,
        b.width() + 2.0 * m,
        b.height() + 2.0 * m,
    )
}

/// cosmic-text's bidi ignores isolates, so a left-to-right isolate around
/// a signed number ("\u{2066}+2\u{2069}") becomes a pair of left-to-right
/// marks, which hold the sign and digits together in the same order.
fn isolates_as_marks(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\u{2066}') {
        text.replace(['\u{2066}', '\u{2069}'], "\u{200E}").into()
    } else {
        text.into()
    }
}

/// A path through `points`, closed into a polygon when `close`.
fn polyline(points: &[(f32, f32)], close: bool) -> Option<tiny_skia::Path> {
    let (&(x0, y0), rest) = points.split_first()?;
    let mut builder = PathBuilder::new();
    builder.move_to(x0, y0);
    for &(x, y) in rest {
        builder.line_to(x, y);
    }
    if close {
        builder.close();
    }
    builder.finish()
}

fn rounded_rect(rect: Rect, radius: f32) -> Option<tiny_skia::Path> {
    let r = radius.min(rect.w / 2.0).min(rect.h / 2.0).max(0.0);
    if r == 0.0 {
        return tiny_skia::Rect::from_xywh(rect.x, rect.y, rect.w, rect.h)
            .map(PathBuilder::from_rect);
    }
    let (x0, y0, x1, y1) = (rect.x, rect.y, rect.right(), rect.bottom());
    // Circle arcs approximated by cubic curves (kappa = 0.5523).
    let k = r * 0.552_284_8;
    let mut b = PathBuilder::new();
    b.move_to(x0 + r, y0);
    b.line_to(x1 - r, y0);
    b.cubic_to(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
    b.line_to(x1, y1 - r);
    b.cubic_to(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
    b.line_to(x0 + r, y1);
    b.cubic_to(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
    b.line_to(x0, y0 + r);
    b.cubic_to(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
    b.close();
    b.finish()
}
