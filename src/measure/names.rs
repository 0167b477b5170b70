//! Names compared as people mean them: stage and channel names from a
//! survey system rarely match the map's letter for letter.

use unicode_normalization::UnicodeNormalization;

/// `name` folded for comparison: compatibility form (NFKC, which also
/// joins Arabic presentation forms), lower case, inner runs of spaces as
/// one, none around; the Arabic letters yeh and kaf as their Persian forms
/// (ي and ى as ی, ك as ک), Persian and Arabic-Indic digits as ASCII
/// ones, the zero-width non-joiner as a space (where many type one), and
/// tatweel and vowel marks left out, as systems that write Persian mix them.
pub fn fold(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    let mut space = false;
    for c in name.nfkc().flat_map(char::to_lowercase) {
        let c = match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            '۰'..='۹' => digit(c, '۰'),
            '٠'..='٩' => digit(c, '٠'),
            '\u{200C}' => ' ',
            // The zero-width joiner, tatweel, harakat, the superscript alef.
            '\u{200D}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => continue,
            c => c,
        };
        if c.is_whitespace() {
            space = !folded.is_empty();
            continue;
        }
        if space {
            folded.push(' ');
            space = false;
        }
        folded.push(c);
    }
    folded
}

fn digit(c: char, zero: char) -> char {
    char::from_u32(u32::from(c) - u32::from(zero) + u32::from('0')).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn case_spaces_and_unicode_form_are_ignored() {
        assert_eq!(fold("  Awareness   Stage "), "awareness stage");
        assert_eq!(fold("PURCHASE"), fold("purchase"));
        // "é" written as one letter and as e + combining accent.
        assert_eq!(fold("Caf\u{e9}"), fold("Cafe\u{301}"));
    }

    #[test]
    fn persian_and_arabic_letter_variants_are_one() {
        // Arabic yeh and kaf against the Persian ones.
        assert_eq!(fold("آگاهي"), fold("آگاهی"));
        assert_eq!(fold("كانال"), fold("کانال"));
        // Persian, Arabic-Indic and ASCII digits.
        assert_eq!(fold("مرحله ۲"), "مرحله 2");
        assert_eq!(fold("مرحله ٢"), "مرحله 2");
        // The zero-width non-joiner or a space; a vowel mark.
        assert_eq!(fold("پس\u{200C}از خرید"), fold("پس از خرید"));
        assert_eq!(fold("خَرید"), fold("خرید"));
        assert_ne!(fold("خرید"), fold("فروش"));
    }
}
