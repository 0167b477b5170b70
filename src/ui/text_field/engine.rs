//! The text engine behind every field: one parley font and layout context
//! for the app, and each field's editor, image and typing history, kept
//! while the field is on screen.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use eframe::egui::{self, TextureHandle};
use parley::editing::{Generation, Selection};
use parley::{
    FontContext, FontFamily, FontFamilyName, FontWeight, LayoutContext, PlainEditor, StyleProperty,
};

/// Fields not drawn for this many passes are dropped with their images.
const KEEP_PASSES: u64 = 120;

/// A field's look: what its layout and image depend on besides the text.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Look {
    pub size: f32,
    pub bold: bool,
    /// Wrap width for multiline fields; single-line fields never wrap.
    pub wrap: Option<f32>,
}

/// One step of a field's own undo history.
#[derive(Clone)]
pub struct Snapshot {
    pub text: String,
    pub selection: Selection,
}

/// What kind of change the last edit was, to group typing into one undo step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EditKind {
    Insert,
    Delete,
    Other,
}

pub struct Field {
    pub editor: PlainEditor<()>,
    look: Look,
    /// The image of the text and what it was drawn from.
    pub image: Option<(
        TextureHandle,
        Generation,
        f32,
        egui::epaint::FontColorTransferFunction,
    )>,
    pub undo: Vec<Snapshot>,
    pub redo: Vec<Snapshot>,
    /// The last edit's kind and time, while typing goes on without moving.
    pub typing: Option<(EditKind, f64)>,
    /// Horizontal scroll of a single-line field, in points; `None` until placed.
    pub scroll: Option<f32>,
    /// The pass in which the pointer last placed the caret.
    pub placed: u64,
    /// Where the layout's top left was drawn on screen.
    pub origin: egui::Pos2,
    seen: u64,
}

impl Field {
    fn new(look: Look, families: &[String]) -> Self {
        let mut editor = PlainEditor::new(look.size);
        let stack: Vec<FontFamilyName<'static>> = families
            .iter()
            .map(|f| FontFamilyName::Named(Cow::Owned(f.clone())))
            .collect();
        let styles = editor.edit_styles();
        styles.insert(StyleProperty::FontFamily(FontFamily::List(Cow::Owned(
            stack,
        ))));
        if look.bold {
            styles.insert(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        editor.set_width(look.wrap);
        Self {
            editor,
            look,
            image: None,
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
            scroll: None,
            placed: 0,
            origin: egui::Pos2::ZERO,
            seen: 0,
        }
    }

    /// Records the state before an edit of `kind` at `time`, unless it
    /// continues the typing already recorded.
    pub fn record(&mut self, kind: EditKind, time: f64) {
        let continues = matches!(self.typing, Some((k, t)) if k == kind && kind != EditKind::Other && time - t < 2.0);
        if !continues {
            self.undo.push(Snapshot {
                text: self.editor.raw_text().to_owned(),
                selection: *self.editor.raw_selection(),
            });
            if self.undo.len() > 200 {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.typing = Some((kind, time));
    }
}

pub struct Engine {
    pub font_cx: FontContext,
    pub layout_cx: LayoutContext<()>,
    pub raster: super::raster::Rasterizer,
    /// Font families in fallback order, as registered.
    pub families: Vec<String>,
    pub fields: HashMap<egui::Id, Field>,
}

impl Engine {
    fn new() -> Self {
        let mut font_cx = FontContext::new();
        let mut families: Vec<String> = Vec::new();
        let definitions = crate::ui::fonts::definitions();
        let mut names = definitions
            .families
            .get(&egui::FontFamily::Proportional)
            .cloned()
            .unwrap_or_default();
        // The bold face joins its regular family; the rest give the fallback order.
        names.push(crate::ui::fonts::BOLD_DATA.to_owned());
        for name in &names {
            let Some(data) = definitions.font_data.get(name) else {
                continue;
            };
            let bytes: Vec<u8> = (*data.font).as_ref().to_vec();
            for (family, _) in font_cx.collection.register_fonts(bytes.into(), None) {
                if let Some(family) = font_cx.collection.family_name(family)
                    && !families.iter().any(|f| f == family)
                {
                    families.push(family.to_owned());
                }
            }
        }
        Self {
            font_cx,
            layout_cx: LayoutContext::new(),
            raster: super::raster::Rasterizer::default(),
            families,
            fields: HashMap::new(),
        }
    }

    /// The app's engine, made on first use.
    pub fn shared(ctx: &egui::Context) -> Arc<Mutex<Self>> {
        let id = egui::Id::unique("journeymap-text-engine");
        ctx.data_mut(|d| {
            d.get_temp_mut_or_insert_with(id, || Arc::new(Mutex::new(Self::new())))
                .clone()
        })
    }
}

/// The field `id` with `look`, made or refreshed as needed. Fields not
/// drawn lately are dropped.
pub fn field<'a>(
    fields: &'a mut HashMap<egui::Id, Field>,
    families: &[String],
    id: egui::Id,
    look: Look,
    pass: u64,
) -> &'a mut Field {
    if fields.len() > 32 {
        fields.retain(|_, f| f.seen + KEEP_PASSES >= pass);
    }
    let field = fields
        .entry(id)
        .or_insert_with(|| Field::new(look, families));
    if field.look != look {
        if field.look.size != look.size || field.look.bold != look.bold {
            let text = field.editor.raw_text().to_owned();
            *field = Field::new(look, families);
            field.editor.set_text(&text);
        } else {
            field.editor.set_width(look.wrap);
            field.look = look;
        }
    }
    field.seen = pass;
    field
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The weights of the faces a field with `bold` shapes its text with.
    fn weights(engine: &mut Engine, bold: bool) -> Vec<f32> {
        let look = Look {
            size: 15.0,
            bold,
            wrap: None,
        };
        let id = egui::Id::unique(if bold { "bold" } else { "regular" });
        let Engine {
            font_cx,
            layout_cx,
            families,
            fields,
            ..
        } = engine;
        let field = field(fields, families, id, look, 1);
        field.editor.set_text("مقایسه Compare ۱۲");
        field.editor.refresh_layout(font_cx, layout_cx);
        let layout = field.editor.try_layout().expect("laid out");
        layout
            .lines()
            .flat_map(|line| {
                line.runs()
                    .map(|run| run.font_attrs().weight.value())
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn fields_use_the_bundled_font_and_its_bold_face() {
        let mut engine = Engine::new();
        assert_eq!(
            engine.families.first().map(String::as_str),
            Some("Vazirmatn")
        );
        assert!(weights(&mut engine, false).iter().all(|w| *w == 400.0));
        let bold = weights(&mut engine, true);
        assert!(
            !bold.is_empty() && bold.iter().all(|w| *w == 700.0),
            "{bold:?}"
        );
    }
}
