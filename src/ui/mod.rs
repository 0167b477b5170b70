//! The egui editor.

mod action;
mod app;
pub(crate) mod bidi;
mod choice;
mod command;
mod compare;
mod conflicts;
mod derived;
mod export_dialog;
mod file_browser;
mod files;
pub mod fonts;
pub mod grid;
mod insights;
mod inspector;
pub mod keymap;
pub(crate) mod layout;
mod marks;
mod menu;
mod messages;
mod present;
mod prompts;
mod settings;
mod start;
mod tags;
pub mod text_field;
pub mod theme;
mod words;

pub use action::{Action, Selection};
pub use app::{JourneyApp, Settings, StartOptions};
pub use command::Command;
pub use files::{Dialogs, NativeDialogs};

use std::path::PathBuf;

/// Opens the editor window on `file`, or on the bundled sample.
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Journeymap")
            .with_app_id("journeymap")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Journeymap",
        options,
        Box::new(move |cc| Ok(Box::new(JourneyApp::from_creation_context(cc, file)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the editor window: {e}"))
}
