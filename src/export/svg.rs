//! The SVG backend: a [`Scene`] written as SVG paths, text included (each
//! glyph's outline defined once and placed where the layout set it), so the
//! file looks the same on machines without the fonts.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use swash::FontRef;
use swash::scale::ScaleContext;
use swash::zeno::{Command, PathData as _};

use super::canvas::{BOLD, REGULAR};
use super::scene::{DASH, Item, Scene};
use crate::palette::Rgb;

/// The document, titled `title`, carrying `map` when given.
pub fn write(scene: &Scene, title: &str, map: Option<&str>) -> Result<String, String> {
    let fonts = [
        FontRef::from_index(REGULAR, 0).ok_or("the bundled font cannot be read")?,
        FontRef::from_index(BOLD, 0).ok_or("the bundled bold font cannot be read")?,
    ];
    let (w, h) = (num(scene.width), num(scene.height));
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n<title>{}</title>\n",
        escape(title)
    );
    if let Some(map) = map {
        out.push_str(&crate::carried::svg_metadata(map));
    }
    out.push_str("<defs>\n");
    glyph_outlines(scene, &fonts, &mut out);
    out.push_str("</defs>\n");
    let _ = writeln!(
        out,
        "<rect width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
        hex(scene.background)
    );
    let mut clips = 0;
    for item in &scene.items {
        match item {
            Item::Fill {
                path,
                colour,
                alpha,
                ..
            } => {
                let _ = write!(out, "<path d=\"{}\" fill=\"{}\"", data(path), hex(*colour));
                if *alpha < 255 {
                    let _ = write!(out, " fill-opacity=\"{}\"", num(f32::from(*alpha) / 255.0));
                }
                out.push_str("/>\n");
            }
            Item::Stroke {
                path,
                colour,
                width,
                dash,
                round,
                ..
            } => {
                let _ = write!(
                    out,
                    "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"",
                    data(path),
                    hex(*colour),
                    num(*width)
                );
                if *round {
                    out.push_str(" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
                }
                if *dash {
                    let _ = write!(
                        out,
                        " stroke-dasharray=\"{} {}\"",
                        num(DASH[0]),
                        num(DASH[1])
                    );
                }
                out.push_str("/>\n");
            }
            Item::Text(text) => {
                let r = text.clip_rect(scene.scale);
                clips += 1;
                let _ = write!(
                    out,
                    "<clipPath id=\"c{clips}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>\n\
                     <g clip-path=\"url(#c{clips})\" fill=\"{}\">\n",
                    num(r.x),
                    num(r.y),
                    num(r.w),
                    num(r.h),
                    hex(text.colour)
                );
                for glyph in text.lines.iter().flat_map(|line| &line.glyphs) {
                    let font = fonts[usize::from(glyph.bold)];
                    let k = glyph.size / f32::from(font.metrics(&[]).units_per_em);
                    let _ = writeln!(
                        out,
                        "<use xlink:href=\"#{}\" transform=\"translate({} {}) scale({} {})\"/>",
                        glyph_name(glyph.bold, glyph.id),
                        num(glyph.x + glyph.offset.0),
                        num(glyph.y - glyph.offset.1),
                        precise(k),
                        precise(-k)
                    );
                }
                out.push_str("</g>\n");
            }
        }
    }
    out.push_str("</svg>\n");
    Ok(out)
}

fn glyph_name(bold: bool, id: u16) -> String {
    format!("{}{id}", if bold { 'b' } else { 'r' })
}

/// Each glyph the scene sets, once, in font units (y up).
fn glyph_outlines(scene: &Scene, fonts: &[FontRef<'_>; 2], out: &mut String) {
    let used: BTreeSet<(bool, u16)> = scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Text(text) => Some(text),
            _ => None,
        })
        .flat_map(|text| text.lines.iter().flat_map(|line| &line.glyphs))
        .map(|glyph| (glyph.bold, glyph.id))
        .collect();
    let mut context = ScaleContext::new();
    for (bold, id) in used {
        let font = fonts[usize::from(bold)];
        let mut scaler = context
            .builder(font)
            .size(f32::from(font.metrics(&[]).units_per_em))
            .hint(false)
            .build();
        let Some(outline) = scaler.scale_outline(id) else {
            continue;
        };
        let mut d = String::new();
        for command in outline.path().commands() {
            match command {
                Command::MoveTo(p) => step(&mut d, 'M', &[(p.x, p.y)]),
                Command::LineTo(p) => step(&mut d, 'L', &[(p.x, p.y)]),
                Command::QuadTo(a, p) => step(&mut d, 'Q', &[(a.x, a.y), (p.x, p.y)]),
                Command::CurveTo(a, b, p) => {
                    step(&mut d, 'C', &[(a.x, a.y), (b.x, b.y), (p.x, p.y)]);
                }
                Command::Close => d.push('Z'),
            }
        }
        let _ = writeln!(out, "<path id=\"{}\" d=\"{d}\"/>", glyph_name(bold, id));
    }
}

/// A path's SVG data.
fn data(path: &tiny_skia::Path) -> String {
    use tiny_skia::PathSegment;
    let mut d = String::new();
    for segment in path.segments() {
        match segment {
            PathSegment::MoveTo(p) => step(&mut d, 'M', &[(p.x, p.y)]),
            PathSegment::LineTo(p) => step(&mut d, 'L', &[(p.x, p.y)]),
            PathSegment::QuadTo(a, p) => step(&mut d, 'Q', &[(a.x, a.y), (p.x, p.y)]),
            PathSegment::CubicTo(a, b, p) => {
                step(&mut d, 'C', &[(a.x, a.y), (b.x, b.y), (p.x, p.y)]);
            }
            PathSegment::Close => d.push('Z'),
        }
    }
    d
}

/// One step of SVG path data: its letter and points, `C1 2 3 4 5 6`.
fn step(d: &mut String, letter: char, points: &[(f32, f32)]) {
    d.push(letter);
    let numbers: Vec<String> = points.iter().flat_map(|&(x, y)| [num(x), num(y)]).collect();
    d.push_str(&numbers.join(" "));
}

/// A coordinate with at most two decimals, without trailing zeros.
fn num(v: f32) -> String {
    trim(&format!("{v:.2}"))
}

/// A glyph scale, with enough decimals for a font unit.
fn precise(v: f32) -> String {
    trim(&format!("{v:.6}"))
}

fn trim(s: &str) -> String {
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
