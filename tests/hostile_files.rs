//! Broken and hostile files load or give an error: never a panic, a hang or
//! runaway memory. Inputs the fuzzer (`fuzz/`) once crashed on are replayed
//! from `tests/fuzz-regressions/`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::file;

/// What the fuzz target checks, for one input.
fn survives(bytes: &[u8]) {
    if let Ok(project) = file::parse_bytes(bytes) {
        let text = file::to_string(&project);
        let again = file::parse(&text).expect("a saved project loads");
        assert_eq!(again, project);
        assert_eq!(file::to_string(&again), text);
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
