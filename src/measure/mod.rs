//! Survey results into the map: each answer row names a stage (and a
//! channel) and holds an answer; the answers about each cell are counted
//! into a [`Measure`] (NPS, CSAT, CES or a mean, with n and a 95 %
//! interval; the formulas are in [`tally`]). Shared by `journeymap measure`
//! and File → Import survey results…, so both read the same files the
//! same way. Nothing here changes a map: [`edits`] says what would.

mod names;
mod sheet;
mod survey;
mod tally;

use std::collections::HashMap;
use std::path::Path;

use csv::StringRecord;

pub use names::fold;
pub use survey::{Column, Kind, Survey, sheets};
pub use tally::{Answer, Scale};

use crate::model::{
    Amount, CellKey, Edit, Experience, Lane, LaneCell, LaneKey, LaneKind, Measure, Metric, Project,
    StageId,
};
use tally::Tally;

/// Why a survey could not be measured. Nothing was changed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MeasureError {
    /// The file could not be read (`path` for callers that name it).
    #[error("{message}")]
    Read { path: String, message: String },
    #[error("the survey file is empty")]
    Empty,
    #[error(
        "line {line}, field {field}: the text is not UTF-8; save the file as \"CSV UTF-8\" and measure again"
    )]
    Encoding { line: u64, field: usize },
    #[error("line {line}: {message}")]
    Syntax { line: u64, message: String },
    #[error("the survey has no column `{name}`; its columns are: {}", columns.join(", "))]
    UnknownColumn { name: String, columns: Vec<String> },
    #[error("no column looks like the {what}; name it (its columns are: {})", columns.join(", "))]
    Unguessed {
        what: &'static str,
        columns: Vec<String>,
    },
}

/// What to measure: the columns (by short name or question text) and how
/// to count the answers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The stage's column; `None`: guessed from the headers.
    pub stage: Option<String>,
    /// The channel's column; `None`: guessed. Ignored when `stage_only`.
    pub channel: Option<String>,
    /// The answer's column; `None`: guessed.
    pub score: Option<String>,
    /// The date's column; `None`: guessed, and no dates if none looks like one.
    pub date: Option<String>,
    pub metric: Metric,
    /// The answers' scale; `None`: the metric's usual one.
    pub scale: Option<Scale>,
    /// Fill a metric lane per stage rather than cells.
    pub stage_only: bool,
    /// The workbook's sheet; `None`: the first.
    pub sheet: Option<String>,
}

/// Where a measure goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Cell(CellKey),
    Stage(StageId),
}

/// A row whose stage or channel names nothing in the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmatched {
    pub row: u64,
    pub stage: String,
    pub channel: String,
}

/// Answers left out for one reason: how many, and the first few rows with
/// their text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub count: u64,
    pub first: Vec<(u64, String)>,
}

impl LeftOut {
    const SHOWN: usize = 5;

    fn add(&mut self, row: u64, text: &str) {
        self.count += 1;
        if self.first.len() < Self::SHOWN {
            self.first.push((row, text.to_owned()));
        }
    }
}

/// What a run read and what it left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub kind: Kind,
    /// The answer rows read (header rows not counted).
    pub rows: u64,
    /// The answers counted.
    pub counted: u64,
    /// The first [`Report::SHOWN`] rows that name no cell (or stage).
    pub unmatched: Vec<Unmatched>,
    pub unmatched_count: u64,
    /// Rows with no answer.
    pub empty: u64,
    pub not_numbers: LeftOut,
    /// Numbers off the scale (for NPS, anything but a whole 0..10).
    pub off_scale: LeftOut,
    /// The columns used, by name.
    pub stage: String,
    pub channel: Option<String>,
    pub score: String,
    pub date: Option<String>,
}

impl Report {
    /// Unmatched rows listed by number; the rest are counted.
    pub const SHOWN: usize = 20;
}

/// A run's measures and its report.
pub struct Measured {
    pub source: String,
    pub metric: Metric,
    pub measures: Vec<(Place, Measure)>,
    pub report: Report,
}

impl Measured {
    /// How many measures rest on fewer than [`Measure::FEW`] answers.
    pub fn uncertain(&self) -> usize {
        self.measures.iter().filter(|(_, m)| m.uncertain()).count()
    }
}

/// Reads the survey at `path` and counts its answers for `project`'s cells
/// (or stages). Changes nothing.
pub fn measure(
    project: &Project,
    path: &Path,
    options: &Options,
) -> Result<Measured, MeasureError> {
    let mut survey = Survey::open(path, options.sheet.as_deref())?;
    let columns = Columns::find(&survey, options)?;
    let scale = options.scale.unwrap_or_else(|| Scale::of(options.metric));
    let metric = options.metric;
    let mut stages = Names::new(project.stages.iter().map(|s| (s.name.as_str(), s.id)));
    let mut channels = Names::new(project.channels.iter().map(|c| (c.name.as_str(), c.id)));
    let mut tallies: HashMap<Place, Tally> = HashMap::new();
    let mut report = Report {
        kind: survey.kind,
        rows: 0,
        counted: 0,
        unmatched: Vec::new(),
        unmatched_count: 0,
        empty: 0,
        not_numbers: LeftOut::default(),
        off_scale: LeftOut::default(),
        stage: survey.columns[columns.stage].name.clone(),
        channel: columns.channel.map(|c| survey.columns[c].name.clone()),
        score: survey.columns[columns.score].name.clone(),
        date: columns.date.map(|c| survey.columns[c].name.clone()),
    };
    let mut record = StringRecord::new();
    while let Some(row) = survey.read_row(&mut record)? {
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        report.rows += 1;
        let field = |i: usize| record.get(i).unwrap_or_default();
        let stage = stages.find(field(columns.stage));
        let place = match columns.channel {
            None => stage.map(Place::Stage),
            Some(c) => stage
                .zip(channels.find(field(c)))
                .map(|(s, c)| Place::Cell(CellKey::new(s, c))),
        };
        let Some(place) = place else {
            report.unmatched_count += 1;
            if report.unmatched.len() < Report::SHOWN {
                report.unmatched.push(Unmatched {
                    row,
                    stage: field(columns.stage).to_owned(),
                    channel: columns.channel.map(field).unwrap_or_default().to_owned(),
                });
            }
            continue;
        };
        let text = field(columns.score);
        match Answer::read(text) {
            Answer::Empty => report.empty += 1,
            Answer::NotANumber => report.not_numbers.add(row, text),
            Answer::Number(answer) => {
                let date = columns.date.and_then(|d| tally::date(field(d)));
                if tallies
                    .entry(place)
                    .or_default()
                    .add(metric, scale, answer, date)
                {
                    report.counted += 1;
                } else {
                    report.off_scale.add(row, text);
                }
            }
        }
    }
    let source = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut measures: Vec<(Place, Measure)> = tallies
        .into_iter()
        .filter_map(|(place, tally)| {
            let mut m = tally.measure(metric, scale)?;
            m.source.clone_from(&source);
            m.question.clone_from(&report.score);
            Some((place, m))
        })
        .collect();
    measures.sort_by_key(|(place, _)| order(project, *place));
    Ok(Measured {
        source,
        metric,
        measures,
        report,
    })
}

/// A place's position in the grid, for a stable order.
fn order(project: &Project, place: Place) -> (usize, usize) {
    let (stage, channel) = match place {
        Place::Cell(key) => (key.stage, Some(key.channel)),
        Place::Stage(stage) => (stage, None),
    };
    (
        project.stage_index(stage).unwrap_or(usize::MAX),
        channel.and_then(|c| project.channel_index(c)).unwrap_or(0),
    )
}

/// The columns a run reads, by index.
struct Columns {
    stage: usize,
    channel: Option<usize>,
    score: usize,
    date: Option<usize>,
}

impl Columns {
    fn find(survey: &Survey, options: &Options) -> Result<Self, MeasureError> {
        let guessed = guess(&survey.columns, options.metric);
        let pick = |named: &Option<String>, guessed: Option<usize>, what| match named {
            Some(name) => survey.column(name),
            None => guessed.ok_or_else(|| MeasureError::Unguessed {
                what,
                columns: survey.columns.iter().map(|c| c.name.clone()).collect(),
            }),
        };
        Ok(Self {
            stage: pick(&options.stage, guessed.stage, "stage")?,
            channel: if options.stage_only {
                None
            } else {
                Some(pick(&options.channel, guessed.channel, "channel")?)
            },
            score: pick(&options.score, guessed.score, "answer")?,
            date: match &options.date {
                Some(name) => Some(survey.column(name)?),
                None => guessed.date,
            },
        })
    }
}

/// The columns that look like the stage, the channel, the answer and the
/// date, by their headers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Guess {
    pub stage: Option<usize>,
    pub channel: Option<usize>,
    pub score: Option<usize>,
    pub date: Option<usize>,
}

/// Guesses the columns from their headers (English and Persian words);
/// the answer's column by the metric's usual question.
pub fn guess(columns: &[Column], metric: Metric) -> Guess {
    let find = |words: &[&str]| {
        words.iter().find_map(|word| {
            columns.iter().position(|c| {
                let name = fold(&c.name);
                name == *word
                    || name
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == *word)
            })
        })
    };
    let score_words: &[&str] = match metric {
        Metric::Nps => &["nps", "recommend", "توصیه"],
        Metric::Csat => &["csat", "satisfaction", "satisfied", "رضایت"],
        Metric::Ces => &["ces", "effort", "easy", "آسان", "سهولت"],
        Metric::Mean => &[],
    };
    let score = find(score_words)
        .or_else(|| {
            columns.iter().position(|c| {
                let q = fold(&c.question);
                score_words.iter().any(|w| q.contains(w))
            })
        })
        .or_else(|| find(&["score", "rating", "answer", "امتیاز", "نمره"]));
    Guess {
        stage: find(&["stage", "step", "phase", "مرحله"]),
        channel: find(&["channel", "touchpoint", "کانال", "مجرا"]),
        score,
        date: find(&[
            "recordeddate",
            "enddate",
            "end date",
            "startdate",
            "start date",
            "timestamp",
            "date",
            "تاریخ",
        ]),
    }
}

/// Names looked up as [`fold`] compares them, the few distinct names a
/// survey repeats remembered as written.
struct Names<Id> {
    folded: HashMap<String, Id>,
    seen: HashMap<String, Option<Id>>,
}

impl<Id: Copy> Names<Id> {
    /// How many distinct names are remembered as written.
    const REMEMBERED: usize = 10_000;

    fn new<'a>(names: impl Iterator<Item = (&'a str, Id)>) -> Self {
        let mut folded = HashMap::new();
        for (name, id) in names {
            folded.entry(fold(name)).or_insert(id);
        }
        Self {
            folded,
            seen: HashMap::new(),
        }
    }

    fn find(&mut self, name: &str) -> Option<Id> {
        if let Some(id) = self.seen.get(name) {
            return *id;
        }
        let id = self.folded.get(&fold(name)).copied();
        if self.seen.len() < Self::REMEMBERED {
            self.seen.insert(name.to_owned(), id);
        }
        id
    }
}

/// The edits that put `measured` into `project`: each cell's measures from
/// the same question of the same file replaced (so measuring again changes
/// nothing), others kept; or, stage by stage, the values of the metric
/// lane named for the metric and file.
pub fn edits(project: &Project, measured: &Measured) -> Vec<Edit> {
    let stage_only = measured
        .measures
        .iter()
        .any(|(p, _)| matches!(p, Place::Stage(_)));
    if stage_only {
        return lane_edits(project, measured);
    }
    let origin = |m: &Measure| m.source == measured.source && m.question == measured.report.score;
    let mut new: HashMap<CellKey, &Measure> = HashMap::new();
    for (place, m) in &measured.measures {
        if let Place::Cell(key) = place {
            new.insert(*key, m);
        }
    }
    let mut keys: Vec<CellKey> = project
        .cells_in_order()
        .into_iter()
        .filter(|(_, c)| c.measures.iter().any(origin))
        .map(|(k, _)| k)
        .chain(new.keys().copied())
        .collect();
    keys.sort_by_key(|k| order(project, Place::Cell(*k)));
    keys.dedup();
    keys.into_iter()
        .filter_map(|at| {
            let old = project
                .cell(at)
                .map(|c| c.measures.clone())
                .unwrap_or_default();
            let mut measures: Vec<Measure> = Vec::with_capacity(old.len() + 1);
            let mut placed = false;
            for m in &old {
                if !origin(m) {
                    measures.push(m.clone());
                } else if let (false, Some(n)) = (placed, new.get(&at)) {
                    measures.push((*n).clone());
                    placed = true;
                }
            }
            if let (false, Some(n)) = (placed, new.get(&at)) {
                measures.push((*n).clone());
            }
            (measures != old).then_some(Edit::SetMeasures { at, measures })
        })
        .collect()
}

/// The metric lane's name for a run: "NPS · survey.csv".
pub fn lane_name(metric: Metric, source: &str) -> String {
    format!("{} · {source}", metric.label())
}

fn lane_edits(project: &Project, measured: &Measured) -> Vec<Edit> {
    let name = lane_name(measured.metric, &measured.source);
    let mut edits = Vec::new();
    let lane = match project
        .lanes
        .iter()
        .find(|l| l.kind == LaneKind::Metric && l.name == name)
    {
        Some(lane) => lane.id,
        None => {
            let mut lane = Lane::new(name, LaneKind::Metric);
            lane.below = true;
            if measured.metric.percent() {
                "%".clone_into(&mut lane.unit);
            }
            let id = lane.id;
            edits.push(Edit::AddLane {
                index: usize::MAX,
                lane,
            });
            id
        }
    };
    for stage in &project.stages {
        let m = measured
            .measures
            .iter()
            .find(|(p, _)| *p == Place::Stage(stage.id))
            .map(|(_, m)| m);
        let cell = m.map_or_else(LaneCell::default, |m| LaneCell {
            text: lane_note(m, project.language()),
            number: Some(m.value),
            emotions: Default::default(),
        });
        let at = LaneKey::new(lane, stage.id);
        if project.lane_cell(at).cloned().unwrap_or_default() != cell {
            edits.push(Edit::SetLaneCell { at, cell });
        }
    }
    edits
}

/// A stage measure's note on its lane, in the map's language:
/// "n 140 · 95% 20 to 44 · 2026-01-03 to 2026-02-01".
fn lane_note(m: &Measure, lang: crate::i18n::Lang) -> String {
    let range = |low: &str, high: &str| {
        crate::tr_in!(
            lang,
            "measure-range",
            low = lang.digits(low),
            high = lang.digits(high)
        )
    };
    let (low, high) = m.interval();
    let mut note = crate::tr_in!(
        lang,
        "measure-n-interval",
        n = m.n,
        interval = range(&low, &high)
    );
    let dates = match (m.from.as_str(), m.to.as_str()) {
        (from, to) if !from.is_empty() && !to.is_empty() && from != to => range(from, to),
        _ => lang.digits(&m.dates()),
    };
    if !dates.is_empty() {
        note.push_str(" · ");
        note.push_str(&dates);
    }
    note
}

/// The edits of *Use measured scores*: every cell with a measure gets the
/// real score its measure suggests.
pub fn use_measured(project: &Project) -> Vec<Edit> {
    project
        .cells_in_order()
        .into_iter()
        .filter_map(|(at, cell)| {
            let score = cell.measure()?.suggested();
            (cell.real != Some(score)).then_some(Edit::SetScore {
                at,
                experience: Experience::Real,
                score: Some(score),
            })
        })
        .collect()
}

/// The measures in `project` whose typed real score disagrees, and those
/// with fewer than [`Measure::FEW`] answers: (disagreeing, uncertain).
pub fn flags(project: &Project) -> (usize, usize) {
    project
        .cells_in_order()
        .into_iter()
        .filter_map(|(_, c)| Some((c, c.measure()?)))
        .fold((0, 0), |(d, u), (c, m)| {
            (
                d + usize::from(m.disagrees(c.real)),
                u + usize::from(m.uncertain()),
            )
        })
}

/// The scale `worst..best` as typed: `1..5`, `5..1`, `0-10`, `1-7`.
pub fn parse_scale(text: &str) -> Option<Scale> {
    let (worst, best) = text.split_once("..").or_else(|| text.split_once('-'))?;
    let worst = Amount::parse(worst)?.value();
    let best = Amount::parse(best)?.value();
    (worst != best).then_some(Scale { worst, best })
}
