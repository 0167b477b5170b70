//! Drawing primitives in logical pixels on a tiny-skia pixmap, with text
//! shaped and laid out by cosmic-text (bidi, Arabic joining, wrapping,
//! ellipsis) in the bundled fonts only.

use cosmic_text::{
    Align, Attrs, Buffer, Color, Ellipsize, EllipsizeHeightLimit, Family, FontSystem, Metrics,
    Shaping, SwashCache, Weight, Wrap, fontdb,
};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, PremultipliedColorU8, Stroke, Transform};

use super::layout::Rect;
use crate::palette::Rgb;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Bold.ttf");
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

pub struct Canvas {
    pub pixmap: Pixmap,
    /// Every piece of text set, in drawing order, when recording.
    pub words: Option<Vec<String>>,
    scale: f32,
    fonts: FontSystem,
    glyphs: SwashCache,
}

fn paint(rgb: Rgb, alpha: u8) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(rgb.0, rgb.1, rgb.2, alpha);
    paint.anti_alias = true;
    paint
}

impl Canvas {
    /// A canvas of `width` x `height` logical pixels at `scale`, filled with `background`.
    pub fn new(width: u32, height: u32, scale: f32, background: Rgb) -> Option<Self> {
        let mut pixmap = Pixmap::new(width, height)?;
        pixmap.fill(tiny_skia::Color::from_rgba8(
            background.0,
            background.1,
            background.2,
            255,
        ));
        let mut db = fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
        Some(Self {
            pixmap,
            words: None,
            scale,
            fonts: FontSystem::new_with_locale_and_db("en-US".to_owned(), db),
            glyphs: SwashCache::new(),
        })
    }

    fn transform(&self) -> Transform {
        Transform::from_scale(self.scale, self.scale)
    }

    fn fill(&mut self, path: &tiny_skia::Path, rgb: Rgb, alpha: u8) {
        let transform = self.transform();
        self.pixmap
            .fill_path(path, &paint(rgb, alpha), FillRule::Winding, transform, None);
    }

    fn stroke(&mut self, path: &tiny_skia::Path, rgb: Rgb, stroke: &Stroke) {
        let transform = self.transform();
        self.pixmap
            .stroke_path(path, &paint(rgb, 255), stroke, transform, None);
    }

    pub fn fill_rect(&mut self, rect: Rect, radius: f32, rgb: Rgb, alpha: u8) {
        if let Some(path) = rounded_rect(rect, radius) {
            self.fill(&path, rgb, alpha);
        }
    }

    pub fn stroke_rect(&mut self, rect: Rect, radius: f32, rgb: Rgb, width: f32) {
        if let Some(path) = rounded_rect(rect, radius) {
            self.stroke(
                &path,
                rgb,
                &Stroke {
                    width,
                    ..Stroke::default()
                },
            );
        }
    }

    /// A polyline; `dash` draws it dashed.
    pub fn line(&mut self, points: &[(f32, f32)], rgb: Rgb, width: f32, dash: bool) {
        let Some(path) = polyline(points, false) else {
            return;
        };
        let stroke = Stroke {
            width,
            line_cap: tiny_skia::LineCap::Round,
            line_join: tiny_skia::LineJoin::Round,
            dash: if dash {
                tiny_skia::StrokeDash::new(vec![6.0, 5.0], 0.0)
            } else {
                None
            },
            ..Stroke::default()
        };
        self.stroke(&path, rgb, &stroke);
    }

    pub fn polygon(&mut self, points: &[(f32, f32)], rgb: Rgb, alpha: u8) {
        if let Some(path) = polyline(points, true) {
            self.fill(&path, rgb, alpha);
        }
    }

    pub fn circle(&mut self, (x, y): (f32, f32), radius: f32, fill: Rgb, ring: Option<(Rgb, f32)>) {
        let Some(path) = PathBuilder::from_circle(x, y, radius) else {
            return;
        };
        self.fill(&path, fill, 255);
        if let Some((rgb, width)) = ring {
            self.stroke(
                &path,
                rgb,
                &Stroke {
                    width,
                    ..Stroke::default()
                },
            );
        }
    }

    fn buffer(&mut self, text: &str, width: f32, style: TextStyle) -> Buffer {
        let s = self.scale;
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
            / self.scale
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
        let mut buffer = self.buffer(text, rect.w, style);
        let s = self.scale;
        let used = buffer
            .layout_runs()
            .take(style.max_lines)
            .map(|run| run.line_top + run.line_height)
            .fold(0.0, f32::max);
        let (ox, oy) = ((rect.x * s).round() as i32, (rect.y * s).round() as i32);
        let clip = (
            ox,
            oy,
            ox + (rect.w * s).ceil() as i32,
            oy + (rect.h * s).ceil() as i32,
        );
        let colour = Color::rgb(style.colour.0, style.colour.1, style.colour.2);
        let pixmap = &mut self.pixmap;
        buffer.draw(
            &mut self.fonts,
            &mut self.glyphs,
            colour,
            |x, y, w, h, c| {
                for dy in 0..h as i32 {
                    for dx in 0..w as i32 {
                        let (px, py) = (ox + x + dx, oy + y + dy);
                        if px >= clip.0 && px < clip.2 && py >= clip.1 && py < clip.3 {
                            blend(pixmap, px, py, c);
                        }
                    }
                }
            },
        );
        used / s
    }
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

/// Source-over blend of one text pixel onto the (premultiplied) pixmap.
fn blend(pixmap: &mut Pixmap, x: i32, y: i32, c: Color) {
    let (w, h) = (pixmap.width() as i32, pixmap.height() as i32);
    if x < 0 || y < 0 || x >= w || y >= h || c.a() == 0 {
        return;
    }
    let index = (y * w + x) as usize;
    let pixels = pixmap.pixels_mut();
    let dst = pixels[index];
    let a = u32::from(c.a());
    let inv = 255 - a;
    let mix = |src: u8, dst: u8| ((u32::from(src) * a + u32::from(dst) * inv + 127) / 255) as u8;
    let alpha = (a + (u32::from(dst.alpha()) * inv + 127) / 255).min(255) as u8;
    let (r, g, b) = (
        mix(c.r(), dst.red()),
        mix(c.g(), dst.green()),
        mix(c.b(), dst.blue()),
    );
    if let Some(p) =
        PremultipliedColorU8::from_rgba(r.min(alpha), g.min(alpha), b.min(alpha), alpha)
    {
        pixels[index] = p;
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
