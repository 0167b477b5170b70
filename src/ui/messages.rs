//! Errors and warnings for the user, queued so that none replaces another:
//! they are shown one after another, in the order they happened.

use std::collections::VecDeque;

use eframe::egui;

use crate::export::ExportError;
use crate::file::{Fault, FileError, ParseError};
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
            crate::ui::layout::mirrored(ui, |ui| {
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

/// A path in a sentence: isolated, so a Latin path keeps its order inside
/// Persian words and the other way round.
fn path_words(path: &std::path::Path) -> String {
    format!("\u{2068}{}\u{2069}", path.display())
}

/// Why the system refused, in the interface's language for the usual
/// reasons; the system's own words otherwise.
fn io_words(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    if error.get_ref().is_some() {
        return crate::file::io_words(error);
    }
    let key = match error.kind() {
        ErrorKind::NotFound => "fault-not-found",
        ErrorKind::PermissionDenied => "fault-permission",
        ErrorKind::StorageFull => "fault-no-space",
        ErrorKind::IsADirectory => "fault-is-folder",
        ErrorKind::QuotaExceeded => "fault-quota",
        ErrorKind::FileTooLarge => "fault-file-too-large",
        ErrorKind::ReadOnlyFilesystem => "fault-read-only-disk",
        _ => return crate::file::io_words(error),
    };
    tr!(key).into()
}

/// A file error's detail in the interface's language. A position in a
/// file stays `file:line:column` in ASCII digits, which editors and CI
/// parse; the parser's own description of the fault stays as it wrote it.
pub fn file_error_words(error: &FileError) -> String {
    let text = match error {
        FileError::Read { path, source } => tr!(
            "fault-read",
            path = path_words(path),
            reason = io_words(source)
        ),
        FileError::TooLarge { path, size } => tr!(
            "fault-too-large",
            path = path_words(path),
            size = *size,
            limit = crate::file::MAX_FILE_BYTES / (1024 * 1024)
        ),
        FileError::Invalid { path, error } => {
            let at = format!("{}:{}:{}", path.display(), error.line, error.column);
            tr!(
                "fault-invalid",
                at = format!("\u{2066}{at}\u{2069}"),
                message = parse_words(error)
            )
        }
        FileError::Write { path, source } => tr!(
            "fault-write",
            path = path_words(path),
            reason = io_words(source)
        ),
        FileError::NoFolder { path, folder } => tr!(
            "fault-no-folder",
            path = path_words(path),
            folder = path_words(folder)
        ),
        FileError::Exists { path } => tr!("fault-exists", path = path_words(path)),
        FileError::MapTooLarge { path, size } => tr!(
            "fault-map-too-large",
            path = path_words(path),
            size = size.div_ceil(1024 * 1024),
            limit = crate::file::MAX_FILE_BYTES / (1024 * 1024)
        ),
        FileError::ReadOnly { path } => tr!("fault-read-only", path = path_words(path)),
        FileError::ChangedOnDisk { path } => {
            tr!("fault-changed-on-disk", path = path_words(path))
        }
        FileError::IsInput { path } => tr!("fault-is-input", path = path_words(path)),
        FileError::OtherFormat { path, format } => tr!(
            "fault-other-format",
            path = path_words(path),
            format = format.name(crate::i18n::ui())
        ),
        FileError::Serialize { path, message } => tr!(
            "fault-serialize",
            path = path_words(path),
            message = message.as_str()
        ),
    };
    text.into()
}

/// What is wrong in the map an export carries, with its line and column.
pub fn carried_map_words(error: &ParseError) -> String {
    tr!(
        "error-carried-invalid",
        line = error.line,
        column = error.column,
        message = parse_words(error)
    )
    .into()
}

/// Why an export gave back no map, in the interface's language.
pub fn carried_error_words(error: &crate::carried::CarriedError) -> String {
    use crate::carried::CarriedError;
    match error {
        CarriedError::NoMap(format) => tr!(
            "error-carried-none",
            format = format.name(crate::i18n::ui())
        ),
        CarriedError::Unreadable(format, reason) => tr!(
            "error-carried-unreadable",
            format = format.name(crate::i18n::ui()),
            reason = reason.clone()
        ),
        CarriedError::TooLarge(format) => tr!(
            "error-carried-too-large",
            format = format.name(crate::i18n::ui()),
            limit = crate::file::MAX_FILE_BYTES / (1024 * 1024)
        ),
    }
    .into()
}

/// What is wrong in a file's text, in the interface's language; faults
/// without words of their own keep the parser's English.
fn parse_words(error: &ParseError) -> String {
    let text = match &error.fault {
        Fault::Other => return error.message.clone(),
        Fault::NotUtf8 => tr!("parse-not-utf8"),
        Fault::Empty => tr!("parse-empty"),
        Fault::ConflictMarkers => tr!("parse-conflict-markers"),
        Fault::NewerFormat { found } => tr!(
            "parse-newer-format",
            found = *found,
            ours = crate::model::FORMAT_VERSION
        ),
        Fault::EndOfFile => tr!("parse-end-of-file"),
        Fault::Expected(what) => tr!("parse-expected", what = tr!(what)),
        Fault::UnexpectedChar(c) => tr!("parse-unexpected-char", char = c.to_string()),
        Fault::TrailingText => tr!("parse-trailing"),
        Fault::UnknownField { found, expected } => tr!(
            "parse-unknown-field",
            found = found.as_str(),
            expected = expected.as_str()
        ),
        Fault::MissingField(field) => tr!("parse-missing-field", field = field.as_str()),
        Fault::DuplicateField(field) => tr!("parse-duplicate-field", field = field.as_str()),
        Fault::UnknownValue { found, expected } => tr!(
            "parse-unknown-value",
            found = found.as_str(),
            expected = expected.as_str()
        ),
        Fault::BadId { text } => tr!("parse-bad-id", text = text.as_str()),
        Fault::BadScore { value } => {
            tr!("parse-bad-score", value = crate::i18n::ui().digits(value))
        }
        Fault::DuplicateId { kind, id } => tr!(
            "parse-duplicate-id",
            kind = tr!(&format!("parse-kind-{kind}")),
            id = id.as_str()
        ),
        Fault::UnknownRef { kind, id } => tr!(
            "parse-unknown-ref",
            kind = tr!(&format!("parse-kind-{kind}")),
            id = id.as_str()
        ),
        Fault::DuplicateCell => tr!("parse-duplicate-cell"),
    };
    text.into()
}

/// An export error's detail in the interface's language.
pub fn export_error_words(error: &ExportError) -> String {
    let text = match error {
        ExportError::Write(error) => return file_error_words(error),
        ExportError::BadScale(scale) => tr!("fault-bad-scale", scale = *scale),
        ExportError::TooLarge {
            width,
            height,
            largest_scale,
        } => {
            let too_large = tr!(
                "fault-image-too-large",
                width = *width,
                height = *height,
                megapixels = crate::export::MAX_PIXELS / 1_000_000,
                side = crate::export::MAX_SIDE
            );
            let advice = match largest_scale {
                Some(scale) => tr!("fault-try-scale", scale = *scale),
                None => tr!("fault-no-scale-fits"),
            };
            crate::i18n::Text::new(format!("{too_large} {advice}"))
        }
        ExportError::NoMemory { width, height } => {
            tr!("fault-no-memory", width = *width, height = *height)
        }
        ExportError::Encode(message) => tr!("fault-encode", message = message.as_str()),
        ExportError::Document(format, message) => tr!(
            "fault-document",
            format = *format,
            message = message.as_str()
        ),
        ExportError::PageTooLarge { width, height } => tr!(
            "fault-page-too-large",
            width = format!("{width:.0}"),
            height = format!("{height:.0}"),
            largest = crate::export::MAX_PAGE_INCHES
        ),
        // Only the command line writes to standard output.
        ExportError::Stdout(_) => return error.to_string(),
    };
    text.into()
}

// ---- imports ---------------------------------------------------------------

fn too_large_words() -> String {
    tr!(
        "error-import-too-large",
        limit = crate::file::MAX_FILE_BYTES / (1024 * 1024)
    )
    .into()
}

pub fn csv_error_words(error: &crate::csv_in::CsvError) -> String {
    use crate::csv_in::CsvError;
    match error {
        CsvError::Empty => tr!("error-csv-empty"),
        CsvError::Syntax { line, message } => {
            tr!("error-csv-syntax", line = *line, message = message.as_str())
        }
        CsvError::MissingColumn(column) => tr!(
            "error-csv-missing-column",
            column = *column,
            columns = crate::export::table::cell_columns().join(", ")
        ),
        CsvError::NoCells => tr!("error-csv-no-cells"),
        CsvError::TooLarge => return too_large_words(),
    }
    .into()
}

pub fn csv_problem_words(problem: &crate::csv_in::Problem) -> String {
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
        Problem::UnknownLaneKind { kind } => {
            tr!("warn-csv-lane-kind", kind = kind.as_str())
        }
        Problem::NotANumber { value } => tr!("warn-csv-not-a-number", value = value.as_str()),
        Problem::TooManyPersonas { name } => tr!(
            "warn-csv-too-many-personas",
            name = name.as_str(),
            count = crate::model::MAX_PERSONAS
        ),
    }
    .into()
}

pub fn mermaid_problem_words(problem: &crate::mermaid::Problem) -> String {
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

pub fn mermaid_error_words(error: &crate::mermaid::MermaidError) -> String {
    use crate::mermaid::MermaidError;
    match error {
        MermaidError::NotAJourney => tr!("error-not-a-journey").into(),
        MermaidError::NoTasks => tr!("error-journey-no-tasks").into(),
        MermaidError::TooLarge => too_large_words(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::i18n::{self, Lang};

    fn read_only() -> FileError {
        FileError::ReadOnly {
            path: PathBuf::from("maps/bank.ron"),
        }
    }

    fn invalid() -> FileError {
        FileError::Invalid {
            path: PathBuf::from("maps/bank.ron"),
            error: ParseError {
                line: 12,
                column: 7,
                message: "Expected comma".to_owned(),
                fault: Fault::Expected("parse-expected-comma"),
            },
        }
    }

    #[test]
    fn rtl_error_details_speak_persian_and_keep_ascii_positions() {
        i18n::set_ui(Lang::Fa);
        assert_eq!(
            file_error_words(&read_only()),
            "\u{2068}maps/bank.ron\u{2069}: ذخیره نمی‌شود: پرونده فقط‌خواندنی است. \
             با نام دیگری ذخیره کنید، یا نخست آن را نوشتنی کنید"
        );
        // The position stays as editors read it: file:line:column.
        assert_eq!(
            file_error_words(&invalid()),
            "\u{2066}maps/bank.ron:12:7\u{2069}: این‌جا ویرگول (,) باید بیاید"
        );
        let missing = FileError::Read {
            path: PathBuf::from("gone.ron"),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        assert_eq!(
            file_error_words(&missing),
            "\u{2068}gone.ron\u{2069}: خوانده نمی‌شود: چنین پرونده یا پوشه‌ای نیست"
        );
        let duplicate = FileError::Invalid {
            path: PathBuf::from("m.ron"),
            error: ParseError {
                line: 9,
                column: 18,
                message: "stage id `00000000000000a1` is used twice".to_owned(),
                fault: Fault::DuplicateId {
                    kind: "stage",
                    id: "00000000000000a1".to_owned(),
                },
            },
        };
        assert_eq!(
            file_error_words(&duplicate),
            "\u{2066}m.ron:9:18\u{2069}: شناسهٔ مرحله `00000000000000a1` دو بار آمده است"
        );
        let too_large = ExportError::TooLarge {
            width: 40_000,
            height: 3_000,
            largest_scale: Some(2),
        };
        assert!(
            export_error_words(&too_large).contains("۴۰۰۰۰ × ۳۰۰۰ پیکسل"),
            "{}",
            export_error_words(&too_large)
        );
        i18n::set_ui(Lang::En);
    }

    #[test]
    fn english_error_details_read_as_the_command_line_writes_them() {
        i18n::set_ui(Lang::En);
        let strip = |s: String| s.replace(['\u{2066}', '\u{2068}', '\u{2069}'], "");
        assert_eq!(
            strip(file_error_words(&read_only())),
            read_only().to_string()
        );
        assert_eq!(
            strip(file_error_words(&invalid())),
            "maps/bank.ron:12:7: expected a comma here"
        );
    }
}
