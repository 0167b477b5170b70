//! The strip above the presented grid: the map's title, whose curves are
//! shown, the unsaved marker and the colour legend; the keys underneath.
//! Sized for the screen (see [`crate::ui::grid::Metrics::present_scale`]); the title gives
//! way to the legend, and the keys wrap, on a narrow one.

use eframe::egui::{self, RichText};

use super::View;
use crate::i18n::Text;
use crate::tr;
use crate::ui::command::Command;
use crate::ui::theme;

/// Title, unsaved marker and colour legend; the keys underneath.
pub(super) fn strip_ui(ui: &mut egui::Ui, view: &View<'_>, s: f32) {
    let (project, dirty) = (view.project, view.dirty);
    ui.add_space(6.0 * s);
    // The first line: the map's title at the start; at the end the legend,
    // whose persona, unsaved marker and colours keep their room, the title
    // shortened to what is left ("…"), never running under them.
    let line =
        egui::Rect::from_min_size(ui.cursor().min, egui::vec2(ui.available_width(), 30.0 * s));
    let title_width = ui
        .painter()
        .layout_no_wrap(
            project.title.clone(),
            crate::ui::fonts::bold(24.0 * s),
            egui::Color32::WHITE,
        )
        .size()
        .x;
    let end = ui
        .scope_builder(egui::UiBuilder::new().max_rect(line), |ui| {
            ui.with_layout(crate::ui::layout::end_to_start(), |ui| {
                // The legend's words only where they leave the title room.
                let room = line.width() - title_width.min(line.width() * 0.4);
                legend_ui(ui, view, s, room);
                if dirty {
                    ui.add_space(16.0 * s);
                    ui.label(
                        RichText::from(tr!(
                            "present-unsaved",
                            keys = Command::Save.first_shortcut_text(ui.ctx())
                        ))
                        .size(16.0 * s)
                        .color(theme::real(ui.visuals())),
                    );
                }
                personas_ui(ui, view, s);
            })
            .response
            .rect
        })
        .inner;
    // The title at the line's start: the left, or the right in Persian.
    let rtl = crate::i18n::ui().is_rtl();
    let title = if rtl {
        egui::Rect::from_min_max(
            egui::pos2((end.right() + 16.0 * s).min(line.right()), line.min.y),
            line.max,
        )
    } else {
        egui::Rect::from_min_max(
            line.min,
            egui::pos2((end.left() - 16.0 * s).max(line.left()), line.max.y),
        )
    };
    let start = if rtl {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    ui.scope_builder(egui::UiBuilder::new().max_rect(title).layout(start), |ui| {
        let label = RichText::new(&project.title).size(24.0 * s).strong();
        ui.add(egui::Label::new(label).truncate())
            .on_hover_text(&project.title);
    });
    ui.allocate_rect(line, egui::Sense::hover());
    // The second line: the keys, wrapped where the screen is narrow, from
    // the line's start.
    let align = if rtl {
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    ui.with_layout(egui::Layout::top_down(align), |ui| {
        let hint = crate::ui::keymap::present_hint(ui.ctx(), project.personas.len() > 1);
        let hint = RichText::from(Text::new(hint))
            .size(14.0 * s)
            .color(theme::PROJECTOR_HINT);
        ui.add(egui::Label::new(hint).wrap());
        if let Some(owner) = view.owner {
            ui.label(
                RichText::from(tr!("present-owner", owner = owner))
                    .size(16.0 * s)
                    .strong(),
            );
        }
    });
}

/// The colour legend, from the end: its words where they fit in `room`,
/// else its swatches alone, their words on hover.
fn legend_ui(ui: &mut egui::Ui, view: &View<'_>, s: f32, room: f32) {
    let (colour_by, scheme) = (view.settings.colour_by, view.settings.scheme);
    let title: Text = tr!(
        "present-legend-title",
        colouring = theme::colour_by_label(colour_by)
    );
    let legend = colour_by.legend();
    let width = |text: &str, strong: bool| {
        let font = if strong {
            crate::ui::fonts::bold(18.0 * s)
        } else {
            egui::FontId::proportional(18.0 * s)
        };
        ui.painter()
            .layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
            .size()
            .x
    };
    let spacing = ui.spacing().item_spacing.x;
    let swatch = 22.0 * s;
    let needed = width(title.as_str(), true)
        + legend
            .iter()
            .map(|(label, _)| {
                width(theme::legend_label(*label).as_str(), false)
                    + swatch
                    + 10.0 * s
                    + 3.0 * spacing
            })
            .sum::<f32>();
    let words = room >= needed;
    // From the end: the legend backwards, so it reads worst to best.
    for (label, value) in legend.iter().rev() {
        if words {
            ui.label(RichText::from(theme::legend_label(*label)).size(18.0 * s));
        }
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(swatch, swatch), egui::Sense::hover());
        if !words {
            response.on_hover_text(theme::legend_label(*label));
        }
        let fill = theme::cell_fill_strength(ui.visuals(), scheme, Some(*value), true);
        ui.painter().rect_filled(rect, 4.0, fill);
        let outline = egui::Stroke::new(1.0, theme::PROJECTOR_RULE);
        ui.painter()
            .rect_stroke(rect, 4.0, outline, egui::StrokeKind::Inside);
        ui.add_space(10.0 * s);
    }
    ui.label(RichText::from(title).size(18.0 * s).strong());
}

/// Whose journey is shown: each persona shown with its curve's marker, on
/// a map with several personas or an emotion lane.
fn personas_ui(ui: &mut egui::Ui, view: &View<'_>, s: f32) {
    let project = view.project;
    let curves = project
        .lanes
        .iter()
        .any(|l| l.kind == crate::model::LaneKind::Emotion);
    if project.personas.len() < 2 && !curves {
        return;
    }
    ui.add_space(16.0 * s);
    let shown = project
        .personas
        .iter()
        .filter(|p| view.persona.is_none_or(|only| only == p.id));
    // From the end, as the strip lays it out: the last persona first and
    // each name before its marker, so they read in order from the start.
    let shown: Vec<_> = shown.collect();
    for persona in shown.into_iter().rev() {
        // The name in its colour, made readable on the page.
        let colour = theme::mark(ui.visuals(), crate::palette::persona(persona.colour));
        ui.label(
            RichText::from(Text::new(crate::ui::words::persona_name(persona)))
                .size(18.0 * s)
                .strong()
                .color(colour),
        );
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(20.0 * s, 22.0 * s), egui::Sense::hover());
        let ring = ui.visuals().panel_fill;
        crate::ui::marks::marker_ui(ui.painter(), persona, rect.center(), 7.0 * s, ring);
        ui.add_space(8.0 * s);
    }
}
