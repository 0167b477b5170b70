//! The grid as assistive technology reads it (AccessKit; AT-SPI on Linux):
//! a table whose first row holds the stages' column headers and whose
//! other rows are the map's rows, each headed by its channel or lane, with
//! a cell at every crossing. Only the cells on screen are drawn, but while
//! a screen reader listens every cell has its node, so the whole map can
//! be reached; focusing or clicking one off screen selects it and scrolls
//! it into view.

use eframe::egui::{self, Id, Sense, Ui, UiBuilder, accesskit::Role};

use super::Frame;
use super::header::Header;
use crate::i18n::Text;
use crate::model::{Cell, LaneKey, LaneKind, Polarity, Row};
use crate::tr;
use crate::ui::action::{Action, Selection};
use crate::ui::words;

/// The table of one frame of the grid.
pub(super) struct Table {
    /// Whether assistive technology is listening: without it the grid
    /// draws straight into its own `Ui` and makes no hidden cells.
    on: bool,
    /// The header row's `Ui`, then one per row of the grid.
    rows: Vec<Ui>,
}

impl Table {
    pub(super) fn new(ui: &mut Ui, frame: &Frame<'_>) -> Self {
        let mut parent = ui.new_child(
            UiBuilder::new()
                .scope_id(frame.id.with("table"))
                .accessibility_role(Role::Table),
        );
        let (rows, columns) = (frame.geometry.rows.len(), frame.geometry.stages);
        let bounds = frame.viewport.translate(frame.origin.to_vec2());
        let on = ui
            .ctx()
            .accesskit_node_builder(parent.unique_id(), |node| {
                node.set_label(tr!("a11y-table", title = frame.project.title.as_str()));
                node.set_row_count(rows + 1);
                node.set_column_count(columns + 1);
                node.set_bounds(egui::accesskit::Rect {
                    x0: bounds.min.x.into(),
                    y0: bounds.min.y.into(),
                    x1: bounds.max.x.into(),
                    y1: bounds.max.y.into(),
                });
            })
            .is_some();
        let mut table = Self {
            on,
            rows: Vec::new(),
        };
        if on {
            table.rows = std::iter::once(None)
                .chain(frame.geometry.rows.iter().map(|r| Some(r.row)))
                .enumerate()
                .map(|(index, row)| {
                    let row_ui = parent.new_child(
                        UiBuilder::new()
                            .scope_id(row_id(frame, row))
                            .accessibility_role(Role::Row),
                    );
                    ui.ctx().accesskit_node_builder(row_ui.unique_id(), |node| {
                        node.set_row_index(index);
                        if let Some(row) = row {
                            node.set_label(row_name(frame, row));
                        }
                    });
                    row_ui
                })
                .collect();
        }
        table
    }

    /// The `Ui` the widgets of `row` (`None`: the stage headers) go in.
    pub(super) fn ui<'a>(&'a mut self, ui: &'a mut Ui, row: Option<usize>) -> &'a mut Ui {
        if self.on {
            &mut self.rows[row.map_or(0, |r| r + 1)]
        } else {
            ui
        }
    }

    /// The nodes of what is off screen: every header and cell that was not
    /// drawn this frame, then each row's nodes put in reading order (its
    /// header, then its cells stage by stage).
    pub(super) fn finish(
        mut self,
        frame: &Frame<'_>,
        drawn: (std::ops::Range<usize>, std::ops::Range<usize>),
        actions: &mut Vec<Action>,
    ) {
        if !self.on {
            return;
        }
        let (columns, rows) = drawn;
        let (g, project) = (frame.geometry, frame.project);
        let ctx = self.rows[0].ctx().clone();
        for column in (0..g.stages).filter(|c| !columns.contains(c)) {
            let header = Header::Stage(project.stages[column].id);
            hidden_header(&mut self.rows[0], frame, header, column, None, actions);
        }
        let stages = project.stages.iter().map(|s| Header::Stage(s.id));
        let order: Vec<Id> = stages.map(|h| frame.header_id(h)).collect();
        sort_children(&ctx, self.rows[0].unique_id(), &order);
        for (index, row) in g.rows.iter().enumerate() {
            let ui = &mut self.rows[index + 1];
            let header = Header::of_row(row.row);
            if !rows.contains(&index) {
                hidden_header(ui, frame, header, 0, Some(index), actions);
            }
            for column in 0..g.stages {
                if !(rows.contains(&index) && columns.contains(&column)) {
                    hidden_cell(ui, frame, column, index, actions);
                }
            }
            let order: Vec<Id> = std::iter::once(frame.header_id(header))
                .chain((0..g.stages).filter_map(|column| frame.cell_id(column, index)))
                .collect();
            sort_children(&ctx, ui.unique_id(), &order);
        }
    }
}

fn row_id(frame: &Frame<'_>, row: Option<Row>) -> Id {
    frame.id.with(("row", row))
}

/// A row's name: its channel's or lane's.
fn row_name(frame: &Frame<'_>, row: Row) -> String {
    match row {
        Row::Channel(id) => frame.project.channel(id).map(|c| c.name.clone()),
        Row::Lane(id) => frame.project.lane(id).map(|l| l.name.clone()),
    }
    .unwrap_or_default()
}

/// Puts a node's children in `order`; any others keep their place after.
fn sort_children(ctx: &egui::Context, id: Id, order: &[Id]) {
    let rank: std::collections::HashMap<_, _> = order
        .iter()
        .enumerate()
        .map(|(i, id)| (id.accesskit_id(), i))
        .collect();
    ctx.accesskit_node_builder(id, |node| {
        let mut children = node.children().to_vec();
        children.sort_by_key(|c| rank.get(c).copied().unwrap_or(usize::MAX));
        node.set_children(children);
    });
}

/// A header off screen: its node alone.
fn hidden_header(
    ui: &mut Ui,
    frame: &Frame<'_>,
    header: Header,
    column: usize,
    row: Option<usize>,
    actions: &mut Vec<Action>,
) {
    let g = frame.geometry;
    let rect = match row {
        None => egui::Rect::from_min_size(
            egui::pos2(g.column_x(column), 0.0),
            egui::vec2(g.m.cell_width, g.m.header_height),
        ),
        Some(row) => egui::Rect::from_min_size(
            egui::pos2(*g.rows_x().start(), g.row_y(row)),
            egui::vec2(g.m.side_width, g.row_height(row)),
        ),
    };
    let response = ui.interact(
        frame.to_screen(rect),
        frame.header_id(header),
        frame.sense(header.selection(), Sense::click()),
    );
    let label = header.accessible(frame.project);
    response.widget_info(|| egui::WidgetInfo::labeled(header.role(), true, label.as_str()));
    if response.clicked() {
        actions.push(Action::Reveal(header.selection()));
    }
    let selected = frame.selection == header.selection();
    follow_focus(ui, &response, selected, || header.selection(), actions);
}

/// A cell off screen: its node alone, named as a drawn one is.
fn hidden_cell(
    ui: &mut Ui,
    frame: &Frame<'_>,
    column: usize,
    row: usize,
    actions: &mut Vec<Action>,
) {
    let Some(id) = frame.cell_id(column, row) else {
        return;
    };
    let rect = frame.to_screen(frame.geometry.cell(column, row));
    let selection = match (frame.key(column, row), frame.lane_key(column, row)) {
        (Some(key), _) => Selection::Cell(key),
        (None, Some(key)) => Selection::LaneCell(key),
        (None, None) => return,
    };
    let response = ui.interact(rect, id, frame.sense(selection, Sense::click()));
    match selection {
        Selection::Cell(key) => response.widget_info(|| cell_info(frame, column, key)),
        Selection::LaneCell(key) => response.widget_info(|| lane_value_info(frame, column, key)),
        _ => {}
    }
    if response.clicked() {
        actions.push(Action::Reveal(selection));
    }
    let selected = frame.selection == selection;
    follow_focus(ui, &response, selected, || selection, actions);
}

/// A cell's node: where it is, then what it holds.
pub(super) fn cell_info(
    frame: &Frame<'_>,
    column: usize,
    key: crate::model::CellKey,
) -> egui::WidgetInfo {
    let stage = frame.project.stages[column].name.as_str();
    let channel = frame
        .project
        .channel(key.channel)
        .map_or("", |c| c.name.as_str());
    let mut info = egui::WidgetInfo::labeled(
        Role::Cell,
        true,
        cell_label(stage, channel, frame.project.cell(key)),
    );
    info.selected = Some(frame.selection == Selection::Cell(key));
    info
}

/// "Cell Awareness × Instagram: owner Social team; ideal +2 Very positive,
/// real −1 Negative, gap 3; action: Answer within the hour; 1 positive,
/// 2 negative signals".
pub fn cell_label(stage: &str, channel: &str, cell: Option<&Cell>) -> String {
    let place = tr!("a11y-cell", stage = stage, channel = channel);
    let Some(cell) = cell.filter(|c| !c.is_empty()) else {
        return tr!("a11y-cell-empty", place = place).into();
    };
    let mut parts: Vec<Text> = Vec::new();
    if !cell.owner.trim().is_empty() {
        parts.push(tr!("a11y-cell-owner", owner = cell.owner.trim()));
    }
    let gap = cell.gap().map_or_else(
        || tr!("score-unset"),
        |g| Text::new(crate::i18n::ui().digits(&g.to_string())),
    );
    parts.push(tr!(
        "a11y-cell-scores",
        ideal = words::score_described(cell.ideal),
        real = words::score_described(cell.real),
        gap = gap
    ));
    if !cell.action.trim().is_empty() {
        parts.push(tr!("a11y-cell-action", action = cell.action.trim()));
    }
    if let Some(m) = cell.measure() {
        let line = words::measure_line(cell, m);
        let line = line.trim_start_matches("⚠ ");
        let key = if m.disagrees(cell.real) {
            "a11y-cell-measure-disagrees"
        } else {
            "a11y-cell-measure"
        };
        parts.push(tr!(key, measure = line));
    }
    parts.push(tr!(
        "a11y-cell-signals",
        positive = cell.count(Polarity::Positive),
        negative = cell.count(Polarity::Negative)
    ));
    let details = parts
        .iter()
        .map(Text::as_str)
        .collect::<Vec<_>>()
        .join(tr!("a11y-separator").as_str());
    tr!("a11y-cell-full", place = place, details = details).into()
}

/// A signal's name: its polarity, the one thing its colour says, then its
/// text.
pub fn signal_label(signal: &crate::model::Signal) -> Text {
    let key = match signal.polarity {
        Polarity::Positive => "a11y-signal-positive",
        Polarity::Negative => "a11y-signal-negative",
    };
    tr!(key, text = signal.text.as_str())
}

/// A lane value's node: lane, stage and value.
pub(super) fn lane_value_info(frame: &Frame<'_>, column: usize, key: LaneKey) -> egui::WidgetInfo {
    let stage = frame.project.stages[column].name.as_str();
    let lane = frame.project.lane(key.lane);
    let name = lane.map_or("", |l| l.name.as_str());
    let place = tr!("a11y-lane-value", lane = name, stage = stage);
    let value = frame.project.lane_cell(key);
    let said: Option<String> = match (lane, value) {
        (None, _) | (_, None) => None,
        (Some(lane), Some(value)) if lane.kind == LaneKind::Emotion => {
            let each: Vec<String> = frame
                .project
                .personas
                .iter()
                .filter_map(|p| {
                    let score = value.emotions.get(&p.id)?.score?;
                    let score = words::score_described(Some(score));
                    let name = words::persona_name(p);
                    Some(tr!("a11y-emotion", persona = name, score = score).into())
                })
                .collect();
            (!each.is_empty()).then(|| each.join(tr!("a11y-separator").as_str()))
        }
        (Some(lane), Some(value)) if lane.kind == LaneKind::Metric => value.number.map(|n| {
            let number = crate::i18n::ui().digits(&lane.with_unit(&n.to_string()));
            match words::metric_status(lane, n) {
                Some((_, status)) => format!("{number} {status}"),
                None => number,
            }
        }),
        (Some(_), Some(value)) => {
            (!value.text.trim().is_empty()).then(|| value.text.trim().to_owned())
        }
    };
    let label: String = match said {
        Some(said) => tr!("a11y-cell-full", place = place, details = said).into(),
        None => tr!("a11y-cell-empty", place = place).into(),
    };
    let mut info = egui::WidgetInfo::labeled(Role::Cell, true, label);
    info.selected = Some(frame.selection == Selection::LaneCell(key));
    info
}

/// Keyboard focus and the selection go together on the grid: a cell,
/// lane value or header reached with Tab becomes the selection; once one
/// holds the focus, the focus follows the selection as the arrows move it,
/// so a screen reader reads each one reached. A screen reader may also move
/// to any of them itself, the grid's stop for Tab or not, on screen or
/// not: it becomes the selection, scrolled into view, with the focus.
pub(super) fn follow_focus(
    ui: &Ui,
    response: &egui::Response,
    selected: bool,
    selection: impl FnOnce() -> Selection,
    actions: &mut Vec<Action>,
) {
    use egui::accesskit::Action as Asked;
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.add_action(Asked::Focus));
    let asked = ui.input(|i| i.has_accesskit_action_request(response.id, Asked::Focus));
    if asked {
        actions.push(Action::Reveal(selection()));
        response.request_focus();
    } else if response.gained_focus() && !selected {
        actions.push(Action::Select(selection()));
    } else if selected && !response.has_focus() && super::has_focus(ui.ctx()) {
        response.request_focus();
    }
    if response.has_focus() {
        ui.ctx()
            .data_mut(|d| d.insert_temp(super::focused_cell(), response.id));
    }
}
