//! A new map from another tool's file: a Mermaid `journey` diagram (alone
//! or in Markdown) or a cells CSV; or the map a PNG, SVG or PDF export
//! carries. Shared by `journeymap import` and File →
//! Import, so both read the same files the same way: bounded like maps,
//! in UTF-8 or UTF-16 (Excel's "Unicode text"), and refused when the map
//! would be too large to open again.

use std::path::Path;

use crate::file::{self, FileError};
use crate::format::Format;
use crate::model::Project;
use crate::{csv_in, mermaid};

/// What was read, and what was read with a change, by line.
pub struct Imported {
    pub project: Project,
    pub warnings: Vec<Warning>,
}

/// Something read with a change, on a line of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    Csv(csv_in::Warning),
    Mermaid(mermaid::Warning),
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Csv(w) => w.fmt(f),
            Self::Mermaid(w) => w.fmt(f),
        }
    }
}

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("{0}")]
    Encoding(#[from] Encoding),
    #[error("{0}")]
    Csv(#[from] csv_in::CsvError),
    #[error("{0}")]
    Mermaid(#[from] mermaid::MermaidError),
    #[error("{0}")]
    Carried(#[from] crate::carried::CarriedError),
    /// The carried map fails `check`, as a bad `.ron` would.
    #[error("the map it carries is not valid: line {}, column {}: {}", .0.line, .0.column, .0.message)]
    CarriedMap(file::ParseError),
}

/// Text that is neither UTF-8 nor UTF-16 with a byte-order mark.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "line {line}, column {column}: the byte 0x{byte:02X} is not UTF-8 text; the file looks like Windows-1252 or Latin-1 (Excel's plain \"CSV\" on Windows). Save it as \"CSV UTF-8\" (or as UTF-8 from a text editor) and import it again"
)]
pub struct Encoding {
    pub line: usize,
    pub column: usize,
    pub byte: u8,
}

/// Reads the diagram or, named `.csv` or `.tsv` (or `.txt` without a
/// `journey` line, as Excel's "Unicode text" is named), the cells CSV at
/// `path`; or, named `.png`, `.svg` or `.pdf`, the map the export carries.
pub fn read(path: &Path) -> Result<Imported, ImportError> {
    let bytes = file::read(path)?;
    if let Some(format) = Format::of_path(path).filter(|f| crate::carried::carries(*f)) {
        let text = crate::carried::read(&bytes, format)?;
        let project = file::parse(&text).map_err(ImportError::CarriedMap)?;
        return Ok(Imported {
            project,
            warnings: Vec::new(),
        });
    }
    let text = decode(&bytes)?;
    let extension = |names: &[&str]| {
        path.extension()
            .is_some_and(|e| names.iter().any(|n| e.eq_ignore_ascii_case(n)))
    };
    let table = extension(&["csv", "tsv"])
        || (extension(&["txt"]) && !text.lines().any(|l| l.trim() == "journey"));
    let (project, warnings) = if table {
        let title = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (project, warnings) = csv_in::parse(&text, &title)?;
        (project, warnings.into_iter().map(Warning::Csv).collect())
    } else {
        let (project, warnings) = mermaid::parse(&text)?;
        (
            project,
            warnings.into_iter().map(Warning::Mermaid).collect(),
        )
    };
    Ok(Imported { project, warnings })
}

/// The text of a file in UTF-8 (a byte-order mark allowed) or in UTF-16
/// with its byte-order mark.
pub fn decode(bytes: &[u8]) -> Result<String, Encoding> {
    let utf16 = |bytes: &[u8], unit: fn([u8; 2]) -> u16| {
        let units = bytes.chunks(2).map(|pair| match *pair {
            [a, b] => unit([a, b]),
            _ => 0xFFFD,
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
    };
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return Ok(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return Ok(utf16(rest, u16::from_be_bytes));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let line = 1 + valid.iter().filter(|b| **b == b'\n').count();
            let line_start = valid
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |at| at + 1);
            let column = 1 + String::from_utf8_lossy(&valid[line_start..])
                .chars()
                .count();
            Err(Encoding {
                line,
                column,
                byte: bytes[e.valid_up_to()],
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_comes_from_utf8_and_utf16_and_latin1_is_named() {
        assert_eq!(
            decode("\u{feff}stage,channel".as_bytes()).unwrap(),
            "stage,channel"
        );
        let mut le = vec![0xff, 0xfe];
        le.extend("مرحله\tx".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), "مرحله\tx");
        let mut be = vec![0xfe, 0xff];
        be.extend("ab".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap(), "ab");
        let latin1 = b"stage,channel\nCaf\xe9,Web";
        assert_eq!(
            decode(latin1),
            Err(Encoding {
                line: 2,
                column: 4,
                byte: 0xe9
            })
        );
    }
}
