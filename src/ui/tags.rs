//! A signal's root cause and principles: picked in the inspector from short
//! labelled lists, each with its one-line meaning, and described on hover.

use eframe::egui;

use super::action::Action;
use crate::model::{Cause, Edit, Principle, Signal, Tags};

/// The signal's text with its tags, for a chip's tooltip.
pub fn described(signal: &Signal) -> String {
    let mut text = signal.text.clone();
    if let Some(cause) = signal.tags.cause {
        text.push_str(&format!("\nRoot cause: {}", cause.label()));
    }
    if !signal.tags.principles.is_empty() {
        let names: Vec<_> = signal.tags.principles.iter().map(|p| p.label()).collect();
        text.push_str(&format!("\nPrinciples: {}", names.join(", ")));
    }
    text
}

/// The root-cause list and the principles menu for one signal.
pub fn picker_ui(ui: &mut egui::Ui, signal: &Signal, actions: &mut Vec<Action>) {
    let set = |actions: &mut Vec<Action>, tags: Tags| {
        actions.push(Action::Edit(Edit::SetSignalTags {
            id: signal.id,
            tags,
        }));
    };
    let tags = &signal.tags;
    ui.horizontal(|ui| {
        ui.add_space(ui.spacing().interact_size.y + ui.spacing().item_spacing.x);
        let shown = tags.cause.map_or("Root cause…", Cause::label);
        egui::ComboBox::from_id_salt(("cause", signal.id))
            .selected_text(shown)
            .width(170.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(tags.cause.is_none(), "No root cause")
                    .clicked()
                    && tags.cause.is_some()
                {
                    set(
                        actions,
                        Tags {
                            cause: None,
                            ..tags.clone()
                        },
                    );
                }
                for cause in Cause::ALL {
                    let picked = ui
                        .selectable_label(tags.cause == Some(cause), cause.label())
                        .on_hover_text(cause.meaning());
                    if picked.clicked() && tags.cause != Some(cause) {
                        set(
                            actions,
                            Tags {
                                cause: Some(cause),
                                ..tags.clone()
                            },
                        );
                    }
                }
            })
            .response
            .on_hover_text("Why the customer meets this (EFQM's four views)");
        let count = tags.principles.len();
        let title = if count == 0 {
            "Principles…".to_owned()
        } else {
            format!("Principles ({count})")
        };
        // The list stays open while principles are ticked.
        let keep_open = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        let (button, _) = egui::containers::menu::MenuButton::new(title)
            .config(keep_open)
            .ui(ui, |ui| {
                for principle in Principle::ALL {
                    let mut on = tags.principles.contains(&principle);
                    let toggle = ui
                        .checkbox(&mut on, principle.label())
                        .on_hover_text(principle.meaning());
                    if toggle.clicked() {
                        set(actions, tags.toggled(principle));
                    }
                }
            });
        button.on_hover_text("The customer-experience principles this serves or breaks");
    });
}
