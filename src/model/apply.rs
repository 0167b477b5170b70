//! The one function that applies an edit to a project, keeping every
//! invariant.

use super::cell::{CellKey, Signal};
use super::edit::{Edit, EditError};
use super::ids::{ChannelId, SignalId, StageId};
use super::lanes::Row;
use super::project::{Channel, Project, Stage};

/// Moves `items[from]` so that it ends up at `to` (clamped).
pub(super) fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) {
    let item = items.remove(from);
    items.insert(to.min(items.len()), item);
}

impl Project {
    /// Applies one edit, keeping every invariant. On error nothing changes.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::SetTitle(title) => self.title = title,
            Edit::SetDirection(direction) => self.direction = direction,
            Edit::SetLanguage(language) => self.language = language,

            Edit::AddStage { index, stage } => {
                if self.stage(stage.id).is_some() {
                    return Err(EditError::DuplicateStage(stage.id));
                }
                self.stages.insert(index.min(self.stages.len()), stage);
            }
            Edit::RenameStage { id, name } => self.stage_mut(id)?.name = name,
            Edit::SetStageDescription { id, description } => {
                self.stage_mut(id)?.description = description;
            }
            Edit::MoveStage { id, to } => {
                let from = self.stage_index(id).ok_or(EditError::UnknownStage(id))?;
                move_item(&mut self.stages, from, to);
            }
            Edit::DeleteStage { id } => {
                let index = self.stage_index(id).ok_or(EditError::UnknownStage(id))?;
                self.stages.remove(index);
                self.cells.retain(|key, _| key.stage != id);
                self.lane_cells.retain(|key, _| key.stage != id);
            }

            Edit::AddChannel { index, channel } => {
                if self.channel(channel.id).is_some() {
                    return Err(EditError::DuplicateChannel(channel.id));
                }
                self.channels
                    .insert(index.min(self.channels.len()), channel);
            }
            Edit::RenameChannel { id, name } => self.channel_mut(id)?.name = name,
            Edit::SetChannelKind { id, kind } => self.channel_mut(id)?.kind = kind,
            Edit::MoveChannel { id, to } => {
                let from = self
                    .channel_index(id)
                    .ok_or(EditError::UnknownChannel(id))?;
                move_item(&mut self.channels, from, to);
            }
            Edit::DeleteChannel { id } => {
                let index = self
                    .channel_index(id)
                    .ok_or(EditError::UnknownChannel(id))?;
                self.lift_lines(Row::Channel(id));
                self.channels.remove(index);
                self.cells.retain(|key, _| key.channel != id);
            }

            Edit::SetText { at, field, text } => {
                self.check_key(at)?;
                *self.cells.entry(at).or_default().text_mut(field) = text;
                self.drop_if_empty(at);
            }
            Edit::SetScore {
                at,
                experience,
                score,
            } => {
                self.check_key(at)?;
                *self.cells.entry(at).or_default().score_mut(experience) = score;
                self.drop_if_empty(at);
            }
            Edit::SetMeasures { at, measures } => {
                self.check_key(at)?;
                self.cells.entry(at).or_default().measures = measures;
                self.drop_if_empty(at);
            }
            Edit::ClearCell { at } => {
                self.check_key(at)?;
                self.cells.remove(&at);
            }
            Edit::MoveCell { from, to } => {
                self.check_key(from)?;
                self.check_key(to)?;
                let moving = self.cells.remove(&from);
                if let Some(displaced) = self.cells.remove(&to) {
                    self.cells.insert(from, displaced);
                }
                if let Some(cell) = moving {
                    self.cells.insert(to, cell);
                }
            }

            Edit::AddSignal { at, index, signal } => {
                self.check_key(at)?;
                if self.find_signal(signal.id).is_some() {
                    return Err(EditError::DuplicateSignal(signal.id));
                }
                let signals = &mut self.cells.entry(at).or_default().signals;
                signals.insert(index.min(signals.len()), signal);
            }
            Edit::SetSignalText { id, text } => self.signal_mut(id)?.text = text,
            Edit::SetSignalPolarity { id, polarity } => self.signal_mut(id)?.polarity = polarity,
            Edit::SetSignalTags { id, tags } => self.signal_mut(id)?.tags = tags,
            Edit::MoveSignal { id, to, index } => {
                self.check_key(to)?;
                let (from, position) = self.find_signal(id).ok_or(EditError::UnknownSignal(id))?;
                let signal = self
                    .cells
                    .get_mut(&from)
                    .map(|cell| cell.signals.remove(position))
                    .ok_or(EditError::UnknownSignal(id))?;
                self.drop_if_empty(from);
                let signals = &mut self.cells.entry(to).or_default().signals;
                signals.insert(index.min(signals.len()), signal);
            }
            Edit::DeleteSignal { id } => {
                let (at, position) = self.find_signal(id).ok_or(EditError::UnknownSignal(id))?;
                if let Some(cell) = self.cells.get_mut(&at) {
                    cell.signals.remove(position);
                }
                self.drop_if_empty(at);
            }
            Edit::ResolveConflict { index, theirs } => {
                let conflict = self
                    .conflicts
                    .get(index)
                    .cloned()
                    .ok_or(EditError::UnknownConflict(index))?;
                let value = if theirs {
                    &conflict.theirs
                } else {
                    &conflict.ours
                };
                // A place that no longer exists (deleted since) takes no edit.
                let mut resolved = self.clone();
                for edit in super::resolve::resolution(&conflict, self, value) {
                    resolved.apply(edit).ok();
                }
                resolved.conflicts.remove(index);
                *self = resolved;
            }
            around => self.apply_around(around)?,
        }
        Ok(())
    }

    fn stage_mut(&mut self, id: StageId) -> Result<&mut Stage, EditError> {
        self.stages
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(EditError::UnknownStage(id))
    }

    fn channel_mut(&mut self, id: ChannelId) -> Result<&mut Channel, EditError> {
        self.channels
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(EditError::UnknownChannel(id))
    }

    fn signal_mut(&mut self, id: SignalId) -> Result<&mut Signal, EditError> {
        let (at, index) = self.find_signal(id).ok_or(EditError::UnknownSignal(id))?;
        self.cells
            .get_mut(&at)
            .and_then(|cell| cell.signals.get_mut(index))
            .ok_or(EditError::UnknownSignal(id))
    }

    fn check_key(&self, key: CellKey) -> Result<(), EditError> {
        if self.stage(key.stage).is_none() {
            return Err(EditError::UnknownStage(key.stage));
        }
        if self.channel(key.channel).is_none() {
            return Err(EditError::UnknownChannel(key.channel));
        }
        Ok(())
    }

    /// Keeps the "only non-empty cells are stored" invariant.
    fn drop_if_empty(&mut self, key: CellKey) {
        if self.cells.get(&key).is_some_and(super::Cell::is_empty) {
            self.cells.remove(&key);
        }
    }
}
