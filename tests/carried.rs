//! Exports that carry their map: a PNG, SVG or PDF opens again as the very
//! map it shows, on the command line and in the editor; one without a map,
//! or with a bad or oversized one, is refused in words.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::io::Read as _;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use egui_kittest::kittest::Queryable as _;
use journeymap::carried::{self, CarriedError};
use journeymap::format::Format;
use predicates::prelude::*;

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

const SAMPLES: [(&str, &str); 2] = [
    ("shoe-store", include_str!("../samples/shoe-store.ron")),
    (
        "bank-account-fa",
        include_str!("../samples/bank-account-fa.ron"),
    ),
];

fn export(dir: &Path, map: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let out = dir.join(name);
    journeymap()
        .arg("export")
        .arg(map)
        .arg("-o")
        .arg(&out)
        .args(["--scale", "1"])
        .args(extra)
        .assert()
        .success();
    out
}

#[test]
fn png_svg_and_pdf_exports_import_back_as_the_very_map() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in SAMPLES {
        let map = dir.path().join(format!("{name}.ron"));
        std::fs::write(&map, text).unwrap();
        for extension in ["png", "svg", "pdf", "html"] {
            let exported = export(dir.path(), &map, &format!("{name}.{extension}"), &[]);
            let back = dir.path().join(format!("{name}-from-{extension}.ron"));
            journeymap()
                .args(["import"])
                .arg(&exported)
                .arg("-o")
                .arg(&back)
                .assert()
                .success();
            // The samples are written as a save writes them: byte for byte.
            assert_eq!(
                std::fs::read_to_string(&back).unwrap(),
                text,
                "{name}.{extension}"
            );
            journeymap()
                .arg("diff")
                .arg(&map)
                .arg(&back)
                .assert()
                .code(0);
        }
    }
}

#[test]
fn an_export_without_its_map_says_so_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.ron");
    std::fs::write(&map, SAMPLES[0].1).unwrap();
    for (extension, words) in [
        ("png", "PNG image"),
        ("svg", "SVG drawing"),
        ("pdf", "PDF document"),
        ("html", "web page"),
    ] {
        let exported = export(
            dir.path(),
            &map,
            &format!("bare.{extension}"),
            &["--no-embed"],
        );
        let bytes = std::fs::read(&exported).unwrap();
        assert_eq!(
            carried::read(&bytes, Format::of_path(&exported).unwrap()),
            Err(CarriedError::NoMap(Format::of_path(&exported).unwrap()))
        );
        let out = dir.path().join(format!("from-{extension}.ron"));
        journeymap()
            .arg("import")
            .arg(&exported)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!(
                "this {words} carries no map"
            )));
        assert!(!out.exists());
    }
    // And the map is what the bytes added are.
    let with = std::fs::metadata(export(dir.path(), &map, "with.png", &[]))
        .unwrap()
        .len();
    let without = std::fs::metadata(dir.path().join("bare.png"))
        .unwrap()
        .len();
    assert!(
        with > without && with - without < 8 * 1024,
        "{with} vs {without}"
    );
}

/// A PNG whose `journeymap` text chunk holds `compressed` (already
/// deflated, zlib-wrapped) text.
fn png_with_chunk(compressed: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, 1, 1);
    encoder.set_color(png::ColorType::Rgb);
    let mut writer = encoder.write_header().unwrap();
    let mut data = b"journeymap\0\x01\0\0\0".to_vec();
    data.extend_from_slice(compressed);
    writer.write_chunk(png::chunk::iTXt, &data).unwrap();
    writer.write_image_data(&[255, 255, 255]).unwrap();
    writer.finish().unwrap();
    bytes
}

fn zlib(reader: impl std::io::Read) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::copy(&mut { reader }, &mut encoder).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn a_carried_map_that_fails_check_is_refused_with_its_fault() {
    let dir = tempfile::tempdir().unwrap();
    let broken = "(\n    format: 2,\n    stages: [\n        (name: \"Awareness\",\n";
    let png = dir.path().join("broken.png");
    std::fs::write(&png, png_with_chunk(&zlib(broken.as_bytes()))).unwrap();
    journeymap()
        .arg("import")
        .arg(&png)
        .arg("-o")
        .arg(dir.path().join("out.ron"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the map it carries is not valid: line 4, column 28: Unexpected end of RON",
        ));
    assert!(!dir.path().join("out.ron").exists());
}

#[test]
fn a_png_whose_map_inflates_past_the_limit_is_refused_without_inflating_it() {
    // 80 MiB of text in a 80 KB chunk: past the 64 MiB a map may have.
    let huge = std::io::repeat(b'a').take(80 << 20);
    let bytes = png_with_chunk(&zlib(huge));
    assert!(bytes.len() < 200_000, "{}", bytes.len());
    assert_eq!(
        carried::read(&bytes, Format::Png),
        Err(CarriedError::TooLarge(Format::Png))
    );
}

#[test]
fn an_svg_with_entities_is_refused_not_expanded() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<svg xmlns="http://www.w3.org/2000/svg"><metadata><jm:map xmlns:jm="https://journeymap.app/ns/map">&b;</jm:map></metadata></svg>"#;
    assert!(matches!(
        carried::read(laughs.as_bytes(), Format::Svg),
        Err(CarriedError::Unreadable(Format::Svg, _))
    ));
}

#[test]
fn the_editor_opens_a_dropped_png_as_its_map_and_asks_where_to_save_it() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("bank.ron");
    std::fs::write(&map, SAMPLES[1].1).unwrap();
    let png = export(dir.path(), &map, "bank.png", &[]);
    let saved = dir.path().join("bank-again.ron");
    let mut harness = common::app_sized(
        1400.0,
        900.0,
        journeymap::ui::StartOptions {
            dialogs: Box::new(common::ScriptedDialogs(vec![saved.clone()])),
            ..common::options()
        },
    );
    harness
        .input_mut()
        .dropped_files
        .push(common::dropped(&png));
    harness.run_steps(3);
    let expected = journeymap::file::parse(SAMPLES[1].1).unwrap();
    assert_eq!(harness.state().project(), &expected);
    // Saved where the dialog answered, as the map it was.
    assert_eq!(harness.state().path(), Some(saved.as_path()));
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), SAMPLES[1].1);
    // A PNG without a map leaves the open map as it is, and says why.
    let bare = export(dir.path(), &map, "bare.png", &["--no-embed"]);
    harness
        .input_mut()
        .dropped_files
        .push(common::dropped(&bare));
    harness.run_steps(3);
    assert!(harness.query_by_label_contains("carries no map").is_some());
    assert_eq!(harness.state().path(), Some(saved.as_path()));
}

#[test]
fn a_pdf_whose_attachment_inflates_past_the_limit_is_refused() {
    let mut document = krilla::Document::new();
    let mut page = document.start_page();
    page.surface().finish();
    page.finish();
    document.embed_file(krilla::embed::EmbeddedFile {
        path: carried::PDF_NAME.to_owned(),
        mime_type: None,
        description: None,
        association_kind: krilla::embed::AssociationKind::Source,
        data: vec![b'a'; 80 << 20].into(),
        modification_date: None,
        compress: Some(true),
        location: None,
    });
    let mut bytes = document.finish().unwrap();
    assert!(bytes.len() < 1 << 20, "{}", bytes.len());
    assert_eq!(
        carried::read(&bytes, Format::Pdf),
        Err(CarriedError::TooLarge(Format::Pdf))
    );
    // A file that understates the size, as a crafted one would, is still
    // stopped by the inflating itself (same length: the offsets hold).
    let declared = format!("/Size {}", 80 << 20);
    let at = bytes
        .windows(declared.len())
        .position(|w| w == declared.as_bytes())
        .expect("the declared size");
    bytes[at..at + declared.len()]
        .copy_from_slice(format!("{:<width$}", "/Size 10", width = declared.len()).as_bytes());
    assert_eq!(
        carried::read(&bytes, Format::Pdf),
        Err(CarriedError::TooLarge(Format::Pdf))
    );
}

#[test]
fn the_export_dialog_carries_the_map_unless_told_not_to() {
    use eframe::egui::{Key, Modifiers};
    let dir = tempfile::tempdir().unwrap();
    let with = dir.path().join("with.png");
    let without = dir.path().join("without.png");
    let mut harness = common::app_sized(
        1400.0,
        900.0,
        journeymap::ui::StartOptions {
            dialogs: Box::new(common::ScriptedDialogs(vec![without.clone(), with.clone()])),
            ..common::options()
        },
    );
    harness.run_steps(2);
    for (path, untick) in [(&with, false), (&without, true)] {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
        harness.run_steps(3);
        if untick {
            harness.get_by_label("Carry the map inside").click();
            harness.run_steps(2);
        }
        harness.get_by_label("Export…").click();
        harness.run_steps(3);
        let bytes = std::fs::read(path).unwrap();
        let carried = carried::read(&bytes, Format::Png);
        if untick {
            assert_eq!(carried, Err(CarriedError::NoMap(Format::Png)));
        } else {
            let map = journeymap::file::parse(&carried.unwrap()).unwrap();
            assert_eq!(&map, harness.state().project());
        }
    }
}

#[test]
fn the_export_dialog_writes_a_web_page_that_opens_again_as_the_map() {
    use eframe::egui::{Key, Modifiers};
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("map.html");
    let mut harness = common::app_sized(
        1400.0,
        900.0,
        journeymap::ui::StartOptions {
            dialogs: Box::new(common::ScriptedDialogs(vec![page.clone()])),
            ..common::options()
        },
    );
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Web page").click();
    harness.run_steps(3);
    harness.get_by_label("Export…").click();
    harness.run_steps(3);
    let bytes = std::fs::read(&page).unwrap();
    assert!(bytes.starts_with(b"<!DOCTYPE html>"));
    let map = journeymap::file::parse(&carried::read(&bytes, Format::Html).unwrap()).unwrap();
    assert_eq!(&map, harness.state().project());
}

/// The exported PDF with its attachments' name tree rewritten by `change`
/// (given the document and the tree's dictionary), as other tools may.
fn pdf_with_tree(
    change: impl Fn(&mut lopdf::Document, lopdf::Dictionary) -> lopdf::Dictionary,
) -> Vec<u8> {
    let project = journeymap::file::parse(SAMPLES[0].1).unwrap();
    let bytes = journeymap::export::bytes(
        &project,
        &journeymap::export::Options::default(),
        Format::Pdf,
    )
    .unwrap();
    let mut document = lopdf::Document::load_mem(&bytes).unwrap();
    let names = document.catalog().unwrap().get(b"Names").unwrap().clone();
    let names_id = names.as_reference().ok();
    let mut names = match names_id {
        Some(id) => document.get_object(id).unwrap().as_dict().unwrap().clone(),
        None => names.as_dict().unwrap().clone(),
    };
    let tree = names
        .get_deref(b"EmbeddedFiles", &document)
        .unwrap()
        .as_dict()
        .unwrap()
        .clone();
    let tree = change(&mut document, tree);
    names.set("EmbeddedFiles", lopdf::Object::Dictionary(tree));
    let names_ref = document.add_object(lopdf::Object::Dictionary(names));
    document
        .catalog_mut()
        .unwrap()
        .set("Names", lopdf::Object::Reference(names_ref));
    let mut out = Vec::new();
    document.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_pdf_whose_tools_split_its_attachments_into_kids_still_gives_its_map() {
    let split = pdf_with_tree(|document, tree| {
        let kid = document.add_object(lopdf::Object::Dictionary(tree));
        lopdf::dictionary! { "Kids" => vec![lopdf::Object::Reference(kid)] }
    });
    let map = carried::read(&split, Format::Pdf).unwrap();
    assert_eq!(map, SAMPLES[0].1);
    // A tree whose kid is itself ends, with no map found.
    let looped = pdf_with_tree(|document, _| {
        let id = document.new_object_id();
        let kid = lopdf::dictionary! { "Kids" => vec![lopdf::Object::Reference(id)] };
        document.objects.insert(id, lopdf::Object::Dictionary(kid));
        lopdf::dictionary! { "Kids" => vec![lopdf::Object::Reference(id)] }
    });
    assert_eq!(
        carried::read(&looped, Format::Pdf),
        Err(CarriedError::NoMap(Format::Pdf))
    );
}
