//! The rows of a workbook's sheet (Excel `.xlsx`, `.xls`, `.xlsb`;
//! LibreOffice `.ods`), as the text a CSV of it would hold.

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};
use csv::StringRecord;

use super::MeasureError;

/// The rows of the sheet named `sheet`, or of the first one.
pub fn rows(path: &Path, sheet: Option<&str>) -> Result<Vec<StringRecord>, MeasureError> {
    let error = |message: String| MeasureError::Read {
        path: path.display().to_string(),
        message,
    };
    let mut workbook = open_workbook_auto(path).map_err(|e| error(e.to_string()))?;
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
    Ok(range
        .rows()
        .map(|row| {
            let mut record = StringRecord::new();
            for cell in row {
                record.push_field(&text(cell));
            }
            record
        })
        .collect())
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
