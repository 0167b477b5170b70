//! How every editor test starts the app: the real `JourneyApp`, with no
//! crash-recovery folder of the user's, and file dialogs that answer from a
//! script instead of asking the operating system.

#![allow(dead_code)]

use std::path::PathBuf;

use eframe::egui;
use egui_kittest::{Harness, HarnessBuilder};
use journeymap::format::Format;
use journeymap::ui::{Dialogs, JourneyApp, StartOptions};

/// Dialogs that answer from a script, last path first.
pub struct ScriptedDialogs(pub Vec<PathBuf>);

impl Dialogs for ScriptedDialogs {
    fn pick_open(&mut self, _formats: &[Format]) -> Option<PathBuf> {
        self.0.pop()
    }
    fn pick_save(&mut self, _suggested_name: &str, _format: Format) -> Option<PathBuf> {
        self.0.pop()
    }
}

/// Start options for a test: the bundled sample, no recovery files, and
/// dialogs that answer nothing. Change the fields a test needs.
pub fn options() -> StartOptions {
    StartOptions {
        recovery_dir: None,
        // The tests read the English interface, whatever the machine's language.
        settings: journeymap::ui::Settings {
            language: Some(journeymap::i18n::Lang::En),
            ..Default::default()
        },
        dialogs: Box::new(ScriptedDialogs(Vec::new())),
        ..StartOptions::default()
    }
}

/// A harness builder at `size` with the step the editor tests use.
pub fn builder(size: egui::Vec2) -> HarnessBuilder<JourneyApp> {
    Harness::builder().with_size(size).with_step_dt(0.5)
}

/// Builds the app from `builder` with `options` and lets it settle.
pub fn start(
    builder: HarnessBuilder<JourneyApp>,
    options: StartOptions,
) -> Harness<'static, JourneyApp> {
    let mut harness = builder.build_eframe(move |cc| JourneyApp::new(&cc.egui_ctx, options));
    harness.run_steps(2);
    harness
}

/// The app in a `width` x `height` window with `options`.
pub fn app_sized(width: f32, height: f32, options: StartOptions) -> Harness<'static, JourneyApp> {
    start(builder(egui::vec2(width, height)), options)
}

/// A system with no file dialog at all (no desktop portal, no zenity).
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn pick_open(&mut self, _formats: &[Format]) -> Option<PathBuf> {
        panic!("there is no system dialog to show")
    }
    fn pick_save(&mut self, _suggested_name: &str, _format: Format) -> Option<PathBuf> {
        panic!("there is no system dialog to show")
    }
    fn available(&self) -> bool {
        false
    }
}

/// Presses at `from`, moves in steps to `to` and releases there.
pub fn drag(harness: &mut Harness<'_, JourneyApp>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    for t in [0.25, 0.5, 0.75, 1.0] {
        harness.hover_at(from + (to - from) * t);
        harness.step();
    }
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.step();
    harness.step();
}

/// A file dropped on the window, as the windowing system reports it.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// `path`, dropped on the window.
pub fn dropped(path: &std::path::Path) -> egui::DroppedFileHandle {
    std::sync::Arc::new(Dropped(path.to_owned()))
}

/// The app on a blank map, in a 1600 x 1000 window.
pub fn blank() -> Harness<'static, JourneyApp> {
    app_sized(
        1600.0,
        1000.0,
        StartOptions {
            project: Some(journeymap::model::Project::default()),
            ..options()
        },
    )
}

/// Types `text` into whatever holds the focus.
pub fn type_text(harness: &mut Harness<'_, JourneyApp>, text: &str) {
    harness.event(egui::Event::Text(text.into()));
    harness.run_steps(1);
}
