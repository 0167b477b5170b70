//! One cell card: owner, action, score badges and signal chips, sized by the
//! grid's [`Metrics`](super::geometry::Metrics).

use std::sync::Arc;

use crate::i18n::Text;
use crate::tr;
use eframe::egui::{
    self, Align2, Color32, CornerRadius, FontId, Galley, Pos2, Rect, Sense, Stroke, StrokeKind,
    pos2, vec2,
};

use super::Frame;
use super::dnd::DragPayload;
use crate::model::{Cell, CellKey, Edit, Polarity, Score, Signal};
use crate::ui::action::{Action, Selection};
use crate::ui::bidi::Paragraph;
use crate::ui::{fonts, theme};

const MAX_CHIPS: usize = 4;

pub(super) fn cell_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    column: usize,
    row: usize,
    actions: &mut Vec<Action>,
) {
    let m = frame.geometry.m;
    let Some(key) = frame.key(column, row) else {
        return;
    };
    let cell = frame.project.cell(key);
    let rect = frame
        .to_screen(frame.geometry.cell(column, row))
        .shrink(m.gap / 2.0);
    let sense = frame.sense(Selection::Cell(key), Sense::click_and_drag());
    let response = ui.interact(rect, frame.card_id(key), sense);
    // Named only when assistive technology asks (not every frame).
    response.widget_info(|| super::access::cell_info(frame, column, key));
    if response.clicked() || response.drag_started() {
        actions.push(Action::Select(Selection::Cell(key)));
        ui.memory_mut(|m| m.surrender_focus(response.id));
    }
    super::access::follow_focus(
        ui,
        &response,
        frame.selection == Selection::Cell(key),
        || Selection::Cell(key),
        actions,
    );
    if cell.is_some() {
        response.dnd_set_drag_payload(DragPayload::Cell(key));
    }
    let keyed = frame.menu == Some(Selection::Cell(key));
    super::actions_menu(&response, keyed, |ui| {
        context_menu_ui(ui, key, cell.is_some(), actions);
    });

    let visuals = ui.visuals();
    let painter = ui.painter();
    let selected = frame.selection == Selection::Cell(key);
    let radius = CornerRadius::same(6);
    match cell {
        Some(cell) => {
            let fill = theme::cell_fill_strength(
                visuals,
                frame.look.scheme,
                frame.colour_by.value(cell),
                frame.look.contrast,
            );
            painter.rect_filled(rect, radius, fill);
        }
        None => {
            let outline = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
            painter.rect_stroke(rect, radius, outline, StrokeKind::Inside);
        }
    }
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
    let Some(cell) = cell else { return };
    let text_colour = theme::cell_text(visuals);
    let inner = rect.shrink2(vec2(m.body * 0.6, m.body * 0.4));
    let line = |size: f32| {
        painter
            .layout_no_wrap("Ag".to_owned(), FontId::proportional(size), text_colour)
            .size()
            .y
    };
    let (body_line, small_line) = (line(m.body), line(m.small));
    // Bottom up: chips, then badges; owner and action fill what is left.
    let chips_top = inner.bottom() - small_line - 4.0;
    let badges = badge_rows(
        painter,
        visuals,
        cell,
        inner.width(),
        (m, frame.look.scheme),
    );
    let badges_top = if m.chips {
        chips_top - small_line - 8.0
    } else {
        let row = badge_row_height(painter, m.small) + m.small * 0.3;
        inner.bottom() - badges.len() as f32 * row + m.small * 0.3
    };
    // A survey's measure, "NPS 32 · n 140", just above the badges.
    let measure = cell.measure().map(|measure| {
        let line = crate::ui::words::measure_line(cell, measure);
        let top = badges_top - small_line - m.small * 0.2;
        (line, top)
    });
    let text_bottom = measure.as_ref().map_or(badges_top, |(_, top)| *top);
    let mut y = inner.top();
    // Presenting, the action comes first: the owner shows only where the
    // action still has two lines below it.
    let owner_fits = m.chips || text_bottom - y >= 3.0 * body_line;
    if !cell.owner.is_empty() && owner_fits {
        let owner = Paragraph::new(
            painter,
            &cell.owner,
            fonts::bold(m.body),
            text_colour,
            inner.width(),
            1,
        );
        owner.paint(painter, pos2(inner.left(), y), inner.width(), text_colour);
        y += owner.height();
    }
    let most = if m.chips { 3.0 } else { 4.0 };
    let rows = ((text_bottom - y - 2.0) / body_line)
        .floor()
        .clamp(0.0, most) as usize;
    if !cell.action.is_empty() && rows > 0 {
        let font = FontId::proportional(m.body);
        let action = Paragraph::new(
            painter,
            &cell.action,
            font,
            text_colour,
            inner.width(),
            rows,
        );
        action.paint(painter, pos2(inner.left(), y), inner.width(), text_colour);
    }
    // Nothing a card draws may spill into its neighbours.
    let painter = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    if let Some((line, top)) = measure {
        let line = Paragraph::new(
            &painter,
            &line,
            FontId::proportional(m.small),
            text_colour,
            inner.width(),
            1,
        );
        line.paint(
            &painter,
            pos2(inner.left(), top),
            inner.width(),
            text_colour,
        );
    }
    badges_ui(
        &painter,
        badges,
        pos2(inner.left(), badges_top),
        inner.width(),
        m.small,
        frame.geometry.rtl,
    );
    if m.chips {
        // The chips are the cell's children for assistive technology.
        let mut ui = ui.new_child(egui::UiBuilder::new().accessibility_parent(response.id));
        chips_ui(
            &mut ui,
            frame,
            cell,
            key,
            pos2(inner.left(), chips_top),
            inner.width(),
            actions,
        );
    }
}

fn context_menu_ui(ui: &mut egui::Ui, key: CellKey, filled: bool, actions: &mut Vec<Action>) {
    for (label, polarity) in [
        ("card-add-positive", Polarity::Positive),
        ("card-add-negative", Polarity::Negative),
    ] {
        if ui.button(tr!(label)).clicked() {
            actions.push(Action::Select(Selection::Cell(key)));
            let signal = Signal::new(polarity, "");
            // Its text is typed straight away, in the inspector.
            crate::ui::inspector::focus_signal(ui.ctx(), signal.id);
            actions.push(Action::Edit(Edit::AddSignal {
                at: key,
                index: usize::MAX,
                signal,
            }));
        }
    }
    ui.separator();
    let clear = egui::Button::new(tr!("cmd-clear-cell")).shortcut_text(tr!("key-delete"));
    if ui.add_enabled(filled, clear).clicked() {
        actions.push(Action::Edit(Edit::ClearCell { at: key }));
    }
}

/// One badge: its label (long and short), its value, its colour.
type Badge = ((Text, Text), String, Color32);

/// Badges laid out in rows that fit `width`, top row first. The ideal,
/// real and gap badges form one row (labels shorten to "I" and "R" when
/// needed, and the gap badge is dropped last when even that does not fit).
/// Presenting, where there are no chips, both signal counts follow, always
/// as a pair: on the same row when it fits, else on a row of their own.
fn badge_rows(
    painter: &egui::Painter,
    visuals: &egui::Visuals,
    cell: &Cell,
    width: f32,
    (m, scheme): (super::Metrics, theme::Scheme),
) -> Vec<Vec<(Arc<Galley>, Color32)>> {
    let on_mark = theme::on_mark(visuals);
    let size = m.small;
    let font = FontId::proportional(size);
    let scores: Vec<Badge> = vec![
        (
            (tr!("badge-ideal"), tr!("badge-ideal.short")),
            Score::signed_or_dash(cell.ideal),
            theme::ideal(visuals),
        ),
        (
            (tr!("badge-real"), tr!("badge-real.short")),
            Score::signed_or_dash(cell.real),
            theme::real(visuals),
        ),
        (
            (tr!("badge-gap"), tr!("badge-gap.short")),
            cell.gap_text(),
            theme::gap_colour(visuals, scheme, cell.gap()),
        ),
    ];
    let counts: Vec<Badge> = if m.chips || cell.signals.is_empty() {
        Vec::new()
    } else {
        [Polarity::Positive, Polarity::Negative]
            .into_iter()
            .map(|polarity| {
                let sign = Text::new(polarity.sign().to_owned());
                (
                    (sign.clone(), sign),
                    cell.count(polarity).to_string(),
                    theme::signal_colour(visuals, scheme, polarity == Polarity::Positive),
                )
            })
            .collect()
    };
    let lay_at = |badges: &[Badge], short: bool, font: &FontId| -> Vec<(Arc<Galley>, Color32)> {
        badges
            .iter()
            .map(|((long, brief), value, colour)| {
                let name = if short { brief } else { long };
                let value = crate::i18n::ui().digits(value);
                let rtl = crate::i18n::ui().is_rtl();
                let text = if !name.chars().any(char::is_alphabetic) {
                    format!("{name}{value}")
                } else if rtl {
                    // The value stays one left-to-right piece ("+2") in a
                    // Persian badge: isolated, its sign keeps to its left.
                    format!("{name} \u{2066}{value}\u{2069}")
                } else {
                    format!("{name} {value}")
                };
                let text = crate::ui::bidi::shaper_order(text, rtl);
                (painter.layout_no_wrap(text, font.clone(), on_mark), *colour)
            })
            .collect()
    };
    let lay = |badges: &[Badge], short: bool| lay_at(badges, short, &font);
    let spacing = size * 0.3;
    let total = |galleys: &[(Arc<Galley>, Color32)]| {
        galleys
            .iter()
            .map(|(g, _)| g.size().x + 2.0 * badge_pad(font_size(g, size)).x + spacing)
            .sum::<f32>()
            - spacing
    };
    let fits = |galleys: &[(Arc<Galley>, Color32)]| total(galleys) <= width;
    let mut row = lay(&scores, false);
    if !fits(&row) {
        row = lay(&scores, true);
    }
    let laid_counts = lay(&counts, false);
    let together: Vec<_> = row.iter().chain(&laid_counts).cloned().collect();
    if laid_counts.is_empty() || fits(&together) {
        return vec![together];
    }
    // Presenting, a slightly smaller single row gives the action another line.
    if !m.chips {
        let smaller = FontId::proportional(size * 0.8);
        let mut together = lay_at(&scores, true, &smaller);
        together.extend(lay_at(&counts, false, &smaller));
        if fits(&together) {
            return vec![together];
        }
    }
    vec![laid_counts, row]
}

/// The font size a badge's text was laid out at.
fn font_size(galley: &Galley, otherwise: f32) -> f32 {
    galley
        .job
        .sections
        .first()
        .map_or(otherwise, |s| s.format.font_id.size)
}

fn badge_pad(size: f32) -> egui::Vec2 {
    vec2(size * 0.4, size * 0.15)
}

/// Height of one row of badges at font size `size`.
fn badge_row_height(painter: &egui::Painter, size: f32) -> f32 {
    let line = painter
        .layout_no_wrap(
            "Ag".to_owned(),
            FontId::proportional(size),
            Color32::PLACEHOLDER,
        )
        .size()
        .y;
    line + 2.0 * badge_pad(size).y
}

/// Paints badge rows from `at` down, whole badges only.
/// `rect`, laid out from the left edge `left` of a `width` wide row, where it
/// goes when the row runs right to left.
fn mirrored(rect: Rect, left: f32, width: f32, rtl: bool) -> Rect {
    if rtl {
        let x = left + width - (rect.min.x - left) - rect.width();
        Rect::from_min_size(pos2(x, rect.min.y), rect.size())
    } else {
        rect
    }
}

fn badges_ui(
    painter: &egui::Painter,
    rows: Vec<Vec<(Arc<Galley>, Color32)>>,
    at: Pos2,
    width: f32,
    size: f32,
    rtl: bool,
) {
    let spacing = size * 0.3;
    let step = badge_row_height(painter, size) + spacing;
    for (i, galleys) in rows.into_iter().enumerate() {
        let y = at.y + i as f32 * step;
        let mut x = at.x;
        for (galley, colour) in galleys {
            let pad = badge_pad(font_size(&galley, size));
            let rect = Rect::from_min_size(pos2(x, y), galley.size() + 2.0 * pad);
            if rect.right() > at.x + width + 0.5 {
                break;
            }
            x = rect.right() + spacing;
            let rect = mirrored(rect, at.x, width, rtl);
            painter.rect_filled(rect, CornerRadius::same(4), colour);
            painter.galley(rect.min + pad, galley, Color32::PLACEHOLDER);
        }
    }
}

/// Signal chips: "+ first words" in green, "− first words" in red. Each chip
/// can be dragged to another cell.
fn chips_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    cell: &Cell,
    key: CellKey,
    at: Pos2,
    width: f32,
    actions: &mut Vec<Action>,
) {
    let (size, scheme) = (frame.geometry.m.small, frame.look.scheme);
    let rtl = frame.geometry.rtl;
    let font = FontId::proportional(size * 0.96);
    let pad = vec2(size * 0.4, size * 0.15);
    let right = at.x + width;
    let mut x = at.x;
    let mut drawn = 0;
    for signal in cell.signals.iter().take(MAX_CHIPS) {
        // Keep room for the "+N" count when chips will be left out.
        let reserve = if drawn + 1 < cell.signals.len() {
            size * 2.3
        } else {
            0.0
        };
        let room = right - x - reserve;
        if room < size * 3.3 {
            break;
        }
        let positive = signal.polarity == Polarity::Positive;
        let text = format!("{} {}", signal.polarity.sign(), signal.text);
        let max = (room - 2.0 * pad.x).min(width / 2.0 - size).max(size * 2.0);
        let text = Paragraph::new(
            ui.painter(),
            text.trim_end(),
            font.clone(),
            theme::on_mark(ui.visuals()),
            max,
            1,
        );
        let rect = Rect::from_min_size(pos2(x, at.y), text.size() + 2.0 * pad);
        x = rect.right() + size * 0.3;
        let rect = mirrored(rect, at.x, width, rtl);
        let response = ui.interact(
            rect,
            frame.id.with(("signal", signal.id)),
            // Not a stop for Tab: the inspector lists the signals.
            Sense::click_and_drag() - Sense::FOCUSABLE,
        );
        response.widget_info(|| {
            let label = super::access::signal_label(signal);
            egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, label)
        });
        response.dnd_set_drag_payload(DragPayload::Signal(signal.id));
        if response.clicked() {
            actions.push(Action::Select(Selection::Cell(key)));
        }
        let response = response.on_hover_text(super::super::tags::described(signal));
        let (fill, on) = (
            theme::signal_colour(ui.visuals(), scheme, positive),
            theme::on_mark(ui.visuals()),
        );
        let painter = ui.painter();
        painter.rect_filled(rect, CornerRadius::same(8), fill);
        if response.hovered() {
            let ring = Stroke::new(1.5, on);
            painter.rect_stroke(rect, CornerRadius::same(8), ring, StrokeKind::Inside);
        }
        text.paint(painter, rect.min + pad, text.size().x, on);
        if !signal.tags.is_empty() {
            // Tagged with a root cause or principle: a dot at the top corner.
            let r = size * 0.16;
            let centre = pos2(rect.right() - r * 0.6, rect.top() + r * 0.6);
            painter.circle(centre, r, on, Stroke::new(1.0, fill));
        }
        drawn += 1;
    }
    if drawn < cell.signals.len() {
        // "+3" hidden signals, in the interface's digits, its sign at its left.
        let lang = crate::i18n::ui();
        let hidden = lang.signed(&format!("+{}", cell.signals.len() - drawn));
        let text = crate::ui::bidi::shaper_order(hidden, lang.is_rtl());
        let colour = ui.visuals().strong_text_color();
        let (pos, align) = if rtl {
            (
                pos2(right - (x - at.x) - 2.0, at.y + pad.y),
                Align2::RIGHT_TOP,
            )
        } else {
            (pos2(x + 2.0, at.y + pad.y), Align2::LEFT_TOP)
        };
        ui.painter().text(pos, align, text, font, colour);
    }
}
