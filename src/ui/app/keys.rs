//! Keys and other input from outside the widgets, turned into actions:
//! shortcuts, the presentation's keys, arrow navigation, wheel zoom, the
//! window's close button, files dropped on it, and someone else's save.

use std::path::PathBuf;

use eframe::egui;

use super::JourneyApp;
use crate::model::{CellKey, Edit, LaneKey, LaneKind, Project, Row, Score};
use crate::ui::action::{Action, Selection};
use crate::ui::command::Command;
use crate::ui::keymap::Key;

impl JourneyApp {
    /// Shortcuts, the presentation's keys and arrow navigation.
    pub(super) fn keys_ui(&mut self, ctx: &egui::Context) {
        // Typing in a field, not moving on the grid.
        let typing = ctx.memory(|m| m.focused().is_some()) && !crate::ui::grid::has_focus(ctx);
        if let Some(present) = &mut self.present {
            let outcome = present.keys(
                ctx,
                self.selection,
                self.settings.colour_by,
                (&self.derived.owners, self.grid.owner.as_deref()),
                &mut self.actions,
            );
            if matches!(outcome, crate::ui::present::Outcome::Leave) {
                self.actions.push(Action::Command(Command::Present));
            }
        }
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
            self.actions.push(Action::ZoomBy(delta));
        }
        if !typing && self.prompt.is_none() {
            self.navigation_ui(ctx);
        }
        if self.prompt.is_none() && self.present.is_none() {
            self.move_signal_ui(ctx);
        }
    }

    /// Alt+arrows in a signal's text box: the signal to the next cell that
    /// way, its box keeping the focus there, as dragging its chip does.
    fn move_signal_ui(&mut self, ctx: &egui::Context) {
        let Some(id) = crate::ui::inspector::signal_being_edited(ctx) else {
            return;
        };
        let project = self.doc.project();
        let Some((at, _)) = project.find_signal(id) else {
            return;
        };
        for (shortcut, step) in Key::Reorder.shortcuts().iter().zip(steps(project)) {
            if ctx.input_mut(|i| i.consume_shortcut(shortcut))
                && let Some(to) = neighbour(project, at, step)
            {
                let index = usize::MAX;
                self.actions
                    .push(Action::Edit(Edit::MoveSignal { id, to, index }));
                self.actions.push(Action::Reveal(Selection::Cell(to)));
                crate::ui::inspector::focus_signal(ctx, id);
                return;
            }
        }
    }

    /// Arrow keys move between cells and lane values, row by row as the
    /// grid shows them; Enter edits the selected one (the keys of
    /// [`Key::Move`] and [`Key::Edit`]); on an emotion lane, 1–5 set the
    /// score of the persona shown (or the lane's, or the first) and 0
    /// clears it.
    fn navigation_ui(&mut self, ctx: &egui::Context) {
        let project = self.doc.project();
        let rows = crate::ui::grid::shown_rows(project, self.grid.persona);
        if project.stages.is_empty() || rows.is_empty() {
            return;
        }
        let pressed = |shortcut: egui::KeyboardShortcut| {
            ctx.input_mut(|i| i.consume_key(shortcut.modifiers, shortcut.logical_key))
        };
        let row_of = |row: Row| rows.iter().position(|r| *r == row).unwrap_or(0) as isize;
        // Column and row as the grid shows them, -1 the header band: a
        // stage's header is above its column, a row's at its start.
        let at = match self.selection {
            Selection::Cell(key) => Some((
                project.stage_index(key.stage).unwrap_or(0) as isize,
                row_of(Row::Channel(key.channel)),
            )),
            Selection::LaneCell(key) => Some((
                project.stage_index(key.stage).unwrap_or(0) as isize,
                row_of(Row::Lane(key.lane)),
            )),
            Selection::Stage(id) => Some((project.stage_index(id).unwrap_or(0) as isize, -1)),
            Selection::Channel(id) => Some((-1, row_of(Row::Channel(id)))),
            Selection::Lane(id) => Some((-1, row_of(Row::Lane(id)))),
            Selection::Line(id) => {
                Some((-1, project.line(id).and_then(|l| l.after).map_or(0, row_of)))
            }
            Selection::Project | Selection::Persona(_) => None,
        };
        let steps = steps(project);
        // Alt+arrows first: the plain arrows' check would take them too.
        if self.present.is_none() {
            let moves = Key::Reorder.shortcuts().iter().zip(steps);
            for (shortcut, step) in moves {
                if !pressed(*shortcut) {
                    continue;
                }
                if let Selection::Cell(from) = self.selection
                    && let Some(to) = neighbour(project, from, step)
                {
                    // The card moves (swapping with a filled one); the
                    // selection goes with it.
                    self.actions.push(Action::Edit(Edit::MoveCell { from, to }));
                    self.actions.push(Action::Reveal(Selection::Cell(to)));
                } else if let Some(edit) = reorder(project, self.selection, step) {
                    self.actions.push(Action::Edit(edit));
                }
            }
        }
        // Presenting, the arrows stay on the cells.
        let first = if self.present.is_some() { 0 } else { -1 };
        let (last_col, last_row) = (project.stages.len() as isize - 1, rows.len() as isize - 1);
        let mut to = at;
        for (shortcut, (dc, dr)) in Key::Move.shortcuts().iter().zip(steps) {
            if pressed(*shortcut) {
                to = Some(match to {
                    None => (0, 0),
                    Some((col, row)) => {
                        let moved = (
                            (col + dc).clamp(first, last_col),
                            (row + dr).clamp(first, last_row),
                        );
                        // The corner holds nothing to select.
                        if moved == (-1, -1) { (col, row) } else { moved }
                    }
                });
            }
        }
        if let Some((col, row)) = to.filter(|t| Some(*t) != at) {
            let selection = match (col, row) {
                (-1, row) => match rows[row as usize] {
                    Row::Channel(id) => Selection::Channel(id),
                    Row::Lane(id) => Selection::Lane(id),
                },
                (col, -1) => Selection::Stage(project.stages[col as usize].id),
                (col, row) => {
                    let stage = project.stages[col as usize].id;
                    match rows[row as usize] {
                        Row::Channel(channel) => Selection::Cell(CellKey::new(stage, channel)),
                        Row::Lane(lane) => Selection::LaneCell(LaneKey::new(lane, stage)),
                    }
                }
            };
            self.actions.push(Action::Reveal(selection));
        }
        if let Selection::LaneCell(at) = self.selection
            && let Some(lane) = project.lane(at.lane)
            && lane.kind == LaneKind::Emotion
        {
            let persona = crate::ui::grid::acting_persona(project, lane, self.grid.persona);
            let score = Key::EmotionScore
                .shortcuts()
                .iter()
                .position(|s| pressed(*s))
                .map(|n| Score::new(n as i64 - 2));
            let cleared = Key::ClearEmotion.shortcuts().iter().any(|s| pressed(*s));
            if let Some(score) = score.or(cleared.then_some(None)) {
                self.actions
                    .push(Action::Edit(Edit::SetEmotion { at, persona, score }));
            }
        }
        let edit = Key::Edit.shortcuts()[0];
        if self.present.is_none() && self.selection != Selection::Project && pressed(edit) {
            self.actions.push(Action::FocusInspector);
        }
    }

    /// The window's close button, with unsaved work.
    pub(super) fn close_request_ui(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quit_confirmed && self.is_dirty()
        {
            self.actions.push(Action::CloseRequested);
        }
    }

    /// When the window gets the focus back, checks whether someone else
    /// changed the open file.
    pub(super) fn disk_on_focus_ui(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        if focused
            && !self.was_focused
            && let Some(now) = self.doc.changed_on_disk()
            && self.doc.external() != Some(now)
        {
            self.actions.push(Action::ChangedOnDisk(now));
        }
        self.was_focused = focused;
    }

    /// A file dropped on the window opens.
    pub(super) fn dropped_files_ui(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.actions.push(Action::OpenPath(path));
        }
    }
}

/// What the arrows left, right, up and down (as the keymap lists them)
/// move by, in (columns, rows): on a right-to-left map the next stage is
/// to the left.
fn steps(project: &Project) -> [(isize, isize); 4] {
    let next = if project.direction.is_rtl() { -1 } else { 1 };
    [(-next, 0), (next, 0), (0, -1), (0, 1)]
}

/// The cell one step from `at` by `(columns, rows)`, stage by stage and
/// channel by channel (lanes hold no cells); `None` at an edge.
fn neighbour(project: &Project, at: CellKey, (dc, dr): (isize, isize)) -> Option<CellKey> {
    let stage = project.stage_index(at.stage)?.checked_add_signed(dc)?;
    let channel = project.channels.iter().position(|c| c.id == at.channel)?;
    let channel = channel.checked_add_signed(dr)?;
    Some(CellKey::new(
        project.stages.get(stage)?.id,
        project.channels.get(channel)?.id,
    ))
}

/// The edit that moves the selected stage, channel, lane or line one place
/// by `(columns, rows)`, as the grid shows them; `None` at an end.
fn reorder(project: &Project, selection: Selection, (dc, dr): (isize, isize)) -> Option<Edit> {
    // Up (0) or down (1).
    let vertical = |dr: isize| match dr {
        -1 => Some(0),
        1 => Some(1),
        _ => None,
    };
    let step = |at: usize, by: isize, len: usize| {
        at.checked_add_signed(by).filter(|to| *to < len && by != 0)
    };
    match selection {
        Selection::Stage(id) => {
            let at = project.stage_index(id)?;
            let to = step(at, dc, project.stages.len())?;
            Some(Edit::MoveStage { id, to })
        }
        Selection::Channel(id) => {
            let at = project.channels.iter().position(|c| c.id == id)?;
            let to = step(at, dr, project.channels.len())?;
            Some(Edit::MoveChannel { id, to })
        }
        Selection::Lane(id) => project.lane_moves(id).into_iter().nth(vertical(dr)?)?,
        Selection::Line(id) => project.line_moves(id).into_iter().nth(vertical(dr)?)?,
        _ => None,
    }
}
