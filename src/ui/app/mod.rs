//! The editor application: owns the open document and the windows around
//! it, draws them, and applies every action they collected in one place
//! per frame ([`drain`]). The jobs are split by file: `drain` (actions and
//! commands), `keys` (shortcuts and navigation), `files` (open, save,
//! recovery, questions), `exports` (file dialogs, exports and imports),
//! `views` (the editor's panels).

use std::path::{Path, PathBuf};

use eframe::egui;

pub use super::action::{Action, Selection};
use super::derived::Derived;
use super::files::{Dialogs, NativeDialogs};
use super::grid::Grid;
use super::prompts::{FileRequest, Pending, Prompt};
pub use super::settings::Settings;
use super::settings::file_name;
use crate::document::Document;
use crate::model::{CellKey, History, Project};
use crate::recovery::Recovery;
use crate::tr;

mod drain;
mod exports;
mod files;
mod keys;
mod said;
mod views;

/// Seconds after the last change before unsaved work goes to the recovery file.
pub const AUTOSAVE_DELAY: f64 = 2.0;

/// How the app starts: which file, where recovery files live, which dialogs.
pub struct StartOptions {
    pub file: Option<PathBuf>,
    /// A project to open instead of the sample (not tied to a file).
    pub project: Option<Project>,
    /// `None` turns crash recovery off.
    pub recovery_dir: Option<PathBuf>,
    pub dialogs: Box<dyn Dialogs>,
    pub settings: Settings,
    /// Show the start screen (recent files, samples, templates) first.
    pub start_screen: bool,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            file: None,
            project: None,
            recovery_dir: crate::recovery::default_dir(),
            dialogs: Box::new(NativeDialogs),
            settings: Settings::default(),
            start_screen: false,
        }
    }
}

const SETTINGS_KEY: &str = "journeymap-settings";

/// The editor: one open project and its history.
pub struct JourneyApp {
    /// The open map and its file.
    doc: Document,
    pub settings: Settings,
    pub selection: Selection,
    grid: Grid,
    /// Owners and consistency, worked out once per revision of the map.
    derived: Derived,
    /// What the views asked for this frame, applied after drawing.
    actions: Vec<Action>,
    prompt: Option<Prompt>,
    /// Errors and warnings waiting to be shown, oldest first.
    messages: super::messages::Messages,
    /// This frame's time, in seconds.
    now: f64,
    dialogs: Box<dyn Dialogs>,
    show_shortcuts: bool,
    show_about: bool,
    export: super::export_dialog::ExportDialog,
    was_focused: bool,
    /// Presentation mode, while it is on.
    present: Option<super::present::Presenter>,
    /// A short confirmation for the status bar ("Exported …").
    pub notice: Option<String>,
    /// Ask the inspector to focus its first field next frame.
    focus_inspector: bool,
    quit_confirmed: bool,
    /// The editor's own file browser, where the system has no file dialog,
    /// and what waits for its answer.
    in_app_dialog: Option<(super::file_browser::FileBrowser, FileRequest)>,
    /// What to do once a save asked for by "Save changes first?" is done.
    after_save: Option<Pending>,
    /// The start screen is showing.
    start_screen: bool,
    title: String,
    /// File → Compare with…, while it is open.
    compare: Option<super::compare::Compare>,
    /// File → Import survey results…, while its dialog is open.
    survey: Option<super::survey_dialog::SurveyDialog>,
    /// The Insights panel, while it is shown.
    insights: Option<super::insights::InsightsPanel>,
    /// A lane value copied, for Paste.
    clipboard: Option<crate::model::LaneCell>,
    /// What the last action changed, to announce to a screen reader.
    said: Option<crate::i18n::Text>,
    /// The inspector's width last frame, and the one asked for from the
    /// keyboard.
    inspector_shown: f32,
    inspector_width: Option<f32>,
    /// The status bar's height last frame (it is filled after the grid).
    status_height: f32,
}

impl JourneyApp {
    /// The app as eframe creates it, with settings from the last session.
    pub fn from_creation_context(cc: &eframe::CreationContext<'_>, file: Option<PathBuf>) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY))
            .unwrap_or_default();
        Self::new(
            &cc.egui_ctx,
            StartOptions {
                start_screen: file.is_none(),
                file,
                settings,
                ..StartOptions::default()
            },
        )
    }

    /// Opens `options.file`, or the bundled sample. A file that fails to load
    /// leaves the sample open and shows the error.
    pub fn new(ctx: &egui::Context, options: StartOptions) -> Self {
        super::fonts::install(ctx);
        ctx.add_plugin(super::spoken::Spoken);
        let mut app = Self {
            doc: Document::new(
                options
                    .project
                    .unwrap_or_else(crate::samples::default_project),
                options.recovery_dir.map(Recovery::new),
            ),
            settings: options.settings,
            selection: Selection::Project,
            grid: Grid::default(),
            derived: Derived::default(),
            actions: Vec::new(),
            prompt: None,
            messages: super::messages::Messages::default(),
            now: 0.0,
            dialogs: options.dialogs,
            show_shortcuts: false,
            show_about: false,
            export: super::export_dialog::ExportDialog::default(),
            present: None,
            was_focused: true,
            notice: None,
            focus_inspector: false,
            quit_confirmed: false,
            in_app_dialog: None,
            after_save: None,
            start_screen: options.start_screen,
            title: String::new(),
            compare: None,
            survey: None,
            insights: None,
            clipboard: None,
            said: None,
            inspector_shown: 0.0,
            inspector_width: None,
            status_height: 20.0,
        };
        app.apply_visual_settings(ctx);
        // Messages about the file are worded now, before the first frame.
        crate::i18n::set_ui(app.settings.language());
        if let Some(path) = options.file {
            app.open_path(&path);
        }
        if let Some(orphan) = app
            .doc
            .recovery()
            .and_then(|r| r.orphans().into_iter().next())
        {
            app.prompt = Some(Prompt::Restore(orphan));
        }
        app
    }

    /// The persona whose lanes and curves the grid shows (`None`: all).
    pub fn persona_filter(&self) -> Option<crate::model::PersonaId> {
        self.grid.persona
    }

    /// The cells outlined as changed by File → Compare with….
    pub fn grid_marked(&self) -> &std::collections::HashSet<CellKey> {
        &self.grid.marked
    }

    pub fn project(&self) -> &Project {
        self.doc.project()
    }

    pub fn history(&self) -> &History {
        self.doc.history()
    }

    pub fn path(&self) -> Option<&Path> {
        self.doc.path()
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// How many times the map's derived data (owners, consistency) was
    /// worked out: once per change, not once per frame.
    pub fn derived_computations(&self) -> u64 {
        self.derived.computed
    }

    /// Queues an action, as the UI does while drawing.
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// The text the window title shows: file name, and `*` when unsaved.
    pub fn window_title(&self) -> String {
        let name = self
            .doc
            .path()
            .map_or_else(|| tr!("window-untitled").into(), file_name);
        let dirty = if self.is_dirty() { "*" } else { "" };
        format!("{name}{dirty} — Journeymap")
    }

    /// True while presentation mode is on.
    pub fn presenting(&self) -> bool {
        self.present.is_some()
    }

    fn apply_visual_settings(&self, ctx: &egui::Context) {
        // Colours that read in both themes (see `theme::visuals`).
        ctx.set_visuals_of(egui::Theme::Light, super::theme::visuals(false));
        ctx.set_visuals_of(egui::Theme::Dark, super::theme::visuals(true));
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // Ctrl+= / Ctrl+- / Ctrl+0 zoom the grid, not the whole interface.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
    }
}

impl eframe::App for JourneyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        crate::i18n::set_ui(self.settings.language());
        self.now = ctx.input(|i| i.time);
        self.derived
            .refresh(self.doc.project(), self.doc.revision());
        // Events from outside the window's widgets, as actions.
        self.close_request_ui(&ctx);
        self.disk_on_focus_ui(&ctx);
        self.dropped_files_ui(&ctx);
        self.keys_ui(&ctx);

        if self.present.is_some() {
            self.presentation_ui(ui);
        } else if self.in_app_dialog.is_some() {
            // The file browser is modal: the editor behind it is shown but
            // takes no input until it closes.
            ui.disable();
            self.editor_ui(ui);
        } else {
            self.editor_ui(ui);
        }
        self.windows_ui(&ctx);

        self.apply_actions(&ctx);
        if let Some(pending) = self.after_save.take() {
            self.run_pending(&ctx, pending);
        }
        self.autosave(&ctx);

        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}
