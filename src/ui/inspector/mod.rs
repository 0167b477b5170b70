//! The inspector: edits every field of the selection. Typing in a field is
//! one undo step, ended when the field loses focus.

use eframe::egui::{self, RichText};

use crate::i18n::Text;
use crate::model::{
    CellKey, ChannelId, ChannelKind, Edit, Experience, Polarity, Project, Score, Signal, SignalId,
    StageId, TextField,
};
use crate::tr;
use crate::ui::action::{Action, Selection};
use crate::ui::text_field;
use crate::ui::theme::{self, Scheme};
use crate::ui::words::{kind_label, score_described, score_label, score_signed};

mod lanes;
mod map;
mod measures;

pub(crate) use measures::range;

/// Where a new signal's text box asks for focus on the next frame.
fn focus_signal_id() -> egui::Id {
    egui::Id::unique("inspector-focus-signal")
}

/// Where the inspector notes the signal whose text box holds the focus,
/// with that box's id.
fn editing_signal_id() -> egui::Id {
    egui::Id::unique("inspector-editing-signal")
}

/// The signal whose text is being edited, if its box holds the focus:
/// Alt+arrows then move the signal to the next cell.
pub fn signal_being_edited(ctx: &egui::Context) -> Option<SignalId> {
    let (field, signal) = ctx.data(|d| d.get_temp::<(egui::Id, SignalId)>(editing_signal_id()))?;
    ctx.memory(|m| m.has_focus(field)).then_some(signal)
}

/// Gives the focus to a signal's text box when the inspector next shows it.
pub fn focus_signal(ctx: &egui::Context, signal: SignalId) {
    ctx.data_mut(|d| d.insert_temp(focus_signal_id(), signal));
}

pub fn inspector_ui(
    ui: &mut egui::Ui,
    project: &Project,
    selection: Selection,
    focus: bool,
    scheme: Scheme,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    match selection {
        Selection::Project => map::project_ui(ui, project, focus, actions),
        Selection::Persona(id) => map::persona_ui(ui, project, id, focus, actions),
        Selection::Stage(id) => stage_ui(ui, project, id, focus, actions),
        Selection::Channel(id) => channel_ui(ui, project, id, focus, actions),
        Selection::Cell(key) => cell_ui(ui, project, key, focus, scheme, actions),
        Selection::Lane(id) => lanes::lane_ui(ui, project, id, focus, actions),
        Selection::LaneCell(key) => lanes::lane_value_ui(ui, project, key, focus, actions),
        Selection::Line(id) => lanes::line_ui(ui, project, id, focus, actions),
    }
}

/// One labelled field of the inspector.
pub(super) struct Field<'a> {
    label: Text,
    value: &'a str,
    id_salt: egui::IdSalt,
    multiline: bool,
    /// Take the keyboard focus (the first field, when asked to).
    focus: bool,
}

impl<'a> Field<'a> {
    pub(super) fn new(label: Text, value: &'a str, id_salt: impl egui::AsIdSalt) -> Self {
        Self {
            label,
            value,
            id_salt: egui::IdSalt::new(id_salt),
            multiline: false,
            focus: false,
        }
    }

    pub(super) fn multiline(self, multiline: bool) -> Self {
        Self { multiline, ..self }
    }

    pub(super) fn focus(self, focus: bool) -> Self {
        Self { focus, ..self }
    }
}

/// A labelled text field. Changes become merged edits.
pub(super) fn text_field(
    ui: &mut egui::Ui,
    field: Field<'_>,
    actions: &mut Vec<Action>,
    edit: impl FnOnce(String) -> Edit,
) {
    let Field {
        label,
        value,
        id_salt,
        multiline,
        focus,
    } = field;
    let label = ui.label(RichText::from(label).strong());
    let mut text = value.to_owned();
    let widget = text_field::TextField::new(&mut text)
        .id_salt(id_salt)
        .desired_width(f32::INFINITY);
    // A one-line field taking the focus has its text selected, so typing
    // replaces it ("Persona 2" becomes the name typed).
    let widget = if multiline {
        widget.multiline()
    } else {
        widget.select_all(focus)
    };
    let response = ui.add(widget);
    let response = response.labelled_by(label.id);
    if focus {
        response.request_focus();
    }
    if response.changed() {
        actions.push(Action::Merged(edit(text), response.id.value()));
    }
    if response.lost_focus() {
        actions.push(Action::EndMerge);
    }
    ui.add_space(6.0);
}

fn stage_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: StageId,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let (Some(stage), Some(index)) = (project.stage(id), project.stage_index(id)) else {
        return;
    };
    ui.heading(tr!("inspector-stage"));
    ui.weak(tr!(
        "inspector-position",
        index = index + 1,
        count = project.stages.len()
    ));
    ui.add_space(6.0);
    text_field(
        ui,
        Field::new(tr!("inspector-name"), &stage.name, ("stage-name", id)).focus(focus),
        actions,
        |name| Edit::RenameStage { id, name },
    );
    text_field(
        ui,
        Field::new(
            tr!("inspector-description"),
            &stage.description,
            ("stage-description", id),
        )
        .multiline(true),
        actions,
        |description| Edit::SetStageDescription { id, description },
    );
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new(tr!("inspector-move-earlier")))
            .clicked()
        {
            actions.push(Action::Edit(Edit::MoveStage { id, to: index - 1 }));
        }
        if ui
            .add_enabled(
                index + 1 < project.stages.len(),
                egui::Button::new(tr!("inspector-move-later")),
            )
            .clicked()
        {
            actions.push(Action::Edit(Edit::MoveStage { id, to: index + 1 }));
        }
    });
    ui.add_space(6.0);
    if ui.button(tr!("inspector-delete-stage")).clicked() {
        actions.push(Action::ConfirmDelete(Edit::DeleteStage { id }));
    }
}

fn channel_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: ChannelId,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let (Some(channel), Some(index)) = (project.channel(id), project.channel_index(id)) else {
        return;
    };
    ui.heading(tr!("inspector-channel"));
    ui.weak(tr!(
        "inspector-position",
        index = index + 1,
        count = project.channels.len()
    ));
    ui.add_space(6.0);
    text_field(
        ui,
        Field::new(tr!("inspector-name"), &channel.name, ("channel-name", id)).focus(focus),
        actions,
        |name| Edit::RenameChannel { id, name },
    );
    let mut kind = channel.kind;
    egui::ComboBox::from_label(tr!("inspector-kind"))
        .selected_text(kind_label(kind))
        .show_ui(ui, |ui| {
            for option in ChannelKind::ALL {
                ui.selectable_value(&mut kind, option, kind_label(option));
            }
        });
    if kind != channel.kind {
        actions.push(Action::Edit(Edit::SetChannelKind { id, kind }));
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(index > 0, egui::Button::new(tr!("inspector-move-up")))
            .clicked()
        {
            actions.push(Action::Edit(Edit::MoveChannel { id, to: index - 1 }));
        }
        if ui
            .add_enabled(
                index + 1 < project.channels.len(),
                egui::Button::new(tr!("inspector-move-down")),
            )
            .clicked()
        {
            actions.push(Action::Edit(Edit::MoveChannel { id, to: index + 1 }));
        }
    });
    ui.add_space(6.0);
    if ui.button(tr!("inspector-delete-channel")).clicked() {
        actions.push(Action::ConfirmDelete(Edit::DeleteChannel { id }));
    }
}

fn cell_ui(
    ui: &mut egui::Ui,
    project: &Project,
    at: CellKey,
    focus: bool,
    scheme: Scheme,
    actions: &mut Vec<Action>,
) {
    let (Some(stage), Some(channel)) = (project.stage(at.stage), project.channel(at.channel))
    else {
        return;
    };
    let empty = crate::model::Cell::default();
    let cell = project.cell(at).unwrap_or(&empty);
    ui.heading(Text::new(format!("{} × {}", stage.name, channel.name)));
    ui.add_space(6.0);
    for (i, field) in TextField::ALL.into_iter().enumerate() {
        let multiline = field != TextField::Owner;
        text_field(
            ui,
            Field::new(tr!(field.name_key()), cell.text(field), (at, field))
                .multiline(multiline)
                .focus(focus && i == 0),
            actions,
            |text| Edit::SetText { at, field, text },
        );
    }
    ui.separator();
    score_ui(
        ui,
        tr!("inspector-ideal"),
        Experience::Ideal,
        cell.ideal,
        theme::ideal(ui.visuals()),
        at,
        actions,
    );
    score_ui(
        ui,
        tr!("inspector-real"),
        Experience::Real,
        cell.real,
        theme::real(ui.visuals()),
        at,
        actions,
    );
    let gap = match cell.gap() {
        Some(0) => tr!("inspector-gap-none"),
        Some(g) if g > 0 => tr!("inspector-gap-short", gap = g),
        Some(g) => tr!("inspector-gap-over", gap = g),
        None => tr!("inspector-gap-unset"),
    };
    ui.label(gap);
    measures::measures_ui(ui, cell, at, actions);
    ui.separator();
    signals_ui(ui, &cell.signals, at, scheme, actions);
    ui.add_space(8.0);
    if ui
        .add_enabled(
            !cell.is_empty(),
            egui::Button::new(tr!("cmd-clear-cell")).shortcut_text(tr!("key-delete")),
        )
        .clicked()
    {
        actions.push(Action::Edit(Edit::ClearCell { at }));
    }
}

/// Six choices: not set, and the five labelled steps from -2 to +2.
fn score_ui(
    ui: &mut egui::Ui,
    label: Text,
    experience: Experience,
    current: Option<Score>,
    colour: egui::Color32,
    at: CellKey,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.label(RichText::from(label).strong().color(colour));
        ui.weak(score_described(current));
    });
    let mut chosen = current;
    ui.horizontal(|ui| {
        ui.selectable_value(&mut chosen, None, tr!("score-not-set"));
        for score in Score::ALL {
            ui.selectable_value(&mut chosen, Some(score), score_signed(score))
                .on_hover_text(score_label(score));
        }
    });
    if chosen != current {
        actions.push(Action::Edit(Edit::SetScore {
            at,
            experience,
            score: chosen,
        }));
    }
    ui.add_space(6.0);
}

fn signals_ui(
    ui: &mut egui::Ui,
    signals: &[Signal],
    at: CellKey,
    scheme: Scheme,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::from(tr!("inspector-signals", count = signals.len())).strong());
    let focus_id = focus_signal_id();
    let focus: Option<SignalId> = ui.memory(|m| m.data.get_temp(focus_id));
    for signal in signals {
        ui.horizontal(|ui| {
            let positive = signal.polarity == Polarity::Positive;
            let sign = RichText::new(if positive { " + " } else { " − " })
                .strong()
                .color(theme::on_mark(ui.visuals()));
            let fill = theme::signal_colour(ui.visuals(), scheme, positive);
            let flip = ui
                .add(egui::Button::new(sign).fill(fill))
                .on_hover_text(tr!("inspector-flip-hint"));
            // Named by what it says and does, not by its sign alone.
            flip.widget_info(|| {
                let name = if positive {
                    tr!("inspector-flip-positive")
                } else {
                    tr!("inspector-flip-negative")
                };
                egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, name)
            });
            if flip.clicked() {
                let polarity = signal.polarity.flipped();
                actions.push(Action::Edit(Edit::SetSignalPolarity {
                    id: signal.id,
                    polarity,
                }));
            }
            let delete = ui
                .with_layout(crate::ui::layout::end_to_start(), |ui| {
                    let delete = ui
                        .button(tr!("inspector-delete-signal"))
                        .on_hover_text(tr!("inspector-delete-signal-hint"));
                    let mut text = signal.text.clone();
                    let response = ui.add(
                        text_field::TextField::new(&mut text)
                            .id_salt(("signal", signal.id))
                            .hint(&tr!("signal-hint"))
                            .desired_width(f32::INFINITY),
                    );
                    // Named by its polarity, which only its colour shows.
                    response.widget_info(|| {
                        let mut info = egui::WidgetInfo::text_edit(true, &text, &text, "");
                        info.label = Some(if positive {
                            tr!("inspector-signal-positive").into()
                        } else {
                            tr!("inspector-signal-negative").into()
                        });
                        info
                    });
                    if focus == Some(signal.id) {
                        response.request_focus();
                        ui.memory_mut(|m| m.data.remove::<SignalId>(focus_id));
                    }
                    if response.has_focus() {
                        let editing = (response.id, signal.id);
                        ui.data_mut(|d| d.insert_temp(editing_signal_id(), editing));
                    }
                    if response.changed() {
                        actions.push(Action::Merged(
                            Edit::SetSignalText {
                                id: signal.id,
                                text,
                            },
                            response.id.value(),
                        ));
                    }
                    if response.lost_focus() {
                        actions.push(Action::EndMerge);
                    }
                    delete.clicked()
                })
                .inner;
            if delete {
                actions.push(Action::Edit(Edit::DeleteSignal { id: signal.id }));
            }
        });
        crate::ui::tags::picker_ui(ui, signal, actions);
    }
    ui.horizontal(|ui| {
        for (label, polarity) in [
            ("inspector-add-positive", Polarity::Positive),
            ("inspector-add-negative", Polarity::Negative),
        ] {
            if ui.button(tr!(label)).clicked() {
                let signal = Signal::new(polarity, "");
                ui.memory_mut(|m| m.data.insert_temp(focus_id, signal.id));
                actions.push(Action::Edit(Edit::AddSignal {
                    at,
                    index: usize::MAX,
                    signal,
                }));
            }
        }
    });
}
