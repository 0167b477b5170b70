//! The open document's file as the editor handles it: open, save and
//! reload, the unsaved-changes guard, the questions they ask and their
//! answers, and the crash-recovery copy.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::{AUTOSAVE_DELAY, JourneyApp};
use crate::file::FileError;
use crate::format::Format;
use crate::model::Project;
use crate::tr;
use crate::ui::action::Selection;
use crate::ui::grid::Grid;
use crate::ui::messages::file_error_words;
use crate::ui::prompts::{Answer, FileRequest, Pending, Prompt};
use crate::ui::settings::file_name;

impl JourneyApp {
    /// Replaces the open document with the file at `path`, or with the map
    /// an export at `path` carries. On failure the current document stays
    /// open and the error is shown.
    pub fn open_path(&mut self, path: &Path) {
        if Format::of_path(path).is_some_and(crate::carried::carries) {
            self.open_carried(path);
            return;
        }
        match self.doc.open(path) {
            Ok(opened) => {
                self.reset_view();
                self.settings.add_recent(path);
                self.say_recovered(path, opened.recovered.as_ref());
                if let Some((line, _)) = opened.comment {
                    self.messages
                        .warn(tr!("warn-comments", name = file_name(path), line = line).into());
                }
            }
            Err(e) => {
                self.settings.recent.retain(|p| p != path || path.exists());
                self.messages
                    .error(format!("{}\n\n{}", tr!("error-open"), file_error_words(&e)));
            }
        }
    }

    /// Opens the map the export at `path` carries, as a new, unsaved map,
    /// says so, and asks where to save it as a map file.
    fn open_carried(&mut self, path: &Path) {
        match super::exports::read_import(path) {
            Ok((project, _)) => {
                self.replace_document(project, None);
                self.notice = Some(tr!("notice-opened-carried", name = file_name(path)).into());
                // Beside the export, named after it.
                let suggested = path.with_extension(Format::Map.extension());
                let suggested = suggested.to_string_lossy();
                self.ask_path(FileRequest::Save(None), &suggested, &[Format::Map]);
            }
            Err(detail) => self.messages.error(format!(
                "{}

{detail}",
                tr!("error-open")
            )),
        }
    }

    /// Tells what was done with a backup an interrupted save had left.
    fn say_recovered(&mut self, path: &Path, recovered: Option<&crate::file::Recovery>) {
        let name = file_name(path);
        match recovered {
            Some(crate::file::Recovery::Restored { .. }) => self
                .messages
                .warn(tr!("notice-recovered-restored", name = name).into()),
            Some(crate::file::Recovery::Removed { .. }) => {
                self.notice = Some(tr!("notice-recovered-removed", name = name).into());
            }
            None => {}
        }
    }

    pub(super) fn replace_document(&mut self, project: Project, path: Option<PathBuf>) {
        self.doc.replace(project, path);
        self.reset_view();
    }

    /// A fresh view for a document just put in place.
    fn reset_view(&mut self) {
        self.selection = Selection::Project;
        self.grid = Grid::default();
        self.compare = None;
    }

    /// Saves to the current path, or asks for one, then runs `then`.
    pub(super) fn save(&mut self, ask_path: bool, then: Option<Pending>) {
        match (self.doc.path(), ask_path) {
            (Some(path), false) => {
                let path = path.to_owned();
                self.save_then(&path, then);
            }
            _ => {
                let suggested = self.suggested_file_name(Format::Map.extension());
                self.ask_path(FileRequest::Save(then), &suggested, &[Format::Map]);
            }
        }
    }

    pub(super) fn save_then(&mut self, path: &Path, then: Option<Pending>) {
        if self.save_to(path)
            && let Some(pending) = then
        {
            self.after_save = Some(pending);
        }
    }

    /// Saves to `path`; on failure the document stays open and unsaved, and
    /// the recovery file is brought up to date. If someone else changed the
    /// open file since it was read or saved, asks before overwriting it.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let result = self.doc.save(path, true);
        self.after_write(path, result)
    }

    /// Saves to `path` whatever is on disk.
    fn force_save_to(&mut self, path: &Path) -> bool {
        let result = self.doc.save(path, false);
        self.after_write(path, result)
    }

    /// Tells the user how a save went; a failed one asks or explains, and
    /// keeps the recovery copy up to date.
    fn after_write(
        &mut self,
        path: &Path,
        result: Result<crate::file::Written, FileError>,
    ) -> bool {
        match result {
            Ok(written) => {
                self.settings.add_recent(path);
                self.notice = written.hard_links.map(|links| {
                    tr!("notice-hard-links", name = file_name(path), links = links).into()
                });
                self.say_recovered(path, written.recovered.as_ref());
                true
            }
            Err(e) => {
                match e {
                    FileError::ReadOnly { .. } => {
                        self.prompt = Some(Prompt::ReadOnly(path.to_owned()));
                    }
                    // Someone else saved the file since it was read.
                    FileError::ChangedOnDisk { .. } => self.prompt = Some(Prompt::ChangedOnDisk),
                    e => self.messages.error(format!(
                        "{}\n\n{}",
                        tr!("error-save"),
                        file_error_words(&e)
                    )),
                }
                self.write_recovery();
                false
            }
        }
    }

    /// The open file's fingerprint on disk now, if someone else changed it.
    pub fn changed_on_disk(&self) -> Option<u64> {
        self.doc.changed_on_disk()
    }

    /// Replaces the open document with what is on disk now.
    pub(super) fn reload(&mut self) {
        if let Some(path) = self.doc.path().map(Path::to_owned) {
            self.open_path(&path);
        }
        self.doc.dismiss_external();
    }

    /// The open file's name, or one made from the title, with `extension`.
    pub(super) fn suggested_file_name(&self, extension: &str) -> String {
        if let Some(stem) = self.doc.path().and_then(Path::file_stem) {
            return format!("{}.{extension}", stem.to_string_lossy());
        }
        let title: String = self
            .project()
            .title
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let title = title.trim_matches('-');
        let stem = if title.is_empty() {
            "journey-map".to_owned()
        } else {
            title.to_lowercase()
        };
        format!("{stem}.{extension}")
    }

    /// Runs `pending` now, or asks first when there are unsaved changes.
    pub(super) fn guard_unsaved(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.is_dirty() {
            self.prompt = Some(Prompt::Unsaved(pending));
        } else {
            self.run_pending(ctx, pending);
        }
    }

    pub(super) fn run_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Replace(project) => self.replace_document(*project, None),
            Pending::Open(None) => self.ask_path(FileRequest::Open, "", &Format::OPENS),
            Pending::Open(Some(path)) => self.open_path(&path),
            Pending::Quit => {
                self.doc.clear_recovery();
                self.quit_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Writes unsaved work to the recovery file a little after the last change.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(changed_at) = self.doc.changed_at() else {
            return;
        };
        let waited = self.now - changed_at;
        if waited >= AUTOSAVE_DELAY {
            self.write_recovery();
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_DELAY - waited));
        }
    }

    /// Writes (or clears) the recovery file now.
    pub fn write_recovery(&mut self) {
        if let Err(e) = self.doc.write_recovery() {
            log::error!("cannot write the recovery file: {e}");
            self.messages.error(format!(
                "{}\n\n{}",
                tr!("error-recovery-write"),
                file_error_words(&e)
            ));
        }
    }

    /// Does what the answer to `prompt` says.
    pub(super) fn answered(&mut self, ctx: &egui::Context, prompt: Prompt, answer: Answer) {
        match (prompt, answer) {
            (Prompt::Unsaved(pending), Answer::Save) => self.save(false, Some(pending)),
            (Prompt::Unsaved(pending), Answer::Discard) => self.run_pending(ctx, pending),
            (Prompt::Delete(edit, _), Answer::Delete) => self.apply_edit(edit, None),
            (Prompt::ChangedOnDisk, Answer::Overwrite) => {
                if let Some(path) = self.doc.path().map(Path::to_owned) {
                    self.force_save_to(&path);
                }
            }
            (Prompt::ChangedOnDisk, Answer::Reload) => self.reload(),
            (Prompt::ChangedOnDisk | Prompt::ReadOnly(_), Answer::SaveAs) => {
                self.save(true, None);
            }
            (Prompt::Replace(path, request), Answer::Replace) => {
                self.finish_request(request, &path);
            }
            (Prompt::Restore(orphan), Answer::Restore) => match orphan.load() {
                Ok(project) => {
                    let path = orphan.original.clone().filter(|p| p.exists());
                    self.doc.restore(project, path);
                    self.reset_view();
                    orphan.discard();
                    self.write_recovery();
                }
                Err(e) => self.messages.error(format!(
                    "{}\n\n{}",
                    tr!("error-recovery-read"),
                    file_error_words(&e)
                )),
            },
            (Prompt::Restore(orphan), _) => orphan.discard(),
            _ => {}
        }
    }
}
