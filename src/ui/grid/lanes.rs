//! Lanes on the grid: a lane's value at each stage (text, a metric against
//! its target, or each persona's emotion as points joined into curves
//! across the stages, dragged up or down to set them), and the lane menu.

use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, pos2, vec2,
};

use super::{Frame, Metrics};
use crate::i18n::Text;
use crate::model::{Edit, Lane, LaneId, LaneKey, LaneKind, Persona, PersonaId, Project, Score};
use crate::tr;
use crate::ui::action::{Action, Selection};
use crate::ui::bidi::Paragraph;
use crate::ui::marks::{marker_ui, persona_colour};
use crate::ui::{fonts, theme};

/// A lane header's second line: its kind, and whose or what unit.
pub(super) fn lane_detail(project: &Project, lane: &Lane) -> Text {
    let kind = tr!(lane.kind.key());
    let whose = lane
        .persona
        .and_then(|p| project.persona_by_id(p))
        .map(|p| p.name.as_str())
        .filter(|n| !n.is_empty());
    match (whose, lane.kind) {
        (Some(name), _) => tr!("lane-detail-persona", kind = kind, persona = name),
        (None, LaneKind::Metric) if !lane.unit.is_empty() => {
            tr!("lane-detail-unit", kind = kind, unit = lane.unit.as_str())
        }
        _ => kind,
    }
}

/// The mark of a lane that belongs to one persona: its marker at the
/// header's top corner.
pub(super) fn persona_mark_ui(ui: &egui::Ui, rect: Rect, persona: &Persona, m: Metrics) {
    let r = m.small * 0.4;
    let centre = pos2(rect.right() - r - 5.0, rect.top() + r + 5.0);
    marker_ui(ui.painter(), persona, centre, r, ui.visuals().panel_fill);
}

/// The personas whose curves an emotion lane shows: theirs alone, or
/// every persona's (the one filtered on, when the map is).
fn curves<'a>(project: &'a Project, lane: &Lane, filter: Option<PersonaId>) -> Vec<&'a Persona> {
    project
        .personas
        .iter()
        .filter(|p| lane.persona.is_none_or(|own| own == p.id))
        .filter(|p| filter.is_none_or(|f| f == p.id))
        .collect()
}

/// The persona the keys and a double-click set an emotion for: the one
/// filtered on, the lane's own, or the map's first.
pub fn acting_persona(project: &Project, lane: &Lane, filter: Option<PersonaId>) -> PersonaId {
    filter
        .or(lane.persona)
        .unwrap_or_else(|| project.persona().id)
}

/// The y of `score` in an emotion lane's cell, and the score at a y.
fn score_y(rect: Rect, score: f32) -> f32 {
    let (top, bottom) = (
        rect.top() + rect.height() * 0.16,
        rect.bottom() - rect.height() * 0.16,
    );
    top + (2.0 - score) / 4.0 * (bottom - top)
}

fn score_at(rect: Rect, y: f32) -> Option<Score> {
    let (top, bottom) = (
        rect.top() + rect.height() * 0.16,
        rect.bottom() - rect.height() * 0.16,
    );
    let score = 2.0 - (y - top) / (bottom - top) * 4.0;
    Score::new(score.round().clamp(-2.0, 2.0) as i64)
}

/// One lane's row: its value at every visible stage.
pub(super) fn lane_row_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    lane_id: LaneId,
    row: usize,
    columns: std::ops::Range<usize>,
    actions: &mut Vec<Action>,
) {
    let Some(lane) = frame.project.lane(lane_id) else {
        return;
    };
    if lane.kind == LaneKind::Emotion {
        curves_ui(ui, frame, lane, row, columns.clone());
    }
    for column in columns {
        lane_cell_ui(ui, frame, lane, column, row, actions);
    }
}

/// The lines joining each persona's points from stage to stage, drawn
/// under the points, across the visible stages and one either side.
fn curves_ui(
    ui: &egui::Ui,
    frame: &Frame<'_>,
    lane: &Lane,
    row: usize,
    columns: std::ops::Range<usize>,
) {
    let g = frame.geometry;
    let from = columns.start.saturating_sub(1);
    let to = (columns.end + 1).min(g.stages);
    let painter = ui.painter();
    for persona in curves(frame.project, lane, frame.persona) {
        let point = |column: usize| -> Option<Pos2> {
            let key = LaneKey::new(lane.id, frame.project.stages[column].id);
            let score = frame
                .project
                .lane_cell(key)?
                .emotions
                .get(&persona.id)?
                .score?;
            let rect = frame.to_screen(g.cell(column, row));
            Some(pos2(
                rect.center().x,
                score_y(rect, f32::from(score.value())),
            ))
        };
        let width = if frame.look.contrast { 4.0 } else { 2.5 };
        for column in from..to.saturating_sub(1) {
            if let (Some(a), Some(b)) = (point(column), point(column + 1)) {
                painter.line_segment([a, b], Stroke::new(width, persona_colour(persona)));
            }
        }
    }
}

fn lane_cell_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    lane: &Lane,
    column: usize,
    row: usize,
    actions: &mut Vec<Action>,
) {
    let m = frame.geometry.m;
    let Some(key) = frame.lane_key(column, row) else {
        return;
    };
    let value = frame.project.lane_cell(key);
    let rect = frame
        .to_screen(frame.geometry.cell(column, row))
        .shrink(m.gap / 2.0);
    let sense = frame.sense(Selection::LaneCell(key), Sense::click());
    let response = ui.interact(rect, frame.lane_value_id(key), sense);
    response.widget_info(|| super::access::lane_value_info(frame, column, key));
    if response.clicked() {
        actions.push(Action::Select(Selection::LaneCell(key)));
        ui.memory_mut(|m| m.surrender_focus(response.id));
    }
    let selected = frame.selection == Selection::LaneCell(key);
    let selection = || Selection::LaneCell(key);
    super::access::follow_focus(ui, &response, selected, selection, actions);
    super::actions_menu(&response, frame.menu == Some(selection()), |ui| {
        let clear = egui::Button::new(tr!("lane-clear-value"));
        if ui.add_enabled(value.is_some(), clear).clicked() {
            actions.push(Action::Edit(Edit::SetLaneCell {
                at: key,
                cell: crate::model::LaneCell::default(),
            }));
        }
    });
    let visuals = ui.visuals();
    let painter = ui.painter();
    let radius = CornerRadius::same(6);
    let outline = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    painter.rect_stroke(rect, radius, outline, StrokeKind::Inside);
    if selected {
        let width = if frame.look.contrast { 6.0 } else { 2.5 };
        painter.rect_stroke(
            rect,
            radius,
            Stroke::new(width, theme::ring(visuals)),
            StrokeKind::Outside,
        );
    } else if response.hovered() {
        painter.rect_stroke(
            rect,
            radius,
            visuals.widgets.hovered.bg_stroke,
            StrokeKind::Inside,
        );
    }
    let text_colour = visuals.strong_text_color();
    let inner = rect.shrink2(vec2(m.body * 0.6, m.body * 0.4));
    match lane.kind {
        LaneKind::Text => {
            let Some(text) = value.map(|v| v.text.as_str()).filter(|t| !t.is_empty()) else {
                return;
            };
            let line = painter
                .layout_no_wrap("Ag".to_owned(), FontId::proportional(m.body), text_colour)
                .size()
                .y;
            let rows = ((inner.height() / line).floor() as usize).max(1);
            let paragraph = Paragraph::new(
                painter,
                text,
                FontId::proportional(m.body),
                text_colour,
                inner.width(),
                rows,
            );
            paragraph.paint(painter, inner.min, inner.width(), text_colour);
        }
        LaneKind::Metric => metric_ui(painter, frame, lane, value, inner, text_colour),
        LaneKind::Emotion => {
            if response.double_clicked()
                && let Some(pointer) = response.interact_pointer_pos()
            {
                let persona = acting_persona(frame.project, lane, frame.persona);
                actions.push(Action::Select(Selection::LaneCell(key)));
                actions.push(Action::Edit(Edit::SetEmotion {
                    at: key,
                    persona,
                    score: score_at(rect, pointer.y),
                }));
            }
            // The points are the value's children for assistive technology.
            let mut ui = ui.new_child(egui::UiBuilder::new().accessibility_parent(response.id));
            emotion_points_ui(&mut ui, frame, lane, key, rect, actions);
        }
    }
}

/// A metric's value with its unit, its target, and whether it meets it
/// (a mark and a colour, so the status does not rest on colour alone).
fn metric_ui(
    painter: &egui::Painter,
    frame: &Frame<'_>,
    lane: &Lane,
    value: Option<&crate::model::LaneCell>,
    inner: Rect,
    text_colour: Color32,
) {
    let m = frame.geometry.m;
    let lang = crate::i18n::ui();
    let number = value.and_then(|v| v.number);
    let with_unit = |n: crate::model::Amount| lang.digits(&lane.with_unit(&n.to_string()));
    let rtl = frame.geometry.rtl;
    let (x, align) = if rtl {
        (inner.right(), Align2::RIGHT_TOP)
    } else {
        (inner.left(), Align2::LEFT_TOP)
    };
    if let Some(n) = number {
        let big = fonts::bold(m.title * 1.15);
        painter.text(pos2(x, inner.top()), align, with_unit(n), big, text_colour);
        if let Some((met, status)) = crate::ui::words::metric_status(lane, n) {
            let visuals = &painter.ctx().global_style().visuals;
            let colour = theme::signal_colour(visuals, frame.look.scheme, met);
            let mark = if met { "✓" } else { "✗" };
            let status = crate::ui::bidi::shaper_order(format!("{mark} {status}"), lang.is_rtl());
            painter.text(
                pos2(x, inner.bottom()),
                if rtl {
                    Align2::RIGHT_BOTTOM
                } else {
                    Align2::LEFT_BOTTOM
                },
                status,
                FontId::proportional(m.small),
                colour,
            );
        }
    } else if let Some(target) = lane.target {
        let text: String = tr!("metric-target", target = with_unit(target)).into();
        let text = crate::ui::bidi::shaper_order(text, lang.is_rtl());
        painter.text(
            pos2(x, inner.bottom()),
            if rtl {
                Align2::RIGHT_BOTTOM
            } else {
                Align2::LEFT_BOTTOM
            },
            text,
            FontId::proportional(m.small),
            painter.ctx().global_style().visuals.weak_text_color(),
        );
    }
}

/// Each shown persona's point at this stage; a point dragged up or down
/// sets its score on release.
fn emotion_points_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    lane: &Lane,
    key: LaneKey,
    rect: Rect,
    actions: &mut Vec<Action>,
) {
    let m = frame.geometry.m;
    // The zero line, faint.
    let zero = score_y(rect, 0.0);
    let faint = ui.visuals().widgets.noninteractive.bg_stroke.color;
    ui.painter()
        .hline(rect.x_range(), zero, Stroke::new(1.0, faint));
    let Some(value) = frame.project.lane_cell(key) else {
        return;
    };
    let r = (m.small * 0.42).max(5.0);
    for persona in curves(frame.project, lane, frame.persona) {
        let Some(emotion) = value.emotions.get(&persona.id) else {
            continue;
        };
        let Some(score) = emotion.score else {
            continue;
        };
        let centre = pos2(rect.center().x, score_y(rect, f32::from(score.value())));
        let hit = Rect::from_center_size(centre, vec2(r * 3.0, r * 3.0));
        let response = ui.interact(
            hit,
            frame.id.with(("emotion", key, persona.id)),
            // Not a stop for Tab: the keys 1–5 set it on the selected value.
            Sense::drag() - Sense::FOCUSABLE,
        );
        response.widget_info(|| {
            let score = crate::ui::words::score_described(Some(score));
            let label = tr!(
                "a11y-emotion",
                persona = persona.name.as_str(),
                score = score.as_str()
            );
            egui::WidgetInfo::labeled(egui::accesskit::Role::Slider, true, label)
        });
        let mut at = centre;
        if response.dragged()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            at.y = pointer.y.clamp(score_y(rect, 2.0), score_y(rect, -2.0));
        }
        if response.drag_stopped()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            let new = score_at(rect, pointer.y);
            if new != Some(score) {
                actions.push(Action::Select(Selection::LaneCell(key)));
                actions.push(Action::Edit(Edit::SetEmotion {
                    at: key,
                    persona: persona.id,
                    score: new,
                }));
            }
        }
        let ring = ui.visuals().panel_fill;
        marker_ui(ui.painter(), persona, at, r, ring);
        if !emotion.note.is_empty() {
            let response = response.on_hover_text(emotion.note.as_str());
            let _ = response;
        }
    }
}

/// A lane's own menu items: move it, put it on the other side of the
/// channels, give it to a persona.
pub(super) fn lane_menu_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: LaneId,
    actions: &mut Vec<Action>,
) {
    let Some(lane) = project.lane(id) else {
        return;
    };
    let labels = ["lane-move-up", "lane-move-down"];
    for (label, edit) in labels.into_iter().zip(project.lane_moves(id)) {
        if let Some(edit) = edit
            && ui.button(tr!(label)).clicked()
        {
            actions.push(Action::Edit(edit));
        }
    }
    ui.menu_button(tr!("lane-persona"), |ui| {
        if ui
            .radio(lane.persona.is_none(), tr!("lane-persona-all"))
            .clicked()
        {
            actions.push(Action::Edit(Edit::SetLanePersona { id, persona: None }));
        }
        for persona in &project.personas {
            let name = Text::new(crate::ui::words::persona_name(persona));
            if ui.radio(lane.persona == Some(persona.id), name).clicked() {
                actions.push(Action::Edit(Edit::SetLanePersona {
                    id,
                    persona: Some(persona.id),
                }));
            }
        }
    });
}
