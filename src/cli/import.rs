//! `journeymap import`: a new map from a diagram or a cells CSV.

use std::path::Path;
use std::process::ExitCode;

use crate::{errln, file, outln};

/// Reads `input` into a new map and writes it to `output` (`-`: standard
/// output), never over an existing file.
pub fn import(input: &Path, output: &Path) -> ExitCode {
    let stdout = output == Path::new("-");
    if !stdout && let Err(e) = file::check_map_output(output, &[], false) {
        errln!("{e}");
        return ExitCode::FAILURE;
    }
    let imported = match crate::import::read(input) {
        Ok(imported) => imported,
        Err(crate::import::ImportError::File(e)) => {
            errln!("{e}");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            errln!("{}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    for warning in &imported.warnings {
        errln!("{}:{warning}", input.display());
    }
    let project = &imported.project;
    if stdout {
        return match file::to_string(project) {
            Ok(text) if text.len() as u64 <= file::MAX_FILE_BYTES => {
                super::out::stdout_bytes(text.as_bytes());
                ExitCode::SUCCESS
            }
            Ok(text) => {
                errln!(
                    "{}",
                    file::FileError::MapTooLarge {
                        path: output.to_owned(),
                        size: text.len() as u64
                    }
                );
                ExitCode::FAILURE
            }
            Err(e) => {
                errln!("{}: {e}", input.display());
                ExitCode::FAILURE
            }
        };
    }
    match file::save(output, project, None) {
        Ok(_) => {
            outln!(
                "{}: {} stages, {} channels, {} filled cells",
                output.display(),
                project.stages.len(),
                project.channels.len(),
                project.cell_count()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            errln!("{e}");
            ExitCode::FAILURE
        }
    }
}
