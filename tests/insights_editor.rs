//! The Insights panel and the owner filter, driven as a user would.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use journeymap::analysis::Insights;
use journeymap::ui::Selection;

#[test]
fn clicking_the_first_opportunity_selects_its_cell() {
    let mut harness = common::app_sized(1600.0, 1000.0, common::options());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label("Where to act, largest gap first")
            .is_some()
    );
    let first = Insights::of(harness.state().project()).opportunities[0].clone();
    harness
        .get_by_label_contains("1. Phone × Consideration")
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().selection, Selection::Cell(first.at));
    // The panel closes from View → Insights' shortcut again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label("Where to act, largest gap first")
            .is_none()
    );
}

#[test]
fn file_export_writes_the_cells_and_the_action_plan_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    // The dialogs answer last path first: no extension is given, so the
    // editor adds ".csv".
    let cells = dir.path().join("cells");
    let plan = dir.path().join("plan.csv");
    let mut options = common::options();
    options.dialogs = Box::new(common::ScriptedDialogs(vec![plan.clone(), cells.clone()]));
    let mut harness = common::app_sized(1600.0, 1000.0, options);
    for (item, written) in [
        ("Export cells as CSV…", cells.with_extension("csv")),
        ("Export action plan as CSV…", plan.clone()),
    ] {
        harness.get_by_label("File").click();
        harness.run_steps(2);
        harness.get_by_label(item).click();
        harness.run_steps(3);
        let bytes = std::fs::read(&written).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{item}: a UTF-8 BOM");
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        let rows = reader.records().count();
        let project = harness.state().project();
        let expected = if item.contains("plan") {
            Insights::of(project).opportunities.len()
        } else {
            project.cell_count()
        };
        assert_eq!(rows, expected, "{item}");
    }
}
