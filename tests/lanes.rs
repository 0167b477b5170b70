//! Lanes, personas and lines from the command line and the library: the
//! service-blueprint template, the file, check, insights, diff, merge, the
//! cells CSV and the infographic's persona filter.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use journeymap::export::{self, Options};
use journeymap::model::{LaneKind, Project, Row};
use predicates::prelude::*;

const BLUEPRINT: &str = include_str!("../samples/service-blueprint.ron");

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

fn blueprint() -> Project {
    journeymap::file::parse(BLUEPRINT).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The sample with `from` replaced by `to`, exactly once.
fn edited(from: &str, to: &str) -> String {
    assert_eq!(BLUEPRINT.matches(from).count(), 1, "{from}");
    BLUEPRINT.replace(from, to)
}

#[test]
fn the_blueprint_template_makes_a_map_that_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.ron");
    journeymap()
        .args(["new", "--template", "service-blueprint", "-o"])
        .arg(&out)
        .assert()
        .success();
    journeymap()
        .arg("check")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok (5 stages, 4 channels, 3 cells, 5 lanes, 3 lines, 2 personas)",
        ));
    let project = journeymap::file::load(&out).unwrap();
    let lanes: Vec<(&str, LaneKind, bool)> = project
        .lanes
        .iter()
        .map(|l| (l.name.as_str(), l.kind, l.below))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Customer actions", LaneKind::Text, false),
            ("Emotion", LaneKind::Emotion, false),
            ("Frontstage", LaneKind::Text, true),
            ("Backstage", LaneKind::Text, true),
            ("Support processes", LaneKind::Text, true),
        ]
    );
    // Each line sits below its row: interaction under the customer's
    // lanes, visibility under the frontstage, internal interaction under
    // the backstage.
    let below = |name: &str| {
        let line = project.lines.iter().find(|l| l.name == name).unwrap();
        match line.after.unwrap() {
            Row::Lane(id) => project.lane(id).unwrap().name.clone(),
            Row::Channel(id) => project.channel(id).unwrap().name.clone(),
        }
    };
    assert_eq!(below("Line of interaction"), "Emotion");
    assert_eq!(below("Line of visibility"), "Frontstage");
    assert_eq!(below("Line of internal interaction"), "Backstage");
    let names: Vec<&str> = project.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Leila", "Omid"]);
}

#[test]
fn a_map_with_lanes_saves_byte_identical_after_loading() {
    let project = blueprint();
    assert_eq!(journeymap::file::to_string(&project).unwrap(), BLUEPRINT);
}

/// The 1-based line and column of byte `at` in the sample.
fn line_column(at: usize) -> (usize, usize) {
    let before = &BLUEPRINT[..at];
    let line = before.matches('\n').count() + 1;
    let column = at - before.rfind('\n').map_or(0, |n| n + 1) + 1;
    (line, column)
}

#[test]
fn unknown_lane_persona_and_row_ids_are_errors_with_their_position() {
    let dir = tempfile::tempdir().unwrap();
    // A lane value on a lane that does not exist.
    let lane = BLUEPRINT
        .match_indices("lane: \"")
        .next()
        .map(|(at, _)| at)
        .unwrap();
    let (line, column) = line_column(lane + 7);
    let id = &BLUEPRINT[lane + 7..lane + 23];
    let text = format!(
        "{}lane: \"ffffffffffffffff\"{}",
        &BLUEPRINT[..lane],
        &BLUEPRINT[lane + 24..]
    );
    let path = write(dir.path(), "lane.ron", &text);
    journeymap()
        .arg("check")
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "lane.ron:{line}:{column}: refers to lane `ffffffffffffffff`, which does not exist"
        )));
    assert_ne!(id, "ffffffffffffffff");

    // An emotion of a persona the map does not have.
    let omid = blueprint().personas[1].id.to_string();
    let first = BLUEPRINT
        .match_indices(&format!("persona: \"{omid}\""))
        .next()
        .unwrap()
        .0;
    let (line, column) = line_column(first + 10);
    let text = format!(
        "{}persona: \"eeeeeeeeeeeeeeee\"{}",
        &BLUEPRINT[..first],
        &BLUEPRINT[first + 11 + omid.len()..]
    );
    let path = write(dir.path(), "persona.ron", &text);
    journeymap()
        .arg("check")
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "persona.ron:{line}:{column}:"
        )))
        .stderr(predicate::str::contains(
            "refers to persona `eeeeeeeeeeeeeeee`, which does not exist",
        ));

    // A line below a row that is neither a lane nor a channel.
    let after = BLUEPRINT.find("after: \"").unwrap();
    let (line, column) = line_column(after + 8);
    let text = format!(
        "{}after: \"dddddddddddddddd\"{}",
        &BLUEPRINT[..after],
        &BLUEPRINT[after + 25..]
    );
    let path = write(dir.path(), "line.ron", &text);
    journeymap()
        .arg("check")
        .arg(&path)
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "line.ron:{line}:{column}:"
        )))
        .stderr(predicate::str::contains(
            "a line is drawn after row `dddddddddddddddd`, which is neither a lane nor a channel",
        ));
}

#[test]
fn insights_json_lists_the_personas_and_where_they_disagree() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "b.ron", BLUEPRINT);
    let out = journeymap()
        .args(["insights", "--json"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let personas = json["personas"].as_array().unwrap();
    assert_eq!(personas.len(), 2);
    assert_eq!(personas[0]["name"], "Leila");
    assert_eq!(personas[1]["name"], "Omid");
    assert_eq!(personas[1]["colour"], "teal");
    let scores = |p: &serde_json::Value| -> Vec<f64> {
        p["emotion"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["score"].as_f64().unwrap())
            .collect()
    };
    // As the template has them: Leila 0, 0, -2, -1, +2; Omid +1, 0, -1, -2, +1.
    assert_eq!(scores(&personas[0]), [0.0, 0.0, -2.0, -1.0, 2.0]);
    assert_eq!(scores(&personas[1]), [1.0, 0.0, -1.0, -2.0, 1.0]);
    assert_eq!(personas[0]["emotion"][2]["stage"], "Diagnosis");
    // At Diagnosis the channels' real score is -1 (the phone call):
    // Leila's -2 is the furthest from it, and one point from Omid's -1.
    let diagnosis = &json["stages"][2];
    assert_eq!(diagnosis["stage"], "Diagnosis");
    assert_eq!(
        diagnosis["personas_apart"],
        serde_json::json!({"personas": ["Leila", "Omid"], "emotions": [-2.0, -1.0], "apart": 1.0})
    );
    assert_eq!(
        diagnosis["emotion_vs_real"],
        serde_json::json!({"persona": "Leila", "emotion": -2.0, "real": -1.0, "apart": 1.0})
    );
    // Both feel the same at Drop off, and no channel scores it.
    assert_eq!(json["stages"][1]["personas_apart"], serde_json::Value::Null);
    assert_eq!(
        json["stages"][1]["emotion_vs_real"],
        serde_json::Value::Null
    );

    journeymap()
        .arg("insights")
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "  Leila: Book a repair 0, Drop off 0, Diagnosis -2, Repair -1, Pick up +2",
        ))
        .stdout(predicate::str::contains(
            "  Diagnosis: Leila -2 vs Omid -1 (1 apart)",
        ));
}

#[test]
fn a_lane_renamed_on_one_branch_and_a_stage_on_the_other_merge_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let base = write(dir.path(), "base.ron", BLUEPRINT);
    let ours = write(
        dir.path(),
        "ours.ron",
        &edited("name: \"Backstage\"", "name: \"Behind the scenes\""),
    );
    let theirs = write(
        dir.path(),
        "theirs.ron",
        &edited("name: \"Diagnosis\"", "name: \"Find the fault\""),
    );
    let merged = dir.path().join("merged.ron");
    journeymap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&merged)
        .assert()
        .success();
    let project = journeymap::file::load(&merged).unwrap();
    assert!(project.lanes.iter().any(|l| l.name == "Behind the scenes"));
    assert!(project.stages.iter().any(|s| s.name == "Find the fault"));
    assert!(project.conflicts.is_empty());
    // `diff` exits 1 when the maps differ, as diff(1) does.
    journeymap()
        .arg("diff")
        .args([&base, &merged])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "lane \"Backstage\" renamed to \"Behind the scenes\"",
        ))
        .stdout(predicate::str::contains(
            "stage \"Diagnosis\" renamed to \"Find the fault\"",
        ));
}

#[test]
fn different_lane_values_merge_and_the_same_one_changed_twice_is_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let base = write(dir.path(), "base.ron", BLUEPRINT);
    let ours = write(
        dir.path(),
        "ours.ron",
        &edited(
            "text: \"Technician runs tests and orders parts\"",
            "text: \"Runs tests overnight\"",
        ),
    );
    let theirs = write(
        dir.path(),
        "theirs.ron",
        &edited(
            "text: \"Technician calls with the diagnosis\"",
            "text: \"Calls before noon\"",
        ),
    );
    let merged = dir.path().join("merged.ron");
    journeymap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&merged)
        .assert()
        .success();
    let text = std::fs::read_to_string(&merged).unwrap();
    assert!(text.contains("Runs tests overnight") && text.contains("Calls before noon"));

    let clash = write(
        dir.path(),
        "clash.ron",
        &edited(
            "text: \"Technician runs tests and orders parts\"",
            "text: \"Runs tests at night\"",
        ),
    );
    let conflicted = dir.path().join("conflicted.ron");
    journeymap()
        .arg("merge")
        .args([&base, &ours, &clash])
        .arg("-o")
        .arg(&conflicted)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "\"Backstage\" × \"Diagnosis\": text: ours \"Runs tests overnight\", theirs \"Runs tests at night\"",
        ));
    let project = journeymap::file::load(&conflicted).unwrap();
    assert_eq!(project.conflicts.len(), 1);
    journeymap()
        .arg("check")
        .arg(&conflicted)
        .assert()
        .failure()
        .stderr(predicate::str::contains("unresolved merge conflict"));

    // An emotion score changed to two different values is a conflict too.
    let omid = blueprint().personas[1].id.to_string();
    let worse = format!("persona: \"{omid}\",\n                    score: -2,");
    let ours = write(
        dir.path(),
        "ours2.ron",
        &edited(&worse, &worse.replace("-2", "-1")),
    );
    let theirs = write(
        dir.path(),
        "theirs2.ron",
        &edited(&worse, &worse.replace("-2", "0")),
    );
    journeymap()
        .arg("merge")
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(dir.path().join("emotion.ron"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "\"Emotion\" × \"Repair\": emotion of \"Omid\"",
        ));
}

#[test]
fn the_cells_csv_carries_the_lanes_and_brings_them_back() {
    let project = blueprint();
    let csv = String::from_utf8(export::table::cells(&project)).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with("lane,lane_kind,persona,value,unit,lane_note"),
        "{header}"
    );
    // A stage's lanes above come before its cells, those below after.
    let lines: Vec<&str> = csv.lines().collect();
    let at = |needle: &str| lines.iter().position(|l| l.contains(needle)).unwrap();
    assert!(at("Books a slot online") < at("Show the next free slot"));
    assert!(at("Show the next free slot") < at("Booking system shows technician capacity"));
    assert!(csv.contains("Diagnosis,,,,,,,,,,,Emotion,emotion,Omid,-1,,"));

    let (back, warnings) = journeymap::csv_in::parse(&csv, "b").unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let lanes = |p: &Project| -> Vec<(String, LaneKind, bool)> {
        p.lanes
            .iter()
            .map(|l| (l.name.clone(), l.kind, l.below))
            .collect()
    };
    assert_eq!(lanes(&back), lanes(&project));
    let names =
        |p: &Project| -> Vec<String> { p.personas.iter().map(|x| x.name.clone()).collect() };
    assert_eq!(names(&back), names(&project));
    // Every value is back, by lane, stage and persona name.
    let values = |p: &Project| {
        let mut all = Vec::new();
        for lane in &p.lanes {
            for stage in &p.stages {
                let key = journeymap::model::LaneKey::new(lane.id, stage.id);
                if let Some(v) = p.lane_cell(key) {
                    let emotions: Vec<(String, Option<i8>)> = v
                        .emotions
                        .iter()
                        .map(|(id, e)| {
                            let who = p.persona_by_id(*id).unwrap().name.clone();
                            (who, e.score.map(journeymap::model::Score::value))
                        })
                        .collect();
                    let mut emotions = emotions;
                    emotions.sort();
                    all.push((
                        lane.name.clone(),
                        stage.name.clone(),
                        v.text.clone(),
                        emotions,
                    ));
                }
            }
        }
        all
    };
    assert_eq!(values(&back), values(&project));
}

#[test]
fn the_persona_filter_draws_one_persona_s_curve_and_legend() {
    let project = blueprint();
    let all = export::words(&project, &Options::default()).unwrap();
    assert!(all.iter().any(|w| w == "Leila") && all.iter().any(|w| w == "Omid"));
    for name in [
        "Customer actions",
        "Frontstage",
        "Backstage",
        "Support processes",
    ] {
        assert!(all.iter().any(|w| w == name), "{name}");
    }
    for name in [
        "Line of interaction",
        "Line of visibility",
        "Line of internal interaction",
    ] {
        assert!(all.iter().any(|w| w == name), "{name}");
    }
    let leila = Options {
        persona: Some(project.personas[0].id),
        ..Options::default()
    };
    let only = export::words(&project, &leila).unwrap();
    assert!(only.iter().any(|w| w == "Leila"));
    assert!(!only.iter().any(|w| w.contains("Omid")), "{only:?}");
    assert_ne!(
        export::png(&project, &leila).unwrap(),
        export::png(&project, &Options::default()).unwrap()
    );

    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "b.ron", BLUEPRINT);
    journeymap()
        .arg("export")
        .arg(&path)
        .arg("-o")
        .arg(dir.path().join("omid.png"))
        .args(["--scale", "1", "--persona", "omid"])
        .assert()
        .success();
    journeymap()
        .arg("export")
        .arg(&path)
        .arg("-o")
        .arg(dir.path().join("nobody.png"))
        .args(["--persona", "Nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no persona \"Nobody\"; its personas are 1 \"Leila\", 2 \"Omid\"",
        ));
    assert!(!dir.path().join("nobody.png").exists());
}
