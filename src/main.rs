//! The `journeymap` command: opens the editor, or checks and formats project files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use journeymap::{cli, export, file, palette, templates};

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
        /// Where to write the merged map (git's driver passes ours, `%A`).
        #[arg(short, long, value_name = "OUT.ron")]
        output: PathBuf,
    },
    /// Make git in the current repository diff and merge `.ron` maps with
    /// Journeymap: writes `.gitattributes` and the `git config` entries.
    GitSetup,
    /// Make a map from a Mermaid `journey` diagram (`.mmd`, or a Markdown
    /// file holding one): sections become stages, actors channels, tasks
    /// actions with their score as the real experience. Or from a cells
    /// CSV (`.csv`, as `export -o cells.csv` writes it), its columns
    /// found by their header names.
    Import {
        /// The diagram or CSV to read.
        file: PathBuf,
        /// Where to write the new map; an existing file is never replaced.
        #[arg(short, long, value_name = "MAP.ron")]
        output: PathBuf,
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
        format: Option<cli::Format>,
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

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => check(&files),
        Some(Command::Fmt { files, check }) => fmt(&files, check),
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
                },
            },
        ),
        Some(Command::Insights { file, json }) => cli::insights(&file, json),
        Some(Command::New {
            list,
            template,
            lang,
            output,
        }) => match (list, template, output) {
            (false, Some(template), Some(output)) => new_map(&template, lang, &output),
            _ => list_templates(),
        },
        Some(Command::Diff {
            files,
            json,
            textconv,
        }) => diff(&files, json, textconv),
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
        }) => merge(&base, &ours, &theirs, &output),
        Some(Command::GitSetup) => git_setup(),
        Some(Command::Import { file, output }) => import(&file, &output),
        None => editor(cli.file),
    }
}

/// A map to compare; git passes `/dev/null` for a file that does not exist on one side.
fn load_or_empty(path: &Path) -> Result<journeymap::model::Project, file::FileError> {
    if path == Path::new("/dev/null") {
        return Ok(journeymap::model::Project::default());
    }
    file::load(path)
}

fn diff(files: &[PathBuf], json: bool, textconv: bool) -> ExitCode {
    let (old, new, git) = match (files, textconv) {
        ([file], true) => (Path::new("/dev/null"), file.as_path(), None),
        ([old, new], false) => (old.as_path(), new.as_path(), None),
        ([path, old, _, _, new, _, _], false) => (old.as_path(), new.as_path(), Some(path)),
        _ => {
            eprintln!(
                "journeymap diff: give OLD and NEW, or --textconv FILE, or git's seven external-diff arguments"
            );
            return ExitCode::from(2);
        }
    };
    let (old, new) = match (load_or_empty(old), load_or_empty(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let changes = journeymap::diff::diff(&old, &new);
    if let Some(path) = git {
        println!("journeymap diff {}", path.display());
    }
    if json {
        match serde_json::to_string_pretty(&changes) {
            Ok(text) => println!("{text}"),
            Err(e) => {
                eprintln!("journeymap diff: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        for change in &changes {
            println!("{change}");
        }
    }
    // git takes a non-zero exit from an external diff or textconv as a failure.
    if changes.is_empty() || git.is_some() || textconv {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn merge(base: &Path, ours: &Path, theirs: &Path, output: &Path) -> ExitCode {
    // git's base for a map added on both branches is an empty file.
    let empty_base = std::fs::metadata(base).is_ok_and(|m| m.len() == 0);
    let base = if empty_base {
        Path::new("/dev/null")
    } else {
        base
    };
    let loaded = (load_or_empty(base), file::load(ours), file::load(theirs));
    let (base, ours, theirs) = match loaded {
        (Ok(b), Ok(o), Ok(t)) => (b, o, t),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
            eprintln!("{e}");
            eprintln!("journeymap merge: nothing written");
            return ExitCode::from(2);
        }
    };
    let merged = match journeymap::merge::merge(&base, &ours, &theirs) {
        Ok(merged) => merged,
        Err(e) => {
            eprintln!("journeymap merge: the merged map would be invalid ({e}); nothing written");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = file::save(output, &merged, None) {
        eprintln!("{e}");
        return ExitCode::from(2);
    }
    if merged.conflicts.is_empty() {
        return ExitCode::SUCCESS;
    }
    eprintln!(
        "{}: {} conflict{} kept ours; open the map in Journeymap to choose, or edit its `conflicts` list:",
        output.display(),
        merged.conflicts.len(),
        if merged.conflicts.len() == 1 { "" } else { "s" }
    );
    for c in &merged.conflicts {
        eprintln!(
            "  {}: ours {}, theirs {}",
            c.place(&merged),
            c.shown(&merged, &c.ours),
            c.shown(&merged, &c.theirs)
        );
    }
    ExitCode::FAILURE
}

/// The attributes line that routes maps through Journeymap.
const GIT_ATTRIBUTES: &str = "*.ron diff=journeymap merge=journeymap";

fn git_setup() -> ExitCode {
    let git = |args: &[&str]| std::process::Command::new("git").args(args).output();
    let root = match git(&["rev-parse", "--show-toplevel"]) {
        Ok(out) if out.status.success() => {
            PathBuf::from(String::from_utf8_lossy(&out.stdout).trim().to_owned())
        }
        _ => {
            eprintln!(
                "journeymap git-setup: not inside a git repository (or git is not installed)"
            );
            return ExitCode::FAILURE;
        }
    };
    // The running program, so the setup works without it on PATH.
    let program = std::env::current_exe()
        .ok()
        .and_then(|p| {
            p.to_str()
                .map(|p| format!("'{}'", p.replace('\'', "'\\''")))
        })
        .unwrap_or_else(|| "journeymap".to_owned());
    let settings = [
        ("diff.journeymap.command", format!("{program} diff")),
        ("merge.journeymap.name", "Journeymap map merge".to_owned()),
        (
            "merge.journeymap.driver",
            format!("{program} merge %O %A %B -o %A"),
        ),
    ];
    for (key, value) in &settings {
        if !git(&["config", key, value]).is_ok_and(|out| out.status.success()) {
            eprintln!("journeymap git-setup: `git config {key}` failed");
            return ExitCode::FAILURE;
        }
        println!("git config {key} \"{value}\"");
    }
    let attributes = root.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if !existing.lines().any(|l| l.trim() == GIT_ATTRIBUTES) {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(GIT_ATTRIBUTES);
        text.push('\n');
        if let Err(e) = std::fs::write(&attributes, text) {
            eprintln!("{}: cannot write: {e}", attributes.display());
            return ExitCode::FAILURE;
        }
    }
    println!("{}: {GIT_ATTRIBUTES}", attributes.display());
    ExitCode::SUCCESS
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        match file::load(path) {
            Ok(project) if !project.conflicts.is_empty() => {
                for c in &project.conflicts {
                    eprintln!(
                        "{}: unresolved merge conflict at {}: ours {}, theirs {}",
                        path.display(),
                        c.place(&project),
                        c.shown(&project, &c.ours),
                        c.shown(&project, &c.theirs)
                    );
                }
                ok = false;
            }
            Ok(project) => println!(
                "{}: ok ({} stages, {} channels, {} cells)",
                path.display(),
                project.stages.len(),
                project.channels.len(),
                project.cell_count()
            ),
            Err(e) => {
                eprintln!("{e}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn fmt(files: &[PathBuf], check_only: bool) -> ExitCode {
    let mut ok = true;
    for path in files {
        if let Err(e) = fmt_one(path, check_only) {
            eprintln!("{e}");
            ok = false;
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Formats one file; the error is the message to print.
fn fmt_one(path: &Path, check_only: bool) -> Result<(), String> {
    let loaded = file::open(path).map_err(|e| e.to_string())?;
    if loaded.canonical {
        return Ok(());
    }
    // Formatting would drop comments: refuse rather than lose them.
    if let Some((line, column)) = loaded.comment {
        return Err(format!(
            "{}:{line}:{column}: a comment; `journeymap fmt` does not keep comments, so the file was left as it is. \
             Move the text into a `notes` field (cells) or a `description` (stages, persona), then run fmt again",
            path.display()
        ));
    }
    if check_only {
        return Err(format!(
            "{}: not in the canonical format (run `journeymap fmt`)",
            path.display()
        ));
    }
    let written =
        file::save(path, &loaded.project, Some(loaded.fingerprint)).map_err(|e| e.to_string())?;
    match written.hard_links {
        Some(links) => println!(
            "{}: formatted (in place, keeping its {links} hard links)",
            path.display()
        ),
        None => println!("{}: formatted", path.display()),
    }
    Ok(())
}

fn list_templates() -> ExitCode {
    for template in &templates::ALL {
        println!(
            "{:<16} {} / {}",
            template.id,
            template.name(templates::Lang::En),
            template.name(templates::Lang::Fa)
        );
    }
    ExitCode::SUCCESS
}

fn new_map(name: &str, lang: templates::Lang, output: &Path) -> ExitCode {
    let Some(template) = templates::find(name) else {
        let names: Vec<&str> = templates::ALL.iter().map(|t| t.id).collect();
        eprintln!(
            "journeymap: no template named `{name}`; the templates are: {}",
            names.join(", ")
        );
        return ExitCode::FAILURE;
    };
    if output.exists() || output.is_symlink() {
        eprintln!(
            "{}: not overwritten: the file exists. Choose another name",
            output.display()
        );
        return ExitCode::FAILURE;
    }
    match file::save(output, &template.project(lang), None) {
        Ok(_) => {
            println!(
                "{}: new map from the {} template",
                output.display(),
                template.id
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn import(input: &Path, output: &Path) -> ExitCode {
    let text = match std::fs::read_to_string(input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    let is_csv = input
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let read = if is_csv {
        let title = input
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        journeymap::csv_in::parse(&text, &title)
            .map(|(project, warnings)| {
                (project, warnings.iter().map(ToString::to_string).collect())
            })
            .map_err(|e| e.to_string())
    } else {
        journeymap::mermaid::parse(&text)
            .map(|(project, warnings)| {
                (project, warnings.iter().map(ToString::to_string).collect())
            })
            .map_err(|e| e.to_string())
    };
    let (project, warnings): (_, Vec<String>) = match read {
        Ok(read) => read,
        Err(e) => {
            eprintln!("{}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    for warning in &warnings {
        eprintln!("{}:{warning}", input.display());
    }
    if output.exists() || output.is_symlink() {
        eprintln!(
            "{}: not overwritten: the file exists. Choose another name",
            output.display()
        );
        return ExitCode::FAILURE;
    }
    match file::save(output, &project, None) {
        Ok(_) => {
            println!(
                "{}: {} stages, {} channels, {} filled cells",
                output.display(),
                project.stages.len(),
                project.channels.len(),
                project.cell_count()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn editor(file: Option<PathBuf>) -> ExitCode {
    match journeymap::ui::run(file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("journeymap: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn editor(_file: Option<PathBuf>) -> ExitCode {
    eprintln!("journeymap: this build has no editor (built without the `gui` feature)");
    ExitCode::FAILURE
}
