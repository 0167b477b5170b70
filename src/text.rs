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

#[cfg(test)]
mod tests {
    use super::visible_prefix;

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
