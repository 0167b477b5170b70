//! Turns a parley layout into an egui image: each glyph rasterized by swash
//! at the screen's pixel density, as coverage in one alpha mask that egui
//! tints with the text colour. Glyph masks are cached, so typing a letter
//! costs a layout and a copy, not a rasterization of the whole text.

use std::collections::HashMap;

use eframe::egui::{Color32, ColorImage};
use parley::{Layout, PositionedLayoutItem};
use swash::scale::{Render, ScaleContext, Source, image::Content};
use swash::zeno::{Format, Vector};

/// The largest side of a text image, in pixels; glyphs past it are cut.
const MAX_SIDE: usize = 8192;

/// Glyph positions are rounded to a quarter pixel, as egui does for its text.
const SUBPIXELS: f32 = 4.0;

/// Cached masks beyond this many are dropped and made again as needed.
const MAX_GLYPHS: usize = 8192;

/// Font, glyph, size and quarter-pixel offset.
type GlyphKey = (u64, u32, u16, u32, u8, u8);

/// A glyph's coverage and where it sits relative to its pen position.
struct Mask {
    left: i64,
    top: i64,
    width: usize,
    height: usize,
    data: Vec<u8>,
}

#[derive(Default)]
pub struct Rasterizer {
    scaler: ScaleContext,
    glyphs: HashMap<GlyphKey, Option<Mask>>,
}

impl Rasterizer {
    /// Rasterizes `layout`, `width` points wide, at `pixels_per_point`.
    /// `alpha` maps a pixel's coverage to its opacity, as egui does for its own text.
    pub fn rasterize(
        &mut self,
        layout: &Layout<()>,
        width: f32,
        pixels_per_point: f32,
        alpha: impl Fn(f32) -> f32,
    ) -> ColorImage {
        let side = |points: f32| ((points * pixels_per_point).ceil() as usize + 2).min(MAX_SIDE);
        let (w, h) = (side(width), side(layout.height()));
        let mut coverage = vec![0u8; w * h];
        if self.glyphs.len() > MAX_GLYPHS {
            self.glyphs.clear();
        }
        for line in layout.lines() {
            for item in line.items() {
                let PositionedLayoutItem::GlyphRun(glyph_run) = item else {
                    continue;
                };
                let run = glyph_run.run();
                let font = run.font();
                let size = run.font_size() * pixels_per_point;
                for glyph in glyph_run.positioned_glyphs() {
                    let Ok(id) = u16::try_from(glyph.id) else {
                        continue;
                    };
                    let (x, y) = (glyph.x * pixels_per_point, glyph.y * pixels_per_point);
                    let bin = |v: f32| ((v.fract() * SUBPIXELS).floor() as u8).min(3);
                    let (bx, by) = (bin(x), bin(y));
                    let key = (font.data.id(), font.index, id, size.to_bits(), bx, by);
                    let scaler = &mut self.scaler;
                    let mask = self.glyphs.entry(key).or_insert_with(|| {
                        let offset = Vector::new(f32::from(bx), f32::from(by)) * (1.0 / SUBPIXELS);
                        let coords = run.normalized_coords().iter().map(|c| c.to_bits());
                        render(scaler, font, size, coords, id, offset)
                    });
                    if let Some(mask) = mask {
                        blit(
                            &mut coverage,
                            w,
                            h,
                            mask,
                            x.floor() as i64,
                            y.floor() as i64,
                        );
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
}

fn render(
    scaler: &mut ScaleContext,
    font: &parley::FontData,
    size: f32,
    coords: impl IntoIterator<Item = i16>,
    id: u16,
    offset: Vector,
) -> Option<Mask> {
    let font_ref = swash::FontRef::from_index(font.data.as_ref(), font.index as usize)?;
    let mut glyph_scaler = scaler
        .builder(font_ref)
        .size(size)
        .hint(false)
        .normalized_coords(coords)
        .build();
    let image = Render::new(&[Source::Outline])
        .format(Format::Alpha)
        .offset(offset)
        .render(&mut glyph_scaler, id)?;
    (image.content == Content::Mask).then(|| Mask {
        left: i64::from(image.placement.left),
        top: i64::from(image.placement.top),
        width: image.placement.width as usize,
        height: image.placement.height as usize,
        data: image.data,
    })
}

/// Adds `mask`'s coverage into the `w` x `h` buffer with its pen at (`x`, `y`).
fn blit(coverage: &mut [u8], w: usize, h: usize, mask: &Mask, x: i64, y: i64) {
    let (left, top) = (x + mask.left, y - mask.top);
    for row in 0..mask.height {
        let py = top + row as i64;
        if py < 0 || py >= h as i64 {
            continue;
        }
        for col in 0..mask.width {
            let px = left + col as i64;
            if px < 0 || px >= w as i64 {
                continue;
            }
            let target = &mut coverage[py as usize * w + px as usize];
            *target = target.saturating_add(mask.data[row * mask.width + col]);
        }
    }
}
