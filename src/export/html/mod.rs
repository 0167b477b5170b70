//! The map as one self-contained web page, for people without Journeymap:
//! readable with scripts off (a header, the chart as SVG with real text, the
//! grid as a table with row and column headers, the findings and the
//! legend), and with scripts on a cell's card on click, filters, colouring,
//! search and keyboard navigation. Styles, script and fonts are inline and
//! a Content-Security-Policy forbids every request, so the page works
//! offline and forever. The bytes depend on the map and options only.

use std::fmt::Write as _;

use base64::Engine as _;
use sha2::Digest as _;

use super::canvas::{BOLD, REGULAR};
use super::{ExportError, Options, Paper, Theme};
use crate::analysis;
use crate::i18n::Lang;
use crate::model::{Project, Score};
use crate::palette::{ColourBy, Ink, Rgb};

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The page, in the map's language (or `options.language`), carrying the
/// map when `options.embed`.
pub fn write(project: &Project, options: &Options) -> Result<String, ExportError> {
    let lang = options.language.unwrap_or_else(|| project.language());
    let page = Page {
        project,
        options,
        lang,
        ink: Ink::new(options.theme == Theme::Dark, options.scheme),
    };
    // The body first: the fonts are cut down to the characters it shows.
    let mut body = String::new();
    let theme = if options.theme == Theme::Dark {
        "dark"
    } else {
        "light"
    };
    let _ = writeln!(body, "<body class=\"{theme}\">");
    page.header(&mut body);
    page.controls(&mut body);
    body.push_str("<main>\n");
    page.chart(&mut body);
    page.table(&mut body);
    if options.findings {
        page.findings(&mut body);
    }
    page.legend(&mut body);
    body.push_str("</main>\n");
    page.card(&mut body);
    let style = page.style(&body)?;
    if options.embed {
        let map = crate::file::to_string(project)
            .map_err(|e| ExportError::Document("map", e.to_string()))?;
        body.push_str(&crate::carried::html_block(&map));
    }
    let dir = if project.direction.is_rtl() {
        "rtl"
    } else {
        "ltr"
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src '{}'; script-src '{}'; font-src data:; img-src data:; base-uri 'none'; \
         form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Journeymap {}\">\n<title>{}</title>\n<style>{style}</style>\n</head>\n",
        lang.code(),
        hash(&style),
        hash(SCRIPT),
        env!("CARGO_PKG_VERSION"),
        esc(&page.title()),
    );
    out.push_str(&body);
    let _ = writeln!(out, "<script>{SCRIPT}</script>\n</body>\n</html>");
    Ok(out)
}

/// The CSP source for an inline block: its SHA-256, in base64.
fn hash(content: &str) -> String {
    let digest = sha2::Sha256::digest(content.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Text for HTML content and attribute values.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The colours that carry text, as CSS variables: each palette colour
/// made readable on the page (see [`crate::contrast::readable`]), and the
/// text on them.
fn marks(ink: &Ink) -> String {
    let mark = |colour| hex(crate::contrast::readable(colour, ink.dark));
    format!(
        "--ideal-mark:{};--real-mark:{};--positive-mark:{};--negative-mark:{};\
         --no-gap-mark:{};--on-mark:{}",
        mark(crate::palette::IDEAL),
        mark(crate::palette::REAL),
        mark(ink.scheme.positive()),
        mark(ink.scheme.negative()),
        mark(crate::palette::NO_GAP),
        hex(crate::contrast::on_readable(ink.dark)),
    )
}

pub(super) fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// A colouring's value as one of seven steps, -3..=3, for the style sheet.
pub(super) fn step(value: Option<f32>) -> i32 {
    value.map_or(0, |v| (v * 3.0).round().clamp(-3.0, 3.0) as i32)
}

mod grid;
mod summary;

struct Page<'a> {
    project: &'a Project,
    options: &'a Options,
    lang: Lang,
    ink: Ink,
}

impl Page<'_> {
    pub(super) fn say(&self, key: &str) -> String {
        self.lang.text(key)
    }

    fn title(&self) -> String {
        if self.project.title.is_empty() {
            self.say("new-map-title")
        } else {
            self.project.title.clone()
        }
    }

    pub(super) fn score(&self, score: Option<Score>) -> String {
        score.map_or_else(|| "–".to_owned(), |s| self.signed(s.value()))
    }

    /// A signed whole number, "0" unsigned, in the language's digits, its
    /// sign kept at its left in a right-to-left page.
    pub(super) fn signed(&self, n: i8) -> String {
        if n == 0 {
            self.lang.digits("0")
        } else {
            self.lang.signed(&format!("{n:+}"))
        }
    }

    /// The style sheet: the fonts, cut down to the characters `body` shows
    /// (and those the script may add), the page, and this map's colours.
    fn style(&self, body: &str) -> Result<String, ExportError> {
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        let mut chars: std::collections::HashSet<char> = body.chars().collect();
        chars.extend((' '..='~').chain("×–—«»،؛؟۰۱۲۳۴۵۶۷۸۹".chars()));
        let subset = |font: &[u8]| {
            fontcull::subset_font_data(font, &chars, &[]).map_err(|e| {
                ExportError::Document("web page", format!("the font cannot be subset: {e:?}"))
            })
        };
        let (regular, bold) = (subset(REGULAR)?, subset(BOLD)?);
        let ink = &self.ink;
        let mut css = format!(
            "@font-face{{font-family:Vazirmatn;font-weight:400;src:url(data:font/ttf;base64,{})}}\n\
             @font-face{{font-family:Vazirmatn;font-weight:700;src:url(data:font/ttf;base64,{})}}\n\
             :root{{--bg:{};--text:{};--weak:{};--rule:{};--panel:{};--ideal:{};--real:{};\
             --positive:{};--negative:{};{}}}\n",
            b64(&regular),
            b64(&bold),
            hex(ink.background),
            hex(ink.text),
            hex(ink.weak),
            hex(ink.rule),
            hex(crate::palette::header(ink.dark)),
            hex(crate::palette::IDEAL),
            hex(crate::palette::REAL),
            hex(ink.scheme.positive()),
            hex(ink.scheme.negative()),
            marks(ink),
        );
        let dark = self.options.theme == Theme::Dark;
        for mode in ColourBy::ALL {
            for level in -3..=3 {
                let value = (level != 0).then(|| level as f32 / 3.0);
                let fill = self.options.scheme.cell_fill(dark, value);
                let _ = writeln!(
                    css,
                    "table[data-colour={m}] td[data-{m}=\"{level}\"]{{background:{}}}",
                    hex(fill),
                    m = mode_name(mode),
                );
            }
        }
        for colour in crate::model::PersonaColour::ALL {
            let _ = writeln!(
                css,
                ".p{} .swatch{{background:{}}}",
                colour.index(),
                hex(crate::palette::persona(colour))
            );
        }
        for level in -3..=3 {
            let value = (level != 0).then(|| level as f32 / 3.0);
            let _ = writeln!(
                css,
                ".swatch[data-step=\"{level}\"]{{background:{}}}",
                hex(self.options.scheme.cell_fill(dark, value))
            );
        }
        let (size, landscape) = match self.options.paper {
            Paper::A4 => ("A4", self.options.landscape),
            Paper::Letter => ("letter", self.options.landscape),
            Paper::A3 | Paper::Fit => ("A3", true),
        };
        let orientation = if landscape { " landscape" } else { "" };
        let _ = writeln!(css, "@page{{size:{size}{orientation};margin:10mm}}");
        css.push_str(STYLE);
        Ok(css)
    }

    fn header(&self, out: &mut String) {
        let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(&self.title()));
        let label = self.say("inspector-persona");
        for persona in &self.project.personas {
            if persona.name.is_empty() && persona.description.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "<p class=\"persona p{}\"><span class=\"swatch\" aria-hidden=\"true\"></span><b>{}: {}</b> {}</p>",
                persona.colour.index(),
                esc(&label),
                esc(&persona.name),
                esc(&persona.description)
            );
        }
        out.push_str("</header>\n");
    }

    /// Filters, colouring and search: shown by the script, which runs them.
    fn controls(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "<nav class=\"controls\" hidden aria-label=\"{}\">",
            esc(&self.say("html-controls"))
        );
        let _ = writeln!(
            out,
            "<label>{} <input type=\"search\" id=\"search\"></label>",
            esc(&self.say("html-search"))
        );
        let _ = write!(
            out,
            "<label>{} <select id=\"owner\"><option value=\"\">{}</option>",
            esc(&self.say("status-show-owner")),
            esc(&self.say("status-all-owners"))
        );
        for owner in analysis::findings::owners(self.project) {
            let _ = write!(out, "<option>{}</option>", esc(&owner));
        }
        out.push_str("</select></label>\n");
        if self.project.personas.len() > 1 {
            let _ = write!(
                out,
                "<label>{} <select id=\"persona\"><option value=\"\">{}</option>",
                esc(&self.say("status-persona")),
                esc(&self.say("persona-all"))
            );
            for persona in &self.project.personas {
                let _ = write!(
                    out,
                    "<option value=\"{}\">{}</option>",
                    persona.id.0,
                    esc(&persona.name)
                );
            }
            out.push_str("</select></label>\n");
        }
        let _ = write!(
            out,
            "<label>{} <select id=\"colour\">",
            esc(&self.say("status-colour-by"))
        );
        for mode in ColourBy::ALL {
            let _ = write!(
                out,
                "<option value=\"{}\">{}</option>",
                mode_name(mode),
                esc(&self.say(mode.key()))
            );
        }
        out.push_str(
            "</select></label>\n<output id=\"found\" aria-live=\"polite\"></output>\n</nav>\n",
        );
    }

    /// The card a click or Enter opens: filled by the script.
    fn card(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "<dialog id=\"card\" aria-labelledby=\"card-h\"><h2 id=\"card-h\"></h2><div id=\"card-body\"></div>\
             <form method=\"dialog\"><button>{}</button></form></dialog>",
            esc(&self.say("html-close"))
        );
    }
}

/// A colouring's name in the page's attributes.
pub(super) fn mode_name(mode: ColourBy) -> &'static str {
    match mode {
        ColourBy::Signals => "signals",
        ColourBy::Real => "real",
        ColourBy::Ideal => "ideal",
        ColourBy::Gap => "gap",
    }
}
