//! `journeymap check` and `journeymap fmt`, run as real processes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use predicates::prelude::*;

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

fn samples() -> Vec<std::path::PathBuf> {
    [
        "shoe-store.ron",
        "bank-account-fa.ron",
        "telecom-support.ron",
    ]
    .iter()
    .map(|name| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(name)
    })
    .collect()
}

const BAD: &str = "(\n    format: 1,\n    stages: [\n        (id: \"1\", name: \"A\"),\n    ],\n    cells: [\n        (stage: \"1\", channel: \"2\"),\n    ],\n)\n";

#[test]
fn check_accepts_the_samples() {
    journeymap()
        .arg("check")
        .args(samples())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "shoe-store.ron: ok (6 stages, 6 channels",
        ));
}

#[test]
fn check_reports_file_line_and_column_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, BAD).unwrap();
    journeymap()
        .arg("check")
        .arg(&samples()[0])
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("shoe-store.ron: ok"))
        .stderr(predicate::str::contains(format!(
            "{}:7:32: cell refers to channel `0000000000000002`, which does not exist",
            bad.display()
        )));
}

#[test]
fn check_of_a_missing_file_fails_with_its_name() {
    journeymap()
        .args(["check", "no-such-map.ron"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no-such-map.ron: cannot read"));
}

#[test]
fn fmt_rewrites_into_canonical_form_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    std::fs::write(
        &path,
        "(format: 1, title: \"Quick\", stages: [(id: \"a\", name: \"Aware\")])",
    )
    .unwrap();
    journeymap()
        .arg("fmt")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("formatted"));
    let formatted = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        formatted,
        "(\n    format: 2,\n    title: \"Quick\",\n    stages: [\n        (\n            id: \"000000000000000a\",\n            name: \"Aware\",\n        ),\n    ],\n)\n"
    );
    journeymap()
        .arg("fmt")
        .arg("--check")
        .arg(&path)
        .assert()
        .success();
    journeymap()
        .arg("fmt")
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), formatted);
}

#[test]
fn fmt_check_flags_unformatted_files_without_touching_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let text = "(format: 1, title: \"Quick\")";
    std::fs::write(&path, text).unwrap();
    journeymap()
        .args(["fmt", "--check"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not in the canonical format"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn fmt_leaves_an_invalid_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, BAD).unwrap();
    journeymap()
        .arg("fmt")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.ron:7:32"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), BAD);
}

#[test]
fn help_is_there_for_every_command() {
    for args in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["fmt", "--help"],
    ] {
        journeymap()
            .args(&args)
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage: journeymap"));
    }
    journeymap()
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("FILES"));
}

#[test]
fn new_lists_the_templates_and_writes_one_without_overwriting() {
    let listed = journeymap().args(["new", "--list"]).assert().success();
    let out = String::from_utf8(listed.get_output().stdout.clone()).unwrap();
    for id in [
        "online-shop",
        "bank-account",
        "telecom-support",
        "b2b-software",
        "clinic-visit",
        "public-service",
    ] {
        assert!(out.contains(id), "{out}");
    }
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("clinic.ron");
    journeymap()
        .args(["new", "--template", "clinic-visit", "--lang", "fa", "-o"])
        .arg(&map)
        .assert()
        .success();
    let project = journeymap::file::load(&map).unwrap();
    assert_eq!(project.stages[0].name, "نوبت‌گیری");
    let before = std::fs::read(&map).unwrap();
    journeymap()
        .args(["new", "--template", "online-shop", "-o"])
        .arg(&map)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not overwritten"));
    assert_eq!(std::fs::read(&map).unwrap(), before);
    journeymap()
        .args(["new", "--template", "nope", "-o"])
        .arg(dir.path().join("x.ron"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("online-shop"));
}

#[test]
fn an_output_whose_extension_names_no_format_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("map.docx");
    journeymap()
        .arg("export")
        .arg(&samples()[0])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "`.docx` names no format Journeymap writes; name the output with one of .png, .pdf, .svg, .html, .csv, .mmd",
        ));
    assert!(!out.exists());
}
