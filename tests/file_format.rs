//! The `.ron` format: samples, canonical output, validation errors with positions.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::file::{self, Fault, FileError, ParseError};
use journeymap::model::{
    Cell, CellKey, Channel, ChannelKind, Edit, Polarity, Project, Score, Signal, Stage,
};

const SAMPLES: [&str; 3] = [
    include_str!("../samples/shoe-store.ron"),
    include_str!("../samples/bank-account-fa.ron"),
    include_str!("../samples/telecom-support.ron"),
];

#[test]
fn every_sample_loads_and_saves_byte_identically() {
    for text in SAMPLES {
        let project = file::parse(text).unwrap_or_else(|e| panic!("sample does not load: {e}"));
        assert_eq!(
            file::to_string(&project).unwrap(),
            text,
            "sample is not in canonical form"
        );
    }
}

#[test]
fn samples_are_realistic_maps() {
    for text in SAMPLES {
        let project = file::parse(text).unwrap();
        let (stages, channels) = (project.stages.len(), project.channels.len());
        assert!(
            stages >= 5 && channels >= 5,
            "{}: {stages}x{channels}",
            project.title
        );
        assert!(
            project.cell_count() * 3 >= stages * channels * 2,
            "{}: only {} of {} cells filled",
            project.title,
            project.cell_count(),
            stages * channels
        );
        let cells = project.cells_in_order();
        let has = |p: Polarity| cells.iter().any(|(_, c)| c.count(p) > 0);
        assert!(has(Polarity::Positive) && has(Polarity::Negative));
        assert!(
            cells.iter().any(|(_, c)| c.gap().is_some_and(|g| g >= 2)),
            "no real gap tells a story"
        );
    }
}

#[test]
fn persian_text_is_written_readably() {
    let text = SAMPLES[1];
    assert!(text.contains("افتتاح حساب آنلاین"));
    // The zero-width non-joiner in «می‌رسد» stays a character, not an escape.
    assert!(text.contains("می\u{200c}رسد"));
    assert!(!text.contains("\\u{"));
}

#[test]
fn text_is_written_as_typed_with_only_the_escapes_ron_needs() {
    let mut project = small_project();
    project.title = "The customer's \"first\" run \\ back\tslash".to_owned();
    let text = file::to_string(&project).unwrap();
    assert!(
        text.contains(r#"title: "The customer's \"first\" run \\ back\tslash","#),
        "{text}"
    );
    assert!(!text.contains("\\'"));
    assert_eq!(file::parse(&text).unwrap(), project);
    // Files written before, with the apostrophe escaped, still read the same.
    let old = text.replace("customer's", "customer\\'s");
    assert_eq!(file::parse(&old).unwrap(), project);
    for sample in SAMPLES {
        assert!(!sample.contains("\\'"));
    }
}

fn small_project() -> Project {
    let mut p = Project::default();
    let stage = Stage::new("Awareness");
    let channel = Channel::new("Phone", ChannelKind::Phone);
    let at = CellKey::new(stage.id, channel.id);
    p.apply(Edit::AddStage { index: 0, stage }).unwrap();
    p.apply(Edit::AddChannel { index: 0, channel }).unwrap();
    p.apply(Edit::SetScore {
        at,
        experience: journeymap::model::Experience::Real,
        score: Score::new(-2),
    })
    .unwrap();
    p.apply(Edit::AddSignal {
        at,
        index: 0,
        signal: Signal::new(
            Polarity::Negative,
            "Line \"dropped\"\nafter 14 min \\ RLM:\u{200f}",
        ),
    })
    .unwrap();
    p
}

#[test]
fn format_is_one_field_per_line_with_empty_fields_left_out() {
    let project = small_project();
    let text = file::to_string(&project).unwrap();
    assert!(text.starts_with("(\n    format: 2,\n"), "{text}");
    assert!(!text.contains("owner"), "empty fields are omitted:\n{text}");
    assert!(!text.contains("title"), "{text}");
    assert!(text.contains("            real: -2,\n"), "{text}");
    // Control characters and invisible direction marks stay escaped.
    assert!(
        text.contains(r#"text: "Line \"dropped\"\nafter 14 min \\ RLM:\u{200f}","#),
        "{text}"
    );
    assert_eq!(file::parse(&text).unwrap(), project);
}

#[test]
fn empty_cells_are_not_written() {
    let mut p = small_project();
    let at = p.cells_in_order()[0].0;
    p.apply(Edit::ClearCell { at }).unwrap();
    assert!(!file::to_string(&p).unwrap().contains("cells"));
    assert_eq!(p.cell(at), None::<&Cell>);
}

/// Positions are 1-based; a string value is located at its first character
/// (just inside the quote), a number at its first digit.
fn error_of(text: &str) -> ParseError {
    match file::parse(text) {
        Ok(_) => panic!("accepted a bad file:\n{text}"),
        Err(e) => e,
    }
}

const STAGE: &str = "00000000000000a1";
const CHANNEL: &str = "00000000000000b1";

/// A valid file with `cells` spliced in; stage and channel lines are fixed so
/// tests can name lines.
fn with_cells(cells: &str) -> String {
    format!(
        "(\n    format: 1,\n    stages: [\n        (\n            id: \"{STAGE}\",\n            name: \"Awareness\",\n        ),\n    ],\n    channels: [\n        (\n            id: \"{CHANNEL}\",\n            name: \"Web\",\n        ),\n    ],\n    cells: [\n{cells}    ],\n)\n"
    )
}

#[test]
fn the_fixture_is_valid() {
    let text = with_cells(&format!(
        "        (\n            stage: \"{STAGE}\",\n            channel: \"{CHANNEL}\",\n            ideal: 2,\n        ),\n"
    ));
    let project = file::parse(&text).unwrap();
    assert_eq!(project.cell_count(), 1);
}

#[test]
fn syntax_error_points_at_line_and_column() {
    // Line 4 lacks the comma after the title.
    let e = error_of("(\n    format: 1,\n    title: \"Shoes\"\n    stages: [],\n)\n");
    assert_eq!((e.line, e.column), (4, 5), "{e}");
    assert!(e.message.contains("comma"), "{e}");
}

#[test]
fn unknown_stage_points_at_the_reference() {
    let text = with_cells(&format!(
        "        (\n            stage: \"{STAGE}\",\n            channel: \"{CHANNEL}\",\n            owner: \"A\",\n        ),\n        (\n            stage: \"00000000000000ff\",\n            channel: \"{CHANNEL}\",\n            owner: \"B\",\n        ),\n"
    ));
    let e = error_of(&text);
    assert_eq!((e.line, e.column), (22, 21), "{e}");
    assert!(
        e.message.contains("stage `00000000000000ff`") && e.message.contains("does not exist"),
        "{e}"
    );
    assert_eq!(
        e.fault,
        Fault::UnknownRef {
            kind: "stage",
            id: "00000000000000ff".into()
        }
    );
}

#[test]
fn unknown_channel_points_at_the_reference() {
    let text = with_cells(&format!(
        "        (\n            stage: \"{STAGE}\",\n            channel: \"0c\",\n        ),\n"
    ));
    let e = error_of(&text);
    assert_eq!((e.line, e.column), (18, 23), "{e}");
    assert!(e.message.contains("channel `000000000000000c`"), "{e}");
    assert_eq!(
        e.fault,
        Fault::UnknownRef {
            kind: "channel",
            id: "000000000000000c".into()
        }
    );
}

#[test]
fn duplicate_id_points_at_the_second_use() {
    let text = "(\n    format: 1,\n    stages: [\n        (\n            id: \"a1\",\n            name: \"One\",\n        ),\n        (\n            id: \"A1\",\n            name: \"Two\",\n        ),\n    ],\n)\n";
    let e = error_of(text);
    assert_eq!((e.line, e.column), (9, 18), "{e}");
    assert!(e.message.contains("used twice"), "{e}");
    assert_eq!(
        e.fault,
        Fault::DuplicateId {
            kind: "stage",
            id: "00000000000000a1".into()
        }
    );
}

#[test]
fn duplicate_signal_id_points_at_the_second_signal() {
    let signal = |text: &str| {
        format!(
            "                (\n                    id: \"5\",\n                    polarity: Positive,\n                    text: \"{text}\",\n                ),\n"
        )
    };
    let text = with_cells(&format!(
        "        (\n            stage: \"{STAGE}\",\n            channel: \"{CHANNEL}\",\n            signals: [\n{}{}            ],\n        ),\n",
        signal("a"),
        signal("b")
    ));
    let e = error_of(&text);
    assert_eq!((e.line, e.column), (26, 26), "{e}");
    assert!(
        e.message
            .contains("signal id `0000000000000005` is used twice"),
        "{e}"
    );
    assert_eq!(
        e.fault,
        Fault::DuplicateId {
            kind: "signal",
            id: "0000000000000005".into()
        }
    );
}

#[test]
fn second_cell_at_one_crossing_is_refused() {
    let cell = format!(
        "        (\n            stage: \"{STAGE}\",\n            channel: \"{CHANNEL}\",\n            owner: \"x\",\n        ),\n"
    );
    let e = error_of(&with_cells(&format!("{cell}{cell}")));
    assert_eq!((e.line, e.column), (22, 21), "{e}");
    assert!(e.message.contains("a second cell"), "{e}");
    assert_eq!(e.fault, Fault::DuplicateCell);
}

#[test]
fn score_out_of_range_points_at_the_score() {
    let text = with_cells(&format!(
        "        (\n            stage: \"{STAGE}\",\n            channel: \"{CHANNEL}\",\n            ideal: 1,\n            real: -3,\n        ),\n"
    ));
    let e = error_of(&text);
    assert_eq!((e.line, e.column), (20, 20), "{e}");
    assert!(e.message.contains("score -3 is out of range"), "{e}");
    assert_eq!(e.fault, Fault::BadScore { value: "-3".into() });
}

#[test]
fn bad_id_text_is_refused() {
    let e = error_of("(\n    format: 1,\n    stages: [(id: \"zz-top\", name: \"A\")],\n)\n");
    assert_eq!((e.line, e.column), (3, 20), "{e}");
    assert!(e.message.contains("not a valid id"), "{e}");
    assert_eq!(
        e.fault,
        Fault::BadId {
            text: "zz-top".into()
        }
    );
}

#[test]
fn unknown_field_is_refused() {
    let e = error_of("(\n    format: 1,\n    titel: \"Typo\",\n)\n");
    assert_eq!(e.line, 3, "{e}");
    assert!(e.message.contains("titel"), "{e}");
}

#[test]
fn newer_format_is_refused_naming_both_versions() {
    let e = error_of("(\n    format: 7,\n    future_field: [1, 2, 3],\n)\n");
    assert_eq!((e.line, e.column), (2, 13), "{e}");
    assert!(
        e.message.contains("format 7") && e.message.contains("format 2"),
        "{e}"
    );
}

#[test]
fn invalid_utf8_is_refused_with_position() {
    let e = file::parse_bytes(b"(\n    title: \"ab\xff\",\n)").unwrap_err();
    assert_eq!((e.line, e.column), (2, 15), "{e}");
    assert!(e.message.contains("UTF-8"), "{e}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let text = format!(
        "(format: 1, title: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let e = error_of(&text);
    assert_eq!(e.line, 1);
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(file::MAX_FILE_BYTES + 1).unwrap();
    let e = file::load(&path).unwrap_err();
    assert!(matches!(e, FileError::TooLarge { .. }), "{e}");
    let message = e.to_string();
    assert!(
        message.contains("huge.ron") && message.contains("64 MiB"),
        "{message}"
    );
}

#[test]
fn load_errors_name_the_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(
        &path,
        "(\n    format: 1,\n    stages: [(id: \"1\", name: 5)],\n)\n",
    )
    .unwrap();
    let message = file::load(&path).unwrap_err().to_string();
    assert!(
        message.starts_with(&format!("{}:3:", path.display())),
        "{message}"
    );
}

#[test]
fn save_replaces_the_file_atomically_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    std::fs::write(&path, "old").unwrap();
    let project = small_project();
    file::save(&path, &project, None).unwrap();
    assert_eq!(file::load(&path).unwrap(), project);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("map.ron")]);
}

#[test]
fn failed_saves_say_why_and_overwrite_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // The folder does not exist.
    let missing = dir.path().join("no-such-folder").join("map.ron");
    let message = file::save(&missing, &small_project(), None)
        .unwrap_err()
        .to_string();
    assert!(message.contains("map.ron: cannot save"), "{message}");
    // The target is a folder: it must survive, with its content.
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("keep.txt"), "keep").unwrap();
    let message = file::save(&folder, &small_project(), None)
        .unwrap_err()
        .to_string();
    assert!(message.contains("folder.ron: cannot save"), "{message}");
    assert_eq!(
        std::fs::read_to_string(folder.join("keep.txt")).unwrap(),
        "keep"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        vec![std::ffi::OsString::from("folder.ron")],
        "no temporary file is left behind"
    );
}

#[cfg(unix)]
#[test]
fn saving_keeps_an_existing_files_permissions_and_gives_new_files_the_usual_ones() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("new.ron");
    file::save(&fresh, &small_project(), None).unwrap();
    assert_eq!(
        std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777,
        0o644
    );
    let shared = dir.path().join("shared.ron");
    std::fs::write(&shared, "old").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o664)).unwrap();
    file::save(&shared, &small_project(), None).unwrap();
    assert_eq!(
        std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777,
        0o664
    );
}

/// Every sample, as format 1 wrote it (cells in display order), loads as
/// the same map as its format 2 file, and is written back as format 2.
#[test]
fn format_1_files_load_and_are_written_as_format_2() {
    let samples = [
        (
            "bank-account-fa",
            SAMPLES_FORMAT_1[0],
            journeymap::samples::ALL[1].1,
        ),
        (
            "shoe-store",
            SAMPLES_FORMAT_1[1],
            journeymap::samples::ALL[0].1,
        ),
        (
            "telecom-support",
            SAMPLES_FORMAT_1[2],
            journeymap::samples::ALL[2].1,
        ),
    ];
    for (name, old, new) in samples {
        assert!(old.starts_with("(\n    format: 1,"), "{name}");
        assert!(new.starts_with("(\n    format: 2,"), "{name}");
        let migrated = file::parse(old).unwrap();
        // The samples have gained root-cause tags since format 1; without
        // them they are the same map.
        let mut untagged = file::parse(new).unwrap();
        let ids: Vec<_> = untagged
            .cells_in_order()
            .iter()
            .flat_map(|(_, c)| c.signals.iter().map(|s| s.id))
            .collect();
        for id in ids {
            let tags = Default::default();
            untagged.apply(Edit::SetSignalTags { id, tags }).unwrap();
        }
        // The Persian sample has come to read right to left, too.
        untagged
            .apply(Edit::SetDirection(journeymap::model::Direction::Ltr))
            .unwrap();
        assert_eq!(migrated, untagged, "{name}");
        assert_eq!(
            file::to_string(&migrated).unwrap(),
            file::to_string(&untagged).unwrap(),
            "{name}"
        );
        assert_ne!(old, new, "{name}: the cells are reordered");
    }
}

const SAMPLES_FORMAT_1: [&str; 3] = [
    include_str!("data/format1/bank-account-fa.ron"),
    include_str!("data/format1/shoe-store.ron"),
    include_str!("data/format1/telecom-support.ron"),
];

#[test]
fn faults_are_named_for_the_editor_to_say_in_its_language() {
    let cases = [
        (
            "(format: 2, title: \"a\" persona: ())",
            Fault::Expected("parse-expected-comma"),
        ),
        (
            "(format: 2, colour: 3)",
            Fault::UnknownField {
                found: "colour".to_owned(),
                expected: String::new(),
            },
        ),
        ("(format: 9)", Fault::NewerFormat { found: 9 }),
        ("(format: 2) x", Fault::TrailingText),
        ("   ", Fault::Empty),
        ("<<<<<<< ours\n(format: 2)\n", Fault::ConflictMarkers),
    ];
    for (text, fault) in cases {
        let error = error_of(text);
        match (&error.fault, &fault) {
            // The expected names are the file format's; only the kind matters here.
            (Fault::UnknownField { found, expected }, Fault::UnknownField { found: f, .. }) => {
                assert_eq!(found, f);
                assert!(expected.contains("`title`"), "{expected}");
            }
            _ => assert_eq!(error.fault, fault, "{text:?}: {error}"),
        }
    }
    let bytes = b"(format: 2, title: \"\xff\")";
    assert_eq!(file::parse_bytes(bytes).unwrap_err().fault, Fault::NotUtf8);
}
