//! Infographics of ideal versus real experience: drawn once as a
//! [`scene::Scene`] (cosmic-text shapes bidirectional text in the bundled
//! fonts only), then rendered as a PNG (tiny-skia, in bands on every core),
//! a PDF (krilla, with real text) or an SVG (text as paths). The same
//! project and options always give the same bytes.

mod canvas;
mod draw;
mod encode;
pub mod html;
pub mod layout;
pub mod pages;
mod pdf;
mod raster;
mod scene;
mod svg;
pub mod table;

use std::path::Path;

use crate::format::Format;

pub use layout::Layout;
pub use pages::Paper;

/// Largest image, in pixels, that an export may produce (about 480 MB of RGBA).
pub const MAX_PIXELS: u64 = 120_000_000;
/// Largest side, in pixels.
pub const MAX_SIDE: u32 = 32_000;
/// Largest side of a PDF page: PDF readers refuse larger ones.
pub const MAX_PAGE_INCHES: f32 = 200.0;

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
    /// PDF: the page size, and whether it is turned sideways.
    pub paper: Paper,
    pub landscape: bool,
    /// Whose curves and lanes are drawn: one persona's, or (`None`) all.
    pub persona: Option<crate::model::PersonaId>,
    /// PNG, SVG and PDF carry the map's file, so they open again as the map
    /// (see [`crate::carried`]).
    pub embed: bool,
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
            paper: Paper::Fit,
            landscape: false,
            persona: None,
            embed: true,
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
    #[error("cannot write the {0}: {1}")]
    Document(&'static str, String),
    #[error(
        "the map is {width:.0} x {height:.0} inches, larger than a PDF page may be ({} inches a side); choose a paper size, such as --page a3",
        MAX_PAGE_INCHES
    )]
    PageTooLarge { width: f32, height: f32 },
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
    let layout = Layout::new(project, options);
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

/// The threads that render bands: one per core.
fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

fn no_memory(scene: &scene::Scene) -> impl Fn() -> ExportError + use<> {
    let (width, height) = raster::size(scene);
    move || ExportError::NoMemory {
        width: width.into(),
        height: height.into(),
    }
}

/// Renders the infographic to RGBA pixels.
pub fn render(
    project: &crate::model::Project,
    options: &Options,
) -> Result<image::RgbaImage, ExportError> {
    let layout = check(project, options)?;
    let mut canvas = draw::infographic(project, &layout, options, threads());
    let (width, height) = raster::size(&canvas.scene);
    let no_memory = no_memory(&canvas.scene);
    let mut data = Vec::new();
    data.try_reserve_exact(width as usize * height as usize * 4)
        .map_err(|_| no_memory())?;
    raster::bands(
        &mut canvas,
        threads(),
        || raster::rgba,
        &no_memory,
        |bytes| {
            data.extend_from_slice(&bytes);
            Ok(())
        },
    )?;
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
    Ok(draw::words(project, &layout, options))
}

/// Renders only the title and the ideal-vs-real chart with its findings, as
/// presentation mode overlays it on the grid.
pub fn render_chart(
    project: &crate::model::Project,
    options: &Options,
) -> Result<image::RgbaImage, ExportError> {
    let image = render(project, options)?;
    let layout = Layout::new(project, options);
    let s = options.scale as f32;
    let top = (layout.chart_heading.y * s) as u32;
    let bottom = ((layout.plot.bottom() + layout::PLOT_LABELS) * s).ceil() as u32;
    let height = bottom.min(image.height()).saturating_sub(top);
    Ok(image::imageops::crop_imm(&image, 0, top, image.width(), height).to_image())
}

/// Renders and encodes the infographic as PNG bytes, with no metadata but
/// the map it shows when `options.embed`.
pub fn png(project: &crate::model::Project, options: &Options) -> Result<Vec<u8>, ExportError> {
    png_on(project, options, threads())
}

/// [`png`] rendered on `threads` threads: the bytes are the same for any number.
pub fn png_on(
    project: &crate::model::Project,
    options: &Options,
    threads: usize,
) -> Result<Vec<u8>, ExportError> {
    let layout = check(project, options)?;
    let mut canvas = draw::infographic(project, &layout, options, threads);
    let (width, height) = raster::size(&canvas.scene);
    let no_memory = no_memory(&canvas.scene);
    let mut bytes = Vec::new();
    let mut png = encode::Png::new(&mut bytes, width, height)?;
    if let Some(map) = carried(project, options)? {
        png.carry(&map)?;
    }
    let converter = || {
        let mut bands = encode::Bands::new(width);
        move |pixels: &[u8]| bands.deflate(pixels)
    };
    raster::bands(&mut canvas, threads, converter, &no_memory, |band| {
        png.push(&band)
    })?;
    png.finish()?;
    Ok(bytes)
}

/// Encodes rendered pixels, opaque as [`render`] gives them, as PNG, as
/// [`png`] does.
pub fn encode(image: &image::RgbaImage) -> Result<Vec<u8>, ExportError> {
    let mut bytes = Vec::new();
    let mut png = encode::Png::new(&mut bytes, image.width(), image.height())?;
    let mut bands = encode::Bands::new(image.width());
    let band = image.width() as usize * 4 * raster::BAND as usize;
    for pixels in image.as_raw().chunks(band.max(1)) {
        png.push(&bands.deflate(pixels))?;
    }
    png.finish()?;
    Ok(bytes)
}

/// Text shaped for four device pixels per logical pixel: the vector
/// exports' line heights are rounded as finely as print needs.
const VECTOR_SCALE: u32 = 4;

/// Checks that the PDF or SVG drawing is within the PNG's area at scale 1.
pub fn check_vector(
    project: &crate::model::Project,
    options: &Options,
) -> Result<Layout, ExportError> {
    let layout = Layout::new(project, options);
    let (width, height) = layout.pixel_size(1);
    if width * height > MAX_PIXELS {
        return Err(ExportError::TooLarge {
            width,
            height,
            largest_scale: None,
        });
    }
    Ok(layout)
}

/// The vector exports' canvas and layout. Their drawing is held to the
/// PNG's area at scale 1 (its sides may be longer: a PDF tiles a long map
/// on paper): a larger one makes files no reader opens (a 150 x 150 map
/// was a 361 MB SVG) and costs gigabytes to write.
fn vector(
    project: &crate::model::Project,
    options: &Options,
) -> Result<(Layout, canvas::Canvas), ExportError> {
    let layout = check_vector(project, options)?;
    let options = Options {
        scale: VECTOR_SCALE,
        ..*options
    };
    let canvas = draw::infographic(project, &layout, &options, threads());
    Ok((layout, canvas))
}

/// The infographic as a PDF: real text, subset fonts, vector shapes, on
/// `options.paper`.
pub fn pdf(project: &crate::model::Project, options: &Options) -> Result<Vec<u8>, ExportError> {
    let (layout, mut canvas) = vector(project, options)?;
    let plans = pages::plan(&layout, options.paper, options.landscape);
    let too_large = plans
        .iter()
        .any(|p| p.width.max(p.height) / 96.0 > MAX_PAGE_INCHES);
    if too_large {
        return Err(ExportError::PageTooLarge {
            width: layout.width / 96.0,
            height: layout.height / 96.0,
        });
    }
    let pages = draw::pages(&mut canvas, project, options, plans, layout.rows.len());
    let map = carried(project, options)?;
    pdf::write(&canvas.scene, &pages, map.as_deref()).map_err(|e| ExportError::Document("PDF", e))
}

/// The infographic as an SVG, its text as paths.
pub fn svg(project: &crate::model::Project, options: &Options) -> Result<Vec<u8>, ExportError> {
    let (_, canvas) = vector(project, options)?;
    let map = carried(project, options)?;
    svg::write(&canvas.scene, &project.title, map.as_deref())
        .map(String::into_bytes)
        .map_err(|e| ExportError::Document("SVG", e))
}

/// The map's file, as a save writes it, when the export carries it.
fn carried(
    project: &crate::model::Project,
    options: &Options,
) -> Result<Option<String>, ExportError> {
    if !options.embed {
        return Ok(None);
    }
    crate::file::to_string(project)
        .map(Some)
        .map_err(|e| ExportError::Document("map", e.to_string()))
}

/// The map's bytes in a written `format`: the infographic (PNG, PDF, SVG),
/// a CSV table (cells or action plan) or a Mermaid diagram. A map file is
/// written by [`crate::file::save`], not here.
pub fn bytes(
    project: &crate::model::Project,
    options: &Options,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Png => png(project, options),
        Format::Pdf => pdf(project, options),
        Format::Svg => svg(project, options),
        Format::Html => html::write(project, options).map(String::into_bytes),
        Format::Cells => Ok(table::cells(project)),
        Format::Plan => Ok(table::plan(project)),
        Format::Mermaid => Ok(crate::mermaid::write(project).into_bytes()),
        Format::Map => crate::file::to_string(project)
            .map(String::into_bytes)
            .map_err(|e| ExportError::Document("map", e.to_string())),
        Format::Survey => Err(ExportError::Document(
            "survey",
            "survey results are read into a map, never written".into(),
        )),
    }
}

/// Writes the map in `format` to `path` (see [`crate::file::write`]), after
/// checking that this overwrites nothing of value: not one of `inputs` (the
/// map being exported), not a device, pipe or folder, not a read-only file,
/// and, unless `force`, no existing file of another format or one people
/// edit by hand.
pub fn write(
    project: &crate::model::Project,
    options: &Options,
    format: Format,
    path: &Path,
    inputs: &[&Path],
    force: bool,
) -> Result<(), ExportError> {
    crate::file::check_output(path, inputs, format, force)?;
    let bytes = bytes(project, options, format)?;
    crate::file::write(path, &bytes, None)?;
    Ok(())
}
