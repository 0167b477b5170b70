//! Reading and writing `.ron` project files.
//!
//! The format is pretty RON with one field per line, stages and channels in
//! display order, cells sorted by stage id then channel id (so moving a
//! stage changes only the stage list), and empty fields left out, so files
//! diff and merge well. Format 1 wrote cells in display order; it reads the
//! same and is written as format 2. Saving what was just loaded gives the
//! same bytes. Loading validates everything and reports problems with a line
//! and column.

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{
    Cell, CellKey, Channel, ChannelId, ChannelKind, Conflict, ConflictAt, FORMAT_VERSION, Invalid,
    Persona, Polarity, Project, Score, Signal, SignalId, Stage, StageId,
};

mod disk;

pub use disk::{OutputFormat, PNG, Written, check_output, read, write};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A problem in a file's text, with its 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Why a file could not be loaded or saved. Display gives `file:line:column: message`.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: the file is {size} bytes, over the {} MiB limit for a project", path.display(), MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}:{error}", path.display())]
    Invalid { path: PathBuf, error: ParseError },
    #[error("{}: cannot save: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot save: the file is read-only. Save under another name, or make it writable first", path.display())]
    ReadOnly { path: PathBuf },
    #[error("{}: not saved: another program changed the file after it was read. Its version is left as it is", path.display())]
    ChangedOnDisk { path: PathBuf },
    #[error("{}: not overwritten: it is the map being exported", path.display())]
    IsInput { path: PathBuf },
    #[error("{}: not overwritten: it is not a {format} file", path.display())]
    OtherFormat { path: PathBuf, format: &'static str },
    #[error("{}: cannot save: the map could not be written as text: {message}", path.display())]
    Serialize { path: PathBuf, message: String },
}

impl FileError {
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
}

/// Reads and validates a project file.
pub fn load(path: &Path) -> Result<Project, FileError> {
    open(path).map(|loaded| loaded.project)
}

/// Reads and validates a project file, keeping what is known of the file.
pub fn open(path: &Path) -> Result<Loaded, FileError> {
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
    write(path, text.as_bytes(), expected)
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
            Err(ParseError {
                line,
                column,
                message: "the file is not valid UTF-8 text".to_owned(),
            })
        }
    }
}

/// Parses and validates a project from RON text.
pub fn parse(text: &str) -> Result<Project, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ParseError {
            line: 1,
            column: 1,
            message: "the file is empty: a map starts with `(format: 2, ...)`".to_owned(),
        });
    }
    let (file, log) = match tracked_parse(text, None) {
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
        (Err(message), Some(ordinal)) => {
            // Parse again, failing at the culprit id, to learn its position.
            match tracked_parse(text, Some((ordinal, message.clone()))) {
                Err(error) => Err(error),
                Ok(_) => Err(ParseError {
                    line: 1,
                    column: 1,
                    message,
                }),
            }
        }
        (Err(message), None) => Err(ParseError {
            line: 1,
            column: 1,
            message,
        }),
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
        Some(index) => Err(ParseError {
            line: index + 1,
            column: 1,
            message: "git merge conflict markers: this file is in the middle of a merge. \
                      Run `journeymap git-setup` so git merges maps with `journeymap merge`, \
                      then merge again; or keep one version of each conflicting part and \
                      delete the marker lines"
                .to_owned(),
        }),
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

/// RON escapes every character Rust's `escape_debug` does, including Persian
/// diacritics and the zero-width non-joiner. Put those back as themselves so
/// Persian text stays readable; keep escapes for control characters and for
/// invisible direction marks, which would otherwise hide in the file.
fn unescape_printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // In RON output a backslash only ever starts an escape inside a string.
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

// ---------------------------------------------------------------------------
// Format version

#[derive(Deserialize)]
#[serde(rename = "map")]
struct Header {
    #[serde(deserialize_with = "de_format")]
    #[allow(dead_code)]
    format: u32,
}

fn de_format<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let format = u32::deserialize(d)?;
    if format > FORMAT_VERSION {
        TRACKER.with(|t| t.borrow_mut().newer_format = true);
        return Err(serde::de::Error::custom(format!(
            "this file has format {format}, from a newer Journeymap; this version reads format {FORMAT_VERSION} and older. Update Journeymap to open it"
        )));
    }
    if format == 0 {
        return Err(serde::de::Error::custom(
            "format 0 is not a Journeymap format",
        ));
    }
    Ok(format)
}

/// Reports a file from a newer version as such, rather than by its first
/// unknown field. Other problems are left for the full parse to report.
fn check_format_version(text: &str) -> Result<(), ParseError> {
    let _guard = TrackerGuard::new(None);
    match ron::Options::default().from_str::<Header>(text) {
        Err(error) if TRACKER.with(|t| t.borrow().newer_format) => Err(parse_error(&error)),
        _ => Ok(()),
    }
}

fn parse_error(error: &ron::error::SpannedError) -> ParseError {
    ParseError {
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Id tracking: semantic errors (a duplicate id, a cell at an unknown stage)
// are found after parsing. To point at the culprit, every id read is logged
// in text order; the file is then parsed again, failing at the culprit's
// ordinal so that RON reports its line and column.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    StageDef,
    ChannelDef,
    SignalDef,
    StageRef,
    ChannelRef,
}

#[derive(Default)]
struct Tracker {
    log: Vec<(Role, u64)>,
    fail_at: Option<(usize, String)>,
    newer_format: bool,
}

thread_local! {
    static TRACKER: RefCell<Tracker> = RefCell::default();
}

/// Resets the tracker on creation and on drop, so no state leaks between parses.
struct TrackerGuard;

impl TrackerGuard {
    fn new(fail_at: Option<(usize, String)>) -> Self {
        TRACKER.with(|t| {
            *t.borrow_mut() = Tracker {
                fail_at,
                ..Tracker::default()
            };
        });
        Self
    }
}

impl Drop for TrackerGuard {
    fn drop(&mut self) {
        TRACKER.with(|t| *t.borrow_mut() = Tracker::default());
    }
}

fn tracked_parse(
    text: &str,
    fail_at: Option<(usize, String)>,
) -> Result<(FileProject, Vec<(Role, u64)>), ParseError> {
    let _guard = TrackerGuard::new(fail_at);
    let file = ron::Options::default()
        .from_str::<FileProject>(text)
        .map_err(|e| parse_error(&e))?;
    let log = TRACKER.with(|t| std::mem::take(&mut t.borrow_mut().log));
    Ok((file, log))
}

fn de_tracked<'de, D: Deserializer<'de>>(d: D, role: Role) -> Result<u64, D::Error> {
    let text = String::deserialize(d)?;
    let id = crate::model::parse_hex_id(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "`{text}` is not a valid id (expected 1 to 16 hex digits)"
        ))
    })?;
    TRACKER.with(|t| {
        let mut t = t.borrow_mut();
        let ordinal = t.log.len();
        t.log.push((role, id));
        match &t.fail_at {
            Some((at, message)) if *at == ordinal => Err(serde::de::Error::custom(message)),
            _ => Ok(id),
        }
    })
}

fn de_stage_def<'de, D: Deserializer<'de>>(d: D) -> Result<StageId, D::Error> {
    de_tracked(d, Role::StageDef).map(StageId)
}
fn de_channel_def<'de, D: Deserializer<'de>>(d: D) -> Result<ChannelId, D::Error> {
    de_tracked(d, Role::ChannelDef).map(ChannelId)
}
fn de_signal_def<'de, D: Deserializer<'de>>(d: D) -> Result<SignalId, D::Error> {
    de_tracked(d, Role::SignalDef).map(SignalId)
}
fn de_stage_ref<'de, D: Deserializer<'de>>(d: D) -> Result<StageId, D::Error> {
    de_tracked(d, Role::StageRef).map(StageId)
}
fn de_channel_ref<'de, D: Deserializer<'de>>(d: D) -> Result<ChannelId, D::Error> {
    de_tracked(d, Role::ChannelRef).map(ChannelId)
}

fn ser_id<S: Serializer, T: fmt::Display>(id: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(id)
}

/// The ordinal of the `nth` (0-based) log entry with `role` (and `id`, if given).
fn nth_in_log(log: &[(Role, u64)], role: Role, id: Option<u64>, nth: usize) -> Option<usize> {
    log.iter()
        .enumerate()
        .filter(|(_, (r, i))| *r == role && id.is_none_or(|id| id == *i))
        .nth(nth)
        .map(|(ordinal, _)| ordinal)
}

fn de_score<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Score>, D::Error> {
    d.deserialize_any(ScoreVisitor).map(Some)
}

/// Scores are whole numbers from -2 to 2; say so for 2.5 or 7 or "high".
struct ScoreVisitor;

const SCORE_RULE: &str = "scores are whole numbers from -2 (very negative) to 2 (very positive)";

impl serde::de::Visitor<'_> for ScoreVisitor {
    type Value = Score;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a score: {SCORE_RULE}")
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Score, E> {
        Score::new(value)
            .ok_or_else(|| E::custom(format!("score {value} is out of range: {SCORE_RULE}")))
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Score, E> {
        self.visit_i64(i64::try_from(value).unwrap_or(i64::MAX))
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Score, E> {
        Err(E::custom(format!(
            "score {value} is not allowed: {SCORE_RULE}"
        )))
    }
}

#[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)]
fn ser_score<S: Serializer>(score: &Option<Score>, s: S) -> Result<S::Ok, S::Error> {
    match score {
        Some(score) => s.serialize_i8(score.value()),
        None => s.serialize_none(),
    }
}

// ---------------------------------------------------------------------------
// The file's shape. Separate from the model so the model stays free of
// file concerns and the format can evolve with migrations. Each struct is
// renamed to the user's word for it, which is what error messages show.

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "map")]
struct FileProject {
    #[serde(deserialize_with = "de_format")]
    format: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    title: String,
    #[serde(default, skip_serializing_if = "is_default")]
    persona: FilePersona,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    stages: Vec<FileStage>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    channels: Vec<FileChannel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cells: Vec<FileCell>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    conflicts: Vec<FileConflict>,
}

/// A disagreement left by `journeymap merge`; see [`crate::model::Conflict`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "conflict")]
struct FileConflict {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_conflict_at")]
    at: ConflictAt,
    #[serde(default)]
    base: String,
    #[serde(default)]
    ours: String,
    #[serde(default)]
    theirs: String,
}

fn de_conflict_at<'de, D: Deserializer<'de>>(d: D) -> Result<ConflictAt, D::Error> {
    String::deserialize(d)?
        .parse()
        .map_err(serde::de::Error::custom)
}

#[derive(Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "persona")]
struct FilePersona {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "stage")]
struct FileStage {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_stage_def")]
    id: StageId,
    #[serde(default)]
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "channel")]
struct FileChannel {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_channel_def")]
    id: ChannelId,
    #[serde(default)]
    name: String,
    #[serde(default, skip_serializing_if = "is_default")]
    kind: ChannelKind,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "cell")]
struct FileCell {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_stage_ref")]
    stage: StageId,
    #[serde(serialize_with = "ser_id", deserialize_with = "de_channel_ref")]
    channel: ChannelId,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    action: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    impact: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    notes: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_score",
        deserialize_with = "de_score"
    )]
    ideal: Option<Score>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_score",
        deserialize_with = "de_score"
    )]
    real: Option<Score>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    signals: Vec<FileSignal>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "signal")]
struct FileSignal {
    #[serde(serialize_with = "ser_id", deserialize_with = "de_signal_def")]
    id: SignalId,
    polarity: Polarity,
    #[serde(default)]
    text: String,
}

impl FileProject {
    fn from_project(project: &Project) -> Self {
        Self {
            format: FORMAT_VERSION,
            title: project.title.clone(),
            persona: FilePersona {
                name: project.persona.name.clone(),
                description: project.persona.description.clone(),
            },
            stages: project
                .stages
                .iter()
                .map(|s| FileStage {
                    id: s.id,
                    name: s.name.clone(),
                    description: s.description.clone(),
                })
                .collect(),
            channels: project
                .channels
                .iter()
                .map(|c| FileChannel {
                    id: c.id,
                    name: c.name.clone(),
                    kind: c.kind,
                })
                .collect(),
            cells: project
                .cells_by_id()
                .into_iter()
                .map(|(key, cell)| FileCell {
                    stage: key.stage,
                    channel: key.channel,
                    owner: cell.owner.clone(),
                    action: cell.action.clone(),
                    impact: cell.impact.clone(),
                    notes: cell.notes.clone(),
                    ideal: cell.ideal,
                    real: cell.real,
                    signals: cell
                        .signals
                        .iter()
                        .map(|s| FileSignal {
                            id: s.id,
                            polarity: s.polarity,
                            text: s.text.clone(),
                        })
                        .collect(),
                })
                .collect(),
            conflicts: project
                .conflicts
                .iter()
                .map(|c| FileConflict {
                    at: c.at,
                    base: c.base.clone(),
                    ours: c.ours.clone(),
                    theirs: c.theirs.clone(),
                })
                .collect(),
        }
    }

    /// Builds the project. On failure, gives the message and, where one id is
    /// to blame, its ordinal in the id log.
    fn into_project(self, log: &[(Role, u64)]) -> (Result<Project, String>, Option<usize>) {
        // Two cell records for one stage x channel crossing is a file-level problem.
        let mut seen = std::collections::HashSet::new();
        for (index, cell) in self.cells.iter().enumerate() {
            if !seen.insert((cell.stage, cell.channel)) {
                let message = format!(
                    "a second cell for stage `{}` and channel `{}`: each crossing has one cell",
                    cell.stage, cell.channel
                );
                return (Err(message), nth_in_log(log, Role::StageRef, None, index));
            }
        }
        let stages = self
            .stages
            .into_iter()
            .map(|s| Stage {
                id: s.id,
                name: s.name,
                description: s.description,
            })
            .collect();
        let channels = self
            .channels
            .into_iter()
            .map(|c| Channel {
                id: c.id,
                name: c.name,
                kind: c.kind,
            })
            .collect();
        let cells = self.cells.into_iter().map(|c| {
            let cell = Cell {
                owner: c.owner,
                action: c.action,
                impact: c.impact,
                notes: c.notes,
                ideal: c.ideal,
                real: c.real,
                signals: c
                    .signals
                    .into_iter()
                    .map(|s| Signal {
                        id: s.id,
                        polarity: s.polarity,
                        text: s.text,
                    })
                    .collect(),
            };
            (CellKey::new(c.stage, c.channel), cell)
        });
        let persona = Persona {
            name: self.persona.name,
            description: self.persona.description,
        };
        let conflicts = self
            .conflicts
            .into_iter()
            .map(|c| Conflict {
                at: c.at,
                base: c.base,
                ours: c.ours,
                theirs: c.theirs,
            })
            .collect();
        match Project::from_parts(self.title, persona, stages, channels, cells) {
            Ok(project) => (
                Ok(Project {
                    conflicts,
                    ..project
                }),
                None,
            ),
            Err(invalid) => {
                let culprit = match invalid {
                    Invalid::DuplicateStage { index, .. } => {
                        nth_in_log(log, Role::StageDef, None, index)
                    }
                    Invalid::DuplicateChannel { index, .. } => {
                        nth_in_log(log, Role::ChannelDef, None, index)
                    }
                    Invalid::DuplicateSignal { id } => {
                        nth_in_log(log, Role::SignalDef, Some(id.0), 1)
                    }
                    Invalid::UnknownStage { id } => nth_in_log(log, Role::StageRef, Some(id.0), 0),
                    Invalid::UnknownChannel { id } => {
                        nth_in_log(log, Role::ChannelRef, Some(id.0), 0)
                    }
                };
                (Err(invalid.to_string()), culprit)
            }
        }
    }
}
