//! How the edits of personas, lanes, lane values and lines apply (see
//! [`Edit`]); the grid's own edits are in `edit`.

use super::apply::move_item;
use super::edit::{Edit, EditError};
use super::ids::{LaneId, LineId, PersonaId};
use super::lanes::{Lane, LaneCell, LaneKey, LaneKind, Line, MAX_PERSONAS, Persona, Row};
use super::project::Project;

impl Project {
    /// The moves the lane `id` can make from where it is, up then down: a
    /// place along its side of the channels, or across them from the end.
    pub fn lane_moves(&self, id: LaneId) -> [Option<Edit>; 2] {
        let Some(lane) = self.lane(id) else {
            return [None, None];
        };
        let below = lane.below;
        let side = self.lanes.iter().filter(|l| l.below == below).count();
        let at = self
            .lanes
            .iter()
            .filter(|l| l.below == below)
            .position(|l| l.id == id)
            .unwrap_or(0);
        let to = |to: usize, below: bool| Some(Edit::MoveLane { id, to, below });
        let up = match (at, below) {
            (0, true) => to(usize::MAX, false),
            (0, false) => None,
            _ => to(at - 1, below),
        };
        let down = match (at + 1 < side, below) {
            (true, _) => to(at + 1, below),
            (false, false) => to(0, true),
            (false, true) => None,
        };
        [up, down]
    }

    /// The moves the line `id` can make, up then down: below the row before
    /// its row (or to the top), or below the row after.
    pub fn line_moves(&self, id: LineId) -> [Option<Edit>; 2] {
        let Some(line) = self.line(id) else {
            return [None, None];
        };
        let rows = self.rows();
        let at = line
            .after
            .and_then(|row| rows.iter().position(|r| *r == row));
        let to = |after: Option<Row>| Some(Edit::MoveLine { id, after });
        let up = match at {
            Some(0) => to(None),
            Some(i) => to(Some(rows[i - 1])),
            None => None,
        };
        let down = rows
            .get(at.map_or(0, |i| i + 1))
            .and_then(|row| to(Some(*row)));
        [up, down]
    }

    /// Applies an edit of a persona, lane, lane value or line.
    pub(super) fn apply_around(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::AddPersona { index, persona } => {
                if self.persona_by_id(persona.id).is_some() {
                    return Err(EditError::DuplicatePersona(persona.id));
                }
                if self.personas.len() >= MAX_PERSONAS {
                    return Err(EditError::TooManyPersonas);
                }
                self.personas
                    .insert(index.min(self.personas.len()), persona);
            }
            Edit::SetPersonaName { id, name } => self.persona_mut(id)?.name = name,
            Edit::SetPersonaDescription { id, description } => {
                self.persona_mut(id)?.description = description;
            }
            Edit::SetPersonaColour { id, colour } => self.persona_mut(id)?.colour = colour,
            Edit::MovePersona { id, to } => {
                let from = self
                    .persona_index(id)
                    .ok_or(EditError::UnknownPersona(id))?;
                move_item(&mut self.personas, from, to);
            }
            Edit::DeletePersona { id } => {
                let index = self
                    .persona_index(id)
                    .ok_or(EditError::UnknownPersona(id))?;
                if self.personas.len() == 1 {
                    return Err(EditError::LastPersona);
                }
                self.personas.remove(index);
                for lane in &mut self.lanes {
                    if lane.persona == Some(id) {
                        lane.persona = None;
                    }
                }
                for cell in self.lane_cells.values_mut() {
                    cell.emotions.remove(&id);
                }
                self.lane_cells.retain(|_, cell| !cell.is_empty());
            }

            Edit::AddLane { index, lane } => {
                if self.lane(lane.id).is_some() || self.channel(lane_channel(lane.id)).is_some() {
                    return Err(EditError::DuplicateLane(lane.id));
                }
                self.check_persona(lane.persona)?;
                let at = self.side_position(lane.below, index);
                self.lanes.insert(at, lane);
            }
            Edit::RenameLane { id, name } => self.lane_mut(id)?.name = name,
            Edit::SetLanePersona { id, persona } => {
                self.check_persona(persona)?;
                self.lane_mut(id)?.persona = persona;
            }
            Edit::SetLaneUnit { id, unit } => self.lane_mut(id)?.unit = unit,
            Edit::SetLaneTarget { id, target } => self.lane_mut(id)?.target = target,
            Edit::SetLaneBetter { id, better } => self.lane_mut(id)?.better = better,
            Edit::MoveLane { id, to, below } => {
                let from = self.lane_index(id).ok_or(EditError::UnknownLane(id))?;
                let mut lane = self.lanes.remove(from);
                lane.below = below;
                let at = self.side_position(below, to);
                self.lanes.insert(at, lane);
            }
            Edit::DeleteLane { id } => {
                let index = self.lane_index(id).ok_or(EditError::UnknownLane(id))?;
                self.lift_lines(Row::Lane(id));
                self.lanes.remove(index);
                self.lane_cells.retain(|key, _| key.lane != id);
            }
            Edit::SetLaneText { at, text } => {
                self.check_lane_key(at)?;
                self.lane_cells.entry(at).or_default().text = text;
                self.drop_lane_cell_if_empty(at);
            }
            Edit::SetLaneNumber { at, number } => {
                self.check_lane_key(at)?;
                self.lane_cells.entry(at).or_default().number = number;
                self.drop_lane_cell_if_empty(at);
            }
            Edit::SetEmotion { at, persona, score } => {
                self.check_lane_key(at)?;
                self.check_persona(Some(persona))?;
                let emotions = &mut self.lane_cells.entry(at).or_default().emotions;
                emotions.entry(persona).or_default().score = score;
                if emotions.get(&persona).is_some_and(super::Emotion::is_empty) {
                    emotions.remove(&persona);
                }
                self.drop_lane_cell_if_empty(at);
            }
            Edit::SetEmotionNote { at, persona, note } => {
                self.check_lane_key(at)?;
                self.check_persona(Some(persona))?;
                let emotions = &mut self.lane_cells.entry(at).or_default().emotions;
                emotions.entry(persona).or_default().note = note;
                if emotions.get(&persona).is_some_and(super::Emotion::is_empty) {
                    emotions.remove(&persona);
                }
                self.drop_lane_cell_if_empty(at);
            }
            Edit::SetLaneCell { at, mut cell } => {
                self.check_lane_key(at)?;
                // Emotions of personas this map does not have are left out.
                cell.emotions
                    .retain(|id, emotion| self.persona_by_id(*id).is_some() && !emotion.is_empty());
                if cell.is_empty() {
                    self.lane_cells.remove(&at);
                } else {
                    self.lane_cells.insert(at, cell);
                }
            }

            Edit::AddLine { index, line } => {
                if self.line(line.id).is_some() {
                    return Err(EditError::DuplicateLine(line.id));
                }
                self.check_row(line.after)?;
                self.lines.insert(index.min(self.lines.len()), line);
            }
            Edit::RenameLine { id, name } => self.line_mut(id)?.name = name,
            Edit::MoveLine { id, after } => {
                self.check_row(after)?;
                self.line_mut(id)?.after = after;
            }
            Edit::DeleteLine { id } => {
                let index = self
                    .lines
                    .iter()
                    .position(|l| l.id == id)
                    .ok_or(EditError::UnknownLine(id))?;
                self.lines.remove(index);
            }
            // The grid's edits are applied in `Project::apply`.
            _ => {}
        }
        Ok(())
    }

    /// Lines drawn below `row`, which is about to go, move up a row.
    pub(super) fn lift_lines(&mut self, row: Row) {
        let rows = self.rows();
        let above = rows
            .iter()
            .position(|r| *r == row)
            .and_then(|at| at.checked_sub(1))
            .map(|at| rows[at]);
        for line in &mut self.lines {
            if line.after == Some(row) {
                line.after = above;
            }
        }
    }

    /// Where in `lanes` the `index`th lane of one side goes: above the
    /// channels (`below` false) or below them.
    fn side_position(&self, below: bool, index: usize) -> usize {
        let above = self.lanes.iter().filter(|l| !l.below).count();
        if below {
            above + index.min(self.lanes.len() - above)
        } else {
            index.min(above)
        }
    }

    fn persona_mut(&mut self, id: PersonaId) -> Result<&mut Persona, EditError> {
        self.personas
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(EditError::UnknownPersona(id))
    }

    fn lane_mut(&mut self, id: LaneId) -> Result<&mut Lane, EditError> {
        self.lanes
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or(EditError::UnknownLane(id))
    }

    fn line_mut(&mut self, id: LineId) -> Result<&mut Line, EditError> {
        self.lines
            .iter_mut()
            .find(|l| l.id == id)
            .ok_or(EditError::UnknownLine(id))
    }

    fn check_persona(&self, persona: Option<PersonaId>) -> Result<(), EditError> {
        match persona {
            Some(id) if self.persona_by_id(id).is_none() => Err(EditError::UnknownPersona(id)),
            _ => Ok(()),
        }
    }

    fn check_lane_key(&self, key: LaneKey) -> Result<(), EditError> {
        if self.lane(key.lane).is_none() {
            return Err(EditError::UnknownLane(key.lane));
        }
        if self.stage(key.stage).is_none() {
            return Err(EditError::UnknownStage(key.stage));
        }
        Ok(())
    }

    fn check_row(&self, row: Option<Row>) -> Result<(), EditError> {
        match row {
            Some(row) if !self.has_row(row) => Err(EditError::UnknownRow),
            _ => Ok(()),
        }
    }

    /// Keeps the "only non-empty lane values are stored" invariant.
    fn drop_lane_cell_if_empty(&mut self, key: LaneKey) {
        if self.lane_cells.get(&key).is_some_and(LaneCell::is_empty) {
            self.lane_cells.remove(&key);
        }
    }

    /// The emotion lanes that hold `persona`'s curve (theirs, or all's).
    pub fn emotion_lanes_of(&self, persona: PersonaId) -> impl Iterator<Item = &Lane> {
        self.lanes
            .iter()
            .filter(move |l| l.kind == LaneKind::Emotion && l.shown_for(Some(persona)))
    }
}

/// A lane id as the channel id it must not equal (both name rows).
fn lane_channel(id: LaneId) -> super::ids::ChannelId {
    super::ids::ChannelId(id.0)
}
