//! The interface's words in English and Persian, from the Fluent message
//! files under `assets/i18n/`. Plurals and placeholders are Fluent's; numbers
//! in Persian messages come out in Persian digits.
//!
//! The editor's language is per thread ([`set_ui`]): the editor sets it at
//! the start of every frame, so a switch shows at once, and tests running
//! side by side each keep their own. Exports ask a [`Lang`] directly.

use std::cell::{Cell, RefCell};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use intl_memoizer::IntlLangMemoizer;

/// A language the interface and the exported infographic speak.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum Lang {
    #[default]
    En,
    Fa,
}

/// The message files, in [`Lang::ALL`] order.
pub const CATALOGUES: [&str; 2] = [
    include_str!("../assets/i18n/en.ftl"),
    include_str!("../assets/i18n/fa.ftl"),
];

impl Lang {
    pub const ALL: [Self; 2] = [Self::En, Self::Fa];

    /// The language's code: "en", "fa".
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fa => "fa",
        }
    }

    /// The language's name in itself, as a language menu lists it.
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fa => "فارسی",
        }
    }

    /// Whether the language reads right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Fa
    }

    /// The language of a locale such as "fa_IR.UTF-8" or "en-GB"; English
    /// for any language without a catalogue.
    pub fn from_locale(locale: &str) -> Self {
        let language = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if language == "fa" || language == "per" || language == "fas" {
            Self::Fa
        } else {
            Self::En
        }
    }

    /// The operating system's language.
    pub fn system() -> Self {
        sys_locale::get_locale().map_or(Self::En, |l| Self::from_locale(&l))
    }

    /// The message `key`, or the key itself when no catalogue has it.
    /// Messages without placeholders are formatted once per thread: the
    /// editor asks for the same words every frame.
    pub fn text(self, key: &str) -> String {
        let cached = PLAIN.with(|plain| plain.borrow().get(&(self, key.to_owned())).cloned());
        cached.unwrap_or_else(|| {
            let text = self.format(key, None);
            PLAIN.with(|plain| {
                plain
                    .borrow_mut()
                    .insert((self, key.to_owned()), text.clone())
            });
            text
        })
    }

    /// The message `key` with its placeholders filled from `args`.
    pub fn text_with(self, key: &str, args: &FluentArgs) -> String {
        self.format(key, Some(args))
    }

    /// `text` with its ASCII digits written in the language's own digits.
    pub fn digits(self, text: &str) -> String {
        match self {
            Self::En => text.to_owned(),
            Self::Fa => persian_digits(text),
        }
    }

    /// A signed score ("+2", "-1", "–") in the language's digits; in a
    /// right-to-left language isolated left to right, so the sign stays at
    /// the number's left as it does in the interface's badges.
    pub fn signed(self, text: &str) -> String {
        let digits = self.digits(text);
        if self.is_rtl() {
            format!("\u{2066}{digits}\u{2069}")
        } else {
            digits
        }
    }

    /// A number in the language's digits, with at most `decimals` decimals
    /// (trailing zeros dropped).
    pub fn number(self, value: f64, decimals: usize) -> String {
        let mut text = format!("{value:.decimals$}");
        if text.contains('.') {
            text = text.trim_end_matches('0').trim_end_matches('.').to_owned();
        }
        if text == "-0" {
            text = "0".to_owned();
        }
        self.digits(&text)
    }

    /// Whether the catalogue has the message (or `message.attribute`) `key`.
    pub fn has(self, key: &str) -> bool {
        self.text(key) != key
    }

    fn format(self, key: &str, args: Option<&FluentArgs>) -> String {
        BUNDLES.with(|bundles| {
            let mut bundles = bundles.borrow_mut();
            let bundle = bundles[self as usize].get_or_insert_with(|| bundle(self));
            let (id, attribute) = key
                .split_once('.')
                .map_or((key, None), |(m, a)| (m, Some(a)));
            let Some(message) = bundle.get_message(id) else {
                return key.to_owned();
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else {
                return key.to_owned();
            };
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned()
        })
    }
}

/// Every message of a catalogue as its key, and each attribute as
/// `message.attribute`, in file order; or what is wrong with the file.
pub fn keys(catalogue: &str) -> Result<Vec<String>, String> {
    use fluent_syntax::ast::Entry;
    let resource =
        fluent_syntax::parser::parse(catalogue).map_err(|(_, errors)| format!("{errors:?}"))?;
    let mut keys = Vec::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                keys.push(message.id.name.to_owned());
                for attribute in message.attributes {
                    keys.push(format!("{}.{}", message.id.name, attribute.id.name));
                }
            }
            Entry::Term(term) => keys.push(format!("-{}", term.id.name)),
            Entry::Junk { content } => return Err(format!("cannot read: {content}")),
            _ => {}
        }
    }
    Ok(keys)
}

/// ASCII digits as Persian digits, "." between digits as the Persian
/// decimal separator.
fn persian_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            '0'..='9' => char::from_u32(0x06F0 + (c as u32 - '0' as u32)).unwrap_or(c),
            '.' if i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
            {
                '٫'
            }
            '%' => '٪',
            other => other,
        })
        .collect()
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<[Option<Bundle>; 2]> = const { RefCell::new([None, None]) };
    static UI: Cell<Lang> = const { Cell::new(Lang::En) };
    static PLAIN: RefCell<std::collections::HashMap<(Lang, String), String>> =
        RefCell::new(std::collections::HashMap::new());
}

fn bundle(lang: Lang) -> Bundle {
    let locale = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![locale]);
    // Placeholders are laid out by the editor's own bidi, not by isolation
    // marks the fonts have no glyph for.
    bundle.set_use_isolating(false);
    if lang == Lang::Fa {
        bundle.set_formatter(Some(persian_number));
    }
    let resource = FluentResource::try_new(CATALOGUES[lang as usize].to_owned())
        .unwrap_or_else(|(resource, _)| resource);
    // Duplicate ids are caught by the catalogue tests; keep what was read.
    let _ = bundle.add_resource(resource);
    bundle
}

fn persian_number(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(persian_digits(&number.as_string())),
        _ => None,
    }
}

/// Makes `lang` the editor's language on this thread.
pub fn set_ui(lang: Lang) {
    UI.with(|ui| ui.set(lang));
}

/// The editor's language on this thread.
pub fn ui() -> Lang {
    UI.with(Cell::get)
}

/// A message in the editor's language, as [`Text`]: `tr!("menu-file")`, or
/// with placeholders `tr!("status-counts", stages = 3, channels = 5)`.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::Text::new($crate::i18n::ui().text($key))
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::Text::new($crate::i18n::ui().text_with($key, &args))
    }};
}

/// Interface text in the editor's language, ready for egui: right-to-left
/// and mixed text is laid out bidirectionally when it becomes a widget's
/// text, so Persian letters join, runs come in visual order and numbers read
/// left to right.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    text: String,
    /// The paragraph direction: the interface language's.
    rtl: bool,
}

impl Text {
    pub fn new(text: String) -> Self {
        Self {
            text,
            rtl: ui().is_rtl(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the text was made in a right-to-left interface (its
    /// paragraph then reads from the right).
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.text
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl From<Text> for FluentValue<'_> {
    fn from(text: Text) -> Self {
        text.text.into()
    }
}

/// A message in a given language, with placeholders: for exports, which
/// speak the map's language whatever the editor's.
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $key:expr) => {
        $lang.text($key)
    };
    ($lang:expr, $key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $lang.text_with($key, &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_pick_the_catalogue() {
        assert_eq!(Lang::from_locale("fa_IR.UTF-8"), Lang::Fa);
        assert_eq!(Lang::from_locale("fa-IR"), Lang::Fa);
        assert_eq!(Lang::from_locale("en-GB"), Lang::En);
        assert_eq!(Lang::from_locale("de_DE"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
    }

    #[test]
    fn persian_numbers_use_persian_digits_and_separator() {
        assert_eq!(Lang::Fa.number(1.5, 1), "۱٫۵");
        assert_eq!(Lang::Fa.number(-2.0, 1), "-۲");
        assert_eq!(Lang::Fa.digits("24 h"), "۲۴ h");
        assert_eq!(Lang::En.number(2.26, 1), "2.3");
        assert_eq!(Lang::En.number(3.0, 2), "3");
    }
}
