//! Every key the editor reads that is not a menu command ([`Command`] has
//! those): moving around the grid, and presentation mode's keys. Each is
//! defined here once, with its keys and its catalogue words; the key
//! handling, the shortcut list (F1), the presentation's hint line and the
//! clash test all read it from here.

use eframe::egui::{self, Key as K, KeyboardShortcut, Modifiers};

use super::command::{Command, format_shortcut};
use crate::i18n::Text;
use crate::tr;

/// A key, or a group of keys with one job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Arrows: move the selection between cells (both modes).
    Move,
    /// Alt+arrows: move the selected stage, channel, lane, line or card, or
    /// the signal whose text is being edited (editor).
    Reorder,
    /// Enter: edit the selected cell in the inspector (editor).
    Edit,
    /// Esc: leave a text field; cancel a drag or a rename (editor).
    Cancel,
    /// 1–5 on an emotion lane's value: the persona's emotion −2..+2 (editor).
    EmotionScore,
    /// 0 on an emotion lane's value: clear the persona's emotion (editor).
    ClearEmotion,
    /// 1–5: set the focused cell's real score to −2..+2 (presenting).
    RealScore,
    /// Shift+1–5: set the ideal score.
    IdealScore,
    /// 0 and Shift+0: clear the real and the ideal score.
    ClearScore,
    /// +: type a new positive signal.
    AddPositive,
    /// -: type a new negative signal.
    AddNegative,
    /// Enter: the focused cell large, with all its fields.
    Card,
    /// Space: dim every stage but the focused one.
    Spotlight,
    /// V: the next colouring.
    Colouring,
    /// G: the ideal-vs-real chart over the grid.
    Chart,
    /// O: the next owner's cells (all, then each owner).
    Owner,
    /// Esc: close the card, or leave presentation mode.
    Leave,
}

/// Where a key works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Editor,
    Presenting,
}

const fn plain(key: K) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn alt(key: K) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, key)
}

const fn shift(key: K) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

impl Key {
    pub const ALL: [Self; 17] = [
        Self::Move,
        Self::Reorder,
        Self::Edit,
        Self::Cancel,
        Self::EmotionScore,
        Self::ClearEmotion,
        Self::RealScore,
        Self::IdealScore,
        Self::ClearScore,
        Self::AddPositive,
        Self::AddNegative,
        Self::Card,
        Self::Spotlight,
        Self::Colouring,
        Self::Chart,
        Self::Owner,
        Self::Leave,
    ];

    /// The keys, in the order a range is read (1 to 5).
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const MOVE: [KeyboardShortcut; 4] = [
            plain(K::ArrowLeft),
            plain(K::ArrowRight),
            plain(K::ArrowUp),
            plain(K::ArrowDown),
        ];
        const ALT_MOVE: [KeyboardShortcut; 4] = [
            alt(K::ArrowLeft),
            alt(K::ArrowRight),
            alt(K::ArrowUp),
            alt(K::ArrowDown),
        ];
        const DIGITS: [KeyboardShortcut; 5] = [
            plain(K::Num1),
            plain(K::Num2),
            plain(K::Num3),
            plain(K::Num4),
            plain(K::Num5),
        ];
        const SHIFT_DIGITS: [KeyboardShortcut; 5] = [
            shift(K::Num1),
            shift(K::Num2),
            shift(K::Num3),
            shift(K::Num4),
            shift(K::Num5),
        ];
        const CLEAR: [KeyboardShortcut; 2] = [plain(K::Num0), shift(K::Num0)];
        const ZERO: [KeyboardShortcut; 1] = [plain(K::Num0)];
        const ENTER: [KeyboardShortcut; 1] = [plain(K::Enter)];
        const PLUS: [KeyboardShortcut; 1] = [plain(K::Plus)];
        const MINUS: [KeyboardShortcut; 1] = [plain(K::Minus)];
        const SPACE: [KeyboardShortcut; 1] = [plain(K::Space)];
        const V: [KeyboardShortcut; 1] = [plain(K::V)];
        const G: [KeyboardShortcut; 1] = [plain(K::G)];
        const O: [KeyboardShortcut; 1] = [plain(K::O)];
        const ESC: [KeyboardShortcut; 1] = [plain(K::Escape)];
        match self {
            Self::Move => &MOVE,
            Self::Reorder => &ALT_MOVE,
            Self::Edit | Self::Card => &ENTER,
            Self::RealScore | Self::EmotionScore => &DIGITS,
            Self::ClearEmotion => &ZERO,
            Self::IdealScore => &SHIFT_DIGITS,
            Self::ClearScore => &CLEAR,
            Self::AddPositive => &PLUS,
            Self::AddNegative => &MINUS,
            Self::Spotlight => &SPACE,
            Self::Colouring => &V,
            Self::Chart => &G,
            Self::Owner => &O,
            Self::Leave | Self::Cancel => &ESC,
        }
    }

    /// The text typed for the key, whatever the keyboard layout, for keys
    /// read as characters ("+" is Shift+= on many keyboards).
    pub fn typed(self) -> Option<&'static str> {
        match self {
            Self::AddPositive => Some("+"),
            Self::AddNegative => Some("-"),
            _ => None,
        }
    }

    /// Where the key works.
    pub fn modes(self) -> &'static [Mode] {
        match self {
            Self::Move => &[Mode::Editor, Mode::Presenting],
            Self::Edit | Self::Reorder | Self::Cancel | Self::EmotionScore | Self::ClearEmotion => {
                &[Mode::Editor]
            }
            _ => &[Mode::Presenting],
        }
    }

    /// The key's words in the catalogues: the message is the short form the
    /// presentation's hint line shows, `.description` what the shortcut
    /// list says.
    fn catalogue_key(self) -> &'static str {
        match self {
            Self::Move => "key-move",
            Self::Reorder => "key-reorder",
            Self::Edit => "key-edit",
            Self::Cancel => "key-cancel",
            Self::EmotionScore => "key-emotion-score",
            Self::ClearEmotion => "key-clear-emotion",
            Self::RealScore => "key-real-score",
            Self::IdealScore => "key-ideal-score",
            Self::ClearScore => "key-clear-score",
            Self::AddPositive => "key-add-positive",
            Self::AddNegative => "key-add-negative",
            Self::Card => "key-card",
            Self::Spotlight => "key-spotlight",
            Self::Colouring => "key-colouring",
            Self::Chart => "key-chart",
            Self::Owner => "key-owner",
            Self::Leave => "key-leave",
        }
    }

    /// The short words for the hint line: "card", "chart".
    pub fn short(self) -> Text {
        tr!(self.catalogue_key())
    }

    /// What the key does, for the shortcut list.
    pub fn description(self) -> Text {
        tr!(&format!("{}.description", self.catalogue_key()))
    }

    /// The keys as text: "Enter", "1–5", "Shift+1–5", "0 / Shift+0".
    pub fn keys_text(self, ctx: &egui::Context) -> String {
        let shortcuts = self.shortcuts();
        let text = |s: &KeyboardShortcut| match self.typed() {
            Some(typed) => typed.to_owned(),
            None => format_shortcut(ctx, s),
        };
        match shortcuts {
            // A run of digits reads as a range.
            [first, .., last] if shortcuts.len() > 2 && self != Self::Move => {
                let last = text(last);
                let last = last.rsplit('+').next().unwrap_or_default();
                format!("{}–{last}", text(first))
            }
            [first, _, _, _] if first.modifiers.alt => tr!("key-alt-arrows").into(),
            [_, _, _, _] => tr!("key-arrows").into(),
            _ => shortcuts.iter().map(text).collect::<Vec<_>>().join(" / "),
        }
    }
}

/// The presentation's hint line: each key with its short words, then the
/// editor's commands that work there too: the next persona (on a map with
/// several), undo and save.
pub fn present_hint(ctx: &egui::Context, personas: bool) -> String {
    let keys = [
        Key::Move,
        Key::RealScore,
        Key::IdealScore,
        Key::ClearScore,
        Key::AddPositive,
        Key::AddNegative,
        Key::Card,
        Key::Spotlight,
        Key::Colouring,
        Key::Chart,
        Key::Owner,
    ];
    let mut parts: Vec<String> = keys
        .iter()
        .map(|k| format!("{} {}", k.keys_text(ctx), k.short()))
        .collect();
    let commands = [
        (personas, Command::NextPersona, "key-persona"),
        (true, Command::Undo, "key-undo"),
        (true, Command::Save, "key-save"),
    ];
    for (_, command, key) in commands.into_iter().filter(|(shown, ..)| *shown) {
        parts.push(format!("{} {}", command.first_shortcut_text(ctx), tr!(key)));
    }
    parts.push(format!(
        "{} {}",
        Key::Leave.keys_text(ctx),
        Key::Leave.short()
    ));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::{Key, KeyboardShortcut, Mode};
    use crate::ui::command::Command;

    /// No key does two things in one mode: commands (which work in both)
    /// and this table's keys, together.
    #[test]
    fn no_two_jobs_share_a_key_in_one_mode() {
        for mode in [Mode::Editor, Mode::Presenting] {
            let mut seen: Vec<(String, KeyboardShortcut)> = Vec::new();
            let commands = Command::ALL
                .into_iter()
                .flat_map(|c| c.shortcuts().iter().map(move |s| (format!("{c:?}"), *s)));
            let keys = Key::ALL
                .into_iter()
                .filter(|k| k.modes().contains(&mode))
                .flat_map(|k| k.shortcuts().iter().map(move |s| (format!("{k:?}"), *s)));
            for (name, shortcut) in commands.chain(keys) {
                if let Some((other, _)) = seen.iter().find(|(_, s)| *s == shortcut) {
                    panic!("{mode:?}: {name} and {other} share {shortcut:?}");
                }
                seen.push((name, shortcut));
            }
        }
    }
}
