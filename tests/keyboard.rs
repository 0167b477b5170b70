//! The editor with the keyboard alone: a small map built, filled and
//! reordered without a single pointer event, every step through the keys
//! the shortcut list (F1) gives.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use journeymap::model::{CellKey, Project};
use journeymap::ui::{JourneyApp, Selection};

use common::{blank, type_text};

fn press(harness: &mut Harness<'_, JourneyApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_steps(2);
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    items.collect()
}

fn cell(project: &Project, stage: &str, channel: &str) -> CellKey {
    let stage = project.stages.iter().find(|s| s.name == stage).unwrap().id;
    let channel = project
        .channels
        .iter()
        .find(|c| c.name == channel)
        .unwrap()
        .id;
    CellKey::new(stage, channel)
}

#[test]
fn a_map_built_filled_and_reordered_with_the_keyboard_alone() {
    let mut harness = blank();
    let add = Modifiers::COMMAND | Modifiers::SHIFT;
    for name in ["Book", "Pay", "Repair"] {
        press(&mut harness, add, Key::T);
        type_text(&mut harness, name);
        press(&mut harness, Modifiers::NONE, Key::Enter);
    }
    for name in ["Website", "Phone"] {
        press(&mut harness, add, Key::R);
        type_text(&mut harness, name);
        press(&mut harness, Modifiers::NONE, Key::Enter);
    }
    let project = harness.state().project().clone();
    assert_eq!(
        names(project.stages.iter().map(|s| s.name.as_str())),
        ["Book", "Pay", "Repair"]
    );
    let phone = project.channels[1].id;
    assert_eq!(harness.state().selection, Selection::Channel(phone));

    // A channel moves up; the arrows leave its header for its first cell.
    press(&mut harness, Modifiers::ALT, Key::ArrowUp);
    let channels = |h: &Harness<'_, JourneyApp>| -> Vec<String> {
        h.state()
            .project()
            .channels
            .iter()
            .map(|c| c.name.clone())
            .collect()
    };
    assert_eq!(channels(&harness), ["Phone", "Website"]);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    let project = harness.state().project().clone();
    assert_eq!(
        harness.state().selection,
        Selection::Cell(cell(&project, "Book", "Phone"))
    );

    // Enter edits the cell in the inspector; Esc comes back to the grid.
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_text(&mut harness, "Call centre");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    let owner = |h: &Harness<'_, JourneyApp>, stage: &str, channel: &str| {
        let project = h.state().project();
        project
            .cell(cell(project, stage, channel))
            .map(|c| c.owner.clone())
    };
    assert_eq!(
        owner(&harness, "Book", "Phone").as_deref(),
        Some("Call centre")
    );

    // Alt+arrows carry the card to the next stage, and the selection with it.
    press(&mut harness, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(
        owner(&harness, "Pay", "Phone").as_deref(),
        Some("Call centre")
    );
    assert_eq!(owner(&harness, "Book", "Phone"), None);
    let project = harness.state().project().clone();
    assert_eq!(
        harness.state().selection,
        Selection::Cell(cell(&project, "Pay", "Phone"))
    );
    assert_eq!(
        journeymap::ui::spoken::announced(&harness.ctx).as_deref(),
        Some("Card moved to Pay, Phone"),
        "a screen reader hears where the card went"
    );

    // The cell's actions, as a right-click would open them: the first
    // adds a positive signal, whose text is typed at once.
    press(&mut harness, Modifiers::SHIFT, Key::F10);
    assert!(harness.query_by_label("Add positive signal").is_some());
    press(&mut harness, Modifiers::NONE, Key::Tab);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_text(&mut harness, "Quick answer");
    let signals = |h: &Harness<'_, JourneyApp>, stage: &str| -> Vec<String> {
        let project = h.state().project();
        project
            .cell(cell(project, stage, "Phone"))
            .map(|c| c.signals.iter().map(|s| s.text.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(signals(&harness, "Pay"), ["Quick answer"]);

    // Alt+arrows in the signal's text carry it to the next cell; its text
    // keeps the focus there.
    press(&mut harness, Modifiers::ALT, Key::ArrowRight);
    assert!(signals(&harness, "Pay").is_empty());
    assert_eq!(signals(&harness, "Repair"), ["Quick answer"]);
    type_text(&mut harness, "!");
    assert_eq!(signals(&harness, "Repair"), ["Quick answer!"]);
    press(&mut harness, Modifiers::NONE, Key::Escape);

    // Up from the first row is the stage's header; Alt+arrows move it.
    press(&mut harness, Modifiers::NONE, Key::ArrowUp);
    press(&mut harness, Modifiers::NONE, Key::ArrowUp);
    let project = harness.state().project().clone();
    let repair = project.stages[2].id;
    assert_eq!(harness.state().selection, Selection::Stage(repair));
    press(&mut harness, Modifiers::ALT, Key::ArrowLeft);
    press(&mut harness, Modifiers::ALT, Key::ArrowLeft);
    let stages = &harness.state().project().stages;
    assert_eq!(
        names(stages.iter().map(|s| s.name.as_str())),
        ["Repair", "Book", "Pay"]
    );
    assert_eq!(
        journeymap::ui::spoken::announced(&harness.ctx).as_deref(),
        Some("Repair, now 1 of 3")
    );

    // The inspector grows and shrinks from the keyboard.
    let edge = |h: &Harness<'_, JourneyApp>| h.get_by_label("Resize the panel").rect().center().x;
    let before = edge(&harness);
    press(&mut harness, Modifiers::COMMAND, Key::CloseBracket);
    press(&mut harness, Modifiers::COMMAND, Key::CloseBracket);
    let wider = edge(&harness);
    assert!((before - wider - 80.0).abs() < 2.0, "{before} → {wider}");
    press(&mut harness, Modifiers::COMMAND, Key::OpenBracket);
    assert!((edge(&harness) - wider - 40.0).abs() < 2.0);

    // Each of these keys is in the shortcut list.
    press(&mut harness, Modifiers::NONE, Key::F1);
    for keys in ["Shift+F10", "Alt+arrow keys"] {
        assert!(
            harness.query_all_by_label_contains(keys).next().is_some(),
            "F1 lists {keys}"
        );
    }
}

/// Tab walks the window as the eye reads it: the menus, the grid, the
/// inspector beside it, then the status bar below.
#[test]
fn tab_follows_the_screen() {
    let mut harness = common::app_sized(1600.0, 1000.0, common::options());
    let mut reached: Vec<String> = Vec::new();
    for _ in 0..80 {
        press(&mut harness, Modifiers::NONE, Key::Tab);
        let label = harness
            .root()
            .query_all(egui_kittest::kittest::by())
            .find(|n| n.accesskit_node().is_focused())
            .and_then(|n| n.accesskit_node().label())
            .unwrap_or_default();
        reached.push(label);
    }
    let first = |prefix: &str| {
        reached
            .iter()
            .position(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("Tab never reaches {prefix:?}: {reached:?}"))
    };
    // The grid is one stop (its first cell, which Tab selects); the
    // inspector then shows that cell.
    let (menu, grid, inspector, status) = (
        first("File"),
        first("Cell Awareness × Instagram"),
        first("Owner"),
        first("Colour by"),
    );
    assert!(menu < grid, "{reached:?}");
    assert!(grid < inspector, "{reached:?}");
    assert!(inspector < status, "{reached:?}");
    let grid_stops = reached[..status]
        .iter()
        .filter(|l| l.starts_with("Cell "))
        .count();
    assert_eq!(grid_stops, 1, "the grid is one stop for Tab: {reached:?}");
    // Every control Tab reaches has a name.
    assert!(reached.iter().all(|l| !l.trim().is_empty()), "{reached:?}");
}
