//! The editor application.

use std::path::PathBuf;

use eframe::egui;

use crate::model::{CellKey, History};

/// The editor: one open project and its history.
pub struct JourneyApp {
    history: History,
    path: Option<PathBuf>,
    error: Option<String>,
}

impl JourneyApp {
    /// Opens `path`, or the bundled sample when `None`. A file that fails to
    /// load leaves the sample open and shows the error.
    pub fn open(path: Option<PathBuf>) -> Self {
        let (project, path, error) = match path {
            None => (crate::samples::default_project(), None, None),
            Some(path) => match crate::file::load(&path) {
                Ok(project) => (project, Some(path), None),
                Err(e) => (crate::samples::default_project(), None, Some(e.to_string())),
            },
        };
        Self {
            history: History::new(project),
            path,
            error,
        }
    }
}

impl eframe::App for JourneyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            let project = self.history.project();
            ui.heading(&project.title);
            if let Some(path) = &self.path {
                ui.label(path.display().to_string());
            }
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            egui::ScrollArea::both().show(ui, |ui| {
                egui::Grid::new("grid").striped(true).show(ui, |ui| {
                    ui.label("");
                    for stage in &project.stages {
                        ui.strong(&stage.name);
                    }
                    ui.end_row();
                    for channel in &project.channels {
                        ui.strong(&channel.name);
                        for stage in &project.stages {
                            let cell = project.cell(CellKey::new(stage.id, channel.id));
                            ui.label(cell.map_or("", |c| c.owner.as_str()));
                        }
                        ui.end_row();
                    }
                });
            });
        });
    }
}
