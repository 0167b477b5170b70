//! A persona's colour and point marker as egui draws them, in the grid,
//! the inspector and the presentation alike.

use eframe::egui::{self, Color32, Pos2, Stroke, pos2};

use crate::model::Persona;
use crate::ui::theme;

/// A persona's colour as egui draws it.
pub fn persona_colour(persona: &Persona) -> Color32 {
    theme::colour(crate::palette::persona(persona.colour))
}

/// A persona's marker (its shape and colour) at `centre`.
pub fn marker_ui(painter: &egui::Painter, persona: &Persona, centre: Pos2, r: f32, ring: Color32) {
    let (points, filled) = crate::palette::marker(persona.colour, (centre.x, centre.y), r);
    let points: Vec<Pos2> = points.into_iter().map(|(x, y)| pos2(x, y)).collect();
    let colour = persona_colour(persona);
    if filled {
        painter.add(egui::Shape::convex_polygon(
            points,
            colour,
            Stroke::new(1.0, ring),
        ));
    } else {
        painter.add(egui::Shape::closed_line(points, Stroke::new(2.5, colour)));
    }
}
