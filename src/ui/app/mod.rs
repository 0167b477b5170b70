//! The editor application: owns the open document and applies, in one place
//! per frame, every action the UI collected while drawing.

use std::path::{Path, PathBuf};

use eframe::egui;

pub use super::action::{Action, Selection};
use super::command::Command;
use super::document::Document;
use super::files::{Dialogs, NativeDialogs};
use super::grid::Grid;
use super::inspector;
use super::menu;
use super::prompts::{Pending, Prompt};
pub use super::settings::Settings;
use super::settings::file_name;
use super::theme::ColourBy;
use crate::i18n::Text;
use crate::model::{CellKey, History, Project};
use crate::recovery::Recovery;
use crate::tr;

mod commands;
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
    /// The open map and its file.
    pub(super) doc: Document,
    pub settings: Settings,
    pub selection: Selection,
    pub(super) grid: Grid,
    pub(super) actions: Vec<Action>,
    pub(super) prompt: Option<Prompt>,
    /// Errors and warnings waiting to be shown, oldest first.
    pub(super) messages: super::messages::Messages,
    /// This frame's time, in seconds.
    pub(super) now: f64,
    pub(super) dialogs: Box<dyn Dialogs>,
    pub(super) show_shortcuts: bool,
    pub(super) export: super::export_dialog::ExportDialog,
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
    pub(super) in_app_dialog: Option<(
        super::file_browser::FileBrowser,
        super::prompts::FileRequest,
    )>,
    /// What to do once a save asked for by "Save changes first?" is done.
    pub(super) after_save: Option<Pending>,
    /// The start screen is showing.
    pub(super) start_screen: bool,
    pub(super) title: String,
    /// File → Compare with…, while it is open.
    pub(super) compare: Option<super::compare::Compare>,
    /// The Insights panel, while it is shown.
    pub(super) insights: Option<super::insights::InsightsPanel>,
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
            doc: Document::new(
                options
                    .project
                    .unwrap_or_else(crate::samples::default_project),
                options.recovery_dir.map(Recovery::new),
            ),
            settings: options.settings,
            selection: Selection::Project,
            grid: Grid::default(),
            actions: Vec::new(),
            prompt: None,
            messages: super::messages::Messages::default(),
            now: 0.0,
            dialogs: options.dialogs,
            show_shortcuts: false,
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
            insights: None,
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

    /// The cells outlined as changed by File → Compare with….
    pub fn grid_marked(&self) -> &std::collections::HashSet<CellKey> {
        &self.grid.marked
    }

    pub fn project(&self) -> &Project {
        self.doc.project()
    }

    pub fn history(&self) -> &History {
        &self.doc.history
    }

    pub fn path(&self) -> Option<&Path> {
        self.doc.path.as_deref()
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.history.is_dirty()
    }

    /// Queues an action, as the UI does while drawing.
    pub fn push(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// The text the window title shows: file name, and `*` when unsaved.
    pub fn window_title(&self) -> String {
        let name = self
            .doc
            .path
            .as_deref()
            .map_or_else(|| tr!("window-untitled").into(), file_name);
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
        let project = self.doc.history.project();
        if !matches!(self.selection, Selection::Cell(_))
            && let (Some(stage), Some(channel)) = (project.stages.first(), project.channels.first())
        {
            self.selection = Selection::Cell(CellKey::new(stage.id, channel.id));
        }
    }

    // ---- the frame -----------------------------------------------------

    /// The normal editor: menus, status bar, inspector, grid.
    pub(super) fn editor_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| {
            let mut actions = Vec::new();
            let enabled = |command| self.can_run(command);
            menu::menu_bar_ui(
                ui,
                &self.doc.history,
                &self.settings,
                &enabled,
                &mut actions,
            );
            self.actions.extend(actions);
        });
        if self.doc.external.is_some() {
            egui::Panel::top("changed-on-disk").show(ui, |ui| {
                crate::ui::layout::mirrored(ui, |ui| self.changed_on_disk_ui(ui));
            });
        }
        egui::Panel::bottom("status")
            .show(ui, |ui| crate::ui::layout::mirrored(ui, |ui| self.status_bar_ui(ui)));
        if !self.doc.history.project().conflicts.is_empty() {
            egui::Panel::bottom("conflicts").show(ui, |ui| {
                super::conflicts::conflicts_ui(ui, self.doc.history.project(), &mut self.actions);
            });
        }
        crate::ui::layout::side_panel("inspector", true)
            .default_size(340.0)
            .size_range(260.0..=600.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    crate::ui::layout::mirrored(ui, |ui| {
                        let focus = std::mem::take(&mut self.focus_inspector);
                        inspector::inspector_ui(
                            ui,
                            self.doc.history.project(),
                            self.selection,
                            focus,
                            self.settings.scheme,
                            &mut self.actions,
                        );
                    });
                });
            });
        if let Some(compare) = &mut self.compare {
            compare.refresh(self.doc.history.project(), self.doc.history.revision());
            self.grid.marked = compare.changed_cells();
            let open = crate::ui::layout::side_panel("compare", false)
                .default_size(320.0)
                .show(ui, |ui| {
                    crate::ui::layout::mirrored(ui, |ui| compare.ui(ui, &mut self.actions))
                })
                .inner;
            if !open {
                self.compare = None;
                self.grid.marked.clear();
            }
        }
        if let Some(panel) = &mut self.insights {
            let project = self.doc.history.project();
            panel.refresh(project, self.doc.history.revision());
            let owner = self.grid.owner.as_deref();
            let open = crate::ui::layout::side_panel("insights", false)
                .default_size(340.0)
                .size_range(260.0..=560.0)
                .show(ui, |ui| {
                    crate::ui::layout::mirrored(ui, |ui| panel.ui(ui, project, owner, &mut self.actions))
                })
                .inner;
            if !open {
                self.insights = None;
            }
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.grid.ui(
                ui,
                self.doc.history.project(),
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
            let name = self.doc.path.as_deref().map(file_name).unwrap_or_default();
            let text = tr!("changed-on-disk", name = name);
            ui.label(egui::RichText::from(text).color(ui.visuals().warn_fg_color));
            if ui.button(tr!("changed-on-disk-reload")).clicked() {
                self.reload();
            }
            if ui.button(tr!("changed-on-disk-keep")).clicked() {
                self.doc.external = None;
            }
        });
    }

    pub(super) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let project = self.doc.history.project();
            ui.label(tr!(
                "status-counts",
                stages = project.stages.len(),
                channels = project.channels.len(),
                cells = project.cell_count()
            ));
            ui.separator();
            if self.is_dirty() {
                ui.label(egui::RichText::from(tr!("status-unsaved")).color(super::theme::REAL));
            } else if self.doc.path.is_none() {
                ui.weak(tr!("status-not-saved"));
            } else {
                ui.weak(tr!("status-saved"));
            }
            ui.with_layout(crate::ui::layout::end_to_start(), |ui| {
                super::grid::legend_ui(ui, self.settings.colour_by, self.settings.scheme);
                let shown = self.insights.is_some();
                if ui
                    .selectable_label(shown, tr!("status-insights"))
                    .on_hover_text(Command::Insights.description())
                    .clicked()
                {
                    self.actions.push(Command::Insights.into());
                }
                owner_filter_ui(ui, project, self.grid.owner.as_deref(), &mut self.actions);
                egui::ComboBox::from_label(tr!("status-colour-by"))
                    .selected_text(super::theme::colour_by_label(self.settings.colour_by))
                    .show_ui(ui, |ui| {
                        for mode in ColourBy::ALL {
                            let current = self.settings.colour_by == mode;
                            if ui
                                .selectable_label(current, super::theme::colour_by_label(mode))
                                .clicked()
                            {
                                self.actions.push(Command::ColourBy(mode).into());
                            }
                        }
                    });
                // The notice (such as where an export went) takes the room
                // the controls leave, cut short with "…" and whole on hover,
                // rather than running under them.
                if let Some(notice) = &self.notice {
                    crate::ui::layout::row(ui, |ui| {
                        ui.separator();
                        let text = egui::RichText::from(Text::new(notice.clone())).weak();
                        ui.add(egui::Label::new(text).truncate());
                    });
                }
            });
        });
    }
}

/// "Owner: all" or one owner: every other owner's cells dim.
fn owner_filter_ui(
    ui: &mut egui::Ui,
    project: &Project,
    owner: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let owners = crate::analysis::findings::owners(project);
    let shown = owner.map_or_else(|| tr!("status-all-owners"), |o| Text::new(o.to_owned()));
    egui::ComboBox::from_label(tr!("status-show-owner"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(owner.is_none(), tr!("status-all-owners"))
                .clicked()
            {
                actions.push(Action::FilterOwner(None));
            }
            for name in owners {
                let on = owner == Some(name.as_str());
                if ui.selectable_label(on, Text::new(name.clone())).clicked() {
                    actions.push(Action::FilterOwner(Some(name)));
                }
            }
        })
        .response
        .on_hover_text(tr!("status-owner-filter-hint"));
}

impl eframe::App for JourneyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        crate::i18n::set_ui(self.settings.language());
        self.now = ctx.input(|i| i.time);
        self.handle_close_request(&ctx);
        self.check_disk_on_focus(&ctx);
        self.handle_dropped_files(&ctx);
        if let Some(present) = &mut self.present {
            let owners = crate::analysis::findings::owners(self.doc.history.project());
            let outcome = present.keys(
                &ctx,
                self.selection,
                self.settings.colour_by,
                (&owners, self.grid.owner.as_deref()),
                &mut self.actions,
            );
            if matches!(outcome, super::present::Outcome::Leave) {
                self.actions.push(Action::Command(Command::Present));
            }
        }
        self.handle_shortcuts(&ctx);

        if let Some(present) = &mut self.present {
            let (project, revision) = (self.doc.history.project(), self.doc.history.revision());
            let dirty = self.doc.history.is_dirty();
            let owner = self.grid.owner.clone();
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    let view = super::present::View {
                        project,
                        revision,
                        selection: self.selection,
                        settings: &self.settings,
                        dirty,
                        owner: owner.as_deref(),
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
        if let Some((options, kind)) = self.export.ui(
            &ctx,
            self.doc.history.project(),
            self.doc.history.revision(),
            self.settings.scheme,
        ) {
            self.export_infographic(options, kind);
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
