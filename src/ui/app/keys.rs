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
        let typing = ctx.memory(|m| m.focused().is_some());
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
        let row_of = |row: Row| rows.iter().position(|r| *r == row).unwrap_or(0);
        let (mut col, mut row) = match self.selection {
            Selection::Cell(key) => (
                project.stage_index(key.stage).unwrap_or(0),
                row_of(Row::Channel(key.channel)),
            ),
            Selection::LaneCell(key) => (
                project.stage_index(key.stage).unwrap_or(0),
                row_of(Row::Lane(key.lane)),
            ),
            Selection::Stage(id) => (project.stage_index(id).unwrap_or(0), 0),
            Selection::Channel(id) => (0, row_of(Row::Channel(id))),
            Selection::Lane(id) => (0, row_of(Row::Lane(id))),
            Selection::Line(id) => (0, project.line(id).and_then(|l| l.after).map_or(0, row_of)),
            Selection::Project | Selection::Persona(_) => (usize::MAX, usize::MAX),
        };
        let mut moved = false;
        // On a right-to-left map the next stage is to the left.
        let next = if project.direction.is_rtl() { -1 } else { 1 };
        // Left, right, up, down, as the keymap lists them.
        let steps = [(-next, 0), (next, 0), (0, -1), (0, 1)];
        // Alt+arrows first: the plain arrows' check would take them too.
        if self.present.is_none() {
            let moves = Key::Reorder.shortcuts().iter().zip(steps);
            for (shortcut, step) in moves {
                if pressed(*shortcut)
                    && let Some(edit) = reorder(project, self.selection, step)
                {
                    self.actions.push(Action::Edit(edit));
                }
            }
        }
        for (shortcut, (dc, dr)) in Key::Move.shortcuts().iter().zip(steps) {
            if pressed(*shortcut) {
                moved = true;
                if col == usize::MAX {
                    (col, row) = (0, 0);
                } else {
                    col = col.saturating_add_signed(dc).min(project.stages.len() - 1);
                    row = row.saturating_add_signed(dr).min(rows.len() - 1);
                }
            }
        }
        if moved {
            let stage = project.stages[col].id;
            let selection = match rows[row] {
                Row::Channel(channel) => Selection::Cell(CellKey::new(stage, channel)),
                Row::Lane(lane) => Selection::LaneCell(LaneKey::new(lane, stage)),
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
