//! The PNG backend: renders a [`Scene`] with tiny-skia in horizontal bands,
//! on every core, and hands the bands over in order. Band boundaries are
//! fixed, so the pixels are the same whatever the number of threads.

use std::collections::HashMap;
use std::sync::mpsc;

use cosmic_text::{CacheKey, SwashCache, SwashContent, SwashImage};
use tiny_skia::{
    FillRule, LineCap, LineJoin, Paint, Pixmap, PremultipliedColorU8, Stroke, StrokeDash, Transform,
};

use super::canvas::Canvas;
use super::layout::Rect;
use super::scene::{DASH, Item, Scene, Text};
use crate::palette::Rgb;

/// Rows of device pixels in a band.
pub const BAND: u32 = 32;

/// Straight (not premultiplied) RGBA bytes from tiny-skia's premultiplied ones.
pub fn rgba(data: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    for p in out.chunks_exact_mut(4) {
        if p[3] != 255 {
            let c = straight(p);
            p.copy_from_slice(&c);
        }
    }
    out
}

/// PNG scanlines of the opaque image, into `out` (reused from band to
/// band): each row of `width` pixels is a filter byte and its RGB bytes.
/// A row the same as the one above it is filtered "up", which makes it all
/// zeros; the others are left unfiltered, as rows of flat colour and text
/// compress better so than with any PNG filter.
pub fn scanlines(data: &[u8], width: u32, out: &mut Vec<u8>) {
    let width = width as usize;
    let rows = data.len() / (width * 4).max(1);
    out.resize(rows * (1 + width * 3), 0);
    let mut above = None;
    for (o, p) in out
        .chunks_exact_mut(1 + width * 3)
        .zip(data.chunks_exact(width * 4))
    {
        if above == Some(p) {
            o[0] = 2;
            o[1..].fill(0);
        } else {
            o[0] = 0;
            rgb(p, &mut o[1..]);
        }
        above = Some(p);
    }
}

/// RGB bytes of premultiplied RGBA ones.
fn rgb(data: &[u8], out: &mut [u8]) {
    // Four pixels at a time, as fixed-size arrays, which the compiler turns
    // into a few shuffles.
    let (quads, rest) = data.as_chunks::<16>();
    let (outs, out_rest) = out.as_chunks_mut::<12>();
    for (o, p) in outs.iter_mut().zip(quads) {
        if p[3] & p[7] & p[11] & p[15] == 255 {
            *o = [
                p[0], p[1], p[2], p[4], p[5], p[6], p[8], p[9], p[10], p[12], p[13], p[14],
            ];
        } else {
            for (o, p) in o
                .as_chunks_mut::<3>()
                .0
                .iter_mut()
                .zip(p.as_chunks::<4>().0)
            {
                o.copy_from_slice(&straight(p)[..3]);
            }
        }
    }
    for (o, p) in out_rest
        .as_chunks_mut::<3>()
        .0
        .iter_mut()
        .zip(rest.as_chunks::<4>().0)
    {
        o.copy_from_slice(&straight(p)[..3]);
    }
}

/// A premultiplied pixel's straight colour.
fn straight(p: &[u8]) -> [u8; 4] {
    if p[3] == 255 {
        return [p[0], p[1], p[2], 255];
    }
    match PremultipliedColorU8::from_rgba(p[0], p[1], p[2], p[3]) {
        Some(c) => {
            let c = c.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        }
        None => [p[0], p[1], p[2], p[3]],
    }
}

/// Rasterized glyphs, shared read-only by the band threads.
type Glyphs = HashMap<CacheKey, SwashImage>;

/// The image's size in device pixels.
pub fn size(scene: &Scene) -> (u32, u32) {
    let px = |v: f32| (v * scene.scale).ceil() as u32;
    (px(scene.width), px(scene.height))
}

/// Renders the canvas's scene band by band on `threads` threads, turns
/// each band's (premultiplied) pixels into `T` on the same threads, each
/// with a converter of its own from `converter`, and passes them to `sink`,
/// top to bottom. `no_memory` is the error when a band cannot be allocated.
pub fn bands<C: FnMut(&[u8]) -> T, T: Send, E>(
    canvas: &mut Canvas,
    threads: usize,
    converter: impl Fn() -> C + Sync,
    no_memory: impl Fn() -> E,
    mut sink: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    let glyphs = glyph_images(canvas);
    let scene = &canvas.scene;
    let (width, height) = size(scene);
    let count = height.div_ceil(BAND);
    let on_band = items_by_band(scene, count);
    let threads = threads.clamp(1, count.max(1) as usize);
    std::thread::scope(|scope| {
        let (glyphs, converter, on_band) = (&glyphs, &converter, &on_band);
        let receivers: Vec<_> = (0..threads)
            .map(|worker| {
                // Each worker renders every `threads`-th band, at most one
                // ahead of the sink, so memory stays a few bands.
                let (send, receive) = mpsc::sync_channel(1);
                scope.spawn(move || {
                    let mut convert = converter();
                    // One pixmap for all of this worker's bands (but a
                    // shorter last one): no new memory to fault in each time.
                    let mut pixmap = None;
                    for band in (worker as u32..count).step_by(threads) {
                        let top = band * BAND;
                        let rows = BAND.min(height - top);
                        if pixmap.as_ref().is_none_or(|p: &Pixmap| p.height() != rows) {
                            pixmap = Pixmap::new(width, rows);
                        }
                        let bytes = pixmap.as_mut().map(|p| {
                            render_band(p, scene, &on_band[band as usize], glyphs, top);
                            convert(p.data())
                        });
                        if send.send(bytes).is_err() {
                            return;
                        }
                    }
                });
                receive
            })
            .collect();
        for band in 0..count as usize {
            let converted = receivers[band % threads]
                .recv()
                .ok()
                .flatten()
                .ok_or_else(&no_memory)?;
            sink(converted)?;
        }
        Ok(())
    })
}

/// For each band of [`BAND`] rows, the scene's items that reach into it,
/// in drawing order: each band then draws only its own, instead of testing
/// every item of the scene.
fn items_by_band(scene: &Scene, count: u32) -> Vec<Vec<u32>> {
    let s = scene.scale;
    let mut bands = vec![Vec::new(); count as usize];
    for (index, item) in scene.items.iter().enumerate() {
        let b = item.bounds(s);
        if b.w <= 0.0 || b.h <= 0.0 {
            continue;
        }
        // Whole bands from the one holding the top edge to the one holding
        // the bottom edge, as `Rect::overlaps` would find them.
        let first = ((b.y * s).floor().max(0.0) as u32 / BAND).min(count);
        let last = ((b.bottom() * s).ceil().max(0.0) as u32)
            .div_ceil(BAND)
            .min(count);
        for band in &mut bands[first as usize..last as usize] {
            band.push(index as u32);
        }
    }
    bands
}

/// Every glyph the scene sets, rasterized once.
fn glyph_images(canvas: &mut Canvas) -> Glyphs {
    let mut cache = SwashCache::new();
    let mut images = Glyphs::new();
    for item in &canvas.scene.items {
        let Item::Text(text) = item else { continue };
        for glyph in text.lines.iter().flat_map(|line| &line.glyphs) {
            if !images.contains_key(&glyph.key)
                && let Some(image) = cache.get_image_uncached(&mut canvas.fonts, glyph.key)
            {
                images.insert(glyph.key, image);
            }
        }
    }
    images
}

fn paint(rgb: Rgb, alpha: u8) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(rgb.0, rgb.1, rgb.2, alpha);
    paint.anti_alias = true;
    paint
}

/// Draws rows `top..` of the image, as many as `pixmap` has, on `pixmap`:
/// the scene's items numbered in `items`, those that reach into the band.
fn render_band(pixmap: &mut Pixmap, scene: &Scene, items: &[u32], glyphs: &Glyphs, top: u32) {
    let bg = scene.background;
    pixmap.fill(tiny_skia::Color::from_rgba8(bg.0, bg.1, bg.2, 255));
    let (width, rows) = (pixmap.width(), pixmap.height());
    let s = scene.scale;
    let band = Rect::new(0.0, top as f32 / s, width as f32 / s, rows as f32 / s);
    let transform = Transform::from_row(s, 0.0, 0.0, s, 0.0, -(top as f32));
    for item in items.iter().filter_map(|&i| scene.items.get(i as usize)) {
        if !item.bounds(s).overlaps(&band) {
            continue;
        }
        match item {
            Item::Fill {
                path,
                colour,
                alpha,
                ..
            } => pixmap.fill_path(
                path,
                &paint(*colour, *alpha),
                FillRule::Winding,
                transform,
                None,
            ),
            Item::Stroke {
                path,
                colour,
                width,
                dash,
                round,
                ..
            } => {
                let stroke = Stroke {
                    width: *width,
                    line_cap: if *round {
                        LineCap::Round
                    } else {
                        LineCap::Butt
                    },
                    line_join: if *round {
                        LineJoin::Round
                    } else {
                        LineJoin::Miter
                    },
                    dash: if *dash {
                        StrokeDash::new(DASH.to_vec(), 0.0)
                    } else {
                        None
                    },
                    ..Stroke::default()
                };
                pixmap.stroke_path(path, &paint(*colour, 255), &stroke, transform, None);
            }
            Item::Text(text) => draw_text(pixmap, glyphs, text, top as i32),
        }
    }
}

/// Blends a text's glyphs onto a band whose first row is `top`.
fn draw_text(pixmap: &mut Pixmap, glyphs: &Glyphs, text: &Text, top: i32) {
    let [left, clip_top, right, bottom] = text.clip;
    let (w, h) = (pixmap.width() as i32, pixmap.height() as i32);
    let (x0, x1) = (left.max(0), right.min(w));
    let (y0, y1) = (clip_top.max(top), bottom.min(top + h));
    let c = text.colour;
    let pixels = pixmap.pixels_mut();
    for glyph in text.lines.iter().flat_map(|line| &line.glyphs) {
        let Some(image) = glyphs.get(&glyph.key) else {
            continue;
        };
        if image.content != SwashContent::Mask {
            continue;
        }
        let p = image.placement;
        let (gx, gy) = (glyph.pixel.0 + p.left, glyph.pixel.1 - p.top);
        if gy >= y1 || gy + p.height as i32 <= y0 {
            continue;
        }
        for dy in 0..p.height as i32 {
            let y = gy + dy;
            if y < y0 || y >= y1 {
                continue;
            }
            for dx in 0..p.width as i32 {
                let x = gx + dx;
                if x < x0 || x >= x1 {
                    continue;
                }
                let a = image.data[(dy * p.width as i32 + dx) as usize];
                let index = ((y - top) * w + x) as usize;
                pixels[index] = blend(pixels[index], c, a);
            }
        }
    }
}

/// Source-over blend of one text pixel of coverage `a` onto a
/// (premultiplied) pixel.
fn blend(dst: PremultipliedColorU8, c: Rgb, a: u8) -> PremultipliedColorU8 {
    if a == 0 {
        return dst;
    }
    let a = u32::from(a);
    let inv = 255 - a;
    let mix = |src: u8, dst: u8| ((u32::from(src) * a + u32::from(dst) * inv + 127) / 255) as u8;
    let alpha = (a + (u32::from(dst.alpha()) * inv + 127) / 255).min(255) as u8;
    let (r, g, b) = (
        mix(c.0, dst.red()),
        mix(c.1, dst.green()),
        mix(c.2, dst.blue()),
    );
    PremultipliedColorU8::from_rgba(r.min(alpha), g.min(alpha), b.min(alpha), alpha).unwrap_or(dst)
}
