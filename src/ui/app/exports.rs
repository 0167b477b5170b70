//! Files other than the open map: where to read or write them (the system's
//! dialogs, or the editor's own browser), exports in every format, imports,
//! and another version to compare with.

use std::path::Path;

use super::JourneyApp;
use crate::format::Format;
use crate::model::Project;
use crate::tr;
use crate::ui::file_browser::{FileBrowser, Mode};
use crate::ui::files::{extensions, with_extension};
use crate::ui::messages::{export_error_words, file_error_words};
use crate::ui::prompts::{FileRequest, Pending, Prompt};
use crate::ui::settings::file_name;

impl JourneyApp {
    /// Asks where to open or save, with the native dialog or, where there is
    /// none, the editor's own file browser; `request` says what follows.
    /// A read may pick any of `formats`; a write writes the first. A
    /// `suggested` name with a folder starts there.
    pub(super) fn ask_path(&mut self, request: FileRequest, suggested: &str, formats: &[Format]) {
        if self.dialogs.available() {
            let picked = if request.reads() {
                self.dialogs.pick_open(formats)
            } else {
                formats
                    .first()
                    .and_then(|format| self.dialogs.pick_save(suggested, *format))
            };
            if let Some(path) = picked {
                self.finish_request(request, &path);
            }
            return;
        }
        let named = Path::new(suggested);
        let suggested = named
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let start = folder(named)
            .or_else(|| self.doc.path().and_then(folder))
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let (title, mode) = match &request {
            FileRequest::Open => (tr!("browse-open"), Mode::Open),
            FileRequest::Compare => (tr!("browse-compare"), Mode::Open),
            FileRequest::Import => (tr!("browse-import-mermaid"), Mode::Open),
            FileRequest::Survey => (tr!("browse-import-survey"), Mode::Open),
            FileRequest::Save(_) => (tr!("browse-save"), Mode::Save),
            FileRequest::Export(_, format) => (tr!(format.browse_key()), Mode::Save),
        };
        let extensions = extensions(formats);
        let dialog = FileBrowser::new(&title, mode, &extensions, &start, &suggested);
        self.in_app_dialog = Some((dialog, request));
    }

    /// The editor's own file browser closed: on the path picked, or cancelled.
    pub(super) fn browsed(&mut self, picked: Option<std::path::PathBuf>) {
        let Some((_, request)) = self.in_app_dialog.take() else {
            return;
        };
        let Some(path) = picked else {
            return;
        };
        // The system's save dialogs ask before replacing a file; so does this one.
        let replaces = !request.reads() && path.exists() && self.doc.path() != Some(path.as_path());
        if replaces {
            self.prompt = Some(Prompt::Replace(path, request));
        } else {
            self.finish_request(request, &path);
        }
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
                let path = with_extension(path, Format::Map);
                self.save_then(&path, then);
            }
            FileRequest::Export(options, format) => {
                let path = with_extension(path, format);
                self.write_export(options, format, &path);
            }
            FileRequest::Import => self.import_from(path),
            FileRequest::Survey => {
                self.survey = Some(crate::ui::survey_dialog::SurveyDialog::open(path));
            }
        }
    }

    /// Asks where to write the map in `format`, then writes it.
    pub(super) fn ask_export_path(&mut self, options: crate::export::Options, format: Format) {
        let name = self.suggested_file_name(format.extension());
        let suggested = if format == Format::Plan {
            let stem = name.strip_suffix(".csv").unwrap_or(&name);
            format!("{stem}-plan.csv")
        } else {
            name
        };
        self.ask_path(FileRequest::Export(options, format), &suggested, &[format]);
    }

    fn write_export(&mut self, options: crate::export::Options, format: Format, path: &Path) {
        let inputs: Vec<&Path> = self.doc.path().into_iter().collect();
        // The file dialog has asked before replacing a file; a file of
        // another kind is still refused.
        let force = format.hand_edited();
        let result =
            crate::export::write(self.doc.project(), &options, format, path, &inputs, force);
        let failed = tr!(format.failure_key());
        match result {
            Ok(()) => {
                self.notice =
                    Some(tr!("notice-exported", path = path.display().to_string()).into());
            }
            Err(e @ crate::export::ExportError::Write(_)) => {
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

    /// A new, unsaved map from the diagram or table at `path`, once unsaved
    /// work is settled; what could not be kept is shown.
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
                if self.is_dirty() {
                    self.prompt = Some(Prompt::Unsaved(Pending::Replace(Box::new(project))));
                } else {
                    self.replace_document(project, None);
                }
            }
            Err(detail) => self
                .messages
                .error(format!("{}\n\n{detail}", tr!("error-import"))),
        }
    }
}

/// A new map from a Mermaid diagram, a cells CSV or an export that carries
/// a map (see [`crate::import`]),
/// with its warnings (line and words) in the interface's language.
pub(super) fn read_import(path: &Path) -> Result<(Project, Vec<(u64, String)>), String> {
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
        ImportError::Csv(e) => crate::ui::messages::csv_error_words(&e),
        ImportError::Mermaid(e) => crate::ui::messages::mermaid_error_words(&e),
        ImportError::Carried(e) => crate::ui::messages::carried_error_words(&e),
        ImportError::CarriedMap(e) => crate::ui::messages::carried_map_words(&e),
    })?;
    let warnings = imported
        .warnings
        .iter()
        .map(|w| match w {
            Warning::Csv(w) => (w.line, crate::ui::messages::csv_problem_words(&w.problem)),
            Warning::Mermaid(w) => (
                w.line as u64,
                crate::ui::messages::mermaid_problem_words(&w.problem),
            ),
        })
        .collect();
    Ok((imported.project, warnings))
}

/// The folder `path` names, if it names one.
fn folder(path: &Path) -> Option<&Path> {
    path.parent().filter(|dir| !dir.as_os_str().is_empty())
}
