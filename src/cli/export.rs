//! The command line's `export` and `insights`: what they write and print.

use std::path::Path;
use std::process::ExitCode;

use crate::analysis::Insights;
use crate::export;
use crate::file;
use crate::format::Format;
use crate::model::Project;
use crate::{errln, out, outln};

/// `export`'s settings.
#[derive(Clone, Debug)]
pub struct ExportAs {
    pub format: Option<Format>,
    /// CSV: the action plan rather than the cells.
    pub plan: bool,
    pub force: bool,
    pub png: export::Options,
    /// The persona drawn alone, by name or number; `None`: all.
    pub persona: Option<String>,
}

fn load(input: &Path) -> Option<Project> {
    file::load(input).map_err(|e| errln!("{e}")).ok()
}

/// `journeymap export`: the infographic, a CSV table or a Mermaid diagram,
/// to a file or to standard output.
pub fn export(input: &Path, output: &Path, mut settings: ExportAs) -> ExitCode {
    // A name without an extension (or `-`, standard output) gets a PNG, as
    // it always has; an extension that names no format is refused.
    let named = Format::of_path(output).filter(|f| *f != Format::Map);
    let format = match (settings.format, named, output.extension()) {
        (Some(format), _, _) | (None, Some(format), _) => format,
        (None, None, None) => Format::Png,
        (None, None, Some(extension)) => {
            errln!(
                "{}: `.{}` names no format Journeymap writes; name the output with one of {} (or pass --format)",
                output.display(),
                extension.to_string_lossy(),
                Format::written_extensions()
            );
            return ExitCode::from(2);
        }
    };
    let format = match (format, settings.plan) {
        (Format::Cells, true) => Format::Plan,
        (format, false) => format,
        (_, true) => {
            errln!("--plan writes a CSV action plan; name the output .csv or pass --format csv");
            return ExitCode::FAILURE;
        }
    };
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
    if let Some(wanted) = &settings.persona {
        match persona_named(&project, wanted) {
            Some(id) => settings.png.persona = Some(id),
            None => {
                let names: Vec<String> = project
                    .personas
                    .iter()
                    .enumerate()
                    .map(|(i, p)| format!("{} {}", i + 1, crate::text::quoted(&p.name)))
                    .collect();
                errln!(
                    "{}: no persona {}; its personas are {}",
                    input.display(),
                    crate::text::quoted(wanted),
                    names.join(", ")
                );
                return ExitCode::from(2);
            }
        }
    }
    let stdout = output == Path::new("-");
    let result = if stdout {
        export::bytes(&project, &settings.png, format).and_then(|b| to_stdout(&b))
    } else {
        export::write(
            &project,
            &settings.png,
            format,
            output,
            &[input],
            settings.force,
        )
    };
    match result {
        Ok(()) => {
            if !stdout {
                match format {
                    Format::Png => {
                        let (w, h) = export::Layout::new(&project, &settings.png)
                            .pixel_size(settings.png.scale);
                        outln!("{}: {w} x {h} pixels", output.display());
                    }
                    Format::Pdf => {
                        let layout = export::Layout::new(&project, &settings.png);
                        let pages = export::pages::plan(
                            &layout,
                            settings.png.paper,
                            settings.png.landscape,
                        )
                        .len();
                        let s = if pages == 1 { "" } else { "s" };
                        outln!("{}: {pages} page{s}", output.display());
                    }
                    _ => outln!("{}: written", output.display()),
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

/// The persona named `wanted` (ignoring case), or numbered so (from 1).
fn persona_named(project: &Project, wanted: &str) -> Option<crate::model::PersonaId> {
    let wanted = wanted.trim();
    let by_name = project
        .personas
        .iter()
        .find(|p| p.name.trim().to_lowercase() == wanted.to_lowercase());
    let by_number = || {
        let n: usize = wanted.parse().ok()?;
        project.personas.get(n.checked_sub(1)?)
    };
    by_name.or_else(by_number).map(|p| p.id)
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
