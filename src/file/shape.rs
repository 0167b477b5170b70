//! The file's shape, separate from the model so the model stays free of
//! file concerns and the format can evolve with migrations; and how ids and
//! scores are read so that every problem has a line and column.

use std::cell::RefCell;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Fault, ParseError};
use crate::i18n::Lang;
use crate::model::{
    Cause, Cell, CellKey, Channel, ChannelId, ChannelKind, Conflict, ConflictAt, Direction,
    FORMAT_VERSION, Invalid, Persona, Polarity, Principle, Project, Score, Signal, SignalId, Stage,
    StageId, Tags,
};

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
    let format = d.deserialize_any(FormatVisitor)?;
    if format > FORMAT_VERSION {
        TRACKER.with(|t| {
            let mut t = t.borrow_mut();
            t.newer_format = true;
            t.found_format = format;
        });
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

/// The format version: a whole number; anything else is named as not a
/// Journeymap format rather than as a number out of some type's bounds.
struct FormatVisitor;

impl FormatVisitor {
    fn not_a_format<E: serde::de::Error>(value: impl fmt::Display) -> E {
        E::custom(format!(
            "format {value} is not a Journeymap format: the format is a whole number, {FORMAT_VERSION} for the maps this version writes"
        ))
    }
}

impl serde::de::Visitor<'_> for FormatVisitor {
    type Value = u32;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the format version, a whole number")
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<u32, E> {
        self.visit_i128(value.into())
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<u32, E> {
        self.visit_u128(value.into())
    }

    fn visit_i128<E: serde::de::Error>(self, value: i128) -> Result<u32, E> {
        u32::try_from(value).map_err(|_| Self::not_a_format(value))
    }

    fn visit_u128<E: serde::de::Error>(self, value: u128) -> Result<u32, E> {
        u32::try_from(value).map_err(|_| Self::not_a_format(value))
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<u32, E> {
        Err(Self::not_a_format(format!("{value:?}")))
    }
}

/// Reports a file from a newer version as such, rather than by its first
/// unknown field. Other problems are left for the full parse to report.
pub(super) fn check_format_version(text: &str) -> Result<(), ParseError> {
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
        fault: fault_of(&error.code),
    }
}

/// The kind of a RON error, for the editor to describe in its language.
fn fault_of(code: &ron::Error) -> Fault {
    use ron::Error as E;
    let names = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let expected = match code {
        E::Eof => return Fault::EndOfFile,
        E::UnexpectedChar(c) => return Fault::UnexpectedChar(*c),
        E::TrailingCharacters => return Fault::TrailingText,
        E::NoSuchStructField {
            expected, found, ..
        } => {
            return Fault::UnknownField {
                found: found.clone(),
                expected: names(expected),
            };
        }
        E::MissingStructField { field, .. } => return Fault::MissingField((*field).to_owned()),
        E::DuplicateStructField { field, .. } => {
            return Fault::DuplicateField((*field).to_owned());
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            return Fault::UnknownValue {
                found: found.clone(),
                expected: names(expected),
            };
        }
        E::Message(_) if TRACKER.with(|t| t.borrow().newer_format) => {
            return Fault::NewerFormat {
                found: TRACKER.with(|t| t.borrow().found_format),
            };
        }
        E::Message(_) => {
            return TRACKER
                .with(|t| t.borrow_mut().fault.take())
                .unwrap_or_default();
        }
        E::ExpectedComma => "parse-expected-comma",
        E::ExpectedString | E::ExpectedStringEnd => "parse-expected-string",
        E::ExpectedInteger | E::ExpectedFloat | E::IntegerOutOfBounds => "parse-expected-number",
        E::ExpectedBoolean => "parse-expected-boolean",
        E::ExpectedArray => "parse-expected-list",
        E::ExpectedArrayEnd => "parse-expected-list-end",
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => "parse-expected-group",
        E::ExpectedStructLikeEnd => "parse-expected-group-end",
        E::ExpectedMapColon => "parse-expected-colon",
        E::ExpectedIdentifier => "parse-expected-name",
        _ => return Fault::Other,
    };
    Fault::Expected(expected)
}

// ---------------------------------------------------------------------------
// Id tracking: semantic errors (a duplicate id, a cell at an unknown stage)
// are found after parsing. To point at the culprit, every id read is logged
// in text order; the file is then parsed again, failing at the culprit's
// ordinal so that RON reports its line and column.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    StageDef,
    ChannelDef,
    SignalDef,
    StageRef,
    ChannelRef,
}

#[derive(Default)]
struct Tracker {
    log: Vec<(Role, u64)>,
    fail_at: Option<(usize, String, Fault)>,
    newer_format: bool,
    found_format: u32,
    /// The kind of the last error one of our readers raised.
    fault: Option<Fault>,
}

thread_local! {
    static TRACKER: RefCell<Tracker> = RefCell::default();
}

/// Resets the tracker on creation and on drop, so no state leaks between parses.
struct TrackerGuard;

impl TrackerGuard {
    fn new(fail_at: Option<(usize, String, Fault)>) -> Self {
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

pub(super) fn tracked_parse(
    text: &str,
    fail_at: Option<(usize, String, Fault)>,
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
        raise(
            Fault::BadId { text: text.clone() },
            format!("`{text}` is not a valid id (expected 1 to 16 hex digits)"),
        )
    })?;
    let fail = TRACKER.with(|t| {
        let mut t = t.borrow_mut();
        let ordinal = t.log.len();
        t.log.push((role, id));
        match &t.fail_at {
            Some((at, message, fault)) if *at == ordinal => Some((message.clone(), fault.clone())),
            _ => None,
        }
    });
    match fail {
        Some((message, fault)) => Err(raise(fault, message)),
        None => Ok(id),
    }
}

/// A reader's error, its kind noted for [`fault_of`].
fn raise<E: serde::de::Error>(fault: Fault, message: impl fmt::Display) -> E {
    TRACKER.with(|t| t.borrow_mut().fault = Some(fault));
    E::custom(message)
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
        Score::new(value).ok_or_else(|| {
            raise(
                Fault::BadScore {
                    value: value.to_string(),
                },
                format!("score {value} is out of range: {SCORE_RULE}"),
            )
        })
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Score, E> {
        self.visit_u128(value.into())
    }

    fn visit_i128<E: serde::de::Error>(self, value: i128) -> Result<Score, E> {
        match i64::try_from(value) {
            Ok(value) => self.visit_i64(value),
            Err(_) => Err(out_of_range(value)),
        }
    }

    fn visit_u128<E: serde::de::Error>(self, value: u128) -> Result<Score, E> {
        match i64::try_from(value) {
            Ok(value) => self.visit_i64(value),
            Err(_) => Err(out_of_range(value)),
        }
    }

    /// `2.0` is the whole number 2 (a spreadsheet may write it so); `2.5` is not.
    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Score, E> {
        if value.fract() == 0.0 && value.abs() <= 2.0 {
            return self.visit_i64(value as i64);
        }
        Err(raise(
            Fault::BadScore {
                value: format!("{value:?}"),
            },
            format!("score {value:?} is not allowed: {SCORE_RULE}"),
        ))
    }
}

fn out_of_range<E: serde::de::Error>(value: impl fmt::Display) -> E {
    raise(
        Fault::BadScore {
            value: value.to_string(),
        },
        format!("score {value} is out of range: {SCORE_RULE}"),
    )
}

#[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)]
fn ser_score<S: Serializer>(score: &Option<Score>, s: S) -> Result<S::Ok, S::Error> {
    match score {
        Some(score) => s.serialize_i8(score.value()),
        None => s.serialize_none(),
    }
}

/// An optional value written bare (`cause: Process`, `language: Fa`), as
/// scores are; absent when `None`.
fn de_bare<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

fn ser_bare<S: Serializer, T: Serialize>(value: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => value.serialize(s),
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
pub(super) struct FileProject {
    #[serde(deserialize_with = "de_format")]
    format: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    title: String,
    #[serde(default, skip_serializing_if = "is_default")]
    persona: FilePersona,
    #[serde(default, skip_serializing_if = "is_default")]
    direction: Direction,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_bare",
        deserialize_with = "de_bare"
    )]
    language: Option<Lang>,
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_bare",
        deserialize_with = "de_bare"
    )]
    cause: Option<Cause>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    principles: Vec<Principle>,
}

impl FileProject {
    pub(super) fn from_project(project: &Project) -> Self {
        Self {
            format: FORMAT_VERSION,
            title: project.title.clone(),
            persona: FilePersona {
                name: project.persona.name.clone(),
                description: project.persona.description.clone(),
            },
            direction: project.direction,
            language: project.language,
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
                            cause: s.tags.cause,
                            principles: s.tags.principles.clone(),
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
    pub(super) fn into_project(
        self,
        log: &[(Role, u64)],
    ) -> (Result<Project, (String, Fault)>, Option<usize>) {
        // Two cell records for one stage x channel crossing is a file-level problem.
        let mut seen = std::collections::HashSet::new();
        for (index, cell) in self.cells.iter().enumerate() {
            if !seen.insert((cell.stage, cell.channel)) {
                let message = format!(
                    "a second cell for stage `{}` and channel `{}`: each crossing has one cell",
                    cell.stage, cell.channel
                );
                let culprit = nth_in_log(log, Role::StageRef, None, index);
                return (Err((message, Fault::DuplicateCell)), culprit);
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
                        tags: Tags {
                            cause: s.cause,
                            principles: {
                                let mut p = s.principles;
                                p.sort();
                                p.dedup();
                                p
                            },
                        },
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
                    direction: self.direction,
                    language: self.language,
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
                let fault = match invalid {
                    Invalid::DuplicateStage { id, .. } => Fault::DuplicateId {
                        kind: "stage",
                        id: id.to_string(),
                    },
                    Invalid::DuplicateChannel { id, .. } => Fault::DuplicateId {
                        kind: "channel",
                        id: id.to_string(),
                    },
                    Invalid::DuplicateSignal { id } => Fault::DuplicateId {
                        kind: "signal",
                        id: id.to_string(),
                    },
                    Invalid::UnknownStage { id } => Fault::UnknownRef {
                        kind: "stage",
                        id: id.to_string(),
                    },
                    Invalid::UnknownChannel { id } => Fault::UnknownRef {
                        kind: "channel",
                        id: id.to_string(),
                    },
                };
                (Err((invalid.to_string(), fault)), culprit)
            }
        }
    }
}
