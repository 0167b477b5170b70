//! A lane's settings, its value at one stage, and a divider line.

use eframe::egui::{self, RichText};

use super::{Field, text_field};
use crate::i18n::Text;
use crate::model::{
    Amount, Better, Edit, LaneId, LaneKey, LaneKind, LineId, PersonaId, Project, Row, Score,
};
use crate::tr;
use crate::ui::action::{Action, Selection};
use crate::ui::words::{persona_name, score_described};

/// A lane: its name, kind, whose it is, where it sits, and a metric's
/// unit, target and direction.
pub(super) fn lane_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: LaneId,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let Some(lane) = project.lane(id) else {
        return;
    };
    ui.heading(tr!("inspector-lane"));
    ui.weak(tr!(lane.kind.key()));
    ui.add_space(6.0);
    text_field(
        ui,
        Field::new(tr!("inspector-name"), &lane.name, ("lane name", id)).focus(focus),
        actions,
        move |name| Edit::RenameLane { id, name },
    );
    ui.label(tr!("lane-persona"));
    let shown = lane
        .persona
        .and_then(|p| project.persona_by_id(p))
        .map_or_else(|| tr!("lane-persona-all"), |p| Text::new(persona_name(p)));
    egui::ComboBox::from_id_salt(("lane persona", id))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(lane.persona.is_none(), tr!("lane-persona-all"))
                .clicked()
            {
                actions.push(Action::Edit(Edit::SetLanePersona { id, persona: None }));
            }
            for persona in &project.personas {
                let name = Text::new(persona_name(persona));
                if ui
                    .selectable_label(lane.persona == Some(persona.id), name)
                    .clicked()
                {
                    actions.push(Action::Edit(Edit::SetLanePersona {
                        id,
                        persona: Some(persona.id),
                    }));
                }
            }
        });
    ui.label(tr!("lane-place"));
    ui.horizontal(|ui| {
        for (below, key) in [(false, "lane-above"), (true, "lane-below")] {
            if crate::ui::choice::radio(ui, lane.below == below, tr!(key)).clicked()
                && lane.below != below
            {
                actions.push(Action::Edit(Edit::MoveLane {
                    id,
                    to: usize::MAX,
                    below,
                }));
            }
        }
    });
    if lane.kind == LaneKind::Metric {
        metric_settings_ui(ui, lane, actions);
    }
    ui.add_space(6.0);
    moves_ui(
        ui,
        ["lane-move-up", "lane-move-down"],
        project.lane_moves(id),
        actions,
    );
    ui.add_space(6.0);
    if ui.button(tr!("inspector-delete-lane")).clicked() {
        actions.push(Action::ConfirmDelete(Edit::DeleteLane { id }));
    }
}

/// A metric lane's unit, target and which way is better.
fn metric_settings_ui(ui: &mut egui::Ui, lane: &crate::model::Lane, actions: &mut Vec<Action>) {
    let id = lane.id;
    text_field(
        ui,
        Field::new(tr!("lane-unit"), &lane.unit, ("lane unit", id)),
        actions,
        move |unit| Edit::SetLaneUnit { id, unit },
    );
    number_field(
        ui,
        tr!("lane-target"),
        lane.target,
        ("lane target", id),
        actions,
        move |target| Edit::SetLaneTarget { id, target },
    );
    ui.horizontal(|ui| {
        for (better, key) in [
            (Better::Higher, "lane-higher-better"),
            (Better::Lower, "lane-lower-better"),
        ] {
            if crate::ui::choice::radio(ui, lane.better == better, tr!(key)).clicked()
                && lane.better != better
            {
                actions.push(Action::Edit(Edit::SetLaneBetter { id, better }));
            }
        }
    });
}

/// A number typed as text: set when it reads as one, cleared when empty;
/// other text is kept in the box, marked, and not applied.
fn number_field(
    ui: &mut egui::Ui,
    label: Text,
    value: Option<Amount>,
    id_salt: impl egui::AsIdSalt,
    actions: &mut Vec<Action>,
    edit: impl FnOnce(Option<Amount>) -> Edit,
) {
    let id = ui.make_persistent_id(egui::IdSalt::new(id_salt));
    let label = ui.label(RichText::from(label).strong());
    let shown = value.map(|v| v.to_string()).unwrap_or_default();
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let response = ui.add(
        text_field::TextField::new(&mut text)
            .id_salt(id)
            .desired_width(f32::INFINITY),
    );
    let response = response.labelled_by(label.id);
    let parsed = Amount::parse(&text);
    let readable = text.trim().is_empty() || parsed.is_some();
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    if !readable {
        ui.colored_label(ui.visuals().warn_fg_color, tr!("lane-not-a-number"));
    }
    if response.changed() && readable && parsed != value {
        actions.push(Action::Merged(edit(parsed), response.id.value()));
    }
    if response.lost_focus() {
        actions.push(Action::EndMerge);
    }
}

/// A lane's value at one stage: its text, its number, or each persona's
/// emotion (a score and a note).
pub(super) fn lane_value_ui(
    ui: &mut egui::Ui,
    project: &Project,
    at: LaneKey,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let (Some(lane), Some(stage)) = (project.lane(at.lane), project.stage(at.stage)) else {
        return;
    };
    let empty = crate::model::LaneCell::default();
    let value = project.lane_cell(at).unwrap_or(&empty);
    ui.heading(Text::new(format!("{} × {}", lane.name, stage.name)));
    ui.weak(tr!(lane.kind.key()));
    ui.add_space(6.0);
    match lane.kind {
        LaneKind::Text => text_field(
            ui,
            Field::new(tr!("lane-text"), &value.text, ("lane text", at))
                .multiline(true)
                .focus(focus),
            actions,
            move |text| Edit::SetLaneText { at, text },
        ),
        LaneKind::Metric => {
            number_field(
                ui,
                tr!("lane-value"),
                value.number,
                ("lane number", at),
                actions,
                move |number| Edit::SetLaneNumber { at, number },
            );
            text_field(
                ui,
                Field::new(tr!("lane-note"), &value.text, ("lane note", at)).multiline(true),
                actions,
                move |text| Edit::SetLaneText { at, text },
            );
        }
        LaneKind::Emotion => {
            for persona in project
                .personas
                .iter()
                .filter(|p| lane.persona.is_none_or(|own| own == p.id))
            {
                emotion_ui(ui, project, at, persona.id, actions);
            }
            ui.weak(tr!("lane-emotion-hint"));
        }
    }
    ui.add_space(6.0);
    if ui.link(tr!("inspector-lane-settings")).clicked() {
        actions.push(Action::Select(Selection::Lane(lane.id)));
    }
}

/// One persona's emotion at a stage: five steps and "not set", and a note.
fn emotion_ui(
    ui: &mut egui::Ui,
    project: &Project,
    at: LaneKey,
    persona: PersonaId,
    actions: &mut Vec<Action>,
) {
    let Some(who) = project.persona_by_id(persona) else {
        return;
    };
    let emotion = project
        .lane_cell(at)
        .and_then(|c| c.emotions.get(&persona))
        .cloned()
        .unwrap_or_default();
    crate::ui::layout::row(ui, |ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 16.0), egui::Sense::hover());
        crate::ui::marks::marker_ui(
            ui.painter(),
            who,
            rect.center(),
            6.0,
            ui.visuals().panel_fill,
        );
        ui.label(RichText::from(Text::new(persona_name(who))).strong());
    });
    let mut score = emotion.score;
    egui::ComboBox::from_id_salt(("emotion", at, persona))
        .selected_text(score_described(score))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut score, None, tr!("score-not-set"));
            for option in Score::ALL.into_iter().rev() {
                ui.selectable_value(&mut score, Some(option), score_described(Some(option)));
            }
        });
    if score != emotion.score {
        actions.push(Action::Edit(Edit::SetEmotion { at, persona, score }));
    }
    text_field(
        ui,
        Field::new(
            tr!("lane-note"),
            &emotion.note,
            ("emotion note", at, persona),
        ),
        actions,
        move |note| Edit::SetEmotionNote { at, persona, note },
    );
    ui.add_space(4.0);
}

/// A divider line: its name and the row it is drawn below.
pub(super) fn line_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: LineId,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let Some(line) = project.line(id) else {
        return;
    };
    ui.heading(tr!("inspector-line"));
    ui.add_space(6.0);
    text_field(
        ui,
        Field::new(tr!("inspector-name"), &line.name, ("line name", id)).focus(focus),
        actions,
        move |name| Edit::RenameLine { id, name },
    );
    ui.label(tr!("line-below"));
    let row_name = |row: Option<Row>| match row {
        Some(row) => Text::new(project.row_name(row).to_owned()),
        None => tr!("line-place-top"),
    };
    egui::ComboBox::from_id_salt(("line place", id))
        .selected_text(row_name(line.after))
        .show_ui(ui, |ui| {
            let rows = std::iter::once(None).chain(project.rows().into_iter().map(Some));
            for row in rows {
                if ui
                    .selectable_label(line.after == row, row_name(row))
                    .clicked()
                    && line.after != row
                {
                    actions.push(Action::Edit(Edit::MoveLine { id, after: row }));
                }
            }
        });
    ui.add_space(6.0);
    moves_ui(
        ui,
        ["line-move-up", "line-move-down"],
        project.line_moves(id),
        actions,
    );
    ui.add_space(6.0);
    if ui.button(tr!("inspector-delete-line")).clicked() {
        actions.push(Action::Edit(Edit::DeleteLine { id }));
    }
}

/// Move up and Move down, each greyed out where the row can go no further.
fn moves_ui(
    ui: &mut egui::Ui,
    labels: [&str; 2],
    moves: [Option<Edit>; 2],
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        for (label, edit) in labels.into_iter().zip(moves) {
            let button = egui::Button::new(tr!(label));
            if ui.add_enabled(edit.is_some(), button).clicked()
                && let Some(edit) = edit
            {
                actions.push(Action::Edit(edit));
            }
        }
    });
}
