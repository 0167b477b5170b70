//! Right-to-left and mixed-direction text for the grid. egui shapes text
//! (Persian letters join) but has no bidirectional layout, so text with
//! right-to-left characters is broken into lines here, in logical order, and
//! each line is handed to egui run by run in visual order, right-aligned
//! when the paragraph is right-to-left.

use std::sync::Arc;

use crate::i18n::Text;
use eframe::egui::{self, Color32, FontId, Galley, Pos2, pos2, text::LayoutJob};
use unicode_bidi::{Level, ParagraphBidiInfo};

/// Text laid out for display: per line, its runs in visual order, each
/// shaped on its own (egui would merge same-format sections into one run and
/// shape the whole line in one direction).
pub struct Paragraph {
    lines: Vec<Vec<Arc<Galley>>>,
    rtl: bool,
}

fn line_size(line: &[Arc<Galley>]) -> egui::Vec2 {
    egui::vec2(
        line.iter().map(|g| g.size().x).sum(),
        line.iter().map(|g| g.size().y).fold(0.0, f32::max),
    )
}

impl Paragraph {
    /// Lays out `text` in at most `rows` lines of `width`, ending in "…" when cut.
    pub fn new(
        painter: &egui::Painter,
        text: &str,
        font: FontId,
        colour: Color32,
        width: f32,
        rows: usize,
    ) -> Self {
        let text = crate::text::visible_prefix(text, width, font.size, rows);
        if !has_rtl(text) {
            return Self {
                lines: vec![vec![elided(painter, text, font, colour, width, rows)]],
                rtl: false,
            };
        }
        let rtl = unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl;
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let measure = |s: &str| {
            painter
                .layout_no_wrap(s.to_owned(), font.clone(), colour)
                .size()
                .x
        };
        let lines = break_lines(text, width, rows.max(1), &measure)
            .iter()
            .map(|line| {
                visual_pieces(line, base)
                    .into_iter()
                    .map(|piece| painter.layout_no_wrap(piece, font.clone(), colour))
                    .collect()
            })
            .collect();
        Self { lines, rtl }
    }

    /// Whether the paragraph reads right to left (and so is right-aligned).
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    pub fn height(&self) -> f32 {
        self.lines.iter().map(|l| line_size(l).y).sum()
    }

    /// Widest line by total height.
    pub fn size(&self) -> egui::Vec2 {
        let width = self
            .lines
            .iter()
            .map(|l| line_size(l).x)
            .fold(0.0, f32::max);
        egui::vec2(width, self.height())
    }

    /// Paints at `top_left`; right-to-left paragraphs align to the right of `width`.
    pub fn paint(&self, painter: &egui::Painter, top_left: Pos2, width: f32, colour: Color32) {
        let mut y = top_left.y;
        for line in &self.lines {
            let size = line_size(line);
            let mut x = if self.rtl {
                top_left.x + width - size.x
            } else {
                top_left.x
            };
            for piece in line {
                painter.galley(pos2(x, y), piece.clone(), colour);
                x += piece.size().x;
            }
            y += size.y;
        }
    }
}

/// A wrapped line of text laid out bidirectionally, for text that mixes the
/// user's Persian with the interface's words. With a click sense it works as
/// a selectable entry (highlighted on hover, or when `selected`), and
/// reports itself to assistive technology as a button labelled `text`.
pub fn line_ui(
    ui: &mut egui::Ui,
    text: &str,
    sense: egui::Sense,
    selected: bool,
) -> egui::Response {
    let colour = ui.visuals().text_color();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let pad = egui::vec2(4.0, 2.0);
    let width = ui.available_width().max(40.0);
    let paragraph = Paragraph::new(ui.painter(), text, font, colour, width - 2.0 * pad.x, 6);
    let size = egui::vec2(width, paragraph.height() + 2.0 * pad.y);
    let (rect, response) = ui.allocate_exact_size(size, sense);
    let clickable = sense.senses_click();
    if selected {
        ui.painter()
            .rect_filled(rect, 3.0, ui.visuals().selection.bg_fill);
    } else if clickable && response.hovered() {
        ui.painter()
            .rect_filled(rect, 3.0, ui.visuals().widgets.hovered.weak_bg_fill);
    }
    paragraph.paint(
        ui.painter(),
        rect.min + pad,
        rect.width() - 2.0 * pad.x,
        colour,
    );
    let kind = if clickable {
        egui::Role::Button
    } else {
        egui::Role::Label
    };
    response.widget_info(|| egui::WidgetInfo::selected(kind, true, selected, text));
    response
}

/// Interface text as egui widget text. Text without right-to-left letters
/// is left to egui. Right-to-left and mixed text in a right-to-left
/// interface becomes [`shaper_order`] text, which keeps the widget's own
/// font and colour; mixed text in a left-to-right interface, where no such
/// order exists, becomes a layout job with one section per visual run.
pub fn widget_text(text: String, rtl: bool) -> egui::WidgetText {
    if !has_rtl(&text) {
        return text.into();
    }
    if rtl && let Some(ordered) = try_shaper_order(&text) {
        crate::ui::spoken::remember(&ordered, &text);
        return ordered.into();
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let format = egui::TextFormat {
        font_id: FontId::proportional(13.0),
        color: Color32::PLACEHOLDER,
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    for (i, line) in text.split('\n').enumerate() {
        let pieces = if i == 0 {
            visual_pieces(line, base)
        } else {
            let mut pieces = vec!["\n".to_owned()];
            pieces.extend(visual_pieces(line, base));
            pieces
        };
        for piece in pieces {
            let start = job.text.len();
            job.text.push_str(&piece);
            job.sections.push(egui::text::LayoutSection {
                leading_space: 0.0,
                byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(job.text.len()),
                format: format.clone(),
            });
        }
    }
    crate::ui::spoken::remember(&job.text, &text);
    job.into()
}

/// Right-to-left interface text in the order that makes egui show it right:
/// egui shapes a line in one run, in the direction of its first letter, so
/// a Persian line is set right to left as a whole. Each left-to-right run
/// inside it (English words, numbers) is handed over reversed, so that
/// reversal puts it back. Left as it is where that cannot work.
pub fn shaper_order(text: String, rtl: bool) -> String {
    if rtl && has_rtl(&text) {
        match try_shaper_order(&text) {
            Some(ordered) => {
                crate::ui::spoken::remember(&ordered, &text);
                ordered
            }
            None => text,
        }
    } else {
        text
    }
}

fn try_shaper_order(text: &str) -> Option<String> {
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let ordered: String = visual_pieces(line, Level::rtl())
            .into_iter()
            .rev()
            .map(|piece| {
                let shaper_rtl = piece
                    .chars()
                    .find(|c| has_script(*c))
                    .is_some_and(is_rtl_script);
                if shaper_rtl {
                    piece
                } else {
                    piece.chars().rev().map(mirrored).collect()
                }
            })
            .collect();
        let first = ordered.chars().find(|c| has_script(*c));
        if first.is_some_and(|c| !is_rtl_script(c)) {
            return None;
        }
        lines.push(ordered);
    }
    Some(lines.join("\n"))
}

/// A paragraph of text, wrapped to the available width and laid out
/// bidirectionally, at the start of its line (the right in a right-to-left
/// interface).
/// Blank lines separate paragraphs. `colour` defaults to the text colour.
pub fn paragraph_ui(ui: &mut egui::Ui, text: &str, colour: Option<Color32>) -> egui::Response {
    let colour = colour.unwrap_or_else(|| ui.visuals().text_color());
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width().max(40.0);
    let interface_rtl = crate::i18n::ui().is_rtl();
    let paragraphs: Vec<Paragraph> = text
        .split('\n')
        .map(|line| Paragraph::new(ui.painter(), line, font.clone(), colour, width, 40))
        .collect();
    let row = ui.text_style_height(&egui::TextStyle::Body);
    let height: f32 = paragraphs.iter().map(|p| p.height().max(row)).sum();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let mut y = rect.min.y;
    for (paragraph, line) in paragraphs.iter().zip(text.split('\n')) {
        // English text in a Persian interface keeps to the right edge too.
        let x = if interface_rtl && !has_rtl(line) {
            rect.max.x - paragraph.size().x
        } else {
            rect.min.x
        };
        paragraph.paint(ui.painter(), pos2(x, y), rect.max.x - x, colour);
        y += paragraph.height().max(row);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// True when any character is right-to-left (Hebrew or Arabic script).
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(is_rtl_script)
}

fn is_rtl_script(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether a character sets a script for the shaper (letters and
/// script-specific digits), as opposed to spaces, punctuation and ASCII digits.
fn has_script(c: char) -> bool {
    c.is_alphanumeric() && !c.is_ascii_digit()
}

/// Greedy word wrap in logical order; the last line ends in "…" if text remains.
fn break_lines(text: &str, width: f32, rows: usize, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || measure(&candidate) <= width {
            current = candidate;
            continue;
        }
        lines.push(std::mem::replace(&mut current, word.to_owned()));
        if lines.len() == rows {
            // No room for this word: the last kept line gets the ellipsis.
            let last = lines.pop().unwrap_or_default();
            lines.push(ellipsize(&last, width, measure));
            return lines;
        }
    }
    if !current.is_empty() {
        if measure(&current) > width {
            current = ellipsize(&current, width, measure);
        }
        lines.push(current);
    }
    lines
}

/// Shortens `line` from its logical end until it and "…" fit in `width`.
fn ellipsize(line: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> String {
    let mut chars: Vec<char> = line.chars().collect();
    loop {
        let candidate: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if chars.is_empty() || measure(&candidate) <= width {
            return candidate;
        }
        chars.pop();
    }
}

/// The line's directional runs in visual (left-to-right) order, each as the
/// text to give the shaper. The shaper picks a run's direction from its
/// script, so a run whose direction disagrees with that guess (Persian digits
/// read left to right, punctuation between right-to-left words) is handed
/// over reversed, and comes out in the right order.
fn visual_pieces(line: &str, base: Level) -> Vec<String> {
    let info = ParagraphBidiInfo::new(line, Some(base));
    let (levels, runs) = info.visual_runs(0..line.len());
    runs.into_iter()
        .map(|run| {
            // Isolate marks have done their work in the algorithm; the
            // fonts have nothing to draw for them.
            let text: String = line[run.clone()]
                .chars()
                .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
                .collect();
            let text = text.as_str();
            let rtl = levels[run.start].is_rtl();
            let shaper_rtl = text
                .chars()
                .find(|c| has_script(*c))
                .is_some_and(is_rtl_script);
            if rtl == shaper_rtl {
                text.to_owned()
            } else if rtl {
                // A right-to-left run the shaper lays out left to right:
                // reverse it, and mirror its brackets as UAX #9 rule L4 asks
                // (a shaper mirrors only the runs it sets right to left).
                text.chars().rev().map(mirrored).collect()
            } else {
                text.chars().rev().collect()
            }
        })
        .collect()
}

/// The mirror image of a paired bracket or quote, as drawn in right-to-left text.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Lays out `text` wrapped to `width`, at most `rows` rows, ending in "…" if cut.
fn elided(
    painter: &egui::Painter,
    text: &str,
    font: FontId,
    colour: Color32,
    width: f32,
    rows: usize,
) -> Arc<Galley> {
    let mut job = LayoutJob::simple(text.to_owned(), font, colour, width.max(1.0));
    job.wrap.max_rows = rows;
    job.wrap.overflow_character = Some('…');
    painter.layout_job(job)
}

impl From<Text> for egui::WidgetText {
    fn from(text: Text) -> Self {
        let rtl = text.is_rtl();
        widget_text(text.into(), rtl)
    }
}

impl From<&Text> for egui::WidgetText {
    fn from(text: &Text) -> Self {
        text.clone().into()
    }
}

impl From<Text> for egui::RichText {
    fn from(text: Text) -> Self {
        let rtl = text.is_rtl();
        Self::new(shaper_order(text.into(), rtl))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_words_come_in_visual_order_with_numbers_left_to_right() {
        // "within 10 minutes" with Persian digits, then a Latin word.
        let pieces = visual_pieces("کمتر از ۱۰ دقیقه OTP", Level::rtl());
        // Visually, from the left: the Latin word, then the last Persian word,
        // the number (reversed so the shaper's right-to-left pass restores it),
        // then the first words.
        assert_eq!(pieces.first().map(String::as_str), Some("OTP"));
        assert!(pieces.iter().any(|p| p == "۰۱"), "{pieces:?}");
        assert!(
            pieces.last().is_some_and(|p| p.starts_with("کمتر")),
            "{pieces:?}"
        );
    }

    #[test]
    fn a_bracket_alone_in_a_right_to_left_run_is_mirrored() {
        // A wrapped line of "کانال ایمیل (Email) و تلفن" that starts at the
        // bracket. The shaper (harfrust) sets runs of Persian right to left,
        // reversing and mirroring them as HarfBuzz does; other runs left to
        // right as given. What the line looks like, from the left:
        let pieces = visual_pieces("(Email) و", Level::rtl());
        let visual: String = pieces
            .iter()
            .map(|p| {
                if p.chars().any(is_rtl_script) {
                    p.chars().rev().map(mirrored).collect()
                } else {
                    p.clone()
                }
            })
            .collect();
        assert_eq!(visual.trim(), "و (Email)", "{pieces:?}");
    }

    #[test]
    fn persian_interface_text_is_ordered_for_one_right_to_left_run() {
        // "Export PNG" with the format's name in English, and a number.
        // Set right to left as one run, the shaper reverses the whole line;
        // the English word and the ASCII number come in reversed, so they
        // read left to right again.
        let ordered = try_shaper_order("خروجی PNG با ۲۴ نقطه").unwrap_or_default();
        let shown: String = ordered.chars().rev().map(mirrored).collect();
        assert!(shown.contains("PNG"), "{shown}");
        assert!(shown.contains("۲۴"), "{shown}");
        // A line that starts with English cannot be set as one such run.
        assert_eq!(try_shaper_order("PNG خروجی"), None);
    }

    #[test]
    fn english_with_a_persian_word_keeps_left_to_right_order() {
        let pieces = visual_pieces("Call مریم today", Level::ltr());
        assert_eq!(pieces.first().map(|p| p.trim()), Some("Call"));
        assert_eq!(pieces.last().map(|p| p.trim()), Some("today"));
    }

    #[test]
    fn lines_break_in_logical_order_and_the_last_is_ellipsized() {
        let measure = |s: &str| s.chars().count() as f32;
        let lines = break_lines("یک دو سه چهار پنج شش", 8.0, 2, &measure);
        assert_eq!(lines, ["یک دو سه", "چهار پن…"]);
        assert_eq!(break_lines("short", 8.0, 2, &measure), ["short"]);
    }
}
