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
