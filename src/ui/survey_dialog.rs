//! File → Import survey results…: the file's first rows, the columns
//! (guessed from their headers, changeable), the metric and its scale, and
//! a summary of what matched, before anything changes. Importing is one
//! undo step.

use std::path::{Path, PathBuf};

use eframe::egui;

use crate::i18n::Text;
use crate::measure::{self, Column, Kind, MeasureError, Measured, Options, Scale, Survey};
use crate::model::{Metric, Project};
use crate::tr;

/// Rows shown in the preview.
const PREVIEW_ROWS: usize = 6;
/// Characters shown of a preview field.
const PREVIEW_CHARS: usize = 28;

/// The file's header and first rows.
struct Peek {
    kind: Kind,
    columns: Vec<Column>,
    rows: Vec<(u64, Vec<String>)>,
}

/// What the summary was worked out for: the map's revision and the choices.
#[derive(Clone, PartialEq)]
struct Asked {
    revision: u64,
    options: Options,
}

pub struct SurveyDialog {
    path: PathBuf,
    /// A workbook's sheets, and the one read (`None`: the first).
    sheets: Vec<String>,
    sheet: Option<String>,
    peek: Result<Peek, String>,
    stage: Option<usize>,
    /// `None`: the survey names no channel; one value per stage.
    channel: Option<usize>,
    score: Option<usize>,
    date: Option<usize>,
    metric: Metric,
    scale: (f64, f64),
    summary: Option<(Asked, Result<Measured, String>)>,
}

/// What the dialog's user did this frame.
pub enum Outcome {
    Open,
    Cancelled,
    Import(Box<Measured>),
}

impl SurveyDialog {
    /// Reads the header and first rows of the survey at `path`, and guesses
    /// its columns.
    pub fn open(path: &Path) -> Self {
        let mut dialog = Self {
            path: path.to_owned(),
            sheets: measure::sheets(path),
            sheet: None,
            peek: Err(String::new()),
            stage: None,
            channel: None,
            score: None,
            date: None,
            metric: Metric::Nps,
            scale: (0.0, 10.0),
            summary: None,
        };
        dialog.read(None);
        dialog
    }

    /// Reads the first rows of `sheet` (`None`: the first, or the CSV) and
    /// guesses its columns afresh.
    fn read(&mut self, sheet: Option<String>) {
        self.peek = peek(&self.path, sheet.as_deref()).map_err(|e| error_words(&e));
        self.sheet = sheet;
        let guess = self.peek.as_ref().map_or_else(
            |_| measure::Guess::default(),
            |p| measure::guess(&p.columns, self.metric),
        );
        (self.stage, self.channel, self.score, self.date) =
            (guess.stage, guess.channel, guess.score, guess.date);
        self.summary = None;
        self.set_metric(self.metric);
    }

    fn set_metric(&mut self, metric: Metric) {
        self.metric = metric;
        let (worst, best) = metric.default_scale();
        self.scale = (worst as f64, best as f64);
        if let Ok(peek) = &self.peek
            && let Some(score) = measure::guess(&peek.columns, metric).score
        {
            self.score = Some(score);
        }
    }

    /// The choices as `measure` takes them; `None` until the stage and
    /// answer columns are chosen.
    fn options(&self) -> Option<Options> {
        let peek = self.peek.as_ref().ok()?;
        let name = |i: Option<usize>| i.and_then(|i| peek.columns.get(i)).map(|c| c.name.clone());
        Some(Options {
            stage: Some(name(self.stage)?),
            channel: name(self.channel),
            score: Some(name(self.score)?),
            date: name(self.date),
            metric: self.metric,
            scale: (self.metric != Metric::Nps).then_some(Scale {
                worst: self.scale.0,
                best: self.scale.1,
            }),
            stage_only: self.channel.is_none(),
            sheet: self.sheet.clone(),
        })
    }

    /// Draws the dialog. Returns what the user did.
    pub fn ui(&mut self, ctx: &egui::Context, project: &Project, revision: u64) -> Outcome {
        let mut open = true;
        let mut outcome = Outcome::Open;
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        egui::Window::new(tr!("survey-title"))
            .open(&mut open)
            .default_width(760.0)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.heading(Text::new(name.clone()));
                if self.sheets.len() > 1 {
                    let mut sheet = self.sheet.clone().or_else(|| self.sheets.first().cloned());
                    ui.horizontal(|ui| {
                        ui.label(tr!("survey-sheet"));
                        egui::ComboBox::from_id_salt("survey-sheet")
                            .selected_text(Text::new(sheet.clone().unwrap_or_default()))
                            .show_ui(ui, |ui| {
                                for name in &self.sheets {
                                    ui.selectable_value(
                                        &mut sheet,
                                        Some(name.clone()),
                                        Text::new(name.clone()),
                                    );
                                }
                            });
                    });
                    let first = self.sheets.first().cloned();
                    if sheet != self.sheet.clone().or(first) {
                        self.read(sheet);
                    }
                }
                match &self.peek {
                    Err(words) => {
                        ui.colored_label(ui.visuals().error_fg_color, words.as_str());
                    }
                    Ok(peek) => {
                        ui.weak(tr!(peek.kind.key()));
                        preview_ui(ui, peek);
                        ui.separator();
                        self.choices_ui(ui);
                        ui.separator();
                        self.summary_ui(ui, project, revision);
                    }
                }
                ui.separator();
                crate::ui::layout::mirrored(ui, |ui| {
                    ui.horizontal(|ui| {
                        let ready = self
                            .summary
                            .as_ref()
                            .is_some_and(|(_, r)| r.as_ref().is_ok_and(|m| !m.measures.is_empty()));
                        if ui
                            .add_enabled(ready, egui::Button::new(tr!("survey-import")))
                            .clicked()
                            && let Some((_, Ok(measured))) = self.summary.take()
                        {
                            outcome = Outcome::Import(Box::new(measured));
                        }
                        if ui.button(tr!("answer-cancel")).clicked() {
                            outcome = Outcome::Cancelled;
                        }
                    })
                });
            });
        if !open {
            return Outcome::Cancelled;
        }
        outcome
    }

    fn choices_ui(&mut self, ui: &mut egui::Ui) {
        let Ok(peek) = &self.peek else { return };
        let columns = &peek.columns;
        let (mut stage, mut channel, mut score, mut date) =
            (self.stage, self.channel, self.score, self.date);
        let mut metric = self.metric;
        let scale = &mut self.scale;
        let nps = self.metric == Metric::Nps;
        egui::Grid::new("survey-choices")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                use crate::ui::layout::grid_row;
                grid_row(ui, tr!("survey-stage"), |ui| {
                    column_picker(ui, "survey-stage", columns, &mut stage, None);
                });
                let no_channel = tr!("survey-no-channel");
                grid_row(ui, tr!("survey-channel"), |ui| {
                    column_picker(
                        ui,
                        "survey-channel",
                        columns,
                        &mut channel,
                        Some(&no_channel),
                    );
                });
                grid_row(ui, tr!("survey-score"), |ui| {
                    column_picker(ui, "survey-score", columns, &mut score, None);
                });
                let no_date = tr!("survey-no-date");
                grid_row(ui, tr!("survey-date"), |ui| {
                    column_picker(ui, "survey-date", columns, &mut date, Some(&no_date));
                });
                grid_row(ui, tr!("survey-metric"), |ui| {
                    for m in Metric::ALL {
                        crate::ui::choice::radio_value(ui, &mut metric, m, tr!(metric_key(m)))
                            .on_hover_text(tr!(format!("{}.hint", metric_key(m)).as_str()));
                    }
                });
                grid_row(ui, tr!("survey-scale"), |ui| {
                    ui.add_enabled_ui(!nps, |ui| {
                        ui.label(tr!("survey-scale-worst"));
                        ui.add(
                            egui::DragValue::new(&mut scale.0)
                                .speed(0.1)
                                .range(-1000.0..=1000.0),
                        );
                        ui.label(tr!("survey-scale-best"));
                        ui.add(
                            egui::DragValue::new(&mut scale.1)
                                .speed(0.1)
                                .range(-1000.0..=1000.0),
                        );
                    });
                });
            });
        (self.stage, self.channel, self.score, self.date) = (stage, channel, score, date);
        if metric != self.metric {
            self.set_metric(metric);
        }
    }

    /// What importing would do, worked out again whenever a choice or the
    /// map changes.
    fn summary_ui(&mut self, ui: &mut egui::Ui, project: &Project, revision: u64) {
        let Some(options) = self.options() else {
            ui.label(tr!("survey-choose-columns"));
            self.summary = None;
            return;
        };
        let asked = Asked { revision, options };
        if self.summary.as_ref().is_none_or(|(a, _)| *a != asked) {
            let result =
                measure::measure(project, &self.path, &asked.options).map_err(|e| error_words(&e));
            self.summary = Some((asked, result));
        }
        let Some((_, result)) = &self.summary else {
            return;
        };
        match result {
            Err(words) => {
                ui.colored_label(ui.visuals().error_fg_color, words.as_str());
            }
            Ok(measured) => summary_lines(ui, project, measured),
        }
    }
}

fn metric_key(metric: Metric) -> &'static str {
    match metric {
        Metric::Nps => "survey-metric-nps",
        Metric::Csat => "survey-metric-csat",
        Metric::Ces => "survey-metric-ces",
        Metric::Mean => "survey-metric-mean",
    }
}

fn column_picker(
    ui: &mut egui::Ui,
    id: &str,
    columns: &[Column],
    chosen: &mut Option<usize>,
    none: Option<&Text>,
) {
    let shown = |i: Option<usize>| -> Text {
        match i.and_then(|i| columns.get(i)) {
            Some(c) if c.question.is_empty() || c.question == c.name => Text::new(c.name.clone()),
            Some(c) => Text::new(format!("{} · {}", c.name, shorten(&c.question))),
            None => none.cloned().unwrap_or_else(|| tr!("survey-pick-column")),
        }
    };
    egui::ComboBox::from_id_salt(id)
        .width(360.0)
        .selected_text(shown(*chosen))
        .show_ui(ui, |ui| {
            if none.is_some() {
                ui.selectable_value(chosen, None, shown(None));
            }
            for i in 0..columns.len() {
                ui.selectable_value(chosen, Some(i), shown(Some(i)));
            }
        });
}

fn preview_ui(ui: &mut egui::Ui, peek: &Peek) {
    egui::ScrollArea::horizontal()
        .id_salt("survey-preview")
        .max_height(200.0)
        .show(ui, |ui| {
            egui::Grid::new("survey-preview-grid")
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    ui.label("");
                    for c in &peek.columns {
                        ui.strong(Text::new(shorten(&c.name)));
                    }
                    ui.end_row();
                    for (row, fields) in &peek.rows {
                        ui.weak(tr!("survey-row", row = *row));
                        for field in fields {
                            ui.label(Text::new(shorten(field)));
                        }
                        ui.end_row();
                    }
                });
        });
}

/// At most [`PREVIEW_CHARS`] characters of `text`, on one line.
fn shorten(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > PREVIEW_CHARS || line.len() < text.len() {
        let mut short: String = line.chars().take(PREVIEW_CHARS - 1).collect();
        short.push('…');
        short
    } else {
        line.to_owned()
    }
}

fn peek(path: &Path, sheet: Option<&str>) -> Result<Peek, MeasureError> {
    let mut survey = Survey::open(path, sheet)?;
    let mut rows = Vec::new();
    while rows.len() < PREVIEW_ROWS {
        let Some((row, record)) = survey.next_row()? else {
            break;
        };
        rows.push((row, record.iter().map(str::to_owned).collect()));
    }
    Ok(Peek {
        kind: survey.kind,
        columns: survey.columns,
        rows,
    })
}

/// The summary: what was read, measured and left out, and what disagrees.
fn summary_lines(ui: &mut egui::Ui, project: &Project, measured: &Measured) {
    let r = &measured.report;
    let stage_only = r.channel.is_none();
    ui.label(tr!(
        if stage_only {
            "survey-summary-stages"
        } else {
            "survey-summary-cells"
        },
        rows = r.rows,
        counted = r.counted,
        places = measured.measures.len()
    ));
    if stage_only {
        ui.weak(tr!(
            "survey-summary-lane",
            lane = measure::lane_name(measured.metric, &measured.source)
        ));
    }
    let left_out = [
        (r.empty, "survey-left-empty"),
        (r.not_numbers.count, "survey-left-not-numbers"),
        (r.off_scale.count, "survey-left-off-scale"),
    ];
    for (count, key) in left_out {
        if count > 0 {
            ui.label(tr!(key, count = count));
        }
    }
    let warn = ui.visuals().warn_fg_color;
    if r.unmatched_count > 0 {
        ui.colored_label(warn, tr!("survey-unmatched", count = r.unmatched_count));
        // At most twenty rows and a count: no scrolling needed.
        for u in &r.unmatched {
            let line = if stage_only {
                tr!(
                    "survey-unmatched-stage",
                    row = u.row,
                    stage = u.stage.clone()
                )
            } else {
                tr!(
                    "survey-unmatched-row",
                    row = u.row,
                    stage = u.stage.clone(),
                    channel = u.channel.clone()
                )
            };
            ui.label(line);
        }
        let more = r.unmatched_count - r.unmatched.len() as u64;
        if more > 0 {
            ui.weak(tr!("survey-unmatched-more", count = more));
        }
    }
    let uncertain = measured.uncertain();
    if uncertain > 0 {
        ui.colored_label(
            warn,
            tr!(
                "survey-uncertain",
                count = uncertain,
                few = crate::model::Measure::FEW
            ),
        );
    }
    let disagree = measured
        .measures
        .iter()
        .filter(|(place, m)| match place {
            measure::Place::Cell(key) => m.disagrees(project.cell(*key).and_then(|c| c.real)),
            measure::Place::Stage(_) => false,
        })
        .count();
    if disagree > 0 {
        ui.colored_label(warn, tr!("survey-disagree", count = disagree));
    }
}

/// A survey that could not be read, in the interface's words.
pub fn error_words(e: &MeasureError) -> String {
    match e {
        MeasureError::Empty => tr!("survey-error-empty").into(),
        MeasureError::Encoding { line, field } => {
            tr!("survey-error-encoding", line = *line, field = *field).into()
        }
        MeasureError::Syntax { line, message } => tr!(
            "survey-error-syntax",
            line = *line,
            message = message.clone()
        )
        .into(),
        MeasureError::Read { message, .. } => message.clone(),
        // Columns are picked from the file's own, so these are rare here.
        other @ (MeasureError::UnknownColumn { .. } | MeasureError::Unguessed { .. }) => {
            other.to_string()
        }
    }
}
