//! File → Export…: the format (PNG, PDF or SVG) and its options, with a
//! live preview rendered by the export code itself.

use eframe::egui;

use crate::tr;

use crate::export::{self, Options, Paper, Theme, View};
use crate::format::Format;
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
    kind: Option<Format>,
    preview: Option<Preview>,
}

impl ExportDialog {
    /// Opens the dialog drawing the persona the editor shows (`None`: all).
    pub fn open_for(&mut self, persona: Option<crate::model::PersonaId>) {
        self.open = true;
        self.options.persona = persona;
    }

    /// Draws the dialog when open. Returns the options and format when the
    /// user asks to export. The colours are the user's choice in View →
    /// Signal colours.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        scheme: crate::palette::Scheme,
    ) -> Option<(Options, Format)> {
        self.options.scheme = scheme;
        if self
            .options
            .persona
            .is_some_and(|id| project.persona_by_id(id).is_none())
        {
            self.options.persona = None;
        }
        if !self.open {
            self.preview = None;
            return None;
        }
        let mut open = self.open;
        let mut export = None;
        egui::Window::new(tr!("export-title"))
            .open(&mut open)
            .default_width(820.0)
            .default_height(720.0)
            .collapsible(false)
            .show(ctx, |ui| {
                self.options_ui(ui, project);
                ui.separator();
                crate::ui::layout::mirrored(ui, |ui| {
                    ui.horizontal(|ui| {
                        let kind = self.kind();
                        let fits = size(project, &self.options, kind).is_ok();
                        if ui
                            .add_enabled(fits, egui::Button::new(tr!("export-button")))
                            .clicked()
                        {
                            export = Some((self.options, kind));
                        }
                        if ui.button(tr!("answer-cancel")).clicked() {
                            self.open = false;
                        }
                    })
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

    fn kind(&self) -> Format {
        self.kind.unwrap_or(Format::Png)
    }

    fn options_ui(&mut self, ui: &mut egui::Ui, project: &Project) {
        let mut kind = self.kind();
        egui::Grid::new("export-options")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                let options = &mut self.options;
                crate::ui::layout::grid_row(ui, tr!("export-format"), |ui| {
                    for value in Format::INFOGRAPHICS {
                        let (label, hint) = value.choice_keys();
                        crate::ui::choice::radio_value(ui, &mut kind, value, tr!(label))
                            .on_hover_text(tr!(hint));
                    }
                });
                if kind == Format::Pdf {
                    crate::ui::layout::grid_row(ui, tr!("export-paper"), |ui| {
                        for (value, label) in [
                            (Paper::Fit, "export-paper-fit"),
                            (Paper::A4, "export-paper-a4"),
                            (Paper::A3, "export-paper-a3"),
                            (Paper::Letter, "export-paper-letter"),
                        ] {
                            ui.selectable_value(&mut options.paper, value, tr!(label));
                        }
                        ui.add_enabled_ui(options.paper != Paper::Fit, |ui| {
                            crate::ui::choice::checkbox(
                                ui,
                                &mut options.landscape,
                                tr!("export-landscape"),
                            );
                        });
                    });
                }
                if kind == Format::Png {
                    crate::ui::layout::grid_row(ui, tr!("export-scale"), |ui| {
                        for (scale, hint) in [
                            (1, "export-scale-screen"),
                            (2, "export-scale-slides"),
                            (3, "export-scale-print"),
                            (4, "export-scale-large-print"),
                        ] {
                            ui.selectable_value(
                                &mut options.scale,
                                scale,
                                tr!("export-scale-value", scale = scale),
                            )
                            .on_hover_text(tr!(hint));
                        }
                    });
                }
                crate::ui::layout::grid_row(ui, tr!("export-theme"), |ui| {
                    crate::ui::choice::radio_value(
                        ui,
                        &mut options.theme,
                        Theme::Light,
                        tr!("cmd-light"),
                    );
                    crate::ui::choice::radio_value(
                        ui,
                        &mut options.theme,
                        Theme::Dark,
                        tr!("cmd-dark"),
                    );
                });
                crate::ui::layout::grid_row(ui, tr!("export-show"), |ui| {
                    crate::ui::choice::radio_value(
                        ui,
                        &mut options.view,
                        View::Both,
                        tr!("export-show-both"),
                    );
                    crate::ui::choice::radio_value(
                        ui,
                        &mut options.view,
                        View::Ideal,
                        tr!("export-show-ideal"),
                    );
                    crate::ui::choice::radio_value(
                        ui,
                        &mut options.view,
                        View::Real,
                        tr!("export-show-real"),
                    );
                });
                crate::ui::layout::grid_row(ui, tr!("export-language"), |ui| {
                    let map = tr!("export-language-map", language = project.language().name());
                    crate::ui::choice::radio_value(ui, &mut options.language, None, map)
                        .on_hover_text(tr!("export-language-hint"));
                    for lang in crate::i18n::Lang::ALL {
                        crate::ui::choice::radio_value(
                            ui,
                            &mut options.language,
                            Some(lang),
                            lang.name(),
                        );
                    }
                });
                // The web page has its own persona filter.
                if project.personas.len() > 1 && kind != Format::Html {
                    crate::ui::layout::grid_row(ui, tr!("export-persona"), |ui| {
                        crate::ui::choice::radio_value(
                            ui,
                            &mut options.persona,
                            None,
                            tr!("persona-all"),
                        );
                        for persona in &project.personas {
                            let name = crate::ui::words::persona_name(persona);
                            crate::ui::choice::radio_value(
                                ui,
                                &mut options.persona,
                                Some(persona.id),
                                crate::i18n::Text::new(name),
                            );
                        }
                    });
                }
                crate::ui::layout::grid_row(ui, tr!("export-findings"), |ui| {
                    crate::ui::choice::checkbox(
                        ui,
                        &mut options.findings,
                        tr!("export-findings-box"),
                    )
                    .on_hover_text(tr!("export-findings-hint"));
                });
                crate::ui::layout::grid_row(ui, tr!("export-embed-row"), |ui| {
                    crate::ui::choice::checkbox(ui, &mut options.embed, tr!("export-embed"))
                        .on_hover_text(tr!("export-embed.description"));
                });
                crate::ui::layout::grid_row(ui, tr!("export-size"), |ui| {
                    match size(project, options, kind) {
                        Ok(size) => {
                            ui.label(size);
                        }
                        Err(e) => {
                            let detail = super::messages::export_error_words(&e);
                            ui.colored_label(ui.visuals().error_fg_color, detail);
                        }
                    }
                });
            });
        self.kind = Some(kind);
    }

    fn preview_ui(&mut self, ui: &mut egui::Ui, project: &Project, revision: u64) {
        let key = (revision, self.options);
        if self.preview.as_ref().is_none_or(|p| p.key != key) {
            let options = Options {
                scale: 1,
                ..self.options
            };
            let result = export::render(project, &options)
                .map_err(|e| super::messages::export_error_words(&e))
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
                        .on_hover_text(tr!("export-preview-hint"));
                });
            }
            Err(e) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    tr!("export-no-preview", problem = e.as_str()),
                );
            }
        }
    }
}

/// What the export will be: pixels, pages or a drawing's size; or why it
/// cannot be made.
fn size(
    project: &Project,
    options: &Options,
    kind: Format,
) -> Result<crate::i18n::Text, export::ExportError> {
    match kind {
        Format::Png => {
            let (width, height) = export::check(project, options)?.pixel_size(options.scale);
            Ok(tr!("export-pixels", width = width, height = height))
        }
        Format::Pdf => {
            let layout = export::check_vector(project, options)?;
            let pages = export::pages::plan(&layout, options.paper, options.landscape);
            let (w, h) = pages
                .first()
                .map_or((0.0, 0.0), |page| (page.width, page.height));
            let inches = |v: f32| v / 96.0;
            if inches(w).max(inches(h)) > export::MAX_PAGE_INCHES {
                return Err(export::ExportError::PageTooLarge {
                    width: inches(w),
                    height: inches(h),
                });
            }
            let mm = |v: f32| (inches(v) * 25.4).round() as u32;
            Ok(tr!(
                "export-pages",
                pages = pages.len(),
                width = mm(w),
                height = mm(h)
            ))
        }
        Format::Html => Ok(tr!("export-html-size")),
        _ => {
            let layout = export::check_vector(project, options)?;
            Ok(tr!(
                "export-drawing",
                width = layout.width.ceil() as u32,
                height = layout.height.ceil() as u32
            ))
        }
    }
}
