//! The menu bar, built from [`Command`]s: every item shows its shortcut and
//! sends its command; nothing here changes the app directly.

use eframe::egui;

use super::action::Action;
use super::command::Command;
use super::settings::{Settings, file_name};
use super::theme::{ColourBy, Scheme};
use crate::format::Format;
use crate::i18n::Lang;
use crate::model::{Direction, Edit, History, LaneKind, PersonaId, Project};
use crate::templates;
use crate::tr;

/// Draws the menu bar, pushing what the user picked. `enabled` says which
/// commands can run now.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    history: &History,
    settings: &Settings,
    persona: Option<PersonaId>,
    enabled: &dyn Fn(Command) -> bool,
    actions: &mut Vec<Action>,
) {
    let items = |ui: &mut egui::Ui, commands: &[Command], actions: &mut Vec<Action>| {
        for &command in commands {
            if command.menu_item_ui(ui, enabled(command)) {
                actions.push(command.into());
            }
        }
    };
    egui::MenuBar::new().ui(ui, |ui| {
        if crate::i18n::ui().is_rtl() {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                menus_ui(ui, history, settings, persona, &items, actions);
            });
        } else {
            menus_ui(ui, history, settings, persona, &items, actions);
        }
    });
}

type Items<'a> = dyn Fn(&mut egui::Ui, &[Command], &mut Vec<Action>) + 'a;

/// The menus, in reading order.
fn menus_ui(
    ui: &mut egui::Ui,
    history: &History,
    settings: &Settings,
    persona: Option<PersonaId>,
    items: &Items<'_>,
    actions: &mut Vec<Action>,
) {
    menu(ui, tr!("menu-file"), |ui| {
        items(ui, &[Command::New], actions);
        menu(ui, tr!("menu-new-from-template"), |ui| {
            for lang in [Lang::En, Lang::Fa] {
                let commands: Vec<Command> = (0..templates::ALL.len())
                    .map(|index| Command::NewFromTemplate(index, lang))
                    .collect();
                items(ui, &commands, actions);
                if lang == Lang::En {
                    ui.separator();
                }
            }
        });
        items(ui, &[Command::Open], actions);
        menu(ui, tr!("menu-open-recent"), |ui| {
            recent_ui(ui, settings, actions);
        });
        items(ui, &[Command::Import, Command::ImportSurvey], actions);
        ui.separator();
        items(ui, &[Command::Save, Command::SaveAs], actions);
        ui.separator();
        items(ui, &[Command::CompareWith], actions);
        items(
            ui,
            &[
                Command::Export,
                Command::ExportAs(Format::Cells),
                Command::ExportAs(Format::Plan),
                Command::ExportAs(Format::Mermaid),
            ],
            actions,
        );
        ui.separator();
        items(ui, &[Command::StartScreen], actions);
        ui.separator();
        items(ui, &[Command::Close, Command::Quit], actions);
    });
    menu(ui, tr!("menu-edit"), |ui| {
        undo_redo_ui(ui, history, actions);
        ui.separator();
        items(ui, &[Command::AddStage, Command::AddChannel], actions);
        items(
            ui,
            &[
                Command::AddLane(LaneKind::Text),
                Command::AddLane(LaneKind::Emotion),
                Command::AddLane(LaneKind::Metric),
                Command::AddLine,
                Command::AddPersona,
            ],
            actions,
        );
        ui.separator();
        items(ui, &[Command::Copy, Command::Paste], actions);
        ui.separator();
        items(
            ui,
            &[
                Command::Rename,
                Command::DeleteSelected,
                Command::ClearCell,
                Command::ContextMenu,
            ],
            actions,
        );
        ui.separator();
        items(ui, &[Command::UseMeasuredScores], actions);
        ui.separator();
        ui.label(tr!("menu-map-direction"));
        let current = history.project().direction;
        for direction in [Direction::Ltr, Direction::Rtl] {
            if crate::ui::choice::radio(ui, current == direction, direction_label(direction))
                .clicked()
                && current != direction
            {
                actions.push(Action::Edit(Edit::SetDirection(direction)));
            }
        }
    });
    menu(ui, tr!("menu-view"), |ui| {
        items(ui, &[Command::Present, Command::Insights], actions);
        ui.separator();
        menu(ui, tr!("menu-persona"), |ui| {
            persona_menu_ui(ui, history.project(), persona, actions);
        });
        ui.separator();
        ui.label(tr!("menu-theme"));
        for (command, dark) in [(Command::LightTheme, false), (Command::DarkTheme, true)] {
            if crate::ui::choice::radio(ui, settings.dark == dark, command.label()).clicked() {
                actions.push(command.into());
            }
        }
        ui.separator();
        ui.label(tr!("menu-colour-by"));
        for mode in ColourBy::ALL {
            if crate::ui::choice::radio(
                ui,
                settings.colour_by == mode,
                super::theme::colour_by_label(mode),
            )
            .clicked()
            {
                actions.push(Command::ColourBy(mode).into());
            }
        }
        ui.separator();
        ui.label(tr!("menu-signal-colours"));
        for scheme in Scheme::ALL {
            if crate::ui::choice::radio(
                ui,
                settings.scheme == scheme,
                super::theme::scheme_label(scheme),
            )
            .clicked()
            {
                actions.push(Command::Scheme(scheme).into());
            }
        }
        ui.separator();
        items(ui, &[Command::ZoomIn, Command::ZoomOut], actions);
        ui.weak(tr!("menu-zoom", percent = (settings.zoom * 100.0).round()));
        items(ui, &[Command::ZoomReset], actions);
        ui.separator();
        items(
            ui,
            &[Command::InspectorWider, Command::InspectorNarrower],
            actions,
        );
        ui.separator();
        menu(ui, tr!("menu-language"), |ui| {
            for lang in Lang::ALL {
                if crate::ui::choice::radio(ui, settings.language() == lang, lang.name()).clicked()
                {
                    actions.push(Command::Language(lang).into());
                }
            }
        });
    });
    menu(ui, tr!("menu-help"), |ui| {
        items(ui, &[Command::Shortcuts, Command::About], actions);
    });
}

/// Whose lanes and curves the grid shows: all personas, or one.
pub fn persona_menu_ui(
    ui: &mut egui::Ui,
    project: &Project,
    shown: Option<PersonaId>,
    actions: &mut Vec<Action>,
) {
    if crate::ui::choice::radio(ui, shown.is_none(), tr!("persona-all")).clicked() {
        actions.push(Command::ShowPersona(None).into());
    }
    for persona in &project.personas {
        let name = crate::i18n::Text::new(crate::ui::words::persona_name(persona));
        if crate::ui::choice::radio(ui, shown == Some(persona.id), name).clicked() {
            actions.push(Command::ShowPersona(Some(persona.id)).into());
        }
    }
}

/// A menu whose items, in a right-to-left interface, align to the right.
fn menu(ui: &mut egui::Ui, title: crate::i18n::Text, add: impl FnOnce(&mut egui::Ui)) {
    ui.menu_button(title, |ui| {
        if crate::i18n::ui().is_rtl() {
            // Aligned to the right, the items would take every width a
            // popup may have: keep the menu as narrow as its words.
            ui.set_max_width(300.0);
        }
        crate::ui::layout::mirrored(ui, add);
    });
}

/// A map direction's name.
pub fn direction_label(direction: Direction) -> crate::i18n::Text {
    tr!(direction.key())
}

/// Undo and redo, named after the step they undo or redo.
fn undo_redo_ui(ui: &mut egui::Ui, history: &History, actions: &mut Vec<Action>) {
    for (command, label, possible) in [
        (Command::Undo, history.undo_step(), history.can_undo()),
        (Command::Redo, history.redo_step(), history.can_redo()),
    ] {
        let text = label.map_or_else(
            || command.label(),
            |step| {
                let step = tr!(step);
                match command {
                    Command::Undo => tr!("menu-undo-step", step = step.clone()),
                    _ => tr!("menu-redo-step", step = step.clone()),
                }
            },
        );
        if command.menu_item_labelled_ui(ui, text, possible) {
            actions.push(command.into());
        }
    }
}

fn recent_ui(ui: &mut egui::Ui, settings: &Settings, actions: &mut Vec<Action>) {
    if settings.recent.is_empty() {
        ui.weak(tr!("menu-no-recent"));
        return;
    }
    for path in &settings.recent {
        if ui
            .button(file_name(path))
            .on_hover_text(path.display().to_string())
            .clicked()
        {
            actions.push(Action::OpenPath(path.clone()));
        }
    }
    ui.separator();
    if Command::ClearRecent.menu_item_ui(ui, true) {
        actions.push(Command::ClearRecent.into());
    }
}
