//! Keyboard, clipboard and IME input applied to a focused field: caret
//! motion (visual, by word, by line), deletion, the field's own undo, and
//! composition.

use eframe::egui::{self, Event, ImeEvent, Key, Modifiers};

use super::engine::{EditKind, Field, Snapshot};

pub(super) enum Handled {
    Yes,
    /// The field gives up focus (Enter in a single line, Escape).
    Leave,
}

/// Keyboard, clipboard and IME input applied to a focused field.
pub(super) struct Edits<'a> {
    pub field: &'a mut Field,
    pub font_cx: &'a mut parley::FontContext,
    pub layout_cx: &'a mut parley::LayoutContext<()>,
    pub time: f64,
    pub single_line: bool,
}

impl Edits<'_> {
    fn driver(&mut self) -> parley::PlainEditorDriver<'_, ()> {
        self.field.editor.driver(self.font_cx, self.layout_cx)
    }

    fn insert(&mut self, text: &str, kind: EditKind) {
        if text.is_empty() {
            return;
        }
        self.field.record(kind, self.time);
        self.driver().insert_or_replace_selection(text);
    }

    pub(super) fn handle(&mut self, ctx: &egui::Context, event: &Event) -> Handled {
        match event {
            Event::Text(text) => {
                let text: String = text
                    .chars()
                    .filter(|c| !c.is_control() || (*c == '\n' && !self.single_line))
                    .collect();
                self.insert(&text, EditKind::Insert);
            }
            Event::Paste(text) => {
                let text = if self.single_line {
                    text.replace(['\r', '\n'], " ")
                } else {
                    text.replace("\r\n", "\n")
                };
                self.insert(&text, EditKind::Other);
            }
            Event::Copy => {
                if let Some(selected) = self.field.editor.selected_text() {
                    ctx.copy_text(selected.to_owned());
                }
            }
            Event::Cut => {
                if let Some(selected) = self.field.editor.selected_text() {
                    ctx.copy_text(selected.to_owned());
                    self.field.record(EditKind::Other, self.time);
                    self.driver().delete_selection();
                }
            }
            Event::Ime(ime) => self.ime(ime),
            Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => return self.key(*key, *modifiers),
            _ => {}
        }
        Handled::Yes
    }

    fn ime(&mut self, ime: &ImeEvent) {
        match ime {
            ImeEvent::Preedit { text, .. } if text.is_empty() => self.driver().clear_compose(),
            ImeEvent::Preedit { text, .. } => {
                if !self.field.editor.is_composing() {
                    self.field.record(EditKind::Insert, self.time);
                }
                self.driver()
                    .set_compose(text, Some((text.len(), text.len())));
            }
            ImeEvent::Commit(text) => {
                if self.field.editor.is_composing() {
                    self.driver().clear_compose();
                }
                self.insert(text, EditKind::Insert);
            }
            _ => {}
        }
    }

    fn key(&mut self, key: Key, m: Modifiers) -> Handled {
        let word = m.ctrl || m.alt;
        let mut moved = true;
        let mut d = self.field.editor.driver(self.font_cx, self.layout_cx);
        match (key, m.shift) {
            (Key::ArrowLeft, false) if word => d.move_word_left(),
            (Key::ArrowLeft, true) if word => d.select_word_left(),
            (Key::ArrowLeft, false) => d.move_left(),
            (Key::ArrowLeft, true) => d.select_left(),
            (Key::ArrowRight, false) if word => d.move_word_right(),
            (Key::ArrowRight, true) if word => d.select_word_right(),
            (Key::ArrowRight, false) => d.move_right(),
            (Key::ArrowRight, true) => d.select_right(),
            (Key::ArrowUp, false) if self.single_line => d.move_to_text_start(),
            (Key::ArrowUp, true) if self.single_line => d.select_to_text_start(),
            (Key::ArrowUp, false) => d.move_up(),
            (Key::ArrowUp, true) => d.select_up(),
            (Key::ArrowDown, false) if self.single_line => d.move_to_text_end(),
            (Key::ArrowDown, true) if self.single_line => d.select_to_text_end(),
            (Key::ArrowDown, false) => d.move_down(),
            (Key::ArrowDown, true) => d.select_down(),
            (Key::Home, false) if m.command => d.move_to_text_start(),
            (Key::Home, true) if m.command => d.select_to_text_start(),
            (Key::Home, false) => d.move_to_line_start(),
            (Key::Home, true) => d.select_to_line_start(),
            (Key::End, false) if m.command => d.move_to_text_end(),
            (Key::End, true) if m.command => d.select_to_text_end(),
            (Key::End, false) => d.move_to_line_end(),
            (Key::End, true) => d.select_to_line_end(),
            (Key::A, _) if m.command => d.select_all(),
            _ => moved = false,
        }
        if moved {
            self.field.typing = None;
            return Handled::Yes;
        }
        match key {
            Key::Backspace | Key::Delete => {
                self.field.record(EditKind::Delete, self.time);
                let mut d = self.driver();
                match (key == Key::Backspace, word) {
                    (true, true) => d.backdelete_word(),
                    (true, false) => d.backdelete(),
                    (false, true) => d.delete_word(),
                    (false, false) => d.delete(),
                }
            }
            Key::Enter if !self.single_line => self.insert("\n", EditKind::Insert),
            Key::Enter | Key::Escape => return Handled::Leave,
            Key::Z if m.command && m.shift => self.redo(),
            Key::Z if m.command => self.undo(),
            Key::Y if m.command => self.redo(),
            _ => {}
        }
        Handled::Yes
    }

    fn undo(&mut self) {
        if let Some(snapshot) = self.field.undo.pop() {
            let current = self.snapshot();
            self.field.redo.push(current);
            self.restore(&snapshot);
        }
    }

    fn redo(&mut self) {
        if let Some(snapshot) = self.field.redo.pop() {
            let current = self.snapshot();
            self.field.undo.push(current);
            self.restore(&snapshot);
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            text: self.field.editor.raw_text().to_owned(),
            selection: *self.field.editor.raw_selection(),
        }
    }

    fn restore(&mut self, snapshot: &Snapshot) {
        self.field.editor.set_text(&snapshot.text);
        let (anchor, focus) = (snapshot.selection.anchor(), snapshot.selection.focus());
        self.driver()
            .select_byte_range(anchor.index(), focus.index());
        self.field.typing = None;
    }
}
