//! The command line's `export` and `insights`: what they write and print.

use std::path::Path;
use std::process::ExitCode;

use crate::analysis::Insights;
use crate::export::{self, table};
use crate::file;
use crate::model::Project;
use crate::{errln, out, outln};

/// What `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Png,
    /// A PDF with real text; `--page` chooses the paper.
    Pdf,
    /// An SVG with its text as paths.
    Svg,
    Csv,
    /// A Mermaid `journey` diagram.
    Mermaid,
}

impl Format {
    /// The extensions that name a format, as listed in messages.
    pub const EXTENSIONS: &str = ".png, .pdf, .svg, .csv, .mmd";

    /// The format OUT's extension names, if it names one.
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(Self::Png),
            "pdf" => Some(Self::Pdf),
            "svg" => Some(Self::Svg),
            "csv" => Some(Self::Csv),
            "mmd" => Some(Self::Mermaid),
            _ => None,
        }
    }
}

/// `export`'s settings.
#[derive(Clone, Copy, Debug)]
pub struct ExportAs {
    pub format: Option<Format>,
    /// CSV: the action plan rather than the cells.
    pub plan: bool,
    pub force: bool,
    pub png: export::Options,
}

fn load(input: &Path) -> Option<Project> {
    file::load(input).map_err(|e| errln!("{e}")).ok()
}

/// `journeymap export`: a PNG or a CSV, to a file or to standard output.
pub fn export(input: &Path, output: &Path, settings: ExportAs) -> ExitCode {
    // A name without an extension (or `-`, standard output) gets a PNG, as
    // it always has; an extension that names no format is refused.
    let format = match (settings.format, Format::of(output), output.extension()) {
        (Some(format), _, _) | (None, Some(format), _) => format,
        (None, None, None) => Format::Png,
        (None, None, Some(extension)) => {
            errln!(
                "{}: `.{}` names no format Journeymap writes; name the output with one of {} (or pass --format)",
                output.display(),
                extension.to_string_lossy(),
                Format::EXTENSIONS
            );
            return ExitCode::from(2);
        }
    };
    if settings.plan && format != Format::Csv {
        errln!("--plan writes a CSV action plan; name the output .csv or pass --format csv");
        return ExitCode::FAILURE;
    }
    let paged = settings.png.paper != export::Paper::Fit || settings.png.landscape;
    if paged && format != Format::Pdf {
        errln!(
            "--page and --landscape lay out PDF pages; name the output .pdf or pass --format pdf"
        );
        return ExitCode::FAILURE;
    }
    let Some(project) = load(input) else {
        return ExitCode::FAILURE;
    };
    let stdout = output == Path::new("-");
    let result = match (format, stdout) {
        (Format::Png | Format::Pdf | Format::Svg, _) => {
            let kind = match format {
                Format::Pdf => export::Kind::Pdf,
                Format::Svg => export::Kind::Svg,
                _ => export::Kind::Png,
            };
            if stdout {
                export::bytes(&project, &settings.png, kind).and_then(|b| to_stdout(&b))
            } else {
                export::write(
                    &project,
                    &settings.png,
                    kind,
                    output,
                    &[input],
                    settings.force,
                )
            }
        }
        (Format::Mermaid, true) => to_stdout(crate::mermaid::write(&project).as_bytes()),
        (Format::Mermaid, false) => write_mermaid(&project, output, input, settings.force),
        (Format::Csv, _) => {
            let table = if settings.plan {
                table::Table::Plan
            } else {
                table::Table::Cells
            };
            if stdout {
                to_stdout(&table.bytes(&project))
            } else {
                table::write_csv(&project, table, output, &[input], settings.force)
                    .map_err(export::ExportError::from)
            }
        }
    };
    match result {
        Ok(()) => {
            if !stdout {
                match format {
                    Format::Png => {
                        let (w, h) = export::Layout::new(&project, settings.png.findings)
                            .pixel_size(settings.png.scale);
                        outln!("{}: {w} x {h} pixels", output.display());
                    }
                    Format::Pdf => {
                        let layout = export::Layout::new(&project, settings.png.findings);
                        let pages = export::pages::plan(
                            &layout,
                            settings.png.paper,
                            settings.png.landscape,
                        )
                        .len();
                        let s = if pages == 1 { "" } else { "s" };
                        outln!("{}: {pages} page{s}", output.display());
                    }
                    Format::Svg | Format::Csv | Format::Mermaid => {
                        outln!("{}: written", output.display());
                    }
                }
            }
            ExitCode::SUCCESS
        }
        Err(export::ExportError::Write(
            e @ (file::FileError::OtherFormat { .. } | file::FileError::Exists { .. }),
        )) => {
            errln!("{e} (use --force to replace it)");
            ExitCode::FAILURE
        }
        Err(export::ExportError::Write(e)) => {
            errln!("{e}");
            ExitCode::FAILURE
        }
        Err(e) => {
            errln!("{}: {e}", output.display());
            ExitCode::FAILURE
        }
    }
}

/// Writes the map's Mermaid diagram, refusing to replace the map itself or
/// a file that is not a diagram.
fn write_mermaid(
    project: &Project,
    output: &Path,
    input: &Path,
    force: bool,
) -> Result<(), export::ExportError> {
    file::check_output(output, &[input], file::MERMAID, force)?;
    file::write(output, crate::mermaid::write(project).as_bytes(), None)?;
    Ok(())
}

fn to_stdout(bytes: &[u8]) -> Result<(), export::ExportError> {
    super::out::stdout_bytes(bytes);
    Ok(())
}

/// `journeymap insights`: the findings as text or JSON.
pub fn insights(input: &Path, json: bool) -> ExitCode {
    let Some(project) = load(input) else {
        return ExitCode::FAILURE;
    };
    let insights = Insights::of(&project);
    if json {
        let value = insights.to_json(&project);
        outln!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else {
        out!(
            "{}",
            crate::text::terminal_safe(&insights.to_text(&project))
        );
    }
    ExitCode::SUCCESS
}
