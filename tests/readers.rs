//! PDF and SVG exports as readers' tools see them: poppler's command-line
//! tools (poppler-utils) read the PDFs' text, fonts and pages, and librsvg's
//! rsvg-convert (librsvg2-bin) renders the SVG. They run with
//! `cargo test --features readers --test readers` (CI installs the tools).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use journeymap::export::{self, Options, Paper, pages};

const SHOE: &str = include_str!("../samples/shoe-store.ron");
const BANK_FA: &str = include_str!("../samples/bank-account-fa.ron");

fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed for these tests: {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {output:?}"
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The text a reader copies from `pdf` (pages `first..=last`, or all),
/// without the invisible direction marks extractors add around runs.
fn pdf_text(pdf: &Path, pages: Option<(usize, usize)>) -> String {
    let path = pdf.to_str().unwrap();
    let range = pages.map(|(a, b)| (a.to_string(), b.to_string()));
    let mut args = Vec::new();
    if let Some((a, b)) = &range {
        args.extend(["-f", a.as_str(), "-l", b.as_str()]);
    }
    args.extend([path, "-"]);
    run("pdftotext", &args)
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn the_pdf_has_real_text_and_embeds_subsets_of_the_bundled_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let project = journeymap::file::parse(SHOE).unwrap();
    let pdf = export::pdf(&project, &Options::default()).unwrap();
    let path = write(dir.path(), "shoe.pdf", &pdf);
    let text = pdf_text(&path, None);
    for expected in [
        "First pair of running shoes at Stride & Co.",
        "Ideal vs real experience, by stage",
        "Answer the phone within 1 minute and book a gait check slot",
        "Channels that disagree",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the PDF's text:\n{text}"
        );
    }
    // Both weights embedded as subsets with a Unicode map; no images.
    let fonts = run("pdffonts", &[path.to_str().unwrap()]);
    for weight in ["Vazirmatn-Regular", "Vazirmatn-Bold"] {
        let line = fonts
            .lines()
            .find(|l| l.contains(weight))
            .unwrap_or_else(|| panic!("{weight} not in:\n{fonts}"));
        assert!(line.contains("+Vazirmatn"), "a subset is tagged: {line}");
        // Embedded, subset, with a ToUnicode map.
        assert!(line.contains("yes yes yes"), "{line}");
    }
    let images = run("pdfimages", &["-list", path.to_str().unwrap()]);
    assert_eq!(
        images.lines().count(),
        2,
        "only the header, no images:\n{images}"
    );
    let info = run("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("Pages:           1"), "{info}");
}

#[test]
fn rtl_persian_text_in_the_pdf_copies_in_logical_order() {
    let dir = tempfile::tempdir().unwrap();
    let project = journeymap::file::parse(BANK_FA).unwrap();
    let pdf = export::pdf(&project, &Options::default()).unwrap();
    let text = pdf_text(&write(dir.path(), "bank.pdf", &pdf), None);
    // Copied in visual order these would come out backwards. (Poppler
    // reverses the letters inside a ligature of a right-to-left run, so
    // words with lam-alef or heh-hamza are left out.)
    for expected in [
        "مریم",
        "طراح گرافیک",
        "آشنایی",
        "مقایسه",
        "افتتاح حساب",
        "نخستین استفاده",
        "آرمانی در برابر واقعی",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the PDF's text:\n{text}"
        );
    }
}

/// `journeymap new --template service-blueprint` then `export b.pdf`: the
/// lane and line names are real text, and both personas are in the legend.
#[test]
fn the_blueprint_pdf_names_its_lanes_lines_and_personas_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("b.ron");
    let pdf = dir.path().join("b.pdf");
    let journeymap = env!("CARGO_BIN_EXE_journeymap");
    let map_arg = map.to_str().unwrap();
    run(
        journeymap,
        &["new", "--template", "service-blueprint", "-o", map_arg],
    );
    run(journeymap, &["check", map_arg]);
    run(
        journeymap,
        &["export", map_arg, "-o", pdf.to_str().unwrap()],
    );
    let text = pdf_text(&pdf, None);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for name in [
        "Customer actions",
        "Frontstage",
        "Backstage",
        "Support processes",
        "Line of interaction",
        "Line of visibility",
        "Line of internal interaction",
    ] {
        assert!(lines.contains(&name), "{name} is not a line of:\n{text}");
    }
    // The legend's persona entries, after its heading.
    let legend = text
        .find("Personas: their emotion curves and lanes")
        .expect("a persona legend");
    let after: Vec<&str> = text[legend..].lines().map(str::trim).collect();
    assert!(
        after.contains(&"Leila") && after.contains(&"Omid"),
        "{after:?}"
    );

    // A Persian blueprint reads its lanes in logical order too.
    let fa = dir.path().join("fa.ron");
    let fa_arg = fa.to_str().unwrap();
    run(
        journeymap,
        &[
            "new",
            "--template",
            "service-blueprint",
            "--lang",
            "fa",
            "-o",
            fa_arg,
        ],
    );
    let fa_pdf = dir.path().join("fa.pdf");
    run(
        journeymap,
        &["export", fa_arg, "-o", fa_pdf.to_str().unwrap()],
    );
    let text = pdf_text(&fa_pdf, None);
    // (Without lam-alef words: poppler reverses a ligature's letters.)
    for name in ["کارهای مشتری", "پشت‌صحنه", "خط دیدپذیری", "امید"]
    {
        assert!(text.contains(name), "{name} not in:\n{text}");
    }
}

#[test]
fn a_large_map_on_a3_is_split_with_headers_repeated_on_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let project = journeymap::samples::generated(30, 20);
    let options = Options {
        paper: Paper::A3,
        landscape: true,
        ..Options::default()
    };
    let layout = export::Layout::new(&project, &options);
    let plan = pages::plan(&layout, Paper::A3, true);
    let path = write(
        dir.path(),
        "big.pdf",
        &export::pdf(&project, &options).unwrap(),
    );
    let info = run("pdfinfo", &[path.to_str().unwrap()]);
    assert!(
        info.contains(&format!("Pages:           {}", plan.len())),
        "{info}"
    );
    assert!(info.contains("1190.55 x 841.89 pts (A3)"), "{info}");
    assert!(plan.len() > 2, "a 30 x 20 map does not fit one A3 page");

    let cover = pdf_text(&path, Some((1, 1)));
    assert!(cover.contains("Generated 30 x 20 map") && cover.contains("Where to act"));
    assert!(
        cover.contains(&format!("Page 1 of {}", plan.len())),
        "{cover}"
    );
    for (index, page) in plan.iter().enumerate().skip(1) {
        let pages::Part::Tile { stages, rows } = &page.part else {
            panic!("page {} is not a tile", index + 1);
        };
        let text = pdf_text(&path, Some((index + 1, index + 1)));
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        // The page's own stage headers and channel names, and no others.
        for s in 0..30 {
            let shown = lines.contains(&format!("Stage {}", s + 1).as_str());
            assert_eq!(
                shown,
                stages.contains(&s),
                "page {}: stage {}",
                index + 1,
                s + 1
            );
        }
        for c in 0..20 {
            let shown = lines.contains(&format!("Channel {}", c + 1).as_str());
            assert_eq!(
                shown,
                rows.contains(&c),
                "page {}: channel {}",
                index + 1,
                c + 1
            );
        }
        let note = format!(
            "Page {} of {}: stages {} to {} of 30, rows {} to {} of 20",
            index + 1,
            plan.len(),
            stages.start + 1,
            stages.end,
            rows.start + 1,
            rows.end
        );
        assert!(
            text.contains(&note),
            "{note:?} not on page {}:\n{text}",
            index + 1
        );
    }
}

#[test]
fn the_svg_has_no_text_elements_and_renders_like_the_png() {
    let dir = tempfile::tempdir().unwrap();
    let project = journeymap::file::parse(SHOE).unwrap();
    let options = Options {
        scale: 1,
        ..Options::default()
    };
    let svg = export::svg(&project, &options).unwrap();
    let text = String::from_utf8(svg.clone()).unwrap();
    assert!(text.starts_with("<svg "));
    assert!(
        !text.contains("<text") && !text.contains("font-family"),
        "text is drawn as paths"
    );
    let svg_path = write(dir.path(), "shoe.svg", &svg);
    let drawn = dir.path().join("drawn.png");
    run(
        "rsvg-convert",
        &[svg_path.to_str().unwrap(), "-o", drawn.to_str().unwrap()],
    );
    let drawn = image::open(&drawn).unwrap().to_rgba8();
    let png = export::render(&project, &options).unwrap();
    assert_eq!(drawn.dimensions(), png.dimensions());
    // Anti-aliasing and hinting differ between renderers; shapes, colours
    // and glyph positions do not.
    let differing = drawn
        .pixels()
        .zip(png.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0.iter()).any(|(x, y)| x.abs_diff(*y) > 40))
        .count();
    let share = differing as f64 / f64::from(png.width() * png.height());
    assert!(share < 0.03, "{:.1} % of pixels differ", share * 100.0);
}
