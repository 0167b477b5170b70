//! `check`, `fmt` and `new`: maps as files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::say_recovered;
use crate::{errln, file, outln, templates};

/// `journeymap check`: validates files, printing each problem with its file,
/// line and column.
pub fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        match file::open(path) {
            Ok(loaded) if !loaded.project.conflicts.is_empty() => {
                say_recovered(path, loaded.recovered.as_ref());
                let project = &loaded.project;
                for c in &project.conflicts {
                    errln!(
                        "{}: unresolved merge conflict at {}: ours {}, theirs {}",
                        path.display(),
                        c.place(project),
                        c.shown(project, &c.ours),
                        c.shown(project, &c.theirs)
                    );
                }
                ok = false;
            }
            Ok(loaded) => {
                say_recovered(path, loaded.recovered.as_ref());
                let project = &loaded.project;
                outln!("{}: ok ({})", path.display(), project.summary());
            }
            Err(e) => {
                errln!("{e}");
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

/// `journeymap fmt`: rewrites files in the canonical format.
pub fn fmt(files: &[PathBuf], check_only: bool) -> ExitCode {
    let mut ok = true;
    for path in files {
        if let Err(e) = fmt_one(path, check_only) {
            errln!("{e}");
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
    say_recovered(path, loaded.recovered.as_ref());
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
    say_recovered(path, written.recovered.as_ref());
    match written.hard_links {
        Some(links) => outln!(
            "{}: formatted (in place, keeping its {links} hard links)",
            path.display()
        ),
        None => outln!("{}: formatted", path.display()),
    }
    Ok(())
}

/// `journeymap new --list`.
pub fn list_templates() -> ExitCode {
    for template in &templates::ALL {
        outln!(
            "{:<16} {} / {}",
            template.id,
            template.name(templates::Lang::En),
            template.name(templates::Lang::Fa)
        );
    }
    ExitCode::SUCCESS
}

/// `journeymap new --template NAME -o MAP.ron`: never over an existing file.
pub fn new_map(name: &str, lang: templates::Lang, output: &Path) -> ExitCode {
    let Some(template) = templates::find(name) else {
        let names: Vec<&str> = templates::ALL.iter().map(|t| t.id).collect();
        errln!(
            "journeymap: no template named `{name}`; the templates are: {}",
            names.join(", ")
        );
        return ExitCode::FAILURE;
    };
    let written = file::check_map_output(output, &[], false)
        .and_then(|()| file::save(output, &template.project(lang), None));
    match written {
        Ok(_) => {
            outln!(
                "{}: new map from the {} template",
                output.display(),
                template.id
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("{e}");
            ExitCode::FAILURE
        }
    }
}
