//! A survey export, read row by row: the CSVs Qualtrics, SurveyMonkey and
//! Google Forms write, a plain CSV, or the first sheet of an Excel or
//! LibreOffice workbook. A CSV streams, so a million answers take little
//! memory; a workbook is read whole, as it is one compressed file.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;

use csv::StringRecord;

use super::MeasureError;
use super::names::fold;

/// Which system wrote the file, as its header rows tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Three header rows: short names, question texts, `{"ImportId": …}`.
    Qualtrics,
    /// Two header rows: questions, then "Response" and the answer options.
    SurveyMonkey,
    /// A `Timestamp` column first.
    GoogleForms,
    /// One header row.
    Plain,
}

impl Kind {
    /// The kind's name in the catalogues.
    pub fn key(self) -> &'static str {
        match self {
            Self::Qualtrics => "survey-qualtrics",
            Self::SurveyMonkey => "survey-surveymonkey",
            Self::GoogleForms => "survey-google-forms",
            Self::Plain => "survey-plain",
        }
    }
}

/// A column: its short name (the first header row) and, when the file has
/// one, the question's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub question: String,
}

impl Column {
    fn is(&self, folded: &str) -> bool {
        fold(&self.name) == folded || (!self.question.is_empty() && fold(&self.question) == folded)
    }
}

/// An open survey: its columns, and the rows still to read.
pub struct Survey {
    pub kind: Kind,
    pub columns: Vec<Column>,
    rows: Rows,
    /// Rows read ahead to find the header, not yet handed out.
    ahead: VecDeque<StringRecord>,
    /// The number, counting from 1 as a spreadsheet does, of the next row.
    next_row: u64,
}

enum Rows {
    Csv(Box<csv::Reader<Box<dyn Read>>>),
    Sheet(Box<super::sheet::Sheet>),
}

/// A workbook larger than this is refused: it is read whole.
const MAX_WORKBOOK_BYTES: u64 = 256 * 1024 * 1024;

impl Survey {
    /// Opens the survey at `path`: a workbook when it is named `.xlsx`,
    /// `.xlsm`, `.xls` or `.ods`, a CSV otherwise. `sheet` names the
    /// workbook's sheet (by default the first).
    pub fn open(path: &Path, sheet: Option<&str>) -> Result<Self, MeasureError> {
        let workbook = is_workbook(path);
        let read_error = |e: std::io::Error| MeasureError::Read {
            path: path.display().to_string(),
            message: format!("cannot read: {}", crate::file::io_words(&e)),
        };
        let meta = std::fs::metadata(path).map_err(read_error)?;
        if !meta.is_file() {
            return Err(MeasureError::Read {
                path: path.display().to_string(),
                message: "cannot read: it is not a file".into(),
            });
        }
        let rows = if workbook {
            if meta.len() > MAX_WORKBOOK_BYTES {
                return Err(MeasureError::Read {
                    path: path.display().to_string(),
                    message: format!(
                        "the workbook is over {} MiB; save the sheet as CSV, which is read as it streams",
                        MAX_WORKBOOK_BYTES / (1024 * 1024)
                    ),
                });
            }
            Rows::Sheet(Box::new(super::sheet::Sheet::open(path, sheet)?))
        } else {
            let file = File::open(path).map_err(read_error)?;
            Rows::Csv(Box::new(
                csv_reader(BufReader::new(file)).map_err(read_error)?,
            ))
        };
        let mut survey = Self {
            kind: Kind::Plain,
            columns: Vec::new(),
            rows,
            ahead: VecDeque::new(),
            next_row: 1,
        };
        survey.read_header()?;
        Ok(survey)
    }

    fn read_header(&mut self) -> Result<(), MeasureError> {
        let Some(names) = self.next_record()? else {
            return Err(MeasureError::Empty);
        };
        let second = self.next_record()?;
        let third = self.next_record()?;
        let first_field = |r: &Option<StringRecord>| {
            r.as_ref()
                .and_then(|r| r.iter().find(|f| !f.trim().is_empty()))
                .unwrap_or_default()
                .trim()
                .to_owned()
        };
        let subheader = second.as_ref().is_some_and(|r| {
            r.iter()
                .any(|f| matches!(f.trim(), "Response" | "Open-Ended Response"))
        });
        let (kind, questions, header_rows) = if first_field(&third).starts_with("{\"ImportId\"") {
            (Kind::Qualtrics, second, 3)
        } else if subheader || fold(names.get(0).unwrap_or_default()) == "respondent id" {
            (Kind::SurveyMonkey, second, 2)
        } else {
            let kind = if fold(names.get(0).unwrap_or_default()) == "timestamp" {
                Kind::GoogleForms
            } else {
                Kind::Plain
            };
            self.ahead.extend(second);
            (kind, None, 1)
        };
        if header_rows < 3 {
            self.ahead.extend(third);
        }
        self.next_row = header_rows + 1;
        self.kind = kind;
        // SurveyMonkey names a question once, over all its answer columns;
        // its second row says which answer each one holds.
        let width = names
            .len()
            .max(questions.as_ref().map_or(0, StringRecord::len));
        self.columns = (0..width)
            .map(|i| {
                let question = questions.as_ref().and_then(|q| q.get(i));
                let question = question.unwrap_or_default().trim().to_owned();
                let name = names.get(i).unwrap_or_default().trim();
                Column {
                    name: if name.is_empty() {
                        question.clone()
                    } else {
                        name.to_owned()
                    },
                    question,
                }
            })
            .collect();
        Ok(())
    }

    /// The column named `name` (its short name or its question, compared
    /// as [`fold`] does), or an error naming the columns there are.
    pub fn column(&self, name: &str) -> Result<usize, MeasureError> {
        let folded = fold(name);
        self.columns
            .iter()
            .position(|c| c.is(&folded))
            .ok_or_else(|| MeasureError::UnknownColumn {
                name: name.to_owned(),
                columns: self.columns.iter().map(|c| c.name.clone()).collect(),
            })
    }

    /// The next row and its number as a spreadsheet counts it, header rows
    /// included; `None` at the end.
    pub fn next_row(&mut self) -> Result<Option<(u64, StringRecord)>, MeasureError> {
        let record = match self.ahead.pop_front() {
            Some(record) => Some(record),
            None => self.next_record()?,
        };
        Ok(record.map(|r| {
            let row = self.next_row;
            self.next_row += 1;
            (row, r)
        }))
    }

    /// Reads the next row into `record`; false at the end. Reuses the
    /// record's memory, so reading a large file allocates little.
    pub fn read_row(&mut self, record: &mut StringRecord) -> Result<Option<u64>, MeasureError> {
        if let Some(ahead) = self.ahead.pop_front() {
            *record = ahead;
        } else {
            let more = match &mut self.rows {
                Rows::Csv(reader) => reader.read_record(record).map_err(csv_error)?,
                Rows::Sheet(sheet) => sheet.next_into(record),
            };
            if !more {
                return Ok(None);
            }
        }
        let row = self.next_row;
        self.next_row += 1;
        Ok(Some(row))
    }

    fn next_record(&mut self) -> Result<Option<StringRecord>, MeasureError> {
        match &mut self.rows {
            Rows::Csv(reader) => {
                let mut record = StringRecord::new();
                Ok(reader
                    .read_record(&mut record)
                    .map_err(csv_error)?
                    .then_some(record))
            }
            Rows::Sheet(sheet) => {
                let mut record = StringRecord::new();
                Ok(sheet.next_into(&mut record).then_some(record))
            }
        }
    }
}

/// Whether `path` names a workbook (`.xlsx`, `.xlsm`, `.xls`, `.xlsb`,
/// `.ods`) rather than a CSV.
pub fn is_workbook(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        ["xlsx", "xlsm", "xls", "xlsb", "ods"]
            .iter()
            .any(|w| e.eq_ignore_ascii_case(w))
    })
}

/// The sheets of the workbook at `path`; none for a CSV.
pub fn sheets(path: &Path) -> Vec<String> {
    if is_workbook(path) {
        super::sheet::names(path)
    } else {
        Vec::new()
    }
}

/// A CSV reader over `input`: UTF-8 with or without a byte-order mark, or
/// UTF-16 with one (decoded whole); fields separated by commas,
/// semicolons or tabs, whichever the first line has most of.
fn csv_reader(mut input: BufReader<File>) -> std::io::Result<csv::Reader<Box<dyn Read>>> {
    let start = input.fill_buf()?;
    let source: Box<dyn Read> = if start.starts_with(b"\xff\xfe") || start.starts_with(b"\xfe\xff")
    {
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes)?;
        let text = crate::import::decode(&bytes).unwrap_or_default();
        Box::new(Cursor::new(text.into_bytes()))
    } else {
        if start.starts_with(b"\xef\xbb\xbf") {
            input.consume(3);
        }
        Box::new(input)
    };
    let mut source = BufReader::with_capacity(256 * 1024, source);
    let first = source.fill_buf()?;
    let first_line = first.split(|b| *b == b'\n').next().unwrap_or_default();
    let separator = crate::csv_in::separator(&String::from_utf8_lossy(first_line));
    Ok(csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(Box::new(source) as Box<dyn Read>))
}

#[allow(clippy::needless_pass_by_value)] // as `map_err` passes it
fn csv_error(e: csv::Error) -> MeasureError {
    let line = e.position().map_or(0, csv::Position::line);
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => MeasureError::Encoding {
            line,
            field: err.field() + 1,
        },
        _ => MeasureError::Syntax {
            line,
            message: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(text: &[u8]) -> (tempfile::TempDir, Survey) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("survey.csv");
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        let survey = Survey::open(&path, None).unwrap_or_else(|e| panic!("{e}"));
        (dir, survey)
    }

    fn rows(survey: &mut Survey) -> Vec<(u64, Vec<String>)> {
        let mut rows = Vec::new();
        while let Some((n, r)) = survey.next_row().unwrap_or_else(|e| panic!("{e}")) {
            rows.push((n, r.iter().map(str::to_owned).collect()));
        }
        rows
    }

    #[test]
    fn qualtrics_has_three_header_rows_and_both_names() {
        let (_dir, mut s) = open(
            "StartDate,Stage,Q5\n\
             Start Date,Which stage?,How likely are you to recommend us?\n\
             {\"ImportId\":\"startDate\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID5\"}\n\
             2026-01-03 10:00:00,Pay,9\n"
                .as_bytes(),
        );
        assert_eq!(s.kind, Kind::Qualtrics);
        assert_eq!(s.column("q5").ok(), Some(2));
        assert_eq!(
            s.column("How likely are you to recommend us?").ok(),
            Some(2)
        );
        assert_eq!(
            rows(&mut s),
            vec![(
                4,
                vec!["2026-01-03 10:00:00".into(), "Pay".into(), "9".into()]
            )]
        );
    }

    #[test]
    fn surveymonkey_names_columns_by_question_and_answer() {
        let (_dir, mut s) = open(
            b"\xef\xbb\xbfRespondent ID;Start Date;Stage;How likely are you to recommend us?\n\
              ;;Response;Response\n\
              1;01/03/2026 10:00:00 AM;Pay;10\n",
        );
        assert_eq!(s.kind, Kind::SurveyMonkey);
        assert_eq!(s.column("Stage").ok(), Some(2));
        assert_eq!(
            s.column("How likely are you to recommend us?").ok(),
            Some(3)
        );
        assert_eq!(rows(&mut s)[0].0, 3);
    }

    #[test]
    fn google_forms_and_plain_have_one_header_row() {
        let (_dir, mut s) = open(b"Timestamp,Stage,Score\n2026/01/03 10:00:00,Pay,4\n");
        assert_eq!(s.kind, Kind::GoogleForms);
        assert_eq!(
            rows(&mut s),
            vec![(
                2,
                vec!["2026/01/03 10:00:00".into(), "Pay".into(), "4".into()]
            )]
        );
        let (_dir, mut s) = open(b"stage\tscore\nPay\t4\nShip\t5\n");
        assert_eq!(s.kind, Kind::Plain);
        assert_eq!(rows(&mut s).len(), 2);
    }

    #[test]
    fn an_unknown_column_names_the_columns_there_are() {
        let (_dir, s) = open(b"Stage,Channel,Score\nPay,Web,4\n");
        let e = s.column("NPS").err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("the survey has no column `NPS`; its columns are: Stage, Channel, Score")
        );
    }

    #[test]
    fn windows_1252_is_refused_with_its_line() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("survey.csv");
        std::fs::write(&path, b"Stage,Score\nPay,4\nCaf\xe9,5\n").unwrap_or_else(|e| panic!("{e}"));
        let e = Survey::open(&path, None).err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some(
                "line 3, field 1: the text is not UTF-8; save the file as \"CSV UTF-8\" and measure again"
            )
        );
    }
}
