//! The start screen: recent files, the bundled samples, and new maps from
//! templates, in one place. Shown when the editor starts without a file.

use std::path::PathBuf;

use eframe::egui;

use super::action::Action;
use super::command::Command;
use super::settings::file_name;
use crate::i18n::Text;
use crate::templates::{self, Lang};
use crate::tr;

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
        crate::ui::layout::mirrored(ui, |ui| {
            ui.heading(tr!("start-welcome"));
            ui.label(tr!("start-intro"));
            ui.add_space(10.0);
            // Recent files first in reading order: at the right in Persian.
            let rtl = crate::i18n::ui().is_rtl();
            let column = |i: usize| if rtl { 2 - i } else { i };
            ui.columns(3, |columns| {
                crate::ui::layout::mirrored(&mut columns[column(0)], |ui| {
                    ui.strong(tr!("start-recent"));
                    if recent.is_empty() {
                        ui.weak(tr!("start-none-yet"));
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
                    if ui.button(tr!("start-blank")).clicked() {
                        pick(Command::New.into());
                    }
                });
                crate::ui::layout::mirrored(&mut columns[column(1)], |ui| {
                    ui.strong(tr!("start-samples"));
                    for (index, (name, _)) in crate::samples::ALL.iter().enumerate() {
                        if ui.link(Text::new((*name).to_owned())).clicked() {
                            pick(Command::OpenSample(index).into());
                        }
                    }
                });
                crate::ui::layout::mirrored(&mut columns[column(2)], |ui| {
                    ui.strong(tr!("start-templates"));
                    // One row per template, its English and Persian names.
                    // (egui's Grid gives NaN sizes in a right-aligned column.)
                    for (index, template) in templates::ALL.iter().enumerate() {
                        crate::ui::layout::row(ui, |ui| {
                            for lang in [Lang::En, Lang::Fa] {
                                let name = Text::new(template.name(lang).to_owned());
                                if ui.link(name).clicked() {
                                    pick(Command::NewFromTemplate(index, lang).into());
                                }
                            }
                        });
                    }
                });
            });
            ui.add_space(10.0);
            ui.separator();
            ui.horizontal(|ui| {
                let close = ui.button(tr!("start-explore"));
                if !ui.memory(|m| m.focused().is_some()) {
                    close.request_focus();
                }
                ui.weak(tr!("start-bring-back"));
                close.clicked()
            })
            .inner
        })
    });
    !(picked || modal.inner || modal.should_close())
}
