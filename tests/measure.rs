//! `journeymap measure`: survey exports from each system into a map, the
//! expected figures computed by hand in the comments.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use journeymap::model::{CellKey, Edit, Experience, Measure, Metric, Project, Score};
use predicates::prelude::*;

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/survey")
        .join(name)
}

fn key(project: &Project, stage: &str, channel: &str) -> CellKey {
    let s = project.stages.iter().find(|s| s.name == stage).unwrap();
    let c = project.channels.iter().find(|c| c.name == channel).unwrap();
    CellKey::new(s.id, c.id)
}

/// The measures of the cell at `stage` × `channel`.
fn measures(project: &Project, stage: &str, channel: &str) -> Vec<Measure> {
    project
        .cell(key(project, stage, channel))
        .map(|c| c.measures.clone())
        .unwrap_or_default()
}

/// (value as shown, n) of a cell's one measure.
fn shown(project: &Project, stage: &str, channel: &str) -> (String, u64) {
    let m = measures(project, stage, channel);
    assert_eq!(m.len(), 1, "{stage} × {channel}: {m:?}");
    (m[0].shown_value(), m[0].n)
}

/// The shoe store with a typed real +1 at Purchase × Store.
fn shoe_store(dir: &Path) -> PathBuf {
    let mut project = journeymap::file::load(&sample("shoe-store.ron")).unwrap();
    let at = key(&project, "Purchase", "Store");
    project
        .apply(Edit::SetScore {
            at,
            experience: Experience::Real,
            score: Score::new(1),
        })
        .unwrap();
    let path = dir.join("map.ron");
    journeymap::file::save(&path, &project, None).unwrap();
    path
}

/// Three header rows, as Qualtrics writes them.
const QUALTRICS: &str = "\
StartDate,EndDate,RecordedDate,Stage,Channel,Q5
Start Date,End Date,Recorded Date,Which stage?,Which channel?,How likely are you to recommend us?
\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID5\"\"}\"
";

/// Rows of (stage, channel, answer), dated a day apart from 2026-01-01.
fn qualtrics(rows: &[(&str, &str, &str)]) -> String {
    let mut text = QUALTRICS.to_owned();
    for (i, (stage, channel, answer)) in rows.iter().enumerate() {
        let day = format!("2026-01-{:02} 10:00:00", i + 1);
        text.push_str(&format!("{day},{day},{day},{stage},{channel},{answer}\n"));
    }
    text
}

/// Awareness × Instagram: 10, 9, 9, 7, 3: 3 promoters, 1 detractor of 5,
/// NPS = (3 − 1) / 5 = 40. Purchase × Store: 0 promoters, 3 passives (7, 8,
/// 8), 17 detractors of 20: NPS = −17 / 20 = −85. A row names a stage the
/// map lacks; one answer is empty, one is not a number.
fn english_answers() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut rows = vec![
        ("Awareness", "Instagram", "10"),
        ("Awareness", "Instagram", "9"),
        ("awareness ", "INSTAGRAM", "9"),
        ("Awareness", "Instagram", "7"),
        ("Awareness", "Instagram", "3"),
        ("Checkout", "Store", "9"),
        ("Awareness", "Instagram", ""),
        ("Awareness", "Instagram", "n/a"),
        ("Purchase", "Store", "7"),
        ("Purchase", "Store", "8"),
        ("Purchase", "Store", "8"),
    ];
    let detractors = [
        "0", "1", "2", "3", "4", "5", "6", "6", "5", "4", "3", "2", "1", "0", "6", "6", "0",
    ];
    rows.extend(detractors.iter().map(|a| ("Purchase", "Store", *a)));
    rows
}

#[test]
fn a_qualtrics_export_gives_the_nps_and_n_computed_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let map = shoe_store(dir.path());
    let results = dir.path().join("survey.csv");
    std::fs::write(&results, qualtrics(&english_answers())).unwrap();
    let out = dir.path().join("out.ron");
    journeymap()
        .args([
            "measure",
            map.to_str().unwrap(),
            results.to_str().unwrap(),
            "-o",
        ])
        .arg(&out)
        .args([
            "--stage",
            "Stage",
            "--channel",
            "Which channel?",
            "--score",
            "Q5",
        ])
        .args(["--metric", "nps"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "(Qualtrics export): 28 answer rows",
        ))
        .stdout(predicate::str::contains(
            "NPS of 2 cells: 25 answers counted",
        ))
        .stdout(predicate::str::contains(
            "1 empty; 1 not a number (row 11 \"n/a\")",
        ))
        // Row 9: three header rows, then the sixth answer row.
        .stdout(predicate::str::contains(
            "1 row names no cell of the map:\n  row 9: stage \"Checkout\" (channel \"Store\")",
        ))
        .stdout(predicate::str::contains(
            "uncertain: 2 measures on fewer than 30 answers",
        ))
        .stdout(predicate::str::contains(
            "disagrees: Purchase × Store: typed real +1, NPS -85 · n 20 suggests -2",
        ));
    let project = journeymap::file::load(&out).unwrap();
    assert_eq!(shown(&project, "Awareness", "Instagram"), ("40".into(), 5));
    assert_eq!(shown(&project, "Purchase", "Store"), ("-85".into(), 20));
    let m = &measures(&project, "Purchase", "Store")[0];
    assert_eq!(
        (m.source.as_str(), m.question.as_str()),
        ("survey.csv", "Q5")
    );
    // The first and last of its answers, on days 9 to 28.
    assert_eq!(m.dates(), "2026-01-09 to 2026-01-28");
    let cell = project.cell(key(&project, "Purchase", "Store")).unwrap();
    assert!(cell.disagrees() && m.uncertain());
    // Nothing typed was changed.
    assert_eq!(cell.real, Score::new(1));
}

#[test]
fn measuring_again_changes_nothing_and_another_source_adds_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let map = shoe_store(dir.path());
    let results = dir.path().join("survey.csv");
    std::fs::write(&results, qualtrics(&english_answers())).unwrap();
    let run = |results: &Path| {
        journeymap()
            .args([
                "measure",
                map.to_str().unwrap(),
                results.to_str().unwrap(),
                "-o",
            ])
            .arg(&map)
            .assert()
            .success();
        std::fs::read_to_string(&map).unwrap()
    };
    let once = run(&results);
    assert_eq!(run(&results), once, "measuring again changed the map");
    // The same question with other answers replaces the measure.
    std::fs::write(
        &results,
        qualtrics(&[
            ("Awareness", "Instagram", "10"),
            ("Awareness", "Instagram", "0"),
        ]),
    )
    .unwrap();
    run(&results);
    let project = journeymap::file::load(&map).unwrap();
    assert_eq!(shown(&project, "Awareness", "Instagram"), ("0".into(), 2));
    assert!(measures(&project, "Purchase", "Store").is_empty());
    // Another file adds its own.
    let other = dir.path().join("store-survey.csv");
    std::fs::write(&other, "Stage;Channel;NPS\nAwareness;Instagram;10\n").unwrap();
    run(&other);
    let project = journeymap::file::load(&map).unwrap();
    let both = measures(&project, "Awareness", "Instagram");
    assert_eq!(
        both.iter()
            .map(|m| (m.source.as_str(), m.n))
            .collect::<Vec<_>>(),
        [("survey.csv", 2), ("store-survey.csv", 1)]
    );
}

/// The Persian bank map, its stage names written with the Arabic yeh and
/// kaf and a space for the zero-width non-joiner, as another system
/// exported them. آشنایی × اینستاگرام: 9, 10, 6: 2 promoters, 1 detractor,
/// NPS = 1/3 = 33. افتتاح حساب × وب‌سایت: 8, 8, 9, 10: NPS = 2/4 = 50.
#[test]
fn a_persian_map_matches_arabic_letter_variants() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("نظرسنجی.csv");
    std::fs::write(
        &results,
        qualtrics(&[
            ("آشنايي", "اينستاگرام", "۹"),
            ("آشنايي", "اینستاگرام", "10"),
            ("آشنایی", "اینستاگرام", "٦"),
            ("افتتاح حساب", "وب سايت", "8"),
            ("افتتاح حساب", "وب سایت", "8"),
            ("افتتاح  حساب", "وب\u{200C}سایت", "9"),
            ("افتتاح حساب", "وب‌سایت", "10"),
            ("ثبت نام", "وب‌سایت", "10"),
        ]),
    )
    .unwrap();
    let out = dir.path().join("out.ron");
    journeymap()
        .arg("measure")
        .arg(sample("bank-account-fa.ron"))
        .arg(&results)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("row 11: stage \"ثبت نام\""));
    let project = journeymap::file::load(&out).unwrap();
    assert_eq!(shown(&project, "آشنایی", "اینستاگرام"), ("33".into(), 3));
    assert_eq!(shown(&project, "افتتاح حساب", "وب‌سایت"), ("50".into(), 4));
}

/// SurveyMonkey: two header rows, the question over its answer column.
/// Purchase × Store: 5 promoters (10, 9, 9, 10, 9) of 5: NPS 100.
#[test]
fn a_surveymonkey_export_with_labelled_answers() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("monkey.csv");
    std::fs::write(
        &results,
        "\u{feff}Respondent ID,Collector ID,Start Date,End Date,Which stage?,Which channel?,How likely is it that you would recommend us to a friend?\n\
         ,,,,Response,Response,Response\n\
         1,9,02/01/2026 10:00:00 AM,02/01/2026 10:05:00 AM,Purchase,Store,10 - Extremely likely\n\
         2,9,02/02/2026 10:00:00 AM,02/02/2026 10:05:00 AM,Purchase,Store,9\n\
         3,9,02/03/2026 10:00:00 AM,02/03/2026 10:05:00 AM,Purchase,Store,9\n\
         4,9,02/04/2026 10:00:00 AM,02/04/2026 10:05:00 AM,Purchase,Store,10 - Extremely likely\n\
         5,9,02/05/2026 10:00:00 AM,02/05/2026 10:05:00 AM,Purchase,Store,9\n",
    )
    .unwrap();
    let out = dir.path().join("out.ron");
    journeymap()
        .arg("measure")
        .arg(sample("shoe-store.ron"))
        .arg(&results)
        .arg("-o")
        .arg(&out)
        .args(["--stage", "Which stage?", "--channel", "Which channel?"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(SurveyMonkey export)"));
    let project = journeymap::file::load(&out).unwrap();
    assert_eq!(shown(&project, "Purchase", "Store"), ("100".into(), 5));
    let m = &measures(&project, "Purchase", "Store")[0];
    assert_eq!(m.dates(), "2026-02-01 to 2026-02-05");
}

/// Google Forms: a Timestamp first. CES on 1..7: Visit & try on × Store
/// 6, 7, 5, 6: mean 6; 2, 3: mean 2.5 at Purchase × Website.
#[test]
fn a_google_forms_export_measured_as_ces() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("form.csv");
    std::fs::write(
        &results,
        "Timestamp,Stage,Channel,How easy was it to get what you came for?\n\
         2026/03/01 9:00:00 AM GMT+1,Visit & try on,Store,6\n\
         2026/03/01 9:10:00 AM GMT+1,Visit & try on,Store,7\n\
         2026/03/02 9:00:00 AM GMT+1,Visit & try on,Store,5\n\
         2026/03/04 9:00:00 AM GMT+1,Visit & try on,Store,6\n\
         2026/03/04 9:30:00 AM GMT+1,Purchase,Website,2\n\
         2026/03/05 9:30:00 AM GMT+1,Purchase,Website,3\n\
         2026/03/05 9:30:00 AM GMT+1,Purchase,Website,9\n",
    )
    .unwrap();
    let out = dir.path().join("out.ron");
    journeymap()
        .arg("measure")
        .arg(sample("shoe-store.ron"))
        .arg(&results)
        .arg("-o")
        .arg(&out)
        .args(["--metric", "ces"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(Google Forms export)"))
        .stdout(predicate::str::contains("1 off the scale (row 8 \"9\")"));
    let project = journeymap::file::load(&out).unwrap();
    assert_eq!(
        shown(&project, "Visit & try on", "Store"),
        ("6.0".into(), 4)
    );
    assert_eq!(shown(&project, "Purchase", "Website"), ("2.5".into(), 2));
    let m = &measures(&project, "Visit & try on", "Store")[0];
    assert_eq!(
        (m.metric, m.dates().as_str()),
        (Metric::Ces, "2026-03-01 to 2026-03-04")
    );
    // 6.0 on 1..7 is in the best fifth: +2.
    assert_eq!(m.suggested(), Score::new(2).unwrap());
}

/// The same answers in an Excel and a LibreOffice workbook
/// (`tests/data/survey/make_workbooks.py`): CSAT, top two of 1..5.
/// Awareness × Instagram 5, 4, 4, 2, 1: 3 of 5, 60 %. Purchase × Store
/// 5, 5, 5, 4: 100 %.
#[test]
fn excel_and_libreoffice_workbooks() {
    for (file, dates) in [
        ("csat.xlsx", "2026-02-06 to 2026-02-09"),
        ("csat.ods", "2026-02-06 to 2026-02-09"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.ron");
        journeymap()
            .arg("measure")
            .arg(sample("shoe-store.ron"))
            .arg(data(file))
            .arg("-o")
            .arg(&out)
            .args(["--metric", "csat"])
            .assert()
            .success();
        let project = journeymap::file::load(&out).unwrap();
        assert_eq!(
            shown(&project, "Awareness", "Instagram"),
            ("60%".into(), 5),
            "{file}"
        );
        assert_eq!(
            shown(&project, "Purchase", "Store"),
            ("100%".into(), 4),
            "{file}"
        );
        assert_eq!(
            measures(&project, "Purchase", "Store")[0].dates(),
            dates,
            "{file}"
        );
    }
}

/// A survey that names no channel fills a metric lane per stage.
#[test]
fn stage_only_fills_a_metric_lane() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.ron");
    std::fs::copy(sample("shoe-store.ron"), &map).unwrap();
    let results = dir.path().join("stages.csv");
    // Awareness: 10, 10, 0: NPS 33. Purchase: 9: NPS 100.
    std::fs::write(
        &results,
        "stage;score\nAwareness;10\nAwareness;10\nAwareness;0\nPurchase;9\n",
    )
    .unwrap();
    for _ in 0..2 {
        journeymap()
            .arg("measure")
            .arg(&map)
            .arg(&results)
            .arg("-o")
            .arg(&map)
            .arg("--stage-only")
            .assert()
            .success()
            .stdout(predicate::str::contains(
                "NPS of 2 stages: 4 answers counted",
            ));
    }
    let project = journeymap::file::load(&map).unwrap();
    let lanes: Vec<_> = project
        .lanes
        .iter()
        .filter(|l| l.name == "NPS · stages.csv")
        .collect();
    assert_eq!(lanes.len(), 1, "measuring twice made one lane");
    let value = |stage: &str| {
        let s = project.stages.iter().find(|s| s.name == stage).unwrap();
        project
            .lane_cell(journeymap::model::LaneKey::new(lanes[0].id, s.id))
            .map(|c| (c.number.map(|n| n.to_string()), c.text.clone()))
    };
    assert_eq!(
        value("Awareness"),
        Some((Some("33.33".into()), "n 3 · 95% -73 to 100".into()))
    );
    assert_eq!(value("Purchase").and_then(|v| v.0), Some("100".into()));
    assert_eq!(value("After-sales"), None);
}

#[test]
fn a_failed_run_writes_nothing_and_names_the_columns() {
    let dir = tempfile::tempdir().unwrap();
    let map = shoe_store(dir.path());
    let before = std::fs::read(&map).unwrap();
    let results = dir.path().join("survey.csv");
    std::fs::write(&results, "Stage,Channel,Score\nAwareness,Instagram,9\n").unwrap();
    journeymap()
        .args([
            "measure",
            map.to_str().unwrap(),
            results.to_str().unwrap(),
            "-o",
        ])
        .arg(&map)
        .args(["--score", "Q7"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "the survey has no column `Q7`; its columns are: Stage, Channel, Score",
        ));
    // No answer names a cell.
    std::fs::write(&results, "Stage,Channel,Score\nNowhere,Instagram,9\n").unwrap();
    journeymap()
        .args([
            "measure",
            map.to_str().unwrap(),
            results.to_str().unwrap(),
            "-o",
        ])
        .arg(&map)
        .assert()
        .failure()
        .stderr(predicate::str::contains("nothing written"));
    // Not UTF-8.
    std::fs::write(
        &results,
        b"Stage,Channel,Score\nAwareness,Instagram,9\nCaf\xe9,Store,9\n",
    )
    .unwrap();
    journeymap()
        .args([
            "measure",
            map.to_str().unwrap(),
            results.to_str().unwrap(),
            "-o",
        ])
        .arg(&map)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "line 3, field 1: the text is not UTF-8",
        ));
    assert_eq!(
        std::fs::read(&map).unwrap(),
        before,
        "a failed run changed the map"
    );
}

/// More than twenty unknown rows: twenty listed, then a count.
#[test]
fn unmatched_rows_are_listed_up_to_twenty() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("survey.csv");
    let mut text = String::from("Stage,Channel,NPS\nAwareness,Instagram,9\n");
    for i in 0..25 {
        text.push_str(&format!("Stage {i},Instagram,9\n"));
    }
    std::fs::write(&results, text).unwrap();
    let out = dir.path().join("out.ron");
    journeymap()
        .arg("measure")
        .arg(sample("shoe-store.ron"))
        .arg(&results)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("25 rows name no cell of the map:"))
        .stdout(predicate::str::contains("row 22: stage \"Stage 19\""))
        .stdout(predicate::str::contains("row 23").not())
        .stdout(predicate::str::contains("  and 5 more"));
}

/// Two people measure the same map from different surveys; git's merge
/// keeps both, and `diff` names what each added.
#[test]
fn imports_of_different_sources_merge_cleanly_and_diff_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.ron");
    std::fs::copy(sample("shoe-store.ron"), &base).unwrap();
    let measured = |name: &str, text: &str, out: &str| {
        let results = dir.path().join(name);
        std::fs::write(&results, text).unwrap();
        let out = dir.path().join(out);
        journeymap()
            .arg("measure")
            .arg(&base)
            .arg(&results)
            .arg("-o")
            .arg(&out)
            .assert()
            .success();
        out
    };
    let ours = measured(
        "store.csv",
        "Stage,Channel,NPS\nPurchase,Store,10\nPurchase,Store,0\n",
        "ours.ron",
    );
    let theirs = measured(
        "web.csv",
        "Stage,Channel,NPS\nPurchase,Store,9\nAwareness,Website,3\n",
        "theirs.ron",
    );
    journeymap()
        .arg("diff")
        .arg(&base)
        .arg(&ours)
        .assert()
        .code(1)
        .stdout("measured Store × Purchase from \"store.csv\" (NPS): NPS 0 · n 2\n");
    let merged = dir.path().join("merged.ron");
    journeymap()
        .arg("merge")
        .arg(&base)
        .arg(&ours)
        .arg(&theirs)
        .arg("-o")
        .arg(&merged)
        .assert()
        .success();
    let project = journeymap::file::load(&merged).unwrap();
    assert!(project.conflicts.is_empty());
    let both = measures(&project, "Purchase", "Store");
    assert_eq!(
        both.iter()
            .map(|m| (m.source.as_str(), m.shown_value()))
            .collect::<Vec<_>>(),
        [("store.csv", "0".to_owned()), ("web.csv", "100".to_owned())]
    );
    assert_eq!(shown(&project, "Awareness", "Website"), ("-100".into(), 1));
}

/// `insights --json` lists every measure with what it suggests.
#[test]
fn insights_json_lists_measures_and_disagreements() {
    let dir = tempfile::tempdir().unwrap();
    let map = shoe_store(dir.path());
    let results = dir.path().join("survey.csv");
    std::fs::write(&results, qualtrics(&english_answers())).unwrap();
    journeymap()
        .args([
            "measure",
            map.to_str().unwrap(),
            results.to_str().unwrap(),
            "-o",
        ])
        .arg(&map)
        .assert()
        .success();
    let out = journeymap()
        .arg("insights")
        .arg("--json")
        .arg(&map)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let store = json["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["stage"] == "Purchase" && m["channel"] == "Store")
        .unwrap()
        .clone();
    assert_eq!(store["metric"], "nps");
    assert_eq!(store["value"], -85.0);
    assert_eq!(store["n"], 20);
    assert_eq!(store["suggested_real"], -2);
    assert_eq!(store["real"], 1);
    assert_eq!(store["disagrees"], true);
    assert_eq!(store["uncertain"], true);
    // −0.85 ± 1.96 × √((0.85 − 0.7225) / 20) = −0.85 ± 0.1565.
    assert_eq!(store["interval"], serde_json::json!([-100.0, -69.35]));
    let text = journeymap().arg("insights").arg(&map).output().unwrap();
    assert!(
        String::from_utf8_lossy(&text.stdout).contains(
            "Measured, disagreeing with the typed real score:\n  Store × Purchase: NPS -85 · n 20 suggests -2, typed +1"
        )
    );
}
