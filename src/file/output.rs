//! Guards for outputs (exports, merges, imports): nothing of value is
//! written over.

use std::fs::{self, File, Metadata};
use std::io::{self, Read as _};
use std::path::Path;

use super::FileError;
use super::disk::{not_a_file, resolve_links};
use crate::format::Format;

/// Checks that writing an output to `output` loses nothing: it is not one of
/// the `inputs`, not a device, pipe or folder, not read-only, and, unless
/// `force`, not an existing file of another format, nor of a format people
/// edit by hand.
pub fn check_output(
    output: &Path,
    inputs: &[&Path],
    format: Format,
    force: bool,
) -> Result<(), FileError> {
    let write_error = |source| FileError::Write {
        path: output.to_owned(),
        source,
    };
    let target = resolve_links(output).map_err(write_error)?;
    let meta = match fs::metadata(&target) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(write_error(e)),
    };
    if inputs.iter().any(|input| same_file(&meta, &target, input)) {
        return Err(FileError::IsInput {
            path: output.to_owned(),
        });
    }
    if !meta.is_file() {
        return Err(write_error(not_a_file(&meta)));
    }
    if meta.permissions().readonly() {
        return Err(FileError::ReadOnly {
            path: output.to_owned(),
        });
    }
    if !force && meta.len() > 0 {
        let mut start = Vec::new();
        File::open(&target)
            .and_then(|f| f.take(format.magic().len() as u64).read_to_end(&mut start))
            .map_err(write_error)?;
        if start != format.magic() || format.hand_edited() {
            return Err(if format.hand_edited() {
                FileError::Exists {
                    path: output.to_owned(),
                }
            } else {
                FileError::OtherFormat {
                    path: output.to_owned(),
                    format,
                }
            });
        }
    }
    Ok(())
}

fn same_file(meta: &Metadata, target: &Path, other: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let _ = target;
        fs::metadata(other).is_ok_and(|o| o.dev() == meta.dev() && o.ino() == meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        match (fs::canonicalize(target), fs::canonicalize(other)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

/// Checks that a map may be written at `output`: nothing is there yet, or
/// it is one of `inputs` (a merge writes over ours, as git asks), or
/// `force` says to replace it. Folders, devices, pipes and read-only
/// files are refused even so.
pub fn check_map_output(output: &Path, inputs: &[&Path], force: bool) -> Result<(), FileError> {
    let write_error = |source| FileError::Write {
        path: output.to_owned(),
        source,
    };
    // Anything there, a dangling symbolic link included.
    if fs::symlink_metadata(output).is_err() {
        return Ok(());
    }
    let target = resolve_links(output).map_err(write_error)?;
    let meta = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(write_error(e)),
    };
    if let Some(meta) = &meta {
        if !meta.is_file() {
            return Err(write_error(not_a_file(meta)));
        }
        if meta.permissions().readonly() {
            return Err(FileError::ReadOnly {
                path: output.to_owned(),
            });
        }
        if inputs.iter().any(|input| same_file(meta, &target, input)) {
            return Ok(());
        }
    }
    if force {
        return Ok(());
    }
    Err(FileError::Exists {
        path: output.to_owned(),
    })
}
