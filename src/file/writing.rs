//! Writes keep the file's identity: they go through symbolic links, keep
//! hard links (see [`super::links`]), the owner, the group and the
//! permissions, refuse read-only files, and never replace a version someone
//! else wrote in the meantime.

use std::fs::{self, Metadata};
use std::io::{self, Write as _};
use std::path::Path;

use super::disk::{
    folder_of, not_a_file, plain, read, remove_stale_temp_files, resolve_links, sync_folder,
    temp_file_in,
};
use super::links::{self, Recovery};
use super::{FileError, fingerprint};

/// What a write did beyond replacing the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The [`fingerprint`] of what was written.
    pub fingerprint: u64,
    /// The file had this many hard links, so it was written in place to
    /// keep them (after a backup copy, removed once the write succeeded).
    pub hard_links: Option<u64>,
    /// A backup an interrupted earlier save had left, dealt with first.
    pub recovered: Option<Recovery>,
}

/// Writes `bytes` to `path` so that a crash or a full disk at any moment
/// leaves either the old content or the new, never a mix:
/// - a symbolic link is followed and its target replaced;
/// - a file with several hard links is written in place after a backup
///   copy, so every link sees the new content (see [`super::links`]);
/// - otherwise a temporary file in the same folder is written, flushed,
///   given the old file's permissions, owner and group, and renamed over it;
/// - a read-only file, or something that is not a regular file, is refused;
/// - with `expected`, the write is abandoned if the file on disk no longer
///   has that [`fingerprint`] (someone else saved it meanwhile).
pub fn write(path: &Path, bytes: &[u8], expected: Option<u64>) -> Result<Written, FileError> {
    let write_error = |source| FileError::Write {
        path: path.to_owned(),
        source,
    };
    let target = resolve_links(path).map_err(write_error)?;
    let folder = folder_of(&target);
    if !folder.is_dir() {
        return Err(FileError::NoFolder {
            path: path.to_owned(),
            folder: folder.to_owned(),
        });
    }
    let recovered = links::recover(path, &target)?;
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(write_error(e)),
    };
    if let Some(meta) = &existing {
        if !meta.is_file() {
            return Err(write_error(not_a_file(meta)));
        }
        if meta.permissions().readonly() {
            return Err(FileError::ReadOnly {
                path: path.to_owned(),
            });
        }
    }
    // Still what was read? A deleted file does not count: writing recreates it.
    let unchanged = |now: &[u8]| match expected {
        Some(expected) if fingerprint(now) != expected => Err(FileError::ChangedOnDisk {
            path: path.to_owned(),
        }),
        _ => Ok(()),
    };
    let written = Written {
        fingerprint: fingerprint(bytes),
        hard_links: hard_links(existing.as_ref()),
        recovered,
    };
    if written.hard_links.is_some() {
        links::write_in_place(path, &target, bytes, unchanged)?;
    } else {
        let unchanged = || match read(&target) {
            Ok(now) => unchanged(&now),
            Err(_) => Ok(()),
        };
        replace(&target, bytes, existing.as_ref(), unchanged).map_err(|e| match e {
            Failure::Io(source) => write_error(source),
            Failure::File(e) => e,
        })?;
    }
    Ok(written)
}

fn hard_links(meta: Option<&Metadata>) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.map(MetadataExt::nlink).filter(|&n| n > 1)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

enum Failure {
    Io(io::Error),
    File(FileError),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Self::Io(plain(e))
    }
}

/// Writes a temporary file beside `target` and renames it over `target`.
fn replace(
    target: &Path,
    bytes: &[u8],
    existing: Option<&Metadata>,
    unchanged: impl Fn() -> Result<(), FileError>,
) -> Result<(), Failure> {
    let dir = folder_of(target);
    remove_stale_temp_files(dir);
    let mut temp = temp_file_in(dir)?;
    temp.write_all(bytes)?;
    #[cfg(unix)]
    if let Some(meta) = existing {
        use std::os::unix::fs::MetadataExt as _;
        // Keep the owner and group where allowed (root, or a group we are in).
        let file = temp.as_file();
        if std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(meta.gid()));
        }
    }
    // Keep the permissions of the file being replaced; a new file keeps the
    // mode it was created with (read-write as the umask allows).
    if let Some(meta) = existing {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.as_file().sync_all()?;
    // As late as possible: the last moment someone else's save can be noticed.
    unchanged().map_err(Failure::File)?;
    temp.persist(target).map_err(|e| Failure::from(e.error))?;
    sync_folder(dir);
    Ok(())
}
