//! What the editor shows that is worked out from the whole map (owners,
//! each stage's consistency), kept per revision of the map: computed once
//! after a change, never per frame, so a frame costs what the screen
//! shows, not what the map holds.

use crate::analysis::findings::{self, Consistency};
use crate::model::Project;

/// The derived data of one revision.
#[derive(Default)]
pub struct Derived {
    revision: Option<u64>,
    /// Every owner named in a cell, sorted, once each.
    pub owners: Vec<String>,
    /// Each stage's consistency across its channels, by stage index.
    pub consistency: Vec<Consistency>,
    /// How many times the data was worked out, for the tests that check it
    /// is not done every frame.
    pub computed: u64,
}

impl Derived {
    /// Brings the data up to date with `project` at `revision`.
    pub fn refresh(&mut self, project: &Project, revision: u64) {
        if self.revision == Some(revision) {
            return;
        }
        self.revision = Some(revision);
        self.owners = findings::owners(project);
        self.consistency = findings::consistency(project);
        self.computed += 1;
    }
}
