//! Sample maps bundled with the application.

/// The map that opens when no file is given: a shoe store's first purchase.
pub const SHOE_STORE: &str = include_str!("../samples/shoe-store.ron");

/// The bundled sample, parsed.
pub fn default_project() -> crate::model::Project {
    // The sample is checked by the test suite; an empty map is the fallback.
    crate::file::parse(SHOE_STORE).unwrap_or_default()
}
