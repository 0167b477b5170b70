//! The commands at the edges: output that cannot be written, outputs that
//! must not be written over, inputs that never end or come from other
//! programs, and text that would act on a terminal or a spreadsheet.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use journeymap::file;
use journeymap::model::{Cell, CellKey, Polarity, Project, Signal};
use predicates::prelude::*;

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

fn bin() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_journeymap"))
}

/// The shoe store sample as `shoe.ron` in a fresh folder.
fn folder_with_sample() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("shoe.ron");
    std::fs::write(&map, journeymap::samples::SHOE_STORE).unwrap();
    (dir, map)
}

fn sample() -> Project {
    file::parse(journeymap::samples::SHOE_STORE).unwrap()
}

/// `project` with the text of the first filled cell's owner set to `owner`.
fn with_owner(project: &Project, owner: &str) -> Project {
    let (at, cell) = project.cells_in_order()[0];
    let mut cell = cell.clone();
    cell.owner = owner.to_owned();
    replace_cell(project, at, cell)
}

fn replace_cell(project: &Project, at: CellKey, cell: Cell) -> Project {
    let mut cells: Vec<(CellKey, Cell)> = project
        .cells_in_order()
        .into_iter()
        .map(|(k, c)| (k, c.clone()))
        .filter(|(k, _)| *k != at)
        .collect();
    cells.push((at, cell));
    let mut out = Project::from_parts(
        project.title.clone(),
        project.persona().clone(),
        project.stages.clone(),
        project.channels.clone(),
        cells,
    )
    .unwrap();
    out.direction = project.direction;
    out
}

// ---- output that cannot be written ---------------------------------------

/// Runs the command with standard output a pipe nobody reads.
fn closed_stdout(args: &[&str], dir: &Path) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    bin()
        .args(args)
        .current_dir(dir)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

/// Runs the command with `stream` (1 or 2) on `/dev/full`.
fn full_device(args: &[&str], dir: &Path, stream: u8) -> std::process::Output {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let mut command = bin();
    command.args(args).current_dir(dir);
    if stream == 1 {
        command.stdout(full()).stderr(Stdio::piped());
    } else {
        command.stdout(Stdio::null()).stderr(full());
    }
    command.output().unwrap()
}

#[test]
fn a_closed_pipe_ends_output_quietly_and_a_full_device_is_an_error() {
    let (dir, _) = folder_with_sample();
    let d = dir.path();
    std::fs::write(d.join("other.ron"), journeymap::samples::ALL[2].1).unwrap();
    let reading: [(&[&str], i32); 6] = [
        (&["check", "shoe.ron"], 0),
        (&["diff", "shoe.ron", "other.ron"], 1),
        (&["diff", "--textconv", "shoe.ron"], 0),
        (&["insights", "shoe.ron"], 0),
        (&["insights", "--json", "shoe.ron"], 0),
        (&["new", "--list"], 0),
    ];
    for (args, code) in reading {
        // As `| head -1` or a pager that quits: the usual exit, no panic.
        let out = closed_stdout(args, d);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
        // A full device is an error, said once.
        let out = full_device(args, d, 1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output: no space left on the disk"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    // Commands that write a file, then say so: the file is written.
    let writing: [&[&str]; 4] = [
        &["export", "shoe.ron", "-o", "shoe.png", "--scale", "1"],
        &["new", "--template", "clinic-visit", "-o", "clinic.ron"],
        &["import", "shoe.csv", "-o", "from-csv.ron"],
        &["fmt", "messy.ron"],
    ];
    journeymap()
        .args(["export", "shoe.ron", "-o", "shoe.csv"])
        .current_dir(d)
        .assert()
        .success();
    let messy: String = journeymap::samples::SHOE_STORE
        .lines()
        .map(|l| format!("{}\n", l.trim_start()))
        .collect();
    std::fs::write(d.join("messy.ron"), &messy).unwrap();
    for args in writing {
        let out = full_device(args, d, 1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    for written in ["shoe.png", "clinic.ron", "from-csv.ron"] {
        assert!(d.join(written).metadata().unwrap().len() > 0, "{written}");
    }
    assert_eq!(
        std::fs::read_to_string(d.join("messy.ron")).unwrap(),
        journeymap::samples::SHOE_STORE
    );
    // With standard error full as well, a failure is still exit 1.
    let out = full_device(&["check", "missing.ron"], d, 2);
    assert_eq!(out.status.code(), Some(1));
}

// ---- outputs that must not be written over -------------------------------

#[test]
fn merge_writes_over_one_of_its_maps_or_a_new_file_but_nothing_else() {
    let (dir, shoe) = folder_with_sample();
    let d = dir.path();
    let ours = d.join("ours.ron");
    std::fs::copy(&shoe, &ours).unwrap();
    let notes = d.join("notes.txt");
    std::fs::write(&notes, "my notes").unwrap();
    let other = d.join("other.ron");
    std::fs::write(&other, journeymap::samples::ALL[2].1).unwrap();
    let link_to_notes = d.join("link.ron");
    std::os::unix::fs::symlink(&notes, &link_to_notes).unwrap();
    let hard_to_other = d.join("hard.ron");
    std::fs::hard_link(&other, &hard_to_other).unwrap();

    let merge = |out: &Path| {
        let mut c = journeymap();
        c.arg("merge")
            .args([&shoe, &ours, &shoe])
            .arg("-o")
            .arg(out);
        c
    };
    for out in [&notes, &other, &link_to_notes, &hard_to_other] {
        merge(out)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("not overwritten: the file exists"))
            .stderr(predicate::str::contains("--force"));
    }
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes");
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        journeymap::samples::ALL[2].1
    );
    // git's driver writes over ours; a new file is fine; --force replaces.
    merge(&ours).assert().success();
    merge(&d.join("new.ron")).assert().success();
    merge(&other).arg("--force").assert().success();
    assert_eq!(file::load(&other).unwrap(), sample());
}

#[test]
fn export_asks_for_force_before_replacing_a_diagram_or_a_table() {
    let (dir, map) = folder_with_sample();
    for name in ["journey.mmd", "cells.csv"] {
        let out = dir.path().join(name);
        std::fs::write(&out, "edited by hand\n").unwrap();
        journeymap()
            .arg("export")
            .arg(&map)
            .arg("-o")
            .arg(&out)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("use --force to replace it"));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "edited by hand\n");
        journeymap()
            .arg("export")
            .arg(&map)
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .assert()
            .success();
        assert_ne!(std::fs::read_to_string(&out).unwrap(), "edited by hand\n");
    }
}

#[test]
fn new_files_take_the_users_umask() {
    let dir = tempfile::tempdir().unwrap();
    for (umask, mode) in [("077", 0o600), ("022", 0o644), ("002", 0o664)] {
        let out = dir.path().join(format!("{umask}.ron"));
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask}; exec \"$0\" new --template clinic-visit -o \"$1\""
            ))
            .arg(env!("CARGO_BIN_EXE_journeymap"))
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        let got = std::os::unix::fs::PermissionsExt::mode(&out.metadata().unwrap().permissions());
        assert_eq!(got & 0o777, mode, "umask {umask}");
    }
}

// ---- inputs --------------------------------------------------------------

#[test]
fn import_refuses_devices_pipes_and_maps_too_large_to_open_again() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fifo = d.join("diagram.mmd");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for input in [fifo.as_path(), Path::new("/dev/zero")] {
        journeymap()
            .arg("import")
            .arg(input)
            .arg("-o")
            .arg(d.join("out.ron"))
            .timeout(std::time::Duration::from_secs(20))
            .assert()
            .code(1)
            .stderr(predicate::str::contains("not a regular file"));
    }
    // Each of a thousand actors gets a copy of a 70 KB task: a 70 MB map.
    let actors: Vec<String> = (0..1000).map(|i| format!("Actor {i}")).collect();
    let diagram = format!(
        "journey\n  section One\n    {}: 3: {}\n",
        "a".repeat(70_000),
        actors.join(", ")
    );
    std::fs::write(d.join("wide.mmd"), diagram).unwrap();
    // Control characters take five bytes each in a map: a 14 MB CSV, a 70 MB map.
    let csv = format!(
        "stage,channel,notes\nOne,Web,\"{}\"\n",
        "\u{1}".repeat(14_000_000)
    );
    std::fs::write(d.join("controls.csv"), csv).unwrap();
    for input in ["wide.mmd", "controls.csv"] {
        journeymap()
            .arg("import")
            .arg(d.join(input))
            .arg("-o")
            .arg(d.join("out.ron"))
            .assert()
            .code(1)
            .stderr(predicate::str::contains("over the 64 MiB limit"));
        assert!(!d.join("out.ron").exists(), "{input}");
    }
}

#[test]
fn import_reads_what_spreadsheets_write_and_names_what_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let rows = "stage;channel;owner;ideal;real\nKauf;Web;Team Süd;2,0;-1\n";
    // Semicolons, and a score written "2,0".
    std::fs::write(d.join("semicolons.csv"), rows).unwrap();
    // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(
        rows.replace(';', "\t")
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    std::fs::write(d.join("unicode.txt"), utf16).unwrap();
    for input in ["semicolons.csv", "unicode.txt"] {
        let out = d.join(format!("{input}.ron"));
        journeymap()
            .arg("import")
            .arg(d.join(input))
            .arg("-o")
            .arg(&out)
            .assert()
            .success()
            .stderr("");
        let map = file::load(&out).unwrap();
        let cell = map.cells_in_order()[0].1.clone();
        assert_eq!(
            (map.stages[0].name.as_str(), cell.owner.as_str()),
            ("Kauf", "Team Süd"),
            "{input}"
        );
        assert_eq!(
            (
                cell.ideal.map(journeymap::model::Score::value),
                cell.real.map(journeymap::model::Score::value)
            ),
            (Some(2), Some(-1)),
            "{input}"
        );
    }
    // Windows-1252: named, with where and what to do.
    std::fs::write(
        d.join("ansi.csv"),
        b"stage,channel,owner\nKauf,Web,Team S\xfcd\n",
    )
    .unwrap();
    journeymap()
        .arg("import")
        .arg(d.join("ansi.csv"))
        .arg("-o")
        .arg(d.join("ansi.ron"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "line 2, column 16: the byte 0xFC is not UTF-8 text",
        ))
        .stderr(predicate::str::contains("CSV UTF-8"));
}

#[test]
fn import_writes_to_standard_output_as_export_does() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("j.mmd"), "journey\n  section A\n    Buy: 5: Web\n").unwrap();
    let out = journeymap()
        .args(["import", "j.mmd", "-o", "-"])
        .current_dir(d)
        .assert()
        .success();
    let map = file::parse(&String::from_utf8_lossy(&out.get_output().stdout)).unwrap();
    assert_eq!(map.stages[0].name, "A");
    assert!(!d.join("-").exists());
}

#[test]
fn a_markdown_file_with_several_journeys_says_which_was_taken() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let journey =
        |name: &str| format!("```mermaid\njourney\n  section {name}\n    Buy: 5: Web\n```\n");
    let markdown = format!(
        "# Two\n\n{}\ntext\n\n{}",
        journey("First"),
        journey("Second")
    );
    std::fs::write(d.join("two.md"), markdown).unwrap();
    journeymap()
        .args(["import", "two.md", "-o", "two.ron"])
        .current_dir(d)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "two.md:4: the file holds 2 journey diagrams; this one, the first, was imported",
        ));
    assert_eq!(
        file::load(&d.join("two.ron")).unwrap().stages[0].name,
        "First"
    );
}

// ---- text that would act -------------------------------------------------

#[test]
fn cells_that_would_be_formulas_are_neutralised_and_come_back_as_typed() {
    let hostile = [
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A2)",
        "\tTabbed",
        "'=already quoted",
        "Plain text",
    ];
    let mut project = sample();
    let (at, cell) = project.cells_in_order()[0];
    let mut cell = cell.clone();
    cell.owner = hostile[0].to_owned();
    cell.action = hostile[1].to_owned();
    cell.impact = hostile[2].to_owned();
    cell.notes = hostile[3].to_owned();
    cell.signals = vec![
        Signal::new(Polarity::Positive, hostile[4]),
        Signal::new(Polarity::Negative, hostile[5]),
    ];
    project = replace_cell(&project, at, cell.clone());
    let csv = journeymap::export::table::cells(&project);
    let text = String::from_utf8(csv).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    let fields: Vec<&str> = row.iter().collect();
    assert_eq!(fields[2], format!("'{}", hostile[0]));
    assert_eq!(fields[3], format!("'{}", hostile[1]));
    assert_eq!(fields[4], format!("'{}", hostile[2]));
    assert_eq!(fields[5], format!("'{}", hostile[3]));
    assert_eq!(fields[9], format!("'{}", hostile[4]));
    assert_eq!(
        fields[10],
        format!("''{}", hostile[5].trim_start_matches('\''))
    );
    // No field a spreadsheet would run: scores stay numbers.
    for record in csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes()).records()
    {
        let record = record.unwrap();
        for (i, field) in record.iter().enumerate() {
            if !(6..=8).contains(&i) {
                assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{field}"
                );
            }
        }
    }
    // The import takes the apostrophes off again.
    let (back, _) = journeymap::csv_in::parse(&text, "x").unwrap();
    let cell_back = back.cells_in_order()[0].1;
    assert_eq!(
        [
            &cell_back.owner,
            &cell_back.action,
            &cell_back.impact,
            &cell_back.notes
        ],
        [&cell.owner, &cell.action, &cell.impact, &cell.notes]
    );
    let signals: Vec<&str> = cell_back.signals.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(signals, [hostile[4].trim(), hostile[5]]);
    // The action plan too.
    let plan = String::from_utf8(journeymap::export::table::plan(&with_owner(
        &sample(),
        "=1+1",
    )))
    .unwrap();
    assert!(plan.contains("'=1+1") && !plan.contains(",=1+1"), "{plan}");
}

#[test]
fn terminal_escapes_in_names_are_shown_escaped() {
    let (dir, map) = folder_with_sample();
    let mut project = sample();
    project.title = "Clear\u{1b}[2J and \u{1b}]0;pwned\u{7} title".to_owned();
    let evil = with_owner(&project, "Owner \u{1b}[31mred");
    let evil_map = dir.path().join("evil.ron");
    file::save(&evil_map, &evil, None).unwrap();
    for args in [
        vec!["insights".into(), evil_map.clone()],
        vec!["diff".into(), map.clone(), evil_map.clone()],
    ] {
        let out = bin().args(&args).output().unwrap();
        assert!(!out.stdout.contains(&0x1b), "{args:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("\\u{1b}[2J"), "{args:?}: {text}");
    }
}

#[test]
fn diff_prints_text_as_typed_escaping_only_controls() {
    let (dir, map) = folder_with_sample();
    let mut project = sample();
    project.title = "مُحَمَّد وب\u{200c}سایت ❤\u{fe0f} tab\there".to_owned();
    let other = dir.path().join("other.ron");
    file::save(&other, &project, None).unwrap();
    journeymap()
        .arg("diff")
        .arg(&map)
        .arg(&other)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "\"مُحَمَّد وب\u{200c}سایت ❤\u{fe0f} tab\\there\"",
        ));
}

// ---- sizes and numbers ---------------------------------------------------

#[test]
fn vector_exports_are_held_to_the_pngs_area() {
    // At 1:1 this map is about 21000 x 11300: the PNG refuses even scale 1.
    let project = journeymap::samples::generated(100, 60);
    let options = journeymap::export::Options::default();
    for error in [
        journeymap::export::svg(&project, &options).unwrap_err(),
        journeymap::export::pdf(
            &project,
            &journeymap::export::Options {
                paper: journeymap::export::Paper::A3,
                ..options
            },
        )
        .unwrap_err(),
    ] {
        let message = error.to_string();
        assert!(
            message.contains("more than this export allows (120 megapixels"),
            "{message}"
        );
    }
    // A 30 x 20 map is well inside.
    let fits = journeymap::samples::generated(30, 20);
    assert!(journeymap::export::svg(&fits, &options).is_ok());
}

#[test]
fn numbers_out_of_any_range_are_named_with_their_position() {
    let text = journeymap::samples::SHOE_STORE;
    let first_score = text.find("ideal: ").unwrap();
    let line = 1 + text[..first_score].matches('\n').count();
    let cases = [
        (
            text.replacen("format: 2", "format: -1", 1),
            "2:14: format -1 is not a Journeymap format".to_owned(),
        ),
        (
            text.replacen("format: 2", "format: 99999999999999999999", 1),
            "2:13: format 99999999999999999999 is not a Journeymap format".to_owned(),
        ),
        (
            text.replacen("ideal: 1,", "ideal: 99999999999999999999,", 1),
            format!("{line}:20: score 99999999999999999999 is out of range"),
        ),
        (
            text.replacen("ideal: 1,", "ideal: 2.5,", 1),
            format!("{line}:20: score 2.5 is not allowed"),
        ),
    ];
    for (text, expected) in cases {
        let error = file::parse(&text).unwrap_err().to_string();
        assert!(error.contains(&expected), "{error} / {expected}");
    }
    // A whole number written as a spreadsheet might is that number.
    let two = file::parse(&text.replacen("ideal: 1,", "ideal: 1.0,", 1)).unwrap();
    assert_eq!(two, sample());
}
