//! How a map's values are read so that every problem has a line and
//! column and a kind the editor can word: the format version, ids (logged
//! in text order, so a duplicate or an unknown reference found after
//! parsing can be pointed at), scores and bare values.

use std::cell::RefCell;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Fault, ParseError};
use crate::model::{
    Amount, ChannelId, FORMAT_VERSION, LaneId, LineId, PersonaId, Score, SignalId, StageId,
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

pub(super) fn de_format<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
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

pub(super) fn parse_error(error: &ron::error::SpannedError) -> ParseError {
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
    PersonaDef,
    LaneDef,
    LineDef,
    PersonaRef,
    LaneRef,
    /// The row a line is drawn below: a lane's or a channel's id.
    RowRef,
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

/// Reads `text` as a `T`, logging every id read; with `fail_at`, the read
/// fails at that id's ordinal with that message, so that RON gives its
/// position.
pub(super) fn tracked_parse<T: serde::de::DeserializeOwned>(
    text: &str,
    fail_at: Option<(usize, String, Fault)>,
) -> Result<(T, Vec<(Role, u64)>), ParseError> {
    let _guard = TrackerGuard::new(fail_at);
    let file = ron::Options::default()
        .from_str::<T>(text)
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

pub(super) fn de_stage_def<'de, D: Deserializer<'de>>(d: D) -> Result<StageId, D::Error> {
    de_tracked(d, Role::StageDef).map(StageId)
}
pub(super) fn de_channel_def<'de, D: Deserializer<'de>>(d: D) -> Result<ChannelId, D::Error> {
    de_tracked(d, Role::ChannelDef).map(ChannelId)
}
pub(super) fn de_signal_def<'de, D: Deserializer<'de>>(d: D) -> Result<SignalId, D::Error> {
    de_tracked(d, Role::SignalDef).map(SignalId)
}
pub(super) fn de_stage_ref<'de, D: Deserializer<'de>>(d: D) -> Result<StageId, D::Error> {
    de_tracked(d, Role::StageRef).map(StageId)
}
pub(super) fn de_channel_ref<'de, D: Deserializer<'de>>(d: D) -> Result<ChannelId, D::Error> {
    de_tracked(d, Role::ChannelRef).map(ChannelId)
}

pub(super) fn de_persona_def<'de, D: Deserializer<'de>>(d: D) -> Result<PersonaId, D::Error> {
    de_tracked(d, Role::PersonaDef).map(PersonaId)
}
pub(super) fn de_lane_def<'de, D: Deserializer<'de>>(d: D) -> Result<LaneId, D::Error> {
    de_tracked(d, Role::LaneDef).map(LaneId)
}
pub(super) fn de_line_def<'de, D: Deserializer<'de>>(d: D) -> Result<LineId, D::Error> {
    de_tracked(d, Role::LineDef).map(LineId)
}
pub(super) fn de_persona_ref<'de, D: Deserializer<'de>>(d: D) -> Result<PersonaId, D::Error> {
    de_tracked(d, Role::PersonaRef).map(PersonaId)
}
pub(super) fn de_lane_ref<'de, D: Deserializer<'de>>(d: D) -> Result<LaneId, D::Error> {
    de_tracked(d, Role::LaneRef).map(LaneId)
}
pub(super) fn de_some_persona_ref<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<PersonaId>, D::Error> {
    de_persona_ref(d).map(Some)
}
pub(super) fn de_row_ref<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    de_tracked(d, Role::RowRef).map(Some)
}

#[allow(clippy::ref_option)]
pub(super) fn ser_some_id<S: Serializer, T: fmt::Display>(
    id: &Option<T>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match id {
        Some(id) => s.collect_str(id),
        None => s.serialize_none(),
    }
}

#[allow(clippy::ref_option)]
pub(super) fn ser_row<S: Serializer>(id: &Option<u64>, s: S) -> Result<S::Ok, S::Error> {
    match id {
        Some(id) => s.collect_str(&format_args!("{id:016x}")),
        None => s.serialize_none(),
    }
}

pub(super) fn ser_id<S: Serializer, T: fmt::Display>(id: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(id)
}

/// The ordinal of the `nth` (0-based) log entry with `role` (and `id`, if given).
pub(super) fn nth_in_log(
    log: &[(Role, u64)],
    role: Role,
    id: Option<u64>,
    nth: usize,
) -> Option<usize> {
    log.iter()
        .enumerate()
        .filter(|(_, (r, i))| *r == role && id.is_none_or(|id| id == *i))
        .nth(nth)
        .map(|(ordinal, _)| ordinal)
}

pub(super) fn de_score<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Score>, D::Error> {
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

pub(super) fn de_amount<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Amount>, D::Error> {
    d.deserialize_any(AmountVisitor).map(Some)
}

/// A number that is always there: a measure's value, interval and scale.
pub(super) fn de_number<'de, D: Deserializer<'de>>(d: D) -> Result<Amount, D::Error> {
    d.deserialize_any(AmountVisitor)
}

/// A number that is always there, as [`ser_amount`] writes it.
pub(super) fn ser_number<S: Serializer>(amount: &Amount, s: S) -> Result<S::Ok, S::Error> {
    ser_amount(&Some(*amount), s)
}

/// A metric's number: whole or with decimals, within a trillion.
struct AmountVisitor;

impl serde::de::Visitor<'_> for AmountVisitor {
    type Value = Amount;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a number")
    }

    fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Amount, E> {
        self.visit_f64(value as f64)
    }

    fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Amount, E> {
        self.visit_f64(value as f64)
    }

    fn visit_i128<E: serde::de::Error>(self, value: i128) -> Result<Amount, E> {
        self.visit_f64(value as f64)
    }

    fn visit_u128<E: serde::de::Error>(self, value: u128) -> Result<Amount, E> {
        self.visit_f64(value as f64)
    }

    fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Amount, E> {
        Amount::new(value).ok_or_else(|| {
            E::custom(format!(
                "{value} is not a number a metric can hold (at most a trillion either way)"
            ))
        })
    }
}

/// A number as written: whole numbers without a decimal point.
#[allow(clippy::ref_option)]
pub(super) fn ser_amount<S: Serializer>(amount: &Option<Amount>, s: S) -> Result<S::Ok, S::Error> {
    match amount {
        Some(a) if a.value().fract() == 0.0 => s.serialize_i64(a.value() as i64),
        Some(a) => s.serialize_f64(a.value()),
        None => s.serialize_none(),
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
pub(super) fn ser_score<S: Serializer>(score: &Option<Score>, s: S) -> Result<S::Ok, S::Error> {
    match score {
        Some(score) => s.serialize_i8(score.value()),
        None => s.serialize_none(),
    }
}

/// An optional value written bare (`cause: Process`, `language: Fa`), as
/// scores are; absent when `None`.
pub(super) fn de_bare<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

pub(super) fn ser_bare<S: Serializer, T: Serialize>(
    value: &Option<T>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => value.serialize(s),
        None => s.serialize_none(),
    }
}
