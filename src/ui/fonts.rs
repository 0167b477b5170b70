//! Registers the bundled Vazirmatn font, so Persian shows the same everywhere.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

const VAZIRMATN: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Regular.ttf");
const VAZIRMATN_BOLD: &[u8] = include_bytes!("../../assets/fonts/Vazirmatn-Bold.ttf");

/// Name of the bold family, for headers and owners.
pub const BOLD: &str = "bold";

/// The key of the bold face in the font definitions.
pub const BOLD_DATA: &str = "vazirmatn-bold";

/// Installs [`definitions`] in `ctx`.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// Vazirmatn first (it covers Latin and Persian), egui's defaults as fallback
/// for symbols and emoji. The text fields use the same fonts in the same order.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "vazirmatn".into(),
        Arc::new(FontData::from_static(VAZIRMATN)),
    );
    fonts.font_data.insert(
        BOLD_DATA.into(),
        Arc::new(FontData::from_static(VAZIRMATN_BOLD)),
    );
    let proportional = fonts.families.entry(FontFamily::Proportional).or_default();
    proportional.insert(0, "vazirmatn".into());
    let fallback = proportional.clone();
    let mut bold = vec![BOLD_DATA.to_owned()];
    bold.extend(fallback.into_iter().skip(1));
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    // Monospace keeps its own font but shows Persian too.
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push("vazirmatn".into());
    fonts
}

/// A bold font of the given size.
pub fn bold(size: f32) -> egui::FontId {
    egui::FontId::new(size, FontFamily::Name(BOLD.into()))
}
