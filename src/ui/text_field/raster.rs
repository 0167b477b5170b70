//! Turns a parley layout into an egui image: each glyph rasterized by swash
//! at the screen's pixel density, as coverage in one alpha mask that egui
//! tints with the text colour.

use eframe::egui::{Color32, ColorImage};
use parley::{Layout, PositionedLayoutItem};
use swash::scale::{Render, ScaleContext, Source, image::Content};
use swash::zeno::{Format, Vector};

/// The largest side of a text image, in pixels; glyphs past it are cut.
const MAX_SIDE: usize = 8192;

/// Rasterizes `layout`, `width` points wide, at `pixels_per_point`.
/// `alpha` maps a pixel's coverage to its opacity, as egui does for its own text.
pub fn rasterize(
    layout: &Layout<()>,
    width: f32,
    pixels_per_point: f32,
    alpha: impl Fn(f32) -> f32,
    scaler: &mut ScaleContext,
) -> ColorImage {
    let side = |points: f32| ((points * pixels_per_point).ceil() as usize + 2).min(MAX_SIDE);
    let (w, h) = (side(width), side(layout.height()));
    let mut coverage = vec![0u8; w * h];
    for line in layout.lines() {
        for item in line.items() {
            let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                continue;
            };
            let run = glyph_run.run();
            let font = run.font();
            let Some(font_ref) = swash::FontRef::from_index(font.data.as_ref(), font.index as usize)
            else {
                continue;
            };
            let mut glyph_scaler = scaler
                .builder(font_ref)
                .size(run.font_size() * pixels_per_point)
                .hint(false)
                .normalized_coords(run.normalized_coords().iter().map(|c| c.to_bits()))
                .build();
            for glyph in glyph_run.positioned_glyphs() {
                let Ok(id) = u16::try_from(glyph.id) else {
                    continue;
                };
                let (x, y) = (glyph.x * pixels_per_point, glyph.y * pixels_per_point);
                let Some(image) = Render::new(&[Source::Outline])
                    .format(Format::Alpha)
                    .offset(Vector::new(x.fract(), y.fract()))
                    .render(&mut glyph_scaler, id)
                else {
                    continue;
                };
                if image.content != Content::Mask {
                    continue;
                }
                let p = image.placement;
                let left = x.floor() as i64 + i64::from(p.left);
                let top = y.floor() as i64 - i64::from(p.top);
                for row in 0..p.height as usize {
                    let py = top + row as i64;
                    if py < 0 || py >= h as i64 {
                        continue;
                    }
                    for col in 0..p.width as usize {
                        let px = left + col as i64;
                        if px < 0 || px >= w as i64 {
                            continue;
                        }
                        let source = image.data[row * p.width as usize + col];
                        let target = &mut coverage[py as usize * w + px as usize];
                        *target = target.saturating_add(source);
                    }
                }
            }
        }
    }
    let pixels = coverage
        .into_iter()
        .map(|c| {
            let a = alpha(f32::from(c) / 255.0);
            Color32::from_white_alpha((a * 255.0).round() as u8)
        })
        .collect();
    ColorImage::new([w, h], pixels)
}
