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
mod icon;
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
pub mod spoken;
mod start;
mod survey_dialog;
mod tags;
pub mod text_field;
pub mod theme;
mod words;

pub use action::{Action, Selection};
pub use app::{JourneyApp, Settings, StartOptions};
pub use command::Command;
pub use files::{Dialogs, NativeDialogs};

use std::path::PathBuf;

/// The window's application id (Wayland's `app_id`, X11's `WM_CLASS`): the
/// desktop entry is `journeymap.desktop` with this `StartupWMClass`, so the
/// task bar matches the window to the entry and shows its icon.
pub const APP_ID: &str = "journeymap";

/// Opens the editor window on `file`, or on the bundled sample.
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Journeymap")
        .with_app_id(APP_ID)
        .with_inner_size([1400.0, 860.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Journeymap",
        options,
        Box::new(move |cc| Ok(Box::new(JourneyApp::from_creation_context(cc, file)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the editor window: {e}"))
}
