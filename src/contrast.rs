//! How colours read on each other: WCAG contrast, and the palette's
//! colours shaded so that text on them, and they on any card, read (see
//! [`readable`]). The editor, the presentation and every export take
//! their badges', chips' and coloured text's colours from here.

use crate::palette::{ON_COLOUR, Rgb};

/// How light a colour is to the eye (WCAG relative luminance, 0..1).
pub fn luminance(colour: Rgb) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.0) + 0.7152 * channel(colour.1) + 0.0722 * channel(colour.2)
}

/// The contrast ratio of two colours (WCAG: 1 to 21; text needs 4.5,
/// large text and the parts of a control 3).
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// `colour` as a fill that carries text, or as text itself: on a light
/// page, as light as it can be while dark enough for white text on it and
/// for it on the lightest card; on a dark page, the other way round. Its
/// hue and saturation stay, its lightness moves (an orange becomes a deep
/// amber on light pages), so the colours keep their meaning: badges and
/// chips read at 7:1 and stand out from any card at 3:1.
pub fn readable(colour: Rgb, dark: bool) -> Rgb {
    // Every frame asks for the same few colours: each is worked out once.
    type Known = std::collections::HashMap<(Rgb, bool), Rgb>;
    static KNOWN: std::sync::Mutex<Option<Known>> = std::sync::Mutex::new(None);
    let mut known = KNOWN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    *known
        .get_or_insert_with(Known::new)
        .entry((colour, dark))
        .or_insert_with(|| shaded(colour, dark))
}

/// [`readable`], worked out.
fn shaded(colour: Rgb, dark: bool) -> Rgb {
    // The luminance a fill may have at most on light pages, at least on dark.
    const LIGHT_MOST: f32 = 0.085;
    const DARK_LEAST: f32 = 0.49;
    let (h, s, l) = hsl(colour);
    let fits = |c: Rgb| {
        if dark {
            luminance(c) >= DARK_LEAST
        } else {
            luminance(c) <= LIGHT_MOST
        }
    };
    if fits(colour) {
        return colour;
    }
    // Bisect on lightness: darker (light page) or lighter (dark page).
    let (mut fail, mut pass) = if dark { (l, 1.0) } else { (l, 0.0) };
    for _ in 0..24 {
        let mid = (fail + pass) / 2.0;
        if fits(from_hsl(h, s, mid)) {
            pass = mid;
        } else {
            fail = mid;
        }
    }
    from_hsl(h, s, pass)
}

/// The text on a [`readable`] fill: white on light pages, near black on dark.
pub fn on_readable(dark: bool) -> Rgb {
    if dark { Rgb::gray(0x1e) } else { ON_COLOUR }
}

fn hsl(Rgb(r, g, b): Rgb) -> (f32, f32, f32) {
    let [r, g, b] = [r, g, b].map(|c| f32::from(c) / 255.0);
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let l = (max + min) / 2.0;
    if max == min {
        return (0.0, 0.0, l);
    }
    let d = max - min;
    let s = if l > 0.5 {
        d / (2.0 - max - min)
    } else {
        d / (max + min)
    };
    let h = if max == r {
        (g - b) / d + if g < b { 6.0 } else { 0.0 }
    } else if max == g {
        (b - r) / d + 2.0
    } else {
        (r - g) / d + 4.0
    };
    (h / 6.0, s, l)
}

fn from_hsl(h: f32, s: f32, l: f32) -> Rgb {
    let q = if l < 0.5 {
        l * (1.0 + s)
    } else {
        l + s - l * s
    };
    let p = 2.0 * l - q;
    let channel = |t: f32| {
        let t = t.rem_euclid(1.0);
        let v = if t < 1.0 / 6.0 {
            p + (q - p) * 6.0 * t
        } else if t < 0.5 {
            q
        } else if t < 2.0 / 3.0 {
            p + (q - p) * (2.0 / 3.0 - t) * 6.0
        } else {
            p
        };
        (v * 255.0).round().clamp(0.0, 255.0) as u8
    };
    Rgb(channel(h + 1.0 / 3.0), channel(h), channel(h - 1.0 / 3.0))
}

/// Every text and background pair the palette makes, in both themes and
/// both signal palettes, in the editor, the presentation and the export:
/// text at 4.5:1, badges' and chips' fills at 3:1 against any card.
#[cfg(test)]
mod contrast_tests {
    use super::*;
    use crate::palette::{ACCENT, IDEAL, Ink, NO_GAP, PROJECTOR, REAL, Scheme};

    /// The colours that become badges, chips and coloured text.
    fn marks() -> Vec<(&'static str, Rgb)> {
        let mut marks = vec![
            ("ideal", IDEAL),
            ("real", REAL),
            ("no gap", NO_GAP),
            ("accent", ACCENT),
        ];
        for scheme in Scheme::ALL {
            marks.push(("positive", scheme.positive()));
            marks.push(("negative", scheme.negative()));
        }
        marks
    }

    /// Every card fill: each colouring's value from -1 to +1, in the
    /// editor's and the presentation's strengths.
    fn cards(dark: bool) -> Vec<Rgb> {
        let mut cards = Vec::new();
        for scheme in Scheme::ALL {
            for step in -20..=20 {
                let value = Some(step as f32 / 20.0);
                cards.push(scheme.cell_fill_contrast(dark, value, false));
                if !dark {
                    cards.push(scheme.cell_fill_contrast(dark, value, true));
                }
            }
        }
        cards
    }

    #[test]
    fn card_text_reads_on_every_card() {
        for dark in [false, true] {
            let text = Ink::new(dark, Scheme::RedGreen).text;
            for card in cards(dark) {
                assert!(contrast(text, card) >= 4.5, "{text:?} on {card:?}");
                assert!(contrast(PROJECTOR.text, card) >= 4.5 || dark);
            }
        }
    }

    #[test]
    fn badges_read_and_stand_out_from_every_card() {
        for dark in [false, true] {
            for (name, mark) in marks() {
                let fill = readable(mark, dark);
                let text = on_readable(dark);
                let ratio = contrast(text, fill);
                assert!(ratio >= 4.5, "{name} badge text {ratio:.2} (dark {dark})");
                for card in cards(dark) {
                    let ratio = contrast(fill, card);
                    assert!(ratio >= 3.0, "{name} {fill:?} on {card:?}: {ratio:.2}");
                }
                // As text on the page itself.
                let page = Ink::new(dark, Scheme::RedGreen).background;
                assert!(contrast(fill, page) >= 4.5, "{name} as text, dark {dark}");
            }
        }
    }

    #[test]
    fn readable_keeps_the_hue() {
        // Orange stays orange (red above green above blue), green green.
        let Rgb(r, g, b) = readable(REAL, false);
        assert!(r > g && g > b, "{:?}", Rgb(r, g, b));
        let Rgb(r, g, b) = readable(Scheme::RedGreen.positive(), true);
        assert!(g > r && g > b);
        // A colour that already reads is left as it is.
        assert_eq!(readable(Rgb::gray(0x20), false), Rgb::gray(0x20));
    }

    #[test]
    fn the_exports_text_reads_on_its_pages() {
        for ink in [
            Ink::new(false, Scheme::RedGreen),
            Ink::new(true, Scheme::RedGreen),
            PROJECTOR,
        ] {
            assert!(contrast(ink.text, ink.background) >= 4.5);
            assert!(contrast(ink.weak, ink.background) >= 4.5, "{ink:?}");
        }
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast(Rgb::gray(0), Rgb::gray(255)) - 21.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast(Rgb::gray(0x76), Rgb::gray(255)) - 4.54).abs() < 0.01);
    }
}
