//! Broken and hostile files load or give an error: never a panic, a hang or
//! runaway memory. Inputs the fuzzer (`fuzz/`) once crashed on are replayed
//! from `tests/fuzz-regressions/`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::file;

/// What the fuzz target checks, for one input.
fn survives(bytes: &[u8]) {
    if let Ok(project) = file::parse_bytes(bytes) {
        let text = file::to_string(&project).unwrap();
        let again = file::parse(&text).expect("a saved project loads");
        assert_eq!(again, project);
        assert_eq!(file::to_string(&again).unwrap(), text);
    }
}

#[test]
fn every_truncation_of_a_sample_is_an_error_with_a_position() {
    let sample = include_str!("../samples/bank-account-fa.ron");
    let mut cuts = 0;
    for (at, _) in sample.char_indices().step_by(97) {
        let error = file::parse(&sample[..at]).expect_err("a cut file does not load");
        assert!(error.line >= 1 && error.column >= 1);
        cuts += 1;
    }
    assert!(cuts > 100);
    // Cut in the middle of a multi-byte character: invalid UTF-8.
    let bytes = sample.as_bytes();
    let inside = (1..bytes.len())
        .find(|&i| !sample.is_char_boundary(i))
        .unwrap();
    let error = file::parse_bytes(&bytes[..inside]).unwrap_err();
    assert!(error.message.contains("UTF-8"), "{error}");
}

#[test]
fn a_huge_string_loads_and_round_trips() {
    let title = "ب".repeat(2_000_000);
    let text = format!("(format: 1, title: \"{title}\")");
    let project = file::parse(&text).unwrap();
    assert_eq!(project.title.chars().count(), 2_000_000);
    survives(text.as_bytes());
}

#[test]
fn a_million_cells_load_or_fail_with_a_position_not_a_crash() {
    let mut text = String::from(
        "(format: 1, stages: [(id: \"1\", name: \"A\")], channels: [(id: \"2\", name: \"B\")], cells: [\n",
    );
    for _ in 0..1_000_000 {
        text.push_str("(stage: \"1\", channel: \"2\", owner: \"x\"),\n");
    }
    text.push_str("])\n");
    let error = file::parse(&text).unwrap_err();
    assert_eq!(
        error.line, 3,
        "the second cell at the same crossing: {error}"
    );
}

#[test]
fn deep_nesting_of_every_bracket_kind_is_refused() {
    for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("Some(", ")")] {
        let text = format!(
            "(format: 1, title: {}1{})",
            open.repeat(50_000),
            close.repeat(50_000)
        );
        assert!(file::parse(&text).is_err());
    }
}

#[test]
fn odd_but_valid_inputs_survive() {
    for text in [
        "(format: 1)",
        "/* comment */ (format: 1, /* here */ title: r#\"raw \"quoted\"\"#) // trailing",
        "(format: 1, title: \"\\u{200f}\\u{0}\\t\\\\\")",
        "(format: 1, stages: [(id: \"FFFFFFFFFFFFFFFF\", name: \"\")])",
        "(format: 1, persona: (), cells: [])",
    ] {
        survives(text.as_bytes());
        assert!(file::parse(text).is_ok(), "{text}");
    }
}

#[test]
fn recorded_fuzz_inputs_do_not_crash() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        survives(&std::fs::read(&path).unwrap());
    }
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_refused_at_once_not_read_forever() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe.ron");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap()
            .success()
    );
    for (path, what) in [
        (std::path::Path::new("/dev/zero"), "a device"),
        (pipe.as_path(), "a pipe"),
        (dir.path(), "a folder"),
    ] {
        // A pipe with no writer would block a plain open; /dev/zero never ends.
        let error = file::load(path).unwrap_err().to_string();
        assert!(
            error.contains(what) && error.contains("not a regular file"),
            "{error}"
        );
    }
    assert_cmd::Command::cargo_bin("journeymap")
        .unwrap()
        .args(["check", "/dev/zero"])
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "/dev/zero: cannot read: it is a device",
        ));
}

#[test]
fn messages_speak_of_maps_and_cells_in_the_users_words() {
    let cases = [
        // Windows editors start files with a byte-order mark: fine.
        ("\u{feff}(format: 1, title: \"BOM\")", None),
        ("", Some((1, "the file is empty"))),
        ("  \n\t\n", Some((1, "the file is empty"))),
        (
            "(\n    format: 1,\n<<<<<<< HEAD\n    title: \"Ours\",\n=======\n    title: \"Theirs\",\n>>>>>>> branch\n)\n",
            Some((3, "git merge conflict markers")),
        ),
        (
            "(\n    format: 2,\n<<<<<<< HEAD\n    title: \"Ours\",\n=======\n    title: \"Theirs\",\n>>>>>>> branch\n)\n",
            Some((3, "so git merges maps with `journeymap merge`")),
        ),
        (
            "(format: 1, stages: [(id: \"1\")], channels: [(id: \"2\")],\n cells: [(stage: \"1\", channel: \"2\", real: 2.5)])",
            Some((2, "scores are whole numbers from -2")),
        ),
        (
            "(format: 1, stages: [(id: \"1\")], channels: [(id: \"2\")],\n cells: [(stage: \"1\", channel: \"2\", ideal: 7)])",
            Some((2, "score 7 is out of range")),
        ),
        (
            "(format: 1, stages: [(id: \"1\")], channels: [(id: \"2\")],\n cells: [(stage: \"1\", channel: \"2\", colour: 1)])",
            Some((2, "in `cell`")),
        ),
        (
            "(format: 1, stages: [(id: \"1\")], channels: [(id: \"2\")],\n cells: [(stage: \"1\", channel: \"2\", signals: [(id: \"3\")])])",
            Some((2, "in `signal`")),
        ),
    ];
    for (text, expected) in cases {
        let result = file::parse_bytes(text.as_bytes());
        match expected {
            None => assert!(result.is_ok(), "{text:?}: {result:?}"),
            Some((line, words)) => {
                let error = result.unwrap_err();
                assert_eq!(error.line, line, "{text:?}: {error}");
                assert!(error.message.contains(words), "{text:?}: {error}");
                assert!(!error.message.contains("File"), "{error}");
            }
        }
    }
}

/// A map whose strings are far larger than anything an image can show.
#[cfg(unix)]
#[test]
fn export_memory_depends_on_the_image_not_on_the_strings() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("huge-strings.ron");
    let action = "کار ".repeat(1_430_000); // 10 MB of Persian
    let title = "t".repeat(50_000_000); // 50 MB, which `check` accepts
    std::fs::write(
        &map,
        format!(
            "(format: 1, title: \"{title}\", stages: [(id: \"1\", name: \"S\")], channels: [(id: \"2\", name: \"C\")],\n cells: [(stage: \"1\", channel: \"2\", action: \"{action}\", real: 1)])"
        ),
    )
    .unwrap();
    let png = dir.path().join("out.png");
    let bin = env!("CARGO_BIN_EXE_journeymap");
    // 1 GiB of address space at most: without the cut, shaping the title
    // alone needed 9 GB.
    let script = format!(
        "ulimit -v 1048576 && exec '{bin}' export '{}' -o '{}' --scale 1",
        map.display(),
        png.display()
    );
    let output = std::process::Command::new("sh")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
}
