//! The application's icon: the window's, and the one About shows. The PNGs
//! are rendered from `assets/icons/journeymap.svg` by `assets/icons/render.sh`.

use eframe::egui;

const PNG_256: &[u8] = include_bytes!("../../assets/icons/hicolor/256x256/apps/journeymap.png");

/// The icon the window manager shows in the task bar and Alt+Tab.
pub fn window_icon() -> Option<egui::IconData> {
    match eframe::icon_data::from_png_bytes(PNG_256) {
        Ok(icon) => Some(icon),
        Err(e) => {
            log::warn!("the window icon cannot be read: {e}");
            None
        }
    }
}

/// The icon as a texture, loaded once per context.
pub fn texture(ctx: &egui::Context) -> Option<egui::TextureHandle> {
    let id = egui::Id::unique("journeymap-icon");
    if let Some(texture) = ctx.data(|d| d.get_temp::<egui::TextureHandle>(id)) {
        return Some(texture);
    }
    let icon = window_icon()?;
    let size = [icon.width as usize, icon.height as usize];
    let image = egui::ColorImage::from_rgba_unmultiplied(size, &icon.rgba);
    let texture = ctx.load_texture("journeymap-icon", image, egui::TextureOptions::LINEAR);
    ctx.data_mut(|d| d.insert_temp(id, texture.clone()));
    Some(texture)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_the_256_pixel_png() {
        let icon = super::window_icon().expect("the bundled PNG decodes");
        assert_eq!((icon.width, icon.height), (256, 256));
        // Not transparent all over: the grid is drawn.
        assert!(icon.rgba.chunks(4).filter(|p| p[3] == 255).count() > 256 * 200);
    }
}
