//! Crash recovery: unsaved work is written to the app's data folder, never
//! over the user's file, and offered back on the next start.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::file::{self, FileError};
use crate::model::Project;

/// The data folder for recovery files, per user and platform.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "Journeymap")
        .map(|dirs| dirs.data_dir().join("recovery"))
}

/// This session's recovery file, in `dir`.
#[derive(Debug)]
pub struct Recovery {
    dir: PathBuf,
    file: PathBuf,
}

/// Unsaved work left behind by a session that did not exit cleanly.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    pub file: PathBuf,
    /// The project file the work belonged to, if it had been saved before.
    pub original: Option<PathBuf>,
    pub modified: SystemTime,
}

impl Recovery {
    pub fn new(dir: PathBuf) -> Self {
        let name = format!("session-{}.ron", crate::model::SignalId::random());
        Self {
            file: dir.join(name),
            dir,
        }
    }

    /// Writes the unsaved project (atomically), noting which file it belongs to.
    pub fn write(&self, project: &Project, original: Option<&Path>) -> Result<(), FileError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| FileError::Write {
            path: self.dir.clone(),
            source,
        })?;
        let sidecar = self.file.with_extension("origin");
        match original {
            Some(original) => {
                file::write(&sidecar, original.to_string_lossy().as_bytes(), None)?;
            }
            None => {
                let _ = std::fs::remove_file(&sidecar);
            }
        }
        file::save(&self.file, project, None).map(|_| ())
    }

    /// Removes this session's recovery file: the work is saved or discarded.
    pub fn clear(&self) {
        let _ = std::fs::remove_file(&self.file);
        let _ = std::fs::remove_file(self.file.with_extension("origin"));
    }

    /// Recovery files of other sessions, newest first.
    pub fn orphans(&self) -> Vec<Orphan> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<Orphan> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron") && *p != self.file)
            .filter_map(|file| {
                let modified = std::fs::metadata(&file).and_then(|m| m.modified()).ok()?;
                let original = std::fs::read_to_string(file.with_extension("origin"))
                    .ok()
                    .map(PathBuf::from);
                Some(Orphan {
                    file,
                    original,
                    modified,
                })
            })
            .collect();
        found.sort_by_key(|o| std::cmp::Reverse(o.modified));
        found
    }
}

impl Orphan {
    /// Loads the recovered project.
    pub fn load(&self) -> Result<Project, FileError> {
        file::load(&self.file)
    }

    /// Deletes the recovery file once restored or declined.
    pub fn discard(&self) {
        let _ = std::fs::remove_file(&self.file);
        let _ = std::fs::remove_file(self.file.with_extension("origin"));
    }
}
