//! The editor's own file browser, for systems with no file dialog (no
//! desktop portal, no zenity). Its boxes are the editor's text field, so a
//! Persian file or folder name reads and edits as it does everywhere else.

use std::path::{Path, PathBuf};

use eframe::egui;

use crate::tr;

use super::text_field::TextField;

/// Picks an existing file to open, or a name to save under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Open,
    Save,
}

/// What the browser came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Open,
    Picked(PathBuf),
    Cancelled,
}

/// A folder's entry, as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    folder: bool,
}

/// A modal browser over one folder at a time.
pub struct FileBrowser {
    title: String,
    mode: Mode,
    /// Only files with one of these extensions are listed.
    extensions: Vec<&'static str>,
    folder: PathBuf,
    /// The folder box, edited separately until Enter.
    folder_text: String,
    entries: Result<Vec<Entry>, String>,
    name: String,
    show_hidden: bool,
    problem: Option<String>,
}

impl FileBrowser {
    /// Opens on `folder`, with `name` in the file name box.
    pub fn new(
        title: &str,
        mode: Mode,
        extensions: &[&'static str],
        folder: &Path,
        name: &str,
    ) -> Self {
        let mut browser = Self {
            title: title.to_owned(),
            mode,
            extensions: extensions.to_vec(),
            folder: PathBuf::new(),
            folder_text: String::new(),
            entries: Ok(Vec::new()),
            name: name.to_owned(),
            show_hidden: false,
            problem: None,
        };
        browser.enter(folder.to_owned());
        browser
    }

    /// Lists `folder` and makes it the current one.
    fn enter(&mut self, folder: PathBuf) {
        self.folder_text = folder.display().to_string();
        self.entries = list(&folder, &self.extensions, self.show_hidden);
        self.folder = folder;
        self.problem = None;
        if self.mode == Mode::Open {
            // A name picked in the folder left behind is not in this one.
            self.name.clear();
        }
    }

    /// Where the file name box points: a name in the folder, or a path.
    fn target(&self) -> Option<PathBuf> {
        let name = self.name.trim();
        (!name.is_empty()).then(|| self.folder.join(name))
    }

    /// Open or Save: a folder is entered, a file is picked if it will do.
    fn confirm(&mut self) -> Option<Outcome> {
        let path = self.target()?;
        if path.is_dir() {
            self.name.clear();
            self.enter(path);
            return None;
        }
        match self.mode {
            Mode::Open if !path.is_file() => {
                self.problem = Some(tr!("browser-no-file", name = self.name.trim()).into());
                None
            }
            Mode::Save if !path.parent().is_some_and(Path::is_dir) => {
                self.problem = Some(tr!("browser-no-folder").into());
                None
            }
            _ => Some(Outcome::Picked(path)),
        }
    }

    /// Draws the browser; what it came to once the user decides.
    pub fn ui(&mut self, ctx: &egui::Context) -> Outcome {
        let mut outcome = Outcome::Open;
        let modal = egui::Modal::new(egui::Id::unique("file-browser")).show(ctx, |ui| {
            ui.set_width(620.0);
            crate::ui::layout::mirrored(ui, |ui| {
                ui.heading(crate::i18n::Text::new(self.title.clone()));
                ui.add_space(6.0);
                self.places_ui(ui);
                ui.add_space(4.0);
                if let Some(picked) = self.list_ui(ui) {
                    outcome = picked;
                }
                ui.add_space(6.0);
                if let Some(decided) = self.name_ui(ui) {
                    outcome = decided;
                }
            });
        });
        if modal.should_close() && outcome == Outcome::Open {
            outcome = Outcome::Cancelled;
        }
        outcome
    }

    /// Up, the folder box, and the usual places.
    fn places_ui(&mut self, ui: &mut egui::Ui) {
        crate::ui::layout::row(ui, |ui| {
            let up = self.folder.parent().map(Path::to_owned);
            if ui
                .add_enabled(up.is_some(), egui::Button::new(tr!("browser-up")))
                .on_hover_text(tr!("browser-up-hint"))
                .clicked()
                && let Some(up) = up
            {
                self.enter(up);
            }
            let folder = ui
                .add(
                    TextField::new(&mut self.folder_text)
                        .id_salt("file-browser-folder")
                        .desired_width(f32::INFINITY),
                )
                .on_hover_text(tr!("browser-folder-hint"));
            if folder.lost_focus() {
                let typed = PathBuf::from(self.folder_text.trim());
                if typed.is_dir() {
                    self.enter(typed);
                } else {
                    self.folder_text = self.folder.display().to_string();
                }
            }
        });
        crate::ui::layout::row(ui, |ui| {
            for (label, place) in places() {
                if ui.button(tr!(label)).clicked() {
                    self.enter(place);
                }
            }
            ui.with_layout(crate::ui::layout::end_to_start(), |ui| {
                if crate::ui::choice::checkbox(ui, &mut self.show_hidden, tr!("browser-hidden"))
                    .changed()
                {
                    self.enter(self.folder.clone());
                }
            });
        });
    }

    /// The folder's contents; a double click opens a folder or picks a file.
    fn list_ui(&mut self, ui: &mut egui::Ui) -> Option<Outcome> {
        let mut enter = None;
        let mut picked = None;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(300.0)
                .min_scrolled_height(300.0)
                .auto_shrink([false, false])
                .show(ui, |ui| match &self.entries {
                    Err(problem) => {
                        ui.colored_label(ui.visuals().error_fg_color, problem);
                    }
                    Ok(entries) if entries.is_empty() => {
                        let extension = self.extensions.join(", .");
                        ui.weak(tr!("browser-empty", extension = extension));
                    }
                    Ok(entries) => {
                        for entry in entries {
                            let label = if entry.folder {
                                format!("{}/", entry.name)
                            } else {
                                entry.name.clone()
                            };
                            let chosen = !entry.folder && self.name == entry.name;
                            let row = ui.add(
                                egui::Button::selectable(chosen, label)
                                    .min_size(egui::vec2(ui.available_width(), 0.0)),
                            );
                            if row.double_clicked() {
                                if entry.folder {
                                    enter = Some(self.folder.join(&entry.name));
                                } else {
                                    picked = Some(self.folder.join(&entry.name));
                                }
                            } else if row.clicked() && !entry.folder {
                                self.name = entry.name.clone();
                                self.problem = None;
                            } else if row.clicked() {
                                enter = Some(self.folder.join(&entry.name));
                            }
                        }
                    }
                });
        });
        if let Some(folder) = enter {
            self.enter(folder);
        }
        picked.map(Outcome::Picked)
    }

    /// The file name box and the buttons; Enter in the box confirms.
    fn name_ui(&mut self, ui: &mut egui::Ui) -> Option<Outcome> {
        let mut decided = None;
        crate::ui::layout::row(ui, |ui| {
            let label = ui.label(tr!("browser-file-name"));
            let name = ui
                .add(
                    TextField::new(&mut self.name)
                        .id_salt("file-browser-name")
                        .hint(&tr!(match self.mode {
                            Mode::Open => "browser-pick-hint",
                            Mode::Save => "browser-name-hint",
                        }))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if name.changed() {
                self.problem = None;
            }
            if name.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                decided = self.confirm();
            }
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        ui.add_space(6.0);
        ui.with_layout(crate::ui::layout::end_to_start(), |ui| {
            let confirm = tr!(match self.mode {
                Mode::Open => "browser-open",
                Mode::Save => "browser-save",
            });
            let ready = self.target().is_some();
            if ui.add_enabled(ready, egui::Button::new(confirm)).clicked() {
                decided = self.confirm();
            }
            if ui.button(tr!("answer-cancel")).clicked() {
                decided = Some(Outcome::Cancelled);
            }
        });
        decided
    }
}

/// The folders and `extensions` files in `folder`, folders first, by name.
fn list(folder: &Path, extensions: &[&str], show_hidden: bool) -> Result<Vec<Entry>, String> {
    let read = std::fs::read_dir(folder).map_err(|e| {
        format!(
            "{}: {e}",
            tr!("browser-cannot-read", folder = folder.display().to_string())
        )
    })?;
    let mut entries: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter_map(|item| {
            let name = item.file_name().to_string_lossy().into_owned();
            let folder = item.path().is_dir();
            let wanted = folder
                || Path::new(&name)
                    .extension()
                    .is_some_and(|e| extensions.iter().any(|x| e == *x));
            let shown = show_hidden || !name.starts_with('.');
            (wanted && shown).then_some(Entry { name, folder })
        })
        .collect();
    entries.sort_by_cached_key(|e| (!e.folder, e.name.to_lowercase()));
    Ok(entries)
}

/// The user's home and its usual folders that exist here.
fn places() -> Vec<(&'static str, PathBuf)> {
    let Some(user) = directories::UserDirs::new() else {
        return Vec::new();
    };
    let mut places = vec![("place-home", user.home_dir().to_owned())];
    for (label, dir) in [
        ("place-desktop", user.desktop_dir()),
        ("place-documents", user.document_dir()),
        ("place-downloads", user.download_dir()),
    ] {
        if let Some(dir) = dir.filter(|d| d.is_dir()) {
            places.push((label, dir.to_owned()));
        }
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_first_then_matching_files_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for file in ["b.ron", "A.ron", "notes.txt", ".hidden.ron"] {
            std::fs::write(dir.path().join(file), "").unwrap();
        }
        std::fs::create_dir(dir.path().join("zeta")).unwrap();
        let names = |hidden| -> Vec<String> {
            list(dir.path(), &["ron"], hidden)
                .unwrap()
                .into_iter()
                .map(|e| e.name)
                .collect()
        };
        assert_eq!(names(false), ["zeta", "A.ron", "b.ron"]);
        assert_eq!(names(true), ["zeta", ".hidden.ron", "A.ron", "b.ron"]);
    }

    #[test]
    fn open_refuses_a_missing_file_and_save_enters_a_typed_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("maps")).unwrap();
        let mut open = FileBrowser::new("Open", Mode::Open, &["ron"], dir.path(), "");
        open.name = "gone.ron".into();
        assert_eq!(open.confirm(), None);
        assert!(open.problem.as_deref().unwrap().contains("gone.ron"));

        let mut save = FileBrowser::new("Save", Mode::Save, &["ron"], dir.path(), "maps");
        assert_eq!(save.confirm(), None);
        assert_eq!(save.folder, dir.path().join("maps"));
        save.name = "new.ron".into();
        assert_eq!(
            save.confirm(),
            Some(Outcome::Picked(dir.path().join("maps/new.ron")))
        );
    }
}
