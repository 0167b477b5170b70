//! The editor's panels and windows as this frame draws them: menus, status
//! bar, inspector, side panels, grid, presentation, and the windows over
//! them. Drawing only reads the app and pushes actions.

use eframe::egui;

use super::JourneyApp;
use crate::i18n::Text;
use crate::tr;
use crate::ui::action::{Action, Window};
use crate::ui::command::Command;
use crate::ui::layout::{end_to_start, mirrored, row, side_panel};
use crate::ui::settings::file_name;
use crate::ui::theme::ColourBy;
use crate::ui::{conflicts, grid, inspector, menu, prompts, start};

/// The inspector's widths, dragged or keyed.
const INSPECTOR_SIZES: std::ops::RangeInclusive<f32> = 260.0..=600.0;

impl JourneyApp {
    /// The normal editor: menus, status bar, inspector, grid.
    pub(super) fn editor_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| {
            let mut actions = Vec::new();
            let enabled = |command| self.can_run(command);
            menu::menu_bar_ui(
                ui,
                self.doc.history(),
                &self.settings,
                self.grid.persona,
                &enabled,
                &mut actions,
            );
            self.actions.extend(actions);
        });
        if self.doc.external().is_some() {
            egui::Panel::top("changed-on-disk").show(ui, |ui| {
                mirrored(ui, |ui| self.changed_on_disk_ui(ui));
            });
        }
        // The status bar and the inspector take their places here but are
        // filled after the grid, so that Tab and screen readers meet the
        // grid first, then the inspector, then the status bar, as the eye
        // does (egui's focus order is the order widgets are made in).
        let status_height = self.status_height;
        let status = egui::Panel::bottom("status")
            .show(ui, |ui| {
                let size = egui::vec2(ui.available_width(), status_height);
                ui.allocate_space(size).1
            })
            .inner;
        let project = self.doc.project();
        if !project.conflicts.is_empty() {
            egui::Panel::bottom("conflicts").show(ui, |ui| {
                conflicts::conflicts_ui(ui, project, &mut self.actions);
            });
        }
        let mut inspector = side_panel("inspector", true)
            .default_size(340.0)
            .size_range(INSPECTOR_SIZES);
        if let Some(width) = self.inspector_width.take() {
            let (least, most) = (*INSPECTOR_SIZES.start(), *INSPECTOR_SIZES.end());
            inspector = inspector.exact_size(width.clamp(least, most));
        }
        let shown = inspector.show(ui, |ui| ui.allocate_space(ui.available_size()).1);
        self.inspector_shown = shown.response.rect.width();
        let inspector_rect = shown.inner;
        if let Some(compare) = &mut self.compare {
            compare.refresh(project, self.doc.revision());
            self.grid.marked = compare.changed_cells();
            let open = side_panel("compare", false)
                .default_size(320.0)
                .show(ui, |ui| {
                    mirrored(ui, |ui| compare.ui(ui, &mut self.actions))
                })
                .inner;
            if !open {
                self.actions.push(Action::Close(Window::Compare));
            }
        }
        if let Some(panel) = &mut self.insights {
            panel.refresh(project, self.doc.revision());
            let owner = self.grid.owner.as_deref();
            let open = side_panel("insights", false)
                .default_size(340.0)
                .size_range(260.0..=560.0)
                .show(ui, |ui| {
                    mirrored(ui, |ui| panel.ui(ui, project, owner, &mut self.actions))
                })
                .inner;
            if !open {
                self.actions.push(Action::Close(Window::Insights));
            }
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.grid.ui(
                ui,
                grid::Shown {
                    project,
                    derived: &self.derived,
                    selection: self.selection,
                    colour_by: self.settings.colour_by,
                },
                grid::Look::editor(self.settings.zoom, self.settings.scheme),
                &mut self.actions,
            );
        });
        let place = |rect, salt| egui::UiBuilder::new().max_rect(rect).id_salt(salt);
        let mut inside = ui.new_child(place(inspector_rect, "inspector contents"));
        egui::ScrollArea::vertical().show(&mut inside, |ui| {
            mirrored(ui, |ui| {
                let focus = std::mem::take(&mut self.focus_inspector);
                inspector::inspector_ui(
                    ui,
                    project,
                    self.selection,
                    focus,
                    self.settings.scheme,
                    &mut self.actions,
                );
            });
        });
        let mut inside = ui.new_child(place(status, "status contents"));
        mirrored(&mut inside, |ui| self.status_bar_ui(ui));
        // The bar's height as its contents make it, for the next frame.
        let height = inside.min_rect().height();
        if (height - self.status_height).abs() > 0.5 {
            self.status_height = height;
            ui.ctx().request_repaint();
        }
    }

    /// Presentation mode: the grid full screen, driven from the keyboard.
    pub(super) fn presentation_ui(&mut self, ui: &mut egui::Ui) {
        let Some(present) = &mut self.present else {
            return;
        };
        let owner = self.grid.owner.clone();
        let view = crate::ui::present::View {
            project: self.doc.project(),
            derived: &self.derived,
            revision: self.doc.revision(),
            selection: self.selection,
            settings: &self.settings,
            dirty: self.doc.is_dirty(),
            owner: owner.as_deref(),
            persona: self.grid.persona,
        };
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                present.ui(ui, &mut self.grid, &view, &mut self.actions);
            });
    }

    /// The windows over the editor: start screen, the open question,
    /// messages, the shortcut list, About, the export dialog, the file browser.
    pub(super) fn windows_ui(&mut self, ctx: &egui::Context) {
        if self.start_screen
            && self.prompt.is_none()
            && !start::start_screen_ui(ctx, &self.settings.recent, &mut self.actions)
        {
            self.actions.push(Action::Close(Window::StartScreen));
        }
        self.prompt_ui(ctx);
        self.messages.ui(ctx);
        if self.show_shortcuts {
            let mut open = true;
            prompts::shortcuts_ui(ctx, &mut open);
            if !open {
                self.actions.push(Action::Close(Window::Shortcuts));
            }
        }
        if self.show_about {
            let mut open = true;
            prompts::about_ui(ctx, &mut open);
            if !open {
                self.actions.push(Action::Close(Window::About));
            }
        }
        let project = self.doc.project();
        if let Some((options, format)) =
            self.export
                .ui(ctx, project, self.doc.revision(), self.settings.scheme)
        {
            self.actions.push(Action::Export(options, format));
        }
        if let Some(dialog) = &mut self.survey {
            use crate::ui::survey_dialog::Outcome;
            match dialog.ui(ctx, project, self.doc.revision()) {
                Outcome::Open => {}
                Outcome::Cancelled => self.survey = None,
                Outcome::Import(measured) => {
                    let edits = crate::measure::edits(project, &measured);
                    self.actions
                        .push(Action::EditAll(edits, "step-import-survey"));
                    self.survey = None;
                }
            }
        }
        if let Some((dialog, _)) = &mut self.in_app_dialog {
            match dialog.ui(ctx) {
                crate::ui::file_browser::Outcome::Open => {}
                crate::ui::file_browser::Outcome::Picked(path) => {
                    self.actions.push(Action::Browsed(Some(path)));
                }
                crate::ui::file_browser::Outcome::Cancelled => {
                    self.actions.push(Action::Browsed(None));
                }
            }
        }
    }

    /// The open question, if any; its answer goes to the drain.
    fn prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = &self.prompt else {
            return;
        };
        let title = self.window_title();
        let document = title
            .trim_end_matches(" — Journeymap")
            .trim_end_matches('*');
        if let Some(answer) = prompts::prompt_ui(ctx, prompt, document, self.doc.path()) {
            self.actions.push(Action::Answer(answer));
        }
    }

    /// The notice that someone else changed the open file.
    fn changed_on_disk_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let name = self.doc.path().map(file_name).unwrap_or_default();
            let text = tr!("changed-on-disk", name = name);
            ui.label(egui::RichText::from(text).color(ui.visuals().warn_fg_color));
            if ui.button(tr!("changed-on-disk-reload")).clicked() {
                self.actions.push(Action::Reload);
            }
            if ui.button(tr!("changed-on-disk-keep")).clicked() {
                self.actions.push(Action::KeepMine);
            }
        });
    }

    fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        crate::ui::spoken::announcer_ui(ui);
        ui.horizontal(|ui| {
            let project = self.doc.project();
            ui.label(tr!(
                "status-counts",
                stages = project.stages.len(),
                channels = project.channels.len(),
                cells = project.cell_count()
            ));
            ui.separator();
            if self.is_dirty() {
                ui.label(
                    egui::RichText::from(tr!("status-unsaved"))
                        .color(crate::ui::theme::real(ui.visuals())),
                );
            } else if self.doc.path().is_none() {
                ui.weak(tr!("status-not-saved"));
            } else {
                ui.weak(tr!("status-saved"));
            }
            // The legend's words only where the controls leave room for
            // them (the controls take about this much).
            let controls = if project.personas.len() > 1 {
                720.0
            } else {
                540.0
            };
            let colour_by = self.settings.colour_by;
            let words = ui.available_width() >= controls + grid::legend_words_width(ui, colour_by);
            ui.with_layout(end_to_start(), |ui| {
                grid::legend_ui(ui, colour_by, self.settings.scheme, words);
                let shown = self.insights.is_some();
                if ui
                    .selectable_label(shown, tr!("status-insights"))
                    .on_hover_text(Command::Insights.description())
                    .clicked()
                {
                    self.actions.push(Command::Insights.into());
                }
                owner_filter_ui(
                    ui,
                    &self.derived.owners,
                    self.grid.owner.as_deref(),
                    &mut self.actions,
                );
                if project.personas.len() > 1 {
                    persona_filter_ui(ui, project, self.grid.persona, &mut self.actions);
                }
                colour_by_ui(ui, self.settings.colour_by, &mut self.actions);
                // The notice (such as where an export went) takes the room
                // the controls leave, cut short with "…" and whole on hover,
                // rather than running under them.
                if let Some(notice) = &self.notice {
                    row(ui, |ui| {
                        ui.separator();
                        let text = egui::RichText::from(Text::new(notice.clone())).weak();
                        ui.add(egui::Label::new(text).truncate());
                    });
                }
            });
        });
    }
}

/// A status bar combo box with its label before it in reading order (the
/// bar lays its controls out from the end, and egui's own labelled combo
/// box puts the label after the box); screen readers still hear the label
/// as the box's name.
fn labelled_combo<R>(
    ui: &mut egui::Ui,
    label: Text,
    selected: impl Into<egui::WidgetText>,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::Response {
    let salt = label.as_str().to_owned();
    let response = egui::ComboBox::from_id_salt(salt)
        .selected_text(selected)
        .show_ui(ui, add)
        .response;
    let label = ui.label(label);
    response.labelled_by(label.id)
}

/// "Colour by": signals, real, ideal or gap.
fn colour_by_ui(ui: &mut egui::Ui, current: ColourBy, actions: &mut Vec<Action>) {
    use crate::ui::theme::colour_by_label;
    labelled_combo(
        ui,
        tr!("status-colour-by"),
        colour_by_label(current),
        |ui| {
            for mode in ColourBy::ALL {
                if ui
                    .selectable_label(current == mode, colour_by_label(mode))
                    .clicked()
                {
                    actions.push(Command::ColourBy(mode).into());
                }
            }
        },
    );
}

/// "Owner: all" or one owner: every other owner's cells dim.
fn owner_filter_ui(
    ui: &mut egui::Ui,
    owners: &[String],
    owner: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let shown = owner.map_or_else(|| tr!("status-all-owners"), |o| Text::new(o.to_owned()));
    labelled_combo(ui, tr!("status-show-owner"), shown, |ui| {
        if ui
            .selectable_label(owner.is_none(), tr!("status-all-owners"))
            .clicked()
        {
            actions.push(Action::FilterOwner(None));
        }
        for name in owners {
            let on = owner == Some(name.as_str());
            if ui.selectable_label(on, Text::new(name.clone())).clicked() {
                actions.push(Action::FilterOwner(Some(name.clone())));
            }
        }
    })
    .on_hover_text(tr!("status-owner-filter-hint"));
}

/// Whose lanes and curves are shown: all personas, or one.
fn persona_filter_ui(
    ui: &mut egui::Ui,
    project: &crate::model::Project,
    shown: Option<crate::model::PersonaId>,
    actions: &mut Vec<Action>,
) {
    let name = shown.and_then(|id| project.persona_by_id(id)).map_or_else(
        || tr!("persona-all"),
        |p| Text::new(crate::ui::words::persona_name(p)),
    );
    labelled_combo(ui, tr!("status-persona"), name, |ui| {
        menu::persona_menu_ui(ui, project, shown, actions);
    })
    .on_hover_text(Command::NextPersona.description());
}
