//! The editor's colours: the shared palette as egui colours, plus the few
//! that depend on egui's visuals.

use eframe::egui::{self, Color32};

use crate::palette::{self, Rgb};
pub use crate::palette::{ColourBy, Scheme};

pub fn colour(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

pub const IDEAL: Color32 = rgb(palette::IDEAL);
pub const REAL: Color32 = rgb(palette::REAL);
pub const ACCENT: Color32 = rgb(palette::ACCENT);
/// Text and marks on a coloured badge or chip.
pub const ON_COLOUR: Color32 = rgb(palette::ON_COLOUR);
/// Presentation mode's page, text, outlines and hints.
pub const PROJECTOR_PAGE: Color32 = rgb(palette::PROJECTOR.background);
pub const PROJECTOR_TEXT: Color32 = rgb(palette::PROJECTOR.text);
pub const PROJECTOR_RULE: Color32 = rgb(palette::PROJECTOR.rule);
pub const PROJECTOR_HINT: Color32 = rgb(palette::PROJECTOR.weak);

const fn rgb(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// A cell's background for a "Colour by" value (see [`Scheme::cell_fill`]).
pub fn cell_fill(visuals: &egui::Visuals, scheme: Scheme, value: Option<f32>) -> Color32 {
    colour(scheme.cell_fill(visuals.dark_mode, value))
}

/// [`cell_fill`], stronger when `contrast` (presentation mode).
pub fn cell_fill_strength(
    visuals: &egui::Visuals,
    scheme: Scheme,
    value: Option<f32>,
    contrast: bool,
) -> Color32 {
    colour(scheme.cell_fill_contrast(visuals.dark_mode, value, contrast))
}

/// Text colour on a cell background.
pub fn cell_text(visuals: &egui::Visuals) -> Color32 {
    visuals.strong_text_color()
}

pub fn signal_colour(scheme: Scheme, positive: bool) -> Color32 {
    colour(scheme.signal(positive))
}

pub fn gap_colour(scheme: Scheme, gap: Option<i8>) -> Color32 {
    colour(scheme.gap(gap))
}

/// Header background for stage and channel headers.
pub fn header_fill(visuals: &egui::Visuals) -> Color32 {
    colour(palette::header(visuals.dark_mode))
}

/// A colouring's name.
pub fn colour_by_label(mode: ColourBy) -> crate::i18n::Text {
    crate::tr!(mode.key())
}

/// A colour scheme's name.
pub fn scheme_label(scheme: Scheme) -> crate::i18n::Text {
    crate::tr!(scheme.key())
}

/// A legend entry's words; numbers alone in the interface's digits.
pub fn legend_label(entry: palette::Legend) -> crate::i18n::Text {
    crate::i18n::Text::new(entry.words(crate::i18n::ui()))
}
