//! The editor application: owns the open document and applies, in one place
//! per frame, every action the UI collected while drawing.

use std::path::{Path, PathBuf};

use eframe::egui;

pub use super::action::{Action, Selection};
use super::command::Command;
use super::files::{Dialogs, NativeDialogs};
use super::grid::Grid;
use super::inspector;
use super::menu;
use super::prompts::{Pending, Prompt};
pub use super::settings::Settings;
use super::settings::{MAX_ZOOM, MIN_ZOOM, file_name, zoom_step};
use super::theme::ColourBy;
use crate::model::{CellKey, Edit, History, MergeKey, Project};
use crate::recovery::Recovery;

mod files;

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
    pub(super) history: History,
    pub(super) path: Option<PathBuf>,
    pub settings: Settings,
    pub selection: Selection,
    pub(super) grid: Grid,
    pub(super) actions: Vec<Action>,
    pub(super) prompt: Option<Prompt>,
    /// Errors and warnings waiting to be shown, oldest first.
    pub(super) messages: super::messages::Messages,
    pub(super) recovery: Option<Recovery>,
    /// When the project last changed, for the autosave delay.
    pub(super) changed_at: Option<f64>,
    /// This frame's time, in seconds.
    pub(super) now: f64,
    pub(super) dialogs: Box<dyn Dialogs>,
    pub(super) show_shortcuts: bool,
    pub(super) export: super::export_dialog::ExportDialog,
    /// Fingerprint of the open file as last read or written.
    pub(super) disk: Option<u64>,
    /// Set when the open file changed on disk behind our back (its new fingerprint).
    pub(super) external_notice: Option<u64>,
    pub(super) was_focused: bool,
    /// Presentation mode, while it is on.
    pub(super) present: Option<super::present::Presenter>,
    /// A short confirmation for the status bar ("Exported …").
    pub notice: Option<String>,
    /// Ask the inspector to focus its first field next frame.
    pub(super) focus_inspector: bool,
    pub(super) quit_confirmed: bool,
    /// The editor's own file browser, where the system has no file dialog,
    /// and what waits for its answer.
    pub(super) in_app_dialog: Option<(egui_file::FileDialog, super::files::FileRequest)>,
    /// What to do once a save asked for by "Save changes first?" is done.
    pub(super) after_save: Option<Pending>,
    /// The start screen is showing.
    pub(super) start_screen: bool,
    pub(super) title: String,
    /// File → Compare with…, while it is open.
    pub(super) compare: Option<super::compare::Compare>,
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
        let mut app = Self {
            history: History::new(
                options
                    .project
                    .unwrap_or_else(crate::samples::default_project),
            ),
            path: None,
            settings: options.settings,
            selection: Selection::Project,
            grid: Grid::default(),
            actions: Vec::new(),
            prompt: None,
            messages: super::messages::Messages::default(),
            recovery: options.recovery_dir.map(Recovery::new),
            changed_at: None,
            now: 0.0,
            dialogs: options.dialogs,
            show_shortcuts: false,
            export: super::export_dialog::ExportDialog::default(),
            present: None,
            disk: None,
            external_notice: None,
            was_focused: true,
            notice: None,
            focus_inspector: false,
            quit_confirmed: false,
            in_app_dialog: None,
            after_save: None,
            start_screen: options.start_screen,
            title: String::new(),
            compare: None,
        };
        app.apply_visual_settings(ctx);
        if let Some(path) = options.file {
            app.open_path(&path);
        }
        if let Some(orphan) = app
            .recovery
            .as_ref()
            .and_then(|r| r.orphans().into_iter().next())
        {
            app.prompt = Some(Prompt::Restore(orphan));
        }
        app
    }

    /// The cells outlined as changed by File → Compare with….
    pub fn grid_marked(&self) -> &std::collections::HashSet<CellKey> {
        &self.grid.marked
    }

    pub fn project(&self) -> &Project {
        self.history.project()
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Queues an action, as the UI does while drawing.
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// The text the window title shows: file name, and `*` when unsaved.
    pub fn window_title(&self) -> String {
        let name = self
            .path
            .as_deref()
            .map_or_else(|| "Untitled".to_owned(), file_name);
        let dirty = if self.is_dirty() { "*" } else { "" };
        format!("{name}{dirty} — Journeymap")
    }

    pub(super) fn apply_visual_settings(&self, ctx: &egui::Context) {
        ctx.set_theme(if self.settings.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        // Ctrl+= / Ctrl+- / Ctrl+0 zoom the grid, not the whole interface.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
    }

    // ---- files ---------------------------------------------------------

    /// True while presentation mode is on.
    pub fn presenting(&self) -> bool {
        self.present.is_some()
    }

    /// Enters presentation mode full screen, focusing a cell, or leaves it.
    pub(super) fn toggle_present(&mut self, ctx: &egui::Context) {
        if self.present.take().is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            self.apply_visual_settings(ctx);
            return;
        }
        self.present = Some(super::present::Presenter::default());
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        let project = self.history.project();
        if !matches!(self.selection, Selection::Cell(_))
            && let (Some(stage), Some(channel)) = (project.stages.first(), project.channels.first())
        {
            self.selection = Selection::Cell(CellKey::new(stage.id, channel.id));
        }
    }

    // ---- the frame -----------------------------------------------------

    /// Applies every queued action, in order, including those that applying
    /// them queues.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        while !self.actions.is_empty() {
            for action in std::mem::take(&mut self.actions) {
                match action {
                    Action::Edit(edit) => self.apply_edit(edit, None),
                    Action::Merged(edit, key) => self.apply_edit(edit, Some(key)),
                    Action::EndMerge => self.history.end_merge(),
                    Action::Select(selection) => {
                        if selection != self.selection {
                            self.history.end_merge();
                        }
                        self.selection = selection;
                    }
                    Action::Command(command) => self.run_command(ctx, command),
                    Action::OpenPath(path) => {
                        self.guard_unsaved(ctx, Pending::Open(Some(path)));
                    }
                    Action::ConfirmDelete(edit) => match self.delete_question(&edit) {
                        Some(question) => self.prompt = Some(Prompt::Delete(edit, question)),
                        None => self.apply_edit(edit, None),
                    },
                }
            }
            self.fix_selection();
        }
    }

    /// Carries out a menu item or shortcut.
    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New | Command::Close => {
                let project = Project {
                    title: "Untitled journey".to_owned(),
                    ..Project::default()
                };
                self.guard_unsaved(ctx, Pending::Replace(Box::new(project)));
            }
            Command::NewFromTemplate(index, lang) => {
                if let Some(template) = crate::templates::ALL.get(index) {
                    let project = Box::new(template.project(lang));
                    self.guard_unsaved(ctx, Pending::Replace(project));
                }
                self.start_screen = false;
            }
            Command::OpenSample(index) => {
                let project = crate::samples::ALL
                    .get(index)
                    .and_then(|(_, text)| crate::file::parse(text).ok());
                if let Some(project) = project {
                    self.guard_unsaved(ctx, Pending::Replace(Box::new(project)));
                }
                self.start_screen = false;
            }
            Command::StartScreen => self.start_screen = true,
            Command::Open => self.guard_unsaved(ctx, Pending::Open(None)),
            Command::Save => self.save(false, None),
            Command::SaveAs => self.save(true, None),
            Command::ExportPng => self.export.open = true,
            Command::CompareWith => self.compare_with(),
            Command::Quit => self.guard_unsaved(ctx, Pending::Quit),
            Command::Undo => {
                if self.history.undo() {
                    self.changed_at = Some(self.now);
                }
            }
            Command::Redo => {
                if self.history.redo() {
                    self.changed_at = Some(self.now);
                }
            }
            Command::AddStage | Command::AddChannel => {
                let project = self.history.project();
                let stage = command == Command::AddStage;
                self.grid
                    .add_after(stage, self.selection, project, &mut self.actions);
            }
            Command::Rename => self
                .grid
                .start_rename(self.selection, self.history.project()),
            Command::ClearCell => {
                if let Selection::Cell(at) = self.selection {
                    self.apply_edit(Edit::ClearCell { at }, None);
                }
            }
            Command::DeleteSelected => match self.selection {
                Selection::Stage(id) => self
                    .actions
                    .push(Action::ConfirmDelete(Edit::DeleteStage { id })),
                Selection::Channel(id) => self
                    .actions
                    .push(Action::ConfirmDelete(Edit::DeleteChannel { id })),
                Selection::Project | Selection::Cell(_) => {}
            },
            Command::Present => self.toggle_present(ctx),
            Command::LightTheme | Command::DarkTheme => {
                self.settings.dark = command == Command::DarkTheme;
                self.apply_visual_settings(ctx);
            }
            Command::ColourBy(mode) => self.settings.colour_by = mode,
            Command::Scheme(scheme) => self.settings.scheme = scheme,
            Command::ZoomIn => self.settings.zoom = zoom_step(self.settings.zoom, 1),
            Command::ZoomOut => self.settings.zoom = zoom_step(self.settings.zoom, -1),
            Command::ZoomReset => self.settings.zoom = 1.0,
            Command::ClearRecent => self.settings.recent.clear(),
            Command::Shortcuts => self.show_shortcuts = true,
        }
    }

    /// Whether a command can run now (menus grey out the others).
    pub(super) fn can_run(&self, command: Command) -> bool {
        let project = self.history.project();
        match command {
            Command::Undo => self.history.can_undo(),
            Command::Redo => self.history.can_redo(),
            Command::ClearCell => {
                matches!(self.selection, Selection::Cell(at) if project.cell(at).is_some())
            }
            Command::Rename | Command::DeleteSelected => {
                matches!(self.selection, Selection::Stage(_) | Selection::Channel(_))
            }
            Command::ClearRecent => !self.settings.recent.is_empty(),
            _ => true,
        }
    }

    pub(super) fn apply_edit(&mut self, edit: Edit, merge: Option<MergeKey>) {
        let result = match merge {
            Some(key) => self.history.apply_merged(edit, key),
            None => self.history.apply(edit),
        };
        match result {
            Ok(true) => self.changed_at = Some(self.now),
            Ok(false) => {}
            Err(e) => log::warn!("edit refused: {e}"),
        }
    }

    /// The confirmation question for deleting a stage or channel with content.
    pub(super) fn delete_question(&self, edit: &Edit) -> Option<String> {
        let project = self.project();
        let count = |on: &dyn Fn(&CellKey) -> bool| {
            project
                .cells_in_order()
                .iter()
                .filter(|(k, _)| on(k))
                .count()
        };
        let (what, name, cells) = match edit {
            Edit::DeleteStage { id } => (
                "stage",
                project.stage(*id).map(|s| s.name.as_str()),
                count(&|k| k.stage == *id),
            ),
            Edit::DeleteChannel { id } => (
                "channel",
                project.channel(*id).map(|c| c.name.as_str()),
                count(&|k| k.channel == *id),
            ),
            _ => return None,
        };
        let name = name.unwrap_or_default();
        (cells > 0)
            .then(|| format!("Delete the {what} “{name}” and the {cells} filled cell(s) in it?"))
    }

    /// Drops a selection whose stage, channel or cell no longer exists.
    pub(super) fn fix_selection(&mut self) {
        let project = self.history.project();
        let valid = match self.selection {
            Selection::Project => true,
            Selection::Stage(id) => project.stage(id).is_some(),
            Selection::Channel(id) => project.channel(id).is_some(),
            Selection::Cell(key) => {
                project.stage(key.stage).is_some() && project.channel(key.channel).is_some()
            }
        };
        if !valid {
            self.selection = Selection::Project;
        }
    }

    pub(super) fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let typing = ctx.memory(|m| m.focused().is_some());
        if self.prompt.is_none() && self.in_app_dialog.is_none() {
            for command in Command::take_pressed(ctx, typing) {
                if self.can_run(command) {
                    self.actions.push(Action::Command(command));
                }
            }
        }
        // Ctrl + mouse wheel (or a pinch).
        let delta = ctx.input(egui::InputState::zoom_delta);
        if delta != 1.0 {
            self.settings.zoom = (self.settings.zoom * delta).clamp(MIN_ZOOM, MAX_ZOOM);
        }
        if !typing && self.prompt.is_none() {
            self.keyboard_navigation(ctx);
        }
    }

    /// Arrow keys move between cells, Enter edits the selected cell.
    pub(super) fn keyboard_navigation(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let project = self.history.project();
        if project.stages.is_empty() || project.channels.is_empty() {
            return;
        }
        let pressed = |key| ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key));
        let (mut col, mut row) = match self.selection {
            Selection::Cell(key) => (
                project.stage_index(key.stage).unwrap_or(0),
                project.channel_index(key.channel).unwrap_or(0),
            ),
            Selection::Stage(id) => (project.stage_index(id).unwrap_or(0), 0),
            Selection::Channel(id) => (0, project.channel_index(id).unwrap_or(0)),
            Selection::Project => (usize::MAX, usize::MAX),
        };
        let mut moved = false;
        for (key, dc, dr) in [
            (Key::ArrowLeft, -1, 0),
            (Key::ArrowRight, 1, 0),
            (Key::ArrowUp, 0, -1),
            (Key::ArrowDown, 0, 1),
        ] {
            if pressed(key) {
                moved = true;
                if col == usize::MAX {
                    (col, row) = (0, 0);
                } else {
                    col = col.saturating_add_signed(dc).min(project.stages.len() - 1);
                    row = row
                        .saturating_add_signed(dr)
                        .min(project.channels.len() - 1);
                }
            }
        }
        if moved {
            let key = CellKey::new(project.stages[col].id, project.channels[row].id);
            self.actions.push(Action::Select(Selection::Cell(key)));
            self.grid.scroll_to = Some((col, row));
        }
        if self.present.is_none() && pressed(Key::Enter) && self.selection != Selection::Project {
            self.focus_inspector = true;
        }
    }

    /// The normal editor: menus, status bar, inspector, grid.
    pub(super) fn editor_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| {
            let mut actions = Vec::new();
            let enabled = |command| self.can_run(command);
            menu::menu_bar_ui(ui, &self.history, &self.settings, &enabled, &mut actions);
            self.actions.extend(actions);
        });
        if self.external_notice.is_some() {
            egui::Panel::top("changed-on-disk").show(ui, |ui| self.changed_on_disk_ui(ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
        if !self.history.project().conflicts.is_empty() {
            egui::Panel::bottom("conflicts").show(ui, |ui| {
                super::conflicts::conflicts_ui(ui, self.history.project(), &mut self.actions);
            });
        }
        egui::Panel::right("inspector")
            .default_size(340.0)
            .size_range(260.0..=600.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let focus = std::mem::take(&mut self.focus_inspector);
                    inspector::inspector_ui(
                        ui,
                        self.history.project(),
                        self.selection,
                        focus,
                        self.settings.scheme,
                        &mut self.actions,
                    );
                });
            });
        if let Some(compare) = &mut self.compare {
            compare.refresh(self.history.project(), self.history.revision());
            self.grid.marked = compare.changed_cells();
            let open = egui::Panel::left("compare")
                .default_size(320.0)
                .show(ui, |ui| compare.ui(ui, &mut self.actions))
                .inner;
            if !open {
                self.compare = None;
                self.grid.marked.clear();
            }
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.grid.ui(
                ui,
                self.history.project(),
                self.selection,
                self.settings.colour_by,
                super::grid::Look::editor(self.settings.zoom, self.settings.scheme),
                &mut self.actions,
            );
        });
    }

    /// The notice that someone else changed the open file.
    fn changed_on_disk_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let name = self.path.as_deref().map(file_name).unwrap_or_default();
            let text = format!(
                "“{name}” was changed on disk by someone else. Saving will ask before overwriting it."
            );
            ui.label(egui::RichText::new(text).color(ui.visuals().warn_fg_color));
            if ui.button("Reload").clicked() {
                self.reload();
            }
            if ui.button("Keep mine").clicked() {
                self.external_notice = None;
            }
        });
    }

    pub(super) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let project = self.history.project();
            ui.label(format!(
                "{} stages · {} channels · {} filled cells",
                project.stages.len(),
                project.channels.len(),
                project.cell_count()
            ));
            ui.separator();
            if self.is_dirty() {
                ui.label(egui::RichText::new("Unsaved changes").color(super::theme::REAL));
            } else if self.path.is_none() {
                ui.weak("Not saved yet");
            } else {
                ui.weak("Saved");
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.weak(notice);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                super::grid::legend_ui(ui, self.settings.colour_by, self.settings.scheme);
                egui::ComboBox::from_label("Colour by")
                    .selected_text(self.settings.colour_by.label())
                    .show_ui(ui, |ui| {
                        for mode in ColourBy::ALL {
                            let current = self.settings.colour_by == mode;
                            if ui.selectable_label(current, mode.label()).clicked() {
                                self.actions.push(Command::ColourBy(mode).into());
                            }
                        }
                    });
            });
        });
    }
}

impl eframe::App for JourneyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.now = ctx.input(|i| i.time);
        self.handle_close_request(&ctx);
        self.check_disk_on_focus(&ctx);
        self.handle_dropped_files(&ctx);
        if let Some(present) = &mut self.present {
            let outcome = present.keys(
                &ctx,
                self.selection,
                self.settings.colour_by,
                &mut self.actions,
            );
            if matches!(outcome, super::present::Outcome::Leave) {
                self.actions.push(Action::Command(Command::Present));
            }
        }
        self.handle_shortcuts(&ctx);

        if let Some(present) = &mut self.present {
            let (project, revision) = (self.history.project(), self.history.revision());
            let dirty = self.history.is_dirty();
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    let view = super::present::View {
                        project,
                        revision,
                        selection: self.selection,
                        settings: &self.settings,
                        dirty,
                    };
                    present.ui(ui, &mut self.grid, &view, &mut self.actions);
                });
        } else if self.in_app_dialog.is_some() {
            // The file browser is modal: the editor behind it is shown but
            // takes no input until it closes.
            ui.disable();
            self.editor_ui(ui);
        } else {
            self.editor_ui(ui);
        }

        if self.start_screen && self.prompt.is_none() {
            self.start_screen =
                super::start::start_screen_ui(&ctx, &self.settings.recent, &mut self.actions);
        }
        self.prompt_ui(&ctx);
        self.messages.ui(&ctx);
        super::prompts::shortcuts_ui(&ctx, &mut self.show_shortcuts);
        if let Some(options) = self.export.ui(
            &ctx,
            self.history.project(),
            self.history.revision(),
            self.settings.scheme,
        ) {
            self.export_png(options);
        }

        self.in_app_dialog_ui(&ctx);
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
