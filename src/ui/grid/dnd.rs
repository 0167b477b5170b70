//! Drag and drop on the grid: what is dragged, where it would land, and the
//! edit when it is released. Payloads carry ids, never indices.

use eframe::egui::{self, Align2, CornerRadius, FontId, Stroke, StrokeKind, vec2};

use super::Frame;
use super::geometry::target_index;
use crate::model::{CellKey, ChannelId, Edit, LaneId, LineId, Project, Row, SignalId, StageId};
use crate::ui::action::{Action, Selection};
use crate::ui::bidi::Paragraph;
use crate::ui::theme;

/// What is being dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DragPayload {
    Stage(StageId),
    Channel(ChannelId),
    Cell(CellKey),
    Signal(SignalId),
    Lane(LaneId),
    Line(LineId),
}

/// The drop indicator while dragging, and the edit when the pointer is released.
pub(super) fn drop_ui(ui: &egui::Ui, frame: &Frame<'_>, actions: &mut Vec<Action>) {
    let Some(payload) = frame.payload else { return };
    let Some(pointer) = ui.ctx().pointer_interact_pos() else {
        return;
    };
    if !ui.clip_rect().contains(pointer) {
        return;
    }
    let content = pointer - frame.origin.to_vec2();
    let released = ui.input(|i| i.pointer.any_released());
    let painter = ui.painter();
    let line = Stroke::new(3.0, theme::ACCENT);
    let g = frame.geometry;
    let project = frame.project;
    let visible = frame.to_screen(frame.viewport);
    match payload {
        DragPayload::Stage(id) => {
            let Some(from) = project.stage_index(id) else {
                return;
            };
            let slot = g.column_slot(content.x);
            let x = frame.origin.x + g.slot_x(slot);
            painter.vline(x, visible.y_range(), line);
            let to = target_index(from, slot);
            if released && to != from {
                actions.push(Action::Edit(Edit::MoveStage { id, to }));
            }
        }
        DragPayload::Channel(id) => {
            let Some(from) = project.channel_index(id) else {
                return;
            };
            // A channel moves among the channels: the slot is clamped to
            // the channel block, and counted in channels.
            let rows = g.rows;
            let first = rows.iter().position(|r| matches!(r.row, Row::Channel(_)));
            let last = rows.iter().rposition(|r| matches!(r.row, Row::Channel(_)));
            let (Some(first), Some(last)) = (first, last) else {
                return;
            };
            let slot = g.row_slot(content.y).clamp(first, last + 1);
            let y = frame.origin.y + g.row_y(slot);
            painter.hline(visible.x_range(), y, line);
            let to = target_index(from, slot - first);
            if released && to != from {
                actions.push(Action::Edit(Edit::MoveChannel { id, to }));
            }
        }
        DragPayload::Lane(id) => {
            let Some(lane) = project.lane(id) else {
                return;
            };
            let rows = g.rows;
            let slot = g.row_slot(content.y);
            let y = frame.origin.y + g.row_y(slot);
            painter.hline(visible.x_range(), y, line);
            // Above the first channel, or below the last, and where among
            // the lanes on that side.
            let first_channel = rows.iter().position(|r| matches!(r.row, Row::Channel(_)));
            let below = first_channel.is_some_and(|f| slot > f);
            let lanes_before = rows[..slot]
                .iter()
                .filter(|r| match r.row {
                    Row::Lane(other) => {
                        other != id && project.lane(other).is_some_and(|l| l.below == below)
                    }
                    Row::Channel(_) => false,
                })
                .count();
            let side: Vec<_> = project
                .lanes
                .iter()
                .filter(|l| l.below == lane.below)
                .collect();
            let now = side.iter().position(|l| l.id == id).unwrap_or(0);
            if released && (below != lane.below || lanes_before != now) {
                actions.push(Action::Edit(Edit::MoveLane {
                    id,
                    to: lanes_before,
                    below,
                }));
            }
        }
        DragPayload::Line(id) => {
            let slot = g.row_slot(content.y);
            let y = frame.origin.y + g.row_y(slot);
            painter.hline(visible.x_range(), y, line);
            let after = slot
                .checked_sub(1)
                .and_then(|i| g.rows.get(i))
                .map(|r| r.row);
            if released && project.line(id).is_some_and(|l| l.after != after) {
                actions.push(Action::Edit(Edit::MoveLine { id, after }));
            }
        }
        DragPayload::Cell(from) => {
            let (Some(column), Some(row)) = (g.column_at(content.x), g.row_at(content.y)) else {
                return;
            };
            let Some(to) = frame.key(column, row) else {
                return;
            };
            let rect = frame.to_screen(g.cell(column, row)).shrink(1.0);
            painter.rect_stroke(rect, CornerRadius::same(6), line, StrokeKind::Inside);
            if to != from && project.cell(to).is_some() {
                painter.text(
                    rect.center_top() + vec2(0.0, 4.0),
                    Align2::CENTER_TOP,
                    crate::ui::bidi::shaper_order(
                        crate::tr!("drag-swap").into(),
                        crate::i18n::ui().is_rtl(),
                    ),
                    FontId::proportional(13.0),
                    theme::ACCENT,
                );
            }
            if released && to != from {
                actions.push(Action::Edit(Edit::MoveCell { from, to }));
                actions.push(Action::Select(Selection::Cell(to)));
            }
        }
        DragPayload::Signal(id) => {
            let (Some(column), Some(row)) = (g.column_at(content.x), g.row_at(content.y)) else {
                return;
            };
            let Some(to) = frame.key(column, row) else {
                return;
            };
            let rect = frame.to_screen(g.cell(column, row)).shrink(1.0);
            painter.rect_stroke(rect, CornerRadius::same(6), line, StrokeKind::Inside);
            let from = project.find_signal(id).map(|(key, _)| key);
            if released && from.is_some_and(|from| from != to) {
                actions.push(Action::Edit(Edit::MoveSignal {
                    id,
                    to,
                    index: usize::MAX,
                }));
                actions.push(Action::Select(Selection::Cell(to)));
            }
        }
    }
}

/// A label following the pointer, naming what is dragged.
pub(super) fn ghost_ui(ctx: &egui::Context, project: &Project, payload: DragPayload) {
    let Some(pointer) = ctx.pointer_latest_pos() else {
        return;
    };
    let text = match payload {
        DragPayload::Stage(id) => crate::tr!(
            "drag-stage",
            name = project.stage(id).map_or("", |s| s.name.as_str())
        ),
        DragPayload::Channel(id) => crate::tr!(
            "drag-channel",
            name = project.channel(id).map_or("", |c| c.name.as_str())
        ),
        DragPayload::Cell(key) => crate::tr!(
            "drag-cell",
            owner = project.cell(key).map_or("", |c| c.owner.as_str())
        ),
        DragPayload::Lane(id) => crate::tr!(
            "drag-lane",
            name = project.lane(id).map_or("", |l| l.name.as_str())
        ),
        DragPayload::Line(id) => crate::tr!(
            "drag-line",
            name = project.line(id).map_or("", |l| l.name.as_str())
        ),
        DragPayload::Signal(id) => {
            let text = project
                .find_signal(id)
                .and_then(|(key, i)| project.cell(key).map(|c| c.signals[i].text.clone()))
                .unwrap_or_default();
            crate::tr!("drag-signal", text = text)
        }
    };
    egui::Area::new(egui::Id::unique("drag-ghost"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + vec2(14.0, 14.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                // Laid out bidirectionally, so a Persian name reads right.
                let text = crate::tr!("drag-esc", what = text);
                let colour = ui.visuals().text_color();
                let font = egui::TextStyle::Body.resolve(ui.style());
                let paragraph = Paragraph::new(ui.painter(), &text, font, colour, 480.0, 1);
                let (rect, _) = ui.allocate_exact_size(paragraph.size(), egui::Sense::hover());
                paragraph.paint(ui.painter(), rect.min, rect.width(), colour);
            });
        });
}
