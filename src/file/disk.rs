//! Files on disk: bounded reads that refuse devices, pipes and folders, and
//! what writes share: our temporary files, links followed, folders synced.

use std::fs::{self, File, Metadata};
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use super::{FileError, MAX_FILE_BYTES};

/// Temporary files are named `.journeymap-` + [`TEMP_RANDOM`] letters and
/// digits + `.tmp`: hidden, never matched by a `*.ron` glob, and told apart
/// from a user's own `.journeymap-notes.tmp`.
const TEMP_PREFIX: &str = ".journeymap-";
const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM: usize = 12;

/// Reads a whole file, refusing anything that is not a regular file (a
/// device, a pipe, a folder) and stopping at [`MAX_FILE_BYTES`], whatever
/// size the file claims to have.
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    read_limited(path, MAX_FILE_BYTES)
}

/// [`read`] with another limit.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let read_error = |source| FileError::Read {
        path: path.to_owned(),
        source,
    };
    // Checked before opening: opening a pipe with no writer blocks forever.
    let meta = fs::metadata(path).map_err(read_error)?;
    if !meta.is_file() {
        return Err(read_error(not_a_file(&meta)));
    }
    if meta.len() > limit {
        return Err(FileError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
        });
    }
    let file = open_for_reading(path).map_err(read_error)?;
    // The file may have been swapped for something else since the check.
    let meta = file.metadata().map_err(read_error)?;
    if !meta.is_file() {
        return Err(read_error(not_a_file(&meta)));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > limit {
        return Err(FileError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_for_reading(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    // Never block on a pipe that appeared after the check above.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_for_reading(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// What kind of thing a non-regular file is, in the user's words.
pub(super) fn not_a_file(meta: &Metadata) -> io::Error {
    let kind = meta.file_type();
    let what = if kind.is_dir() {
        "a folder"
    } else {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if kind.is_fifo() {
                "a pipe"
            } else if kind.is_char_device() || kind.is_block_device() {
                "a device"
            } else if kind.is_socket() {
                "a socket"
            } else {
                "something other than a file"
            }
        }
        #[cfg(not(unix))]
        {
            "something other than a file"
        }
    };
    io::Error::other(format!("it is {what}, not a regular file"))
}

/// A new hidden temporary file beside `target`, of our naming, created
/// with the mode the user's umask gives a new file.
pub(super) fn temp_file_in(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let temp = builder.tempfile_in(dir)?;
    // Held until the file is closed, so that no other save removes it as stale.
    let _ = temp.as_file().try_lock();
    Ok(temp)
}

/// Makes a rename or a removal in `dir` durable.
pub(super) fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The folder a file is in (`.` for a bare file name).
pub(super) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Follows symbolic links at the end of `path` to the file they point at
/// (which need not exist yet).
pub(super) fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = folder_of(&current).join(link);
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// True for the names [`temp_file_in`] gives, and no others.
fn is_our_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM && random.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes temporary files of our naming that no running save holds: those
/// a killed save left behind.
pub(super) fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !is_our_temp_name(name) || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        if let Ok(file) = File::open(entry.path())
            && file.try_lock().is_ok()
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// An io error without the temporary file's path that `tempfile` adds, so
/// messages name the file being saved.
pub(super) fn plain(e: io::Error) -> io::Error {
    let mut source: Option<&(dyn std::error::Error + 'static)> = e.get_ref().map(|inner| {
        let inner: &(dyn std::error::Error + 'static) = inner;
        inner
    });
    while let Some(current) = source {
        if let Some(io) = current.downcast_ref::<io::Error>()
            && let Some(code) = io.raw_os_error()
        {
            return io::Error::from_raw_os_error(code);
        }
        source = current.source();
    }
    match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None if e.get_ref().is_some() => io::Error::new(e.kind(), e.kind().to_string()),
        None => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_this_program_gives_count_as_its_temporary_files() {
        assert!(is_our_temp_name(".journeymap-Ab3dE6gH9jK1.tmp"));
        assert!(!is_our_temp_name(".journeymap-notes.tmp"));
        assert!(!is_our_temp_name(".journeymap-Ab3dE6gH9jK1.ron"));
        assert!(!is_our_temp_name(".journeymap-Ab3dE6gH9j-1.tmp"));
    }
}
