//! One text field for every place the editor takes text. Persian, English
//! and numbers mix in it as they do in a browser's text box: layout follows
//! the Unicode Bidirectional Algorithm, the caret moves visually, and a
//! selection is a logical range shown as one or more highlighted pieces.
//!
//! parley lays out and edits the text (bidi, shaping, caret, selection),
//! swash rasterizes its glyphs into an image, and egui draws that image,
//! the selection and the caret.
//!
//! ```text
//! ui.add(TextField::new(&mut text).multiline().hint("What happens here?"));
//! ```

mod edits;
mod engine;
mod raster;

use std::sync::PoisonError;

use eframe::egui::{self, EventFilter, Pos2, Rect, Sense, Vec2, pos2, vec2};
use parley::{BoundingBox, Cluster, Layout};

use edits::{Edits, Handled};
use engine::{Engine, Field};

/// A single- or multi-line text field bound to a `String`.
#[must_use = "add it with `ui.add(...)`"]
pub struct TextField<'a> {
    text: &'a mut String,
    id_salt: Option<egui::IdSalt>,
    rows: Option<usize>,
    hint: &'a str,
    font: Option<egui::FontId>,
    desired_width: Option<f32>,
    margin: Vec2,
    select_all: bool,
}

impl<'a> TextField<'a> {
    pub fn new(text: &'a mut String) -> Self {
        Self {
            text,
            id_salt: None,
            rows: None,
            hint: "",
            font: None,
            desired_width: None,
            margin: vec2(4.0, 2.0),
            select_all: false,
        }
    }

    /// Wraps, and takes Enter as a new line; at least three rows high.
    pub fn multiline(mut self) -> Self {
        self.rows = Some(3);
        self
    }

    /// Shown in a weak colour while the field is empty.
    pub fn hint(mut self, hint: &'a str) -> Self {
        self.hint = hint;
        self
    }

    /// Keeps the field's caret and history apart from others in the same place.
    pub fn id_salt(mut self, salt: impl egui::AsIdSalt) -> Self {
        self.id_salt = Some(egui::IdSalt::new(salt));
        self
    }

    pub fn font(mut self, font: egui::FontId) -> Self {
        self.font = Some(font);
        self
    }

    /// Width in points; `f32::INFINITY` takes all there is.
    pub fn desired_width(mut self, width: f32) -> Self {
        self.desired_width = Some(width);
        self
    }

    pub fn margin(mut self, margin: Vec2) -> Self {
        self.margin = margin;
        self
    }

    /// Selects all the text now, so typing replaces it: for a box just
    /// opened to rename something.
    pub fn select_all(mut self, select: bool) -> Self {
        self.select_all = select;
        self
    }
}

impl egui::Widget for TextField<'_> {
    fn ui(self, ui: &mut egui::Ui) -> egui::Response {
        let font = self
            .font
            .clone()
            .unwrap_or_else(|| egui::TextStyle::Body.resolve(ui.style()));
        let row_height = ui.fonts_mut(|f| f.row_height(&font));
        let available = ui.available_width();
        let width = self
            .desired_width
            .unwrap_or(ui.spacing().text_edit_width)
            .min(available)
            .max(2.0 * self.margin.x + 8.0);
        let inner_width = width - 2.0 * self.margin.x;
        let look = engine::Look {
            size: font.size,
            bold: font.family == egui::FontFamily::Name(super::fonts::BOLD.into()),
            wrap: self.rows.map(|_| inner_width),
        };
        let id = match self.id_salt {
            Some(salt) => ui.make_persistent_id(salt),
            None => ui.next_auto_id(),
        };
        let pass = ui.ctx().cumulative_pass_nr();

        let shared = Engine::shared(ui.ctx());
        let mut guard = shared.lock().unwrap_or_else(PoisonError::into_inner);
        let Engine {
            font_cx,
            layout_cx,
            raster,
            families,
            fields,
        } = &mut *guard;
        let field = engine::field(fields, families, id, look, pass);
        if !field.editor.is_composing() && field.editor.raw_text() != self.text.as_str() {
            field.editor.set_text(self.text);
            field.scroll = None;
        }
        field.editor.refresh_layout(font_cx, layout_cx);
        if self.select_all {
            field.editor.driver(font_cx, layout_cx).select_all();
        }

        let text_height = |field: &Field| {
            field
                .editor
                .try_layout()
                .map_or(row_height, |l| l.height().max(row_height))
        };
        let inner_height = match self.rows {
            Some(rows) => text_height(field).max(rows as f32 * row_height),
            None => row_height,
        };
        let (_, rect) = ui.allocate_space(vec2(width, inner_height + 2.0 * self.margin.y));
        let mut response = ui
            .interact(rect, id, Sense::click_and_drag())
            .on_hover_cursor(egui::CursorIcon::Text);
        let inner = rect.shrink2(self.margin);
        let single_line = self.rows.is_none();

        // Pointer: place the caret, extend by dragging, select words and lines.
        if response.clicked() || response.is_pointer_button_down_on() {
            response.request_focus();
        }
        let origin = text_origin(field, inner, single_line, false, row_height);
        if let Some(pointer) = response.interact_pointer_pos() {
            let p = pointer - origin;
            let (shift, pressed) = ui.input(|i| (i.modifiers.shift, i.pointer.primary_pressed()));
            let mut driver = field.editor.driver(font_cx, layout_cx);
            if response.triple_clicked() {
                driver.select_line_at_point(p.x, p.y);
            } else if response.double_clicked() {
                driver.select_word_at_point(p.x, p.y);
            } else if pressed && shift {
                driver.shift_click_extension(p.x, p.y);
            } else if pressed {
                driver.move_to_point(p.x, p.y);
            } else if response.dragged() {
                driver.extend_selection_to_point(p.x, p.y);
            }
            field.typing = None;
            field.placed = pass;
        }

        let focused = response.has_focus();
        let before = self.text.clone();
        if focused {
            if response.gained_focus() && field.placed + 2 < pass {
                field.editor.driver(font_cx, layout_cx).move_to_text_end();
            }
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    id,
                    EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        tab: false,
                        escape: false,
                    },
                );
            });
            let (events, time) = ui.input(|i| (i.events.clone(), i.time));
            let mut edits = Edits {
                field,
                font_cx,
                layout_cx,
                time,
                single_line,
            };
            for event in events {
                match edits.handle(ui.ctx(), &event) {
                    Handled::Yes => {}
                    Handled::Leave => {
                        ui.memory_mut(|m| m.surrender_focus(id));
                        break;
                    }
                }
            }
            let text = field.editor.text().to_string();
            if text != *self.text {
                *self.text = text;
                response.mark_changed();
            }
            field.editor.refresh_layout(font_cx, layout_cx);
        }

        // Paint: frame, selection, text, caret, hint.
        let origin = text_origin(field, inner, single_line, focused, row_height);
        let visuals = ui.style().interact(&response);
        let stroke = if focused {
            ui.visuals().selection.stroke
        } else {
            visuals.bg_stroke
        };
        ui.painter().rect(
            rect,
            visuals.corner_radius,
            ui.visuals().text_edit_bg_color(),
            stroke,
            egui::StrokeKind::Inside,
        );
        let painter = ui.painter_at(inner.expand2(vec2(2.0, self.margin.y)));
        let to_screen = |b: BoundingBox| {
            Rect::from_min_max(
                origin + vec2(b.x0 as f32, b.y0 as f32),
                origin + vec2(b.x1 as f32, b.y1 as f32),
            )
        };
        if focused {
            for (b, _) in field.editor.selection_geometry() {
                painter.rect_filled(to_screen(b), 0.0, ui.visuals().selection.bg_fill);
            }
        }
        let colour = if ui.is_enabled() {
            ui.visuals().text_color()
        } else {
            ui.visuals().weak_text_color()
        };
        let image_width = self.rows.map_or_else(
            || field.editor.try_layout().map_or(0.0, Layout::full_width),
            |_| inner_width,
        );
        paint_text(ui, &painter, field, raster, origin, image_width, colour);
        if focused && field.editor.is_cursor_visible() {
            let cursor = ui.visuals().text_cursor.stroke;
            if let Some(b) = field.editor.cursor_geometry(cursor.width) {
                let caret = to_screen(b);
                painter.rect_filled(caret, 0.0, cursor.color);
                ui.ctx().output_mut(|o| {
                    o.ime = Some(egui::output::IMEOutput {
                        purpose: egui::IMEPurpose::Normal,
                        rect: inner,
                        cursor_rect: caret,
                        should_interrupt_composition: false,
                    });
                });
            }
        }
        if self.text.is_empty() && !field.editor.is_composing() && !self.hint.is_empty() {
            let hint = super::bidi::Paragraph::new(
                &painter,
                self.hint,
                font.clone(),
                ui.visuals().weak_text_color(),
                inner.width(),
                self.rows.unwrap_or(1),
            );
            let top = if single_line {
                inner.center().y - hint.height() / 2.0
            } else {
                inner.top()
            };
            hint.paint(
                &painter,
                pos2(inner.left(), top),
                inner.width(),
                ui.visuals().weak_text_color(),
            );
        }
        field.origin = origin;
        drop(guard);

        let (enabled, hint) = (ui.is_enabled(), self.hint);
        let now = self.text.as_str();
        response.widget_info(|| egui::WidgetInfo::text_edit(enabled, &before, now, hint));
        response
    }
}

/// Where the layout's top left is on screen. Single-line text is centred
/// vertically and scrolled so the caret stays in view; right-to-left text
/// shorter than the field sits at its right edge.
fn text_origin(
    field: &mut Field,
    inner: Rect,
    single_line: bool,
    follow_caret: bool,
    row_height: f32,
) -> Pos2 {
    let Some(layout) = field.editor.try_layout() else {
        return inner.min;
    };
    if !single_line {
        return inner.min;
    }
    let y = inner.center().y - layout.height().max(row_height) / 2.0;
    let content = layout.full_width();
    let room = inner.width();
    let x = if content <= room {
        field.scroll = None;
        if layout.is_rtl() { room - content } else { 0.0 }
    } else {
        let max = content - room;
        let mut scroll = field
            .scroll
            .unwrap_or(if layout.is_rtl() { max } else { 0.0 });
        if follow_caret && let Some(caret) = field.editor.cursor_geometry(1.0) {
            let x = caret.x0 as f32;
            if x < scroll {
                scroll = x;
            } else if x > scroll + room - 1.0 {
                scroll = x - room + 1.0;
            }
        }
        let scroll = scroll.clamp(0.0, max).round();
        field.scroll = Some(scroll);
        -scroll
    };
    pos2(inner.left() + x, y)
}

/// Draws the field's text image at `origin`, rasterizing it again when the
/// layout, the pixel density or the text rendering changed.
fn paint_text(
    ui: &egui::Ui,
    painter: &egui::Painter,
    field: &mut Field,
    raster: &mut raster::Rasterizer,
    origin: Pos2,
    width: f32,
    colour: egui::Color32,
) {
    let Some(layout) = field.editor.try_layout() else {
        return;
    };
    if field.editor.raw_text().is_empty() {
        return;
    }
    let ppp = ui.ctx().pixels_per_point();
    let alpha = ui.visuals().text_options.color_transfer_function;
    let generation = field.editor.generation();
    let fresh =
        matches!(&field.image, Some((_, g, p, a)) if *g == generation && *p == ppp && *a == alpha);
    if !fresh {
        let image = raster.rasterize(layout, width, ppp, |c| alpha.alpha_from_coverage(c));
        let texture = match field.image.take() {
            Some((mut texture, ..)) => {
                texture.set(image, egui::TextureOptions::LINEAR);
                texture
            }
            None => ui
                .ctx()
                .load_texture("text-field", image, egui::TextureOptions::LINEAR),
        };
        field.image = Some((texture, generation, ppp, alpha));
    }
    if let Some((texture, ..)) = &field.image {
        let aligned = pos2(
            (origin.x * ppp).round() / ppp,
            (origin.y * ppp).round() / ppp,
        );
        let size = texture.size_vec2() / ppp;
        painter.image(
            texture.id(),
            Rect::from_min_size(aligned, size),
            Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
            colour,
        );
    }
}

/// What a field shows, in screen points, for accessibility checks and tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub text: String,
    /// Each character's byte index, the horizontal centre of the cluster it
    /// belongs to, and its line.
    pub chars: Vec<(usize, f32, usize)>,
    /// The caret's logical byte index and its x, when the field has focus.
    pub caret: Option<(usize, f32)>,
    /// The highlighted pieces of the selection.
    pub selection: Vec<Rect>,
}

/// What the field `id` showed in its last frame.
pub fn shown(ctx: &egui::Context, id: egui::Id) -> Option<Shown> {
    let shared = Engine::shared(ctx);
    let guard = shared.lock().unwrap_or_else(PoisonError::into_inner);
    let field = guard.fields.get(&id)?;
    let layout = field.editor.try_layout()?;
    let text = field.editor.raw_text();
    let origin = field.origin;
    let chars = text
        .char_indices()
        .filter_map(|(i, _)| {
            let cluster = Cluster::from_byte_index(layout, i)?;
            let x = cluster.visual_offset()? + cluster.advance() / 2.0;
            Some((i, origin.x + x, cluster.path().line_index()))
        })
        .collect();
    let focused = ctx.memory(|m| m.has_focus(id));
    let caret = focused
        .then(|| field.editor.cursor_geometry(1.0))
        .flatten()
        .map(|b| {
            (
                field.editor.raw_selection().focus().index(),
                origin.x + b.x0 as f32,
            )
        });
    let selection = field
        .editor
        .selection_geometry()
        .into_iter()
        .map(|(b, _)| {
            Rect::from_min_max(
                origin + vec2(b.x0 as f32, b.y0 as f32),
                origin + vec2(b.x1 as f32, b.y1 as f32),
            )
        })
        .collect();
    Some(Shown {
        text: text.to_owned(),
        chars,
        caret,
        selection,
    })
}
