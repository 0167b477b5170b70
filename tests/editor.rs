//! The editor driven the way a user drives it: clicks, drags, keys. No GPU needed.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use eframe::egui::{self, Event, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{CellKey, Polarity, Project};
use journeymap::ui::{JourneyApp, Selection, StartOptions};

mod common;

use common::{ScriptedDialogs, app_sized, drag, dropped, options};

/// Every test starts the same way: the real app on the bundled sample, in a
/// 1600x1000 window, with recovery files in `recovery_dir`.
fn app_with(recovery_dir: Option<PathBuf>, file: Option<PathBuf>) -> Harness<'static, JourneyApp> {
    app_scripted(recovery_dir, file, Vec::new())
}

/// The app whose file dialogs answer `script`, last path first.
fn app_scripted(
    recovery_dir: Option<PathBuf>,
    file: Option<PathBuf>,
    script: Vec<PathBuf>,
) -> Harness<'static, JourneyApp> {
    app_sized(
        1600.0,
        1000.0,
        StartOptions {
            file,
            recovery_dir,
            dialogs: Box::new(ScriptedDialogs(script)),
            ..options()
        },
    )
}

fn app() -> Harness<'static, JourneyApp> {
    app_with(None, None)
}

/// The centre of the widget named `label`; a cell, whose name goes on
/// with what it holds, by the start of its name ("Cell A × B:").
fn center(harness: &Harness<'_, JourneyApp>, label: &str) -> Pos2 {
    if label.ends_with(':') {
        harness.get_by_label_contains(label).rect().center()
    } else {
        harness.get_by_label(label).rect().center()
    }
}

fn stage_names(project: &Project) -> Vec<String> {
    project.stages.iter().map(|s| s.name.clone()).collect()
}

fn key(project: &Project, stage: &str, channel: &str) -> CellKey {
    let s = project.stages.iter().find(|s| s.name == stage).unwrap().id;
    let c = project
        .channels
        .iter()
        .find(|c| c.name == channel)
        .unwrap()
        .id;
    CellKey::new(s, c)
}

#[test]
fn dragging_a_stage_header_reorders_the_stages() {
    let mut harness = app();
    assert_eq!(
        stage_names(harness.state().project())[..3],
        ["Awareness", "Consideration", "Visit & try on"]
    );
    let from = center(&harness, "Stage Awareness");
    // Drop on the right half of "Visit & try on": the gap after it.
    let target = harness.get_by_label("Stage Visit & try on").rect();
    drag(
        &mut harness,
        from,
        egui::pos2(target.right() - 10.0, target.center().y),
    );
    assert_eq!(
        stage_names(harness.state().project())[..3],
        ["Consideration", "Visit & try on", "Awareness"]
    );
    // What is shown follows the model: the first header is now Consideration.
    let first = harness.get_by_label("Stage Consideration").rect();
    assert!(first.left() < harness.get_by_label("Stage Awareness").rect().left());
    assert!(harness.state().is_dirty());
    assert!(harness.state().window_title().contains('*'));
}

#[test]
fn dragging_a_channel_header_reorders_the_channels() {
    let mut harness = app();
    let from = center(&harness, "Channel Instagram");
    let target = harness.get_by_label("Channel Store").rect();
    drag(
        &mut harness,
        from,
        egui::pos2(target.center().x, target.bottom() - 10.0),
    );
    let names: Vec<_> = harness
        .state()
        .project()
        .channels
        .iter()
        .map(|c| c.name.clone())
        .collect();
    assert_eq!(names[..3], ["Website", "Store", "Instagram"]);
}

#[test]
fn dragging_a_cell_moves_it_to_an_empty_cell_and_swaps_with_a_filled_one() {
    let mut harness = app();
    let project = harness.state().project().clone();
    let source = key(&project, "Awareness", "Instagram");
    let empty = key(&project, "Visit & try on", "Instagram");
    assert!(
        project.cell(empty).is_none(),
        "the sample has this cell empty"
    );
    let owner = project.cell(source).unwrap().owner.clone();

    let from = center(&harness, "Cell Awareness × Instagram:");
    let to = center(&harness, "Cell Visit & try on × Instagram:");
    drag(&mut harness, from, to);
    let project = harness.state().project();
    assert!(project.cell(source).is_none());
    assert_eq!(project.cell(empty).unwrap().owner, owner);

    // Now onto a filled cell: the two swap.
    let filled = key(project, "Consideration", "Instagram");
    let filled_owner = project.cell(filled).unwrap().action.clone();
    let moved_action = project.cell(empty).unwrap().action.clone();
    let from = center(&harness, "Cell Visit & try on × Instagram:");
    let to = center(&harness, "Cell Consideration × Instagram:");
    drag(&mut harness, from, to);
    let project = harness.state().project();
    assert_eq!(project.cell(filled).unwrap().action, moved_action);
    assert_eq!(project.cell(empty).unwrap().action, filled_owner);
    assert_eq!(harness.state().selection, Selection::Cell(filled));
}

#[test]
fn dragging_a_signal_chip_moves_the_signal_to_another_cell() {
    let mut harness = app();
    let project = harness.state().project().clone();
    let from_key = key(&project, "Awareness", "Website");
    let to_key = key(&project, "Consideration", "Email");
    let signal = project.cell(from_key).unwrap().signals[0].clone();
    let before = project.cell(to_key).unwrap().signals.len();

    let from = center(&harness, &format!("Positive signal: {}", signal.text));
    let to = center(&harness, "Cell Consideration × Email:");
    drag(&mut harness, from, to);
    let project = harness.state().project();
    assert_eq!(project.find_signal(signal.id).map(|(k, _)| k), Some(to_key));
    assert_eq!(project.cell(to_key).unwrap().signals.len(), before + 1);
    assert_eq!(
        project.cell(to_key).unwrap().signals.last().unwrap().text,
        signal.text
    );
}

#[test]
fn escape_cancels_a_drag() {
    let mut harness = app();
    let before = harness.state().project().clone();
    let from = center(&harness, "Stage Awareness");
    let to = center(&harness, "Stage Purchase");
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    harness.hover_at(to);
    harness.step();
    harness.key_press(Key::Escape);
    harness.step();
    harness.drop_at(to);
    harness.run_steps(2);
    assert_eq!(harness.state().project(), &before);
}

#[test]
fn inspector_edits_undo_as_one_step_per_field_and_redo() {
    let mut harness = app();
    harness
        .get_by_label_contains("Cell Awareness × Phone:")
        .click();
    harness.run_steps(2);
    let project = harness.state().project().clone();
    let at = key(&project, "Awareness", "Phone");
    assert_eq!(harness.state().selection, Selection::Cell(at));
    assert!(project.cell(at).is_none());

    harness.get_by_label("Owner").click();
    harness.run_steps(1);
    harness.get_by_label("Owner").type_text("Call centre");
    harness.run_steps(1);
    // The real score is the second row of choices.
    harness.get_all_by_label("-1").nth(1).unwrap().click();
    harness.run_steps(2);
    let cell = harness.state().project().cell(at).cloned().unwrap();
    assert_eq!(cell.owner, "Call centre");
    assert!(
        harness.query_by_label("Awareness × Phone").is_some(),
        "the inspector shows the cell"
    );

    // Undo from the menu-less keyboard shortcut: the score, then the whole owner text.
    harness.key_press(Key::Escape);
    harness.run_steps(1);
    let undo = |h: &mut Harness<'_, JourneyApp>| {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(1);
    };
    undo(&mut harness);
    assert_eq!(
        harness.state().project().cell(at).map(|c| c.owner.as_str()),
        Some("Call centre")
    );
    assert_eq!(
        harness
            .state()
            .project()
            .cell(at)
            .and_then(|c| c.ideal.or(c.real)),
        None
    );
    undo(&mut harness);
    assert!(
        harness.state().project().cell(at).is_none(),
        "typing was one undo step"
    );
    assert!(!harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_steps(1);
    assert_eq!(
        harness.state().project().cell(at).map(|c| c.owner.as_str()),
        Some("Call centre")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run_steps(1);
    assert_eq!(harness.state().project().cell(at), Some(&cell));
}

#[test]
fn keyboard_moves_the_selection_and_delete_clears_with_undo() {
    let mut harness = app();
    harness
        .get_by_label_contains("Cell Awareness × Instagram:")
        .click();
    harness.run_steps(1);
    harness.key_press(Key::ArrowRight);
    harness.run_steps(1);
    harness.key_press(Key::ArrowDown);
    harness.run_steps(1);
    let at = key(harness.state().project(), "Consideration", "Website");
    assert_eq!(harness.state().selection, Selection::Cell(at));
    let cell = harness.state().project().cell(at).cloned().unwrap();
    harness.key_press(Key::Delete);
    harness.run_steps(1);
    assert!(harness.state().project().cell(at).is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(1);
    assert_eq!(harness.state().project().cell(at), Some(&cell));
}

#[test]
fn adding_a_signal_in_the_inspector_and_flipping_it() {
    let mut harness = app();
    harness
        .get_by_label_contains("Cell Awareness × Phone:")
        .click();
    harness.run_steps(2);
    harness.get_by_label("− Negative signal").click();
    harness.run_steps(2);
    // The new signal's text box has focus: type straight into it.
    harness.event(Event::Text("Nobody answers".into()));
    harness.run_steps(2);
    let at = key(harness.state().project(), "Awareness", "Phone");
    let cell = harness.state().project().cell(at).cloned().unwrap();
    assert_eq!(cell.signals.len(), 1);
    assert_eq!(cell.signals[0].text, "Nobody answers");
    assert_eq!(cell.signals[0].polarity, Polarity::Negative);
    harness.get_by_label("Negative: make it positive").click();
    harness.run_steps(2);
    let cell = harness.state().project().cell(at).cloned().unwrap();
    assert_eq!(cell.signals[0].polarity, Polarity::Positive);
    assert!(
        harness
            .query_by_label("Positive signal: Nobody answers")
            .is_some(),
        "the chip shows on the card"
    );
}

#[test]
fn new_with_unsaved_changes_asks_save_discard_or_cancel() {
    let mut harness = app();
    let from = center(&harness, "Stage Awareness");
    let to = harness.get_by_label("Stage Purchase").rect();
    drag(
        &mut harness,
        from,
        egui::pos2(to.right() - 5.0, to.center().y),
    );
    let edited = harness.state().project().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("Save the changes")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("Save the changes")
            .is_none()
    );
    assert_eq!(harness.state().project(), &edited, "cancel keeps the map");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(2);
    harness.get_by_label("Discard").click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().project().stages.len(),
        0,
        "a new, empty map"
    );
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_bad_file_shows_its_error_and_leaves_the_open_map_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(
        &bad,
        "(\n    format: 1,\n    title: \"Broken\"\n    stages: [],\n)\n",
    )
    .unwrap();
    let mut harness = app();
    let before = harness.state().project().clone();
    harness.input_mut().dropped_files.push(dropped(&bad));
    harness.run_steps(3);
    let message = format!("{}:4:5", bad.display());
    assert!(
        harness.query_by_label_contains(&message).is_some(),
        "the error names file, line and column"
    );
    assert_eq!(harness.state().project(), &before);
    harness.get_by_label("OK").click();
    harness.run_steps(2);
    assert!(harness.query_by_label_contains(&message).is_none());
}

#[test]
fn dropping_a_good_file_opens_it_and_save_writes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("telecom.ron");
    let sample = include_str!("../samples/telecom-support.ron");
    std::fs::write(&path, sample).unwrap();
    let mut harness = app();
    harness.input_mut().dropped_files.push(dropped(&path));
    harness.run_steps(2);
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert!(harness.state().window_title().starts_with("telecom.ron —"));
    assert!(harness.state().settings.recent.contains(&path));
    harness.get_by_label("Channel SMS alerts").click();
    harness.run_steps(1);
    harness.key_press(Key::F2);
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(Event::Text("Text alerts".into()));
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .project()
            .channels
            .iter()
            .any(|c| c.name == "Text alerts")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(1);
    assert!(!harness.state().is_dirty());
    let saved = journeymap::file::load(&path).unwrap();
    assert_eq!(&saved, harness.state().project());
}

#[test]
fn unsaved_work_is_recovered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let edited = {
        let mut harness = app_with(Some(recovery.clone()), None);
        let from = center(&harness, "Channel Instagram");
        let to = harness.get_by_label("Channel Store").rect();
        drag(
            &mut harness,
            from,
            egui::pos2(to.center().x, to.bottom() - 5.0),
        );
        assert!(harness.state().is_dirty());
        // A few seconds pass; the autosave writes the recovery file by itself.
        harness.run_steps(8);
        harness.state().project().clone()
        // The harness is dropped here without a clean exit: a crash.
    };
    assert!(
        std::fs::read_dir(&recovery).unwrap().count() >= 1,
        "a recovery file exists"
    );

    let mut harness = app_with(Some(recovery.clone()), None);
    assert!(
        harness
            .query_by_label_contains("did not close properly")
            .is_some()
    );
    harness.get_by_label("Restore").click();
    harness.run_steps(2);
    assert_eq!(harness.state().project(), &edited);
    assert!(harness.state().is_dirty(), "restored work is not saved yet");

    // The restored file is gone; only this session's own copy of the work remains.
    let files = std::fs::read_dir(&recovery)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "ron")
        })
        .count();
    assert_eq!(files, 1);
}

#[test]
fn deleting_a_stage_with_content_asks_first_and_undoes() {
    let mut harness = app();
    let before = harness.state().project().clone();
    harness.get_by_label("Stage Purchase").click_secondary();
    harness.run_steps(2);
    harness.get_by_label("Delete…").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("Delete the stage “Purchase”")
            .is_some()
    );
    assert_eq!(
        harness.state().project(),
        &before,
        "nothing is deleted before the answer"
    );
    // The modal's button, drawn last (on top of everything else).
    harness.get_all_by_label("Delete").last().unwrap().click();
    harness.run_steps(2);
    assert!(
        harness
            .state()
            .project()
            .stages
            .iter()
            .all(|s| s.name != "Purchase")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().project(), &before);
}

#[test]
fn export_png_and_pdf_from_the_editor_with_options_and_preview() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("infographic.png");
    let pdf = dir.path().join("infographic.pdf");
    // The scripted dialog answers from the end.
    let mut harness = app_scripted(None, None, vec![pdf.clone(), out.clone()]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    assert!(
        harness.query_by_label("Export").is_some(),
        "the dialog is open"
    );
    harness.get_by_label("1x").click();
    harness.run_steps(1);
    harness.get_by_label("Dark").click();
    harness.run_steps(1);
    harness.get_by_label("Real only").click();
    harness.run_steps(2);
    assert!(
        harness.query_by_label("1494 x 2026 pixels").is_some(),
        "the size is shown"
    );
    // Without the findings section the image is shorter.
    harness
        .get_by_label("Channels that disagree, where to act, root causes")
        .click();
    harness.run_steps(2);
    assert!(harness.query_by_label("1494 x 1766 pixels").is_some());
    harness.get_by_label("Export…").click();
    harness.run_steps(2);
    let written = std::fs::read(&out).expect("the PNG was written");
    let project = harness.state().project().clone();
    let options = journeymap::export::Options {
        scale: 1,
        theme: journeymap::export::Theme::Dark,
        view: journeymap::export::View::Real,
        findings: false,
        ..Default::default()
    };
    assert_eq!(
        written,
        journeymap::export::png(&project, &options).unwrap(),
        "the options were applied"
    );
    assert!(harness.query_by_label_contains("Exported").is_some());
    assert!(
        harness.query_by_label("Export").is_none(),
        "the dialog closed"
    );

    // The same dialog writes a PDF on paper, keeping the other options.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("PDF").click();
    harness.run_steps(2);
    assert!(harness.query_by_label("1x").is_none(), "no scale for a PDF");
    harness.get_by_label("A3").click();
    harness.run_steps(1);
    harness.get_by_label("Landscape").click();
    harness.run_steps(2);
    assert!(
        harness.query_by_label("One page, 420 x 297 mm").is_some(),
        "the pages are shown"
    );
    harness.get_by_label("Export…").click();
    harness.run_steps(2);
    let written = std::fs::read(&pdf).expect("the PDF was written");
    let options = journeymap::export::Options {
        paper: journeymap::export::Paper::A3,
        landscape: true,
        ..options
    };
    assert_eq!(
        written,
        journeymap::export::pdf(&project, &options).unwrap()
    );
}

#[test]
fn presentation_mode_by_keyboard_only() {
    let mut harness = app_sized(1920.0, 1080.0, StartOptions { ..options() });
    let press = |h: &mut Harness<'_, JourneyApp>, modifiers: Modifiers, key: Key| {
        h.key_press_modifiers(modifiers, key);
        h.run_steps(2);
    };
    press(&mut harness, Modifiers::NONE, Key::F5);
    assert!(harness.state().presenting());
    assert!(harness.query_by_label("File").is_none(), "menus are hidden");
    assert!(
        harness.query_by_label("Title").is_none(),
        "the inspector is hidden"
    );
    assert!(
        harness.query_by_label_contains("Escape leaves").is_some(),
        "the keys are shown"
    );

    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    let at = key(harness.state().project(), "Consideration", "Website");
    assert_eq!(harness.state().selection, Selection::Cell(at));

    // 1..5 set the real score to -2..+2, Shift the ideal, 0 clears.
    press(&mut harness, Modifiers::NONE, Key::Num1);
    press(&mut harness, Modifiers::SHIFT, Key::Num4);
    let cell = harness.state().project().cell(at).cloned().unwrap();
    assert_eq!(
        (
            cell.real.map(journeymap::model::Score::value),
            cell.ideal.map(journeymap::model::Score::value)
        ),
        (Some(-2), Some(1))
    );
    assert!(
        harness
            .query_by_label_contains("unsaved (Ctrl+S)")
            .is_some()
    );
    press(&mut harness, Modifiers::NONE, Key::Num0);
    assert_eq!(harness.state().project().cell(at).unwrap().real, None);

    // "+" opens a large box; Enter adds the signal.
    let signals = harness.state().project().cell(at).unwrap().signals.len();
    harness.event(Event::Text("+".into()));
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("New positive signal at Consideration")
            .is_some()
    );
    harness.event(Event::Text("Staff knew my name".into()));
    harness.run_steps(1);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let cell = harness.state().project().cell(at).cloned().unwrap();
    assert_eq!(cell.signals.len(), signals + 1);
    assert_eq!(cell.signals.last().unwrap().text, "Staff knew my name");
    assert_eq!(cell.signals.last().unwrap().polarity, Polarity::Positive);

    // Enter shows the large card; Esc closes it.
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(harness.query_by_label("Esc or Enter closes").is_some());
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label("Esc or Enter closes").is_none());

    // Space spotlights, V changes the colouring, G shows the chart.
    press(&mut harness, Modifiers::NONE, Key::Space);
    press(&mut harness, Modifiers::NONE, Key::V);
    assert_eq!(
        harness.state().settings.colour_by,
        journeymap::palette::ColourBy::Real
    );
    assert!(
        harness.query_by_label("Real score:").is_some(),
        "the legend follows"
    );
    press(&mut harness, Modifiers::NONE, Key::G);
    assert!(
        harness
            .query_by_label_contains("Ideal vs real experience")
            .is_some()
    );

    // Undo works here too.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness.state().project().cell(at).unwrap().signals.len(),
        signals
    );

    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().presenting());
    assert!(
        harness.query_by_label("File").is_some(),
        "the editor is back"
    );
}

#[test]
fn zoom_scales_the_grid_but_not_the_menus() {
    let mut harness = app();
    let cell = harness
        .get_by_label_contains("Cell Awareness × Instagram:")
        .rect();
    let menu = harness.get_by_label("File").rect();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run_steps(2);
    assert!((harness.state().settings.zoom - 1.2).abs() < 1e-4);
    let zoomed = harness
        .get_by_label_contains("Cell Awareness × Instagram:")
        .rect();
    assert!(
        (zoomed.width() / cell.width() - 1.2).abs() < 0.02,
        "{cell:?} -> {zoomed:?}"
    );
    assert_eq!(harness.get_by_label("File").rect(), menu, "menus stay put");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run_steps(2);
    assert_eq!(
        harness
            .get_by_label_contains("Cell Awareness × Instagram:")
            .rect(),
        cell
    );
}

/// Opens a copy of the telecom sample and renames a channel, leaving unsaved work.
fn edited_copy(
    dir: &std::path::Path,
    recovery: Option<PathBuf>,
) -> (Harness<'static, JourneyApp>, PathBuf) {
    edited_copy_scripted(dir, recovery, Vec::new())
}

/// [`edited_copy`], with file dialogs that answer `script`.
fn edited_copy_scripted(
    dir: &std::path::Path,
    recovery: Option<PathBuf>,
    script: Vec<PathBuf>,
) -> (Harness<'static, JourneyApp>, PathBuf) {
    let path = dir.join("shared.ron");
    std::fs::write(&path, include_str!("../samples/telecom-support.ron")).unwrap();
    let mut harness = app_scripted(recovery, Some(path.clone()), script);
    harness.get_by_label("Channel SMS alerts").click();
    harness.run_steps(1);
    harness.key_press(Key::F2);
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(Event::Text("Texts".into()));
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    assert!(harness.state().is_dirty());
    (harness, path)
}

/// What a colleague saves into the shared file meanwhile.
fn colleague_edit(path: &std::path::Path) -> Project {
    let mut theirs = journeymap::file::load(path).unwrap();
    theirs
        .apply(journeymap::model::Edit::SetTitle(
            "Edited by a colleague".into(),
        ))
        .unwrap();
    journeymap::file::save(path, &theirs, None).unwrap();
    theirs
}

#[test]
fn saving_over_a_file_someone_else_changed_asks_and_can_reload() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path) = edited_copy(dir.path(), None);
    let theirs = colleague_edit(&path);
    let on_disk = std::fs::read(&path).unwrap();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("was changed on disk since you opened")
            .is_some()
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        on_disk,
        "nothing is silently overwritten"
    );
    assert!(harness.state().is_dirty());

    harness.get_by_label("Reload").click();
    harness.run_steps(2);
    assert_eq!(harness.state().project(), &theirs);
    assert!(!harness.state().is_dirty());
}

#[test]
fn overwrite_replaces_the_changed_file_with_my_version() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path) = edited_copy(dir.path(), None);
    colleague_edit(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    harness.get_by_label("Overwrite").click();
    harness.run_steps(2);
    assert_eq!(
        &journeymap::file::load(&path).unwrap(),
        harness.state().project()
    );
    assert!(!harness.state().is_dirty());
    // Saved by us: the next save does not ask.
    assert_eq!(harness.state().changed_on_disk(), None);
}

#[test]
fn coming_back_to_the_window_after_an_outside_change_shows_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, path) = edited_copy(dir.path(), None);
    harness.input_mut().focused = false;
    harness.run_steps(1);
    colleague_edit(&path);
    harness.input_mut().focused = true;
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("was changed on disk by someone else")
            .is_some()
    );
    harness.get_by_label("Keep mine").click();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("was changed on disk by someone else")
            .is_none()
    );
    assert!(harness.state().is_dirty(), "my work is still open");
}

#[test]
fn a_failed_save_keeps_the_work_open_unsaved_and_in_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let (mut harness, _path) = edited_copy(dir.path(), Some(recovery.clone()));
    let mine = harness.state().project().clone();
    // A folder that does not exist stands for any failing write.
    let target = dir.path().join("gone").join("copy.ron");
    assert!(!harness.state_mut().save_to(&target));
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("Could not save").is_some());
    assert!(
        harness.query_by_label_contains("copy.ron").is_some(),
        "the error names the file"
    );
    assert!(harness.state().is_dirty());
    assert_eq!(harness.state().project(), &mine);
    let saved: Vec<_> = std::fs::read_dir(&recovery)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(saved.len(), 1);
    assert_eq!(
        journeymap::file::load(&saved[0]).unwrap(),
        mine,
        "the recovery file holds the work"
    );
}

#[test]
fn presenting_a_big_map_keeps_the_focused_cell_in_view() {
    let mut harness = app_sized(
        1920.0,
        1080.0,
        StartOptions {
            project: Some(journeymap::samples::generated(40, 25)),
            ..options()
        },
    );
    harness.key_press(Key::F5);
    harness.run_steps(2);
    for _ in 0..25 {
        harness.key_press(Key::ArrowRight);
        harness.run_steps(1);
    }
    for _ in 0..15 {
        harness.key_press(Key::ArrowDown);
        harness.run_steps(1);
    }
    harness.run_steps(6);
    let rect = harness
        .get_by_label_contains("Cell Stage 26 × Channel 16:")
        .rect();
    let screen = egui::Rect::from_min_size(Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    assert!(
        screen.contains_rect(rect),
        "the focused cell {rect:?} is on screen"
    );
}

#[test]
fn opening_a_file_with_comments_warns_once_that_saving_drops_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("commented.ron");
    let sample = include_str!("../samples/telecom-support.ron");
    let commented = sample.replacen("(\n", "(\n    // Reviewed with the support team\n", 1);
    std::fs::write(&path, commented).unwrap();
    let mut harness = app_with(None, Some(path.clone()));
    assert_eq!(harness.state().path(), Some(path.as_path()));
    let warning = "contains comments (the first is on line 2)";
    assert!(harness.query_by_label_contains(warning).is_some());
    harness.get_by_label("OK").click();
    harness.run_steps(3);
    assert!(
        harness.query_by_label_contains(warning).is_none(),
        "shown once"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_not_overwritten_and_save_as_is_offered() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("my-copy.ron");
    let (mut harness, path) = edited_copy_scripted(dir.path(), None, vec![copy.clone()]);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    assert!(harness.query_by_label_contains("is read-only").is_some());
    assert_eq!(std::fs::read(&path).unwrap(), before, "left as it was");
    assert!(harness.state().is_dirty());
    harness.get_by_label("Save As…").click();
    harness.run_steps(3);
    assert_eq!(
        &journeymap::file::load(&copy).unwrap(),
        harness.state().project()
    );
    assert!(!harness.state().is_dirty());
    assert_eq!(harness.state().path(), Some(copy.as_path()));
}

#[test]
fn a_long_notice_in_the_status_bar_is_cut_short_before_the_controls() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir
        .path()
        .join("exports-for-the-quarterly-customer-experience-review-with-every-regional-team");
    std::fs::create_dir(&folder).unwrap();
    let out = folder.join("first-pair-of-running-shoes-at-stride-and-co-for-the-workshop.png");
    let mut harness = app_scripted(None, None, vec![out.clone()]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Export…").click();
    harness.run_steps(3);
    assert!(out.exists());
    let notice = harness.get_by_label_contains("Exported").rect();
    let control = harness.get_by_label("Colour by").rect();
    assert!(
        notice.right() <= control.left(),
        "the notice ({notice:?}) runs under the controls ({control:?})"
    );
}

#[test]
fn exporting_onto_the_open_map_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    std::fs::write(&path, include_str!("../samples/telecom-support.ron")).unwrap();
    let mut harness = app_scripted(None, Some(path.clone()), vec![path.clone()]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Export…").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("it is the map being exported")
            .is_some()
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        include_str!("../samples/telecom-support.ron")
    );
}

#[test]
fn edit_menu_adds_a_stage_after_the_selected_one_and_shows_it() {
    let mut harness = app();
    let project = harness.state().project().clone();
    let first = project.stages[0].name.clone();
    harness.get_by_label(&format!("Stage {first}")).click();
    harness.run_steps(1);
    harness.get_by_label("Edit").click();
    harness.run_steps(3);
    harness.get_by_label_contains("Add stage").click();
    harness.run_steps(3);
    let stages = stage_names(harness.state().project());
    assert_eq!(stages.len(), project.stages.len() + 1);
    let added = harness.state().project().stages[1].id;
    assert_eq!(harness.state().selection, Selection::Stage(added));
    // It is being renamed in place: typing names it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(Event::Text("Compare prices".into()));
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    assert_eq!(stage_names(harness.state().project())[1], "Compare prices");

    // A channel added with its shortcut at the end of a big map is scrolled into view.
    let mut harness = app_sized(
        1600.0,
        1000.0,
        StartOptions {
            project: Some(journeymap::samples::generated(12, 30)),
            ..options()
        },
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    harness.run_steps(4);
    assert_eq!(harness.state().project().channels.len(), 31);
    let rect = harness
        .get_by_label_contains("Cell Stage 1 × Channel 31:")
        .rect();
    let screen = egui::Rect::from_min_size(Pos2::ZERO, egui::vec2(1600.0, 1000.0));
    assert!(
        screen.contains_rect(rect),
        "the new channel {rect:?} is on screen"
    );
}

#[test]
fn the_delete_question_defaults_to_keeping_the_stage() {
    let mut harness = app();
    let before = harness.state().project().clone();
    let first = before.stages[0].name.clone();
    harness.get_by_label(&format!("Stage {first}")).click();
    harness.run_steps(1);
    harness.get_by_label("Edit").click();
    harness.run_steps(3);
    harness
        .get_by_label_contains("Delete stage or channel…")
        .click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("Delete the stage")
            .is_some()
    );
    // Enter presses the focused button: the safe one.
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("Delete the stage")
            .is_none()
    );
    assert_eq!(harness.state().project(), &before);
}

#[test]
fn a_sample_that_was_never_saved_does_not_claim_to_be_saved() {
    let harness = app();
    assert!(harness.query_by_label("Not saved yet").is_some());
    assert!(harness.query_by_label("Saved").is_none());
}

#[test]
fn without_a_system_file_dialog_save_as_and_export_use_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    std::fs::write(&path, include_str!("../samples/telecom-support.ron")).unwrap();
    let mut harness = app_sized(
        1600.0,
        1000.0,
        StartOptions {
            file: Some(path.clone()),
            dialogs: Box::new(common::NoDialogs),
            ..options()
        },
    );
    harness.state_mut().push(journeymap::ui::Action::Edit(
        journeymap::model::Edit::SetTitle("Saved without a portal".into()),
    ));
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run_steps(3);
    // The built-in browser opens in the map's folder, with its name filled in.
    assert!(
        harness
            .query_by_label_contains("Save journey map")
            .is_some()
    );
    // It is modal: the editor behind takes no shortcuts while it is open.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().project().title, "Saved without a portal");
    harness.get_by_label("Save").click();
    harness.run_steps(3);
    assert!(!harness.state().is_dirty());
    assert_eq!(
        journeymap::file::load(&path).unwrap().title,
        "Saved without a portal"
    );

    // Export: the PNG lands beside the map, named after it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Export…").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("Export PNG image")
            .is_some()
    );
    harness.get_by_label("Save").click();
    harness.run_steps(3);
    let png = dir.path().join("shared.png");
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));

    // Exporting again asks before replacing that PNG; Cancel is the default.
    let written = std::fs::metadata(&png).unwrap().modified().unwrap();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Export…").click();
    harness.run_steps(3);
    harness.get_by_label("Save").click();
    harness.run_steps(3);
    assert!(harness.query_by_label_contains("already exists").is_some());
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert!(harness.query_by_label_contains("already exists").is_none());
    assert_eq!(
        std::fs::metadata(&png).unwrap().modified().unwrap(),
        written
    );
}

#[test]
fn the_start_screen_starts_a_map_from_a_persian_template() {
    let mut harness = app_sized(
        1600.0,
        1000.0,
        StartOptions {
            start_screen: true,
            ..options()
        },
    );
    assert!(harness.query_by_label("Welcome to Journeymap").is_some());
    assert!(harness.query_by_label_contains("Shoe store").is_some());
    harness.get_by_label("مراجعه به درمانگاه").click();
    harness.run_steps(3);
    assert!(harness.query_by_label("Welcome to Journeymap").is_none());
    let project = harness.state().project();
    assert_eq!(project.title, "ویزیت پزشک متخصص در درمانگاه");
    assert_eq!(project.stages[0].name, "نوبت‌گیری");
    assert!(harness.state().path().is_none());
    assert!(harness.query_by_label("Not saved yet").is_some());
}

#[test]
fn file_new_from_template_lists_the_templates_in_both_languages() {
    let mut harness = app();
    harness.get_by_label("File").click();
    harness.run_steps(3);
    harness.get_by_label_contains("New from Template").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("فروشگاه اینترنتی")
            .is_some()
    );
    harness.get_by_label_contains("B2B software sales").click();
    harness.run_steps(3);
    let project = harness.state().project();
    assert_eq!(project.title, "A company buying project software");
    assert_eq!(project.stages.len(), 6);
}

#[test]
fn view_menu_switches_to_colour_blind_safe_signal_colours_and_export_uses_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("safe.png");
    let mut harness = app_scripted(None, None, vec![out.clone()]);
    harness.get_by_label("View").click();
    harness.run_steps(3);
    harness
        .get_by_label("Blue / orange (colour-blind safe)")
        .click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().settings.scheme,
        journeymap::palette::Scheme::BlueOrange
    );
    harness.key_press(Key::Escape);
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run_steps(3);
    harness.get_by_label("Export…").click();
    harness.run_steps(3);
    let options = journeymap::export::Options {
        scheme: journeymap::palette::Scheme::BlueOrange,
        ..Default::default()
    };
    assert_eq!(
        std::fs::read(&out).unwrap(),
        journeymap::export::png(harness.state().project(), &options).unwrap()
    );
}

#[test]
fn a_format_1_file_opens_unchanged_until_edited() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    std::fs::write(&path, include_str!("data/format1/shoe-store.ron")).unwrap();
    let harness = app_with(None, Some(path.clone()));
    assert!(
        !harness.state().is_dirty(),
        "opening migrates without a change"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        include_str!("data/format1/shoe-store.ron")
    );
}

#[test]
fn merge_conflicts_are_resolved_in_the_conflicts_panel() {
    use journeymap::model::{Conflict, ConflictAt, TextField};
    let mut project = journeymap::file::parse(journeymap::samples::SHOE_STORE).unwrap();
    let at = CellKey::new(project.stages[1].id, project.channels[1].id);
    project
        .apply(journeymap::model::Edit::SetText {
            at,
            field: TextField::Owner,
            text: "Ours".into(),
        })
        .unwrap();
    project.conflicts = vec![
        Conflict {
            at: ConflictAt::Text(at, TextField::Owner),
            base: String::new(),
            ours: "Ours".into(),
            theirs: "Theirs".into(),
        },
        Conflict {
            at: ConflictAt::Title,
            base: "Old".into(),
            ours: project.title.clone(),
            theirs: "Their title".into(),
        },
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merged.ron");
    journeymap::file::save(&path, &project, None).unwrap();
    let title = project.title.clone();

    let mut harness = app_with(None, Some(path));
    assert!(
        harness
            .query_by_label_contains("Merge conflicts: 2 left")
            .is_some()
    );
    harness
        .get_all_by_label("Take theirs")
        .next()
        .unwrap()
        .click();
    harness.run_steps(2);
    let cell = harness.state().project().cell(at).unwrap().clone();
    assert_eq!(cell.owner, "Theirs");
    assert!(
        harness
            .query_by_label_contains("Merge conflicts: 1 left")
            .is_some()
    );
    // The rows moved up: let the pointer arrive before clicking, as a hand does.
    harness.get_by_label("Keep ours").hover();
    harness.run_steps(1);
    harness.get_by_label("Keep ours").click();
    harness.run_steps(2);
    assert_eq!(harness.state().project().title, title);
    assert!(harness.state().project().conflicts.is_empty());
    assert!(
        harness.query_by_label_contains("Merge conflicts").is_none(),
        "resolving the last conflict removes the panel"
    );
    // Each choice is an undoable edit.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().project().conflicts.len(), 1);
}

#[test]
fn compare_with_lists_changes_outlines_cells_and_selects_on_click() {
    let dir = tempfile::tempdir().unwrap();
    let older = dir.path().join("older.ron");
    let mut old = journeymap::file::parse(journeymap::samples::SHOE_STORE).unwrap();
    let at = CellKey::new(old.stages[0].id, old.channels[1].id);
    old.apply(journeymap::model::Edit::ClearCell { at })
        .unwrap();
    journeymap::file::save(&older, &old, None).unwrap();

    let mut harness = app_scripted(None, None, vec![older]);
    harness.get_by_label("File").click();
    harness.run_steps(3);
    harness.get_by_label_contains("Compare with").click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("From “older.ron”")
            .is_some()
    );
    assert!(
        harness.state().grid_marked().contains(&at),
        "the cell is outlined"
    );
    let line = format!(
        "Website × {}: owner",
        harness.state().project().stage(at.stage).unwrap().name
    );
    harness.get_by_label_contains(&line).click();
    harness.run_steps(2);
    assert_eq!(harness.state().selection, Selection::Cell(at));
    harness.get_by_label("Close").click();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("From “older.ron”")
            .is_none()
    );
    assert!(harness.state().grid_marked().is_empty());
}

/// What the map's whole content gives (owners, each stage's consistency)
/// is worked out once per change, never once per frame: a frame costs
/// what the screen shows, also on a 100 x 100 map (see `cargo bench frame`).
#[test]
fn work_over_all_cells_is_done_once_per_change_not_per_frame() {
    let big = journeymap::samples::generated(100, 100);
    let first = CellKey::new(big.stages[0].id, big.channels[0].id);
    let mut harness = app_sized(
        1600.0,
        900.0,
        StartOptions {
            project: Some(big),
            ..options()
        },
    );
    let settled = harness.state().derived_computations();
    harness.run_steps(20);
    assert_eq!(harness.state().derived_computations(), settled);
    harness.state_mut().push(journeymap::ui::Action::Edit(
        journeymap::model::Edit::ClearCell { at: first },
    ));
    harness.run_steps(20);
    assert_eq!(harness.state().derived_computations(), settled + 1);
}

#[test]
fn help_about_shows_the_version_the_licence_and_the_fonts_licences() {
    let mut harness = app();
    harness.get_by_label("Help").click();
    harness.run_steps(3);
    harness.get_by_label("About Journeymap").click();
    harness.run_steps(3);
    let version = format!("Version {}", env!("CARGO_PKG_VERSION"));
    assert!(harness.query_by_label(&version).is_some(), "{version}");
    assert!(
        harness
            .query_by_label_contains("MIT licence or the Apache licence 2.0")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains(
                "Vazirmatn, by the Vazirmatn Project Authors, under the SIL Open Font License 1.1"
            )
            .is_some()
    );
    // The licence's own text, one click away.
    harness
        .get_by_label("The SIL Open Font License 1.1")
        .click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label_contains("PERMISSION & CONDITIONS")
            .is_some()
    );
    // The window closes like any other.
    harness.get_by_label("Close window").click();
    harness.run_steps(3);
    assert!(harness.query_by_label(&version).is_none());
}
