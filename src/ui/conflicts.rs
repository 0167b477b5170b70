//! The Conflicts panel: what a merge could not decide, one row per
//! conflict with both values, and buttons to keep ours or take theirs.
//! Resolving the last one removes the panel.

use crate::i18n::Text;
use crate::tr;
use eframe::egui::{self, RichText};

use super::action::{Action, Selection};
use crate::model::{CellKey, ConflictAt, Edit, Project};

/// The cell, stage or channel a conflict is about, to select it.
fn selection_of(at: ConflictAt, project: &Project) -> Option<Selection> {
    match at {
        ConflictAt::StageName(id)
        | ConflictAt::StageDescription(id)
        | ConflictAt::StageKept(id) => Some(Selection::Stage(id)),
        ConflictAt::ChannelName(id) | ConflictAt::ChannelKind(id) | ConflictAt::ChannelKept(id) => {
            Some(Selection::Channel(id))
        }
        ConflictAt::Text(at, _) | ConflictAt::Score(at, _) | ConflictAt::SignalOrder(at) => {
            Some(Selection::Cell(at))
        }
        ConflictAt::SignalText(id)
        | ConflictAt::SignalPolarity(id)
        | ConflictAt::SignalKept(id) => project
            .find_signal(id)
            .map(|(at, _): (CellKey, usize)| Selection::Cell(at)),
        _ => None,
    }
}

pub fn conflicts_ui(ui: &mut egui::Ui, project: &Project, actions: &mut Vec<Action>) {
    let count = project.conflicts.len();
    ui.horizontal(|ui| {
        ui.label(
            RichText::from(tr!("conflicts-count", count = count))
                .strong()
                .color(ui.visuals().warn_fg_color),
        );
    });
    egui::ScrollArea::vertical()
        .max_height(180.0)
        .show(ui, |ui| {
            for (index, conflict) in project.conflicts.iter().enumerate() {
                ui.horizontal_wrapped(|ui| {
                    let lang = crate::i18n::ui();
                    let place = conflict.place_in(lang, project);
                    match selection_of(conflict.at, project) {
                        Some(selection) => {
                            if ui
                                .link(Text::new(place.clone()))
                                .on_hover_text(tr!("conflicts-select"))
                                .clicked()
                            {
                                actions.push(Action::Select(selection));
                            }
                        }
                        None => {
                            ui.label(Text::new(place));
                        }
                    }
                    let ours = conflict.shown_in(lang, project, &conflict.ours);
                    ui.label(tr!("conflicts-ours", value = ours));
                    let theirs = conflict.shown_in(lang, project, &conflict.theirs);
                    ui.label(tr!("conflicts-theirs", value = theirs));
                    for (label, theirs) in [
                        ("conflicts-keep-ours", false),
                        ("conflicts-take-theirs", true),
                    ] {
                        if ui.button(tr!(label)).clicked() {
                            actions.push(Action::Edit(Edit::ResolveConflict { index, theirs }));
                        }
                    }
                });
            }
        });
}
