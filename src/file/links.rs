//! Saving a file that has several hard links. A rename would cut it off
//! from its other names, so it is written where it is, which no system
//! makes atomic. What makes it safe:
//!
//! 1. the old content is copied to a backup beside it, flushed, and only
//!    then given its name, `.NAME.INODE.HASH.journeymap-backup` (INODE: the
//!    file's, which all its names share; HASH: the new content's
//!    fingerprint); a backup with that name is always complete;
//! 2. a longer file first grows by the new content's tail, so a full disk
//!    is met before a byte of the old content changes (it is then cut back);
//! 3. the new content is written over the old and flushed;
//! 4. the backup is removed.
//!
//! A kill between 1 and 4 leaves the backup. The next time any command
//! reads or saves the file through any of its names in that folder, [`recover`]
//! finds it: when the file holds the new content (the save had finished)
//! or the old (it had not begun) the backup is removed; otherwise the old
//! content is put back from it. Either way the file ends complete, old or
//! new, and the user is told.

use std::fs::{self, File};
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use super::FileError;
use super::disk::{folder_of, plain, read, remove_stale_temp_files, sync_folder, temp_file_in};
use super::fingerprint;

const BACKUP_SUFFIX: &str = ".journeymap-backup";

/// What [`recover`] did with a backup an interrupted save left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// The file was partly written: its old content was put back.
    Restored { backup: PathBuf },
    /// The file was whole (the save had finished, or not begun): the
    /// backup was removed.
    Removed { backup: PathBuf },
}

impl std::fmt::Display for Recovery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Restored { backup } => write!(
                f,
                "an earlier save of this file was interrupted part-way; its previous content was put back from {}",
                backup.display()
            ),
            Self::Removed { backup } => write!(
                f,
                "an earlier save of this file was interrupted after it had finished; its backup {} was removed",
                backup.display()
            ),
        }
    }
}

/// The backup's name for `target` when the new content has `fingerprint`.
fn backup_path(target: &Path, inode: u64, fingerprint: u64) -> PathBuf {
    folder_of(target).join(format!(
        ".{}.{inode:x}.{fingerprint:016x}{BACKUP_SUFFIX}",
        file_name(target)
    ))
}

fn file_name(target: &Path) -> String {
    target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The file's inode, which all its hard links share (0 where there is none).
fn inode(meta: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::ino(meta)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        0
    }
}

/// Backups an interrupted save of the file `inode` left in `folder`, with
/// the fingerprint of the content that save was writing.
fn backups_of(folder: &Path, inode: u64) -> Vec<(PathBuf, u64)> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, u64)> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let mut parts = name.strip_suffix(BACKUP_SUFFIX)?.rsplitn(3, '.');
            let hash = parts.next().filter(|h| h.len() == 16)?;
            let new = u64::from_str_radix(hash, 16).ok()?;
            let of = u64::from_str_radix(parts.next()?, 16).ok()?;
            (of == inode).then(|| (entry.path(), new))
        })
        .collect();
    found.sort();
    found
}

/// Deals with a backup an interrupted in-place save of `target` left (see
/// the module's documentation), unless a save of it is running now.
/// `path` is the name the user gave, for messages.
pub fn recover(path: &Path, target: &Path) -> Result<Option<Recovery>, FileError> {
    let Ok(meta) = fs::metadata(target) else {
        return Ok(None);
    };
    if !meta.is_file() {
        return Ok(None);
    }
    let backups = backups_of(folder_of(target), inode(&meta));
    if backups.is_empty() {
        return Ok(None);
    }
    let Ok(file) = fs::OpenOptions::new().read(true).write(true).open(target) else {
        // Not ours to write: leave the backups for the user.
        return Ok(None);
    };
    if file.try_lock().is_err() {
        return Ok(None); // a save is running: its backup is live
    }
    let failed = |backup: &Path, source: io::Error| FileError::Write {
        path: path.to_owned(),
        source: io::Error::new(
            source.kind(),
            format!(
                "an interrupted save left the backup {}, which could not be put back ({})",
                backup.display(),
                super::io_words(&plain(source))
            ),
        ),
    };
    let now = read(target)?;
    let mut outcome = None;
    for (backup, new) in backups {
        let old = read(&backup)?;
        let whole = fingerprint(&now) == new || now == old;
        if !whole {
            put(&file, &old).map_err(|e| failed(&backup, e))?;
        }
        fs::remove_file(&backup).map_err(|e| failed(&backup, e))?;
        outcome = Some(if whole {
            Recovery::Removed { backup }
        } else {
            Recovery::Restored { backup }
        });
        if !whole {
            break; // the file is the old one again: other backups are older still
        }
    }
    sync_folder(folder_of(target));
    Ok(outcome)
}

/// Overwrites `target` where it is, keeping its hard links (see the
/// module's documentation). `unchanged` sees the content on disk just
/// before it is replaced.
pub fn write_in_place(
    path: &Path,
    target: &Path,
    bytes: &[u8],
    unchanged: impl Fn(&[u8]) -> Result<(), FileError>,
) -> Result<(), FileError> {
    let write_error = |source: io::Error| FileError::Write {
        path: path.to_owned(),
        source: plain(source),
    };
    let file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(target)
        .map_err(write_error)?;
    // One in-place save of a file at a time; others wait here.
    file.lock().map_err(write_error)?;
    let meta = file.metadata().map_err(write_error)?;
    let mut old = Vec::new();
    (&file)
        .take(super::MAX_FILE_BYTES + 1)
        .read_to_end(&mut old)
        .map_err(write_error)?;
    unchanged(&old)?;

    // 1. The backup, complete before it has its name.
    let backup = backup_path(target, inode(&meta), fingerprint(bytes));
    remove_stale_temp_files(folder_of(target));
    let mut temp = temp_file_in(folder_of(target)).map_err(write_error)?;
    io::Write::write_all(&mut temp, &old).map_err(write_error)?;
    temp.as_file().sync_all().map_err(write_error)?;
    temp.persist(&backup).map_err(|e| write_error(e.error))?;
    sync_folder(folder_of(target));

    // 2. and 3.
    if let Err(source) = grow(&file, old.len(), bytes).and_then(|()| put(&file, bytes)) {
        // Put the old content back; if even that fails, the backup stays.
        return match put(&file, &old) {
            Ok(()) => {
                let _ = fs::remove_file(&backup);
                Err(FileError::Write {
                    path: path.to_owned(),
                    source: io::Error::new(
                        source.kind(),
                        format!(
                            "{}; the file is left as it was",
                            super::io_words(&plain(source))
                        ),
                    ),
                })
            }
            Err(_) => Err(FileError::Write {
                path: path.to_owned(),
                source: io::Error::new(
                    source.kind(),
                    format!(
                        "{}; the previous content is kept in {}",
                        super::io_words(&plain(source)),
                        backup.display()
                    ),
                ),
            }),
        };
    }

    // 4.
    let _ = fs::remove_file(&backup);
    sync_folder(folder_of(target));
    Ok(())
}

/// Makes room for `bytes` in a file of `old_len` bytes by writing their
/// tail past its end; on failure the file is cut back to `old_len`.
fn grow(file: &File, old_len: usize, bytes: &[u8]) -> io::Result<()> {
    let Some(tail) = bytes.get(old_len..).filter(|t| !t.is_empty()) else {
        return Ok(());
    };
    let result = write_at(file, tail, old_len as u64).and_then(|()| file.sync_data());
    if result.is_err() {
        let _ = file.set_len(old_len as u64);
        let _ = file.sync_all();
    }
    result
}

/// Makes the file's content exactly `bytes`, and flushes it.
fn put(file: &File, bytes: &[u8]) -> io::Result<()> {
    write_at(file, bytes, 0)?;
    file.set_len(bytes.len() as u64)?;
    file.sync_all()
}

#[cfg(unix)]
fn write_at(file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, offset)
}

#[cfg(not(unix))]
fn write_at(mut file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    use std::io::{Seek as _, Write as _};
    file.seek(io::SeekFrom::Start(offset))?;
    file.write_all(bytes)
}
