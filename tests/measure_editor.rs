//! File → Import survey results… in the editor: the preview, the columns
//! guessed, the summary before anything changes, one undo step; and Edit →
//! Use measured scores.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use egui_kittest::kittest::Queryable as _;
use journeymap::model::{CellKey, Project, Score};

fn key(project: &Project, stage: &str, channel: &str) -> CellKey {
    let s = project.stages.iter().find(|s| s.name == stage).unwrap();
    let c = project.channels.iter().find(|c| c.name == channel).unwrap();
    CellKey::new(s.id, c.id)
}

/// Purchase × Store: 0 promoters and 3 passives of 20, the rest
/// detractors: NPS −85. Awareness × Instagram: 10, 9, 9, 7, 3: NPS 40. A
/// row names the stage "Checkout", which the map lacks.
fn survey(dir: &std::path::Path) -> std::path::PathBuf {
    let mut text = String::from(
        "StartDate,Stage,Channel,Q5\n\
         Start Date,Which stage?,Which channel?,How likely are you to recommend us?\n\
         \"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID5\"\"}\"\n",
    );
    for answer in ["10", "9", "9", "7", "3"] {
        text.push_str(&format!("2026-01-02,Awareness,Instagram,{answer}\n"));
    }
    text.push_str("2026-01-03,Checkout,Store,9\n");
    for answer in ["7", "8", "8"].iter().chain(["3"; 17].iter()) {
        text.push_str(&format!("2026-01-04,Purchase,Store,{answer}\n"));
    }
    let path = dir.join("survey.csv");
    std::fs::write(&path, text).unwrap();
    path
}

/// The editor on the sample, with File → Import survey results… open on `path`.
fn dialog_on(
    path: std::path::PathBuf,
) -> egui_kittest::Harness<'static, journeymap::ui::JourneyApp> {
    dialog_with(common::options(), path, ["File", "Import survey results…"])
}

/// The editor started with `options`, the survey dialog open on `path`
/// through the menu and item `labels`.
fn dialog_with(
    mut options: journeymap::ui::StartOptions,
    path: std::path::PathBuf,
    [menu, item]: [&str; 2],
) -> egui_kittest::Harness<'static, journeymap::ui::JourneyApp> {
    options.dialogs = Box::new(common::ScriptedDialogs(vec![path]));
    let mut harness = common::app_sized(1600.0, 1000.0, options);
    harness.get_by_label(menu).click();
    harness.run_steps(2);
    harness.get_by_label(item).click();
    harness.run_steps(3);
    harness
}

#[test]
fn a_survey_is_previewed_summarised_and_imported_as_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = survey(dir.path());
    let mut harness = dialog_on(path);
    let before = harness.state().project().clone();
    // The preview; the columns are guessed from the headers (the summary
    // below counts by them).
    assert!(
        harness
            .query_by_label("Qualtrics export (three header rows)")
            .is_some()
    );
    assert!(harness.query_by_label("row 4").is_some());
    // The summary, before anything changes.
    assert!(
        harness
            .query_by_label("26 answer rows: 25 answers counted for 2 cells")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Row 9: stage “Checkout”, channel “Store”")
            .is_some()
    );
    assert_eq!(
        harness.state().project(),
        &before,
        "nothing changes before Import"
    );
    harness.get_by_label("Import").click();
    harness.run_steps(3);
    let project = harness.state().project().clone();
    let cell = project.cell(key(&project, "Purchase", "Store")).unwrap();
    let m = cell.measure().unwrap();
    assert_eq!((m.shown_value(), m.n), ("-85".to_owned(), 20));
    let cell = project
        .cell(key(&project, "Awareness", "Instagram"))
        .unwrap();
    assert_eq!(
        cell.measure().map(|m| (m.shown_value(), m.n)),
        Some(("40".into(), 5))
    );
    // A screen reader hears the measure with the cell.
    assert!(
        harness
            .query_by_label_contains("Cell Awareness × Instagram: owner Social media team")
            .is_some_and(|n| format!("{n:?}").contains("measured NPS 40 · n 5 · few"))
    );
    // One undo step takes it all back.
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness
        .get_by_label("Undo import survey results Ctrl+Z")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().project(), &before);
}

#[test]
fn use_measured_scores_sets_each_measured_real_score_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = survey(dir.path());
    let mut harness = dialog_on(path);
    harness.get_by_label("Import").click();
    harness.run_steps(3);
    let imported = harness.state().project().clone();
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label("Use measured scores").click();
    harness.run_steps(2);
    let project = harness.state().project();
    // NPS −85 suggests −2; NPS 40 suggests +1.
    let real = |stage, channel| {
        project
            .cell(key(project, stage, channel))
            .and_then(|c| c.real)
    };
    assert_eq!(real("Purchase", "Store"), Score::new(-2));
    assert_eq!(real("Awareness", "Instagram"), Score::new(1));
    // Cells without a measure keep their typed score.
    assert_eq!(
        real("Consideration", "Phone"),
        imported
            .cell(key(&imported, "Consideration", "Phone"))
            .and_then(|c| c.real)
    );
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness
        .get_by_label("Undo use measured scores Ctrl+Z")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().project(), &imported);
}

/// A workbook of two sheets: the dialog offers them, reading the first.
#[test]
fn a_workbook_offers_its_sheets() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/survey/csat.xlsx");
    let mut harness = dialog_on(path);
    assert!(harness.query_by_label("Sheet").is_some());
    assert!(
        harness
            .query_by_label("Qualtrics export (three header rows)")
            .is_some()
    );
    // No column asks "would you recommend"; counted as CSAT, the
    // satisfaction question is found.
    assert!(
        harness
            .query_by_label_contains("Choose the stage and answer columns")
            .is_some()
    );
    harness.get_by_label("CSAT").click();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label("9 answer rows: 9 answers counted for 2 cells")
            .is_some()
    );
}

/// In the Persian interface, on the Persian bank map, with the stage and
/// channel names written with Arabic letters: آشنایی × اینستاگرام gets 9,
/// 10 and 6: NPS 33.
#[test]
fn the_dialog_in_the_persian_interface() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("نظرسنجی.csv");
    std::fs::write(
        &path,
        "تاریخ,مرحله,کانال,امتیاز توصیه\n2026-01-02,آشنايي,اينستاگرام,۹\n2026-01-05,آشنايي,اینستاگرام,10\n2026-01-07,آشنایی,اینستاگرام,٦\n",
    )
    .unwrap();
    let mut options = common::options();
    options.settings.language = Some(journeymap::i18n::Lang::Fa);
    options.file =
        Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/bank-account-fa.ron"));
    let mut harness = dialog_with(options, path, ["پرونده", "وارد کردن نتایج نظرسنجی…"]);
    assert!(
        harness
            .query_by_label_contains("۳ سطر پاسخ: ۳ پاسخ برای ۱ خانه")
            .is_some()
    );
    harness.get_by_label("وارد کردن").click();
    harness.run_steps(3);
    let project = harness.state().project();
    let cell = project
        .cells_in_order()
        .into_iter()
        .find(|(_, c)| !c.measures.is_empty());
    assert_eq!(
        cell.and_then(|(_, c)| c.measure().map(|m| (m.shown_value(), m.n))),
        Some(("33".to_owned(), 3))
    );
}
