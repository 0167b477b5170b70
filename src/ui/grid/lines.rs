//! Divider lines on the grid: dashed across the rows, their names in the
//! side band (selectable, renamable, draggable), and their menu.

use eframe::egui::{self, CornerRadius, FontId, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use super::dnd::DragPayload;
use super::{Frame, Grid};
use crate::model::Edit;
use crate::tr;
use crate::ui::action::{Action, Selection};
use crate::ui::bidi::Paragraph;
use crate::ui::theme;

/// The divider lines across the rows: dashed, in the rule colour.
pub(super) fn lines_ui(ui: &egui::Ui, frame: &Frame<'_>) {
    let g = frame.geometry;
    let colour = ui.visuals().strong_text_color().gamma_multiply(0.7);
    let x = g.rows_x();
    for line in frame.lines {
        let y = frame.origin.y + line.y;
        if y < frame.to_screen(frame.viewport).top() {
            continue;
        }
        let (a, b) = (frame.origin.x + *x.start(), frame.origin.x + *x.end());
        let shapes = egui::Shape::dashed_line(
            &[pos2(a, y), pos2(b, y)],
            Stroke::new(2.0, colour),
            10.0,
            6.0,
        );
        ui.painter().extend(shapes);
    }
}

impl Grid {
    /// The lines' names in the side band, at their height: selectable,
    /// renamable in place, draggable to another place between rows.
    pub(super) fn lines_headers_ui(
        &mut self,
        ui: &mut egui::Ui,
        frame: &Frame<'_>,
        actions: &mut Vec<Action>,
    ) {
        let (g, view) = (frame.geometry, frame.viewport);
        let m = g.m;
        for line_box in frame.lines {
            let Some(line) = frame.project.line(line_box.line) else {
                continue;
            };
            let top = line_box.y - m.line_gap / 2.0;
            if top + m.line_gap < view.min.y + m.header_height || top > view.max.y {
                continue;
            }
            // As wide as its name, up to three band widths: a long name lies
            // on its line, past the band, rather than being cut short.
            let painter = ui.painter();
            let full = Paragraph::new(
                painter,
                &line.name,
                FontId::proportional(m.small),
                ui.visuals().strong_text_color(),
                10_000.0,
                1,
            );
            let width = (full.size().x + 12.0).clamp(m.side_width, 3.0 * m.side_width);
            let x = if g.rtl {
                g.band_x(view) + m.side_width - width
            } else {
                g.band_x(view)
            };
            let rect = frame.to_screen(Rect::from_min_size(pos2(x, top), vec2(width, m.line_gap)));
            let header = super::header::Header::Line(line.id);
            if self.rename_ui(ui, rect, header, actions) {
                continue;
            }
            let sense = frame.sense(header.selection(), Sense::click_and_drag());
            let response = ui.interact(rect, frame.header_id(header), sense);
            let accessible: String = tr!("header-line", name = line.name.as_str()).into();
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, accessible.as_str())
            });
            let painter = ui.painter();
            painter.rect_filled(rect, CornerRadius::same(4), ui.visuals().panel_fill);
            let selected = frame.selection == Selection::Line(line.id);
            let colour = if selected {
                theme::ACCENT
            } else {
                ui.visuals().strong_text_color()
            };
            let text = Paragraph::new(
                painter,
                &line.name,
                FontId::proportional(m.small),
                colour,
                rect.width() - 8.0,
                1,
            );
            let x = if text.is_rtl() {
                rect.right() - 4.0 - text.size().x
            } else {
                rect.left() + 4.0
            };
            text.paint(
                painter,
                pos2(x, rect.center().y - text.height() / 2.0),
                text.size().x,
                colour,
            );
            if selected {
                painter.rect_stroke(
                    rect,
                    CornerRadius::same(4),
                    Stroke::new(2.0, theme::ACCENT),
                    StrokeKind::Inside,
                );
            }
            if response.clicked() {
                actions.push(Action::Select(Selection::Line(line.id)));
            }
            if response.double_clicked() {
                self.start_rename(Selection::Line(line.id), frame.project);
            }
            response.dnd_set_drag_payload(DragPayload::Line(line.id));
            let keyed = frame.menu == Some(Selection::Line(line.id));
            super::actions_menu(&response, keyed, |ui| {
                if ui
                    .add(egui::Button::new(tr!("header-rename")).shortcut_text("F2"))
                    .clicked()
                {
                    self.start_rename(Selection::Line(line.id), frame.project);
                }
                super::headers::line_menu_ui(ui, frame.project, line.id, actions);
                ui.separator();
                if ui.button(tr!("header-delete")).clicked() {
                    actions.push(Action::Edit(Edit::DeleteLine { id: line.id }));
                }
            });
        }
    }
}
