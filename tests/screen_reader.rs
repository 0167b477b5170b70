//! The grid as assistive technology sees it, through egui's AccessKit tree
//! (tests/atspi.rs reads the same through a real AT-SPI client): every
//! crossing of the map is a cell of one table, on screen or not, and a
//! screen reader that moves to one off screen brings it into view.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use journeymap::ui::Selection;

#[test]
fn every_crossing_is_a_cell_and_one_off_screen_can_be_reached() {
    let mut harness = common::app_sized(1600.0, 1000.0, common::options());
    let count = |role| harness.root().query_all(by().role(role)).count();
    assert_eq!(count(Role::Table), 1);
    assert_eq!(count(Role::ColumnHeader), 6);
    assert_eq!(count(Role::RowHeader), 6);
    assert_eq!(count(Role::Cell), 36);

    // Loyalty & advocacy is the sixth stage: off screen at this size.
    let far = "Cell Loyalty & advocacy × SMS:";
    // (right of the inspector's edge, where the grid ends).
    let edge = harness.get_by_label("Resize the panel").rect().left();
    assert!(harness.get_by_label_contains(far).rect().left() > edge);
    harness.get_by_label_contains(far).focus();
    harness.run_steps(4);
    let project = harness.state().project().clone();
    let stage = project.stages[5].id;
    let sms = project
        .channels
        .iter()
        .find(|c| c.name == "SMS")
        .unwrap()
        .id;
    assert_eq!(
        harness.state().selection,
        Selection::Cell(journeymap::model::CellKey::new(stage, sms))
    );
    let cell = harness.get_by_label_contains(far);
    assert!(
        cell.rect().right() <= 1600.0 && cell.rect().bottom() <= 1000.0,
        "scrolled into view"
    );
    assert!(
        cell.accesskit_node().is_focused(),
        "and the reader's focus is on it"
    );
}
