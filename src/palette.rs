//! Design tokens shared by the editor and the PNG export, so both draw a map
//! in the same colours. Plain sRGB values; no GUI or raster types.

use crate::model::Cell;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

    /// The colouring's name in the catalogues.
    pub fn key(self) -> &'static str {
        match self {
            Self::Signals => "colour-by-signals",
            Self::Real => "colour-by-real",
            Self::Ideal => "colour-by-ideal",
            Self::Gap => "colour-by-gap",
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

    /// The legend: (words, value) pairs from worst to best.
    pub fn legend(self) -> &'static [(Legend, f32)] {
        use Legend::{Key, Number};
        match self {
            Self::Signals => &[
                (Key("legend-3-more-negative"), -1.0),
                (Key("legend-more-negative"), -0.34),
                (Key("legend-balanced-none"), 0.0),
                (Key("legend-more-positive"), 0.34),
                (Key("legend-3-more-positive"), 1.0),
            ],
            Self::Real | Self::Ideal => &[
                (Number("-2"), -1.0),
                (Number("-1"), -0.5),
                (Key("legend-0-not-set"), 0.0),
                (Number("+1"), 0.5),
                (Number("+2"), 1.0),
            ],
            Self::Gap => &[
                (Key("legend-gap-3"), -1.0),
                (Key("legend-gap-1"), -0.34),
                (Key("legend-no-gap-not-set"), 0.0),
                (Key("legend-real-above-ideal"), 0.67),
            ],
        }
    }
}

/// A legend entry's words: a catalogue key, or a number alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legend {
    Key(&'static str),
    Number(&'static str),
}

impl Legend {
    /// The entry in `lang`: its words, or the number in the language's digits.
    pub fn words(self, lang: crate::i18n::Lang) -> String {
        match self {
            Self::Key(key) => lang.text(key),
            Self::Number(number) => lang.digits(number),
        }
    }
}

/// The pair of colours that tells positive from negative: signals, cell
/// tints, gap badges and the chart's shading.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
pub enum Scheme {
    /// Green for positive, red for negative.
    #[default]
    RedGreen,
    /// Blue for positive, vermillion for negative: told apart by people
    /// with red-green colour blindness (deuteranopia, protanopia).
    BlueOrange,
}

impl Scheme {
    pub const ALL: [Scheme; 2] = [Self::RedGreen, Self::BlueOrange];

    /// The scheme's name in the catalogues.
    pub fn key(self) -> &'static str {
        match self {
            Self::RedGreen => "scheme-red-green",
            Self::BlueOrange => "scheme-blue-orange",
        }
    }

    pub fn positive(self) -> Rgb {
        match self {
            Self::RedGreen => Rgb(0x2e, 0x9e, 0x5b),
            Self::BlueOrange => Rgb(0x00, 0x72, 0xb2),
        }
    }

    pub fn negative(self) -> Rgb {
        match self {
            Self::RedGreen => Rgb(0xd6, 0x45, 0x45),
            Self::BlueOrange => Rgb(0xd5, 0x5e, 0x00),
        }
    }

    pub fn signal(self, positive: bool) -> Rgb {
        if positive {
            self.positive()
        } else {
            self.negative()
        }
    }

    /// Badge colour for a gap: negative where real falls short, positive
    /// where it exceeds.
    pub fn gap(self, gap: Option<i8>) -> Rgb {
        match gap {
            Some(g) if g > 0 => self.negative(),
            Some(g) if g < 0 => self.positive(),
            _ => NO_GAP,
        }
    }

    /// A cell's background: neutral at 0, growing towards the positive
    /// colour at +1 and the negative one at -1.
    pub fn cell_fill(self, dark: bool, value: Option<f32>) -> Rgb {
        self.cell_fill_contrast(dark, value, false)
    }

    /// Like [`Self::cell_fill`]; `contrast` gives the stronger tints a
    /// washed-out projector needs.
    pub fn cell_fill_contrast(self, dark: bool, value: Option<f32>, contrast: bool) -> Rgb {
        let base = neutral(dark);
        let Some(value) = value else { return base };
        let target = if value >= 0.0 {
            self.positive()
        } else {
            self.negative()
        };
        let full = match (contrast, dark) {
            // Presenting, strong enough for a washed-out projector, light
            // enough that a badge still stands out from the card (3:1).
            (true, _) => 0.55,
            (false, true) => 0.55,
            (false, false) => 0.45,
        };
        base.lerp(target, full * value.abs().clamp(0.0, 1.0))
    }
}

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
    /// Positive and negative colours.
    pub scheme: Scheme,
    pub background: Rgb,
    pub text: Rgb,
    pub weak: Rgb,
    pub rule: Rgb,
}

impl Ink {
    pub fn new(dark: bool, scheme: Scheme) -> Self {
        if dark {
            Self {
                dark,
                scheme,
                background: Rgb::gray(0x1b),
                text: Rgb::gray(0xee),
                weak: Rgb::gray(0xa8),
                rule: Rgb::gray(0x44),
            }
        } else {
            Self {
                dark,
                scheme,
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
    scheme: Scheme::RedGreen,
    background: Rgb::gray(0xff),
    text: Rgb::gray(0x00),
    weak: Rgb::gray(0x55),
    rule: Rgb::gray(0x90),
};

/// A persona's colour: mid-light, so its curve stands out by 3:1 or more
/// on the light and the dark page alike, and none is a signal colour.
pub fn persona(colour: crate::model::PersonaColour) -> Rgb {
    use crate::model::PersonaColour as C;
    match colour {
        C::Purple => Rgb(0xa4, 0x4a, 0xa0),
        C::Teal => Rgb(0x1b, 0x9e, 0x8f),
        C::Indigo => Rgb(0x7b, 0x61, 0xff),
        C::Olive => Rgb(0x8a, 0x8a, 0x1c),
        C::Wine => Rgb(0xc0, 0x40, 0x7f),
        C::Cyan => Rgb(0x3d, 0x8b, 0xb8),
        C::Brown => Rgb(0x9c, 0x6b, 0x30),
        C::Slate => Rgb(0x6b, 0x7a, 0x90),
    }
}

/// A persona's point marker, so curves differ by shape as well as by
/// colour: its outline as points around `centre` at radius `r`, and
/// whether it is filled (else drawn as an outline).
pub fn marker(
    colour: crate::model::PersonaColour,
    centre: (f32, f32),
    r: f32,
) -> (Vec<(f32, f32)>, bool) {
    let (cx, cy) = centre;
    let around = |n: usize, start: f32, radius: f32| -> Vec<(f32, f32)> {
        (0..n)
            .map(|i| {
                let a = start + i as f32 * std::f32::consts::TAU / n as f32;
                (cx + radius * a.cos(), cy + radius * a.sin())
            })
            .collect()
    };
    let up = -std::f32::consts::FRAC_PI_2;
    let index = colour.index();
    let shape = match index % 4 {
        0 => around(16, 0.0, r),
        1 => around(4, std::f32::consts::FRAC_PI_4, r * 1.2),
        2 => around(3, up, r * 1.25),
        _ => around(4, 0.0, r * 1.25),
    };
    (shape, index < 4)
}

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
        let fill = |c: &Cell| Scheme::RedGreen.cell_fill(light, ColourBy::Signals.value(c));
        assert_eq!(fill(&cell(0, 0)), neutral(light));
        assert_eq!(fill(&cell(2, 2)), neutral(light));
        let (green, greener) = (fill(&cell(1, 0)), fill(&cell(3, 0)));
        assert!(green.1 > green.0 && greener.0 < green.0);
        let red = fill(&cell(0, 2));
        assert!(red.0 > red.1);
    }

    /// An sRGB channel in linear light.
    fn linear(v: u8) -> f64 {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    }

    /// What someone with deuteranopia sees (Machado, Oliveira and Fernandes
    /// 2009, severity 1, applied in linear RGB), as CIE L*a*b*.
    fn seen_with_deuteranopia(c: Rgb) -> [f64; 3] {
        const M: [[f64; 3]; 3] = [
            [0.367_322, 0.860_646, -0.227_968],
            [0.280_085, 0.672_501, 0.047_413],
            [-0.011_820, 0.042_940, 0.968_881],
        ];
        let rgb = [linear(c.0), linear(c.1), linear(c.2)];
        let sim: Vec<f64> = M
            .iter()
            .map(|row| (0..3).map(|j| row[j] * rgb[j]).sum::<f64>().clamp(0.0, 1.0))
            .collect();
        lab(sim[0], sim[1], sim[2])
    }

    fn seen_normally(c: Rgb) -> [f64; 3] {
        lab(linear(c.0), linear(c.1), linear(c.2))
    }

    /// Linear sRGB to CIE L*a*b* (D65).
    fn lab(r: f64, g: f64, b: f64) -> [f64; 3] {
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
        let f = |t: f64| {
            if t > 0.008_856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    fn distance(a: [f64; 3], b: [f64; 3]) -> f64 {
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - y).powi(2))
            .sum::<f64>()
            .sqrt()
    }

    #[test]
    fn the_colour_blind_scheme_stays_apart_under_deuteranopia() {
        // A chip's colour, and a cell tinted by two more positive (or
        // negative) signals than negative ones.
        let pair = |scheme: Scheme, seen: fn(Rgb) -> [f64; 3]| {
            let chips = distance(seen(scheme.positive()), seen(scheme.negative()));
            let tints = distance(
                seen(scheme.cell_fill(false, Some(0.67))),
                seen(scheme.cell_fill(false, Some(-0.67))),
            );
            (chips, tints)
        };
        // Seen normally, both schemes tell positive from negative.
        for scheme in Scheme::ALL {
            let (chips, tints) = pair(scheme, seen_normally);
            assert!(chips > 90.0 && tints > 25.0, "{scheme:?}: {chips} {tints}");
        }
        // With deuteranopia, green and red tints become the same colour
        // (a distance under 5 is hard to see)...
        let (chips, tints) = pair(Scheme::RedGreen, seen_with_deuteranopia);
        assert!(chips < 20.0 && tints < 5.0, "{chips} {tints}");
        // ...while blue and orange stay as far apart as seen normally.
        let (chips, tints) = pair(Scheme::BlueOrange, seen_with_deuteranopia);
        assert!(chips > 90.0 && tints > 25.0, "{chips} {tints}");
    }
}
