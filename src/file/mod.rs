//! Reading and writing `.ron` project files.
//!
//! The format is pretty RON with one field per line, stages and channels in
//! display order, cells sorted by stage id then channel id (so moving a
//! stage changes only the stage list), and empty fields left out, so files
//! diff and merge well. Format 1 wrote cells in display order; it reads the
//! same and is written as format 2. Saving what was just loaded gives the
//! same bytes. Loading validates everything and reports problems with a line
//! and column.

use std::path::{Path, PathBuf};

use crate::model::Project;

mod around;
mod disk;
mod links;
mod measured;
mod output;
mod readers;
mod shape;
mod writing;

pub use disk::{read, read_limited};
pub use links::Recovery;
pub use output::{check_map_output, check_output};
use readers::{check_format_version, tracked_parse};
use shape::FileProject;
pub use writing::{Written, write};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A problem in a file's text, with its 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    /// What is wrong, in English (the command line's words).
    pub message: String,
    /// What is wrong, for the editor to say in its own language.
    pub fault: Fault,
}

impl ParseError {
    fn new(line: usize, column: usize, fault: Fault, message: impl Into<String>) -> Self {
        Self {
            line,
            column,
            message: message.into(),
            fault,
        }
    }
}

/// The kind of problem a [`ParseError`] reports, with what the editor needs
/// to describe it in any language. `Other` faults are described by their
/// English message only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Fault {
    #[default]
    Other,
    NotUtf8,
    Empty,
    ConflictMarkers,
    NewerFormat {
        found: u32,
    },
    EndOfFile,
    /// The parser wanted one of these, named by its message's key:
    /// "parse-expected-comma", "parse-expected-list-end", …
    Expected(&'static str),
    UnexpectedChar(char),
    TrailingText,
    UnknownField {
        found: String,
        expected: String,
    },
    MissingField(String),
    DuplicateField(String),
    UnknownValue {
        found: String,
        expected: String,
    },
    /// An id that is not 1 to 16 hex digits.
    BadId {
        text: String,
    },
    /// A score that is not a whole number from -2 to 2.
    BadScore {
        value: String,
    },
    /// An id used twice; `kind` is "stage", "channel" or "signal".
    DuplicateId {
        kind: &'static str,
        id: String,
    },
    /// A cell at a stage or channel (`kind`) that does not exist.
    UnknownRef {
        kind: &'static str,
        id: String,
    },
    /// Two cells for one stage and channel.
    DuplicateCell,
}

/// Why a file could not be loaded or saved. Display gives `file:line:column: message`.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{}: cannot read: {}", path.display(), io_words(source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: the file is {size} bytes, over the {} MiB limit for a project", path.display(), MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}:{error}", path.display())]
    Invalid { path: PathBuf, error: ParseError },
    #[error("{}: cannot save: {}", path.display(), io_words(source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot save: the folder {} does not exist", path.display(), folder.display())]
    NoFolder { path: PathBuf, folder: PathBuf },
    #[error("{}: not overwritten: the file exists. Choose another name", path.display())]
    Exists { path: PathBuf },
    #[error("{}: not written: the map would be {} MiB, over the {} MiB limit for a project", path.display(), size.div_ceil(1024 * 1024), MAX_FILE_BYTES / (1024 * 1024))]
    MapTooLarge { path: PathBuf, size: u64 },
    #[error("{}: cannot save: the file is read-only. Save under another name, or make it writable first", path.display())]
    ReadOnly { path: PathBuf },
    #[error("{}: not saved: another program changed the file after it was read. Its version is left as it is", path.display())]
    ChangedOnDisk { path: PathBuf },
    #[error("{}: not overwritten: it is the map being exported", path.display())]
    IsInput { path: PathBuf },
    #[error("{}: not overwritten: it is not a {}", path.display(), format.name(crate::i18n::Lang::En))]
    OtherFormat {
        path: PathBuf,
        format: crate::format::Format,
    },
    #[error("{}: cannot save: the map could not be written as text: {message}", path.display())]
    Serialize { path: PathBuf, message: String },
}

impl FileError {
    /// The same error, naming the file `name`: git's merge and diff
    /// drivers read temporary copies, which the user knows by the map's path.
    pub fn naming(mut self, name: &Path) -> Self {
        match &mut self {
            Self::Read { path, .. }
            | Self::TooLarge { path, .. }
            | Self::Invalid { path, .. }
            | Self::Write { path, .. }
            | Self::NoFolder { path, .. }
            | Self::Exists { path }
            | Self::MapTooLarge { path, .. }
            | Self::ReadOnly { path }
            | Self::ChangedOnDisk { path }
            | Self::IsInput { path }
            | Self::OtherFormat { path, .. }
            | Self::Serialize { path, .. } => *path = name.to_owned(),
        }
        self
    }

    /// The parse error's position, when the file's content is at fault.
    pub fn parse_error(&self) -> Option<&ParseError> {
        match self {
            Self::Invalid { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// A project read from a file, with what the editor needs to know of the file.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub project: Project,
    /// The [`fingerprint`] of the bytes read.
    pub fingerprint: u64,
    /// Where the first comment is (line, column): comments are not kept
    /// when the map is saved.
    pub comment: Option<(usize, usize)>,
    /// The file is already in the canonical format.
    pub canonical: bool,
    /// A backup an interrupted save had left, dealt with before reading.
    pub recovered: Option<Recovery>,
}

/// Reads and validates a project file.
pub fn load(path: &Path) -> Result<Project, FileError> {
    open(path).map(|loaded| loaded.project)
}

/// Reads and validates a project file, keeping what is known of the file.
pub fn open(path: &Path) -> Result<Loaded, FileError> {
    let recovered = match disk::resolve_links(path) {
        Ok(target) => links::recover(path, &target)?,
        Err(_) => None,
    };
    let bytes = read(path)?;
    let project = parse_bytes(&bytes).map_err(|error| FileError::Invalid {
        path: path.to_owned(),
        error,
    })?;
    let canonical = to_string(&project).is_ok_and(|text| text.as_bytes() == bytes);
    let comment = if canonical {
        None
    } else {
        std::str::from_utf8(&bytes).ok().and_then(first_comment)
    };
    Ok(Loaded {
        project,
        fingerprint: fingerprint(&bytes),
        comment,
        canonical,
        recovered,
    })
}

/// Saves a project (see [`write`] for how the file is kept safe). With
/// `expected`, refuses to replace a file someone else changed since it had
/// that [`fingerprint`].
pub fn save(path: &Path, project: &Project, expected: Option<u64>) -> Result<Written, FileError> {
    let text = to_string(project).map_err(|e| FileError::Serialize {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    // A map no reader would take back is not written.
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::MapTooLarge {
            path: path.to_owned(),
            size: text.len() as u64,
        });
    }
    write(path, text.as_bytes(), expected)
}

/// Why the system refused, in plain words: the usual reasons in our own,
/// others as the system says them, without its "(os error N)".
pub fn io_words(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    // Our own words, already said.
    if let Some(inner) = error.get_ref() {
        return inner.to_string();
    }
    let words = match error.kind() {
        ErrorKind::NotFound => "no such file or folder",
        ErrorKind::PermissionDenied => "permission denied",
        ErrorKind::StorageFull => "no space left on the disk",
        ErrorKind::QuotaExceeded => "the disk quota is used up",
        ErrorKind::FileTooLarge => "the file would be larger than this system allows",
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        ErrorKind::IsADirectory => "it is a folder",
        ErrorKind::NotADirectory => "a part of the path is a file, not a folder",
        ErrorKind::BrokenPipe => "the reader went away",
        _ => {
            let text = error.to_string();
            return match text.rfind(" (os error ") {
                Some(at) if text.ends_with(')') => text[..at].to_owned(),
                _ => text,
            };
        }
    };
    words.to_owned()
}

/// A fingerprint of file content, to notice that someone else changed a
/// file (modification times alone miss fast edits and copies).
pub fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// The [`fingerprint`] of the file at `path` now; `None` if it cannot be read.
pub fn disk_fingerprint(path: &Path) -> Option<u64> {
    read(path).ok().map(|bytes| fingerprint(&bytes))
}

/// The line and column of the first `//` or `/* */` comment, outside strings.
pub fn first_comment(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 2,
                        b'"' => break,
                        _ => i += 1,
                    }
                }
                i += 1;
            }
            // A raw string: r"...", r#"..."#, and so on.
            b'r' if !bytes[..i]
                .last()
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
                if bytes.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                let body = i + 2 + hashes;
                i = bytes[body..]
                    .windows(close.len())
                    .position(|w| w == close)
                    .map_or(bytes.len(), |at| body + at + close.len());
            }
            b'/' if matches!(bytes.get(i + 1), Some(b'/' | b'*')) => {
                return Some(position_of(text, i));
            }
            _ => i += 1,
        }
    }
    None
}

/// The 1-based line and column (in characters) of byte offset `at`.
fn position_of(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.chars().rev().take_while(|&c| c != '\n').count();
    (line, column)
}

/// Parses a project from file bytes (which must be UTF-8; a byte-order mark
/// at the start, as some Windows editors write, is allowed).
pub fn parse_bytes(bytes: &[u8]) -> Result<Project, ParseError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let (line, column) = position_of(&valid, valid.len());
            Err(ParseError::new(
                line,
                column,
                Fault::NotUtf8,
                "the file is not valid UTF-8 text",
            ))
        }
    }
}

/// Parses and validates a project from RON text.
pub fn parse(text: &str) -> Result<Project, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ParseError::new(
            1,
            1,
            Fault::Empty,
            "the file is empty: a map starts with `(format: 2, ...)`",
        ));
    }
    let (file, log) = match tracked_parse::<FileProject>(text, None) {
        Ok(parsed) => parsed,
        // Explain the likely causes of a failed parse in the user's words: a
        // file from a newer version, or one left in the middle of a merge.
        Err(error) => {
            check_format_version(text)?;
            check_conflict_markers(text)?;
            return Err(error);
        }
    };
    let (project, culprit) = file.into_project(&log);
    match (project, culprit) {
        (Ok(project), _) => Ok(project),
        (Err((message, fault)), Some(ordinal)) => {
            // Parse again, failing at the culprit id, to learn its position.
            match tracked_parse::<FileProject>(
                text,
                Some((ordinal, message.clone(), fault.clone())),
            ) {
                Err(error) => Err(error),
                Ok(_) => Err(ParseError::new(1, 1, fault, message)),
            }
        }
        (Err((message, fault)), None) => Err(ParseError::new(1, 1, fault, message)),
    }
}

/// Git leaves `<<<<<<<`, `=======` and `>>>>>>>` lines in a file it could
/// not merge; say so rather than report a syntax error.
fn check_conflict_markers(text: &str) -> Result<(), ParseError> {
    let marker = text.lines().position(|line| {
        ["<<<<<<<", "=======", ">>>>>>>", "|||||||"]
            .iter()
            .any(|m| line.starts_with(m))
    });
    match marker {
        Some(index) => Err(ParseError::new(
            index + 1,
            1,
            Fault::ConflictMarkers,
            "git merge conflict markers: this file is in the middle of a merge. \
             Run `journeymap git-setup` so git merges maps with `journeymap merge`, \
             then merge again; or keep one version of each conflicting part and \
             delete the marker lines",
        )),
        None => Ok(()),
    }
}

/// Serializes a project in the canonical format.
pub fn to_string(project: &Project) -> Result<String, ron::Error> {
    let file = FileProject::from_project(project);
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n".to_owned())
        .indentor("    ".to_owned());
    let text = ron::ser::to_string_pretty(&file, config)?;
    let mut text = unescape_printable(&text);
    text.push('\n');
    Ok(text)
}

/// RON escapes every character Rust's `escape_debug` does, including the
/// apostrophe, Persian diacritics and the zero-width non-joiner. Put those
/// back as themselves so text stays as typed; keep only the escapes RON
/// needs (`\"` and `\\`) and those for control characters and invisible
/// direction marks, which would otherwise hide in the file.
fn unescape_printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // In RON output a backslash only ever starts an escape inside a string.
        if let Some(tail) = rest.strip_prefix("\\'") {
            out.push('\'');
            rest = tail;
            continue;
        }
        if let Some(tail) = rest.strip_prefix("\\u{")
            && let Some(end) = tail.find('}')
            && let Some(c) = u32::from_str_radix(&tail[..end], 16)
                .ok()
                .and_then(char::from_u32)
            && keep_literal(c)
        {
            out.push(c);
            rest = &tail[end + 1..];
            continue;
        }
        let len = rest.chars().take(2).map(char::len_utf8).sum::<usize>();
        out.push_str(&rest[..len]);
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}

/// Characters that may be written literally even though `escape_debug` escapes them.
fn keep_literal(c: char) -> bool {
    let bidi_control = matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let invisible = matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{00ad}');
    !c.is_control() && !bidi_control && !invisible
}
