//! Journeymap: a native desktop editor for customer journey maps.
//!
//! `model` is the document and its edits, `file` reads and writes `.ron`
//! projects, `ui` is the egui editor.

// Output goes through `cli::out`, which never panics on a closed pipe.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod carried;
pub mod cli;
pub mod contrast;
pub mod csv_in;
pub mod diff;
pub mod document;
pub mod export;
pub mod file;
pub mod format;
pub mod i18n;
pub mod import;
pub mod measure;
pub mod merge;
pub mod mermaid;
pub mod model;
pub mod palette;
pub mod recovery;
pub mod samples;
pub mod templates;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;
