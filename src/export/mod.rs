//! PNG infographics of ideal versus real experience, rendered off-screen on
//! the CPU: tiny-skia for shapes, cosmic-text for shaped, bidirectional text
//! in the bundled fonts only. The same project and options always give the
//! same bytes.

mod canvas;
mod draw;
pub mod layout;
pub mod table;

use std::path::Path;

pub use layout::Layout;

/// Largest image, in pixels, that an export may produce (about 480 MB of RGBA).
pub const MAX_PIXELS: u64 = 120_000_000;
/// Largest side, in pixels.
pub const MAX_SIDE: u32 = 32_000;

/// Light or dark background.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// Which experience lines and badges are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum View {
    /// Ideal and real, with the gap between them.
    #[default]
    Both,
    Ideal,
    Real,
}

impl View {
    pub fn shows_ideal(self) -> bool {
        self != Self::Real
    }
    pub fn shows_real(self) -> bool {
        self != Self::Ideal
    }
    pub fn shows_gap(self) -> bool {
        self == Self::Both
    }
}

/// Export settings, the same in the editor and on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Pixel density: 1 for screens, 2 for slides, 3 or 4 for print.
    pub scale: u32,
    pub theme: Theme,
    pub view: View,
    /// The colours that tell positive from negative.
    pub scheme: crate::palette::Scheme,
    /// Draw the findings section: inconsistent stages, where to act, root causes.
    pub findings: bool,
    /// The language of the fixed words; `None` takes the map's.
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            scale: 2,
            theme: Theme::Light,
            view: View::Both,
            scheme: crate::palette::Scheme::default(),
            findings: true,
            language: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("scale {0} is not supported: use 1, 2, 3 or 4")]
    BadScale(u32),
    #[error("the image would be {width} x {height} pixels, more than this export allows ({} megapixels, {MAX_SIDE} pixels a side){}", MAX_PIXELS / 1_000_000, suggestion(*.largest_scale))]
    TooLarge {
        width: u64,
        height: u64,
        largest_scale: Option<u32>,
    },
    #[error("not enough memory for a {width} x {height} pixel image; try a smaller scale")]
    NoMemory { width: u64, height: u64 },
    #[error("cannot encode the PNG: {0}")]
    Encode(String),
    #[error(transparent)]
    Write(#[from] crate::file::FileError),
    #[error("cannot write to standard output: {0}")]
    Stdout(String),
}

fn suggestion(largest_scale: Option<u32>) -> String {
    match largest_scale {
        Some(scale) => format!("; try a smaller scale such as --scale {scale}"),
        None => "; even scale 1 is too large for this map".to_owned(),
    }
}

/// Checks the options and the resulting size before any pixel is allocated.
pub fn check(project: &crate::model::Project, options: &Options) -> Result<Layout, ExportError> {
    if !(1..=4).contains(&options.scale) {
        return Err(ExportError::BadScale(options.scale));
    }
    let layout = Layout::new(project, options.findings);
    let fits = |scale: u32| {
        let (w, h) = layout.pixel_size(scale);
        w <= u64::from(MAX_SIDE) && h <= u64::from(MAX_SIDE) && w * h <= MAX_PIXELS
    };
    if !fits(options.scale) {
        let (width, height) = layout.pixel_size(options.scale);
        let largest_scale = (1..options.scale).rev().find(|&s| fits(s));
        return Err(ExportError::TooLarge {
            width,
            height,
            largest_scale,
        });
    }
    Ok(layout)
}

/// Renders the infographic to RGBA pixels.
pub fn render(
    project: &crate::model::Project,
    options: &Options,
) -> Result<image::RgbaImage, ExportError> {
    let layout = check(project, options)?;
    let pixmap = draw::infographic(project, &layout, options).ok_or_else(|| {
        let (width, height) = layout.pixel_size(options.scale);
        ExportError::NoMemory { width, height }
    })?;
    let (width, height) = (pixmap.width(), pixmap.height());
    // tiny-skia stores premultiplied colour; the image is opaque, so the bytes
    // are the same, but demultiply to be exact for any translucent pixel.
    let data = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    image::RgbaImage::from_raw(width, height, data)
        .ok_or_else(|| ExportError::Encode("pixel buffer has the wrong size".to_owned()))
}

/// Every piece of text the infographic sets, in drawing order: for
/// checking its words without reading pixels.
pub fn words(
    project: &crate::model::Project,
    options: &Options,
) -> Result<Vec<String>, ExportError> {
    let layout = check(project, options)?;
    draw::words(project, &layout, options).ok_or_else(|| {
        let (width, height) = layout.pixel_size(options.scale);
        ExportError::NoMemory { width, height }
    })
}

/// Renders only the title and the ideal-vs-real chart with its findings, as
/// presentation mode overlays it on the grid.
pub fn render_chart(
    project: &crate::model::Project,
    options: &Options,
) -> Result<image::RgbaImage, ExportError> {
    let image = render(project, options)?;
    let layout = Layout::new(project, options.findings);
    let s = options.scale as f32;
    let top = (layout.chart_heading.y * s) as u32;
    let bottom = ((layout.plot.bottom() + layout::PLOT_LABELS) * s).ceil() as u32;
    let height = bottom.min(image.height()).saturating_sub(top);
    Ok(image::imageops::crop_imm(&image, 0, top, image.width(), height).to_image())
}

/// Renders and encodes the infographic as PNG bytes, with no metadata.
pub fn png(project: &crate::model::Project, options: &Options) -> Result<Vec<u8>, ExportError> {
    let image = render(project, options)?;
    encode(&image)
}

/// Encodes pixels as PNG: opaque RGB (the infographic has no transparency),
/// compressed well, with no timestamps or other metadata, so equal pixels
/// give equal bytes. Rows are converted as they are written, so encoding
/// needs no second copy of the image.
pub fn encode(image: &image::RgbaImage) -> Result<Vec<u8>, ExportError> {
    let failed = |e: &dyn std::fmt::Display| ExportError::Encode(e.to_string());
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, image.width(), image.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    // Measured on the shoe store at scale 2: 37 % smaller than the image
    // crate's default RGBA encoding, for about a fifth more time; higher
    // levels save another fifth of the size at twice the time.
    encoder.set_deflate_compression(png::DeflateCompression::Level(1));
    encoder.set_filter(png::Filter::MinEntropy);
    let mut writer = encoder.write_header().map_err(|e| failed(&e))?;
    let mut stream = writer.stream_writer().map_err(|e| failed(&e))?;
    let width = image.width() as usize;
    let mut row = Vec::with_capacity(width * 3);
    for pixels in image.as_raw().chunks_exact(width.max(1) * 4) {
        row.clear();
        row.extend(pixels.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]));
        std::io::Write::write_all(&mut stream, &row).map_err(|e| failed(&e))?;
    }
    stream.finish().map_err(|e| failed(&e))?;
    writer.finish().map_err(|e| failed(&e))?;
    Ok(bytes)
}

/// Renders the PNG and writes it to `path` (see [`crate::file::write`]),
/// after checking that this overwrites nothing of value: not one of
/// `inputs` (the map being exported), not a device, pipe or folder, not a
/// read-only file, and, unless `force`, no existing file that is not a PNG.
pub fn write_png(
    project: &crate::model::Project,
    options: &Options,
    path: &Path,
    inputs: &[&Path],
    force: bool,
) -> Result<(), ExportError> {
    crate::file::check_output(path, inputs, crate::file::PNG, force)?;
    let bytes = png(project, options)?;
    crate::file::write(path, &bytes, None)?;
    Ok(())
}
