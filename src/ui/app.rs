//! The editor application: owns the open document and applies, in one place
//! per frame, every action the UI collected while drawing.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::files::{Dialogs, NativeDialogs};
use super::grid::Grid;
use super::inspector;
use super::menu;
use super::prompts::{Pending, Prompt};
use super::theme::ColourBy;
use crate::model::{CellKey, ChannelId, Edit, History, MergeKey, Project, StageId};
use crate::recovery::Recovery;

/// How many recent files File → Open Recent lists.
pub const RECENT_FILES: usize = 10;

pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 3.0;

/// The next zoom level up (`direction` 1) or down (-1), in 10 % steps.
pub fn zoom_step(zoom: f32, direction: i32) -> f32 {
    let steps = (zoom * 10.0).round() + direction as f32;
    (steps / 10.0).clamp(MIN_ZOOM, MAX_ZOOM)
}

/// Seconds after the last change before unsaved work goes to the recovery file.
pub const AUTOSAVE_DELAY: f64 = 2.0;

/// What is selected: it decides what the inspector edits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing: the inspector edits the project's title and persona.
    #[default]
    Project,
    Stage(StageId),
    Channel(ChannelId),
    Cell(CellKey),
}

/// Something the user asked for while the frame was drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit),
    /// An edit that joins the previous one into one undo step (typing).
    Merged(Edit, MergeKey),
    /// A text field lost focus: its typing is one finished undo step.
    EndMerge,
    Undo,
    Redo,
    Select(Selection),
    New,
    Open,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    Quit,
    /// Ask before deleting a stage or channel that has content.
    ConfirmDelete(Edit),
    /// Rename the selected stage or channel in place.
    StartRename,
    /// Open the PNG export dialog.
    ExportPng,
    /// Enter or leave presentation mode.
    TogglePresent,
}

/// User preferences kept between sessions (not in the project file).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub dark: bool,
    pub colour_by: ColourBy,
    /// Grid zoom: the grid scales, menus and panels stay put.
    pub zoom: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            dark: false,
            colour_by: ColourBy::default(),
            zoom: 1.0,
        }
    }
}

impl Settings {
    pub(super) fn add_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_FILES);
    }
}

/// How the app starts: which file, where recovery files live, which dialogs.
pub struct StartOptions {
    pub file: Option<PathBuf>,
    /// A project to open instead of the sample (not tied to a file).
    pub project: Option<Project>,
    /// `None` turns crash recovery off.
    pub recovery_dir: Option<PathBuf>,
    pub dialogs: Box<dyn Dialogs>,
    pub settings: Settings,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            file: None,
            project: None,
            recovery_dir: crate::recovery::default_dir(),
            dialogs: Box::new(NativeDialogs),
            settings: Settings::default(),
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
    pub(super) title: String,
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
            title: String::new(),
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
        let name = self.path.as_deref().and_then(Path::file_name).map_or_else(
            || "Untitled".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
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

    /// Applies every queued action, in order.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        for action in std::mem::take(&mut self.actions) {
            match action {
                Action::Edit(edit) => self.apply_edit(edit, None),
                Action::Merged(edit, key) => self.apply_edit(edit, Some(key)),
                Action::EndMerge => self.history.end_merge(),
                Action::Undo => {
                    if self.history.undo() {
                        self.changed_at = Some(self.now);
                    }
                }
                Action::Redo => {
                    if self.history.redo() {
                        self.changed_at = Some(self.now);
                    }
                }
                Action::Select(selection) => {
                    if selection != self.selection {
                        self.history.end_merge();
                    }
                    self.selection = selection;
                }
                Action::New => self.guard_unsaved(ctx, Pending::New),
                Action::Open => self.guard_unsaved(ctx, Pending::Open(None)),
                Action::OpenPath(path) => self.guard_unsaved(ctx, Pending::Open(Some(path))),
                Action::Save => {
                    self.save(false);
                }
                Action::SaveAs => {
                    self.save(true);
                }
                Action::Quit => self.guard_unsaved(ctx, Pending::Quit),
                Action::ExportPng => self.export.open = true,
                Action::TogglePresent => self.toggle_present(ctx),
                Action::StartRename => self
                    .grid
                    .start_rename(self.selection, self.history.project()),
                Action::ConfirmDelete(edit) => {
                    let question = self.delete_question(&edit);
                    match question {
                        Some(question) => self.prompt = Some(Prompt::Delete(edit, question)),
                        None => self.apply_edit(edit, None),
                    }
                }
            }
        }
        self.fix_selection();
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
        use egui::{Key, KeyboardShortcut, Modifiers};
        let typing = ctx.memory(|m| m.focused().is_some());
        let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let command_shift = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        let mut actions = Vec::new();
        ctx.input_mut(|i| {
            // Longest combinations first: Ctrl+Shift+S before Ctrl+S.
            if i.consume_shortcut(&command_shift(Key::S)) {
                actions.push(Action::SaveAs);
            }
            if i.consume_shortcut(&command(Key::S)) {
                actions.push(Action::Save);
            }
            if i.consume_shortcut(&command(Key::N)) {
                actions.push(Action::New);
            }
            if i.consume_shortcut(&command(Key::O)) {
                actions.push(Action::Open);
            }
            if i.consume_shortcut(&command(Key::E)) {
                actions.push(Action::ExportPng);
            }
            if i.consume_shortcut(&command(Key::Q)) {
                actions.push(Action::Quit);
            }
            // A focused text field handles its own undo.
            if !typing {
                if i.consume_shortcut(&command_shift(Key::Z))
                    || i.consume_shortcut(&command(Key::Y))
                {
                    actions.push(Action::Redo);
                }
                if i.consume_shortcut(&command(Key::Z)) {
                    actions.push(Action::Undo);
                }
            }
            let zoom = &mut self.settings.zoom;
            if i.consume_shortcut(&command(Key::Equals)) || i.consume_shortcut(&command(Key::Plus))
            {
                *zoom = zoom_step(*zoom, 1);
            }
            if i.consume_shortcut(&command(Key::Minus)) {
                *zoom = zoom_step(*zoom, -1);
            }
            if i.consume_shortcut(&command(Key::Num0)) {
                *zoom = 1.0;
            }
            // Ctrl + mouse wheel (or a pinch).
            let delta = i.zoom_delta();
            if delta != 1.0 {
                *zoom = (*zoom * delta).clamp(MIN_ZOOM, MAX_ZOOM);
            }
            if i.consume_key(Modifiers::NONE, Key::F5) {
                actions.push(Action::TogglePresent);
            }
            if i.consume_key(Modifiers::NONE, Key::F1) {
                self.show_shortcuts = true;
            }
        });
        self.actions.extend(actions);
        if !typing && self.prompt.is_none() {
            self.keyboard_navigation(ctx);
        }
    }

    /// Arrow keys move between cells, Enter edits, Delete clears, F2 renames.
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
        if (pressed(Key::Delete) || pressed(Key::Backspace))
            && let Selection::Cell(at) = self.selection
        {
            self.actions.push(Action::Edit(Edit::ClearCell { at }));
        }
        if pressed(Key::F2) {
            self.actions.push(Action::StartRename);
        }
    }

    /// The normal editor: menus, status bar, inspector, grid.
    pub(super) fn editor_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| {
            let mut actions = Vec::new();
            let before = self.settings.dark;
            menu::menu_bar_ui(
                ui,
                &self.history,
                self.selection,
                &mut self.settings,
                &mut actions,
                &mut self.show_shortcuts,
            );
            if before != self.settings.dark {
                self.apply_visual_settings(ui.ctx());
            }
            self.actions.extend(actions);
        });
        if self.external_notice.is_some() {
            egui::Panel::top("changed-on-disk").show(ui, |ui| self.changed_on_disk_ui(ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
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
                        &mut self.actions,
                    );
                });
            });
        egui::CentralPanel::default().show(ui, |ui| {
            self.grid.ui(
                ui,
                self.history.project(),
                self.selection,
                self.settings.colour_by,
                super::grid::Look::editor(self.settings.zoom),
                &mut self.actions,
            );
        });
    }

    /// The notice that someone else changed the open file.
    fn changed_on_disk_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let name = self
                .path
                .as_deref()
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned());
            let text = format!(
                "“{}” was changed on disk by someone else. Saving will ask before overwriting it.",
                name.unwrap_or_default()
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
            } else {
                ui.weak("Saved");
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.weak(notice);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                super::grid::legend_ui(ui, self.settings.colour_by);
                egui::ComboBox::from_label("Colour by")
                    .selected_text(self.settings.colour_by.label())
                    .show_ui(ui, |ui| {
                        for mode in ColourBy::ALL {
                            ui.selectable_value(&mut self.settings.colour_by, mode, mode.label());
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
                &mut self.settings.colour_by,
                &mut self.actions,
            );
            if matches!(outcome, super::present::Outcome::Leave) {
                self.actions.push(Action::TogglePresent);
            }
        }
        self.handle_shortcuts(&ctx);

        if let Some(present) = &mut self.present {
            let (project, revision) = (self.history.project(), self.history.revision());
            let dirty = self.history.is_dirty();
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    present.ui(
                        ui,
                        &mut self.grid,
                        project,
                        revision,
                        self.selection,
                        self.settings.colour_by,
                        dirty,
                        &mut self.actions,
                    );
                });
        } else {
            self.editor_ui(ui);
        }

        self.prompt_ui(&ctx);
        self.messages.ui(&ctx);
        self.shortcuts_ui(&ctx);
        if let Some(options) = self
            .export
            .ui(&ctx, self.history.project(), self.history.revision())
        {
            self.export_png(options);
        }

        self.apply_actions(&ctx);
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
