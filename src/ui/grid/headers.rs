//! The frozen header bands: stage names across the top, channel names down
//! the side; selecting, dragging, renaming in place, adding and deleting.

use crate::tr;
use eframe::egui::{self, CornerRadius, FontId, Key, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use super::dnd::DragPayload;
use super::{Frame, Grid, Metrics};
use crate::analysis::Insights;
use crate::model::{Channel, ChannelId, ChannelKind, Edit, Project, Stage, StageId};
use crate::ui::action::{Action, Selection};
use crate::ui::bidi::Paragraph;
use crate::ui::fonts;
use crate::ui::text_field::TextField;
use crate::ui::theme;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Header {
    Stage(StageId),
    Channel(ChannelId),
}

impl Header {
    fn selection(self) -> Selection {
        match self {
            Self::Stage(id) => Selection::Stage(id),
            Self::Channel(id) => Selection::Channel(id),
        }
    }

    fn payload(self) -> DragPayload {
        match self {
            Self::Stage(id) => DragPayload::Stage(id),
            Self::Channel(id) => DragPayload::Channel(id),
        }
    }

    /// A new header of the same kind, with a fresh id.
    fn fresh(self) -> Self {
        match self {
            Self::Stage(_) => Self::Stage(StageId::random()),
            Self::Channel(_) => Self::Channel(ChannelId::random()),
        }
    }

    /// The header's words in the catalogues: `{key}-rename`, `{key}-add`….
    fn key(self) -> &'static str {
        match self {
            Self::Stage(_) => "header-stage",
            Self::Channel(_) => "header-channel",
        }
    }
}

/// The two header bands: stages across the top, channels down the side.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Axis {
    Stages,
    Channels,
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
        frame: &Frame<'_>,
        axis: Axis,
        visible: std::ops::Range<usize>,
        actions: &mut Vec<Action>,
    ) {
        let (g, view) = (frame.geometry, frame.viewport);
        let m = g.m;
        let band = match axis {
            Axis::Stages => Rect::from_min_size(view.min, vec2(view.width(), m.header_height)),
            Axis::Channels => Rect::from_min_size(
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
            Axis::Channels => {
                Rect::from_min_size(pos2(g.band_x(view), g.row_y(i)), vec2(m.side_width, length))
            }
        };
        let project = frame.project;
        for index in visible {
            let (header, name, detail) = match axis {
                Axis::Stages => {
                    let stage = &project.stages[index];
                    (Header::Stage(stage.id), &stage.name, None)
                }
                Axis::Channels => {
                    let channel = &project.channels[index];
                    let kind = (channel.kind != ChannelKind::Other)
                        .then(|| crate::ui::inspector::kind_label(channel.kind));
                    (Header::Channel(channel.id), &channel.name, kind)
                }
            };
            let length = if axis == Axis::Stages {
                m.cell_width
            } else {
                m.cell_height
            };
            let rect = frame.to_screen(slot(index, length)).shrink(m.gap / 2.0);
            if self.rename_ui(ui, rect, header, actions) {
                continue;
            }
            let selected = frame.selection == header.selection();
            let accessible = match axis {
                Axis::Stages => tr!("header-stage", name = name.as_str()),
                Axis::Channels => tr!("header-channel", name = name.as_str()),
            };
            let detail = detail.as_deref();
            let mut response = header_ui(ui, rect, &accessible, (name, detail), selected, m);
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
            if response.double_clicked() {
                self.start_rename(header.selection(), project);
            }
            response.dnd_set_drag_payload(header.payload());
            response.context_menu(|ui| self.header_menu_ui(ui, header, index, project, actions));
        }
        if m.add_size <= 0.0 {
            return;
        }
        let (count, fresh, label) = match axis {
            Axis::Stages => (
                g.stages,
                Header::Stage(StageId::random()),
                tr!("header-add-stage"),
            ),
            Axis::Channels => (
                g.channels,
                Header::Channel(ChannelId::random()),
                tr!("header-add-channel"),
            ),
        };
        let rect = frame.to_screen(slot(count, m.add_size)).shrink(m.gap);
        let hover = tr!(&format!("{}-add-hint", fresh.key()));
        if ui
            .put(rect, egui::Button::new(label))
            .on_hover_text(hover)
            .clicked()
        {
            self.add_header(fresh, project, count, actions);
        }
    }

    /// Adds a stage (or a channel) after the selected one, or at the end,
    /// scrolls it into view and starts renaming it.
    pub fn add_after(
        &mut self,
        stage: bool,
        selection: Selection,
        project: &Project,
        actions: &mut Vec<Action>,
    ) {
        let (header, index) = if stage {
            let index = match selection {
                Selection::Stage(id) => project.stage_index(id).map(|i| i + 1),
                Selection::Cell(key) => project.stage_index(key.stage).map(|i| i + 1),
                _ => None,
            }
            .unwrap_or(project.stages.len());
            (Header::Stage(StageId::random()), index)
        } else {
            let index = match selection {
                Selection::Channel(id) => project.channel_index(id).map(|i| i + 1),
                Selection::Cell(key) => project.channel_index(key.channel).map(|i| i + 1),
                _ => None,
            }
            .unwrap_or(project.channels.len());
            (Header::Channel(ChannelId::random()), index)
        };
        self.add_header(header, project, index, actions);
    }

    /// Inserts a new stage or channel at `index` and starts renaming it.
    fn add_header(
        &mut self,
        header: Header,
        project: &Project,
        index: usize,
        actions: &mut Vec<Action>,
    ) {
        let (edit, selection, name) = match header {
            Header::Stage(id) => {
                let name: String = tr!("new-stage-name", number = project.stages.len() + 1).into();
                let stage = Stage {
                    id,
                    name: name.clone(),
                    description: String::new(),
                };
                (Edit::AddStage { index, stage }, Selection::Stage(id), name)
            }
            Header::Channel(id) => {
                let name: String =
                    tr!("new-channel-name", number = project.channels.len() + 1).into();
                let channel = Channel {
                    id,
                    name: name.clone(),
                    kind: ChannelKind::Other,
                };
                (
                    Edit::AddChannel { index, channel },
                    Selection::Channel(id),
                    name,
                )
            }
        };
        actions.push(Action::Edit(edit));
        actions.push(Action::Select(selection));
        self.scroll_to = Some(match header {
            Header::Stage(_) => (index, 0),
            Header::Channel(_) => (0, index),
        });
        self.rename = Some(Rename {
            header,
            text: name,
            focused: false,
        });
    }

    fn header_menu_ui(
        &mut self,
        ui: &mut egui::Ui,
        header: Header,
        index: usize,
        project: &Project,
        actions: &mut Vec<Action>,
    ) {
        let key = header.key();
        if ui
            .add(egui::Button::new(tr!("header-rename")).shortcut_text("F2"))
            .clicked()
        {
            self.start_rename(header.selection(), project);
        }
        if ui.button(tr!(&format!("{key}-insert-before"))).clicked() {
            self.add_header(header.fresh(), project, index, actions);
        }
        if ui.button(tr!(&format!("{key}-insert-after"))).clicked() {
            self.add_header(header.fresh(), project, index + 1, actions);
        }
        ui.separator();
        if ui.button(tr!("header-delete")).clicked() {
            actions.push(Action::ConfirmDelete(match header {
                Header::Stage(id) => Edit::DeleteStage { id },
                Header::Channel(id) => Edit::DeleteChannel { id },
            }));
        }
    }

    /// Draws the in-place rename box if `header` is being renamed. Enter or
    /// leaving the box commits; Esc cancels. Returns whether it drew.
    fn rename_ui(
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
            .desired_width(rect.width());
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
                actions.push(Action::Edit(match header {
                    Header::Stage(id) => Edit::RenameStage { id, name },
                    Header::Channel(id) => Edit::RenameChannel { id, name },
                }));
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
fn header_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    accessible: &str,
    (name, detail): (&str, Option<&str>),
    selected: bool,
    m: Metrics,
) -> egui::Response {
    let response = ui.interact(
        rect,
        ui.scope_id().with(accessible),
        Sense::click_and_drag(),
    );
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, accessible));
    let visuals = ui.visuals();
    let painter = ui.painter();
    let radius = CornerRadius::same(6);
    painter.rect_filled(rect, radius, theme::header_fill(visuals));
    if selected {
        painter.rect_stroke(
            rect,
            radius,
            Stroke::new(2.0, theme::ACCENT),
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
    if let Some(detail) = detail {
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
