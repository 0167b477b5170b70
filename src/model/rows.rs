//! The map's rows below the stage headers (lanes above the channels, the
//! channels, lanes below), the lines between them, the personas, and the
//! invariants that hold them together.

use std::collections::HashSet;

use super::ids::{ChannelId, LaneId, LineId, PersonaId, StageId};
use super::lanes::{Lane, LaneCell, LaneKey, LaneKind, Line, MAX_PERSONAS, Persona, Row};
use super::project::{Invalid, Project};

impl Project {
    /// Checks the personas, lanes, lane values and lines; `stages` and
    /// `channels` are the ids known to exist.
    pub(super) fn check_around(
        &self,
        stages: &HashSet<StageId>,
        channels: &HashSet<ChannelId>,
    ) -> Result<(), Invalid> {
        if self.personas.is_empty() {
            return Err(Invalid::NoPersona);
        }
        if self.personas.len() > MAX_PERSONAS {
            return Err(Invalid::TooManyPersonas {
                count: self.personas.len(),
            });
        }
        let mut personas = HashSet::new();
        for (index, persona) in self.personas.iter().enumerate() {
            if !personas.insert(persona.id) {
                return Err(Invalid::DuplicatePersona {
                    index,
                    id: persona.id,
                });
            }
        }
        let mut lanes = HashSet::new();
        for (index, lane) in self.lanes.iter().enumerate() {
            if !lanes.insert(lane.id) || channels.contains(&ChannelId(lane.id.0)) {
                return Err(Invalid::DuplicateLane { index, id: lane.id });
            }
            if let Some(id) = lane.persona.filter(|p| !personas.contains(p)) {
                return Err(Invalid::UnknownPersona { id });
            }
        }
        let mut keys: Vec<(&LaneKey, &LaneCell)> = self.lane_cells.iter().collect();
        keys.sort_by_key(|(k, _)| **k);
        for (key, cell) in keys {
            if !lanes.contains(&key.lane) {
                return Err(Invalid::UnknownLane { id: key.lane });
            }
            if !stages.contains(&key.stage) {
                return Err(Invalid::UnknownStage { id: key.stage });
            }
            if let Some(id) = cell.emotions.keys().find(|p| !personas.contains(p)) {
                return Err(Invalid::UnknownPersona { id: *id });
            }
        }
        let mut lines = HashSet::new();
        for (index, line) in self.lines.iter().enumerate() {
            if !lines.insert(line.id) {
                return Err(Invalid::DuplicateLine { index, id: line.id });
            }
            match line.after {
                Some(Row::Lane(id)) if !lanes.contains(&id) => {
                    return Err(Invalid::UnknownRow { id: id.0 });
                }
                Some(Row::Channel(id)) if !channels.contains(&id) => {
                    return Err(Invalid::UnknownRow { id: id.0 });
                }
                _ => {}
            }
        }
        Ok(())
    }

    pub fn persona_by_id(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    pub fn persona_index(&self, id: PersonaId) -> Option<usize> {
        self.personas.iter().position(|p| p.id == id)
    }

    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    pub fn line(&self, id: LineId) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }

    /// The lane value at `key`, if it holds anything.
    pub fn lane_cell(&self, key: LaneKey) -> Option<&LaneCell> {
        self.lane_cells.get(&key)
    }

    /// Non-empty lane values, by lane id then stage id: an order that does
    /// not change when lanes or stages move, for files.
    pub fn lane_cells_by_id(&self) -> Vec<(LaneKey, &LaneCell)> {
        let mut cells: Vec<_> = self.lane_cells.iter().map(|(k, c)| (*k, c)).collect();
        cells.sort_by_key(|(k, _)| *k);
        cells
    }

    /// How many lane values a lane holds.
    pub fn lane_value_count(&self, id: LaneId) -> usize {
        self.lane_cells.keys().filter(|k| k.lane == id).count()
    }

    /// Every row in display order: lanes above, channels, lanes below.
    pub fn rows(&self) -> Vec<Row> {
        let lane = |l: &Lane| Row::Lane(l.id);
        self.lanes
            .iter()
            .filter(|l| !l.below)
            .map(lane)
            .chain(self.channels.iter().map(|c| Row::Channel(c.id)))
            .chain(self.lanes.iter().filter(|l| l.below).map(lane))
            .collect()
    }

    /// The rows shown when the map is filtered on `persona` (`None`: all):
    /// a lane of another persona is hidden.
    pub fn rows_for(&self, persona: Option<PersonaId>) -> Vec<Row> {
        self.rows()
            .into_iter()
            .filter(|row| match row {
                Row::Lane(id) => self.lane(*id).is_some_and(|l| l.shown_for(persona)),
                Row::Channel(_) => true,
            })
            .collect()
    }

    /// The row's name: a lane's or a channel's.
    pub fn row_name(&self, row: Row) -> &str {
        match row {
            Row::Lane(id) => self.lane(id).map_or("", |l| l.name.as_str()),
            Row::Channel(id) => self.channel(id).map_or("", |c| c.name.as_str()),
        }
    }

    /// Stacks the rows shown for `persona` from `top` down, each as high as
    /// `height` says for its kind (`None`: a channel), with the lines
    /// between them, each taking `line_gap` below its row. The editor, the
    /// presentation and the export lay their rows out with it.
    pub fn stack_rows(
        &self,
        persona: Option<PersonaId>,
        top: f32,
        height: impl Fn(Option<LaneKind>) -> f32,
        line_gap: f32,
    ) -> Stack {
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        let mut y = top;
        let mut place_lines = |after: Option<Row>, y: &mut f32| {
            for line in self.lines.iter().filter(|l| l.after == after) {
                lines.push(PlacedLine {
                    line: line.id,
                    y: *y + line_gap / 2.0,
                });
                *y += line_gap;
            }
        };
        place_lines(None, &mut y);
        for row in self.rows_for(persona) {
            let kind = match row {
                Row::Lane(id) => self.lane(id).map(|l| l.kind),
                Row::Channel(_) => None,
            };
            let h = height(kind);
            rows.push(PlacedRow {
                row,
                top: y,
                height: h,
            });
            y += h;
            place_lines(Some(row), &mut y);
        }
        // Lines below a hidden lane are drawn where it would be.
        for line in &self.lines {
            if !lines.iter().any(|l| l.line == line.id) {
                let below = line
                    .after
                    .and_then(|after| rows.iter().rev().find(|r| r.row == after))
                    .map_or(top, |r| r.top + r.height);
                lines.push(PlacedLine {
                    line: line.id,
                    y: below,
                });
            }
        }
        Stack {
            rows,
            lines,
            bottom: y,
        }
    }

    /// What the map holds, in a few words: "5 stages, 4 channels, 3 cells",
    /// and its lanes, lines and personas when it has more than the grid.
    pub fn summary(&self) -> String {
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut words = [
            count(self.stages.len(), "stage", "stages"),
            count(self.channels.len(), "channel", "channels"),
            count(self.cell_count(), "cell", "cells"),
        ]
        .join(", ");
        if !self.lanes.is_empty() || !self.lines.is_empty() || self.personas.len() > 1 {
            words.push_str(", ");
            words.push_str(
                &[
                    count(self.lanes.len(), "lane", "lanes"),
                    count(self.lines.len(), "line", "lines"),
                    count(self.personas.len(), "persona", "personas"),
                ]
                .join(", "),
            );
        }
        words
    }

    /// Whether the row exists.
    pub fn has_row(&self, row: Row) -> bool {
        match row {
            Row::Lane(id) => self.lane(id).is_some(),
            Row::Channel(id) => self.channel(id).is_some(),
        }
    }
}

/// One row's place: what it is, its top and its height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedRow {
    pub row: Row,
    pub top: f32,
    pub height: f32,
}

/// A divider line's place: the middle of its gap.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedLine {
    pub line: LineId,
    pub y: f32,
}

/// Rows stacked top to bottom with the lines between them, and the y below
/// the last.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stack {
    pub rows: Vec<PlacedRow>,
    pub lines: Vec<PlacedLine>,
    pub bottom: f32,
}
