//! Right-to-left maps: the grid, the keys, drag and drop and the file,
//! driven as a user would.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{CellKey, Direction, Edit, Project};
use journeymap::ui::{JourneyApp, Selection, StartOptions};

const SHOE: &str = include_str!("../samples/shoe-store.ron");

fn shoe_store(direction: Direction) -> Project {
    let mut project = journeymap::file::parse(SHOE).unwrap();
    project.apply(Edit::SetDirection(direction)).unwrap();
    project
}

fn app(project: Project) -> Harness<'static, JourneyApp> {
    let mut harness = common::app_sized(
        1600.0,
        1000.0,
        StartOptions {
            project: Some(project),
            ..common::options()
        },
    );
    harness.run_steps(3);
    harness
}

/// The lines a change adds (+) and removes (-).
fn changed_lines(before: &str, after: &str) -> Vec<String> {
    similar::TextDiff::from_lines(before, after)
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .map(|c| format!("{}{}", c.tag(), c.value()))
        .collect()
}

fn rect(harness: &Harness<'_, JourneyApp>, label: &str) -> egui::Rect {
    harness.get_by_label(label).rect()
}

#[test]
fn rtl_the_first_stage_stands_at_the_right_next_to_the_channels() {
    let harness = app(shoe_store(Direction::Rtl));
    let first = rect(&harness, "Stage Awareness");
    let second = rect(&harness, "Stage Consideration");
    assert!(
        first.left() > second.right() - 1.0,
        "{first:?} should be right of {second:?}"
    );
    let channel = rect(&harness, "Channel Instagram");
    assert!(
        channel.left() >= first.right() - 1.0,
        "channel band on the right"
    );
    // The view starts at the first stage: it is on screen, at the right.
    assert!(first.right() <= 1600.0 && first.left() > 800.0, "{first:?}");

    let ltr = app(shoe_store(Direction::Ltr));
    assert!(rect(&ltr, "Stage Awareness").left() < rect(&ltr, "Stage Consideration").left());
    assert!(rect(&ltr, "Channel Instagram").right() <= rect(&ltr, "Stage Awareness").left() + 1.0);
}

#[test]
fn rtl_arrow_keys_move_the_way_the_eye_expects() {
    let project = shoe_store(Direction::Rtl);
    let cell = |s: usize, c: usize| CellKey::new(project.stages[s].id, project.channels[c].id);
    let (first, second) = (cell(0, 0), cell(1, 0));
    let mut harness = app(project.clone());
    // With nothing selected, an arrow selects the first cell; then Left is
    // the next stage.
    harness.key_press(Key::ArrowRight);
    harness.run_steps(2);
    assert_eq!(harness.state().selection, Selection::Cell(first));
    harness.key_press(Key::ArrowLeft);
    harness.run_steps(2);
    assert_eq!(harness.state().selection, Selection::Cell(second));
    harness.key_press(Key::ArrowRight);
    harness.run_steps(2);
    assert_eq!(harness.state().selection, Selection::Cell(first));
}

#[test]
fn rtl_dragging_a_stage_inserts_where_the_line_shows() {
    let mut harness = app(shoe_store(Direction::Rtl));
    let from = rect(&harness, "Stage Awareness").center();
    // The left half of "Visit & try on" is the gap after it, in reading order.
    let target = rect(&harness, "Stage Visit & try on");
    common::drag(
        &mut harness,
        from,
        egui::pos2(target.left() + 10.0, target.center().y),
    );
    let names: Vec<_> = harness
        .state()
        .project()
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect();
    assert_eq!(names[..3], ["Consideration", "Visit & try on", "Awareness"]);
    assert!(
        rect(&harness, "Stage Consideration").left() > rect(&harness, "Stage Awareness").left(),
        "the first stage, now Consideration, is the rightmost"
    );
}

#[test]
fn rtl_flipping_the_direction_is_one_undoable_edit_of_one_line() {
    let mut harness = app(shoe_store(Direction::Ltr));
    let before = journeymap::file::to_string(harness.state().project()).unwrap();
    // With a cell selected, the inspector shows the cell, so the menu's is
    // the only "Right to left".
    harness.key_press(Key::ArrowRight);
    harness.run_steps(2);
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label("Right to left").click();
    harness.run_steps(8);
    let project = harness.state().project();
    assert_eq!(project.direction, Direction::Rtl);
    assert!(
        rect(&harness, "Stage Awareness").left() > rect(&harness, "Stage Consideration").left()
    );
    let after = journeymap::file::to_string(project).unwrap();
    let changed = changed_lines(&before, &after);
    assert_eq!(changed, ["+    direction: Rtl,\n"]);
    harness.key_press(Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    assert_eq!(harness.state().project().direction, Direction::Ltr);
}

#[test]
fn rtl_the_persian_sample_and_persian_templates_read_right_to_left() {
    let sample = journeymap::file::parse(include_str!("../samples/bank-account-fa.ron")).unwrap();
    assert_eq!(sample.direction, Direction::Rtl);
    let english = journeymap::file::parse(SHOE).unwrap();
    assert_eq!(english.direction, Direction::Ltr, "no field: left to right");
    for template in &journeymap::templates::ALL {
        use journeymap::templates::Lang;
        assert_eq!(template.project(Lang::Fa).direction, Direction::Rtl);
        assert_eq!(template.project(Lang::En).direction, Direction::Ltr);
    }
    assert_eq!(
        Direction::guess(["مقایسه بانک‌ها (Compare)"]),
        Direction::Rtl
    );
    assert_eq!(Direction::guess(["Owner: تیم"]), Direction::Ltr);
}

#[test]
fn rtl_presentation_mode_is_mirrored_too() {
    let mut harness = app(shoe_store(Direction::Rtl));
    harness.key_press(Key::F5);
    harness.run_steps(3);
    assert!(
        rect(&harness, "Stage Awareness").left() > rect(&harness, "Stage Consideration").left()
    );
}

#[test]
fn rtl_the_infographic_language_is_inferred_set_in_the_inspector_and_one_line_of_the_file() {
    use journeymap::i18n::Lang;
    let persian = journeymap::file::parse(include_str!("../samples/bank-account-fa.ron")).unwrap();
    assert_eq!((persian.language, persian.language()), (None, Lang::Fa));
    let mut harness = app(shoe_store(Direction::Ltr));
    assert_eq!(harness.state().project().language(), Lang::En);
    let before = journeymap::file::to_string(harness.state().project()).unwrap();
    // Nothing selected: the inspector shows the map's settings.
    harness.get_by_label("From the map's text (English)");
    harness.get_by_label("فارسی").click();
    harness.run_steps(3);
    let project = harness.state().project();
    assert_eq!(
        (project.language, project.language()),
        (Some(Lang::Fa), Lang::Fa)
    );
    let after = journeymap::file::to_string(project).unwrap();
    assert!(journeymap::file::parse(&after).unwrap().language == Some(Lang::Fa));
    let changed = changed_lines(&before, &after);
    assert_eq!(changed, ["+    language: Fa,\n"]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(3);
    assert_eq!(harness.state().project().language, None);
}

#[test]
fn rtl_a_side_panel_opening_keeps_the_first_stage_in_view() {
    let mut harness = app(shoe_store(Direction::Rtl));
    // The Insights panel narrows the grid.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run_steps(4);
    assert!(harness.query_by_label("Channels that disagree").is_some());
    let first = rect(&harness, "Stage Awareness");
    let channel = rect(&harness, "Channel Instagram");
    assert!(
        (channel.left() - first.right()).abs() < 8.0,
        "the first stage stays beside the channels: {first:?} {channel:?}"
    );
}

#[test]
fn rtl_a_map_narrower_than_the_view_stands_at_the_right() {
    let mut project = shoe_store(Direction::Rtl);
    while project.stages.len() > 2 {
        let id = project.stages[2].id;
        project.apply(Edit::DeleteStage { id }).unwrap();
    }
    let harness = app(project);
    let first = rect(&harness, "Stage Awareness");
    let channel = rect(&harness, "Channel Instagram");
    assert!(
        (channel.left() - first.right()).abs() < 8.0,
        "the first stage stands beside the channels: {first:?} {channel:?}"
    );
}
