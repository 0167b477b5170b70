//! The `journeymap` command: opens the editor, or checks and formats project files.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use journeymap::{export, file, palette, templates};

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
    /// Render the ideal-versus-real infographic of a project as a PNG.
    Export {
        /// The project to render.
        file: PathBuf,
        /// Where to write the PNG; `-` writes it to standard output.
        #[arg(short, long, value_name = "OUT.png")]
        output: PathBuf,
        /// Replace OUT even if it exists and is not a PNG.
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
            force,
            scale,
            theme,
            view,
            colours,
        }) => export_png(
            &file,
            &output,
            force,
            export::Options {
                scale,
                theme,
                view,
                scheme: colours,
            },
        ),
        Some(Command::New {
            list,
            template,
            lang,
            output,
        }) => match (list, template, output) {
            (false, Some(template), Some(output)) => new_map(&template, lang, &output),
            _ => list_templates(),
        },
        None => editor(cli.file),
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        match file::load(path) {
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

fn export_png(input: &Path, output: &Path, force: bool, options: export::Options) -> ExitCode {
    let project = match file::load(input) {
        Ok(project) => project,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let result = if output == Path::new("-") {
        export::png(&project, &options).and_then(|bytes| {
            std::io::stdout()
                .lock()
                .write_all(&bytes)
                .map_err(|source| export::ExportError::Stdout(source.to_string()))
        })
    } else {
        export::write_png(&project, &options, output, &[input], force)
    };
    match result {
        Ok(()) => {
            if output != Path::new("-") {
                let (w, h) = export::Layout::new(&project).pixel_size(options.scale);
                println!("{}: {w} x {h} pixels", output.display());
            }
            ExitCode::SUCCESS
        }
        Err(export::ExportError::Write(e @ file::FileError::OtherFormat { .. })) => {
            eprintln!("{e} (use --force to replace it)");
            ExitCode::FAILURE
        }
        Err(export::ExportError::Write(e)) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("{}: {e}", output.display());
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
