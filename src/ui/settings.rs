//! The user's preferences, kept between sessions and never in a map file.

use std::path::{Path, PathBuf};

use super::theme::{ColourBy, Scheme};
use crate::i18n::Lang;

/// How many recent files File → Open Recent lists.
pub const RECENT_FILES: usize = 10;

pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 3.0;

/// The next zoom level up (`direction` 1) or down (-1), in 10 % steps.
pub fn zoom_step(zoom: f32, direction: i32) -> f32 {
    let steps = (zoom * 10.0).round() + direction as f32;
    (steps / 10.0).clamp(MIN_ZOOM, MAX_ZOOM)
}

/// User preferences kept between sessions (not in the project file).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub dark: bool,
    pub colour_by: ColourBy,
    /// Positive and negative colours; blue/orange is colour-blind safe.
    pub scheme: Scheme,
    /// Grid zoom: the grid scales, menus and panels stay put.
    pub zoom: f32,
    /// The interface language the user chose; the system's until then.
    pub language: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            dark: false,
            colour_by: ColourBy::default(),
            scheme: Scheme::default(),
            zoom: 1.0,
            language: None,
        }
    }
}

impl Settings {
    /// The interface language: the user's choice, or the system's.
    pub fn language(&self) -> Lang {
        static SYSTEM: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();
        self.language
            .unwrap_or_else(|| *SYSTEM.get_or_init(Lang::system))
    }

    pub(super) fn add_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_FILES);
    }
}

/// A file's name as menus and messages show it (the whole path if it has
/// no name).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
