//! The editor's colours: the shared palette as egui colours, plus the few
//! that depend on egui's visuals.

use eframe::egui::{self, Color32};

use crate::palette::{self, Rgb};
pub use crate::palette::{ColourBy, Scheme};

pub fn colour(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// The selection's ring, on the grid and in presentation mode's light page.
pub const ACCENT: Color32 = rgb(palette::ACCENT);
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

/// A palette colour as a badge's or chip's fill, or as text, in these
/// visuals: deep on a light page, light on a dark one (see
/// [`crate::contrast::readable`]).
pub fn mark(visuals: &egui::Visuals, rgb: Rgb) -> Color32 {
    colour(crate::contrast::readable(rgb, visuals.dark_mode))
}

/// Text and signs on a [`mark`].
pub fn on_mark(visuals: &egui::Visuals) -> Color32 {
    colour(crate::contrast::on_readable(visuals.dark_mode))
}

pub fn ideal(visuals: &egui::Visuals) -> Color32 {
    mark(visuals, palette::IDEAL)
}

pub fn real(visuals: &egui::Visuals) -> Color32 {
    mark(visuals, palette::REAL)
}

pub fn signal_colour(visuals: &egui::Visuals, scheme: Scheme, positive: bool) -> Color32 {
    mark(visuals, scheme.signal(positive))
}

pub fn gap_colour(visuals: &egui::Visuals, scheme: Scheme, gap: Option<i8>) -> Color32 {
    mark(visuals, scheme.gap(gap))
}

/// The selection's ring in these visuals.
pub fn ring(visuals: &egui::Visuals) -> Color32 {
    mark(visuals, palette::ACCENT)
}

/// egui's visuals with colours that read: weak text, warnings, errors and
/// links at 4.5:1 on the panels, and a 2-point focus ring that stands out
/// at 3:1 on a focused button, field or card.
pub fn visuals(dark: bool) -> egui::Visuals {
    let mut visuals = if dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    let on_page = |rgb: Rgb| colour(crate::contrast::readable(rgb, dark));
    visuals.weak_text_color = Some(if dark {
        Color32::from_gray(0x9c)
    } else {
        Color32::from_gray(0x66)
    });
    visuals.warn_fg_color = on_page(Rgb(0xff, 0x64, 0x00));
    visuals.error_fg_color = on_page(Rgb(0xe0, 0x20, 0x20));
    visuals.hyperlink_color = on_page(Rgb(0x00, 0x9b, 0xff));
    let focus = egui::Stroke::new(2.0, on_page(palette::ACCENT));
    visuals.widgets.active.bg_stroke = focus;
    visuals.selection.stroke = focus;
    visuals
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb_of(c: Color32) -> Rgb {
        Rgb(c.r(), c.g(), c.b())
    }

    fn ratio(a: Color32, b: Color32) -> f32 {
        crate::contrast::contrast(rgb_of(a), rgb_of(b))
    }

    /// The editor's text, in both themes and on the projector: every
    /// kind of text on every background it is shown on reaches 4.5:1, the
    /// focus ring and the selection's ring 3:1.
    #[test]
    fn every_text_reads_on_its_background_in_both_themes() {
        let mut projector = visuals(false);
        projector.panel_fill = PROJECTOR_PAGE;
        projector.override_text_color = Some(PROJECTOR_TEXT);
        for (name, v) in [
            ("light", visuals(false)),
            ("dark", visuals(true)),
            ("projector", projector),
        ] {
            let backgrounds = [v.panel_fill, v.window_fill, v.text_edit_bg_color()];
            let texts = [
                ("text", v.text_color()),
                ("strong", v.strong_text_color()),
                ("weak", v.weak_text_color()),
                ("warning", v.warn_fg_color),
                ("error", v.error_fg_color),
                ("link", v.hyperlink_color),
                ("ideal", ideal(&v)),
                ("real", real(&v)),
                ("positive", signal_colour(&v, Scheme::RedGreen, true)),
                ("negative", signal_colour(&v, Scheme::BlueOrange, false)),
                ("no gap", gap_colour(&v, Scheme::RedGreen, None)),
            ];
            for background in backgrounds {
                for (what, text) in texts {
                    let r = ratio(text, background);
                    assert!(
                        r >= 4.5,
                        "{name}: {what} {text:?} on {background:?}: {r:.2}"
                    );
                }
                let focus = v.widgets.active.bg_stroke.color;
                assert!(ratio(focus, background) >= 3.0, "{name}: focus ring");
                assert!(ratio(ring(&v), background) >= 3.0, "{name}: selection ring");
            }
            // Buttons' own text on their fills.
            for w in [v.widgets.inactive, v.widgets.hovered, v.widgets.active] {
                let r = ratio(w.fg_stroke.color, w.weak_bg_fill);
                assert!(r >= 4.5, "{name}: button text {r:.2}");
            }
            // Cards: their text on every fill; the ring around a selected one.
            for scheme in Scheme::ALL {
                for step in -10..=10 {
                    let value = Some(step as f32 / 10.0);
                    let card = cell_fill_strength(&v, scheme, value, name == "projector");
                    let text = cell_text(&v);
                    assert!(ratio(text, card) >= 4.5, "{name}: card text on {card:?}");
                    assert!(ratio(on_mark(&v), signal_colour(&v, scheme, true)) >= 4.5);
                    assert!(ratio(ring(&v), card) >= 3.0, "{name}: ring on {card:?}");
                }
            }
        }
    }
}
