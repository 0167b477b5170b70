//! PDF and SVG exports: the same bytes every time, SVG text drawn as paths,
//! and the command line. `tests/readers.rs` reads them with other tools.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use journeymap::export::{self, Options, Paper};

const SHOE: &str = include_str!("../samples/shoe-store.ron");
const BANK_FA: &str = include_str!("../samples/bank-account-fa.ron");

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn vector_exports_are_byte_identical() {
    let project = journeymap::file::parse(BANK_FA).unwrap();
    let a4 = Options {
        paper: Paper::A4,
        ..Options::default()
    };
    for options in [Options::default(), a4] {
        assert!(
            export::pdf(&project, &options).unwrap() == export::pdf(&project, &options).unwrap()
        );
    }
    assert!(export::svg(&project, &a4).unwrap() == export::svg(&project, &a4).unwrap());
}

#[test]
fn cli_writes_pdf_and_svg_by_extension_and_pages_only_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let map = write(dir.path(), "shoe.ron", SHOE.as_bytes());
    let cli = || assert_cmd::Command::cargo_bin("journeymap").unwrap();
    let out = dir.path().join("shoe.pdf");
    cli()
        .args([
            "export",
            map.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--page",
            "a4",
            "--landscape",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("pages"));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    let svg = dir.path().join("shoe.svg");
    cli()
        .args(["export", map.to_str().unwrap(), "-o", svg.to_str().unwrap()])
        .assert()
        .success();
    assert!(std::fs::read(&svg).unwrap().starts_with(b"<svg "));
    let png = dir.path().join("shoe.png");
    cli()
        .args([
            "export",
            map.to_str().unwrap(),
            "-o",
            png.to_str().unwrap(),
            "--page",
            "a3",
        ])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "--page and --landscape lay out PDF pages",
        ));
    assert!(!png.exists());
    // A PNG is not replaced by a PDF without --force.
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n").unwrap();
    cli()
        .args([
            "export",
            map.to_str().unwrap(),
            "-o",
            png.to_str().unwrap(),
            "--format",
            "pdf",
        ])
        .assert()
        .failure();
    assert_eq!(std::fs::read(&png).unwrap(), b"\x89PNG\r\n\x1a\n");
}

#[test]
fn the_svgs_text_is_outlines_each_glyph_defined_once() {
    let project = journeymap::file::parse(BANK_FA).unwrap();
    let svg = String::from_utf8(export::svg(&project, &Options::default()).unwrap()).unwrap();
    assert!(svg.starts_with("<svg "));
    assert!(!svg.contains("<text") && !svg.contains("font-family"));
    let defined: Vec<&str> = svg
        .lines()
        .filter_map(|l| l.strip_prefix("<path id=\""))
        .filter_map(|l| l.split('"').next())
        .collect();
    let unique: std::collections::BTreeSet<_> = defined.iter().collect();
    assert!(defined.len() > 40, "the Persian sample sets many glyphs");
    assert_eq!(unique.len(), defined.len());
    // Every placed glyph refers to a defined one.
    for line in svg.lines().filter(|l| l.starts_with("<use ")) {
        let id = line
            .split("href=\"#")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(unique.contains(&id), "{id} is not defined");
    }
    assert!(svg.contains(&format!("<title>{}</title>", project.title)));
}

#[test]
fn a_map_too_wide_for_one_pdf_page_asks_for_paper() {
    let project = journeymap::samples::generated(200, 2);
    let error = export::pdf(&project, &Options::default()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("choose a paper size, such as --page a3"),
        "{error}"
    );
    let a3 = Options {
        paper: Paper::A3,
        ..Options::default()
    };
    assert!(export::pdf(&project, &a3).unwrap().starts_with(b"%PDF-"));
}
