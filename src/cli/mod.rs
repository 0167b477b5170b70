//! The command line's commands: what they read, write and print. `main.rs`
//! parses the arguments and calls one of these.
//!
//! Everything printed goes through [`outln!`](crate::outln) and
//! [`errln!`](crate::errln), which never panic (see [`out`]).

mod export;
mod git;
mod import;
mod maps;
mod measure;
pub mod out;

pub use export::{ExportAs, export, insights};
pub use git::{diff, git_setup, merge};
pub use import::import;
pub use maps::{check, fmt, list_templates, new_map};
pub use measure::{measure, report_lines};

use std::path::Path;

use crate::errln;
use crate::file;

/// Tells what the file layer did with a backup an interrupted save left.
fn say_recovered(path: &Path, recovered: Option<&file::Recovery>) {
    if let Some(recovery) = recovered {
        errln!("{}: {recovery}", path.display());
    }
}
