//! The interface's catalogues: English and Persian say the same things, the
//! code asks only for messages they have, and a Persian interface shows no
//! English of its own.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

#[cfg(feature = "gui")]
mod common;

use journeymap::i18n::{CATALOGUES, Lang, keys};
use journeymap::model::{Cause, ChannelKind, Direction, Principle, Score, TextField};
use journeymap::palette::{ColourBy, Scheme};

fn key_set(lang: Lang) -> BTreeSet<String> {
    let keys = keys(CATALOGUES[lang as usize]).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
    let set: BTreeSet<String> = keys.iter().cloned().collect();
    assert_eq!(set.len(), keys.len(), "{lang:?} has a key twice");
    set
}

#[test]
fn rtl_catalogues_have_the_same_keys() {
    let en = key_set(Lang::En);
    let fa = key_set(Lang::Fa);
    let only_en: Vec<_> = en.difference(&fa).collect();
    let only_fa: Vec<_> = fa.difference(&en).collect();
    assert!(only_en.is_empty(), "missing from fa.ftl: {only_en:?}");
    assert!(only_fa.is_empty(), "missing from en.ftl: {only_fa:?}");
    assert!(en.len() > 300, "{}", en.len());
}

/// Every `"some-key"` the code hands to the catalogues: literals in
/// `tr!`, `tr_in!` and `.text(…)` calls, and the keys picked in `match`es
/// inside them, recognised by the catalogue's own key prefixes.
fn keys_in_code() -> BTreeSet<(String, String)> {
    let prefixes: BTreeSet<String> = key_set(Lang::En)
        .iter()
        .filter_map(|k| k.split('-').next().map(str::to_owned))
        .collect();
    let mut found = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            // Ids, and the prefixes `i18n::label` completes with a label.
            if [
                "Id::",
                "id_salt",
                "load_texture",
                "Grid::new",
                "Panel::",
                "side_panel",
                "scope_id",
                // Keys made from the field list; checked by value below.
                "concat!(",
            ]
            .iter()
            .any(|skip| line.contains(skip))
            {
                continue;
            }
            for literal in line.split('"').skip(1).step_by(2) {
                let is_key = literal.contains('-')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && prefixes.contains(literal.split('-').next().unwrap_or_default());
                if is_key {
                    found.insert((literal.to_owned(), path.display().to_string()));
                }
            }
        }
    }
    found
}

#[test]
fn rtl_catalogue_has_every_key_the_code_uses() {
    let en = key_set(Lang::En);
    let used = keys_in_code();
    assert!(used.len() > 250, "{}", used.len());
    let missing: Vec<_> = used.iter().filter(|(k, _)| !en.contains(k)).collect();
    assert!(missing.is_empty(), "not in the catalogues: {missing:?}");
}

/// The names the model's enums give are catalogue keys: each must be in
/// both catalogues, and no two values share one.
#[test]
fn rtl_catalogue_names_every_value_of_the_models_enums() {
    let mut keys: Vec<&str> = Vec::new();
    keys.extend(ChannelKind::ALL.map(ChannelKind::key));
    keys.extend(Score::ALL.map(Score::key));
    keys.extend(TextField::ALL.map(TextField::name_key));
    keys.extend(TextField::ALL.map(TextField::step_key));
    keys.extend(ColourBy::ALL.map(ColourBy::key));
    keys.extend(Scheme::ALL.map(Scheme::key));
    keys.extend([Direction::Ltr, Direction::Rtl].map(Direction::key));
    // Real and ideal scores share one legend.
    for mode in [ColourBy::Signals, ColourBy::Real, ColourBy::Gap] {
        for (words, _) in mode.legend() {
            if let journeymap::palette::Legend::Key(key) = words {
                keys.push(key);
            }
        }
    }
    for key in &keys {
        assert!(Lang::En.has(key), "{key} is not in en.ftl");
        assert!(Lang::Fa.has(key), "{key} is not in fa.ftl");
    }
    for field in TextField::ALL {
        let key = format!("change-field-{}", field.key());
        assert!(Lang::En.has(&key) && Lang::Fa.has(&key), "{key}");
    }
    let unique: BTreeSet<&&str> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "a key named twice");
    // A channel named like a kind in a table is of that kind, in English
    // as older files wrote it.
    assert_eq!(
        ChannelKind::named("Store / in person"),
        Some(ChannelKind::Store)
    );
    assert_eq!(ChannelKind::named("kind-store"), Some(ChannelKind::Store));
    for cause in Cause::ALL {
        let key = format!("cause-{}", cause.key());
        assert_eq!(Lang::En.text(&key), cause.label());
        assert_eq!(Lang::En.text(&format!("{key}.meaning")), cause.meaning());
        assert!(Lang::Fa.has(&format!("{key}.lower")));
    }
    for principle in Principle::ALL {
        let key = format!("principle-{}", principle.key());
        assert_eq!(Lang::En.text(&key), principle.label());
        assert_eq!(
            Lang::En.text(&format!("{key}.meaning")),
            principle.meaning()
        );
    }
}

#[test]
fn rtl_persian_messages_count_in_persian_digits() {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("stages", 12);
    args.set("channels", 1);
    args.set("cells", 30);
    assert_eq!(
        Lang::Fa.text_with("status-counts", &args),
        "۱۲ مرحله، ۱ کانال، ۳۰ خانهٔ پر"
    );
    assert_eq!(
        Lang::En.text_with("status-counts", &args),
        "12 stages · 1 channel · 30 filled cells"
    );
}

#[cfg(feature = "gui")]
mod editor {
    use eframe::egui;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    use journeymap::i18n::Lang;
    use journeymap::ui::{Command, StartOptions};

    use super::common;

    const PERSIAN: &str = include_str!("../samples/bank-account-fa.ron");

    /// Words a Persian interface may show in Latin letters: key names,
    /// file formats, the product's and the standards' names, and egui's own
    /// name for a panel's resize handle, which egui does not translate.
    const LATIN_ALLOWED: &[&str] = &[
        "Resize",
        "panel",
        "Ctrl",
        "Shift",
        "Alt",
        "Esc",
        "Enter",
        "Delete",
        "Space",
        "F1",
        "F2",
        "F5",
        "PNG",
        "PDF",
        "SVG",
        // Paper sizes are named as printers name them.
        "A4",
        "A3",
        "Letter",
        "CSV",
        "CRM",
        "EFQM",
        "Mermaid",
        "Journeymap",
        // Languages are named in themselves, as language menus do.
        "English",
        "V",
        "G",
        "O",
        "S",
        "Z",
        "Y",
        "I",
        "E",
        "N",
        "Q",
        "T",
        "R",
    ];

    fn persian_app() -> egui_kittest::Harness<'static, journeymap::ui::JourneyApp> {
        let mut options = common::options();
        options.project = Some(journeymap::file::parse(PERSIAN).unwrap());
        options.settings.language = Some(Lang::Fa);
        let mut harness = common::app_sized(1400.0, 900.0, options);
        harness.run_steps(3);
        harness
    }

    /// Every word in Latin letters that the window's accessible names and
    /// values show, apart from the map's own words and the allowed ones.
    fn english_words(
        harness: &egui_kittest::Harness<'_, journeymap::ui::JourneyApp>,
    ) -> Vec<String> {
        let mut words = Vec::new();
        for node in harness.root().query_all(egui_kittest::kittest::by()) {
            let text = [node.accesskit_node().label(), node.value()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
                // Mixed Persian and Latin interface text reaches egui in the
                // order its shaper needs, and egui names widgets after that
                // text: a Latin word may come reversed ("MQFE").
                let reversed: String = word.chars().rev().collect();
                if word.chars().any(|c| c.is_ascii_alphabetic())
                    && !LATIN_ALLOWED.contains(&word)
                    && !LATIN_ALLOWED.contains(&reversed.as_str())
                    && !PERSIAN.contains(word)
                {
                    words.push(format!("{word} (in “{text}”)"));
                }
            }
        }
        words
    }

    #[test]
    fn rtl_persian_interface_shows_no_english_of_its_own() {
        let mut harness = persian_app();
        // The map's settings, then a cell with its fields and signals.
        let english = english_words(&harness);
        assert!(english.is_empty(), "{english:?}");
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(3);
        let english = english_words(&harness);
        assert!(english.is_empty(), "{english:?}");
        // The File menu.
        harness.get_by_label("پرونده").click();
        harness.run_steps(2);
        let english = english_words(&harness);
        assert!(english.is_empty(), "{english:?}");
    }

    /// Every piece of text the last frame painted.
    fn painted(harness: &egui_kittest::Harness<'_, journeymap::ui::JourneyApp>) -> Vec<String> {
        fn walk(shape: &egui::Shape, out: &mut Vec<String>) {
            match shape {
                egui::Shape::Text(text) => out.push(text.galley.text().to_owned()),
                egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for clipped in &harness.output().shapes {
            walk(&clipped.shape, &mut out);
        }
        out
    }

    #[test]
    fn rtl_persian_cards_count_hidden_signals_in_persian_digits() {
        let harness = persian_app();
        let isolates = |c: char| ('\u{2066}'..='\u{2069}').contains(&c);
        let counts: Vec<String> = painted(&harness)
            .into_iter()
            .map(|t| t.replace(isolates, ""))
            // "+3", in whichever order the shaper wants its characters.
            .filter(|t| t.contains('+') && t.chars().all(|c| c == '+' || c.is_numeric()))
            .filter(|t| t.chars().count() > 1)
            .collect();
        // The Persian sample has cards with more signals than they show.
        assert!(!counts.is_empty());
        for count in counts {
            assert!(!count.chars().any(|c| c.is_ascii_digit()), "{count}");
        }
    }

    #[test]
    fn rtl_persian_interface_is_mirrored_and_switches_back_at_once() {
        let mut harness = persian_app();
        // Menus from the right: File stands right of Help; the inspector
        // (its title field) is left of the grid.
        let file = harness.get_by_label("پرونده").rect();
        let help = harness.get_by_label("راهنما").rect();
        assert!(file.center().x > help.center().x, "{file:?} {help:?}");
        let title = harness.get_by_label("عنوان").rect();
        assert!(title.center().x < 700.0, "{title:?}");
        // View → Language → English, without a restart.
        harness.state_mut().push(Command::Language(Lang::En).into());
        harness.run_steps(3);
        assert_eq!(harness.state().settings.language, Some(Lang::En));
        let file = harness.get_by_label("File").rect();
        let help = harness.get_by_label("Help").rect();
        assert!(file.center().x < help.center().x);
        let title = harness.get_by_label("Title").rect();
        assert!(title.center().x > 700.0, "{title:?}");
    }

    #[test]
    fn rtl_language_menu_switches_the_interface() {
        let mut options = common::options();
        options.project = Some(journeymap::samples::default_project());
        let mut harness = common::app_sized(1400.0, 900.0, StartOptions { ..options });
        // A cell selected: the inspector's map settings, with their own
        // language choice, give way to the cell.
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(2);
        harness.get_by_label("View").click();
        harness.run_steps(2);
        harness.get_by_label("Language").hover();
        harness.run_steps(3);
        harness.get_by_label("فارسی").click();
        harness.run_steps(3);
        assert_eq!(harness.state().settings.language, Some(Lang::Fa));
        harness.get_by_label("نما");
    }

    #[test]
    fn rtl_the_start_screen_opens_in_persian() {
        let mut options = common::options();
        options.settings.language = Some(Lang::Fa);
        options.settings.recent = vec![std::path::PathBuf::from("samples/bank-account-fa.ron")];
        options.start_screen = true;
        let mut harness = common::app_sized(1600.0, 1000.0, options);
        harness.run_steps(4);
        // The samples are listed, under their Persian heading.
        harness.get_by_label("افتتاح حساب بانکی آنلاین");
    }
}
