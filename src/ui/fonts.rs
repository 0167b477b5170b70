//! Registers the bundled Vazirmatn font, so Persian shows the same everywhere.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

const VAZIRMATN: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Regular.ttf");
const VAZIRMATN_BOLD: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Bold.ttf");

/// Name of the bold family, for headers and owners.
pub const BOLD: &str = "bold";

/// Vazirmatn first (it covers Latin and Persian), egui's defaults as fallback
/// for symbols and emoji.
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "vazirmatn".into(),
        Arc::new(FontData::from_static(VAZIRMATN)),
    );
    fonts.font_data.insert(
        "vazirmatn-bold".into(),
        Arc::new(FontData::from_static(VAZIRMATN_BOLD)),
    );
    let proportional = fonts.families.entry(FontFamily::Proportional).or_default();
    proportional.insert(0, "vazirmatn".into());
    let fallback = proportional.clone();
    let mut bold = vec!["vazirmatn-bold".to_owned()];
    bold.extend(fallback.into_iter().skip(1));
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    // Monospace keeps its own font but shows Persian too.
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push("vazirmatn".into());
    ctx.set_fonts(fonts);
}

/// A bold font of the given size.
pub fn bold(size: f32) -> egui::FontId {
    egui::FontId::new(size, FontFamily::Name(BOLD.into()))
}
