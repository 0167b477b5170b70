//! The web page export, read as text: what it holds with scripts off, that
//! it asks for nothing, and that the same map gives the same bytes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::export::{self, Options};
use journeymap::format::Format;
use journeymap::model::Project;

fn page(sample: &str, options: &Options) -> String {
    let project = journeymap::file::parse(sample).unwrap();
    String::from_utf8(export::bytes(&project, options, Format::Html).unwrap()).unwrap()
}

const SHOE_STORE: &str = include_str!("../samples/shoe-store.ron");
const BANK: &str = include_str!("../samples/bank-account-fa.ron");
const BLUEPRINT: &str = include_str!("../samples/service-blueprint.ron");

#[test]
fn the_page_is_one_file_that_asks_for_nothing_and_is_the_same_every_time() {
    let options = Options::default();
    let html = page(SHOE_STORE, &options);
    assert_eq!(html, page(SHOE_STORE, &options), "deterministic");
    assert!(html.starts_with("<!DOCTYPE html>"));
    // No address anywhere: nothing to fetch, nothing to link to.
    for scheme in ["http:", "https:", "//"] {
        let at = html
            .find(&format!("=\"{scheme}"))
            .or_else(|| html.find(&format!("url({scheme}")));
        assert_eq!(at, None, "{scheme}");
    }
    assert!(html.contains("default-src 'none'"));
    // The fonts are cut to what the page shows: the page is smaller than
    // the two whole fonts would be in base64 (2 x 123 KB x 4/3).
    assert!(html.len() < 200_000, "{} bytes", html.len());
}

#[test]
fn the_table_gives_every_cell_its_words_and_every_signal_its_polarity() {
    let html = page(SHOE_STORE, &Options::default());
    let project: Project = journeymap::file::parse(SHOE_STORE).unwrap();
    let cells = html.matches("<td class=\"cell\" data-owner=").count();
    assert_eq!(cells, project.cell_count());
    let signals: usize = project
        .cells_in_order()
        .iter()
        .map(|(_, c)| c.signals.len())
        .sum();
    let positive = html
        .matches("<li class=\"positive\"><span class=\"polarity\">Positive:</span>")
        .count();
    let negative = html
        .matches("<li class=\"negative\"><span class=\"polarity\">Negative:</span>")
        .count();
    assert_eq!(positive + negative, signals);
    assert!(
        html.contains("<span class=\"label\">Action:</span> Post short videos of real customers")
    );
    assert!(html.contains("<span class=\"ideal\">Ideal +2</span> <span class=\"real\">Real +1</span> <span class=\"gap short\">Gap +1</span>"));
    assert!(html.contains("What the map says"));
}

#[test]
fn a_blueprint_page_has_its_lanes_personas_and_lines_in_order() {
    let html = page(BLUEPRINT, &Options::default());
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle}"));
    let actions = at("<th scope=\"row\">Customer actions");
    let line = at("<th scope=\"rowgroup\" colspan=\"6\">Line of interaction</th>");
    let website = at("<th scope=\"row\">Website");
    assert!(actions < line && line < website);
    assert!(html.contains("Leila: "), "a persona's emotion");
    assert!(
        html.contains(">Omid</option></select>"),
        "the persona filter"
    );
}

#[test]
fn a_persian_map_is_a_right_to_left_page_in_persian_words() {
    let html = page(BANK, &Options::default());
    assert!(html.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(html.contains("<h2 id=\"findings-h\">نقشه چه می‌گوید</h2>"));
    // Scores in Persian digits, the sign kept at the number's left.
    assert!(html.contains("<span class=\"ideal\">آرمانی \u{2066}+۲\u{2069}</span>"));
}
