//! Radio buttons and checkboxes whose mark stands where the reader starts:
//! at the left of the label, or at its right in a right-to-left interface.
//! egui draws the mark at the left only; in a left-to-right interface these
//! are egui's own widgets.

use eframe::egui::{
    self, Atom, IdSalt, IntoAtoms, Response, Role, Sense, Shape, Ui, Vec2, WidgetAtom, WidgetInfo,
    epaint, pos2,
};

/// The mark's box at the label's start, and the response covering both.
fn mirrored_widget<'a>(
    ui: &mut Ui,
    text: impl IntoAtoms<'a>,
    role: Role,
    checked: bool,
) -> (Response, Option<egui::Rect>) {
    let spacing = ui.spacing();
    let icon_width = spacing.icon_width;
    let min_y = spacing.interact_size.y.max(icon_width);
    let mut atoms = text.into_atoms();
    let label = atoms.text().map(String::from).unwrap_or_default();
    let icon = IdSalt::new("mirrored_choice_icon");
    atoms.push_right(Atom::custom(icon, Vec2::new(icon_width, min_y)));
    let prepared = WidgetAtom::new(atoms)
        .sense(Sense::click())
        .min_size(Vec2::new(min_y, min_y))
        .allocate(ui);
    prepared
        .response
        .widget_info(|| WidgetInfo::selected(role, ui.is_enabled(), checked, &label));
    if !ui.is_rect_visible(prepared.response.rect) {
        return (prepared.response, None);
    }
    let visuals = *ui.style().interact(&prepared.response);
    let mut prepared = prepared;
    prepared.fallback_text_color = visuals.text_color();
    let painted = prepared.paint(ui);
    let rect = painted.rect(icon);
    (painted.response, rect)
}

/// One of several alternatives.
pub fn radio<'a>(ui: &mut Ui, checked: bool, text: impl IntoAtoms<'a>) -> Response {
    if !crate::i18n::ui().is_rtl() {
        return ui.radio(checked, text);
    }
    let (response, icon) = mirrored_widget(ui, text, Role::RadioButton, checked);
    if let Some(rect) = icon {
        let visuals = ui.style().interact(&response);
        let (small, big) = ui.spacing().icon_rectangles(rect);
        let painter = ui.painter();
        painter.add(epaint::CircleShape {
            center: big.center(),
            radius: big.width() * 0.5 + visuals.expansion,
            fill: visuals.bg_fill,
            stroke: visuals.bg_stroke,
        });
        if checked {
            painter.add(epaint::CircleShape {
                center: small.center(),
                radius: small.width() / 3.0,
                fill: visuals.fg_stroke.color,
                stroke: Default::default(),
            });
        }
    }
    response
}

/// `*value = alternative` when picked.
pub fn radio_value<'a, T: PartialEq>(
    ui: &mut Ui,
    value: &mut T,
    alternative: T,
    text: impl IntoAtoms<'a>,
) -> Response {
    let mut response = radio(ui, *value == alternative, text);
    if response.clicked() && *value != alternative {
        *value = alternative;
        response.mark_changed();
    }
    response
}

/// A checkbox for `checked`.
pub fn checkbox<'a>(ui: &mut Ui, checked: &'a mut bool, text: impl IntoAtoms<'a>) -> Response {
    if !crate::i18n::ui().is_rtl() {
        return ui.checkbox(checked, text);
    }
    let (mut response, icon) = mirrored_widget(ui, text, Role::CheckBox, *checked);
    if response.clicked() {
        *checked = !*checked;
        response.mark_changed();
    }
    if let Some(rect) = icon {
        let visuals = ui.style().interact(&response);
        let (small, big) = ui.spacing().icon_rectangles(rect);
        let painter = ui.painter();
        painter.add(epaint::RectShape::new(
            big.expand(visuals.expansion),
            visuals.corner_radius,
            visuals.bg_fill,
            visuals.bg_stroke,
            epaint::StrokeKind::Inside,
        ));
        if *checked {
            painter.add(Shape::line(
                vec![
                    pos2(small.left(), small.center().y),
                    pos2(small.center().x, small.bottom()),
                    pos2(small.right(), small.top()),
                ],
                visuals.fg_stroke,
            ));
        }
    }
    response
}
