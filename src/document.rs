//! A map on disk: the project and its history, its path, a fingerprint of
//! the file as last read or written, whether someone else changed it since,
//! and the crash-recovery copy. Every change goes through [`Document::apply`],
//! undo and redo; opening and saving return `Result`s, and what to tell the
//! user is the caller's business. Nothing here knows of egui.

use std::path::{Path, PathBuf};

use crate::file::{self, FileError, Recovery as Restored, Written};
use crate::model::{Edit, EditError, History, MergeKey, Project};
use crate::recovery::Recovery;

pub struct Document {
    history: History,
    /// Added to the history's revisions so that no two maps opened in
    /// one run share a revision (a new history starts again at 0), and
    /// whatever is kept per revision is never taken for another map's.
    epoch: u64,
    /// The file, once the map has one.
    path: Option<PathBuf>,
    /// Fingerprint of the file as last read or written.
    disk: Option<u64>,
    /// Someone else changed the file: its new fingerprint, until dealt with.
    external: Option<u64>,
    recovery: Option<Recovery>,
    /// When the map last changed without the recovery copy following.
    changed_at: Option<f64>,
}

/// What opening a file found that the user should hear about.
pub struct Opened {
    /// Where the first comment is: comments are not kept on saving.
    pub comment: Option<(usize, usize)>,
    /// A backup an interrupted save had left, dealt with before reading.
    pub recovered: Option<Restored>,
}

impl Document {
    pub fn new(project: Project, recovery: Option<Recovery>) -> Self {
        Self {
            history: History::new(project),
            epoch: next_epoch(),
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

    /// The undo history, to read (labels, what can be undone).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The project's revision: it changes with every edit, undo and redo.
    pub fn revision(&self) -> u64 {
        self.epoch + self.history.revision()
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    /// Applies an edit at time `now`, as its own undo step or, with `merge`,
    /// folded into the previous one (typing). Returns whether anything changed.
    pub fn apply(
        &mut self,
        edit: Edit,
        merge: Option<MergeKey>,
        now: f64,
    ) -> Result<bool, EditError> {
        let changed = match merge {
            Some(key) => self.history.apply_merged(edit, key),
            None => self.history.apply(edit),
        }?;
        if changed {
            self.changed_at = Some(now);
        }
        Ok(changed)
    }

    /// Applies `edits` as one undo step named `label` (an import); if one
    /// is refused, nothing changes. Returns whether anything changed.
    pub fn apply_all(
        &mut self,
        edits: Vec<Edit>,
        label: &'static str,
        now: f64,
    ) -> Result<bool, EditError> {
        let changed = self.history.apply_all(edits, label)?;
        if changed {
            self.changed_at = Some(now);
        }
        Ok(changed)
    }

    /// Ends the open merge group: the next edit starts a new undo step.
    pub fn end_merge(&mut self) {
        self.history.end_merge();
    }

    pub fn undo(&mut self, now: f64) -> bool {
        let done = self.history.undo();
        if done {
            self.changed_at = Some(now);
        }
        done
    }

    pub fn redo(&mut self, now: f64) -> bool {
        let done = self.history.redo();
        if done {
            self.changed_at = Some(now);
        }
        done
    }

    /// Opens the file at `path` in place of the current map. On failure
    /// nothing changes.
    pub fn open(&mut self, path: &Path) -> Result<Opened, FileError> {
        let loaded = file::open(path)?;
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
        self.epoch = next_epoch();
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
        let written = file::save(path, self.history.project(), expected)?;
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
        file::disk_fingerprint(path).filter(|now| *now != known)
    }

    /// The file on disk was seen changed by someone else (its fingerprint
    /// then), until the user reloads or keeps this version.
    pub fn external(&self) -> Option<u64> {
        self.external
    }

    /// Notes that someone else changed the file; true when this change is new.
    pub fn note_external(&mut self, fingerprint: u64) -> bool {
        let new = self.external != Some(fingerprint);
        self.external = Some(fingerprint);
        new
    }

    /// The user keeps this version over the one on disk.
    pub fn dismiss_external(&mut self) {
        self.external = None;
    }

    /// When the map last changed without the recovery copy following.
    pub fn changed_at(&self) -> Option<f64> {
        self.changed_at
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

/// A fresh range of revisions for a new history.
fn next_epoch() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1 << 32, std::sync::atomic::Ordering::Relaxed)
}
