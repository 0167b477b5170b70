//! Mermaid `journey` diagrams in and out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use journeymap::mermaid::{self, MermaidError};
use journeymap::model::{CellKey, Project};
use predicates::prelude::*;

/// Stage names, channel names, and per filled cell (stage, channel, action, real).
type Shape = (
    Vec<String>,
    Vec<String>,
    Vec<(String, String, String, Option<i8>)>,
);

fn shape(project: &Project) -> Shape {
    let stages = project.stages.iter().map(|s| s.name.clone()).collect();
    let channels = project.channels.iter().map(|c| c.name.clone()).collect();
    let mut cells = Vec::new();
    for stage in &project.stages {
        for channel in &project.channels {
            if let Some(cell) = project.cell(CellKey::new(stage.id, channel.id)) {
                cells.push((
                    stage.name.clone(),
                    channel.name.clone(),
                    cell.action.clone(),
                    cell.real.map(journeymap::model::Score::value),
                ));
            }
        }
    }
    (stages, channels, cells)
}

fn cell(
    stage: &str,
    channel: &str,
    action: &str,
    real: Option<i8>,
) -> (String, String, String, Option<i8>) {
    (stage.into(), channel.into(), action.into(), real)
}

#[test]
fn every_construct_of_the_syntax_is_read() {
    let text = "# Our journey\r\n\r\nSome prose.\r\n\r\n```mermaid\r\n---\r\ntitle: \"Bank day 🏦\"\r\n---\r\n%%{init: {'theme': 'dark'}}%%\r\njourney\r\n  accTitle: A bank visit\r\n  accDescr {\r\n    Two lines\r\n    of description\r\n  }\r\n  %% a comment\r\n  # another comment\r\n\tsection Arrive 🚪   \r\n\t\tFind the branch: 5: Me, 母亲\r\n      Queue: 2: Me\r\n      Queue again: 1: Me\r\n  section افتتاح حساب\r\n      پر کردن فرم: 4: کارمند\r\n      Think: 3\r\n      Wait: six: Me\r\n      Leave: 9: Me\r\n      Shrug:: Me\r\n```\r\nAfter the fence: not a task: 1: Me\r\n";
    let (project, warnings) = mermaid::parse(text).unwrap();
    assert_eq!(project.title, "Bank day 🏦");
    let (stages, channels, cells) = shape(&project);
    assert_eq!(stages, ["Arrive 🚪", "افتتاح حساب"]);
    assert_eq!(channels, ["Me", "母亲", "کارمند", "Bank day 🏦"]);
    assert_eq!(
        cells,
        [
            // Three tasks in one cell: all kept, their scores (5, 2 and 1,
            // so +2, -1 and -2) averaged to -1/3 and rounded.
            cell(
                "Arrive 🚪",
                "Me",
                "Find the branch\nQueue\nQueue again",
                Some(0)
            ),
            cell("Arrive 🚪", "母亲", "Find the branch", Some(2)),
            cell("افتتاح حساب", "Me", "Wait\nLeave\nShrug", None),
            cell("افتتاح حساب", "کارمند", "پر کردن فرم", Some(1)),
            cell("افتتاح حساب", "Bank day 🏦", "Think", Some(0)),
        ]
    );
    let lines: Vec<usize> = warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [25, 26, 27], "{warnings:?}");
    assert!(warnings[0].to_string().contains("`six`"), "{}", warnings[0]);
    assert!(
        warnings[2].to_string().contains("no score"),
        "{}",
        warnings[2]
    );
}

#[test]
fn what_is_not_a_journey_is_refused() {
    assert_eq!(
        mermaid::parse("graph TD\n  A --> B\n").unwrap_err(),
        MermaidError::NotAJourney
    );
    assert_eq!(
        mermaid::parse("journey\n  title Empty\n  section One\n").unwrap_err(),
        MermaidError::NoTasks
    );
}

#[test]
fn importing_what_was_exported_gives_the_map_back() {
    let text = "journey\n  title Shoes\n  section Awareness\n    See the ad: 4: Instagram\n    Read reviews: 2: Website\n  section Purchase\n    Try shoes on: 5: Store\n    Pay\u{2236} card only: 1: Store\n    Checkout: 3: Website\n";
    let (first, warnings) = mermaid::parse(text).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let written = mermaid::write(&first);
    let (second, warnings) = mermaid::parse(&written).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(shape(&second), shape(&first));
    assert_eq!(second.title, first.title);

    // The samples too, as far as Mermaid can say them: every filled cell
    // with a real score and an action free of Mermaid's separators.
    for (name, sample) in journeymap::samples::ALL {
        let project = journeymap::file::parse(sample).unwrap();
        let (back, _) = mermaid::parse(&mermaid::write(&project)).unwrap();
        let stages: Vec<_> = project.stages.iter().map(|s| s.name.clone()).collect();
        assert_eq!(shape(&back).0, stages, "{name}");
        for (stage, channel, action, real) in shape(&project).2 {
            let plain = !action.contains([':', '#', ';', ',']) && !action.is_empty();
            if plain && real.is_some() {
                let lines: Vec<&str> = action.lines().map(str::trim).collect();
                assert!(
                    shape(&back).2.contains(&(
                        stage.clone(),
                        channel.clone(),
                        lines.join("\n"),
                        real
                    )),
                    "{name}: {stage} × {channel}"
                );
            }
        }
    }
}

#[test]
fn the_command_line_imports_and_exports_diagrams() {
    let dir = tempfile::tempdir().unwrap();
    let diagram = dir.path().join("day.mmd");
    std::fs::write(
        &diagram,
        "journey\n  title Day\n  section Morning\n    Tea: 5: Me\n    Bus: 0: Me\n",
    )
    .unwrap();
    let map = dir.path().join("day.ron");
    Command::cargo_bin("journeymap")
        .unwrap()
        .args(["import"])
        .arg(&diagram)
        .arg("-o")
        .arg(&map)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 stages, 1 channels, 1 filled cells",
        ))
        .stderr(predicate::str::contains(
            "day.mmd:5: task `Bus` has the score `0`",
        ));
    // An existing map is never replaced.
    Command::cargo_bin("journeymap")
        .unwrap()
        .args(["import"])
        .arg(&diagram)
        .arg("-o")
        .arg(&map)
        .assert()
        .failure()
        .stderr(predicate::str::contains("not overwritten"));
    let out = dir.path().join("back.mmd");
    Command::cargo_bin("journeymap")
        .unwrap()
        .args(["export"])
        .arg(&map)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let back = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        back,
        "journey\n    title Day\n    section Morning\n      Tea: 5: Me\n      Bus: 5: Me\n"
    );
}

#[cfg(feature = "gui")]
mod common;

#[cfg(feature = "gui")]
#[test]
fn the_file_menu_imports_and_exports_diagrams() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let diagram = dir.path().join("visit.md");
    std::fs::write(
        &diagram,
        "# Visit\n\n```mermaid\njourney\n  title Branch visit\n  section Arrive\n    Queue: 2: Branch\n    Ask: 7: Branch\n```\n",
    )
    .unwrap();
    // The dialogs answer last path first: export's name has no extension.
    let out = dir.path().join("back");
    let mut options = common::options();
    options.dialogs = Box::new(common::ScriptedDialogs(vec![out.clone(), diagram.clone()]));
    let mut harness = common::app_sized(1600.0, 1000.0, options);
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness
        .get_by_label("Import Mermaid journey or CSV…")
        .click();
    harness.run_steps(3);
    let project = harness.state().project();
    assert_eq!(project.title, "Branch visit");
    assert_eq!(project.stages[0].name, "Arrive");
    assert_eq!(
        harness.state().path(),
        None,
        "an import is a new, unsaved map"
    );
    // The score that could not be read is reported with its line.
    assert!(harness.query_by_label_contains("visit.md:8:").is_some());
    harness.get_by_label("OK").click();
    harness.run_steps(2);

    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Export as Mermaid journey…").click();
    harness.run_steps(3);
    let written = std::fs::read_to_string(out.with_extension("mmd")).unwrap();
    assert_eq!(
        written,
        "journey\n    title Branch visit\n    section Arrive\n      Queue: 2: Branch\n      Ask: 2: Branch\n"
    );
}

/// A map open from a folder that also holds `name`, imported with File →
/// Import through the built-in file browser (no system dialog).
#[cfg(feature = "gui")]
fn import_with_browser(
    dir: &std::path::Path,
    name: &str,
    contents: &str,
) -> egui_kittest::Harness<'static, journeymap::ui::JourneyApp> {
    use egui_kittest::kittest::Queryable as _;
    let map = dir.join("bank.ron");
    std::fs::write(&map, include_str!("../samples/shoe-store.ron")).unwrap();
    std::fs::write(dir.join(name), contents).unwrap();
    let mut options = common::options();
    options.file = Some(map);
    options.dialogs = Box::new(common::NoDialogs);
    let mut harness = common::app_sized(1600.0, 1000.0, options);
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness
        .get_by_label("Import Mermaid journey or CSV…")
        .click();
    harness.run_steps(3);
    harness.get_by_label(name).click();
    harness.run_steps(2);
    harness.get_by_label("Open").click();
    harness.run_steps(3);
    harness
}

#[cfg(feature = "gui")]
#[test]
fn the_built_in_file_browser_imports_a_diagram_without_asking_to_replace_it() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    // The browser lists Markdown files too, in the open map's folder.
    let harness = import_with_browser(
        dir.path(),
        "visit.md",
        "```mermaid\njourney\n  title Branch visit\n  section Arrive\n    Queue: 2: Branch\n```\n",
    );
    assert!(
        harness.query_by_label("Replace").is_none(),
        "nothing is written"
    );
    assert_eq!(harness.state().project().title, "Branch visit");
}

#[cfg(feature = "gui")]
#[test]
fn the_same_import_reads_a_cells_csv_and_reports_what_it_left_out() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let harness = import_with_browser(
        dir.path(),
        "from sheet.csv",
        "stage,channel,action,colour\nArrive,Branch,Greet,red\n",
    );
    let project = harness.state().project();
    assert_eq!(project.title, "from sheet");
    assert_eq!(project.cell_count(), 1);
    assert!(
        harness
            .query_by_label_contains("unknown column “colour”, left out")
            .is_some()
    );
}
