//! Every command that is not a document edit, with its label and keyboard
//! shortcuts. The menus, the key handling and the shortcut list (F1) are all
//! built from here, so a shortcut is written once.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use super::theme::{ColourBy, Scheme};
use crate::format::Format;
use crate::i18n::{Lang, Text};
use crate::model::{LaneKind, PersonaId};
use crate::tr;

/// Something the user can ask the editor to do from a menu or a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    /// A new map from a template, in a language (index into `templates::ALL`).
    NewFromTemplate(usize, Lang),
    /// Open a bundled sample (index into `samples::ALL`).
    OpenSample(usize),
    /// Recent files, samples and templates in one place.
    StartScreen,
    Open,
    /// Compare the open map with another version of it.
    CompareWith,
    Save,
    SaveAs,
    /// File → Export…: the infographic, with its options and a preview.
    Export,
    /// Export the map as a file of this format, straight to the file
    /// dialog: the cells or action plan CSV, a Mermaid diagram.
    ExportAs(Format),
    /// A new map from a Mermaid `journey` diagram or a cells CSV.
    Import,
    /// Survey results into the open map's cells (a dialog first).
    ImportSurvey,
    /// Every measured cell's real score set to what its measure suggests.
    UseMeasuredScores,
    Close,
    Quit,
    Undo,
    Redo,
    AddStage,
    AddChannel,
    /// A lane of this kind after the selected one (or above the channels).
    AddLane(LaneKind),
    /// A divider line below the selected row.
    AddLine,
    /// A new persona, with a colour no other has, selected for editing.
    AddPersona,
    /// Copy the selected lane value (Paste puts it in another).
    Copy,
    Paste,
    /// Show all personas' lanes and curves, then each persona's in turn.
    NextPersona,
    /// Show one persona's lanes and curves (`None`: all).
    ShowPersona(Option<PersonaId>),
    Rename,
    ClearCell,
    DeleteSelected,
    /// The selected cell's, header's or line's actions menu, as a
    /// right-click opens it.
    ContextMenu,
    /// The inspector a step wider or narrower, as dragging its edge does.
    InspectorWider,
    InspectorNarrower,
    Present,
    /// Show or hide the Insights panel.
    Insights,
    LightTheme,
    DarkTheme,
    ColourBy(ColourBy),
    /// The colours for positive and negative.
    Scheme(Scheme),
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ClearRecent,
    Shortcuts,
    /// Version, licence and the fonts' licences.
    About,
    /// The interface language.
    Language(Lang),
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 46] = [
        Self::New,
        Self::Open,
        Self::Import,
        Self::ImportSurvey,
        Self::CompareWith,
        Self::Save,
        Self::SaveAs,
        Self::Export,
        Self::ExportAs(Format::Cells),
        Self::ExportAs(Format::Plan),
        Self::ExportAs(Format::Mermaid),
        Self::Close,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::AddStage,
        Self::AddChannel,
        Self::AddLane(LaneKind::Text),
        Self::AddLane(LaneKind::Emotion),
        Self::AddLane(LaneKind::Metric),
        Self::AddLine,
        Self::AddPersona,
        Self::Copy,
        Self::Paste,
        Self::NextPersona,
        Self::Rename,
        Self::ClearCell,
        Self::DeleteSelected,
        Self::ContextMenu,
        Self::UseMeasuredScores,
        Self::Present,
        Self::Insights,
        Self::LightTheme,
        Self::DarkTheme,
        Self::ColourBy(ColourBy::ALL[0]),
        Self::ColourBy(ColourBy::ALL[1]),
        Self::ColourBy(ColourBy::ALL[2]),
        Self::ColourBy(ColourBy::ALL[3]),
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::InspectorWider,
        Self::InspectorNarrower,
        Self::ClearRecent,
        Self::Shortcuts,
        Self::About,
    ];

    /// The command's key in the catalogues; its label is the message, its
    /// description for the shortcut list the `.description` attribute.
    fn key(self) -> &'static str {
        match self {
            Self::New => "cmd-new",
            Self::NewFromTemplate(..) | Self::OpenSample(_) => "",
            Self::StartScreen => "cmd-start-screen",
            Self::Open => "cmd-open",
            Self::CompareWith => "cmd-compare-with",
            Self::Save => "cmd-save",
            Self::SaveAs => "cmd-save-as",
            Self::Export => "cmd-export-png",
            Self::ExportAs(Format::Cells) => "cmd-export-cells",
            Self::ExportAs(Format::Plan) => "cmd-export-plan",
            Self::ExportAs(Format::Mermaid) => "cmd-export-mermaid",
            Self::ExportAs(_) => "",
            Self::Import => "cmd-import-mermaid",
            Self::ImportSurvey => "cmd-import-survey",
            Self::UseMeasuredScores => "cmd-use-measured-scores",
            Self::Close => "cmd-close",
            Self::Quit => "cmd-quit",
            Self::Undo => "cmd-undo",
            Self::Redo => "cmd-redo",
            Self::AddStage => "cmd-add-stage",
            Self::AddChannel => "cmd-add-channel",
            Self::AddLane(LaneKind::Text) => "cmd-add-text-lane",
            Self::AddLane(LaneKind::Emotion) => "cmd-add-emotion-lane",
            Self::AddLane(LaneKind::Metric) => "cmd-add-metric-lane",
            Self::AddLine => "cmd-add-line",
            Self::AddPersona => "cmd-add-persona",
            Self::Copy => "cmd-copy",
            Self::Paste => "cmd-paste",
            Self::NextPersona => "cmd-next-persona",
            Self::ShowPersona(_) => "",
            Self::Rename => "cmd-rename",
            Self::ClearCell => "cmd-clear-cell",
            Self::DeleteSelected => "cmd-delete-selected",
            Self::ContextMenu => "cmd-context-menu",
            Self::InspectorWider => "cmd-inspector-wider",
            Self::InspectorNarrower => "cmd-inspector-narrower",
            Self::Present => "cmd-present",
            Self::Insights => "cmd-insights",
            Self::LightTheme => "cmd-light",
            Self::DarkTheme => "cmd-dark",
            Self::ColourBy(_) | Self::Scheme(_) | Self::Language(_) => "",
            Self::ZoomIn => "cmd-zoom-in",
            Self::ZoomOut => "cmd-zoom-out",
            Self::ZoomReset => "cmd-zoom-reset",
            Self::ClearRecent => "cmd-clear-recent",
            Self::Shortcuts => "cmd-shortcuts",
            Self::About => "cmd-about",
        }
    }

    /// The menu label.
    pub fn label(self) -> Text {
        match self {
            Self::NewFromTemplate(index, lang) => Text::new(
                crate::templates::ALL
                    .get(index)
                    .map_or("", |t| t.name(lang))
                    .to_owned(),
            ),
            Self::OpenSample(index) => Text::new(
                crate::samples::ALL
                    .get(index)
                    .map_or("", |s| s.0)
                    .to_owned(),
            ),
            Self::ColourBy(mode) => super::theme::colour_by_label(mode),
            Self::ShowPersona(None) => tr!("persona-all"),
            Self::ShowPersona(Some(_)) => tr!("persona-one"),
            Self::Scheme(scheme) => super::theme::scheme_label(scheme),
            Self::Language(lang) => Text::new(lang.name().to_owned()),
            other => tr!(other.key()),
        }
    }

    /// What the command does, for the shortcut list.
    pub fn description(self) -> Text {
        let key = format!("{}.description", self.key());
        if crate::i18n::ui().has(&key) {
            tr!(&key)
        } else {
            self.label()
        }
    }

    /// The keys that run the command; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [command(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [command(Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [command(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [command_shift(Key::S)];
        const EXPORT: [KeyboardShortcut; 1] = [command(Key::E)];
        const QUIT: [KeyboardShortcut; 1] = [command(Key::Q)];
        const UNDO: [KeyboardShortcut; 1] = [command(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [command_shift(Key::Z), command(Key::Y)];
        const ADD_STAGE: [KeyboardShortcut; 1] = [command_shift(Key::T)];
        const ADD_CHANNEL: [KeyboardShortcut; 1] = [command_shift(Key::R)];
        const ADD_LANE: [KeyboardShortcut; 1] = [command_shift(Key::L)];
        const ADD_EMOTION_LANE: [KeyboardShortcut; 1] = [command_shift(Key::E)];
        const ADD_METRIC_LANE: [KeyboardShortcut; 1] = [command_shift(Key::M)];
        const ADD_LINE: [KeyboardShortcut; 1] = [command_shift(Key::D)];
        const ADD_PERSONA: [KeyboardShortcut; 1] = [command_shift(Key::P)];
        const COPY: [KeyboardShortcut; 1] = [command(Key::C)];
        const PASTE: [KeyboardShortcut; 1] = [command(Key::V)];
        const NEXT_PERSONA: [KeyboardShortcut; 1] = [plain(Key::P)];
        const RENAME: [KeyboardShortcut; 1] = [plain(Key::F2)];
        const CLEAR: [KeyboardShortcut; 2] = [plain(Key::Delete), plain(Key::Backspace)];
        const PRESENT: [KeyboardShortcut; 1] = [plain(Key::F5)];
        const INSIGHTS: [KeyboardShortcut; 1] = [command(Key::I)];
        const ZOOM_IN: [KeyboardShortcut; 2] = [command(Key::Equals), command(Key::Plus)];
        const ZOOM_OUT: [KeyboardShortcut; 1] = [command(Key::Minus)];
        const ZOOM_RESET: [KeyboardShortcut; 1] = [command(Key::Num0)];
        const SHORTCUTS: [KeyboardShortcut; 1] = [plain(Key::F1)];
        const CONTEXT_MENU: [KeyboardShortcut; 2] = [
            KeyboardShortcut::new(Modifiers::SHIFT, Key::F10),
            plain(Key::Menu),
        ];
        const WIDER: [KeyboardShortcut; 1] = [command(Key::CloseBracket)];
        const NARROWER: [KeyboardShortcut; 1] = [command(Key::OpenBracket)];
        match self {
            Self::New => &NEW,
            Self::Open => &OPEN,
            Self::Save => &SAVE,
            Self::SaveAs => &SAVE_AS,
            Self::Export => &EXPORT,
            Self::Quit => &QUIT,
            Self::Undo => &UNDO,
            Self::Redo => &REDO,
            Self::AddStage => &ADD_STAGE,
            Self::AddChannel => &ADD_CHANNEL,
            Self::AddLane(LaneKind::Text) => &ADD_LANE,
            Self::AddLane(LaneKind::Emotion) => &ADD_EMOTION_LANE,
            Self::AddLane(LaneKind::Metric) => &ADD_METRIC_LANE,
            Self::AddLine => &ADD_LINE,
            Self::AddPersona => &ADD_PERSONA,
            Self::Copy => &COPY,
            Self::Paste => &PASTE,
            Self::NextPersona => &NEXT_PERSONA,
            Self::Rename => &RENAME,
            Self::ClearCell => &CLEAR,
            Self::Present => &PRESENT,
            Self::Insights => &INSIGHTS,
            Self::ZoomIn => &ZOOM_IN,
            Self::ZoomOut => &ZOOM_OUT,
            Self::ZoomReset => &ZOOM_RESET,
            Self::Shortcuts => &SHORTCUTS,
            Self::ContextMenu => &CONTEXT_MENU,
            Self::InspectorWider => &WIDER,
            Self::InspectorNarrower => &NARROWER,
            Self::Close
            | Self::About
            | Self::ShowPersona(_)
            | Self::ExportAs(_)
            | Self::Import
            | Self::ImportSurvey
            | Self::UseMeasuredScores
            | Self::CompareWith
            | Self::NewFromTemplate(..)
            | Self::OpenSample(_)
            | Self::StartScreen
            | Self::DeleteSelected
            | Self::LightTheme
            | Self::DarkTheme
            | Self::ColourBy(_)
            | Self::Scheme(_)
            | Self::Language(_)
            | Self::ClearRecent => &[],
        }
    }

    /// Whether the keys work while a text field has the focus. Plain keys
    /// (Delete, F2) and undo belong to the text field then: it has its own.
    pub fn works_while_typing(self) -> bool {
        !matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::ClearCell
                | Self::Rename
                | Self::Copy
                | Self::Paste
                | Self::NextPersona
                | Self::ContextMenu
        )
    }

    /// The first shortcut as text, as menus show it ("Ctrl+S"), or nothing.
    pub fn first_shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .first()
            .map(|s| format_shortcut(ctx, s))
            .unwrap_or_default()
    }

    /// Every shortcut as text, as the shortcut list shows them.
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcuts()
            .iter()
            .map(|s| format_shortcut(ctx, s))
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// Draws the command as a menu item; true when it was picked.
    pub fn menu_item_ui(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        self.menu_item_labelled_ui(ui, self.label(), enabled)
    }

    /// [`Self::menu_item_ui`] with another label ("Undo add stage").
    pub fn menu_item_labelled_ui(self, ui: &mut egui::Ui, label: Text, enabled: bool) -> bool {
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(format_shortcut(ui.ctx(), shortcut));
        }
        ui.add_enabled(enabled, button).clicked()
    }

    /// The commands whose keys were pressed this frame, taking those keys.
    /// Combinations with more modifiers are matched first, so Ctrl+Shift+S
    /// is not also taken as Ctrl+S.
    pub fn take_pressed(ctx: &egui::Context, typing: bool) -> Vec<Self> {
        let mut keyed: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .into_iter()
            .filter(|c| !typing || c.works_while_typing())
            .flat_map(|c| c.shortcuts().iter().map(move |s| (c, *s)))
            .collect();
        keyed.sort_by_key(|(_, s)| {
            std::cmp::Reverse(
                u8::from(s.modifiers.command)
                    + u8::from(s.modifiers.shift)
                    + u8::from(s.modifiers.alt),
            )
        });
        let mut pressed = Vec::new();
        ctx.input_mut(|i| {
            for (command, shortcut) in keyed {
                if i.consume_shortcut(&shortcut) && !pressed.contains(&command) {
                    pressed.push(command);
                }
            }
        });
        pressed
    }
}

/// A shortcut as text, with symbols rather than key names: "Ctrl+=".
pub fn format_shortcut(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    let text = ctx.format_shortcut(shortcut);
    let name = shortcut.logical_key.name();
    match shortcut.logical_key {
        Key::Equals | Key::Minus | Key::Plus => {
            text.replace(name, shortcut.logical_key.symbol_or_name())
        }
        _ => text,
    }
}

/// Mouse gestures, for the shortcut list: keys in the catalogues, each
/// message the gesture and its `.description` what it does. Keys are in
/// [`super::keymap`].
pub const GESTURES: &[&str] = &[
    "gesture-double-click",
    "gesture-drag-header",
    "gesture-drag-cell",
    "gesture-drag-signal",
    "gesture-right-click",
    "gesture-drag-inspector",
    "gesture-wheel",
];

#[cfg(test)]
mod tests {
    use super::Command;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = Vec::new();
        for command in Command::ALL {
            for shortcut in command.shortcuts() {
                if let Some((other, _)) = seen.iter().find(|(_, s)| s == shortcut) {
                    panic!("{command:?} and {other:?} share {shortcut:?}");
                }
                seen.push((command, *shortcut));
            }
        }
        assert!(seen.len() > 15);
    }

    #[test]
    fn every_command_is_listed_once() {
        for (i, a) in Command::ALL.iter().enumerate() {
            assert!(!Command::ALL[i + 1..].contains(a), "{a:?} twice");
        }
    }
}
