//! File → Compare with…: the changes from another version of the map to
//! the one open, listed beside the grid as `journeymap diff` words them,
//! with the changed cells outlined. Clicking a line selects what it is about.

use std::collections::HashSet;

use crate::tr;
use eframe::egui;

use super::action::{Action, Selection};
use crate::diff::{Change, Place};
use crate::i18n::Lang;
use crate::model::{CellKey, Project};

pub struct Compare {
    /// The other version's file name.
    name: String,
    other: Project,
    /// The open map's revision and the language the list was made for.
    made_for: Option<(u64, Lang)>,
    /// Each change in words, and what it is about.
    lines: Vec<(String, Place)>,
}

impl Compare {
    pub fn new(name: String, other: Project) -> Self {
        Self {
            name,
            other,
            made_for: None,
            lines: Vec::new(),
        }
    }

    /// Brings the list up to date with the open map and the interface's
    /// language.
    pub fn refresh(&mut self, project: &Project, revision: u64) {
        let made_for = (revision, crate::i18n::ui());
        if self.made_for != Some(made_for) {
            self.lines = crate::diff::changes(&self.other, project)
                .into_iter()
                .map(|(change, place)| (words(&change, made_for.1), place))
                .collect();
            self.made_for = Some(made_for);
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
            ui.heading(tr!("compare-title"));
            ui.with_layout(crate::ui::layout::end_to_start(), |ui| {
                if ui
                    .button(tr!("insights-close"))
                    .on_hover_text(tr!("compare-stop"))
                    .clicked()
                {
                    open = false;
                }
            });
        });
        ui.weak(tr!("compare-from", name = self.name.as_str()));
        ui.add_space(4.0);
        if self.lines.is_empty() {
            ui.label(tr!("compare-none"));
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (text, place) in &self.lines {
                let selection = match *place {
                    Place::Map => Selection::Project,
                    Place::Stage(id) => Selection::Stage(id),
                    Place::Channel(id) => Selection::Channel(id),
                    Place::Cell(at) => Selection::Cell(at),
                    Place::Persona(id) => Selection::Persona(id),
                    Place::Lane(id) => Selection::Lane(id),
                    Place::LaneCell(at) => Selection::LaneCell(at),
                    Place::Line(id) => Selection::Line(id),
                };
                let line = super::bidi::line_ui(ui, text, egui::Sense::click(), false);
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

/// A change as the list says it. The bundled fonts have no arrow: say
/// "to", as a reader would.
fn words(change: &Change, lang: Lang) -> String {
    change.words(lang).replace(" → ", " to ")
}
