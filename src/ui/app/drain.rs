//! Everything that changes the app goes through here: the one drain of
//! actions per frame, and the commands it runs.

use eframe::egui;

use super::JourneyApp;
use crate::format::Format;
use crate::model::{CellKey, Edit, LaneCell, MergeKey, PersonaId, Project, Row};
use crate::tr;
use crate::ui::action::{Action, Selection, Window};
use crate::ui::command::Command;
use crate::ui::prompts::{FileRequest, Pending, Prompt};
use crate::ui::settings::{MAX_ZOOM, MIN_ZOOM, zoom_step};

/// How much wider or narrower a key makes the inspector.
const INSPECTOR_STEP: f32 = 40.0;

impl JourneyApp {
    /// Applies every queued action, in order, including those that applying
    /// them queues.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        while !self.actions.is_empty() {
            for action in std::mem::take(&mut self.actions) {
                self.apply_action(ctx, action);
            }
            self.fix_selection();
        }
        if let Some(said) = self.said.take() {
            crate::ui::spoken::announce(ctx, said);
        }
    }

    fn apply_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(edit) => self.apply_edit(edit, None),
            Action::Merged(edit, key) => self.apply_edit(edit, Some(key)),
            Action::EndMerge => self.doc.end_merge(),
            Action::Select(selection) => {
                if selection != self.selection {
                    self.doc.end_merge();
                }
                self.selection = selection;
            }
            Action::Reveal(selection) => {
                self.actions.push(Action::Select(selection));
                self.grid.scroll_to = self.place_of(selection);
            }
            Action::FilterOwner(owner) => self.grid.owner = owner,
            Action::Command(command) => self.run_command(ctx, command),
            Action::OpenPath(path) => self.guard_unsaved(ctx, Pending::Open(Some(path))),
            Action::ConfirmDelete(edit) => match self.delete_question(&edit) {
                Some(question) => self.prompt = Some(Prompt::Delete(edit, question)),
                None => self.apply_edit(edit, None),
            },
            Action::Export(options, format) => self.ask_export_path(options, format),
            Action::Answer(answer) => {
                if let Some(prompt) = self.prompt.take() {
                    self.answered(ctx, prompt, answer);
                }
            }
            Action::Browsed(picked) => self.browsed(picked),
            Action::ChangedOnDisk(fingerprint) => {
                self.doc.note_external(fingerprint);
            }
            Action::Reload => self.reload(),
            Action::KeepMine => self.doc.dismiss_external(),
            Action::CloseRequested => {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.prompt = Some(Prompt::Unsaved(Pending::Quit));
            }
            Action::Close(window) => match window {
                Window::StartScreen => self.start_screen = false,
                Window::Shortcuts => self.show_shortcuts = false,
                Window::About => self.show_about = false,
                Window::Compare => {
                    self.compare = None;
                    self.grid.marked.clear();
                }
                Window::Insights => self.insights = None,
            },
            Action::ZoomBy(factor) => {
                self.settings.zoom = (self.settings.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
            }
            Action::FocusInspector => self.focus_inspector = true,
            Action::EditAll(edits, step) => self.apply_all(edits, step),
        }
    }

    /// The grid's (column, row) of what `selection` is about.
    fn place_of(&self, selection: Selection) -> Option<(usize, Row)> {
        let project = self.doc.project();
        let first = project.rows().first().copied();
        match selection {
            Selection::Project | Selection::Persona(_) => None,
            Selection::Stage(id) => Some((project.stage_index(id)?, first?)),
            Selection::Channel(id) => Some((0, Row::Channel(id))),
            Selection::Cell(at) => Some((project.stage_index(at.stage)?, Row::Channel(at.channel))),
            Selection::Lane(id) => Some((0, Row::Lane(id))),
            Selection::LaneCell(at) => Some((project.stage_index(at.stage)?, Row::Lane(at.lane))),
            Selection::Line(id) => Some((0, project.line(id)?.after.or(first)?)),
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
            Command::Export => self.export.open_for(self.grid.persona),
            Command::ExportAs(format) => {
                self.ask_export_path(crate::export::Options::default(), format);
            }
            Command::Import => self.ask_path(FileRequest::Import, "", &Format::IMPORTS),
            Command::ImportSurvey => self.ask_path(FileRequest::Survey, "", &[Format::Survey]),
            Command::UseMeasuredScores => {
                let edits = crate::measure::use_measured(self.doc.project());
                self.apply_all(edits, "step-use-measured-scores");
            }
            Command::CompareWith => self.ask_path(FileRequest::Compare, "", &[Format::Map]),
            Command::Quit => self.guard_unsaved(ctx, Pending::Quit),
            Command::Undo | Command::Redo => {
                let step = if command == Command::Undo {
                    self.doc.history().undo_step()
                } else {
                    self.doc.history().redo_step()
                };
                let said = step.map(|step| match command {
                    Command::Undo => tr!("menu-undo-step", step = tr!(step)),
                    _ => tr!("menu-redo-step", step = tr!(step)),
                });
                if command == Command::Undo {
                    self.doc.undo(self.now);
                } else {
                    self.doc.redo(self.now);
                }
                self.said = said;
            }
            Command::AddStage | Command::AddChannel => {
                let stage = command == Command::AddStage;
                self.grid
                    .add_after(stage, self.selection, self.doc.project(), &mut self.actions);
            }
            Command::Rename => self.grid.start_rename(self.selection, self.doc.project()),
            Command::ContextMenu => {
                self.grid.menu = Some(self.selection);
                self.grid.scroll_to = self.place_of(self.selection);
            }
            Command::InspectorWider | Command::InspectorNarrower => {
                let step = if command == Command::InspectorWider {
                    INSPECTOR_STEP
                } else {
                    -INSPECTOR_STEP
                };
                self.inspector_width = Some(self.inspector_shown + step);
            }
            Command::ClearCell => match self.selection {
                Selection::Cell(at) => self.apply_edit(Edit::ClearCell { at }, None),
                Selection::LaneCell(at) => {
                    let cell = LaneCell::default();
                    self.apply_edit(Edit::SetLaneCell { at, cell }, None);
                }
                _ => {}
            },
            Command::DeleteSelected => {
                let edit = match self.selection {
                    Selection::Stage(id) => Some(Edit::DeleteStage { id }),
                    Selection::Channel(id) => Some(Edit::DeleteChannel { id }),
                    Selection::Lane(id) => Some(Edit::DeleteLane { id }),
                    Selection::Line(id) => Some(Edit::DeleteLine { id }),
                    Selection::Persona(id) => Some(Edit::DeletePersona { id }),
                    Selection::Project | Selection::Cell(_) | Selection::LaneCell(_) => None,
                };
                if let Some(edit) = edit {
                    self.actions.push(Action::ConfirmDelete(edit));
                }
            }
            Command::AddLane(kind) => {
                self.grid
                    .add_lane(kind, self.selection, self.doc.project(), &mut self.actions);
            }
            Command::AddLine => {
                self.grid
                    .add_line(self.selection, self.doc.project(), &mut self.actions);
            }
            Command::AddPersona => {
                let project = self.doc.project();
                if project.personas.len() < crate::model::MAX_PERSONAS {
                    let taken = project.personas.iter().map(|p| p.colour);
                    let colour = crate::model::PersonaColour::unused(taken);
                    let number = project.personas.len() + 1;
                    let name: String = tr!("new-persona-name", number = number).into();
                    let persona = crate::model::Persona::new(name, colour);
                    let id = persona.id;
                    let index = project.personas.len();
                    self.apply_edit(Edit::AddPersona { index, persona }, None);
                    self.actions.push(Action::Select(Selection::Persona(id)));
                    self.actions.push(Action::FocusInspector);
                } else {
                    let most = crate::model::MAX_PERSONAS;
                    self.notice = Some(tr!("inspector-personas-full", most = most).into());
                }
            }
            Command::Copy => self.copy(ctx),
            Command::Paste => self.paste(),
            Command::NextPersona => {
                let project = self.doc.project();
                let ids: Vec<PersonaId> = project.personas.iter().map(|p| p.id).collect();
                // All, then each persona in turn, then all again.
                self.grid.persona = match self
                    .grid
                    .persona
                    .and_then(|p| ids.iter().position(|i| *i == p))
                {
                    Some(at) => ids.get(at + 1).copied(),
                    None if ids.len() > 1 => ids.first().copied(),
                    None => None,
                };
            }
            Command::ShowPersona(persona) => self.grid.persona = persona,
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
            Command::About => self.show_about = true,
            Command::Language(lang) => self.settings.language = Some(lang),
        }
    }

    /// Whether a command can run now (menus grey out the others).
    pub(super) fn can_run(&self, command: Command) -> bool {
        let project = self.doc.project();
        match command {
            Command::Undo => self.doc.history().can_undo(),
            Command::Redo => self.doc.history().can_redo(),
            Command::ClearCell => match self.selection {
                Selection::Cell(at) => project.cell(at).is_some(),
                Selection::LaneCell(at) => project.lane_cell(at).is_some(),
                _ => false,
            },
            Command::Rename => matches!(
                self.selection,
                Selection::Stage(_)
                    | Selection::Channel(_)
                    | Selection::Lane(_)
                    | Selection::Line(_)
            ),
            Command::DeleteSelected => match self.selection {
                Selection::Stage(_)
                | Selection::Channel(_)
                | Selection::Lane(_)
                | Selection::Line(_) => true,
                Selection::Persona(_) => project.personas.len() > 1,
                _ => false,
            },
            Command::Copy => {
                matches!(self.selection, Selection::LaneCell(at) if project.lane_cell(at).is_some())
            }
            Command::Paste => {
                matches!(self.selection, Selection::LaneCell(_)) && self.clipboard.is_some()
            }
            Command::NextPersona => project.personas.len() > 1,
            Command::ContextMenu => {
                !matches!(self.selection, Selection::Project | Selection::Persona(_))
            }
            Command::ClearRecent => !self.settings.recent.is_empty(),
            _ => true,
        }
    }

    /// Applies an edit. One made at once (not typing, which a screen
    /// reader echoes itself) is announced.
    pub(super) fn apply_edit(&mut self, edit: Edit, merge: Option<MergeKey>) {
        let said = merge.is_none().then(|| edit.clone());
        match self.doc.apply(edit, merge, self.now) {
            Ok(_) => {
                if let Some(edit) = said {
                    self.said = Some(super::said::said(&edit, self.doc.project()));
                }
            }
            Err(e) => log::warn!("edit refused: {e}"),
        }
    }

    /// Applies `edits` as one undo step named `step`, and says so.
    pub(super) fn apply_all(&mut self, edits: Vec<Edit>, step: &'static str) {
        let count = edits.len();
        match self.doc.apply_all(edits, step, self.now) {
            Ok(true) => {
                self.said = Some(tr!(
                    "said-steps",
                    step = tr!(step).to_string(),
                    count = count
                ));
            }
            Ok(false) => self.notice = Some(tr!("notice-nothing-changed").into()),
            Err(e) => log::warn!("edits refused: {e}"),
        }
    }

    /// Enters presentation mode full screen, focusing a cell, or leaves it.
    fn toggle_present(&mut self, ctx: &egui::Context) {
        if self.present.take().is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            self.apply_visual_settings(ctx);
            return;
        }
        self.present = Some(crate::ui::present::Presenter::default());
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        let project = self.doc.project();
        if !matches!(self.selection, Selection::Cell(_))
            && let (Some(stage), Some(channel)) = (project.stages.first(), project.channels.first())
        {
            self.selection = Selection::Cell(CellKey::new(stage.id, channel.id));
        }
    }

    /// The confirmation question for deleting a stage or channel with content.
    fn delete_question(&self, edit: &Edit) -> Option<String> {
        let project = self.project();
        let (key, name, cells) = match edit {
            Edit::DeleteStage { id } => (
                "prompt-delete-stage",
                project.stage(*id).map(|s| s.name.as_str()),
                project.stage_cell_count(*id),
            ),
            Edit::DeleteChannel { id } => (
                "prompt-delete-channel",
                project.channel(*id).map(|c| c.name.as_str()),
                project.channel_cell_count(*id),
            ),
            Edit::DeleteLane { id } => (
                "prompt-delete-lane",
                project.lane(*id).map(|l| l.name.as_str()),
                project.lane_value_count(*id),
            ),
            Edit::DeletePersona { id } => (
                "prompt-delete-persona",
                project.persona_by_id(*id).map(|p| p.name.as_str()),
                project
                    .lane_cells_by_id()
                    .iter()
                    .filter(|(_, c)| c.emotions.contains_key(id))
                    .count(),
            ),
            _ => return None,
        };
        (cells > 0).then(|| tr!(key, name = name.unwrap_or_default(), cells = cells).into())
    }

    /// Drops a selection whose stage, channel or cell no longer exists.
    fn fix_selection(&mut self) {
        let project = self.doc.project();
        let valid = match self.selection {
            Selection::Project => true,
            Selection::Stage(id) => project.stage(id).is_some(),
            Selection::Channel(id) => project.channel(id).is_some(),
            Selection::Cell(key) => {
                project.stage(key.stage).is_some() && project.channel(key.channel).is_some()
            }
            Selection::Lane(id) => project.lane(id).is_some(),
            Selection::LaneCell(key) => {
                project.stage(key.stage).is_some() && project.lane(key.lane).is_some()
            }
            Selection::Line(id) => project.line(id).is_some(),
            Selection::Persona(id) => project.persona_by_id(id).is_some(),
        };
        if !valid {
            self.selection = Selection::Project;
        }
    }
}

impl JourneyApp {
    /// Copies the selected lane value: kept for Paste, and its text on the
    /// system clipboard.
    fn copy(&mut self, ctx: &egui::Context) {
        let Selection::LaneCell(at) = self.selection else {
            return;
        };
        let project = self.doc.project();
        let Some(cell) = project.lane_cell(at) else {
            return;
        };
        let text = match project.lane(at.lane).map(|l| l.kind) {
            Some(crate::model::LaneKind::Metric) => cell
                .number
                .map_or_else(|| cell.text.clone(), |n| n.to_string()),
            Some(crate::model::LaneKind::Emotion) => cell
                .emotions
                .iter()
                .filter_map(|(p, e)| {
                    let name = project.persona_by_id(*p)?.name.clone();
                    let score = e.score.map(crate::model::Score::signed).unwrap_or_default();
                    Some(format!("{name}: {score} {}", e.note).trim().to_owned())
                })
                .collect::<Vec<_>>()
                .join("\n"),
            _ => cell.text.clone(),
        };
        ctx.copy_text(text);
        self.clipboard = Some(cell.clone());
    }

    /// Puts the copied lane value in the selected one, as one undo step.
    fn paste(&mut self) {
        if let (Selection::LaneCell(at), Some(cell)) = (self.selection, self.clipboard.clone()) {
            self.apply_edit(Edit::SetLaneCell { at, cell }, None);
        }
    }
}
