//! View → Insights: what the map says, beside the grid and kept up to date
//! as it changes. Every entry that is about a place selects it and scrolls
//! the grid to it; an owner filters the grid to that owner's cells.

use eframe::egui::{self, RichText};

use super::action::{Action, Selection};
use super::bidi::line_ui;
use crate::analysis::Insights;
use crate::analysis::report::opportunity_words;
use crate::model::{Cause, CellKey, Principle, Project};

/// The panel's findings, for one revision of the map.
#[derive(Default)]
pub struct InsightsPanel {
    revision: Option<u64>,
    insights: Option<Insights>,
}

impl InsightsPanel {
    /// Recomputes the findings if the map changed.
    pub fn refresh(&mut self, project: &Project, revision: u64) {
        if self.revision != Some(revision) {
            self.insights = Some(Insights::of(project));
            self.revision = Some(revision);
        }
    }

    /// Draws the panel; false when the user closes it.
    pub fn ui(
        &self,
        ui: &mut egui::Ui,
        project: &Project,
        owner: Option<&str>,
        actions: &mut Vec<Action>,
    ) -> bool {
        let mut open = true;
        ui.horizontal(|ui| {
            ui.heading("Insights");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Close").clicked() {
                    open = false;
                }
            });
        });
        let Some(insights) = &self.insights else {
            return open;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_width(ui.available_width());
            consistency_ui(ui, project, insights, actions);
            opportunities_ui(ui, project, insights, actions);
            section(ui, "Where trust breaks");
            match insights.cliff_words(project) {
                Some(words) => {
                    line_ui(
                        ui,
                        &format!("The cliff: {words}"),
                        egui::Sense::hover(),
                        false,
                    );
                }
                None => {
                    ui.weak("The real experience never drops.");
                }
            }
            causes_ui(ui, project, insights);
            coverage_ui(ui, project, insights, owner, actions);
        });
        open
    }
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.add_space(2.0);
}

/// A line that selects and reveals `selection` when clicked.
fn place_ui(
    ui: &mut egui::Ui,
    text: &str,
    hover: &str,
    selection: Selection,
    actions: &mut Vec<Action>,
) {
    let line = line_ui(ui, text, egui::Sense::click(), false).on_hover_text(hover);
    if line.clicked() {
        actions.push(Action::Reveal(selection));
    }
}

fn consistency_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    actions: &mut Vec<Action>,
) {
    section(ui, "Channels that disagree");
    let mut any = false;
    for c in insights.inconsistent() {
        any = true;
        let stage = project.stages[c.stage].id;
        place_ui(
            ui,
            &Insights::consistency_words(project, c),
            "Show this stage",
            Selection::Stage(stage),
            actions,
        );
    }
    if !any {
        ui.weak("Every stage's channels are within a point of each other.");
    }
}

fn opportunities_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    actions: &mut Vec<Action>,
) {
    section(ui, "Where to act, largest gap first");
    if insights.opportunities.is_empty() {
        ui.weak("No cell falls short of its ideal.");
    }
    for (rank, o) in insights.opportunities.iter().enumerate() {
        let mut words = format!("{}. {}", rank + 1, opportunity_words(project, o));
        if !o.negatives.is_empty() {
            words.push_str(&format!("; {} negative signal", o.negatives.len()));
            if o.negatives.len() > 1 {
                words.push('s');
            }
        }
        place_ui(ui, &words, "Show this cell", Selection::Cell(o.at), actions);
    }
}

fn causes_ui(ui: &mut egui::Ui, project: &Project, insights: &Insights) {
    section(ui, "Why: negative signals by root cause");
    let tags = &insights.tags;
    if tags.negatives == 0 {
        ui.weak("The map has no negative signals.");
        return;
    }
    let most = Cause::ALL
        .iter()
        .map(|c| tags.cause(*c))
        .max()
        .unwrap_or(0)
        .max(tags.uncaused)
        .max(1);
    let rows = Cause::ALL
        .iter()
        .map(|c| (c.label(), c.meaning(), tags.cause(*c)))
        .chain([(
            "No root cause given",
            "Pick one in the inspector, under the signal",
            tags.uncaused,
        )]);
    for (label, meaning, count) in rows {
        ui.horizontal(|ui| {
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(120.0, 14.0), egui::Sense::hover());
            let width = rect.width() * count as f32 / most as f32;
            let bar = egui::Rect::from_min_size(rect.min, egui::vec2(width, rect.height()));
            ui.painter()
                .rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
            ui.painter()
                .rect_filled(bar, 3.0, ui.visuals().selection.bg_fill);
            response.on_hover_text(meaning);
            ui.label(format!("{count}  {label}"));
        });
    }
    for (stage, counts) in insights.tags_by_stage.iter().enumerate() {
        let place = format!("at {}", project.stages[stage].name);
        if let Some(words) = Insights::main_cause_words(&place, counts) {
            line_ui(ui, &words, egui::Sense::hover(), false);
        }
    }
    let principles: Vec<String> = Principle::ALL
        .iter()
        .filter(|p| tags.principle(**p) > 0)
        .map(|p| format!("{} {}", p.label(), tags.principle(*p)))
        .collect();
    if !principles.is_empty() {
        ui.add_space(4.0);
        ui.label(format!("Principles at stake: {}", principles.join(", ")));
    }
}

fn coverage_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    owner: Option<&str>,
    actions: &mut Vec<Action>,
) {
    section(ui, "Who carries the gap");
    let coverage = &insights.coverage;
    if coverage.owners.is_empty() {
        ui.weak("No owner has a cell below its ideal.");
    }
    for o in &coverage.owners {
        let on = owner == Some(o.owner.as_str());
        let cells = if o.cells == 1 { "cell" } else { "cells" };
        let text = format!("{}: gap {} over {} {cells}", o.owner, o.gap, o.cells);
        let line = line_ui(ui, &text, egui::Sense::click(), on).on_hover_text(if on {
            "Show every owner's cells again"
        } else {
            "Dim every other owner's cells"
        });
        if line.clicked() {
            let next = (!on).then(|| o.owner.clone());
            actions.push(Action::FilterOwner(next));
        }
    }

    section(ui, "Gaps in the map");
    let names = |indices: &[usize], stage: bool| -> String {
        indices
            .iter()
            .map(|i| {
                if stage {
                    project.stages[*i].name.as_str()
                } else {
                    project.channels[*i].name.as_str()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut any = false;
    if !coverage.unscored_stages.is_empty() {
        any = true;
        let text = format!(
            "Stages with no score: {}",
            names(&coverage.unscored_stages, true)
        );
        line_ui(ui, &text, egui::Sense::hover(), false);
    }
    if !coverage.unscored_channels.is_empty() {
        any = true;
        let text = format!(
            "Channels with no score: {}",
            names(&coverage.unscored_channels, false)
        );
        line_ui(ui, &text, egui::Sense::hover(), false);
    }
    for (stage, channel) in &coverage.unowned_actions {
        any = true;
        let at = CellKey::new(project.stages[*stage].id, project.channels[*channel].id);
        place_ui(
            ui,
            &format!(
                "No owner for the action at {} × {}",
                project.channels[*channel].name, project.stages[*stage].name
            ),
            "Show this cell",
            Selection::Cell(at),
            actions,
        );
    }
    if !any {
        ui.weak("Every stage and channel has a score, and every action an owner.");
    }
}
