//! The start screen: recent files, the bundled samples, and new maps from
//! templates, in one place. Shown when the editor starts without a file.

use std::path::PathBuf;

use eframe::egui;

use super::action::Action;
use super::command::Command;
use super::settings::file_name;
use crate::templates::{self, Lang};

/// Draws the start screen; returns false once the user has closed it or
/// picked something.
pub fn start_screen_ui(ctx: &egui::Context, recent: &[PathBuf], actions: &mut Vec<Action>) -> bool {
    let mut picked = false;
    let mut pick = |action: Action| {
        actions.push(action);
        picked = true;
    };
    let modal = egui::Modal::new(egui::Id::unique("start-screen")).show(ctx, |ui| {
        ui.set_width(760.0);
        ui.heading("Welcome to Journeymap");
        ui.label("Open a map, look around a sample, or start from a template.");
        ui.add_space(10.0);
        ui.columns(3, |columns| {
            let ui = &mut columns[0];
            ui.strong("Recent files");
            if recent.is_empty() {
                ui.weak("None yet");
            }
            for path in recent.iter().take(8) {
                if ui
                    .link(file_name(path))
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    pick(Action::OpenPath(path.clone()));
                }
            }
            ui.add_space(6.0);
            if ui.button(Command::Open.label()).clicked() {
                pick(Command::Open.into());
            }
            if ui.button("Blank map").clicked() {
                pick(Command::New.into());
            }

            let ui = &mut columns[1];
            ui.strong("Samples");
            for (index, (name, _)) in crate::samples::ALL.iter().enumerate() {
                if ui.link(*name).clicked() {
                    pick(Command::OpenSample(index).into());
                }
            }

            let ui = &mut columns[2];
            ui.strong("New from a template");
            egui::Grid::new("templates").show(ui, |ui| {
                for (index, template) in templates::ALL.iter().enumerate() {
                    for lang in [Lang::En, Lang::Fa] {
                        if ui.link(template.name(lang)).clicked() {
                            pick(Command::NewFromTemplate(index, lang).into());
                        }
                    }
                    ui.end_row();
                }
            });
        });
        ui.add_space(10.0);
        ui.separator();
        ui.horizontal(|ui| {
            let close = ui.button("Explore the open sample");
            if !ui.memory(|m| m.focused().is_some()) {
                close.request_focus();
            }
            ui.weak("File > Start screen… brings this back.");
            close.clicked()
        })
        .inner
    });
    !(picked || modal.inner || modal.should_close())
}
