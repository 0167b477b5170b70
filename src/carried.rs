//! The map an export carries, so a PNG, SVG or PDF opens again as the map
//! it shows: the map's file, exactly as a save writes it, in a compressed
//! PNG `iTXt` chunk, in the SVG's `<metadata>`, attached to the PDF, or in
//! a web page's data block (never run).
//! Reading it back is bounded like reading a map file.

use std::io::{Cursor, Read as _};

use crate::file::MAX_FILE_BYTES;
use crate::format::Format;
use crate::i18n::Lang;

/// The PNG text chunk's keyword.
pub const PNG_KEYWORD: &str = "journeymap";

/// The namespace of the SVG element that holds the map.
pub const SVG_NAMESPACE: &str = "https://journeymap.app/ns/map";

/// The SVG element's name, in [`SVG_NAMESPACE`].
pub const SVG_ELEMENT: &str = "map";

/// The name of the file attached to a PDF.
pub const PDF_NAME: &str = "map.ron";

/// Why an export gave back no map.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CarriedError {
    /// A file of a format that can carry a map, without one.
    #[error("this {what} carries no map: it was exported without one, or by another program", what = .0.name(Lang::En))]
    NoMap(Format),
    /// The file is not a readable file of its format.
    #[error("this {what} cannot be read: {1}", what = .0.name(Lang::En))]
    Unreadable(Format, String),
    /// The carried map is larger than a map file may be.
    #[error("the map this {what} carries is larger than {mib} MiB, the largest map Journeymap opens", what = .0.name(Lang::En), mib = MAX_FILE_BYTES >> 20)]
    TooLarge(Format),
}

/// Whether files of `format` can carry their map.
pub fn carries(format: Format) -> bool {
    matches!(
        format,
        Format::Png | Format::Svg | Format::Pdf | Format::Html
    )
}

/// The map's text carried by `bytes`, a file of `format`.
pub fn read(bytes: &[u8], format: Format) -> Result<String, CarriedError> {
    match format {
        Format::Png => png(bytes),
        Format::Svg => svg(bytes),
        Format::Pdf => pdf(bytes),
        Format::Html => std::str::from_utf8(bytes)
            .ok()
            .and_then(html)
            .ok_or(CarriedError::NoMap(Format::Html)),
        _ => Err(CarriedError::NoMap(format)),
    }
}

fn png(bytes: &[u8]) -> Result<String, CarriedError> {
    let unreadable =
        |e: &dyn std::fmt::Display| CarriedError::Unreadable(Format::Png, e.to_string());
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    // Text chunks count towards the limit, compressed: a crafted file gets
    // no further than a map file would.
    decoder.set_limits(png::Limits {
        bytes: MAX_FILE_BYTES as usize,
    });
    let reader = decoder.read_info().map_err(|e| unreadable(&e))?;
    let Some(chunk) = reader
        .info()
        .utf8_text
        .iter()
        .find(|c| c.keyword == PNG_KEYWORD)
    else {
        return Err(CarriedError::NoMap(Format::Png));
    };
    let mut chunk = chunk.clone();
    chunk
        .decompress_text_with_limit(MAX_FILE_BYTES as usize)
        .map_err(|e| {
            // The png crate's error for the limit is private: it is told by
            // its words (tests/carried.rs notices if they change).
            if e.to_string().contains("decompression space") {
                CarriedError::TooLarge(Format::Png)
            } else {
                unreadable(&e)
            }
        })?;
    chunk.get_text().map_err(|e| unreadable(&e))
}

fn svg(bytes: &[u8]) -> Result<String, CarriedError> {
    let unreadable =
        |e: &dyn std::fmt::Display| CarriedError::Unreadable(Format::Svg, e.to_string());
    let text = std::str::from_utf8(bytes).map_err(|e| unreadable(&e))?;
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let document =
        roxmltree::Document::parse_with_options(text, options).map_err(|e| unreadable(&e))?;
    let map = document
        .descendants()
        .find(|n| {
            n.tag_name().namespace() == Some(SVG_NAMESPACE) && n.tag_name().name() == SVG_ELEMENT
        })
        .ok_or(CarriedError::NoMap(Format::Svg))?;
    Ok(map.children().filter_map(|n| n.text()).collect::<String>())
}

fn pdf(bytes: &[u8]) -> Result<String, CarriedError> {
    let unreadable =
        |e: &dyn std::fmt::Display| CarriedError::Unreadable(Format::Pdf, e.to_string());
    let document = lopdf::Document::load_mem(bytes).map_err(|e| unreadable(&e))?;
    let tree = document
        .catalog()
        .and_then(|c| c.get_deref(b"Names", &document))
        .and_then(lopdf::Object::as_dict)
        .and_then(|n| n.get_deref(b"EmbeddedFiles", &document))
        .and_then(lopdf::Object::as_dict)
        .map_err(|_| CarriedError::NoMap(Format::Pdf))?;
    let spec =
        named(&document, tree, PDF_NAME.as_bytes(), 0).ok_or(CarriedError::NoMap(Format::Pdf))?;
    let stream = document
        .dereference(spec)
        .and_then(|(_, s)| s.as_dict())
        .and_then(|s| s.get_deref(b"EF", &document))
        .and_then(lopdf::Object::as_dict)
        .and_then(|ef| ef.get_deref(b"F", &document))
        .and_then(lopdf::Object::as_stream)
        .map_err(|e| unreadable(&e))?;
    let declared = stream
        .dict
        .get_deref(b"Params", &document)
        .and_then(lopdf::Object::as_dict)
        .and_then(|p| p.get(b"Size"))
        .and_then(lopdf::Object::as_i64)
        .unwrap_or(0);
    if declared as u64 > MAX_FILE_BYTES {
        return Err(CarriedError::TooLarge(Format::Pdf));
    }
    let flate = stream
        .dict
        .get(b"Filter")
        .and_then(lopdf::Object::as_name)
        .is_ok_and(|f| f == b"FlateDecode");
    let content = if flate {
        // Inflated here, bounded, rather than by the PDF reader: a
        // small attachment may inflate to gigabytes.
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(&stream.content[..])
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|e| unreadable(&e))?;
        out
    } else {
        stream.content.clone()
    };
    if content.len() as u64 > MAX_FILE_BYTES {
        return Err(CarriedError::TooLarge(Format::Pdf));
    }
    String::from_utf8(content).map_err(|e| unreadable(&e))
}

/// The value named `name` in a PDF name tree: in the node's own `Names`
/// (name, value, name, value…) or in its `Kids`, as tools that rewrite a
/// PDF may split it. Bounded in depth, as a crafted tree may loop.
fn named<'a>(
    document: &'a lopdf::Document,
    node: &'a lopdf::Dictionary,
    name: &[u8],
    depth: usize,
) -> Option<&'a lopdf::Object> {
    if depth > 32 {
        return None;
    }
    if let Ok(names) = node
        .get_deref(b"Names", document)
        .and_then(lopdf::Object::as_array)
    {
        let found = names.chunks(2).find_map(|pair| match pair {
            [key, value] if key.as_str().is_ok_and(|k| k == name) => Some(value),
            _ => None,
        });
        if found.is_some() {
            return found;
        }
    }
    let kids = node
        .get_deref(b"Kids", document)
        .and_then(lopdf::Object::as_array)
        .ok()?;
    kids.iter().find_map(|kid| {
        let kid = document.dereference(kid).ok()?.1.as_dict().ok()?;
        named(document, kid, name, depth + 1)
    })
}

/// The web page's block that carries the map: a script of a type no
/// browser runs.
const HTML_BLOCK: &str = "<script type=\"application/x-journeymap\" id=\"journeymap-map\">";

/// The block that carries `map` in a web page: its `<` and `&` escaped, so
/// no `</script>` or comment in the map can end it early, and [`html`]
/// gives back the exact text.
pub fn html_block(map: &str) -> String {
    let escaped = map.replace('&', "&amp;").replace('<', "&lt;");
    format!("{HTML_BLOCK}{escaped}</script>\n")
}

/// The map carried by a page with an [`html_block`], or `None`.
fn html(page: &str) -> Option<String> {
    let start = page.find(HTML_BLOCK)? + HTML_BLOCK.len();
    let len = page[start..].find("</script>")?;
    Some(
        page[start..start + len]
            .replace("&lt;", "<")
            .replace("&amp;", "&"),
    )
}

/// The SVG element that carries `map`: its text escaped, never run or shown.
pub fn svg_metadata(map: &str) -> String {
    let escaped = map
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        "<metadata><jm:{SVG_ELEMENT} xmlns:jm=\"{SVG_NAMESPACE}\">{escaped}</jm:{SVG_ELEMENT}></metadata>\n"
    )
}
