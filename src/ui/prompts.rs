//! Modal questions and windows: unsaved changes, delete, recover, errors,
//! the keyboard shortcut list and About; and what waits for their answers or for
//! a file dialog's.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::command::{Command, GESTURES};
use crate::export;
use crate::format::Format;
use crate::i18n::Text;
use crate::model::Edit;
use crate::recovery::Orphan;
use crate::tr;

/// What to do once the user has answered "Save / Discard / Cancel".
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Replace the open map with this new, never-saved one.
    Replace(Box<crate::model::Project>),
    Open(Option<PathBuf>),
    Quit,
}

/// What waits for a path from a file dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum FileRequest {
    Open,
    /// Another version of the open map, to compare with.
    Compare,
    /// Save, then carry on with what the save was for (New, Open, Quit).
    Save(Option<Pending>),
    /// The map in another format (the options matter to the infographic).
    Export(export::Options, Format),
    /// A Mermaid `journey` diagram or a cells CSV to make a new map from.
    Import,
    /// Survey results to measure the open map with.
    Survey,
}

impl FileRequest {
    /// Whether the request reads the file picked, rather than writes it.
    pub fn reads(&self) -> bool {
        matches!(
            self,
            Self::Open | Self::Compare | Self::Import | Self::Survey
        )
    }
}

/// A modal question.
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    Unsaved(Pending),
    Delete(Edit, String),
    Restore(Orphan),
    /// Save found that someone else changed the open file.
    ChangedOnDisk,
    /// Save refused to overwrite a read-only file.
    ReadOnly(PathBuf),
    /// The file picked in the editor's own file browser exists.
    Replace(PathBuf, FileRequest),
}

/// The user's answer to a prompt, whatever the buttons say (labels are
/// for people, and get translated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Save,
    Discard,
    Delete,
    Overwrite,
    Reload,
    SaveAs,
    Restore,
    Replace,
    Cancel,
}

impl Answer {
    fn label(self) -> Text {
        tr!(match self {
            Self::Save => "answer-save",
            Self::Discard => "answer-discard",
            Self::Delete => "answer-delete",
            Self::Overwrite => "answer-overwrite",
            Self::Reload => "answer-reload",
            Self::SaveAs => "answer-save-as",
            Self::Restore => "answer-restore",
            Self::Replace => "answer-replace",
            Self::Cancel => "answer-cancel",
        })
    }
}

/// Shows `prompt` as a modal question; the answer once the user gives one.
/// `document` names the open map, `path` is its file.
pub(super) fn prompt_ui(
    ctx: &egui::Context,
    prompt: &Prompt,
    document: &str,
    path: Option<&Path>,
) -> Option<Answer> {
    let mut answer: Option<Answer> = None;
    // The buttons, and which one has the focus: never the one that
    // destroys something.
    let (title, text, buttons, safe): (Text, Text, &[Answer], Answer) = match prompt {
        Prompt::Unsaved(_) => (
            tr!("prompt-unsaved-title"),
            tr!("prompt-unsaved", document = document),
            &[Answer::Save, Answer::Discard, Answer::Cancel],
            Answer::Save,
        ),
        Prompt::Delete(_, question) => (
            tr!("prompt-delete-title"),
            Text::new(question.clone()),
            &[Answer::Delete, Answer::Cancel],
            Answer::Cancel,
        ),
        Prompt::ChangedOnDisk => (
            tr!("prompt-changed-title"),
            tr!(
                "prompt-changed",
                path = path.map(|p| p.display().to_string()).unwrap_or_default()
            ),
            &[
                Answer::Overwrite,
                Answer::Reload,
                Answer::SaveAs,
                Answer::Cancel,
            ],
            Answer::SaveAs,
        ),
        Prompt::ReadOnly(path) => (
            tr!("prompt-read-only-title"),
            tr!("prompt-read-only", path = path.display().to_string()),
            &[Answer::SaveAs, Answer::Cancel],
            Answer::SaveAs,
        ),
        Prompt::Replace(path, _) => (
            tr!("prompt-replace-title"),
            tr!("prompt-replace", path = path.display().to_string()),
            &[Answer::Replace, Answer::Cancel],
            Answer::Cancel,
        ),
        Prompt::Restore(orphan) => (
            tr!("prompt-restore-title"),
            match orphan.original.as_deref() {
                Some(path) => tr!("prompt-restore-file", path = path.display().to_string()),
                None => tr!("prompt-restore"),
            },
            &[Answer::Restore, Answer::Discard],
            Answer::Restore,
        ),
    };
    let modal = egui::Modal::new(egui::Id::unique("prompt")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        crate::ui::layout::mirrored(ui, |ui| {
            ui.heading(title);
            ui.add_space(6.0);
            super::bidi::paragraph_ui(ui, &text, None);
            ui.add_space(10.0);
            ui.horizontal(|ui| {
                for &choice in buttons {
                    let button = ui.button(choice.label());
                    if choice == safe && !ui.memory(|m| m.focused().is_some()) {
                        button.request_focus();
                    }
                    if button.clicked() {
                        answer = Some(choice);
                    }
                }
            });
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Answer::Cancel);
    }
    answer
}

/// The keyboard shortcut list (F1), while `open`.
pub(super) fn shortcuts_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new(tr!("cmd-shortcuts"))
        .open(open)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui| {
            // Longer than a small window is high: it scrolls.
            let room = ui.ctx().content_rect().height() - 120.0;
            egui::ScrollArea::vertical()
                .max_height(room.max(200.0))
                .show(ui, |ui| {
                    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                        // Keys first in reading order: at the right in Persian.
                        let row = |ui: &mut egui::Ui, keys: String, what: Text| {
                            if crate::i18n::ui().is_rtl() {
                                ui.label(what);
                                ui.monospace(keys);
                            } else {
                                ui.monospace(keys);
                                ui.label(what);
                            }
                            ui.end_row();
                        };
                        for command in Command::ALL {
                            let keys = command.shortcut_text(ui.ctx());
                            if !keys.is_empty() {
                                row(ui, keys, command.description());
                            }
                        }
                        for key in super::keymap::Key::ALL {
                            let keys = key.keys_text(ui.ctx());
                            row(ui, keys, key.description());
                        }
                        for gesture in GESTURES {
                            row(
                                ui,
                                tr!(gesture, modifier = command_modifier(ui.ctx())).into(),
                                tr!(&format!("{gesture}.description")),
                            );
                        }
                    });
                });
        });
}

/// The platform's command modifier as shortcuts write it: "Ctrl", "Cmd".
fn command_modifier(ctx: &egui::Context) -> String {
    let shortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::A);
    let text = ctx.format_shortcut(&shortcut);
    text.trim_end_matches('A').trim_end_matches('+').to_owned()
}

/// The font licence shipped beside the fonts.
const OFL: &str = include_str!("../../assets/fonts/OFL.txt");

/// Help → About: the version, the licence and the fonts' licences, while `open`.
pub(super) fn about_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new(tr!("cmd-about"))
        .open(open)
        .resizable(false)
        .collapsible(false)
        .default_width(440.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.set_width(440.0);
            crate::ui::layout::mirrored(ui, |ui| {
                crate::ui::layout::row(ui, |ui| {
                    if let Some(icon) = super::icon::texture(ui.ctx()) {
                        ui.add(
                            egui::Image::new(&icon)
                                .alt_text("Journeymap")
                                .fit_to_exact_size(egui::vec2(48.0, 48.0)),
                        );
                    }
                    ui.vertical(|ui| {
                        crate::ui::layout::mirrored(ui, |ui| {
                            ui.heading("Journeymap");
                            ui.label(tr!("about-version", version = env!("CARGO_PKG_VERSION")));
                        });
                    });
                });
                ui.add_space(8.0);
                // Wrapped and mixed-direction: laid out as paragraphs.
                let paragraph = |ui: &mut egui::Ui, text: Text| {
                    super::bidi::paragraph_ui(ui, &String::from(text), None);
                };
                paragraph(ui, tr!("about-description"));
                paragraph(ui, tr!("about-licence"));
                ui.add_space(8.0);
                ui.strong(tr!("about-fonts"));
                paragraph(ui, tr!("about-font-vazirmatn"));
                ui.add_space(4.0);
                paragraph(ui, tr!("about-font-fallback"));
                ui.collapsing(tr!("about-ofl"), |ui| {
                    egui::ScrollArea::vertical()
                        .min_scrolled_height(240.0)
                        .max_height(240.0)
                        .show(ui, |ui| {
                            // The licence is English only, left to right.
                            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                                ui.label(egui::RichText::new(OFL).small());
                            });
                        });
                });
            });
        });
}
