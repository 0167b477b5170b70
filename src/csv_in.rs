//! Reads the cells CSV that File → Export cells and `export -o cells.csv`
//! write, so a map edited in a spreadsheet comes back, its lanes and
//! personas with it. Columns are found by their header names, in any
//! order; unknown ones are reported.

use std::collections::HashMap;

use crate::export::table::cell_columns;
use crate::model::{
    Amount, Cell, CellKey, Channel, ChannelKind, Emotion, Lane, LaneCell, LaneKey, LaneKind,
    MAX_PERSONAS, Parts, Persona, PersonaColour, Polarity, Project, Score, Signal, Stage, Tags,
    TextField,
};

/// Why nothing could be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CsvError {
    #[error("the file is empty")]
    Empty,
    #[error("line {line}: {message}")]
    Syntax { line: u64, message: String },
    #[error("the header has no `{0}` column; the cells CSV has columns {columns}", columns = cell_columns().join(", "))]
    MissingColumn(&'static str),
    #[error("no row names both a stage and a channel")]
    NoCells,
    /// The map would be larger than a map file may be.
    #[error("the map would be over the {} MiB limit for a project", crate::file::MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge,
}

/// Something read differently from how it was written, on `line`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub line: u64,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A column the cells CSV does not have: its values are left out.
    UnknownColumn { name: String },
    /// A score that is not a whole number from -2 to +2: left empty.
    BadScore { column: &'static str, value: String },
    /// A signal's `{…}` tags name an unknown root cause or principle: the
    /// braces are kept as part of its text.
    UnknownTags { signal: String },
    /// A row without a stage or a channel name: left out.
    NoPlace,
    /// A second row for a stage and channel: left out.
    Repeated { stage: String, channel: String },
    /// A lane kind other than text, emotion or metric: read as text.
    UnknownLaneKind { kind: String },
    /// A metric's value that is not a number: left empty.
    NotANumber { value: String },
    /// A ninth persona: its emotions are left out.
    TooManyPersonas { name: String },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownColumn { name } => {
                write!(f, "unknown column `{name}`, left out")
            }
            Self::BadScore { column, value } => write!(
                f,
                "{column} score `{value}` is not a whole number from -2 to +2; left empty"
            ),
            Self::UnknownTags { signal } => write!(
                f,
                "signal `{signal}` has tags that name no known root cause or principle; kept as text"
            ),
            Self::NoPlace => write!(f, "the row names no stage or no channel; left out"),
            Self::Repeated { stage, channel } => write!(
                f,
                "a second row for {stage} × {channel}; left out, the first is kept"
            ),
            Self::UnknownLaneKind { kind } => write!(
                f,
                "lane kind `{kind}` is not text, emotion or metric; read as text"
            ),
            Self::NotANumber { value } => {
                write!(f, "metric value `{value}` is not a number; left empty")
            }
            Self::TooManyPersonas { name } => write!(
                f,
                "persona `{name}` would be more than {MAX_PERSONAS}; its emotions are left out"
            ),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.line, self.problem)
    }
}

/// A new map from a cells CSV, titled `title`: stages and channels in the
/// order they first appear, one cell per row.
pub fn parse(text: &str, title: &str) -> Result<(Project, Vec<Warning>), CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let syntax = |e: csv::Error| CsvError::Syntax {
        line: e.position().map_or(0, csv::Position::line),
        message: match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("{len} fields where the header has {expected_len}"),
            csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_owned(),
            _ => e.to_string(),
        },
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(syntax)?.clone();
    let mut warnings = Vec::new();
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    for (index, name) in header.iter().enumerate() {
        let key = name.trim().to_lowercase().replace(' ', "_");
        match cell_columns().into_iter().find(|c| *c == key) {
            Some(column) => {
                columns.entry(column).or_insert(index);
            }
            None => warnings.push(Warning {
                line: 1,
                problem: Problem::UnknownColumn {
                    name: name.to_owned(),
                },
            }),
        }
    }
    for required in ["stage", "channel"] {
        if !columns.contains_key(required) {
            return Err(CsvError::MissingColumn(required));
        }
    }

    let mut stages: Vec<Stage> = Vec::new();
    let mut channels: Vec<Channel> = Vec::new();
    // Stages and channels by name, to their index.
    let mut stage_at: HashMap<String, usize> = HashMap::new();
    let mut channel_at: HashMap<String, usize> = HashMap::new();
    let mut cells: HashMap<CellKey, Cell> = HashMap::new();
    // The least the map's file can take, to refuse a map too large to
    // save before building all of it.
    let mut least_size: u64 = 0;
    // Each stage's channels in row order, to put the channels back in order.
    let mut rows_of_stage: Vec<Vec<usize>> = Vec::new();
    let mut lanes = Lanes::default();
    for record in reader.records() {
        let record = record.map_err(syntax)?;
        let line = record.position().map_or(0, csv::Position::line);
        let field = |column: &str| {
            columns
                .get(column)
                .and_then(|&i| record.get(i))
                .unwrap_or("")
        };
        let (stage_name, channel_name) = (
            unguarded(field("stage")).trim(),
            unguarded(field("channel")).trim(),
        );
        let lane_name = unguarded(field("lane")).trim();
        if !stage_name.is_empty() && channel_name.is_empty() && !lane_name.is_empty() {
            let stage_index = *stage_at.entry(stage_name.to_owned()).or_insert_with(|| {
                stages.push(Stage::new(stage_name));
                rows_of_stage.push(Vec::new());
                stages.len() - 1
            });
            let row = LaneRow {
                stage: stages[stage_index].id,
                stage_index,
                // After a cell of its stage: the lane is below the channels.
                below: !rows_of_stage[stage_index].is_empty(),
                lane: lane_name,
                kind: field("lane_kind").trim(),
                persona: unguarded(field("persona")).trim(),
                value: unguarded(field("value")),
                unit: unguarded(field("unit")).trim(),
                note: unguarded(field("lane_note")),
            };
            lanes.read(row, line, &mut warnings);
            least_size += 64 + record.as_slice().len() as u64;
            if least_size > crate::file::MAX_FILE_BYTES {
                return Err(CsvError::TooLarge);
            }
            continue;
        }
        if stage_name.is_empty() || channel_name.is_empty() {
            if record.iter().any(|f| !f.trim().is_empty()) {
                warnings.push(Warning {
                    line,
                    problem: Problem::NoPlace,
                });
            }
            continue;
        }
        let stage_index = *stage_at.entry(stage_name.to_owned()).or_insert_with(|| {
            stages.push(Stage::new(stage_name));
            rows_of_stage.push(Vec::new());
            stages.len() - 1
        });
        let stage = stages[stage_index].id;
        let channel_index = *channel_at
            .entry(channel_name.to_owned())
            .or_insert_with(|| {
                // A channel named like a kind ("Email", "SMS") is of that kind.
                let kind = ChannelKind::ALL
                    .into_iter()
                    .find(|k| k.label().eq_ignore_ascii_case(channel_name))
                    .unwrap_or_default();
                channels.push(Channel::new(channel_name, kind));
                channels.len() - 1
            });
        let channel = channels[channel_index].id;
        let key = CellKey::new(stage, channel);
        if cells.contains_key(&key) {
            warnings.push(Warning {
                line,
                problem: Problem::Repeated {
                    stage: stage_name.to_owned(),
                    channel: channel_name.to_owned(),
                },
            });
            continue;
        }
        rows_of_stage[stage_index].push(channel_index);
        let mut score = |column: &'static str| {
            let value = field(column).trim();
            if value.is_empty() {
                return None;
            }
            // Spreadsheets may write a whole number as "2.0" or "2,0".
            let score = value
                .trim_start_matches('+')
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|v| v.fract() == 0.0 && v.abs() <= 2.0)
                .and_then(|v| Score::new(v as i64));
            if score.is_none() {
                warnings.push(Warning {
                    line,
                    problem: Problem::BadScore {
                        column,
                        value: value.to_owned(),
                    },
                });
            }
            score
        };
        let (ideal, real) = (score("ideal"), score("real"));
        let mut signals = Vec::new();
        for (column, polarity) in [
            ("positive_signals", Polarity::Positive),
            ("negative_signals", Polarity::Negative),
        ] {
            for text in unguarded(field(column))
                .lines()
                .map(str::trim)
                .filter(|t| !t.is_empty())
            {
                let (signal, known) = signal(polarity, text);
                if !known {
                    warnings.push(Warning {
                        line,
                        problem: Problem::UnknownTags {
                            signal: text.to_owned(),
                        },
                    });
                }
                signals.push(signal);
            }
        }
        let mut cell = Cell {
            ideal,
            real,
            signals,
            ..Cell::default()
        };
        for text_field in TextField::ALL {
            *cell.text_mut(text_field) = unguarded(field(text_field.key())).to_owned();
        }
        least_size += 64 + record.as_slice().len() as u64;
        if least_size > crate::file::MAX_FILE_BYTES {
            return Err(CsvError::TooLarge);
        }
        cells.insert(key, cell);
    }
    if stages.is_empty() {
        return Err(CsvError::NoCells);
    }
    let mut channels: Vec<Option<Channel>> = channels.into_iter().map(Some).collect();
    let channels = first_seen_order(&rows_of_stage)
        .into_iter()
        .filter_map(|i| channels[i].take())
        .collect();
    // Every stage and channel comes from a row, so every cell's key is known.
    let mut project = Parts {
        title: title.to_owned(),
        lanes: lanes.in_order(),
        personas: lanes.personas,
        stages,
        channels,
        cells: cells.into_iter().collect(),
        lines: Vec::new(),
        lane_cells: lanes.values.into_iter().collect(),
    }
    .build()
    .map_err(|_| CsvError::NoCells)?;
    project.direction = crate::model::Direction::of(&project);
    Ok((project, warnings))
}

/// A lane value's row, as read.
#[derive(Clone, Copy)]
struct LaneRow<'a> {
    stage: crate::model::StageId,
    stage_index: usize,
    below: bool,
    lane: &'a str,
    kind: &'a str,
    persona: &'a str,
    value: &'a str,
    unit: &'a str,
    note: &'a str,
}

/// The lanes, personas and lane values read so far.
struct Lanes {
    lanes: Vec<Lane>,
    /// Lanes by name, to their index.
    lane_at: HashMap<String, usize>,
    /// The first is the map's own until a row names one.
    personas: Vec<Persona>,
    named: bool,
    values: HashMap<LaneKey, LaneCell>,
    /// Each stage's lanes in row order, to put the lanes back in order.
    rows_of_stage: Vec<Vec<usize>>,
}

impl Default for Lanes {
    fn default() -> Self {
        Self {
            lanes: Vec::new(),
            lane_at: HashMap::new(),
            personas: vec![Persona::default()],
            named: false,
            values: HashMap::new(),
            rows_of_stage: Vec::new(),
        }
    }
}

impl Lanes {
    fn read(&mut self, row: LaneRow<'_>, line: u64, warnings: &mut Vec<Warning>) {
        let kind = match row.kind.to_lowercase().as_str() {
            "" if !row.persona.is_empty() => LaneKind::Emotion,
            "" => LaneKind::Text,
            word => LaneKind::ALL
                .into_iter()
                .find(|k| k.word() == word)
                .unwrap_or_else(|| {
                    warnings.push(Warning {
                        line,
                        problem: Problem::UnknownLaneKind {
                            kind: row.kind.to_owned(),
                        },
                    });
                    LaneKind::Text
                }),
        };
        let index = *self.lane_at.entry(row.lane.to_owned()).or_insert_with(|| {
            let mut lane = Lane::new(row.lane, kind);
            lane.unit = row.unit.to_owned();
            self.lanes.push(lane);
            self.lanes.len() - 1
        });
        // A row after a cell of its stage puts the lane below the channels.
        self.lanes[index].below |= row.below;
        if self.rows_of_stage.len() <= row.stage_index {
            self.rows_of_stage.resize(row.stage_index + 1, Vec::new());
        }
        let rows = &mut self.rows_of_stage[row.stage_index];
        if rows.last() != Some(&index) {
            rows.push(index);
        }
        let lane = &self.lanes[index];
        let key = LaneKey::new(lane.id, row.stage);
        match lane.kind {
            LaneKind::Text => {
                self.values.entry(key).or_default().text = row.value.to_owned();
            }
            LaneKind::Metric => {
                let value = row.value.trim();
                let number = Amount::parse(value);
                if number.is_none() && !value.is_empty() {
                    warnings.push(Warning {
                        line,
                        problem: Problem::NotANumber {
                            value: value.to_owned(),
                        },
                    });
                }
                let cell = self.values.entry(key).or_default();
                cell.number = number;
                cell.text = row.note.to_owned();
            }
            LaneKind::Emotion => {
                let Some(persona) = self.persona(row.persona, line, warnings) else {
                    return;
                };
                let value = row.value.trim();
                let score = value
                    .trim_start_matches('+')
                    .parse::<i64>()
                    .ok()
                    .and_then(Score::new);
                if score.is_none() && !value.is_empty() {
                    warnings.push(Warning {
                        line,
                        problem: Problem::BadScore {
                            column: "value",
                            value: value.to_owned(),
                        },
                    });
                }
                let emotion = Emotion {
                    score,
                    note: row.note.to_owned(),
                };
                self.values
                    .entry(key)
                    .or_default()
                    .emotions
                    .insert(persona, emotion);
            }
        }
    }

    /// The lanes in the order their rows give.
    fn in_order(&mut self) -> Vec<Lane> {
        let mut lanes: Vec<Option<Lane>> = std::mem::take(&mut self.lanes)
            .into_iter()
            .map(Some)
            .collect();
        first_seen_order(&self.rows_of_stage)
            .into_iter()
            .filter_map(|i| lanes.get_mut(i)?.take())
            .collect()
    }

    /// The persona named `name` (the first for none), added if new.
    fn persona(
        &mut self,
        name: &str,
        line: u64,
        warnings: &mut Vec<Warning>,
    ) -> Option<crate::model::PersonaId> {
        if name.is_empty() {
            return Some(self.personas[0].id);
        }
        if let Some(p) = self.personas.iter().find(|p| p.name == name) {
            return Some(p.id);
        }
        if !self.named {
            self.named = true;
            self.personas[0].name = name.to_owned();
            return Some(self.personas[0].id);
        }
        if self.personas.len() == MAX_PERSONAS {
            warnings.push(Warning {
                line,
                problem: Problem::TooManyPersonas {
                    name: name.to_owned(),
                },
            });
            return None;
        }
        let colour = PersonaColour::unused(self.personas.iter().map(|p| p.colour));
        let persona = Persona::new(name, colour);
        let id = persona.id;
        self.personas.push(persona);
        Some(id)
    }
}

/// The field separator: the comma, or the semicolon or tab some spreadsheet
/// programs write (a semicolon where the comma is the decimal mark, a tab in
/// Excel's "Unicode text"), whichever the header line has most of.
pub(crate) fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut quoted = false;
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(c, _)| *c == b) {
            count.1 += 1;
        }
    }
    // The first of the most frequent: the comma on a tie.
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts
        .iter()
        .find(|(_, n)| *n == most)
        .map_or(b',', |(c, _)| *c)
}

/// A text field as written before the CSV export guarded it against
/// formula injection (see [`crate::export::table::guarded`]).
fn unguarded(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if crate::export::table::needs_guard(rest) => rest,
        _ => text,
    }
}

/// The channels' (or lanes') order, from the order of rows within each
/// stage (the export writes them in grid order): each stage says which
/// comes before which, and they are sorted to agree with all of them, ties
/// (and any contradiction a re-sorted sheet makes) going to the one that
/// appeared first.
fn first_seen_order(rows_of_stage: &[Vec<usize>]) -> Vec<usize> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let count = rows_of_stage.iter().flatten().max().map_or(0, |&c| c + 1);
    let mut before = vec![0usize; count];
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); count];
    for rows in rows_of_stage {
        for pair in rows.windows(2) {
            after[pair[0]].push(pair[1]);
            before[pair[1]] += 1;
        }
    }
    // Channels nothing unplaced comes before, first-seen first.
    let mut ready: BinaryHeap<Reverse<usize>> = (0..count)
        .filter(|&c| before[c] == 0)
        .map(Reverse)
        .collect();
    let mut order = Vec::with_capacity(count);
    let mut placed = vec![false; count];
    let mut first_unplaced = 0;
    while order.len() < count {
        let next = match ready.pop() {
            Some(Reverse(c)) if placed[c] => continue,
            Some(Reverse(c)) => c,
            // A contradiction: the first channel not yet placed.
            None => {
                while placed[first_unplaced] {
                    first_unplaced += 1;
                }
                first_unplaced
            }
        };
        placed[next] = true;
        order.push(next);
        for &c in &after[next] {
            before[c] = before[c].saturating_sub(1);
            if before[c] == 0 && !placed[c] {
                ready.push(Reverse(c));
            }
        }
    }
    order
}

/// A signal from a CSV line, `text {Cause; Principle, …}`; false when the
/// braces name something unknown (they are then kept in the text).
fn signal(polarity: Polarity, line: &str) -> (Signal, bool) {
    if let Some(open) = line.rfind(" {")
        && line.ends_with('}')
    {
        let (text, tags) = (&line[..open], &line[open + 2..line.len() - 1]);
        return match Tags::parse(tags) {
            Some(tags) => {
                let mut signal = Signal::new(polarity, text.trim_end());
                signal.tags = tags;
                (signal, true)
            }
            None => (Signal::new(polarity, line), false),
        };
    }
    (Signal::new(polarity, line), true)
}
