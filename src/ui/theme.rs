//! Design tokens: every colour the editor draws comes from here.

use eframe::egui::{self, Color32};

use crate::model::Cell;

/// What a cell's background colour shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ColourBy {
    /// Positive minus negative signals.
    #[default]
    Signals,
    Real,
    Ideal,
    /// `ideal - real`: red where the customer gets less than intended.
    Gap,
}

impl ColourBy {
    pub const ALL: [ColourBy; 4] = [Self::Signals, Self::Real, Self::Ideal, Self::Gap];

    pub fn label(self) -> &'static str {
        match self {
            Self::Signals => "Signals",
            Self::Real => "Real score",
            Self::Ideal => "Ideal score",
            Self::Gap => "Gap",
        }
    }

    /// How good the cell is on a -1..=1 scale (negative is bad), or `None`
    /// when there is nothing to colour by.
    pub fn value(self, cell: &Cell) -> Option<f32> {
        match self {
            Self::Signals => {
                let balance = cell.signal_balance();
                (!cell.signals.is_empty()).then(|| (balance as f32 / 3.0).clamp(-1.0, 1.0))
            }
            Self::Real => cell.real.map(|s| f32::from(s.value()) / 2.0),
            Self::Ideal => cell.ideal.map(|s| f32::from(s.value()) / 2.0),
            Self::Gap => cell.gap().map(|g| (-f32::from(g) / 3.0).clamp(-1.0, 1.0)),
        }
    }

    /// The legend: (label, value) pairs from worst to best.
    pub fn legend(self) -> &'static [(&'static str, f32)] {
        match self {
            Self::Signals => &[
                ("3+ more negative", -1.0),
                ("more negative", -0.34),
                ("balanced / none", 0.0),
                ("more positive", 0.34),
                ("3+ more positive", 1.0),
            ],
            Self::Real | Self::Ideal => &[
                ("-2", -1.0),
                ("-1", -0.5),
                ("0 / not set", 0.0),
                ("+1", 0.5),
                ("+2", 1.0),
            ],
            Self::Gap => &[
                ("gap 3+", -1.0),
                ("gap 1", -0.34),
                ("no gap / not set", 0.0),
                ("real above ideal", 0.67),
            ],
        }
    }
}

pub const POSITIVE: Color32 = Color32::from_rgb(0x2e, 0x9e, 0x5b);
pub const NEGATIVE: Color32 = Color32::from_rgb(0xd6, 0x45, 0x45);
pub const IDEAL: Color32 = Color32::from_rgb(0x3b, 0x6e, 0xd8);
pub const REAL: Color32 = Color32::from_rgb(0xe0, 0x8a, 0x1e);
/// Selection and focus outlines, drop indicators.
pub const ACCENT: Color32 = Color32::from_rgb(0x25, 0x8c, 0xe6);

/// The neutral card background for the current theme.
pub fn neutral(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(0x38)
    } else {
        Color32::from_gray(0xee)
    }
}

/// A cell's background: neutral at 0, growing green towards +1, red towards -1.
pub fn cell_fill(visuals: &egui::Visuals, value: Option<f32>) -> Color32 {
    let base = neutral(visuals);
    let Some(value) = value else { return base };
    let target = if value >= 0.0 { POSITIVE } else { NEGATIVE };
    let strength = if visuals.dark_mode { 0.55 } else { 0.45 } * value.abs().clamp(0.0, 1.0);
    lerp(base, target, strength)
}

/// Text colour on a cell background.
pub fn cell_text(visuals: &egui::Visuals) -> Color32 {
    visuals.strong_text_color()
}

pub fn signal_colour(positive: bool) -> Color32 {
    if positive { POSITIVE } else { NEGATIVE }
}

/// Header background for stage and channel headers.
pub fn header_fill(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(0x26)
    } else {
        Color32::from_gray(0xdc)
    }
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Polarity, Signal};

    #[test]
    fn signal_balance_tints_green_or_red_and_grows_with_balance() {
        let light = egui::Visuals::light();
        let cell = |p: usize, n: usize| Cell {
            signals: (0..p)
                .map(|_| Signal::new(Polarity::Positive, "+"))
                .chain((0..n).map(|_| Signal::new(Polarity::Negative, "-")))
                .collect(),
            ..Cell::default()
        };
        let fill = |c: &Cell| cell_fill(&light, ColourBy::Signals.value(c));
        assert_eq!(fill(&cell(0, 0)), neutral(&light));
        assert_eq!(fill(&cell(2, 2)), neutral(&light));
        let (green, greener) = (fill(&cell(1, 0)), fill(&cell(3, 0)));
        assert!(green.g() > green.r() && greener.r() < green.r());
        let red = fill(&cell(0, 2));
        assert!(red.r() > red.g());
    }
}
