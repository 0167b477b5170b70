//! Design tokens shared by the editor and the PNG export, so both draw a map
//! in the same colours. Plain sRGB values; no GUI or raster types.

use crate::model::Cell;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const fn gray(v: u8) -> Self {
        Self(v, v, v)
    }

    /// `self` moved towards `other` by `t` (0..=1).
    pub fn lerp(self, other: Rgb, t: f32) -> Rgb {
        let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
        Rgb(
            mix(self.0, other.0),
            mix(self.1, other.1),
            mix(self.2, other.2),
        )
    }
}

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

pub const POSITIVE: Rgb = Rgb(0x2e, 0x9e, 0x5b);
pub const NEGATIVE: Rgb = Rgb(0xd6, 0x45, 0x45);
pub const IDEAL: Rgb = Rgb(0x3b, 0x6e, 0xd8);
pub const REAL: Rgb = Rgb(0xe0, 0x8a, 0x1e);
/// Selection and focus outlines, drop indicators.
pub const ACCENT: Rgb = Rgb(0x25, 0x8c, 0xe6);
pub const NO_GAP: Rgb = Rgb::gray(0xa0);
/// Text and marks drawn on a coloured badge or chip.
pub const ON_COLOUR: Rgb = Rgb::gray(0xff);

/// Page colours of a light or dark image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ink {
    pub dark: bool,
    pub background: Rgb,
    pub text: Rgb,
    pub weak: Rgb,
    pub rule: Rgb,
}

impl Ink {
    pub fn new(dark: bool) -> Self {
        if dark {
            Self {
                dark,
                background: Rgb::gray(0x1b),
                text: Rgb::gray(0xee),
                weak: Rgb::gray(0xa8),
                rule: Rgb::gray(0x44),
            }
        } else {
            Self {
                dark,
                background: Rgb::gray(0xff),
                text: Rgb::gray(0x1e),
                weak: Rgb::gray(0x66),
                rule: Rgb::gray(0xd4),
            }
        }
    }
}

/// Presentation mode's high-contrast page, for washed-out projectors.
pub const PROJECTOR: Ink = Ink {
    dark: false,
    background: Rgb::gray(0xff),
    text: Rgb::gray(0x00),
    weak: Rgb::gray(0x55),
    rule: Rgb::gray(0x90),
};

/// The neutral card background.
pub fn neutral(dark: bool) -> Rgb {
    if dark {
        Rgb::gray(0x38)
    } else {
        Rgb::gray(0xee)
    }
}

/// Background of stage and channel headers.
pub fn header(dark: bool) -> Rgb {
    if dark {
        Rgb::gray(0x26)
    } else {
        Rgb::gray(0xdc)
    }
}

/// A cell's background: neutral at 0, growing green towards +1, red towards -1.
pub fn cell_fill(dark: bool, value: Option<f32>) -> Rgb {
    cell_fill_contrast(dark, value, false)
}

/// Like [`cell_fill`]; `contrast` gives the stronger tints a washed-out
/// projector needs.
pub fn cell_fill_contrast(dark: bool, value: Option<f32>, contrast: bool) -> Rgb {
    let base = neutral(dark);
    let Some(value) = value else { return base };
    let target = if value >= 0.0 { POSITIVE } else { NEGATIVE };
    let full = match (contrast, dark) {
        (true, _) => 0.8,
        (false, true) => 0.55,
        (false, false) => 0.45,
    };
    base.lerp(target, full * value.abs().clamp(0.0, 1.0))
}

pub fn signal(positive: bool) -> Rgb {
    if positive { POSITIVE } else { NEGATIVE }
}

/// Badge colour for a gap: red where real falls short, green where it exceeds.
pub fn gap(gap: Option<i8>) -> Rgb {
    match gap {
        Some(g) if g > 0 => NEGATIVE,
        Some(g) if g < 0 => POSITIVE,
        _ => NO_GAP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Polarity, Signal};

    #[test]
    fn signal_balance_tints_green_or_red_and_grows_with_balance() {
        let light = false;
        let cell = |p: usize, n: usize| Cell {
            signals: (0..p)
                .map(|_| Signal::new(Polarity::Positive, "+"))
                .chain((0..n).map(|_| Signal::new(Polarity::Negative, "-")))
                .collect(),
            ..Cell::default()
        };
        let fill = |c: &Cell| cell_fill(light, ColourBy::Signals.value(c));
        assert_eq!(fill(&cell(0, 0)), neutral(light));
        assert_eq!(fill(&cell(2, 2)), neutral(light));
        let (green, greener) = (fill(&cell(1, 0)), fill(&cell(3, 0)));
        assert!(green.1 > green.0 && greener.0 < green.0);
        let red = fill(&cell(0, 2));
        assert!(red.0 > red.1);
    }
}
