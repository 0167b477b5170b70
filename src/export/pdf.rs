//! The PDF backend: a [`Scene`] drawn with krilla as vector shapes and real
//! text (the bundled fonts embedded as subsets, each glyph mapped back to
//! the characters it shows, so text can be selected, searched and copied).

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Transform};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::canvas::{BOLD, REGULAR};
use super::layout::Rect;
use super::pages::Page;
use super::scene::{DASH, Item, Scene, Text};
use crate::palette::Rgb;

/// Points per logical pixel: a logical pixel is 1/96 inch.
pub const PT: f32 = 0.75;

/// The document: each page shows its views of `scene`, and its note; the
/// document carries `map` as an attached file when given.
pub fn write(scene: &Scene, pages: &[Page], map: Option<&str>) -> Result<Vec<u8>, String> {
    let fonts = Fonts {
        regular: Font::new(REGULAR.into(), 0).ok_or("the bundled font cannot be read")?,
        bold: Font::new(BOLD.into(), 0).ok_or("the bundled bold font cannot be read")?,
    };
    let mut document = Document::new();
    for page in pages {
        let settings = PageSettings::from_wh(page.width * PT, page.height * PT)
            .ok_or("the page has no size")?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        surface.push_transform(&Transform::from_scale(PT, PT));
        fill(
            &mut surface,
            rect(Rect::new(0.0, 0.0, page.width, page.height)),
            scene.background,
            255,
        );
        for view in &page.views {
            let (z, src) = (view.zoom, view.source);
            surface.push_transform(&Transform::from_row(
                z,
                0.0,
                0.0,
                z,
                view.at.0 - src.x * z,
                view.at.1 - src.y * z,
            ));
            if let Some(clip) = rect(src) {
                surface.push_clip_path(&clip, &FillRule::NonZero);
                draw(&mut surface, scene, &fonts, src);
                surface.pop();
            }
            surface.pop();
        }
        if let Some(note) = &page.note {
            let all = Rect::new(0.0, 0.0, note.width, note.height);
            draw(&mut surface, note, &fonts, all);
        }
        surface.pop();
        surface.finish();
        pdf_page.finish();
    }
    if let Some(map) = map {
        document.embed_file(krilla::embed::EmbeddedFile {
            path: crate::carried::PDF_NAME.to_owned(),
            mime_type: krilla::embed::MimeType::new("application/x-journeymap"),
            description: Some(
                "The journey map this document shows: open it in Journeymap".to_owned(),
            ),
            association_kind: krilla::embed::AssociationKind::Source,
            data: map.as_bytes().to_vec().into(),
            modification_date: None,
            compress: Some(true),
            location: None,
        });
    }
    document.finish().map_err(|e| format!("{e:?}"))
}

struct Fonts {
    regular: Font,
    bold: Font,
}

/// The items of `scene` that touch `area`.
fn draw(surface: &mut Surface, scene: &Scene, fonts: &Fonts, area: Rect) {
    for item in &scene.items {
        if !item.bounds(scene.scale).overlaps(&area) {
            continue;
        }
        match item {
            Item::Fill {
                path,
                colour,
                alpha,
                ..
            } => fill(surface, convert(path), *colour, *alpha),
            Item::Stroke {
                path,
                colour,
                width,
                dash,
                round,
                ..
            } => {
                let Some(path) = convert(path) else { continue };
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: colour_of(*colour).into(),
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
                    dash: dash.then(|| StrokeDash {
                        array: DASH.to_vec(),
                        offset: 0.0,
                    }),
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
            Item::Text(text) => draw_text(surface, text, scene.scale, fonts),
        }
    }
}

fn colour_of(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(surface: &mut Surface, path: Option<Path>, colour: Rgb, alpha: u8) {
    let Some(path) = path else { return };
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: colour_of(colour).into(),
        opacity: NormalizedF32::new(f32::from(alpha) / 255.0).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::NonZero,
    }));
    surface.draw_path(&path);
}

/// Each line as runs of glyphs in one font on one baseline.
fn draw_text(surface: &mut Surface, text: &Text, scale: f32, fonts: &Fonts) {
    let Some(clip) = rect(text.clip_rect(scale)) else {
        return;
    };
    surface.push_clip_path(&clip, &FillRule::NonZero);
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: colour_of(text.colour).into(),
        ..Fill::default()
    }));
    for line in &text.lines {
        for run in line
            .glyphs
            .chunk_by(|a, b| a.bold == b.bold && a.size == b.size && a.y == b.y)
        {
            let Some(first) = run.first() else { continue };
            let size = first.size;
            let glyphs: Vec<KrillaGlyph> = run
                .iter()
                .enumerate()
                .map(|(i, g)| {
                    // Advance to the next glyph's pen position, so the
                    // PDF places each glyph where the layout did.
                    let advance = run.get(i + 1).map_or(g.advance, |next| next.x - g.x);
                    KrillaGlyph::new(
                        GlyphId::new(u32::from(g.id)),
                        advance / size,
                        g.offset.0 / size,
                        g.offset.1 / size,
                        0.0,
                        g.text.clone(),
                        None,
                    )
                })
                .collect();
            let font = if first.bold {
                fonts.bold.clone()
            } else {
                fonts.regular.clone()
            };
            surface.draw_glyphs(
                Point::from_xy(first.x, first.y),
                &glyphs,
                font,
                &line.text,
                size,
                false,
            );
        }
    }
    surface.pop();
}

fn rect(r: Rect) -> Option<Path> {
    let mut builder = PathBuilder::new();
    builder.push_rect(krilla::geom::Rect::from_xywh(r.x, r.y, r.w, r.h)?);
    builder.finish()
}

fn convert(path: &tiny_skia::Path) -> Option<Path> {
    use tiny_skia::PathSegment;
    let mut builder = PathBuilder::new();
    for segment in path.segments() {
        match segment {
            PathSegment::MoveTo(p) => builder.move_to(p.x, p.y),
            PathSegment::LineTo(p) => builder.line_to(p.x, p.y),
            PathSegment::QuadTo(a, p) => builder.quad_to(a.x, a.y, p.x, p.y),
            PathSegment::CubicTo(a, b, p) => builder.cubic_to(a.x, a.y, b.x, b.y, p.x, p.y),
            PathSegment::Close => builder.close(),
        }
    }
    builder.finish()
}
