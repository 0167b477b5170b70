//! The `journeymap` command: opens the editor, or checks and formats project files.

#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use journeymap::{cli, errln, export, palette, templates};

/// A desktop editor for customer journey maps.
///
/// Without a command, opens FILE in the editor (or a sample map when no file is given).
#[derive(Parser)]
#[command(name = "journeymap", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// A `.ron` project to open.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate project files; print each problem with its file, line and column, and exit 1 if any file is invalid.
    Check {
        /// Project files to validate.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite project files in the canonical format, so diffs stay clean.
    Fmt {
        /// Project files to format in place.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; exit 1 if any file is not in the canonical format.
        #[arg(long)]
        check: bool,
    },
    /// Show what changed between two versions of a map, one change per line
    /// in the map's own terms. Exits 0 when they are equal, 1 when they differ.
    ///
    /// With seven arguments it works as git's external diff
    /// (`diff.journeymap.command`); with `--textconv FILE` it lists a map's
    /// content as changes from an empty map, for `diff.journeymap.textconv`.
    Diff {
        /// OLD and NEW maps (or git's seven external-diff arguments).
        #[arg(num_args = 1..=7, required = true, value_name = "OLD NEW")]
        files: Vec<PathBuf>,
        /// One JSON object per change, in a JSON array.
        #[arg(long, conflicts_with = "textconv")]
        json: bool,
        /// List one map's content, for git's textconv.
        #[arg(long)]
        textconv: bool,
    },
    /// Three-way merge of a map: BASE and the two versions made from it.
    /// Exits 0 when clean, 1 with conflicts (kept in OUT's `conflicts` list,
    /// ours in the map until resolved), 2 when a map cannot be read.
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        /// Where to write the merged map: one of the three (git's driver
        /// passes ours, `%A`), or a new file.
        #[arg(short, long, value_name = "OUT.ron")]
        output: PathBuf,
        /// The map's own path, named in messages (git's driver passes `%P`).
        #[arg(long, value_name = "PATH")]
        name: Option<PathBuf>,
        /// Replace OUT even if it exists and is none of the three maps.
        #[arg(long)]
        force: bool,
    },
    /// Make git in the current repository diff and merge `.ron` maps with
    /// Journeymap: writes `.gitattributes` and the `git config` entries.
    GitSetup,
    /// Make a map from a Mermaid `journey` diagram (`.mmd`, or a Markdown
    /// file holding one): sections become stages, actors channels, tasks
    /// actions with their score as the real experience. Or from a cells
    /// CSV (`.csv`, as `export -o cells.csv` writes it), its columns
    /// found by their header names. Or give back the map a PNG, SVG or PDF
    /// export carries.
    Import {
        /// The diagram or CSV to read (UTF-8, or UTF-16 with a byte-order
        /// mark; a CSV may separate its fields with commas, semicolons or
        /// tabs), or the `.png`, `.svg` or `.pdf` export.
        file: PathBuf,
        /// Where to write the new map (`-`: standard output); an existing
        /// file is never replaced.
        #[arg(short, long, value_name = "MAP.ron")]
        output: PathBuf,
    },
    /// Put survey results into a map: each answer row names a stage and a
    /// channel, and the answers about each cell are counted as NPS, CSAT,
    /// CES or a mean, with the number of answers and a 95 % interval (the
    /// README gives the formulas). Reads Qualtrics, SurveyMonkey and Google
    /// Forms CSV exports, plain CSV (comma, semicolon or tab) and `.xlsx`,
    /// `.xls` or `.ods` workbooks. Columns are named by their header or
    /// question text, and guessed from the headers when not named.
    /// Measuring again from the same file replaces its measures.
    Measure {
        /// The map.
        map: PathBuf,
        /// The survey results.
        results: PathBuf,
        /// Where to write the map with its measures: MAP itself, a new
        /// file, or `-` for standard output.
        #[arg(short, long, value_name = "OUT.ron")]
        output: PathBuf,
        /// The column naming the stage.
        #[arg(long, value_name = "COLUMN")]
        stage: Option<String>,
        /// The column naming the channel.
        #[arg(long, value_name = "COLUMN", conflicts_with = "stage_only")]
        channel: Option<String>,
        /// The column holding the answer.
        #[arg(long, value_name = "COLUMN")]
        score: Option<String>,
        /// The column holding the answer's date.
        #[arg(long, value_name = "COLUMN")]
        date: Option<String>,
        /// How to count the answers.
        #[arg(long, value_enum, default_value_t = MetricArg::Nps)]
        metric: MetricArg,
        /// The answers' scale, worst answer first: `1..5`, `5..1` when 1
        /// is best. By default 0..10 for NPS, 1..5 for CSAT and mean, 1..7
        /// for CES.
        #[arg(long, value_name = "WORST..BEST", value_parser = parse_scale, allow_hyphen_values = true)]
        scale: Option<journeymap::measure::Scale>,
        /// The survey names no channel: fill a metric lane ("NPS ·
        /// FILE") with one value per stage.
        #[arg(long)]
        stage_only: bool,
        /// A workbook's sheet, by name (by default the first).
        #[arg(long)]
        sheet: Option<String>,
    },
    /// Start a new map from a template (`--list` shows them).
    New {
        /// List the templates and exit.
        #[arg(long, conflicts_with_all = ["template", "output"])]
        list: bool,
        /// The template, by the name `--list` shows.
        #[arg(long, short, required_unless_present = "list")]
        template: Option<String>,
        /// The language of the template's words.
        #[arg(long, value_enum, default_value_t = templates::Lang::En)]
        lang: templates::Lang,
        /// Where to write the new map; an existing file is never replaced.
        #[arg(short, long, value_name = "MAP.ron", required_unless_present = "list")]
        output: Option<PathBuf>,
    },
    /// Render the ideal-versus-real infographic of a project as a PNG, write
    /// its cells or action plan as CSV for spreadsheets and CRM, or write it
    /// as a Mermaid `journey` diagram.
    Export {
        /// The project to export.
        file: PathBuf,
        /// Where to write; `-` writes to standard output. The extension
        /// (`.png`, `.pdf`, `.svg`, `.csv`, `.mmd`) chooses the format
        /// unless `--format` does.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// The format, when OUT's extension does not say.
        #[arg(long, value_enum)]
        format: Option<journeymap::format::Format>,
        /// CSV: the action plan (one row per opportunity, grouped by owner)
        /// instead of one row per cell.
        #[arg(long)]
        plan: bool,
        /// Replace OUT even if it exists and is not a file of that format.
        #[arg(long)]
        force: bool,
        /// Pixel density: 1 for screens, 2 for slides, 3 or 4 for print.
        #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=4))]
        scale: u32,
        /// Background.
        #[arg(long, value_enum, default_value_t = export::Theme::Light)]
        theme: export::Theme,
        /// Which experience lines and badges to draw.
        #[arg(long, value_enum, default_value_t = export::View::Both)]
        view: export::View,
        /// Colours for positive and negative: blue-orange is safe for
        /// red-green colour blindness.
        #[arg(long, value_enum, default_value_t = palette::Scheme::RedGreen)]
        colours: palette::Scheme,
        /// Leave out the findings section (inconsistent stages, where to
        /// act, root causes).
        #[arg(long)]
        no_findings: bool,
        /// The language of the infographic's own words (titles, findings,
        /// axis, badges, legend); by default the map's.
        #[arg(long, value_enum)]
        lang: Option<templates::Lang>,
        /// PDF: the paper. `fit` is one page the size of the map; on A4, A3
        /// or Letter a large map is split across pages, its stage and
        /// channel headers repeated on each.
        #[arg(long, value_enum, default_value_t = export::Paper::Fit)]
        page: export::Paper,
        /// PDF: turn the paper sideways.
        #[arg(long)]
        landscape: bool,
        /// Draw one persona's curves and lanes only: its name, or its
        /// number in the map's list (1 is the first). By default, all.
        #[arg(long, value_name = "NAME")]
        persona: Option<String>,
        /// PNG, SVG and PDF: leave the map's file out. By default they carry
        /// it, so `journeymap import` and the editor open them as the map.
        #[arg(long)]
        no_embed: bool,
    },
    /// Print what the map says: inconsistent stages, ranked opportunities,
    /// cliff, largest gap, root causes and coverage.
    Insights {
        /// The project to read.
        file: PathBuf,
        /// As one JSON object (its shape is in the README).
        #[arg(long)]
        json: bool,
    },
}

/// How `measure` counts answers.
#[derive(Clone, Copy, clap::ValueEnum)]
enum MetricArg {
    /// Net Promoter Score: % answering 9–10 minus % answering 0–6.
    Nps,
    /// Satisfaction: % of answers in the top two boxes.
    Csat,
    /// Customer effort: the mean answer, higher meaning easier.
    Ces,
    /// The mean answer.
    Mean,
}

impl From<MetricArg> for journeymap::model::Metric {
    fn from(m: MetricArg) -> Self {
        match m {
            MetricArg::Nps => Self::Nps,
            MetricArg::Csat => Self::Csat,
            MetricArg::Ces => Self::Ces,
            MetricArg::Mean => Self::Mean,
        }
    }
}

fn parse_scale(text: &str) -> Result<journeymap::measure::Scale, String> {
    journeymap::measure::parse_scale(text)
        .ok_or_else(|| format!("`{text}` is not a scale; write it worst..best, e.g. 1..5"))
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let code = run(cli);
    cli::out::finish(code)
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { files }) => cli::check(&files),
        Some(Command::Fmt { files, check }) => cli::fmt(&files, check),
        Some(Command::Export {
            file,
            output,
            format,
            plan,
            force,
            scale,
            theme,
            view,
            colours,
            no_findings,
            lang,
            page,
            landscape,
            persona,
            no_embed,
        }) => cli::export(
            &file,
            &output,
            cli::ExportAs {
                format,
                plan,
                force,
                png: export::Options {
                    scale,
                    theme,
                    view,
                    scheme: colours,
                    findings: !no_findings,
                    language: lang,
                    paper: page,
                    landscape,
                    persona: None,
                    embed: !no_embed,
                },
                persona,
            },
        ),
        Some(Command::Insights { file, json }) => cli::insights(&file, json),
        Some(Command::New {
            list,
            template,
            lang,
            output,
        }) => match (list, template, output) {
            (false, Some(template), Some(output)) => cli::new_map(&template, lang, &output),
            _ => cli::list_templates(),
        },
        Some(Command::Diff {
            files,
            json,
            textconv,
        }) => cli::diff(&files, json, textconv),
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
            name,
            force,
        }) => cli::merge([&base, &ours, &theirs], &output, name.as_deref(), force),
        Some(Command::GitSetup) => cli::git_setup(),
        Some(Command::Import { file, output }) => cli::import(&file, &output),
        Some(Command::Measure {
            map,
            results,
            output,
            stage,
            channel,
            score,
            date,
            metric,
            scale,
            stage_only,
            sheet,
        }) => cli::measure(
            &map,
            &results,
            &output,
            &journeymap::measure::Options {
                stage,
                channel,
                score,
                date,
                metric: metric.into(),
                scale,
                stage_only,
                sheet,
            },
        ),
        None => editor(cli.file),
    }
}

#[cfg(feature = "gui")]
fn editor(file: Option<PathBuf>) -> ExitCode {
    match journeymap::ui::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("journeymap: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn editor(_file: Option<PathBuf>) -> ExitCode {
    errln!("journeymap: this build has no editor (built without the `gui` feature)");
    ExitCode::FAILURE
}
