//! Errors and warnings for the user, queued so that none replaces another:
//! they are shown one after another, in the order they happened.

use std::collections::VecDeque;

use eframe::egui;

use crate::tr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Error,
    Warning,
}

/// The queue of messages waiting to be read.
#[derive(Debug, Default)]
pub struct Messages(VecDeque<(Kind, String)>);

impl Messages {
    /// Something failed: a file did not open or save.
    pub fn error(&mut self, text: String) {
        log::warn!("{text}");
        self.0.push_back((Kind::Error, text));
    }

    /// Something worked, with a consequence the user should know of.
    pub fn warn(&mut self, text: String) {
        self.0.push_back((Kind::Warning, text));
    }

    /// Shows the oldest message until the user dismisses it.
    pub fn ui(&mut self, ctx: &egui::Context) {
        let Some((kind, text)) = self.0.front() else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("message")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            super::mirrored(ui, |ui| {
                let (heading, colour) = match kind {
                    Kind::Error => (tr!("message-error"), ui.visuals().error_fg_color),
                    Kind::Warning => (tr!("message-warning"), ui.visuals().warn_fg_color),
                };
                ui.heading(heading);
                ui.add_space(6.0);
                super::bidi::paragraph_ui(ui, text, Some(colour));
                ui.add_space(10.0);
                if self.0.len() > 1 {
                    ui.weak(tr!("message-more", count = self.0.len() - 1));
                }
                ui.button(tr!("message-ok")).clicked()
            })
        });
        if modal.inner || modal.should_close() {
            self.0.pop_front();
        }
    }
}
