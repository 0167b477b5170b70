//! The menu bar. Every item lists its shortcut.

use eframe::egui;

use super::app::{Action, Selection, Settings};
use super::theme::ColourBy;
use crate::model::History;

/// Every keyboard shortcut, for Help → Keyboard shortcuts.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl+N", "New map"),
    ("Ctrl+O", "Open…"),
    ("Ctrl+S", "Save"),
    ("Ctrl+Shift+S", "Save as…"),
    ("Ctrl+E", "Export PNG…"),
    ("Ctrl+Q", "Quit"),
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
    ("Arrow keys", "Move the selection between cells"),
    ("Enter", "Edit the selected cell in the inspector"),
    ("Esc", "Leave a text field; cancel a drag or a rename"),
    ("Delete", "Clear the selected cell"),
    ("F2", "Rename the selected stage or channel"),
    ("Double-click a header", "Rename it in place"),
    ("Drag a header", "Reorder stages or channels"),
    ("Drag a cell", "Move its content (swaps with a filled cell)"),
    ("Drag a signal chip", "Move the signal to another cell"),
    ("Ctrl+= / Ctrl+- / Ctrl+0", "Zoom the grid in / out / reset"),
    ("Ctrl+mouse wheel", "Zoom the grid"),
    ("F5 / Esc", "Enter / leave presentation mode"),
    (
        "1-5, Shift+1-5, 0",
        "Presenting: set real score, ideal score; clear",
    ),
    ("+ / -", "Presenting: add a positive / negative signal"),
    (
        "Space, V, G",
        "Presenting: spotlight, colouring, ideal-vs-real chart",
    ),
    ("F1", "This list"),
];

fn item(ui: &mut egui::Ui, label: &str, shortcut: &str, enabled: bool) -> bool {
    ui.add_enabled(enabled, egui::Button::new(label).shortcut_text(shortcut))
        .clicked()
}

/// Draws the menu bar, pushing what the user picked.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    history: &History,
    selection: Selection,
    settings: &mut Settings,
    actions: &mut Vec<Action>,
    show_shortcuts: &mut bool,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if item(ui, "New", "Ctrl+N", true) {
                actions.push(Action::New);
            }
            if item(ui, "Open…", "Ctrl+O", true) {
                actions.push(Action::Open);
            }
            ui.menu_button("Open Recent", |ui| {
                if settings.recent.is_empty() {
                    ui.weak("No recent files");
                }
                for path in &settings.recent {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if ui
                        .button(name)
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        actions.push(Action::OpenPath(path.clone()));
                    }
                }
                if !settings.recent.is_empty() {
                    ui.separator();
                    if ui.button("Clear list").clicked() {
                        settings.recent.clear();
                    }
                }
            });
            ui.separator();
            if item(ui, "Save", "Ctrl+S", true) {
                actions.push(Action::Save);
            }
            if item(ui, "Save As…", "Ctrl+Shift+S", true) {
                actions.push(Action::SaveAs);
            }
            ui.separator();
            if item(ui, "Export PNG…", "Ctrl+E", true) {
                actions.push(Action::ExportPng);
            }
            ui.separator();
            if item(ui, "Close", "", true) {
                actions.push(Action::New);
            }
            if item(ui, "Quit", "Ctrl+Q", true) {
                actions.push(Action::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            let undo = history
                .undo_label()
                .map_or_else(|| "Undo".to_owned(), |l| format!("Undo {l}"));
            if item(ui, &undo, "Ctrl+Z", history.can_undo()) {
                actions.push(Action::Undo);
            }
            let redo = history
                .redo_label()
                .map_or_else(|| "Redo".to_owned(), |l| format!("Redo {l}"));
            if item(ui, &redo, "Ctrl+Shift+Z", history.can_redo()) {
                actions.push(Action::Redo);
            }
            ui.separator();
            let cell = match selection {
                Selection::Cell(at) => history.project().cell(at).map(|_| at),
                _ => None,
            };
            if item(ui, "Clear cell", "Delete", cell.is_some())
                && let Some(at) = cell
            {
                actions.push(Action::Edit(crate::model::Edit::ClearCell { at }));
            }
            let header = matches!(selection, Selection::Stage(_) | Selection::Channel(_));
            if item(ui, "Rename stage or channel", "F2", header) {
                actions.push(Action::StartRename);
            }
        });
        ui.menu_button("View", |ui| {
            if item(ui, "Present", "F5", true) {
                actions.push(Action::TogglePresent);
            }
            ui.separator();
            ui.label("Theme");
            ui.radio_value(&mut settings.dark, false, "Light");
            ui.radio_value(&mut settings.dark, true, "Dark");
            ui.separator();
            ui.label("Colour cells by");
            for mode in ColourBy::ALL {
                ui.radio_value(&mut settings.colour_by, mode, mode.label());
            }
            ui.separator();
            if item(ui, "Zoom in", "Ctrl+=", true) {
                settings.zoom = super::app::zoom_step(settings.zoom, 1);
            }
            if item(ui, "Zoom out", "Ctrl+-", true) {
                settings.zoom = super::app::zoom_step(settings.zoom, -1);
            }
            ui.weak(format!("Grid zoom {:.0} %", settings.zoom * 100.0));
            if item(ui, "Reset zoom", "Ctrl+0", true) {
                settings.zoom = 1.0;
            }
        });
        ui.menu_button("Help", |ui| {
            if item(ui, "Keyboard shortcuts", "F1", true) {
                *show_shortcuts = true;
            }
        });
    });
}
