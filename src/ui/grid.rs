//! The journey grid: stage headers across, channel headers down, a card per
//! cell. Headers stay put while the body scrolls; only visible cells are laid
//! out. Stages, channels, cells and signals are dragged with egui's
//! drag-and-drop, carrying ids, and dropped in the frame the pointer is released.

use std::sync::Arc;

use eframe::egui::{
    self, Align2, Color32, CornerRadius, DragAndDrop, FontId, Galley, Key, Pos2, Rect, Sense,
    Stroke, StrokeKind, Vec2, pos2, text::LayoutJob, vec2,
};

use super::app::{Action, Selection};
use super::fonts;
use super::theme::{self, ColourBy};
use crate::model::{
    Cell, CellKey, Channel, ChannelId, ChannelKind, Edit, Polarity, Project, Signal, SignalId,
    Stage, StageId,
};

/// Height of the stage header row.
pub const HEADER_HEIGHT: f32 = 48.0;
/// Width of the channel header column.
pub const SIDE_WIDTH: f32 = 150.0;
pub const CELL_WIDTH: f32 = 236.0;
pub const CELL_HEIGHT: f32 = 150.0;
/// Room for the "add stage" and "add channel" buttons.
const ADD_SIZE: f32 = 44.0;
const GAP: f32 = 4.0;
const MAX_CHIPS: usize = 4;

/// What is being dragged. Ids, never indices, so a payload stays valid
/// whatever else changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DragPayload {
    Stage(StageId),
    Channel(ChannelId),
    Cell(CellKey),
    Signal(SignalId),
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
    rename: Option<Rename>,
}

/// Maps between the grid's columns and rows and content coordinates. The one
/// place that decides where column `i` sits, so the stage axis can later run
/// right to left.
#[derive(Clone, Copy)]
struct Geometry {
    stages: usize,
    channels: usize,
}

impl Geometry {
    fn size(self) -> Vec2 {
        vec2(
            SIDE_WIDTH + self.stages as f32 * CELL_WIDTH + ADD_SIZE + GAP,
            HEADER_HEIGHT + self.channels as f32 * CELL_HEIGHT + ADD_SIZE + GAP,
        )
    }

    fn column_x(self, column: usize) -> f32 {
        SIDE_WIDTH + column as f32 * CELL_WIDTH
    }

    fn row_y(self, row: usize) -> f32 {
        HEADER_HEIGHT + row as f32 * CELL_HEIGHT
    }

    fn cell(self, column: usize, row: usize) -> Rect {
        Rect::from_min_size(
            pos2(self.column_x(column), self.row_y(row)),
            vec2(CELL_WIDTH, CELL_HEIGHT),
        )
    }

    /// The column under content x, if any.
    fn column_at(self, x: f32) -> Option<usize> {
        let i = ((x - SIDE_WIDTH) / CELL_WIDTH).floor();
        (i >= 0.0 && (i as usize) < self.stages).then_some(i as usize)
    }

    fn row_at(self, y: f32) -> Option<usize> {
        let i = ((y - HEADER_HEIGHT) / CELL_HEIGHT).floor();
        (i >= 0.0 && (i as usize) < self.channels).then_some(i as usize)
    }

    /// The gap between columns nearest to content x: 0 is before the first.
    fn column_slot(self, x: f32) -> usize {
        (((x - SIDE_WIDTH) / CELL_WIDTH).round().max(0.0) as usize).min(self.stages)
    }

    fn row_slot(self, y: f32) -> usize {
        (((y - HEADER_HEIGHT) / CELL_HEIGHT).round().max(0.0) as usize).min(self.channels)
    }

    /// Columns and rows that intersect the visible part of the body.
    fn visible(self, viewport: Rect) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let first = |offset: f32, size: f32| ((offset / size).floor().max(0.0)) as usize;
        let columns = first(viewport.min.x, CELL_WIDTH).min(self.stages)
            ..(first(viewport.max.x - SIDE_WIDTH, CELL_WIDTH) + 1).min(self.stages);
        let rows = first(viewport.min.y, CELL_HEIGHT).min(self.channels)
            ..(first(viewport.max.y - HEADER_HEIGHT, CELL_HEIGHT) + 1).min(self.channels);
        (columns, rows)
    }
}

/// Where to place a moved item: its index after the move, given the slot
/// (gap) it was dropped in.
fn target_index(from: usize, slot: usize) -> usize {
    if slot > from { slot - 1 } else { slot }
}

/// Everything a frame of the grid needs to read.
struct Frame<'a> {
    project: &'a Project,
    selection: Selection,
    colour_by: ColourBy,
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
        };
        egui::ScrollArea::both()
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                let (_, body) = ui.allocate_space(geometry.size());
                let origin = body.min;
                let frame = Frame {
                    project,
                    selection,
                    colour_by,
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
                    let with_headers =
                        Rect::from_min_max(cell.min - vec2(SIDE_WIDTH, HEADER_HEIGHT), cell.max);
                    ui.scroll_to_rect(frame.to_screen(with_headers), None);
                }
                let (columns, rows) = geometry.visible(viewport);
                for row in rows.clone() {
                    for column in columns.clone() {
                        cell_ui(ui, &frame, column, row, actions);
                    }
                }
                self.headers_ui(ui, &frame, Axis::Channels, rows, actions);
                self.headers_ui(ui, &frame, Axis::Stages, columns, actions);
                corner_ui(ui, &frame);
                drop_ui(ui, &frame, actions);
            });
        if let Some(payload) = payload {
            ghost_ui(&ctx, project, payload);
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
        let band = match axis {
            Axis::Stages => Rect::from_min_size(view.min, vec2(view.width(), HEADER_HEIGHT)),
            Axis::Channels => Rect::from_min_size(view.min, vec2(SIDE_WIDTH, view.height())),
        };
        ui.painter()
            .rect_filled(frame.to_screen(band), 0.0, ui.visuals().panel_fill);
        // The header of item `i` (and, at `i == len`, the add button's slot).
        let slot = |i: usize, length: f32| match axis {
            Axis::Stages => {
                Rect::from_min_size(pos2(g.column_x(i), view.min.y), vec2(length, HEADER_HEIGHT))
            }
            Axis::Channels => {
                Rect::from_min_size(pos2(view.min.x, g.row_y(i)), vec2(SIDE_WIDTH, length))
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
                CELL_WIDTH
            } else {
                CELL_HEIGHT
            };
            let rect = frame.to_screen(slot(index, length)).shrink(GAP / 2.0);
            if self.rename_ui(ui, rect, header, actions) {
                continue;
            }
            let selected = frame.selection == header.selection();
            let accessible = match axis {
                Axis::Stages => format!("Stage {name}"),
                Axis::Channels => format!("Channel {name}"),
            };
            let response = header_ui(ui, rect, &accessible, name, detail, selected);
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
        let (count, fresh, label) = match axis {
            Axis::Stages => (g.stages, Header::Stage(StageId::random()), "+"),
            Axis::Channels => (
                g.channels,
                Header::Channel(ChannelId::random()),
                "+ Channel",
            ),
        };
        let rect = frame.to_screen(slot(count, ADD_SIZE)).shrink(GAP);
        let hover = format!("Add a {}", fresh.noun());
        if ui
            .put(rect, egui::Button::new(label))
            .on_hover_text(hover)
            .clicked()
        {
            self.add_header(fresh, project, count, actions);
        }
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
        let edit = egui::TextEdit::singleline(&mut rename.text)
            .font(fonts::bold(15.0))
            .margin(vec2(6.0, 6.0))
            .align(Align2::LEFT_CENTER);
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
    name: &str,
    detail: Option<&str>,
    selected: bool,
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
    painter.rect_filled(rect, CornerRadius::same(6), theme::header_fill(visuals));
    if selected {
        painter.rect_stroke(
            rect,
            CornerRadius::same(6),
            Stroke::new(2.0, theme::ACCENT),
            StrokeKind::Inside,
        );
    } else if response.hovered() {
        painter.rect_stroke(
            rect,
            CornerRadius::same(6),
            visuals.widgets.hovered.bg_stroke,
            StrokeKind::Inside,
        );
    }
    let inner = rect.shrink2(vec2(8.0, 6.0));
    let text_colour = visuals.strong_text_color();
    let rows = if detail.is_some() { 1 } else { 2 };
    let name = elided(
        painter,
        name,
        fonts::bold(14.0),
        text_colour,
        inner.width(),
        rows,
    );
    let mut y = inner.top();
    if detail.is_some() || rect.height() > HEADER_HEIGHT {
        painter.galley(pos2(inner.left(), y), name.clone(), text_colour);
    } else {
        painter.galley(
            pos2(inner.left(), inner.center().y - name.size().y / 2.0),
            name.clone(),
            text_colour,
        );
    }
    y += name.size().y;
    if let Some(detail) = detail {
        let detail = elided(
            painter,
            detail,
            FontId::proportional(12.0),
            visuals.weak_text_color(),
            inner.width(),
            1,
        );
        painter.galley(pos2(inner.left(), y), detail, visuals.weak_text_color());
    }
    response
}

fn corner_ui(ui: &egui::Ui, frame: &Frame<'_>) {
    let rect = Rect::from_min_size(frame.viewport.min, vec2(SIDE_WIDTH, HEADER_HEIGHT));
    let rect = frame.to_screen(rect);
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, ui.visuals().panel_fill);
    painter.text(
        rect.shrink(8.0).left_bottom(),
        Align2::LEFT_BOTTOM,
        "Channels / Stages",
        FontId::proportional(12.0),
        ui.visuals().weak_text_color(),
    );
}

/// Lays out `text` wrapped to `width`, at most `rows` rows, ending in "…" if cut.
pub fn elided(
    painter: &egui::Painter,
    text: &str,
    font: FontId,
    colour: Color32,
    width: f32,
    rows: usize,
) -> Arc<Galley> {
    let mut job = LayoutJob::simple(text.to_owned(), font, colour, width.max(1.0));
    job.wrap.max_rows = rows;
    job.wrap.overflow_character = Some('…');
    painter.layout_job(job)
}

/// One cell card: owner, action, score badges and signal chips.
fn cell_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    column: usize,
    row: usize,
    actions: &mut Vec<Action>,
) {
    let key = frame.key(column, row);
    let cell = frame.project.cell(key);
    let rect = frame
        .to_screen(frame.geometry.cell(column, row))
        .shrink(GAP / 2.0);
    let stage = &frame.project.stages[column].name;
    let channel = &frame.project.channels[row].name;
    let label = format!("Cell {stage} × {channel}");
    let response = ui.interact(
        rect,
        ui.scope_id().with(("cell", key)),
        Sense::click_and_drag(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &label));
    if response.clicked() || response.drag_started() {
        actions.push(Action::Select(Selection::Cell(key)));
        ui.memory_mut(|m| m.surrender_focus(response.id));
    }
    if cell.is_some() {
        response.dnd_set_drag_payload(DragPayload::Cell(key));
    }
    response.context_menu(|ui| {
        for (label, polarity) in [
            ("Add positive signal", Polarity::Positive),
            ("Add negative signal", Polarity::Negative),
        ] {
            if ui.button(label).clicked() {
                actions.push(Action::Select(Selection::Cell(key)));
                let signal = Signal::new(polarity, "");
                actions.push(Action::Edit(Edit::AddSignal {
                    at: key,
                    index: usize::MAX,
                    signal,
                }));
            }
        }
        ui.separator();
        if ui
            .add_enabled(
                cell.is_some(),
                egui::Button::new("Clear cell").shortcut_text("Delete"),
            )
            .clicked()
        {
            actions.push(Action::Edit(Edit::ClearCell { at: key }));
        }
    });

    let visuals = ui.visuals();
    let painter = ui.painter();
    let selected = frame.selection == Selection::Cell(key);
    let radius = CornerRadius::same(6);
    match cell {
        Some(cell) => {
            painter.rect_filled(
                rect,
                radius,
                theme::cell_fill(visuals, frame.colour_by.value(cell)),
            );
        }
        None => {
            let outline = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
            painter.rect_stroke(rect, radius, outline, StrokeKind::Inside);
        }
    }
    if selected {
        painter.rect_stroke(
            rect,
            radius,
            Stroke::new(2.5, theme::ACCENT),
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
    let Some(cell) = cell else { return };
    let text_colour = theme::cell_text(visuals);
    let inner = rect.shrink2(vec2(8.0, 6.0));
    let mut y = inner.top();
    if !cell.owner.is_empty() {
        let owner = elided(
            painter,
            &cell.owner,
            fonts::bold(12.5),
            text_colour,
            inner.width(),
            1,
        );
        y += owner.size().y;
        painter.galley(pos2(inner.left(), y - owner.size().y), owner, text_colour);
    }
    if !cell.action.is_empty() {
        let action = elided(
            painter,
            &cell.action,
            FontId::proportional(12.5),
            text_colour,
            inner.width(),
            3,
        );
        painter.galley(pos2(inner.left(), y), action.clone(), text_colour);
    }
    badges_ui(painter, cell, pos2(inner.left(), inner.bottom() - 44.0));
    let chips_top = inner.bottom() - 20.0;
    chips_ui(
        ui,
        cell,
        key,
        pos2(inner.left(), chips_top),
        inner.width(),
        actions,
    );
}

/// The ideal, real and gap badges.
fn badges_ui(painter: &egui::Painter, cell: &Cell, at: Pos2) {
    let font = FontId::proportional(12.0);
    let mut x = at.x;
    let score = |v: Option<crate::model::Score>| {
        v.map_or_else(|| "–".to_owned(), |s| format!("{:+}", s.value()))
    };
    let gap_colour = theme::gap_colour(cell.gap());
    let badges = [
        (format!("Ideal {}", score(cell.ideal)), theme::IDEAL),
        (format!("Real {}", score(cell.real)), theme::REAL),
        (
            format!(
                "Gap {}",
                cell.gap()
                    .map_or_else(|| "–".to_owned(), |g| format!("{g:+}"))
            ),
            gap_colour,
        ),
    ];
    for (text, colour) in badges {
        let galley = painter.layout_no_wrap(text, font.clone(), Color32::WHITE);
        let rect = Rect::from_min_size(pos2(x, at.y), galley.size() + vec2(10.0, 4.0));
        painter.rect_filled(rect, CornerRadius::same(4), colour);
        painter.galley(rect.min + vec2(5.0, 2.0), galley, Color32::WHITE);
        x = rect.right() + 4.0;
    }
}

/// Signal chips: "+ first words" in green, "− first words" in red. Each chip
/// can be dragged to another cell.
fn chips_ui(
    ui: &mut egui::Ui,
    cell: &Cell,
    key: CellKey,
    at: Pos2,
    width: f32,
    actions: &mut Vec<Action>,
) {
    let font = FontId::proportional(11.5);
    let right = at.x + width;
    let mut x = at.x;
    let mut drawn = 0;
    for signal in cell.signals.iter().take(MAX_CHIPS) {
        // Keep room for the "+N" count when chips will be left out.
        let reserve = if drawn + 1 < cell.signals.len() {
            28.0
        } else {
            0.0
        };
        let room = right - x - reserve;
        if room < 40.0 {
            break;
        }
        let positive = signal.polarity == Polarity::Positive;
        let sign = if positive { "+" } else { "−" };
        let text = format!("{sign} {}", signal.text);
        let max = (room - 10.0).min(width / 2.0 - 12.0).max(24.0);
        let galley = elided(
            ui.painter(),
            text.trim_end(),
            font.clone(),
            Color32::WHITE,
            max,
            1,
        );
        let rect = Rect::from_min_size(pos2(x, at.y), galley.size() + vec2(10.0, 4.0));
        let response = ui.interact(
            rect,
            ui.scope_id().with(("signal", signal.id)),
            Sense::click_and_drag(),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::accesskit::Role::Button,
                true,
                format!("Signal {}", signal.text),
            )
        });
        response.dnd_set_drag_payload(DragPayload::Signal(signal.id));
        if response.clicked() {
            actions.push(Action::Select(Selection::Cell(key)));
        }
        let response = response.on_hover_text(&signal.text);
        let painter = ui.painter();
        painter.rect_filled(rect, CornerRadius::same(8), theme::signal_colour(positive));
        if response.hovered() {
            painter.rect_stroke(
                rect,
                CornerRadius::same(8),
                Stroke::new(1.5, Color32::WHITE),
                StrokeKind::Inside,
            );
        }
        painter.galley(rect.min + vec2(5.0, 2.0), galley, Color32::WHITE);
        x = rect.right() + 4.0;
        drawn += 1;
    }
    if drawn < cell.signals.len() {
        let text = format!("+{}", cell.signals.len() - drawn);
        ui.painter().text(
            pos2(x + 2.0, at.y + 2.0),
            Align2::LEFT_TOP,
            text,
            font,
            ui.visuals().strong_text_color(),
        );
    }
}

/// The drop indicator while dragging, and the edit when the pointer is released.
fn drop_ui(ui: &egui::Ui, frame: &Frame<'_>, actions: &mut Vec<Action>) {
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
            let x = frame.origin.x + g.column_x(slot);
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
            let slot = g.row_slot(content.y);
            let y = frame.origin.y + g.row_y(slot);
            painter.hline(visible.x_range(), y, line);
            let to = target_index(from, slot);
            if released && to != from {
                actions.push(Action::Edit(Edit::MoveChannel { id, to }));
            }
        }
        DragPayload::Cell(from) => {
            let (Some(column), Some(row)) = (g.column_at(content.x), g.row_at(content.y)) else {
                return;
            };
            let to = frame.key(column, row);
            let rect = frame.to_screen(g.cell(column, row)).shrink(1.0);
            painter.rect_stroke(rect, CornerRadius::same(6), line, StrokeKind::Inside);
            if to != from && project.cell(to).is_some() {
                painter.text(
                    rect.center_top() + vec2(0.0, 4.0),
                    Align2::CENTER_TOP,
                    "swap",
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
            let to = frame.key(column, row);
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
fn ghost_ui(ctx: &egui::Context, project: &Project, payload: DragPayload) {
    let Some(pointer) = ctx.pointer_latest_pos() else {
        return;
    };
    let text = match payload {
        DragPayload::Stage(id) => format!(
            "Stage: {}",
            project.stage(id).map_or("", |s| s.name.as_str())
        ),
        DragPayload::Channel(id) => format!(
            "Channel: {}",
            project.channel(id).map_or("", |c| c.name.as_str())
        ),
        DragPayload::Cell(key) => format!(
            "Cell: {}",
            project.cell(key).map_or("", |c| c.owner.as_str())
        ),
        DragPayload::Signal(id) => {
            let text = project
                .find_signal(id)
                .and_then(|(key, i)| project.cell(key).map(|c| c.signals[i].text.clone()))
                .unwrap_or_default();
            format!("Signal: {text}")
        }
    };
    egui::Area::new(egui::Id::unique("drag-ghost"))
        .order(egui::Order::Tooltip)
        .fixed_pos(pointer + vec2(14.0, 14.0))
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(format!("{text}   (Esc cancels)"));
            });
        });
}

/// The colour legend for the current "Colour by" mode.
pub fn legend_ui(ui: &mut egui::Ui, colour_by: ColourBy) {
    // Drawn right to left by the caller's layout: reverse to read worst → best.
    for (label, value) in colour_by.legend().iter().rev() {
        ui.label(egui::RichText::new(*label).small());
        let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
        ui.painter().rect_filled(
            rect,
            CornerRadius::same(3),
            theme::cell_fill(ui.visuals(), Some(*value)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropping_in_a_slot_gives_the_final_index() {
        // Moving the first of three to after the last: slot 3 → index 2.
        assert_eq!(target_index(0, 3), 2);
        assert_eq!(target_index(2, 0), 0);
        assert_eq!(target_index(1, 1), 1);
        assert_eq!(
            target_index(1, 2),
            1,
            "the gap right after an item is a no-op"
        );
    }

    #[test]
    fn only_visible_columns_and_rows_are_drawn() {
        let g = Geometry {
            stages: 100,
            channels: 100,
        };
        let viewport = Rect::from_min_size(pos2(1000.0, 2000.0), vec2(1200.0, 800.0));
        let (columns, rows) = g.visible(viewport);
        assert!(
            columns.len() <= 7 && rows.len() <= 7,
            "{columns:?} {rows:?}"
        );
        assert!(g.cell(columns.start, rows.start).max.x >= viewport.min.x);
    }
}
