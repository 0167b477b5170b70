//! File → Export PNG…: the export options with a live preview rendered by
//! the export code itself.

use eframe::egui;

use crate::export::{self, Options, Theme, View};
use crate::model::Project;

/// The preview at scale 1 for one project state and look.
struct Preview {
    key: (u64, Options),
    result: Result<egui::TextureHandle, String>,
}

#[derive(Default)]
pub struct ExportDialog {
    pub open: bool,
    options: Options,
    preview: Option<Preview>,
}

impl ExportDialog {
    /// Draws the dialog when open. Returns the options when the user asks
    /// to export. The colours are the user's choice in View → Signal colours.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        scheme: crate::palette::Scheme,
    ) -> Option<Options> {
        self.options.scheme = scheme;
        if !self.open {
            self.preview = None;
            return None;
        }
        let mut open = self.open;
        let mut export = None;
        egui::Window::new("Export PNG")
            .open(&mut open)
            .default_width(820.0)
            .default_height(720.0)
            .collapsible(false)
            .show(ctx, |ui| {
                self.options_ui(ui, project);
                ui.separator();
                ui.horizontal(|ui| {
                    let fits = export::check(project, &self.options);
                    if ui
                        .add_enabled(fits.is_ok(), egui::Button::new("Export…"))
                        .clicked()
                    {
                        export = Some(self.options);
                    }
                    if ui.button("Cancel").clicked() {
                        self.open = false;
                    }
                });
                ui.separator();
                self.preview_ui(ui, project, revision);
            });
        self.open &= open;
        if export.is_some() {
            self.open = false;
        }
        export
    }

    fn options_ui(&mut self, ui: &mut egui::Ui, project: &Project) {
        egui::Grid::new("export-options")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                ui.label("Scale");
                ui.horizontal(|ui| {
                    for (scale, hint) in [
                        (1, "screen"),
                        (2, "slides"),
                        (3, "print"),
                        (4, "large print"),
                    ] {
                        ui.selectable_value(&mut self.options.scale, scale, format!("{scale}x"))
                            .on_hover_text(hint);
                    }
                });
                ui.end_row();
                ui.label("Theme");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.options.theme, Theme::Light, "Light");
                    ui.radio_value(&mut self.options.theme, Theme::Dark, "Dark");
                });
                ui.end_row();
                ui.label("Show");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.options.view, View::Both, "Ideal and real");
                    ui.radio_value(&mut self.options.view, View::Ideal, "Ideal only");
                    ui.radio_value(&mut self.options.view, View::Real, "Real only");
                });
                ui.end_row();
                ui.label("Findings");
                ui.checkbox(
                    &mut self.options.findings,
                    "Channels that disagree, where to act, root causes",
                )
                .on_hover_text("The section under the grid that says what the map shows");
                ui.end_row();
                ui.label("Size");
                match export::check(project, &self.options) {
                    Ok(layout) => {
                        let (w, h) = layout.pixel_size(self.options.scale);
                        ui.label(format!("{w} x {h} pixels"));
                    }
                    Err(e) => {
                        ui.colored_label(ui.visuals().error_fg_color, e.to_string());
                    }
                }
                ui.end_row();
            });
    }

    fn preview_ui(&mut self, ui: &mut egui::Ui, project: &Project, revision: u64) {
        let key = (revision, self.options);
        if self.preview.as_ref().is_none_or(|p| p.key != key) {
            let options = Options {
                scale: 1,
                ..self.options
            };
            let result = export::render(project, &options)
                .map_err(|e| e.to_string())
                .map(|image| {
                    let size = [image.width() as usize, image.height() as usize];
                    let image = egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw());
                    ui.ctx()
                        .load_texture("export-preview", image, egui::TextureOptions::LINEAR)
                });
            self.preview = Some(Preview { key, result });
        }
        let Some(preview) = &self.preview else { return };
        match &preview.result {
            Ok(texture) => {
                egui::ScrollArea::both().show(ui, |ui| {
                    let size = texture.size_vec2();
                    let width = ui.available_width().min(size.x);
                    ui.add(egui::Image::new(texture).fit_to_exact_size(size * (width / size.x)))
                        .on_hover_text("Preview at scale 1");
                });
            }
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, format!("No preview: {e}"));
            }
        }
    }
}
