//! The rows of a workbook's sheet (Excel `.xlsx`, `.xls`, `.xlsb`;
//! LibreOffice `.ods`), as the text a CSV of it would hold.

use std::path::Path;

use calamine::{Data, Range, Reader, open_workbook_auto};
use csv::StringRecord;

use super::MeasureError;

/// The names of a workbook's sheets, in order; none for a file that is
/// not a workbook.
pub fn names(path: &Path) -> Vec<String> {
    open_workbook_auto(path)
        .map(|workbook| workbook.sheet_names())
        .unwrap_or_default()
}

/// A workbook's sheet, its rows turned into text one at a time.
pub struct Sheet {
    range: Range<Data>,
    next: usize,
}

impl Sheet {
    /// The sheet named `sheet`, or the first one.
    pub fn open(path: &Path, sheet: Option<&str>) -> Result<Self, MeasureError> {
        let error = |message: String| MeasureError::Read {
            path: path.display().to_string(),
            message,
        };
        let mut workbook = open_workbook_auto(path)
            .map_err(|e| error(format!("not a workbook Journeymap can read ({e})")))?;
        let names = workbook.sheet_names();
        let name = match sheet {
            Some(wanted) => names
                .iter()
                .find(|n| super::names::fold(n) == super::names::fold(wanted))
                .cloned()
                .ok_or_else(|| {
                    error(format!(
                        "the workbook has no sheet `{wanted}`; its sheets are: {}",
                        names.join(", ")
                    ))
                })?,
            None => names
                .first()
                .cloned()
                .ok_or_else(|| error("the workbook has no sheet".into()))?,
        };
        let range = workbook
            .worksheet_range(&name)
            .map_err(|e| error(e.to_string()))?;
        Ok(Self { range, next: 0 })
    }

    /// The next row, as text, into `record`; false at the end.
    pub fn next_into(&mut self, record: &mut StringRecord) -> bool {
        if self.next >= self.range.height() {
            return false;
        }
        record.clear();
        for column in 0..self.range.width() {
            let cell = self.range.get((self.next, column));
            record.push_field(&cell.map(text).unwrap_or_default());
        }
        self.next += 1;
        true
    }
}

/// A cell as a CSV would hold it: whole numbers without a decimal point,
/// dates as `2026-01-31 10:00:00`.
fn text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if d.is_datetime() {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}")
            } else {
                d.to_string()
            }
        }
        other => other.to_string(),
    }
}
