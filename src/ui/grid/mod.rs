//! The journey grid: stage headers across, channel headers down, a card per
//! cell. Headers stay put while the body scrolls; only visible cells are laid
//! out. Stages, channels, cells and signals are dragged with egui's
//! drag-and-drop, carrying ids, and dropped in the frame the pointer is released.

mod card;
mod dnd;
mod geometry;

use eframe::egui::{
    self, Align2, CornerRadius, DragAndDrop, FontId, Key, Pos2, Rect, Sense, Stroke, StrokeKind,
    pos2, vec2,
};

pub use geometry::Metrics;

use self::dnd::DragPayload;
use self::geometry::Geometry;
use super::action::{Action, Selection};
use super::bidi::Paragraph;
use super::fonts;
use super::text_field::TextField;
use super::theme::{self, ColourBy, Scheme};
use crate::model::{CellKey, Channel, ChannelId, ChannelKind, Edit, Project, Stage, StageId};

/// How the grid is drawn: its sizes, and the presentation-mode extras.
#[derive(Clone, Copy, Debug)]
pub struct Look {
    pub metrics: Metrics,
    /// Stronger cell colours and a thick focus ring, for projectors.
    pub contrast: bool,
    /// Dim every stage but this column.
    pub spotlight: Option<usize>,
    /// Positive and negative colours.
    pub scheme: Scheme,
}

impl Look {
    /// The editor's grid at `zoom`.
    pub fn editor(zoom: f32, scheme: Scheme) -> Self {
        Self {
            metrics: Metrics::editor(zoom),
            contrast: false,
            spotlight: None,
            scheme,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Header {
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

    fn noun(self) -> &'static str {
        match self {
            Self::Stage(_) => "stage",
            Self::Channel(_) => "channel",
        }
    }
}

/// The two header bands: stages across the top, channels down the side.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Axis {
    Stages,
    Channels,
}

#[derive(Clone, Debug)]
struct Rename {
    header: Header,
    text: String,
    focused: bool,
}

/// View state of the grid; none of it is saved in the project.
#[derive(Default)]
pub struct Grid {
    /// A cell (column, row) to scroll into view next frame.
    pub scroll_to: Option<(usize, usize)>,
    /// Cells to outline: those changed since the version being compared with.
    pub marked: std::collections::HashSet<CellKey>,
    rename: Option<Rename>,
}

/// Everything a frame of the grid needs to read.
struct Frame<'a> {
    project: &'a Project,
    selection: Selection,
    colour_by: ColourBy,
    look: Look,
    geometry: Geometry,
    /// Screen position of content (0, 0).
    origin: Pos2,
    viewport: Rect,
    payload: Option<DragPayload>,
}

impl Frame<'_> {
    fn to_screen(&self, rect: Rect) -> Rect {
        rect.translate(self.origin.to_vec2())
    }

    fn key(&self, column: usize, row: usize) -> CellKey {
        CellKey::new(
            self.project.stages[column].id,
            self.project.channels[row].id,
        )
    }
}

impl Grid {
    /// Starts renaming the selected stage or channel in place.
    pub fn start_rename(&mut self, selection: Selection, project: &Project) {
        let (header, text) = match selection {
            Selection::Stage(id) => (Header::Stage(id), project.stage(id).map(|s| s.name.clone())),
            Selection::Channel(id) => (
                Header::Channel(id),
                project.channel(id).map(|c| c.name.clone()),
            ),
            _ => return,
        };
        self.rename = Some(Rename {
            header,
            text: text.unwrap_or_default(),
            focused: false,
        });
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        selection: Selection,
        colour_by: ColourBy,
        look: Look,
        actions: &mut Vec<Action>,
    ) {
        let ctx = ui.ctx().clone();
        if DragAndDrop::has_any_payload(&ctx) && ctx.input(|i| i.key_pressed(Key::Escape)) {
            DragAndDrop::clear_payload(&ctx);
        }
        let payload = DragAndDrop::payload::<DragPayload>(&ctx).map(|p| *p);
        let geometry = Geometry {
            stages: project.stages.len(),
            channels: project.channels.len(),
            m: look.metrics,
        };
        let m = look.metrics;
        egui::ScrollArea::both()
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                let (_, body) = ui.allocate_space(geometry.size());
                let origin = body.min;
                let frame = Frame {
                    project,
                    selection,
                    colour_by,
                    look,
                    geometry,
                    origin,
                    viewport,
                    payload,
                };
                if let Some((column, row)) = self.scroll_to.take()
                    && column < geometry.stages
                    && row < geometry.channels
                {
                    // Leave room for the frozen headers above and to the left.
                    let cell = geometry.cell(column, row);
                    let headers = vec2(m.side_width, m.header_height);
                    let with_headers = Rect::from_min_max(cell.min - headers, cell.max);
                    ui.scroll_to_rect(frame.to_screen(with_headers), None);
                }
                let (columns, rows) = geometry.visible(viewport);
                for row in rows.clone() {
                    for column in columns.clone() {
                        card::cell_ui(ui, &frame, column, row, actions);
                        self.outline_if_marked(ui, &frame, column, row);
                    }
                }
                self.headers_ui(ui, &frame, Axis::Channels, rows, actions);
                self.headers_ui(ui, &frame, Axis::Stages, columns.clone(), actions);
                spotlight_ui(ui, &frame, columns);
                corner_ui(ui, &frame);
                dnd::drop_ui(ui, &frame, actions);
            });
        if let Some(payload) = payload {
            dnd::ghost_ui(&ctx, project, payload);
        }
    }

    /// One frozen header band: the stage row pinned to the top of the view,
    /// or the channel column pinned to its left, then its "add" button.
    fn headers_ui(
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
            Axis::Channels => Rect::from_min_size(view.min, vec2(m.side_width, view.height())),
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
                Rect::from_min_size(pos2(view.min.x, g.row_y(i)), vec2(m.side_width, length))
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
                    let kind = (channel.kind != ChannelKind::Other).then(|| channel.kind.label());
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
                Axis::Stages => format!("Stage {name}"),
                Axis::Channels => format!("Channel {name}"),
            };
            let response = header_ui(ui, rect, &accessible, (name, detail), selected, m);
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
            Axis::Stages => (g.stages, Header::Stage(StageId::random()), "+"),
            Axis::Channels => (
                g.channels,
                Header::Channel(ChannelId::random()),
                "+ Channel",
            ),
        };
        let rect = frame.to_screen(slot(count, m.add_size)).shrink(m.gap);
        let hover = format!("Add a {}", fresh.noun());
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
                let name = format!("Stage {}", project.stages.len() + 1);
                let stage = Stage {
                    id,
                    name: name.clone(),
                    description: String::new(),
                };
                (Edit::AddStage { index, stage }, Selection::Stage(id), name)
            }
            Header::Channel(id) => {
                let name = format!("Channel {}", project.channels.len() + 1);
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
        let noun = header.noun();
        if ui
            .add(egui::Button::new("Rename").shortcut_text("F2"))
            .clicked()
        {
            self.start_rename(header.selection(), project);
        }
        if ui.button(format!("Insert {noun} before")).clicked() {
            self.add_header(header.fresh(), project, index, actions);
        }
        if ui.button(format!("Insert {noun} after")).clicked() {
            self.add_header(header.fresh(), project, index + 1, actions);
        }
        ui.separator();
        if ui.button("Delete…").clicked() {
            actions.push(Action::ConfirmDelete(match header {
                Header::Stage(id) => Edit::DeleteStage { id },
                Header::Channel(id) => Edit::DeleteChannel { id },
            }));
        }
    }

    /// Outlines a cell changed since the version being compared with.
    fn outline_if_marked(&self, ui: &egui::Ui, frame: &Frame<'_>, column: usize, row: usize) {
        let (Some(stage), Some(channel)) = (
            frame.project.stages.get(column),
            frame.project.channels.get(row),
        ) else {
            return;
        };
        if self.marked.contains(&CellKey::new(stage.id, channel.id)) {
            let rect = frame.to_screen(frame.geometry.cell(column, row));
            let stroke = Stroke::new(3.0, ui.visuals().warn_fg_color);
            ui.painter()
                .rect_stroke(rect, 6.0, stroke, StrokeKind::Outside);
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
        detail.paint(painter, pos2(inner.left(), y), inner.width(), weak);
    }
    response
}

/// Dims every visible stage but the spotlit one.
fn spotlight_ui(ui: &egui::Ui, frame: &Frame<'_>, columns: std::ops::Range<usize>) {
    let Some(lit) = frame.look.spotlight else {
        return;
    };
    let g = frame.geometry;
    let veil = ui.visuals().panel_fill.gamma_multiply(0.8);
    for column in columns.filter(|c| *c != lit) {
        let top = frame.viewport.min.y;
        let x = g.column_x(column);
        let rect = Rect::from_min_max(pos2(x, top), pos2(x + g.m.cell_width, frame.viewport.max.y));
        ui.painter().rect_filled(frame.to_screen(rect), 0.0, veil);
    }
}

fn corner_ui(ui: &egui::Ui, frame: &Frame<'_>) {
    let m = frame.geometry.m;
    let rect = Rect::from_min_size(frame.viewport.min, vec2(m.side_width, m.header_height));
    let rect = frame.to_screen(rect);
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, ui.visuals().panel_fill);
    painter.text(
        rect.shrink(8.0).left_bottom(),
        Align2::LEFT_BOTTOM,
        "Channels / Stages",
        FontId::proportional(m.small),
        ui.visuals().weak_text_color(),
    );
}

/// The colour legend for the current "Colour by" mode.
pub fn legend_ui(ui: &mut egui::Ui, colour_by: ColourBy, scheme: Scheme) {
    // Drawn right to left by the caller's layout: reverse to read worst → best.
    for (label, value) in colour_by.legend().iter().rev() {
        ui.label(egui::RichText::new(*label).small());
        let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
        ui.painter().rect_filled(
            rect,
            CornerRadius::same(3),
            theme::cell_fill(ui.visuals(), scheme, Some(*value)),
        );
    }
}
