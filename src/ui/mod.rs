//! The egui editor.

mod app;

pub use app::JourneyApp;

use std::path::PathBuf;

/// Opens the editor window on `file`, or on the bundled sample.
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Journeymap")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Journeymap",
        options,
        Box::new(move |_cc| Ok(Box::new(JourneyApp::open(file)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the editor window: {e}"))
}
