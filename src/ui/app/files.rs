//! The open document's files as the editor handles them: open, save and
//! export with their dialogs and questions, the unsaved-changes guard, and
//! the crash-recovery copy.

use std::path::{Path, PathBuf};

use eframe::egui;

use crate::tr;

use super::{AUTOSAVE_DELAY, JourneyApp};
use crate::export;
use crate::export::table::Table;
use crate::file::FileError;
use crate::model::Project;
use crate::ui::action::{Action, Selection};
use crate::ui::file_browser::{FileBrowser, Mode, Outcome};
use crate::ui::files::{SaveFormat, with_extension};
use crate::ui::grid::Grid;
use crate::ui::messages::{export_error_words, file_error_words};
use crate::ui::prompts::{self, Answer, FileRequest, Pending, Prompt};
use crate::ui::settings::file_name;

impl JourneyApp {
    /// Replaces the open document with the file at `path`. On failure the
    /// current document stays open and the error is shown.
    pub fn open_path(&mut self, path: &Path) {
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
        match (&self.doc.path, ask_path) {
            (Some(path), false) => {
                let path = path.clone();
                self.save_then(&path, then);
            }
            _ => {
                let suggested = self.suggested_file_name("ron");
                self.ask_path(FileRequest::Save(then), &suggested, SaveFormat::Project);
            }
        }
    }

    fn save_then(&mut self, path: &Path, then: Option<Pending>) {
        if self.save_to(path)
            && let Some(pending) = then
        {
            self.after_save = Some(pending);
        }
    }

    /// Asks for another version of the map to compare with.
    pub(super) fn compare_with(&mut self) {
        self.ask_path(FileRequest::Compare, "", SaveFormat::Project);
    }

    /// Asks where to open or save, with the native dialog or, where there is
    /// none, the editor's own file browser; `request` says what follows.
    fn ask_path(&mut self, request: FileRequest, suggested: &str, format: SaveFormat) {
        if self.dialogs.available() {
            let picked = if request.reads() {
                self.dialogs.pick_open(format)
            } else {
                self.dialogs.pick_save(suggested, format)
            };
            if let Some(path) = picked {
                self.finish_request(request, &path);
            }
            return;
        }
        let extensions = format.extensions();
        let start = self
            .doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .filter(|dir| !dir.as_os_str().is_empty())
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let (title, mode) = match request {
            FileRequest::Open => (tr!("browse-open"), Mode::Open),
            FileRequest::Compare => (tr!("browse-compare"), Mode::Open),
            FileRequest::ExportTable(Table::Cells) => (tr!("browse-export-cells"), Mode::Save),
            FileRequest::ExportTable(Table::Plan) => (tr!("browse-export-plan"), Mode::Save),
            FileRequest::Export(_, kind) => (
                match kind {
                    export::Kind::Png => tr!("browse-export-png"),
                    export::Kind::Pdf => tr!("browse-export-pdf"),
                    export::Kind::Svg => tr!("browse-export-svg"),
                },
                Mode::Save,
            ),
            FileRequest::Import => (tr!("browse-import-mermaid"), Mode::Open),
            FileRequest::ExportMermaid => (tr!("browse-export-mermaid"), Mode::Save),
            _ => (tr!("browse-save"), Mode::Save),
        };
        let dialog = FileBrowser::new(&title, mode, extensions, &start, suggested);
        self.in_app_dialog = Some((dialog, request));
    }

    /// Does what was waiting for a path.
    pub(super) fn finish_request(&mut self, request: FileRequest, path: &Path) {
        match request {
            FileRequest::Open => self.open_path(path),
            FileRequest::Compare => match crate::file::load(path) {
                Ok(other) => {
                    let compare = crate::ui::compare::Compare::new(file_name(path), other);
                    self.compare = Some(compare);
                }
                Err(e) => self.messages.error(format!(
                    "{}\n\n{}",
                    tr!("error-compare"),
                    file_error_words(&e)
                )),
            },
            FileRequest::Save(then) => {
                let path = with_extension(path, SaveFormat::Project);
                self.save_then(&path, then);
            }
            FileRequest::Export(options, kind) => {
                let path = with_extension(path, SaveFormat::of(kind));
                self.write_export(options, kind, &path);
            }
            FileRequest::ExportTable(table) => {
                let path = with_extension(path, SaveFormat::Csv);
                self.write_table(table, &path);
            }
            FileRequest::Import => self.import_from(path),
            FileRequest::ExportMermaid => {
                let path = with_extension(path, SaveFormat::Mermaid);
                self.write_mermaid(&path);
            }
        }
    }

    /// Asks for a Mermaid `journey` diagram to make a new map from.
    pub(super) fn import_mermaid(&mut self) {
        self.ask_path(FileRequest::Import, "", SaveFormat::Import);
    }

    /// A new, unsaved map from the diagram at `path`, once unsaved work is
    /// settled; what the diagram said that could not be kept is shown.
    fn import_from(&mut self, path: &Path) {
        match read_import(path) {
            Ok((project, warnings)) => {
                if !warnings.is_empty() {
                    let lines: Vec<String> = warnings
                        .iter()
                        .map(|(line, problem)| format!("{}:{line}: {problem}", path.display()))
                        .collect();
                    self.messages.warn(format!(
                        "{}\n\n{}",
                        tr!("warn-import", count = warnings.len()),
                        lines.join("\n")
                    ));
                }
                let pending = Pending::Replace(Box::new(project));
                if self.is_dirty() {
                    self.prompt = Some(Prompt::Unsaved(pending));
                } else if let Pending::Replace(project) = pending {
                    self.replace_document(*project, None);
                }
            }
            Err(detail) => self
                .messages
                .error(format!("{}\n\n{detail}", tr!("error-import"))),
        }
    }

    /// Asks where to write the map as a Mermaid diagram and writes it.
    pub(super) fn export_mermaid(&mut self) {
        let suggested = self.suggested_file_name("mmd");
        self.ask_path(FileRequest::ExportMermaid, &suggested, SaveFormat::Mermaid);
    }

    fn write_mermaid(&mut self, path: &Path) {
        let inputs: Vec<&Path> = self.doc.path.as_deref().into_iter().collect();
        let text = crate::mermaid::write(self.doc.history.project());
        // The file dialog has asked before replacing a file.
        let written = crate::file::check_output(path, &inputs, crate::file::MERMAID, true)
            .and_then(|()| crate::file::write(path, text.as_bytes(), None).map(|_| ()));
        match written {
            Ok(()) => {
                self.notice =
                    Some(tr!("notice-exported", path = path.display().to_string()).into());
            }
            Err(e) => self.messages.error(format!(
                "{}\n\n{}",
                tr!("error-export-mermaid"),
                file_error_words(&e)
            )),
        }
    }

    /// Draws the editor's own file browser while it is open.
    pub(super) fn in_app_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some((dialog, _)) = &mut self.in_app_dialog else {
            return;
        };
        match dialog.ui(ctx) {
            Outcome::Open => {}
            Outcome::Picked(path) => {
                let Some((_, request)) = self.in_app_dialog.take() else {
                    return;
                };
                // The system's save dialogs ask before replacing a file;
                // so does this one.
                let replaces = !request.reads()
                    && path.exists()
                    && self.doc.path.as_deref() != Some(path.as_path());
                if replaces {
                    self.prompt = Some(Prompt::Replace(path, request));
                } else {
                    self.finish_request(request, &path);
                }
            }
            Outcome::Cancelled => self.in_app_dialog = None,
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
    pub(super) fn force_save_to(&mut self, path: &Path) -> bool {
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

    /// When the window gets the focus back, checks whether someone else
    /// changed the open file, and says so once per change.
    pub(super) fn check_disk_on_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        if focused
            && !self.was_focused
            && let Some(now) = self.changed_on_disk()
            && self.doc.external != Some(now)
        {
            self.doc.external = Some(now);
        }
        self.was_focused = focused;
    }

    /// Replaces the open document with what is on disk now.
    pub(super) fn reload(&mut self) {
        if let Some(path) = self.doc.path.clone() {
            self.open_path(&path);
        }
        self.doc.external = None;
    }

    /// The open file's name, or one made from the title, with `extension`.
    pub(super) fn suggested_file_name(&self, extension: &str) -> String {
        if let Some(stem) = self.doc.path.as_deref().and_then(Path::file_stem) {
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

    /// Asks where to write the PNG, PDF or SVG and writes it; failures are shown.
    pub(super) fn export_infographic(&mut self, options: export::Options, kind: export::Kind) {
        let format = SaveFormat::of(kind);
        let suggested = self.suggested_file_name(format.filter().1);
        self.ask_path(FileRequest::Export(options, kind), &suggested, format);
    }

    /// Asks where to write a CSV table and writes it; failures are shown.
    pub(super) fn export_csv(&mut self, table: Table) {
        let suggested = match table {
            Table::Cells => self.suggested_file_name("csv"),
            Table::Plan => {
                let name = self.suggested_file_name("csv");
                format!("{}-plan.csv", name.strip_suffix(".csv").unwrap_or(&name))
            }
        };
        self.ask_path(FileRequest::ExportTable(table), &suggested, SaveFormat::Csv);
    }

    fn write_table(&mut self, table: Table, path: &Path) {
        let inputs: Vec<&Path> = self.doc.path.as_deref().into_iter().collect();
        // The file dialog has asked before replacing a file.
        match export::table::write_csv(self.doc.history.project(), table, path, &inputs, true) {
            Ok(()) => {
                self.notice =
                    Some(tr!("notice-exported", path = path.display().to_string()).into());
            }
            Err(e) => self.messages.error(format!(
                "{}\n\n{}",
                tr!("error-export-csv"),
                file_error_words(&e)
            )),
        }
    }

    fn write_export(&mut self, options: export::Options, kind: export::Kind, path: &Path) {
        let inputs: Vec<&Path> = self.doc.path.as_deref().into_iter().collect();
        let failed = match kind {
            export::Kind::Png => tr!("error-export-png"),
            export::Kind::Pdf => tr!("error-export-pdf"),
            export::Kind::Svg => tr!("error-export-svg"),
        };
        match export::write(
            self.doc.history.project(),
            &options,
            kind,
            path,
            &inputs,
            false,
        ) {
            Ok(()) => {
                self.notice =
                    Some(tr!("notice-exported", path = path.display().to_string()).into());
            }
            Err(e @ export::ExportError::Write(_)) => {
                let detail = export_error_words(&e);
                self.messages.error(format!("{failed}\n\n{detail}"));
            }
            Err(e) => {
                let detail = export_error_words(&e);
                self.messages
                    .error(format!("{failed}\n\n{}: {detail}", path.display()));
            }
        }
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
            Pending::Open(None) => self.ask_path(FileRequest::Open, "", SaveFormat::Project),
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
        let Some(changed_at) = self.doc.changed_at else {
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

    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.actions.push(Action::OpenPath(path));
        }
    }

    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.quit_confirmed && self.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.prompt = Some(Prompt::Unsaved(Pending::Quit));
        }
    }

    /// Shows the open question, and does what its answer says.
    pub(super) fn prompt_ui(&mut self, ctx: &egui::Context) {
        let Some(prompt) = self.prompt.clone() else {
            return;
        };
        let title = self.window_title();
        let document = title
            .trim_end_matches(" — Journeymap")
            .trim_end_matches('*');
        let Some(answer) = prompts::prompt_ui(ctx, &prompt, document, self.doc.path.as_deref())
        else {
            return;
        };
        self.prompt = None;
        match (prompt, answer) {
            (Prompt::Unsaved(pending), Answer::Save) => self.save(false, Some(pending)),
            (Prompt::Unsaved(pending), Answer::Discard) => self.run_pending(ctx, pending),
            (Prompt::Delete(edit, _), Answer::Delete) => self.apply_edit(edit, None),
            (Prompt::ChangedOnDisk, Answer::Overwrite) => {
                if let Some(path) = self.doc.path.clone() {
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

/// A new map from a Mermaid diagram or a cells CSV (see [`crate::import`]),
/// with its warnings (line and words) in the interface's language.
fn read_import(path: &Path) -> Result<(Project, Vec<(u64, String)>), String> {
    use crate::import::{ImportError, Warning};
    let imported = crate::import::read(path).map_err(|e| match e {
        ImportError::File(e) => file_error_words(&e),
        ImportError::Encoding(e) => tr!(
            "error-import-encoding",
            line = e.line,
            column = e.column,
            byte = format!("{:02X}", e.byte)
        )
        .into(),
        ImportError::Csv(e) => csv_error_words(&e),
        ImportError::Mermaid(e) => match e {
            crate::mermaid::MermaidError::NotAJourney => tr!("error-not-a-journey").into(),
            crate::mermaid::MermaidError::NoTasks => tr!("error-journey-no-tasks").into(),
            crate::mermaid::MermaidError::TooLarge => too_large_words(),
        },
    })?;
    let warnings = imported
        .warnings
        .iter()
        .map(|w| match w {
            Warning::Csv(w) => (w.line, csv_problem_words(&w.problem)),
            Warning::Mermaid(w) => (w.line as u64, problem_words(&w.problem)),
        })
        .collect();
    Ok((imported.project, warnings))
}

fn too_large_words() -> String {
    tr!(
        "error-import-too-large",
        limit = crate::file::MAX_FILE_BYTES / (1024 * 1024)
    )
    .into()
}

fn csv_error_words(error: &crate::csv_in::CsvError) -> String {
    use crate::csv_in::CsvError;
    match error {
        CsvError::Empty => tr!("error-csv-empty"),
        CsvError::Syntax { line, message } => {
            tr!("error-csv-syntax", line = *line, message = message.as_str())
        }
        CsvError::MissingColumn(column) => tr!(
            "error-csv-missing-column",
            column = *column,
            columns = export::table::CELL_COLUMNS.join(", ")
        ),
        CsvError::NoCells => tr!("error-csv-no-cells"),
        CsvError::TooLarge => return too_large_words(),
    }
    .into()
}

fn csv_problem_words(problem: &crate::csv_in::Problem) -> String {
    use crate::csv_in::Problem;
    match problem {
        Problem::UnknownColumn { name } => {
            tr!("warn-csv-unknown-column", name = name.as_str())
        }
        Problem::BadScore { column, value } => tr!(
            "warn-csv-bad-score",
            column = *column,
            value = value.as_str()
        ),
        Problem::UnknownTags { signal } => {
            tr!("warn-csv-unknown-tags", signal = signal.as_str())
        }
        Problem::NoPlace => tr!("warn-csv-no-place"),
        Problem::Repeated { stage, channel } => tr!(
            "warn-csv-repeated",
            stage = stage.as_str(),
            channel = channel.as_str()
        ),
    }
    .into()
}

fn problem_words(problem: &crate::mermaid::Problem) -> String {
    use crate::mermaid::Problem;
    match problem {
        Problem::BadScore { task, score } => tr!(
            "warn-import-bad-score",
            task = task.as_str(),
            score = score.as_str()
        ),
        Problem::NoScore { task } => tr!("warn-import-no-score", task = task.as_str()),
        Problem::NotATask { text } => tr!("warn-import-not-a-task", text = text.as_str()),
        Problem::MoreDiagrams { count } => tr!("warn-import-more-diagrams", count = *count),
    }
    .into()
}
