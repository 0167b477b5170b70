//! File dialogs: the system's, replaceable in tests.

use std::path::{Path, PathBuf};

use crate::format::Format;
use crate::i18n::ui;
use crate::tr;

/// Native file dialogs, replaceable in tests.
pub trait Dialogs {
    /// A file to read, of one of `formats`.
    fn pick_open(&mut self, formats: &[Format]) -> Option<PathBuf>;
    /// Where to write a file of `format`.
    fn pick_save(&mut self, suggested_name: &str, format: Format) -> Option<PathBuf>;
    /// Whether these dialogs can be shown here at all. When not, the
    /// editor's own file browser is used, so saving always works.
    fn available(&self) -> bool {
        true
    }
}

/// Every extension of `formats`, once each.
pub(super) fn extensions(formats: &[Format]) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = Vec::new();
    for extension in formats.iter().flat_map(|f| f.extensions()) {
        if !all.contains(extension) {
            all.push(extension);
        }
    }
    all
}

/// The name of what `formats` are, for a dialog's filter.
fn filter_name(formats: &[Format]) -> String {
    match formats {
        [format] => format.name(ui()),
        _ if formats == Format::OPENS => tr!("format-opens").into(),
        _ => tr!("format-import").into(),
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

    fn pick_open(&mut self, formats: &[Format]) -> Option<PathBuf> {
        let title = if formats.contains(&Format::Map) {
            tr!("browse-open")
        } else if formats == [Format::Survey] {
            tr!("browse-import-survey")
        } else {
            tr!("browse-import-mermaid")
        };
        rfd::FileDialog::new()
            .add_filter(filter_name(formats), &extensions(formats))
            .set_title(title.as_str())
            .pick_file()
    }

    fn pick_save(&mut self, suggested_name: &str, format: Format) -> Option<PathBuf> {
        let name = format.name(ui());
        let suggested = Path::new(suggested_name);
        let mut dialog = rfd::FileDialog::new()
            .add_filter(&name, &[format.extension()])
            .set_title(tr!("browse-save-format", format = name.as_str()).as_str());
        if let Some(folder) = suggested.parent().filter(|f| !f.as_os_str().is_empty()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(file) = suggested.file_name() {
            dialog = dialog.set_file_name(file.to_string_lossy());
        }
        dialog.save_file()
    }
}

/// `path`, with the format's extension when it has none.
pub(super) fn with_extension(path: &Path, format: Format) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension(format.extension())
    } else {
        path.to_owned()
    }
}
