//! What assistive technology hears, beyond the widgets' own names: labels
//! in reading order, and announcements of what a key just changed.
//!
//! egui has no bidirectional layout, so Persian and mixed text reaches it
//! in the order its shaper needs ([`crate::ui::bidi::shaper_order`]), and
//! a widget's accessible name is taken from that text. Each such text is
//! remembered here beside the text as written, and [`Spoken`] puts the
//! written one back into the frame's accessibility tree before it leaves
//! for the screen reader.

use std::collections::HashMap;
use std::sync::Mutex;

use eframe::egui::{self, FullOutput, Id, UiBuilder, accesskit};

/// Shaper-ordered text → the text as written, for this frame.
static WRITTEN: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

/// More than any frame shows; past it, the rest of the frame's texts are
/// not remembered rather than memory growing.
const MOST: usize = 8192;

/// Remembers that `shown` is `written` reordered for the shaper.
pub fn remember(shown: &str, written: &str) {
    if shown == written {
        return;
    }
    let mut map = WRITTEN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let map = map.get_or_insert_with(HashMap::new);
    if map.len() < MOST {
        map.insert(shown.to_owned(), written.to_owned());
    }
}

/// The egui plugin that gives the accessibility tree back its text as
/// written. Added once, when the app starts.
pub struct Spoken;

impl egui::Plugin for Spoken {
    fn debug_name(&self) -> &'static str {
        "spoken text in reading order"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut FullOutput) {
        let map = WRITTEN
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        let Some(update) = output.platform_output.accesskit_update.as_mut() else {
            return;
        };
        let map = map.unwrap_or_default();
        for (_, node) in &mut update.nodes {
            rewrite(node, &map);
            name_egui_parts(node);
        }
    }
}

/// Names in the interface's language for the parts egui draws itself: a
/// panel's resize handle (named in English by egui) and scroll bars
/// (named not at all).
fn name_egui_parts(node: &mut accesskit::Node) {
    match node.role() {
        accesskit::Role::Splitter if node.label() == Some("Resize panel") => {
            node.set_label(String::from(crate::tr!("a11y-resize-panel")));
        }
        accesskit::Role::ScrollBar if node.label().is_none() => {
            let key = match node.orientation() {
                Some(accesskit::Orientation::Horizontal) => "a11y-scroll-across",
                _ => "a11y-scroll-down",
            };
            node.set_label(String::from(crate::tr!(key)));
        }
        _ => {}
    }
}

/// Puts back the written text of a node's name, value and description.
fn rewrite(node: &mut accesskit::Node, map: &HashMap<String, String>) {
    let written = |text: Option<&str>| text.and_then(|t| map.get(t)).cloned();
    if let Some(label) = written(node.label()) {
        node.set_label(label);
    }
    if let Some(value) = written(node.value()) {
        node.set_value(value);
    }
    if let Some(description) = written(node.description()) {
        node.set_description(description);
    }
}

/// The live region's id, and the memory key of what it says.
fn announcer_id() -> Id {
    Id::unique("journeymap-announcer")
}

/// Says `text` to a screen reader, politely, after what it is saying now
/// (e.g. "Real experience −1" after a key changed a score).
pub fn announce(ctx: &egui::Context, text: impl Into<String>) {
    let text = text.into();
    ctx.data_mut(|d| {
        let (said, count) = d
            .get_temp::<(String, u32)>(announcer_id())
            .unwrap_or_default();
        // The same words again must still be heard: a reader speaks a live
        // region when its text changes, so every other one gets an
        // invisible mark.
        let count = if said.trim_end_matches('\u{2060}') == text {
            count + 1
        } else {
            0
        };
        let marked = format!("{text}{}", "\u{2060}".repeat((count % 2) as usize));
        d.insert_temp(announcer_id(), (marked, count));
    });
}

/// What was last announced, for tests.
pub fn announced(ctx: &egui::Context) -> Option<String> {
    ctx.data(|d| d.get_temp::<(String, u32)>(announcer_id()))
        .map(|(text, _)| text.trim_end_matches('\u{2060}').to_owned())
}

/// The live region: an invisible status node whose name is the last
/// announcement. Called once a frame, in the status bar.
pub fn announcer_ui(ui: &mut egui::Ui) {
    let Some((text, _)) = ui
        .ctx()
        .data(|d| d.get_temp::<(String, u32)>(announcer_id()))
    else {
        return;
    };
    let id = announcer_id();
    ui.new_child(
        UiBuilder::new()
            .scope_id(id)
            .accessibility_role(accesskit::Role::Status)
            .accessibility_label(text),
    );
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_live(accesskit::Live::Polite));
}
