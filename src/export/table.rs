//! The map as CSV for spreadsheets and CRM: every cell and lane value, or
//! the action plan.
//! UTF-8 with a byte-order mark, so spreadsheet programs read Persian right.
//!
//! A map may come from anyone, and a spreadsheet runs a cell that starts
//! with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`, or worse). So
//! text that would start that way, or with a tab or carriage return, is
//! written after an apostrophe, as OWASP advises; the import takes the
//! apostrophe off again. Scores stay plain numbers.

use std::borrow::Cow;

use crate::analysis::Insights;
use crate::model::{LaneKind, Polarity, Project, Score, Signal, TextField};

/// The byte-order mark every CSV starts with.
pub const BOM: &[u8] = b"\xef\xbb\xbf";

/// The columns of a lane value's row in the cells CSV: the lane's name
/// and kind, the persona of an emotion, the value (text, number or
/// score), a metric's unit and the value's note.
pub const LANE_COLUMNS: [&str; 6] = ["lane", "lane_kind", "persona", "value", "unit", "lane_note"];

/// The columns of the cells CSV, in order: the place, each text field of
/// a cell (see [`crate::text_fields`]), the scores and the signals, then
/// the [`LANE_COLUMNS`].
pub fn cell_columns() -> Vec<&'static str> {
    let mut columns = vec!["stage", "channel"];
    columns.extend(TextField::ALL.map(TextField::key));
    columns.extend([
        "ideal",
        "real",
        "gap",
        "positive_signals",
        "negative_signals",
    ]);
    columns.extend(LANE_COLUMNS);
    columns
}

/// The columns of the action plan CSV, in order.
pub const PLAN_COLUMNS: [&str; 10] = [
    "owner",
    "rank",
    "stage",
    "channel",
    "action",
    "gap",
    "ideal",
    "real",
    "negative_signals",
    "root_causes",
];

/// True when a spreadsheet could read `text` as a formula: it starts, after
/// any apostrophes, with `=`, `+`, `-`, `@`, a tab or a carriage return.
/// (Apostrophes count so that text which already starts with one gets
/// another, and the import's unguarding gives back what was written.)
pub fn needs_guard(text: &str) -> bool {
    text.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `text` as written in a CSV: after an apostrophe when [`needs_guard`].
pub fn guarded(text: &str) -> Cow<'_, str> {
    if needs_guard(text) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// Stage by stage, in order: the values of the lanes above the channels,
/// one row per filled cell in channel order, then the values of the lanes
/// below (an emotion lane's, one row per persona). So a spreadsheet reads
/// the map column by column, and the import puts every lane back on its
/// side. Signals are one per line, each followed by its tags in braces
/// when it has any: `Queue of six {Process; Effortless}`.
pub fn cells(project: &Project) -> Vec<u8> {
    let mut out = writer();
    write(&mut out, cell_columns());
    let cells = project.cells_in_order();
    let mut cells = cells.iter().peekable();
    for stage in &project.stages {
        lane_rows(&mut out, project, stage, false);
        while let Some((at, cell)) = cells.next_if(|(at, _)| at.stage == stage.id) {
            let Some(channel) = project.channel(at.channel) else {
                continue;
            };
            let signals =
                |polarity| signal_lines(cell.signals.iter().filter(|s| s.polarity == polarity));
            write(
                &mut out,
                [guarded(&stage.name), guarded(&channel.name)]
                    .into_iter()
                    .chain(TextField::ALL.map(|field| guarded(cell.text(field))))
                    .map(Cow::into_owned)
                    .chain([
                        number(cell.ideal),
                        number(cell.real),
                        cell.gap().map(|g| g.to_string()).unwrap_or_default(),
                        guarded(&signals(Polarity::Positive)).into_owned(),
                        guarded(&signals(Polarity::Negative)).into_owned(),
                    ])
                    .chain(LANE_COLUMNS.map(|_| String::new())),
            );
        }
        lane_rows(&mut out, project, stage, true);
    }
    finish(out)
}

/// The rows of a stage's values on the lanes above the channels, or below.
fn lane_rows(
    out: &mut csv::Writer<Vec<u8>>,
    project: &Project,
    stage: &crate::model::Stage,
    below: bool,
) {
    // Empty for the cell columns after the stage.
    let blanks = cell_columns().len() - 1 - LANE_COLUMNS.len();
    for lane in project.lanes.iter().filter(|l| l.below == below) {
        let Some(value) = project.lane_cell(crate::model::LaneKey::new(lane.id, stage.id)) else {
            continue;
        };
        // (persona, value, note) for each row of this value.
        let rows: Vec<(String, String, &str)> = match lane.kind {
            LaneKind::Text => vec![(String::new(), guarded(&value.text).into_owned(), "")],
            LaneKind::Metric => {
                let number = value.number.map(|n| n.to_string()).unwrap_or_default();
                vec![(String::new(), number, value.text.as_str())]
            }
            LaneKind::Emotion => project
                .personas
                .iter()
                .filter_map(|p| {
                    let emotion = value.emotions.get(&p.id)?;
                    let score = number(emotion.score);
                    Some((guarded(&p.name).into_owned(), score, emotion.note.as_str()))
                })
                .collect(),
        };
        let unit = if lane.kind == LaneKind::Metric {
            guarded(&lane.unit).into_owned()
        } else {
            String::new()
        };
        for (persona, value, note) in rows {
            write(
                out,
                [guarded(&stage.name).into_owned()]
                    .into_iter()
                    .chain(std::iter::repeat_n(String::new(), blanks))
                    .chain([
                        guarded(&lane.name).into_owned(),
                        lane.kind.word().to_owned(),
                        persona,
                        value,
                        unit.clone(),
                        guarded(note).into_owned(),
                    ]),
            );
        }
    }
}

/// The action plan: every opportunity, grouped by owner (the owner with the
/// largest total gap first, cells with no owner last), ranked within.
pub fn plan(project: &Project) -> Vec<u8> {
    let insights = Insights::of(project);
    let mut out = writer();
    write(&mut out, PLAN_COLUMNS);
    let mut owners: Vec<&str> = insights
        .coverage
        .owners
        .iter()
        .map(|o| o.owner.as_str())
        .collect();
    owners.push("");
    for owner in owners {
        for (rank, o) in insights.opportunities.iter().enumerate() {
            if o.owner != owner {
                continue;
            }
            let cell = project.cell(o.at);
            let causes: Vec<_> = o.causes.iter().map(|c| c.key()).collect();
            write(
                &mut out,
                [
                    guarded(&o.owner).into_owned(),
                    (rank + 1).to_string(),
                    guarded(&project.stages[o.stage].name).into_owned(),
                    guarded(&project.channels[o.channel].name).into_owned(),
                    guarded(&o.action).into_owned(),
                    o.gap.to_string(),
                    number(cell.and_then(|c| c.ideal)),
                    number(cell.and_then(|c| c.real)),
                    guarded(&o.negatives.join("\n")).into_owned(),
                    causes.join(", "),
                ],
            );
        }
    }
    finish(out)
}

fn signal_lines<'a>(signals: impl Iterator<Item = &'a Signal>) -> String {
    signals
        .map(|s| {
            if s.tags.is_empty() {
                s.text.clone()
            } else {
                format!("{} {{{}}}", s.text, s.tags.value())
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A score as a plain number a spreadsheet sums: "2", "-1", or empty.
fn number(score: Option<Score>) -> String {
    score.map(|s| s.value().to_string()).unwrap_or_default()
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::Writer::from_writer(BOM.to_vec())
}

fn write<I: AsRef<[u8]>>(out: &mut csv::Writer<Vec<u8>>, row: impl IntoIterator<Item = I>) {
    // Writing to memory cannot fail.
    out.write_record(row).ok();
}

fn finish(out: csv::Writer<Vec<u8>>) -> Vec<u8> {
    out.into_inner().unwrap_or_default()
}
