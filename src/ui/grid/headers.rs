//! The frozen header bands: stage names across the top, channel names down
//! the side; selecting, dragging, renaming in place, adding and deleting.

use crate::tr;
use eframe::egui::{self, CornerRadius, FontId, Key, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use super::header::Header;
use super::{Frame, Grid, Metrics};
use crate::analysis::Insights;
use crate::model::{ChannelId, ChannelKind, Edit, LineId, Project, Row, StageId};
use crate::ui::action::{Action, Selection};
use crate::ui::bidi::Paragraph;
use crate::ui::fonts;
use crate::ui::text_field::TextField;
use crate::ui::theme;

/// The two header bands: stages across the top, rows (lanes and
/// channels) down the side.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Axis {
    Stages,
    Rows,
}

#[derive(Clone, Debug)]
pub(super) struct Rename {
    pub header: Header,
    pub text: String,
    pub focused: bool,
}

impl Grid {
    /// One frozen header band: the stage row pinned to the top of the view,
    /// or the channel column pinned to its left, then its "add" button.
    pub(super) fn headers_ui(
        &mut self,
        ui: &mut egui::Ui,
        table: &mut super::access::Table,
        frame: &Frame<'_>,
        axis: Axis,
        visible: std::ops::Range<usize>,
        actions: &mut Vec<Action>,
    ) {
        let (g, view) = (frame.geometry, frame.viewport);
        let m = g.m;
        let band = match axis {
            Axis::Stages => Rect::from_min_size(view.min, vec2(view.width(), m.header_height)),
            Axis::Rows => Rect::from_min_size(
                pos2(g.band_x(view), view.min.y),
                vec2(m.side_width, view.height()),
            ),
        };
        ui.painter()
            .rect_filled(frame.to_screen(band), 0.0, ui.visuals().panel_fill);
        // The header of item `i` (and, at `i == len`, the add button's slot).
        let slot = |i: usize, length: f32| match axis {
            Axis::Stages => Rect::from_min_size(
                pos2(g.column_x(i), view.min.y),
                vec2(length, m.header_height),
            ),
            Axis::Rows => {
                Rect::from_min_size(pos2(g.band_x(view), g.row_y(i)), vec2(m.side_width, length))
            }
        };
        let project = frame.project;
        for index in visible {
            let (header, name, detail) = match axis {
                Axis::Stages => {
                    let stage = &project.stages[index];
                    (Header::Stage(stage.id), stage.name.as_str(), None)
                }
                Axis::Rows => match frame.row(index) {
                    Some(Row::Channel(id)) => {
                        let Some(channel) = project.channel(id) else {
                            continue;
                        };
                        let kind = (channel.kind != ChannelKind::Other)
                            .then(|| crate::ui::words::kind_label(channel.kind));
                        (Header::Channel(id), channel.name.as_str(), kind)
                    }
                    Some(Row::Lane(id)) => {
                        let Some(lane) = project.lane(id) else {
                            continue;
                        };
                        let detail = super::lanes::lane_detail(project, lane);
                        (Header::Lane(id), lane.name.as_str(), Some(detail))
                    }
                    None => continue,
                },
            };
            // Each header in its row of the table: the stages in the
            // header row, a channel or lane heading its own.
            let ui = table.ui(ui, (axis == Axis::Rows).then_some(index));
            let length = if axis == Axis::Stages {
                m.cell_width
            } else {
                g.row_height(index)
            };
            let rect = frame.to_screen(slot(index, length)).shrink(m.gap / 2.0);
            if self.rename_ui(ui, rect, header, actions) {
                continue;
            }
            let selected = frame.selection == header.selection();
            let detail = detail.as_deref();
            let mut response = header_ui(ui, frame, rect, header, (name, detail), selected);
            if let Header::Lane(id) = header
                && let Some(persona) = project.lane(id).and_then(|l| l.persona)
                && let Some(persona) = project.persona_by_id(persona)
            {
                super::lanes::persona_mark_ui(ui, rect, persona, m);
            }
            if axis == Axis::Stages {
                let consistency = frame.derived.consistency.get(index);
                if let Some(consistency) = consistency.filter(|c| c.inconsistent()) {
                    inconsistent_badge_ui(ui, rect, m);
                    let words =
                        Insights::consistency_words(crate::i18n::ui(), project, consistency);
                    response = response.on_hover_ui(|ui| {
                        ui.label(tr!("header-disagree"));
                        crate::ui::bidi::line_ui(ui, &words, Sense::hover(), false);
                    });
                }
            }
            if response.clicked() {
                actions.push(Action::Select(header.selection()));
                ui.memory_mut(|m| m.surrender_focus(response.id));
            }
            let selection = || header.selection();
            super::access::follow_focus(ui, &response, selected, selection, actions);
            if response.double_clicked() {
                self.start_rename(header.selection(), project);
            }
            if let Some(payload) = header.payload() {
                response.dnd_set_drag_payload(payload);
            }
            let keyed = frame.menu == Some(header.selection());
            super::actions_menu(&response, keyed, |ui| {
                self.header_menu_ui(ui, header, project, actions);
            });
        }
        if m.add_size <= 0.0 {
            return;
        }
        let rect = match axis {
            Axis::Stages => frame.to_screen(slot(g.stages, m.add_size)).shrink(m.gap),
            Axis::Rows => frame
                .to_screen(slot(g.rows.len(), m.add_size))
                .shrink(m.gap),
        };
        match axis {
            Axis::Stages => {
                let button = egui::Button::new(tr!("header-add-stage"));
                let response = ui
                    .put(rect, button)
                    .on_hover_text(tr!("header-stage-add-hint"));
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::accesskit::Role::Button,
                        true,
                        tr!("header-stage-add-hint"),
                    )
                });
                if response.clicked() {
                    self.add_header(Header::Stage(StageId::random()), project, g.stages, actions);
                }
            }
            Axis::Rows => {
                ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                    ui.menu_button(tr!("header-add-row"), |ui| {
                        self.add_row_menu_ui(ui, project, frame.selection, actions);
                    })
                    .response
                    .on_hover_text(tr!("header-add-row-hint"));
                });
            }
        }
    }

    fn header_menu_ui(
        &mut self,
        ui: &mut egui::Ui,
        header: Header,
        project: &Project,
        actions: &mut Vec<Action>,
    ) {
        if ui
            .add(egui::Button::new(tr!("header-rename")).shortcut_text("F2"))
            .clicked()
        {
            self.start_rename(header.selection(), project);
        }
        match header {
            Header::Stage(id) => {
                let index = project.stage_index(id).unwrap_or_default();
                if ui.button(tr!("header-stage-insert-before")).clicked() {
                    self.add_header(Header::Stage(StageId::random()), project, index, actions);
                }
                if ui.button(tr!("header-stage-insert-after")).clicked() {
                    self.add_header(
                        Header::Stage(StageId::random()),
                        project,
                        index + 1,
                        actions,
                    );
                }
            }
            Header::Channel(id) => {
                let index = project.channel_index(id).unwrap_or_default();
                if ui.button(tr!("header-channel-insert-before")).clicked() {
                    self.add_header(
                        Header::Channel(ChannelId::random()),
                        project,
                        index,
                        actions,
                    );
                }
                if ui.button(tr!("header-channel-insert-after")).clicked() {
                    let fresh = Header::Channel(ChannelId::random());
                    self.add_header(fresh, project, index + 1, actions);
                }
                if ui.button(tr!("header-add-line-below")).clicked() {
                    self.add_line(Selection::Channel(id), project, actions);
                }
            }
            Header::Lane(id) => {
                super::lanes::lane_menu_ui(ui, project, id, actions);
                if ui.button(tr!("header-add-line-below")).clicked() {
                    self.add_line(Selection::Lane(id), project, actions);
                }
            }
            Header::Line(id) => line_menu_ui(ui, project, id, actions),
        }
        ui.separator();
        if ui.button(tr!("header-delete")).clicked() {
            actions.push(Action::ConfirmDelete(match header {
                Header::Stage(id) => Edit::DeleteStage { id },
                Header::Channel(id) => Edit::DeleteChannel { id },
                Header::Lane(id) => Edit::DeleteLane { id },
                Header::Line(id) => Edit::DeleteLine { id },
            }));
        }
    }

    /// Draws the in-place rename box if `header` is being renamed. Enter or
    /// leaving the box commits; Esc cancels. Returns whether it drew.
    pub(super) fn rename_ui(
        &mut self,
        ui: &mut egui::Ui,
        rect: Rect,
        header: Header,
        actions: &mut Vec<Action>,
    ) -> bool {
        let Some(rename) = self.rename.as_mut().filter(|r| r.header == header) else {
            return false;
        };
        let edit = TextField::new(&mut rename.text)
            .font(fonts::bold(15.0))
            .margin(vec2(6.0, 6.0))
            .desired_width(rect.width())
            .select_all(!rename.focused);
        let response = ui.put(rect, edit);
        if !rename.focused {
            response.request_focus();
            rename.focused = true;
            return true;
        }
        let cancelled = ui.input(|i| i.key_pressed(Key::Escape));
        if response.lost_focus() || !response.has_focus() {
            if !cancelled {
                let name = rename.text.trim().to_owned();
                actions.push(Action::Edit(header.renamed(name)));
            }
            self.rename = None;
        }
        true
    }
}

/// Marks a stage whose channels disagree: a "!" in the warning colour at
/// the header's top corner.
fn inconsistent_badge_ui(ui: &egui::Ui, rect: Rect, m: Metrics) {
    let r = m.small * 0.62;
    let centre = pos2(rect.right() - r - 3.0, rect.top() + r + 3.0);
    let painter = ui.painter();
    painter.circle_filled(centre, r, ui.visuals().warn_fg_color);
    painter.text(
        centre,
        egui::Align2::CENTER_CENTER,
        "!",
        fonts::bold(m.small),
        ui.visuals().panel_fill,
    );
}

/// A stage or channel header: name (bold), an optional second line.
pub(super) fn header_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    rect: Rect,
    header: Header,
    (name, detail): (&str, Option<&str>),
    selected: bool,
) -> egui::Response {
    let m = frame.geometry.m;
    let sense = frame.sense(header.selection(), Sense::click_and_drag());
    let response = ui.interact(rect, frame.header_id(header), sense);
    response.widget_info(|| {
        let mut info =
            egui::WidgetInfo::labeled(header.role(), true, header.accessible(frame.project));
        info.selected = Some(selected);
        info
    });

    let visuals = ui.visuals();
    let painter = ui.painter();
    let radius = CornerRadius::same(6);
    painter.rect_filled(rect, radius, theme::header_fill(visuals));
    if selected {
        painter.rect_stroke(
            rect,
            radius,
            Stroke::new(2.0, theme::ring(visuals)),
            StrokeKind::Inside,
        );
    } else if response.hovered() {
        painter.rect_stroke(
            rect,
            radius,
            visuals.widgets.hovered.bg_stroke,
            StrokeKind::Inside,
        );
    }
    let inner = rect.shrink2(vec2(m.title * 0.6, m.title * 0.4));
    let text_colour = visuals.strong_text_color();
    // Two lines where they fit the header, else one ending in "…".
    let line = painter
        .layout_no_wrap("Ag".to_owned(), fonts::bold(m.title), text_colour)
        .size()
        .y;
    let rows = if detail.is_none() && inner.height() >= 2.0 * line {
        2
    } else {
        1
    };
    let name = Paragraph::new(
        painter,
        name,
        fonts::bold(m.title),
        text_colour,
        inner.width(),
        rows,
    );
    let mut y = inner.top();
    if detail.is_none() && rect.height() <= m.header_height {
        y = inner.center().y - name.height() / 2.0;
    }
    name.paint(painter, pos2(inner.left(), y), inner.width(), text_colour);
    y += name.height();
    // The detail only where it fits under the name (a short lane row in
    // presentation mode has room for the name alone).
    if let Some(detail) = detail.filter(|_| y + m.small * 1.2 <= inner.bottom() + m.title * 0.2) {
        let weak = visuals.weak_text_color();
        let detail = Paragraph::new(
            painter,
            detail,
            FontId::proportional(m.small),
            weak,
            inner.width(),
            1,
        );
        // The detail sits under the name, on the name's side.
        let x = if name.is_rtl() {
            inner.right() - detail.size().x
        } else {
            inner.left()
        };
        detail.paint(painter, pos2(x, y), detail.size().x, weak);
    }
    response
}

/// A line's own menu items: up or down a row.
pub(super) fn line_menu_ui(
    ui: &mut egui::Ui,
    project: &Project,
    id: LineId,
    actions: &mut Vec<Action>,
) {
    let labels = ["line-move-up", "line-move-down"];
    for (label, edit) in labels.into_iter().zip(project.line_moves(id)) {
        if let Some(edit) = edit
            && ui.button(tr!(label)).clicked()
        {
            actions.push(Action::Edit(edit));
        }
    }
}
