//! Text helpers shared by the editor and the export.

/// The start of `text` that can possibly show in `lines` lines of `width`
/// at font size `size`, so that laying text out costs what its box holds,
/// not what the string holds (a 10 MB action cell, a 50 MB title). No
/// spacing glyph of the bundled fonts is narrower than a tenth of the font
/// size, so nothing visible is cut; text that is cut still overflows its
/// box, and so still ends in "…".
pub fn visible_prefix(text: &str, width: f32, size: f32, lines: usize) -> &str {
    let per_line = (width / (size / 10.0)).ceil().max(1.0) as usize;
    let limit = per_line.saturating_mul(lines.max(1)).saturating_add(16);
    match text.char_indices().nth(limit) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// Characters that would act on a terminal or reorder what it shows, rather
/// than show: control characters (but line feeds and tabs when `keep_lines`)
/// and the invisible bidirectional controls.
fn hidden(c: char, keep_lines: bool) -> bool {
    (c.is_control() && !(keep_lines && matches!(c, '\n' | '\t')))
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` for a terminal: control characters (an escape sequence that would
/// clear the screen or set the window's title) and bidirectional controls
/// written as `\u{1b}`; line feeds and tabs kept, and everything else as
/// typed, Persian marks, joiners and emoji selectors included.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| hidden(c, true)) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c, true) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// `text` in double quotes, on one line: quotes and backslashes escaped,
/// line ends as `\n`, other control and bidirectional control characters as
/// `\u{…}`; every other character as typed.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if hidden(c, false) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::{quoted, terminal_safe, visible_prefix};

    #[test]
    fn text_for_a_terminal_escapes_controls_and_keeps_what_was_typed() {
        assert_eq!(terminal_safe("a\u{1b}[2Jb\n"), "a\\u{1b}[2Jb\n");
        assert_eq!(
            terminal_safe("\u{1b}]0;title\u{7}"),
            "\\u{1b}]0;title\\u{7}"
        );
        let persian = "مُحَمَّد وب\u{200c}سایت ❤\u{fe0f}";
        assert_eq!(terminal_safe(persian), persian);
        assert_eq!(quoted(persian), format!("\"{persian}\""));
        assert_eq!(
            quoted("say \"hi\"\n\u{202e}x"),
            "\"say \\\"hi\\\"\\n\\u{202e}x\""
        );
    }

    #[test]
    fn short_text_is_whole_and_long_text_is_cut_to_what_could_show() {
        assert_eq!(visible_prefix("Call back", 100.0, 10.0, 1), "Call back");
        let long = "ب".repeat(1_000_000);
        let cut = visible_prefix(&long, 100.0, 10.0, 2);
        // 100 px holds at most 100 glyphs a tenth of 10 px wide, twice.
        assert_eq!(cut.chars().count(), 216);
        assert!(long.starts_with(cut));
    }
}
