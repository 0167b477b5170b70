//! `journeymap measure`: survey results into a map's cells (or a metric
//! lane per stage), with what was read and left out.

use std::path::Path;
use std::process::ExitCode;

use crate::measure::{self, Measured, Options, Place, Report};
use crate::model::Project;
use crate::text::terminal_safe;
use crate::{errln, file, outln};

/// Measures `results` for the map at `input` and writes the map with its
/// measures to `output` (which may be `input`; `-`: standard output).
/// Nothing is written when the survey cannot be read or no answer names
/// a cell.
pub fn measure(input: &Path, results: &Path, output: &Path, options: &Options) -> ExitCode {
    let stdout = output == Path::new("-");
    if !stdout && let Err(e) = file::check_map_output(output, &[input], false) {
        errln!("{e}");
        return ExitCode::FAILURE;
    }
    let mut project = match file::load(input) {
        Ok(project) => project,
        Err(e) => {
            errln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let measured = match measure::measure(&project, results, options) {
        Ok(measured) => measured,
        Err(e) => {
            errln!("{}: {e}", results.display());
            return ExitCode::FAILURE;
        }
    };
    let say = |line: String| {
        let line = terminal_safe(&line).into_owned();
        if stdout {
            errln!("{line}");
        } else {
            outln!("{line}");
        }
    };
    for line in report_lines(&project, results, &measured) {
        say(line);
    }
    if measured.measures.is_empty() {
        errln!(
            "{}: no answer was counted for any {} of the map; nothing written",
            results.display(),
            if options.stage_only { "stage" } else { "cell" }
        );
        return ExitCode::FAILURE;
    }
    for edit in measure::edits(&project, &measured) {
        if let Err(e) = project.apply(edit) {
            errln!("{}: {e}; nothing written", input.display());
            return ExitCode::FAILURE;
        }
    }
    for line in disagreements(&project, &measured) {
        say(line);
    }
    if stdout {
        return match file::to_string(&project) {
            Ok(text) => {
                super::out::stdout_bytes(text.as_bytes());
                ExitCode::SUCCESS
            }
            Err(e) => {
                errln!("{}: {e}", input.display());
                ExitCode::FAILURE
            }
        };
    }
    match file::save(output, &project, None) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// What was read and left out, in lines.
pub fn report_lines(project: &Project, results: &Path, measured: &Measured) -> Vec<String> {
    let r: &Report = &measured.report;
    let mut lines = Vec::new();
    let columns = [
        Some(format!("stage from `{}`", r.stage)),
        r.channel.as_ref().map(|c| format!("channel from `{c}`")),
        Some(format!("answers from `{}`", r.score)),
        r.date.as_ref().map(|d| format!("dates from `{d}`")),
    ];
    lines.push(format!(
        "{} ({}): {} answer rows; {}",
        results.display(),
        kind_name(r.kind),
        r.rows,
        columns.into_iter().flatten().collect::<Vec<_>>().join(", ")
    ));
    let stage_only = measured
        .measures
        .iter()
        .any(|(p, _)| matches!(p, Place::Stage(_)));
    let place = if stage_only { "stage" } else { "cell" };
    lines.push(format!(
        "{} of {}: {} counted",
        measured.metric.label(),
        count(measured.measures.len() as u64, place),
        count(r.counted, "answer")
    ));
    let left_out = |n: u64, what: &str, first: &[(u64, String)]| {
        let rows: Vec<String> = first
            .iter()
            .map(|(row, text)| format!("row {row} \"{text}\""))
            .collect();
        let more = if n as usize > first.len() {
            ", …"
        } else {
            ""
        };
        format!("{n} {what} ({}{more})", rows.join(", "))
    };
    let mut skipped = Vec::new();
    if r.empty > 0 {
        skipped.push(format!("{} empty", r.empty));
    }
    if r.not_numbers.count > 0 {
        skipped.push(left_out(
            r.not_numbers.count,
            "not a number",
            &r.not_numbers.first,
        ));
    }
    if r.off_scale.count > 0 {
        skipped.push(left_out(
            r.off_scale.count,
            "off the scale",
            &r.off_scale.first,
        ));
    }
    if !skipped.is_empty() {
        lines.push(format!("answers left out: {}", skipped.join("; ")));
    }
    if r.unmatched_count > 0 {
        lines.push(format!(
            "{} {} of the map:",
            count(r.unmatched_count, "row"),
            match (r.unmatched_count, r.channel.is_some()) {
                (1, true) => "names no cell",
                (_, true) => "name no cell",
                (1, false) => "names no stage",
                (_, false) => "name no stage",
            }
        ));
        for u in &r.unmatched {
            let stage_known = project
                .stages
                .iter()
                .any(|s| measure::fold(&s.name) == measure::fold(&u.stage));
            let what = match (&r.channel, stage_known) {
                (Some(_), true) => format!("channel \"{}\" (stage \"{}\")", u.channel, u.stage),
                (Some(_), false) => format!("stage \"{}\" (channel \"{}\")", u.stage, u.channel),
                (None, _) => format!("stage \"{}\"", u.stage),
            };
            lines.push(format!("  row {}: {what}", u.row));
        }
        let more = r.unmatched_count - r.unmatched.len() as u64;
        if more > 0 {
            lines.push(format!("  and {more} more"));
        }
    }
    let uncertain = measured.uncertain();
    if uncertain > 0 {
        lines.push(format!(
            "uncertain: {} on fewer than {} answers",
            count(uncertain as u64, "measure"),
            crate::model::Measure::FEW
        ));
    }
    lines
}

/// The cells this run measured whose typed real score is two or more
/// steps from the measure's suggestion.
fn disagreements(project: &Project, measured: &Measured) -> Vec<String> {
    measured
        .measures
        .iter()
        .filter_map(|(place, m)| {
            let Place::Cell(key) = place else {
                return None;
            };
            let cell = project.cell(*key)?;
            let real = cell.real.filter(|_| m.disagrees(cell.real))?;
            Some(format!(
                "disagrees: {} × {}: typed real {}, {} suggests {}",
                project.stage(key.stage)?.name,
                project.channel(key.channel)?.name,
                real.signed(),
                m,
                m.suggested().signed()
            ))
        })
        .collect()
}

/// "1 cell", "3 cells".
fn count(n: u64, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn kind_name(kind: measure::Kind) -> &'static str {
    match kind {
        measure::Kind::Qualtrics => "Qualtrics export",
        measure::Kind::SurveyMonkey => "SurveyMonkey export",
        measure::Kind::GoogleForms => "Google Forms export",
        measure::Kind::Plain => "table",
    }
}
