//! Every kind of file Journeymap reads or writes, described once: its
//! extensions, how to tell it from its first bytes, whether people also
//! edit it by hand, and its name in the catalogues. The command line, the
//! file dialogs, the export and the output guards all ask this one type,
//! so a new format is one more variant here and its renderer.

use std::path::Path;

use crate::i18n::Lang;

/// A file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// A journey map, `.ron`.
    #[value(skip)]
    Map,
    Png,
    /// A PDF with real text; `--page` chooses the paper.
    Pdf,
    /// An SVG with its text as paths.
    Svg,
    /// A self-contained web page: the grid as a table, the chart, findings.
    Html,
    /// Every cell as a CSV row (`--plan`: the action plan instead).
    #[value(name = "csv")]
    Cells,
    /// The action plan as CSV: one row per opportunity, grouped by owner.
    #[value(skip)]
    Plan,
    /// A Mermaid `journey` diagram.
    #[value(alias = "mmd")]
    Mermaid,
    /// Survey results, read into a map's cells (File → Import survey
    /// results…, `journeymap measure`): a CSV or a workbook. Never written,
    /// so it is not among [`Self::ALL`].
    #[value(skip)]
    Survey,
}

impl Format {
    /// Every format a map is written to or made from.
    pub const ALL: [Self; 8] = [
        Self::Map,
        Self::Png,
        Self::Pdf,
        Self::Svg,
        Self::Html,
        Self::Cells,
        Self::Plan,
        Self::Mermaid,
    ];

    /// The infographic's formats, in the order File → Export offers them.
    pub const INFOGRAPHICS: [Self; 4] = [Self::Png, Self::Pdf, Self::Svg, Self::Html];

    /// What File → Open opens: maps, and the exports that carry one.
    pub const OPENS: [Self; 5] = [Self::Map, Self::Png, Self::Svg, Self::Pdf, Self::Html];

    /// What File → Import and `journeymap import` make a map from.
    pub const IMPORTS: [Self; 2] = [Self::Mermaid, Self::Cells];

    /// The extensions a file of this format may have, the usual one first.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Map => &["ron"],
            Self::Png => &["png"],
            Self::Pdf => &["pdf"],
            Self::Svg => &["svg"],
            Self::Html => &["html", "htm"],
            Self::Cells | Self::Plan => &["csv", "tsv", "txt"],
            Self::Mermaid => &["mmd", "md", "markdown"],
            Self::Survey => &["csv", "xlsx", "ods", "xls", "xlsm", "xlsb", "tsv", "txt"],
        }
    }

    /// The usual extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    /// The format a file's extension names, if any; `.csv` is the cells
    /// table (the plan is only ever written), and `.txt` names none (it may
    /// hold a table or a diagram).
    pub fn of_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "ron" => Self::Map,
            "png" => Self::Png,
            "pdf" => Self::Pdf,
            "svg" => Self::Svg,
            "html" | "htm" => Self::Html,
            "csv" | "tsv" => Self::Cells,
            "mmd" | "md" | "markdown" => Self::Mermaid,
            _ => return None,
        })
    }

    /// The first bytes of a file of this format as Journeymap writes it.
    pub fn magic(self) -> &'static [u8] {
        match self {
            Self::Map => b"(",
            Self::Png => b"\x89PNG\r\n\x1a\n",
            Self::Pdf => b"%PDF-",
            Self::Svg => b"<svg ",
            Self::Html => b"<!DOCTYPE html>",
            // UTF-8 with a byte-order mark, so spreadsheets read Persian.
            Self::Cells | Self::Plan => b"\xef\xbb\xbf",
            Self::Mermaid => b"journey\n",
            Self::Survey => b"",
        }
    }

    /// Files people also write by hand (maps, diagrams, tables): an existing
    /// one is replaced only when asked to, whatever it holds.
    pub fn hand_edited(self) -> bool {
        matches!(self, Self::Map | Self::Cells | Self::Plan | Self::Mermaid)
    }

    /// Whether this is a rendering of the infographic.
    pub fn is_infographic(self) -> bool {
        Self::INFOGRAPHICS.contains(&self)
    }

    /// The format's name in the catalogues ("PNG image", "CSV table").
    pub fn name(self, lang: Lang) -> String {
        lang.text(match self {
            Self::Map => "format-project",
            Self::Png => "format-png",
            Self::Pdf => "format-pdf",
            Self::Svg => "format-svg",
            Self::Html => "format-html",
            Self::Cells | Self::Plan => "format-csv",
            Self::Mermaid => "format-mermaid",
            Self::Survey => "format-survey",
        })
    }

    /// The file browser's title when writing this format, in the catalogues.
    pub fn browse_key(self) -> &'static str {
        match self {
            Self::Png => "browse-export-png",
            Self::Pdf => "browse-export-pdf",
            Self::Svg => "browse-export-svg",
            Self::Html => "browse-export-html",
            Self::Cells => "browse-export-cells",
            Self::Plan => "browse-export-plan",
            Self::Mermaid => "browse-export-mermaid",
            Self::Map => "browse-save",
            Self::Survey => "browse-import-survey",
        }
    }

    /// What the editor says when writing this format failed, in the catalogues.
    pub fn failure_key(self) -> &'static str {
        match self {
            Self::Png => "error-export-png",
            Self::Pdf => "error-export-pdf",
            Self::Svg => "error-export-svg",
            Self::Html => "error-export-html",
            Self::Cells | Self::Plan => "error-export-csv",
            Self::Mermaid => "error-export-mermaid",
            Self::Map => "error-save",
            Self::Survey => "error-import-survey",
        }
    }

    /// File → Export's choice for an infographic format, and its hint, in
    /// the catalogues.
    pub fn choice_keys(self) -> (&'static str, &'static str) {
        match self {
            Self::Pdf => ("export-format-pdf", "export-format-pdf-hint"),
            Self::Svg => ("export-format-svg", "export-format-svg-hint"),
            Self::Html => ("export-format-html", "export-format-html-hint"),
            _ => ("export-format-png", "export-format-png-hint"),
        }
    }

    /// The extensions that name a format for `export -o`, as messages list them.
    pub fn written_extensions() -> String {
        [
            Self::Png,
            Self::Pdf,
            Self::Svg,
            Self::Html,
            Self::Cells,
            Self::Mermaid,
        ]
        .map(|f| format!(".{}", f.extension()))
        .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::Format;
    use std::path::Path;

    #[test]
    fn a_format_is_known_by_its_extension_whatever_its_case() {
        let of = |name: &str| Format::of_path(Path::new(name));
        assert_eq!(of("map.RON"), Some(Format::Map));
        assert_eq!(of("a.png"), Some(Format::Png));
        assert_eq!(of("cells.csv"), Some(Format::Cells));
        assert_eq!(of("README.md"), Some(Format::Mermaid));
        assert_eq!(of("page.HTML"), Some(Format::Html));
        assert_eq!(of("notes.txt"), None);
        assert_eq!(of("noextension"), None);
        for format in Format::ALL {
            assert!(!format.extensions().is_empty());
            assert!(!format.magic().is_empty());
        }
    }
}
