//! Undo/redo and dirty tracking around the one place edits are applied.

use super::edit::{Edit, EditError};
use super::project::Project;

/// How many undo steps are kept.
pub const UNDO_DEPTH: usize = 200;

/// Identifies a group of edits that undo as one step, such as the keystrokes
/// typed into one text field while it has focus.
pub type MergeKey = u64;

#[derive(Clone, Debug)]
struct Step {
    project: Project,
    revision: u64,
    label: &'static str,
}

/// The open document with its undo and redo stacks.
///
/// Undo is by snapshot: a map is small, and a snapshot cannot drift from the
/// edit that made it. Every state has a revision number, so "unsaved
/// changes" is exactly "the current revision is not the saved one", also
/// after undoing back to the saved state.
#[derive(Clone, Debug)]
pub struct History {
    project: Project,
    revision: u64,
    next_revision: u64,
    saved_revision: Option<u64>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    open_merge: Option<MergeKey>,
}

impl History {
    /// A history whose starting state counts as saved.
    pub fn new(project: Project) -> Self {
        Self {
            project,
            revision: 0,
            next_revision: 1,
            saved_revision: Some(0),
            undo: Vec::new(),
            redo: Vec::new(),
            open_merge: None,
        }
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Applies an edit as its own undo step. Returns whether anything changed.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        self.open_merge = None;
        self.apply_inner(edit, None)
    }

    /// Applies `edits` in turn as one undo step named `label` (an import
    /// that touches many cells). If one is refused, nothing changes.
    /// Returns whether anything changed.
    pub fn apply_all(&mut self, edits: Vec<Edit>, label: &'static str) -> Result<bool, EditError> {
        self.open_merge = None;
        let mut next = self.project.clone();
        for edit in edits {
            next.apply(edit)?;
        }
        if next == self.project {
            return Ok(false);
        }
        self.push(next, label, false);
        Ok(true)
    }

    /// Applies an edit, folding it into the previous step when that step was
    /// applied with the same `key` and no other edit came between.
    pub fn apply_merged(&mut self, edit: Edit, key: MergeKey) -> Result<bool, EditError> {
        self.apply_inner(edit, Some(key))
    }

    /// Ends the open merge group: the next edit starts a new undo step.
    pub fn end_merge(&mut self) {
        self.open_merge = None;
    }

    fn apply_inner(&mut self, edit: Edit, key: Option<MergeKey>) -> Result<bool, EditError> {
        let label = edit.step();
        let mut next = self.project.clone();
        next.apply(edit)?;
        if next == self.project {
            return Ok(false);
        }
        let merging = key.is_some() && key == self.open_merge && !self.undo.is_empty();
        self.push(next, label, merging);
        self.open_merge = key;
        Ok(true)
    }

    /// Makes `next` the project, as a new undo step unless `merging`.
    fn push(&mut self, next: Project, label: &'static str, merging: bool) {
        let before = std::mem::replace(&mut self.project, next);
        if !merging {
            self.undo.push(Step {
                project: before,
                revision: self.revision,
                label,
            });
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.revision = self.next_revision;
        self.next_revision += 1;
    }

    /// Undoes the last step. Returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.open_merge = None;
        swap_step(
            &mut self.undo,
            &mut self.redo,
            &mut self.project,
            &mut self.revision,
        )
    }

    /// Redoes the last undone step. Returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.open_merge = None;
        swap_step(
            &mut self.redo,
            &mut self.undo,
            &mut self.project,
            &mut self.revision,
        )
    }

    /// What Undo would undo, for the menu ("Undo move stage").
    pub fn undo_step(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.label)
    }

    /// What Redo would redo.
    pub fn redo_step(&self) -> Option<&'static str> {
        self.redo.last().map(|s| s.label)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Identifies the current state: equal revisions mean equal projects.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// True when the project differs from the last saved (or opened) state.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != Some(self.revision)
    }

    /// Records that the current state is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved_revision = Some(self.revision);
    }

    /// Records that nothing on disk matches any state (e.g. restored from recovery).
    pub fn mark_unsaved(&mut self) {
        self.saved_revision = None;
    }
}

/// Pops a step from `from`, makes it current, and pushes the current state on `to`.
fn swap_step(
    from: &mut Vec<Step>,
    to: &mut Vec<Step>,
    project: &mut Project,
    revision: &mut u64,
) -> bool {
    let Some(step) = from.pop() else {
        return false;
    };
    to.push(Step {
        project: std::mem::replace(project, step.project),
        revision: std::mem::replace(revision, step.revision),
        label: step.label,
    });
    true
}
