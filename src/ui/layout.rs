//! Layouts that follow the interface's direction: rows, panels and button
//! rows from the right in a right-to-left interface.

use eframe::egui;

/// Runs `add_contents` in a layout that, in a right-to-left interface,
/// aligns to the right and lays rows out from the right.
pub(crate) fn mirrored<R>(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if crate::i18n::ui().is_rtl() {
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), add_contents)
            .inner
    } else {
        add_contents(ui)
    }
}

/// A row, as `ui.horizontal` lays it out, from the interface's start: the
/// left, or the right in a right-to-left interface.
pub(crate) fn row<R>(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let layout = if crate::i18n::ui().is_rtl() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout, add_contents).inner
}

/// A row laid out from the interface's end: the right, or the left in a
/// right-to-left interface (for buttons such as OK and Cancel).
pub(crate) fn end_to_start() -> egui::Layout {
    if crate::i18n::ui().is_rtl() {
        egui::Layout::left_to_right(egui::Align::Center)
    } else {
        egui::Layout::right_to_left(egui::Align::Center)
    }
}

/// A side panel at the interface's end (the right, or the left in a
/// right-to-left interface), or at its start.
pub(crate) fn side_panel(id: &'static str, at_end: bool) -> egui::Panel {
    if at_end != crate::i18n::ui().is_rtl() {
        egui::Panel::right(id)
    } else {
        egui::Panel::left(id)
    }
}

/// A row of an `egui::Grid` of settings: its label, then its controls;
/// from the right in a right-to-left interface.
pub(crate) fn grid_row(
    ui: &mut egui::Ui,
    label: crate::i18n::Text,
    add: impl FnOnce(&mut egui::Ui),
) {
    if crate::i18n::ui().is_rtl() {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), add);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(label)
        });
    } else {
        ui.label(label);
        ui.horizontal(add);
    }
    ui.end_row();
}
