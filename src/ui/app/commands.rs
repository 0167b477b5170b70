//! Everything that changes the app goes through here: the one drain of
//! actions per frame, the commands, keyboard shortcuts and navigation.

use eframe::egui;

use super::JourneyApp;
use crate::model::{CellKey, Edit, MergeKey, Project};
use crate::tr;
use crate::ui::action::{Action, Selection};
use crate::ui::command::Command;
use crate::ui::prompts::{Pending, Prompt};
use crate::ui::settings::{MAX_ZOOM, MIN_ZOOM, zoom_step};

impl JourneyApp {
    /// Applies every queued action, in order, including those that applying
    /// them queues.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        while !self.actions.is_empty() {
            for action in std::mem::take(&mut self.actions) {
                match action {
                    Action::Edit(edit) => self.apply_edit(edit, None),
                    Action::Merged(edit, key) => self.apply_edit(edit, Some(key)),
                    Action::EndMerge => self.doc.history.end_merge(),
                    Action::Select(selection) => {
                        if selection != self.selection {
                            self.doc.history.end_merge();
                        }
                        self.selection = selection;
                    }
                    Action::Reveal(selection) => {
                        self.actions.push(Action::Select(selection));
                        self.grid.scroll_to = self.place_of(selection);
                    }
                    Action::FilterOwner(owner) => self.grid.owner = owner,
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

    /// The grid's (column, row) of what `selection` is about.
    fn place_of(&self, selection: Selection) -> Option<(usize, usize)> {
        let project = self.doc.history.project();
        match selection {
            Selection::Project => None,
            Selection::Stage(id) => Some((project.stage_index(id)?, 0)),
            Selection::Channel(id) => Some((0, project.channel_index(id)?)),
            Selection::Cell(at) => Some((
                project.stage_index(at.stage)?,
                project.channel_index(at.channel)?,
            )),
        }
    }

    /// Carries out a menu item or shortcut.
    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New | Command::Close => {
                let title = String::from(tr!("new-map-title"));
                let project = Project {
                    direction: crate::model::Direction::guess([title.as_str()]),
                    title,
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
            Command::ExportCsv(table) => self.export_csv(table),
            Command::ImportMermaid => self.import_mermaid(),
            Command::ExportMermaid => self.export_mermaid(),
            Command::CompareWith => self.compare_with(),
            Command::Quit => self.guard_unsaved(ctx, Pending::Quit),
            Command::Undo => {
                if self.doc.history.undo() {
                    self.doc.changed(self.now);
                }
            }
            Command::Redo => {
                if self.doc.history.redo() {
                    self.doc.changed(self.now);
                }
            }
            Command::AddStage | Command::AddChannel => {
                let project = self.doc.history.project();
                let stage = command == Command::AddStage;
                self.grid
                    .add_after(stage, self.selection, project, &mut self.actions);
            }
            Command::Rename => self
                .grid
                .start_rename(self.selection, self.doc.history.project()),
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
            Command::Insights => {
                self.insights = match self.insights {
                    Some(_) => None,
                    None => Some(Default::default()),
                }
            }
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
            Command::Language(lang) => self.settings.language = Some(lang),
        }
    }

    /// Whether a command can run now (menus grey out the others).
    pub(super) fn can_run(&self, command: Command) -> bool {
        let project = self.doc.history.project();
        match command {
            Command::Undo => self.doc.history.can_undo(),
            Command::Redo => self.doc.history.can_redo(),
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
            Some(key) => self.doc.history.apply_merged(edit, key),
            None => self.doc.history.apply(edit),
        };
        match result {
            Ok(true) => self.doc.changed(self.now),
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
        let (stage, name, cells) = match edit {
            Edit::DeleteStage { id } => (
                true,
                project.stage(*id).map(|s| s.name.as_str()),
                count(&|k| k.stage == *id),
            ),
            Edit::DeleteChannel { id } => (
                false,
                project.channel(*id).map(|c| c.name.as_str()),
                count(&|k| k.channel == *id),
            ),
            _ => return None,
        };
        let name = name.unwrap_or_default();
        let key = if stage {
            "prompt-delete-stage"
        } else {
            "prompt-delete-channel"
        };
        (cells > 0).then(|| tr!(key, name = name, cells = cells).into())
    }

    /// Drops a selection whose stage, channel or cell no longer exists.
    pub(super) fn fix_selection(&mut self) {
        let project = self.doc.history.project();
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
        let project = self.doc.history.project();
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
        // On a right-to-left map the next stage is to the left.
        let next = if project.direction.is_rtl() { -1 } else { 1 };
        for (key, dc, dr) in [
            (Key::ArrowLeft, -next, 0),
            (Key::ArrowRight, next, 0),
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
}
