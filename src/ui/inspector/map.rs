//! The map's own settings: title, personas, reading direction, the
//! infographic's language; and one persona's details.

use eframe::egui::{self, RichText};

use super::{Field, text_field};
use crate::i18n::{Lang, Text};
use crate::model::{Direction, Edit, MAX_PERSONAS, Persona, PersonaColour, PersonaId, Project};
use crate::tr;
use crate::ui::action::{Action, Selection};

pub(super) fn project_ui(
    ui: &mut egui::Ui,
    project: &Project,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("inspector-map"));
    ui.add_space(6.0);
    text_field(
        ui,
        Field::new(tr!("inspector-title"), &project.title, "title").focus(focus),
        actions,
        Edit::SetTitle,
    );
    ui.separator();
    personas_ui(ui, project, actions);
    ui.separator();
    direction_ui(ui, project.direction, actions);
    language_ui(ui, project, actions);
    ui.separator();
    let hint = tr!("inspector-hint");
    crate::ui::bidi::paragraph_ui(ui, &hint, Some(ui.visuals().weak_text_color()));
}

/// The map's reading direction: where the first stage stands.
fn direction_ui(ui: &mut egui::Ui, current: Direction, actions: &mut Vec<Action>) {
    ui.label(tr!("inspector-direction"));
    ui.horizontal(|ui| {
        for (direction, hint) in [
            (Direction::Ltr, "inspector-direction-ltr-hint"),
            (Direction::Rtl, "inspector-direction-rtl-hint"),
        ] {
            if crate::ui::choice::radio(
                ui,
                current == direction,
                crate::ui::menu::direction_label(direction),
            )
            .on_hover_text(tr!(hint))
            .clicked()
                && current != direction
            {
                actions.push(Action::Edit(Edit::SetDirection(direction)));
            }
        }
    });
}

/// The language of the infographic's own words: inferred from the map's
/// text until the user picks one.
fn language_ui(ui: &mut egui::Ui, project: &Project, actions: &mut Vec<Action>) {
    ui.label(tr!("inspector-language"))
        .on_hover_text(tr!("inspector-language-hint"));
    let current = project.language;
    ui.horizontal_wrapped(|ui| {
        let automatic = tr!(
            "inspector-language-auto",
            language = project.inferred_language().name()
        );
        let choices = std::iter::once((None, automatic))
            .chain(Lang::ALL.map(|l| (Some(l), Text::new(l.name().to_owned()))));
        for (language, label) in choices {
            if crate::ui::choice::radio(ui, current == language, label).clicked()
                && current != language
            {
                actions.push(Action::Edit(Edit::SetLanguage(language)));
            }
        }
    });
}

/// The map's personas: the one's name and description in place, or, with
/// several, a list to pick one from; and a button to add one.
fn personas_ui(ui: &mut egui::Ui, project: &Project, actions: &mut Vec<Action>) {
    if let [persona] = project.personas.as_slice() {
        ui.label(RichText::from(tr!("inspector-persona")).heading());
        let id = persona.id;
        text_field(
            ui,
            Field::new(tr!("inspector-name"), &persona.name, "persona name"),
            actions,
            move |name| Edit::SetPersonaName { id, name },
        );
        text_field(
            ui,
            Field::new(
                tr!("inspector-description"),
                &persona.description,
                "persona description",
            )
            .multiline(true),
            actions,
            move |description| Edit::SetPersonaDescription { id, description },
        );
    } else {
        ui.label(RichText::from(tr!("inspector-personas")).heading());
        for persona in &project.personas {
            crate::ui::layout::row(ui, |ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(16.0, 16.0), egui::Sense::hover());
                crate::ui::marks::marker_ui(
                    ui.painter(),
                    persona,
                    rect.center(),
                    6.0,
                    ui.visuals().panel_fill,
                );
                let name = Text::new(crate::ui::words::persona_name(persona));
                if ui
                    .link(name)
                    .on_hover_text(tr!("inspector-persona-edit"))
                    .clicked()
                {
                    actions.push(Action::Select(Selection::Persona(persona.id)));
                }
            });
        }
    }
    let room = project.personas.len() < MAX_PERSONAS;
    if ui
        .add_enabled(room, egui::Button::new(tr!("inspector-add-persona")))
        .on_disabled_hover_text(tr!("inspector-personas-full", most = MAX_PERSONAS))
        .clicked()
    {
        actions.push(crate::ui::command::Command::AddPersona.into());
    }
}

/// One persona: name, description, colour, place in the list.
pub(super) fn persona_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: PersonaId,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let (Some(persona), Some(index)) = (project.persona_by_id(id), project.persona_index(id))
    else {
        return;
    };
    ui.heading(tr!("inspector-persona"));
    ui.weak(tr!(
        "inspector-position",
        index = index + 1,
        count = project.personas.len()
    ));
    ui.add_space(6.0);
    text_field(
        ui,
        Field::new(tr!("inspector-name"), &persona.name, ("persona name", id)).focus(focus),
        actions,
        move |name| Edit::SetPersonaName { id, name },
    );
    text_field(
        ui,
        Field::new(
            tr!("inspector-description"),
            &persona.description,
            ("persona description", id),
        )
        .multiline(true),
        actions,
        move |description| Edit::SetPersonaDescription { id, description },
    );
    ui.label(tr!("inspector-colour"));
    ui.horizontal_wrapped(|ui| {
        for colour in PersonaColour::ALL {
            let sample = Persona {
                colour,
                ..persona.clone()
            };
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(26.0, 26.0), egui::Sense::click());
            let name = tr!(colour.key());
            response.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::accesskit::Role::RadioButton,
                    true,
                    persona.colour == colour,
                    name.as_str(),
                )
            });
            if persona.colour == colour {
                ui.painter().rect_stroke(
                    rect,
                    4.0,
                    egui::Stroke::new(2.0, crate::ui::theme::ACCENT),
                    egui::StrokeKind::Inside,
                );
            }
            crate::ui::marks::marker_ui(
                ui.painter(),
                &sample,
                rect.center(),
                7.0,
                ui.visuals().panel_fill,
            );
            if response.on_hover_text(name).clicked() && persona.colour != colour {
                actions.push(Action::Edit(Edit::SetPersonaColour { id, colour }));
            }
        }
    });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new(tr!("inspector-move-up")))
            .clicked()
        {
            actions.push(Action::Edit(Edit::MovePersona { id, to: index - 1 }));
        }
        if ui
            .add_enabled(
                index + 1 < project.personas.len(),
                egui::Button::new(tr!("inspector-move-down")),
            )
            .clicked()
        {
            actions.push(Action::Edit(Edit::MovePersona { id, to: index + 1 }));
        }
    });
    ui.add_space(6.0);
    let more = project.personas.len() > 1;
    if ui
        .add_enabled(more, egui::Button::new(tr!("inspector-delete-persona")))
        .on_disabled_hover_text(tr!("inspector-last-persona"))
        .clicked()
    {
        actions.push(Action::ConfirmDelete(Edit::DeletePersona { id }));
    }
    ui.add_space(6.0);
    if ui.link(tr!("inspector-back-to-map")).clicked() {
        actions.push(Action::Select(Selection::Project));
    }
}
