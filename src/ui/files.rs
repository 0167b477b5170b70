//! File dialogs: the system's, replaceable in tests.

use std::path::{Path, PathBuf};

use crate::tr;

/// What a save dialog saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveFormat {
    Project,
    Png,
    Pdf,
    Svg,
    Csv,
    /// A Mermaid `journey` diagram.
    Mermaid,
    /// What File → Import reads: a Mermaid diagram or a cells CSV.
    Import,
}

impl SaveFormat {
    /// The format an infographic export writes.
    pub fn of(kind: crate::export::Kind) -> Self {
        match kind {
            crate::export::Kind::Png => Self::Png,
            crate::export::Kind::Pdf => Self::Pdf,
            crate::export::Kind::Svg => Self::Svg,
        }
    }

    pub(super) fn filter(self) -> (crate::i18n::Text, &'static str) {
        match self {
            Self::Project => (tr!("format-project"), "ron"),
            Self::Png => (tr!("format-png"), "png"),
            Self::Pdf => (tr!("format-pdf"), "pdf"),
            Self::Svg => (tr!("format-svg"), "svg"),
            Self::Csv => (tr!("format-csv"), "csv"),
            Self::Mermaid => (tr!("format-mermaid"), "mmd"),
            Self::Import => (tr!("format-import"), "mmd"),
        }
    }

    /// The extensions a file of this format may have when opened.
    pub(super) fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Project => &["ron"],
            Self::Png => &["png"],
            Self::Pdf => &["pdf"],
            Self::Svg => &["svg"],
            Self::Csv => &["csv"],
            Self::Mermaid => &["mmd", "md", "markdown"],
            Self::Import => &["mmd", "md", "markdown", "csv"],
        }
    }
}

/// Native file dialogs, replaceable in tests.
pub trait Dialogs {
    fn pick_open(&mut self, format: SaveFormat) -> Option<PathBuf>;
    fn pick_save(&mut self, suggested_name: &str, format: SaveFormat) -> Option<PathBuf>;
    /// Whether these dialogs can be shown here at all. When not, the
    /// editor's own file browser is used, so saving always works.
    fn available(&self) -> bool {
        true
    }
}

/// The operating system's dialogs, through `rfd`.
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    /// On Linux the dialogs come from the desktop portal (over the session
    /// bus) or from zenity; with neither, `rfd` returns nothing, as if the
    /// user had cancelled.
    fn available(&self) -> bool {
        if !cfg!(target_os = "linux") {
            return true;
        }
        let on_path = |name: &str| {
            std::env::var_os("PATH")
                .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()))
        };
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || on_path("zenity")
    }

    fn pick_open(&mut self, format: SaveFormat) -> Option<PathBuf> {
        let title = match format {
            SaveFormat::Mermaid | SaveFormat::Import => tr!("browse-import-mermaid"),
            _ => tr!("browse-open"),
        };
        rfd::FileDialog::new()
            .add_filter(format.filter().0.as_str(), format.extensions())
            .set_title(title.as_str())
            .pick_file()
    }

    fn pick_save(&mut self, suggested_name: &str, format: SaveFormat) -> Option<PathBuf> {
        let (name, extension) = format.filter();
        rfd::FileDialog::new()
            .add_filter(name.as_str(), &[extension])
            .set_title(tr!("browse-save-format", format = name.as_str()).as_str())
            .set_file_name(suggested_name)
            .save_file()
    }
}

/// `path`, with the format's extension when it has none.
pub(super) fn with_extension(path: &Path, format: SaveFormat) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(format.filter().1)
    } else {
        path.to_owned()
    }
}
