//! The journey grid: stage headers across; down the side the rows, lanes
//! above the channels, the channels, lanes below, with divider lines
//! between rows; a card per cell and a value per lane and stage. Headers
//! stay put while the body scrolls; only visible cells are laid out.
//! Stages, channels, lanes, cells and signals are dragged with egui's
//! drag-and-drop, carrying ids, and dropped in the frame the pointer is
//! released.

mod access;
mod adding;
mod card;
mod dnd;
mod geometry;
mod header;
mod headers;
mod lanes;
mod lines;

use eframe::egui::{
    self, Align2, CornerRadius, DragAndDrop, FontId, Key, Pos2, Rect, Sense, Stroke, StrokeKind,
    pos2, vec2,
};

pub use access::{cell_label, signal_label};
pub use geometry::Metrics;
pub use lanes::acting_persona;

use self::dnd::DragPayload;
use self::geometry::{Geometry, LineBox, RowBox, row_boxes};
use self::header::Header;
use self::headers::{Axis, Rename};
use super::action::{Action, Selection};
use super::theme::{self, ColourBy, Scheme};
use crate::model::{CellKey, LaneKey, PersonaId, Project, Row};

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

/// View state of the grid; none of it is saved in the project.
#[derive(Default)]
pub struct Grid {
    /// A cell (column, row) to scroll into view next frame.
    pub scroll_to: Option<(usize, Row)>,
    /// Open the actions menu of this cell, header or line, as a
    /// right-click does (Shift+F10, the Menu key).
    pub menu: Option<Selection>,
    /// Cells to outline: those changed since the version being compared with.
    pub marked: std::collections::HashSet<CellKey>,
    /// Dim every cell whose owner is not this one.
    pub owner: Option<String>,
    /// Show this persona's lanes and curves only (`None`: every persona's).
    pub persona: Option<PersonaId>,
    rename: Option<Rename>,
    /// The direction the grid was last drawn in.
    shown_direction: Option<crate::model::Direction>,
    /// The last frame's view width, and how far its right edge stood from
    /// the content's: a right-to-left map keeps its right edge in place
    /// when the view narrows or widens (a side panel opens, the window
    /// resizes), as a left-to-right one keeps its left.
    right_gap: Option<(f32, f32)>,
}

/// What the grid shows: the map, what is worked out from it, the
/// selection and the colouring.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub project: &'a Project,
    pub derived: &'a crate::ui::derived::Derived,
    pub selection: Selection,
    pub colour_by: ColourBy,
}

/// Everything a frame of the grid needs to read.
struct Frame<'a> {
    /// The grid's id: its headers' and cells' ids derive from it.
    id: egui::Id,
    project: &'a Project,
    derived: &'a crate::ui::derived::Derived,
    selection: Selection,
    colour_by: ColourBy,
    look: Look,
    geometry: Geometry<'a>,
    /// The divider lines and where they are drawn.
    lines: &'a [LineBox],
    /// The persona whose lanes and curves are shown (`None`: all).
    persona: Option<PersonaId>,
    /// The cell, header or line whose actions menu the keyboard opens.
    menu: Option<Selection>,
    /// The grid's one stop for Tab: the selection when it is on the grid,
    /// else the first cell. Tab enters the grid there and leaves it for
    /// the inspector; the arrows move inside.
    tab_stop: Option<Selection>,
    /// Screen position of content (0, 0).
    origin: Pos2,
    viewport: Rect,
    payload: Option<DragPayload>,
}

impl Frame<'_> {
    fn to_screen(&self, rect: Rect) -> Rect {
        rect.translate(self.origin.to_vec2())
    }

    fn row(&self, row: usize) -> Option<Row> {
        self.geometry.rows.get(row).map(|r| r.row)
    }

    /// The cell at `column` of a channel row.
    fn key(&self, column: usize, row: usize) -> Option<CellKey> {
        match (self.project.stages.get(column), self.row(row)) {
            (Some(stage), Some(Row::Channel(channel))) => Some(CellKey::new(stage.id, channel)),
            _ => None,
        }
    }

    /// How a grid widget for `selection` senses: as `sense`, but a stop
    /// for Tab only when it is the grid's one stop.
    fn sense(&self, selection: Selection, sense: Sense) -> Sense {
        if self.tab_stop == Some(selection) {
            sense
        } else {
            sense - Sense::FOCUSABLE
        }
    }

    fn header_id(&self, header: Header) -> egui::Id {
        self.id.with(("header", header))
    }

    /// The id of the cell or lane value at `column` of `row`.
    fn cell_id(&self, column: usize, row: usize) -> Option<egui::Id> {
        match (self.key(column, row), self.lane_key(column, row)) {
            (Some(key), _) => Some(self.card_id(key)),
            (None, Some(key)) => Some(self.lane_value_id(key)),
            (None, None) => None,
        }
    }

    fn card_id(&self, key: CellKey) -> egui::Id {
        self.id.with(("cell", key))
    }

    fn lane_value_id(&self, key: LaneKey) -> egui::Id {
        self.id.with(("lane value", key))
    }

    /// The lane value at `column` of a lane row.
    fn lane_key(&self, column: usize, row: usize) -> Option<LaneKey> {
        match (self.project.stages.get(column), self.row(row)) {
            (Some(stage), Some(Row::Lane(lane))) => Some(LaneKey::new(lane, stage.id)),
            _ => None,
        }
    }
}

impl Grid {
    /// Starts renaming the selected stage, channel, lane or line in place.
    pub fn start_rename(&mut self, selection: Selection, project: &Project) {
        let (header, text) = match selection {
            Selection::Stage(id) => (Header::Stage(id), project.stage(id).map(|s| s.name.clone())),
            Selection::Channel(id) => (
                Header::Channel(id),
                project.channel(id).map(|c| c.name.clone()),
            ),
            Selection::Lane(id) => (Header::Lane(id), project.lane(id).map(|l| l.name.clone())),
            Selection::Line(id) => (Header::Line(id), project.line(id).map(|l| l.name.clone())),
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
        shown: Shown<'_>,
        look: Look,
        actions: &mut Vec<Action>,
    ) {
        let Shown {
            project,
            derived,
            selection,
            colour_by,
        } = shown;
        let ctx = ui.ctx().clone();
        if DragAndDrop::has_any_payload(&ctx) && ctx.input(|i| i.key_pressed(Key::Escape)) {
            DragAndDrop::clear_payload(&ctx);
        }
        let payload = DragAndDrop::payload::<DragPayload>(&ctx).map(|p| *p);
        let persona = self.persona.filter(|p| project.persona_by_id(*p).is_some());
        let (rows, lines, bottom) = row_boxes(project, persona, &look.metrics);
        let geometry = Geometry {
            stages: project.stages.len(),
            m: look.metrics,
            rtl: project.direction.is_rtl(),
            min_width: if project.direction.is_rtl() {
                ui.available_width() - ui.spacing().scroll.allocated_width()
            } else {
                0.0
            },
            rows: &rows,
            bottom,
        };
        // A map just opened, or just flipped, starts at its first stage:
        // at the right of a right-to-left map.
        if self.shown_direction != Some(project.direction) {
            self.shown_direction = Some(project.direction);
            if self.scroll_to.is_none() && geometry.stages > 0 {
                self.scroll_to = rows.first().map(|r| (0, r.row));
            }
        }
        egui::ScrollArea::both()
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                let (_, body) = ui.allocate_space(geometry.size());
                let origin = body.min;
                if geometry.rtl {
                    let gap = geometry.size().x - viewport.max.x;
                    match self.right_gap {
                        Some((width, was)) if (width - viewport.width()).abs() > 0.5 => {
                            // Scrolls next frame; keep the old gap until then.
                            ui.scroll_with_delta(vec2(was - gap, 0.0));
                            self.right_gap = Some((viewport.width(), was));
                        }
                        _ => self.right_gap = Some((viewport.width(), gap)),
                    }
                } else {
                    self.right_gap = None;
                }
                let frame = Frame {
                    id: ui.scope_id().with("grid"),
                    project,
                    derived,
                    selection,
                    colour_by,
                    look,
                    geometry,
                    lines: &lines,
                    persona,
                    menu: self.menu.take(),
                    tab_stop: tab_stop(project, &rows, selection),
                    origin,
                    viewport,
                    payload,
                };
                if let Some((column, row)) = self.scroll_to.take()
                    && column < geometry.stages
                    && let Some(index) = rows.iter().position(|r| r.row == row)
                {
                    // Leave room for the frozen headers.
                    let with_headers = geometry.with_headers(geometry.cell(column, index));
                    ui.scroll_to_rect(frame.to_screen(with_headers), None);
                }
                let (columns, visible_rows) = geometry.visible(viewport);
                let mut table = access::Table::new(ui, &frame);
                for row in visible_rows.clone() {
                    let row_ui = table.ui(ui, Some(row));
                    match rows[row].row {
                        Row::Channel(_) => {
                            for column in columns.clone() {
                                card::cell_ui(row_ui, &frame, column, row, actions);
                                self.overlay_ui(row_ui, &frame, column, row);
                            }
                        }
                        Row::Lane(lane) => {
                            let columns = columns.clone();
                            lanes::lane_row_ui(row_ui, &frame, lane, row, columns, actions);
                        }
                    }
                }
                lines::lines_ui(ui, &frame);
                let drawn = (columns.clone(), visible_rows.clone());
                self.headers_ui(ui, &mut table, &frame, Axis::Rows, visible_rows, actions);
                self.lines_headers_ui(ui, &frame, actions);
                self.headers_ui(
                    ui,
                    &mut table,
                    &frame,
                    Axis::Stages,
                    columns.clone(),
                    actions,
                );
                table.finish(&frame, drawn, actions);
                spotlight_ui(ui, &frame, columns);
                corner_ui(ui, &frame);
                dnd::drop_ui(ui, &frame, actions);
            });
        if let Some(payload) = payload {
            dnd::ghost_ui(&ctx, project, payload);
        }
    }

    /// Outlines a cell changed since the version being compared with, and
    /// dims one that belongs to another owner than the one filtered on.
    fn overlay_ui(&self, ui: &egui::Ui, frame: &Frame<'_>, column: usize, row: usize) {
        let Some(key) = frame.key(column, row) else {
            return;
        };
        let rect = frame.to_screen(frame.geometry.cell(column, row));
        if let Some(owner) = &self.owner {
            let theirs = frame.project.cell(key).map_or("", |c| c.owner.trim());
            if theirs != owner {
                let veil = ui.visuals().panel_fill.gamma_multiply(0.82);
                ui.painter().rect_filled(rect.expand(1.0), 6.0, veil);
            }
        }
        if self.marked.contains(&key) {
            let stroke = Stroke::new(3.0, ui.visuals().warn_fg_color);
            ui.painter()
                .rect_stroke(rect, 6.0, stroke, StrokeKind::Outside);
        }
    }
}

/// The actions menu of a cell, header or line: where a right-click
/// opens it, or beside the widget when the keyboard does (`keyed`, the
/// frame it opens), the widget then holding the focus so that Tab walks
/// into the menu.
fn actions_menu(response: &egui::Response, keyed: bool, add: impl FnOnce(&mut egui::Ui)) {
    use egui::SetOpenCommand;
    let ctx = &response.ctx;
    let by_key = response.id.with("menu opened by a key");
    let open = if response.secondary_clicked() {
        ctx.data_mut(|d| d.remove::<bool>(by_key));
        Some(SetOpenCommand::Bool(true))
    } else if keyed {
        ctx.data_mut(|d| d.insert_temp(by_key, true));
        response.request_focus();
        Some(SetOpenCommand::Bool(true))
    } else if response.clicked() {
        Some(SetOpenCommand::Bool(false))
    } else {
        None
    };
    let mut popup = egui::Popup::menu(response).open_memory(open);
    if !ctx.data(|d| d.get_temp::<bool>(by_key)).unwrap_or(false) {
        popup = popup.at_pointer_fixed();
    }
    if popup.show(add).is_none() {
        ctx.data_mut(|d| d.remove::<bool>(by_key));
    }
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
    let (g, view) = (frame.geometry, frame.viewport);
    let m = g.m;
    let corner = pos2(g.band_x(view), view.min.y);
    let rect = Rect::from_min_size(corner, vec2(m.side_width, m.header_height));
    let rect = frame.to_screen(rect);
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, ui.visuals().panel_fill);
    painter.text(
        rect.shrink(8.0).left_bottom(),
        Align2::LEFT_BOTTOM,
        crate::ui::bidi::shaper_order(crate::tr!("grid-corner").into(), crate::i18n::ui().is_rtl()),
        FontId::proportional(m.small),
        ui.visuals().weak_text_color(),
    );
}

/// The colour legend for the current "Colour by" mode.
/// The colour legend; with `words` false, its swatches alone, each naming
/// its colour on hover (for a narrow window).
pub fn legend_ui(ui: &mut egui::Ui, colour_by: ColourBy, scheme: Scheme, words: bool) {
    // Drawn right to left by the caller's layout: reverse to read worst → best.
    for (label, value) in colour_by.legend().iter().rev() {
        if words {
            ui.label(egui::RichText::from(theme::legend_label(*label)).small());
        }
        let (rect, response) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
        if !words {
            response.on_hover_text(theme::legend_label(*label));
        }
        ui.painter().rect_filled(
            rect,
            CornerRadius::same(3),
            theme::cell_fill(ui.visuals(), scheme, Some(*value)),
        );
    }
}

/// The width the legend's words take (beside their swatches).
pub fn legend_words_width(ui: &egui::Ui, colour_by: ColourBy) -> f32 {
    let font = egui::TextStyle::Small.resolve(ui.style());
    colour_by
        .legend()
        .iter()
        .map(|(label, _)| {
            let text = theme::legend_label(*label).as_str().to_owned();
            ui.painter()
                .layout_no_wrap(text, font.clone(), egui::Color32::WHITE)
                .size()
                .x
                + ui.spacing().item_spacing.x
        })
        .sum()
}

/// The grid's stop for Tab: the selection when it is a cell, a lane's
/// value, or a header or line of this map, else the first cell.
fn tab_stop(project: &Project, rows: &[RowBox], selection: Selection) -> Option<Selection> {
    let on_grid = match selection {
        Selection::Cell(key) => {
            project.stage(key.stage).is_some() && project.channel(key.channel).is_some()
        }
        Selection::LaneCell(key) => {
            project.stage(key.stage).is_some() && project.lane(key.lane).is_some()
        }
        Selection::Stage(id) => project.stage(id).is_some(),
        Selection::Channel(id) => project.channel(id).is_some(),
        Selection::Lane(id) => project.lane(id).is_some(),
        Selection::Line(id) => project.line(id).is_some(),
        Selection::Project | Selection::Persona(_) => false,
    };
    if on_grid {
        return Some(selection);
    }
    let stage = project.stages.first()?.id;
    Some(match rows.first()?.row {
        Row::Channel(channel) => Selection::Cell(CellKey::new(stage, channel)),
        Row::Lane(lane) => Selection::LaneCell(LaneKey::new(lane, stage)),
    })
}

/// Where the grid keeps the id of its cell that last held the focus.
fn focused_cell() -> egui::Id {
    egui::Id::unique("journeymap-focused-cell")
}

/// Whether a cell of the grid holds the keyboard focus (then the arrows
/// move on the grid, as they do when nothing holds it).
pub fn has_focus(ctx: &egui::Context) -> bool {
    let focused = ctx.memory(egui::Memory::focused);
    focused.is_some() && focused == ctx.data(|d| d.get_temp::<egui::Id>(focused_cell()))
}

/// The boxes of the rows shown, for the app's keyboard navigation.
pub fn shown_rows(project: &Project, persona: Option<PersonaId>) -> Vec<Row> {
    let (rows, _, _): (Vec<RowBox>, _, _) = row_boxes(project, persona, &Metrics::editor(1.0));
    rows.into_iter().map(|r| r.row).collect()
}
