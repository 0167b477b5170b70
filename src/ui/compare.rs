//! File → Compare with…: the changes from another version of the map to
//! the one open, listed beside the grid as `journeymap diff` words them,
//! with the changed cells outlined. Clicking a line selects what it is about.

use std::collections::HashSet;

use eframe::egui::{self, RichText};

use super::action::{Action, Selection};
use crate::diff::{Change, Place};
use crate::model::{CellKey, Project};

pub struct Compare {
    /// The other version's file name.
    name: String,
    other: Project,
    /// The open map's revision the list was made for.
    revision: Option<u64>,
    lines: Vec<(Change, Place)>,
}

impl Compare {
    pub fn new(name: String, other: Project) -> Self {
        Self {
            name,
            other,
            revision: None,
            lines: Vec::new(),
        }
    }

    /// Brings the list up to date with the open map.
    pub fn refresh(&mut self, project: &Project, revision: u64) {
        if self.revision != Some(revision) {
            self.lines = crate::diff::changes(&self.other, project);
            self.revision = Some(revision);
        }
    }

    /// The cells to outline in the grid.
    pub fn changed_cells(&self) -> HashSet<CellKey> {
        self.lines
            .iter()
            .filter_map(|(_, place)| match place {
                Place::Cell(at) => Some(*at),
                _ => None,
            })
            .collect()
    }

    /// The list; returns false when the user closes it.
    pub fn ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) -> bool {
        let mut open = true;
        ui.horizontal(|ui| {
            ui.heading("Changes");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Close").on_hover_text("Stop comparing").clicked() {
                    open = false;
                }
            });
        });
        ui.weak(format!("From “{}” to the open map", self.name));
        ui.add_space(4.0);
        if self.lines.is_empty() {
            ui.label("No changes: the two versions are the same map.");
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (change, place) in &self.lines {
                let selection = match *place {
                    Place::Map => Selection::Project,
                    Place::Stage(id) => Selection::Stage(id),
                    Place::Channel(id) => Selection::Channel(id),
                    Place::Cell(at) => Selection::Cell(at),
                };
                // The bundled fonts have no arrow: say "to", as a reader would.
                let text = change.to_string().replace(" → ", " to ");
                let line = ui.add(
                    egui::Label::new(RichText::new(text))
                        .sense(egui::Sense::click())
                        .wrap(),
                );
                if line
                    .on_hover_cursor(egui::CursorIcon::PointingHand)
                    .clicked()
                {
                    actions.push(Action::Select(selection));
                }
                ui.separator();
            }
        });
        open
    }
}
