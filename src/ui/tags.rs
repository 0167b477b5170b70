//! A signal's root cause and principles: picked in the inspector from short
//! labelled lists, each with its one-line meaning, and described on hover.

use eframe::egui;

use super::action::Action;
use crate::i18n::Text;
use crate::model::{Cause, Edit, Principle, Signal, Tags};
use crate::tr;

/// The signal's text with its tags, for a chip's tooltip.
pub fn described(signal: &Signal) -> String {
    let mut text = signal.text.clone();
    if let Some(cause) = signal.tags.cause {
        text.push('\n');
        text.push_str(&tr!("tags-cause-line", cause = cause_label(cause)));
    }
    if !signal.tags.principles.is_empty() {
        let names: Vec<String> = signal
            .tags
            .principles
            .iter()
            .map(|p| principle_label(*p).into())
            .collect();
        text.push('\n');
        text.push_str(&tr!(
            "tags-principles-line",
            principles = names.join(&tr!("list-separator"))
        ));
    }
    text
}

/// A root cause's name.
pub fn cause_label(cause: Cause) -> Text {
    tr!(&format!("cause-{}", cause.key()))
}

/// What a root cause covers, in a line.
pub fn cause_meaning(cause: Cause) -> Text {
    tr!(&format!("cause-{}.meaning", cause.key()))
}

/// A principle's name.
pub fn principle_label(principle: Principle) -> Text {
    tr!(&format!("principle-{}", principle.key()))
}

/// What a principle asks of a contact, in a line.
pub fn principle_meaning(principle: Principle) -> Text {
    tr!(&format!("principle-{}.meaning", principle.key()))
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
        let shown = tags
            .cause
            .map_or_else(|| tr!("tags-cause-pick"), cause_label);
        egui::ComboBox::from_id_salt(("cause", signal.id))
            .selected_text(shown)
            .width(170.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(tags.cause.is_none(), tr!("tags-no-cause"))
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
                        .selectable_label(tags.cause == Some(cause), cause_label(cause))
                        .on_hover_text(cause_meaning(cause));
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
            .on_hover_text(tr!("tags-cause-hint"))
            // Named for a screen reader as a sighted user reads it.
            .widget_info(|| {
                let named: Text = match tags.cause {
                    Some(cause) => tr!("tags-cause-line", cause = cause_label(cause)),
                    None => tr!("tags-no-cause"),
                };
                egui::WidgetInfo::labeled(egui::accesskit::Role::ComboBox, true, named)
            });
        let count = tags.principles.len();
        let title = if count == 0 {
            tr!("tags-principles-pick")
        } else {
            tr!("tags-principles-count", count = count)
        };
        // The list stays open while principles are ticked.
        let keep_open = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        let (button, _) = egui::containers::menu::MenuButton::new(title)
            .config(keep_open)
            .ui(ui, |ui| {
                for principle in Principle::ALL {
                    let mut on = tags.principles.contains(&principle);
                    let toggle =
                        crate::ui::choice::checkbox(ui, &mut on, principle_label(principle))
                            .on_hover_text(principle_meaning(principle));
                    if toggle.clicked() {
                        set(actions, tags.toggled(principle));
                    }
                }
            });
        button.on_hover_text(tr!("tags-principles-hint"));
    });
}
