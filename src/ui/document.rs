//! The open map and its file: history, path, what the file held when last
//! read or written, whether someone else changed it since, and the
//! crash-recovery copy. Opening and saving return `Result`s; what to tell
//! the user is the app's business.

use std::path::{Path, PathBuf};

use crate::file::{FileError, Written};
use crate::model::{History, Project};
use crate::recovery::Recovery;

pub struct Document {
    pub history: History,
    /// The file, once the map has one.
    pub path: Option<PathBuf>,
    /// Fingerprint of the file as last read or written.
    disk: Option<u64>,
    /// Someone else changed the file: its new fingerprint, until dealt with.
    pub external: Option<u64>,
    recovery: Option<Recovery>,
    /// When the map last changed without the recovery copy following.
    pub changed_at: Option<f64>,
}

/// What opening a file found that the user should hear about.
pub struct Opened {
    /// Where the first comment is: comments are not kept on saving.
    pub comment: Option<(usize, usize)>,
    /// A backup an interrupted save had left, dealt with before reading.
    pub recovered: Option<crate::file::Recovery>,
}

impl Document {
    pub fn new(project: Project, recovery: Option<Recovery>) -> Self {
        Self {
            history: History::new(project),
            path: None,
            disk: None,
            external: None,
            recovery,
            changed_at: None,
        }
    }

    pub fn project(&self) -> &Project {
        self.history.project()
    }

    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    /// Opens the file at `path` in place of the current map. On failure
    /// nothing changes.
    pub fn open(&mut self, path: &Path) -> Result<Opened, FileError> {
        let loaded = crate::file::open(path)?;
        self.replace(loaded.project, Some(path.to_owned()));
        self.disk = Some(loaded.fingerprint);
        Ok(Opened {
            comment: loaded.comment,
            recovered: loaded.recovered,
        })
    }

    /// Puts `project` in place of the current map, as saved at `path` (or
    /// never saved).
    pub fn replace(&mut self, project: Project, path: Option<PathBuf>) {
        self.history = History::new(project);
        self.path = path;
        self.disk = None;
        self.external = None;
        self.changed_at = None;
        self.clear_recovery();
    }

    /// Puts back work recovered after a crash: unsaved, belonging to `path`.
    pub fn restore(&mut self, project: Project, path: Option<PathBuf>) {
        self.replace(project, path);
        self.history.mark_unsaved();
    }

    /// Notes a change to the map at `now`, for the recovery copy.
    pub fn changed(&mut self, now: f64) {
        self.changed_at = Some(now);
    }

    /// Saves to `path`. With `check`, refuses (`ChangedOnDisk`) when the open
    /// file was changed by someone else since it was read or saved.
    pub fn save(&mut self, path: &Path, check: bool) -> Result<Written, FileError> {
        let same_file = self.path.as_deref() == Some(path);
        if check && same_file && self.changed_on_disk().is_some() {
            return Err(FileError::ChangedOnDisk {
                path: path.to_owned(),
            });
        }
        let expected = self.disk.filter(|_| check && same_file);
        let written = crate::file::save(path, self.history.project(), expected)?;
        self.disk = Some(written.fingerprint);
        self.external = None;
        self.history.mark_saved();
        self.path = Some(path.to_owned());
        self.clear_recovery();
        Ok(written)
    }

    /// The open file's fingerprint on disk now, if it differs from the one
    /// last read or written (a deleted file does not count: saving recreates it).
    pub fn changed_on_disk(&self) -> Option<u64> {
        let (path, known) = (self.path.as_deref()?, self.disk?);
        crate::file::disk_fingerprint(path).filter(|now| *now != known)
    }

    /// Brings the recovery copy up to date: the unsaved map, or nothing.
    pub fn write_recovery(&mut self) -> Result<(), FileError> {
        self.changed_at = None;
        let Some(recovery) = &self.recovery else {
            return Ok(());
        };
        if !self.history.is_dirty() {
            recovery.clear();
            return Ok(());
        }
        recovery.write(self.history.project(), self.path.as_deref())
    }

    pub fn clear_recovery(&self) {
        if let Some(recovery) = &self.recovery {
            recovery.clear();
        }
    }
}
