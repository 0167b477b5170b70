//! `journeymap import cells.csv` and File → Import: a map edited in a
//! spreadsheet comes back.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::csv_in::{self, CsvError, Problem};
use journeymap::model::{Polarity, Project};

const SHOE: &str = include_str!("../samples/shoe-store.ron");
const BANK_FA: &str = include_str!("../samples/bank-account-fa.ron");

/// Every filled cell as (stage, channel, owner, action, impact, notes,
/// ideal, real, signals), by name, in grid order.
fn cells_by_name(project: &Project) -> Vec<Vec<String>> {
    project
        .cells_in_order()
        .into_iter()
        .map(|(at, cell)| {
            let mut row = vec![
                project.stage(at.stage).unwrap().name.clone(),
                project.channel(at.channel).unwrap().name.clone(),
                cell.owner.clone(),
                cell.action.clone(),
                cell.impact.clone(),
                cell.notes.clone(),
                format!("{:?}", cell.ideal),
                format!("{:?}", cell.real),
            ];
            // The CSV lists positive signals, then negative ones.
            let mut signals: Vec<String> = cell
                .signals
                .iter()
                .map(|s| format!("{:?} {} {}", s.polarity, s.text, s.tags.value()))
                .collect();
            signals.sort();
            row.extend(signals);
            row
        })
        .collect()
}

#[test]
fn the_exported_cells_come_back_from_the_csv() {
    for sample in [SHOE, BANK_FA] {
        let project = journeymap::file::parse(sample).unwrap();
        let csv = String::from_utf8(journeymap::export::table::cells(&project)).unwrap();
        let (read, warnings) = csv_in::parse(&csv, "From a spreadsheet").unwrap();
        assert_eq!(warnings, vec![]);
        assert_eq!(read.title, "From a spreadsheet");
        assert_eq!(cells_by_name(&read), cells_by_name(&project));
        assert_eq!(
            read.direction, project.direction,
            "a Persian map reads right to left"
        );
        // Signals keep their tags.
        let tagged = |p: &Project| {
            p.cells_in_order()
                .into_iter()
                .flat_map(|(_, c)| &c.signals)
                .filter(|s| !s.tags.is_empty())
                .count()
        };
        assert_eq!(tagged(&read), tagged(&project));
    }
}

#[test]
fn columns_are_found_by_name_and_unknown_ones_are_reported() {
    let csv = "\u{feff}Real,Channel,Priority,Stage,Action,Negative Signals,Due\n\
               -1,Phone,high,Purchase,\"Call back, within a day\",\"Waited 14 minutes {Process; Effortless}\nNo call-back\",Friday\n\
               +2,Email,,Purchase,Send the receipt,,\n";
    let (project, warnings) = csv_in::parse(csv, "t").unwrap();
    let unknown: Vec<_> = warnings
        .iter()
        .map(|w| (w.line, w.problem.clone()))
        .collect();
    assert_eq!(
        unknown,
        vec![
            (
                1,
                Problem::UnknownColumn {
                    name: "Priority".into()
                }
            ),
            (1, Problem::UnknownColumn { name: "Due".into() }),
        ]
    );
    assert_eq!(project.stages.len(), 1);
    let names: Vec<_> = project.channels.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Phone", "Email"]);
    assert_eq!(
        project.channels[1].kind,
        journeymap::model::ChannelKind::Email,
        "a channel named like a kind gets it"
    );
    let (_, phone) = project.cells_in_order().into_iter().next().unwrap();
    assert_eq!(phone.action, "Call back, within a day");
    assert_eq!(phone.real.map(journeymap::model::Score::value), Some(-1));
    assert_eq!(phone.ideal, None);
    let texts: Vec<_> = phone
        .signals
        .iter()
        .map(|s| (s.polarity, s.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            (Polarity::Negative, "Waited 14 minutes"),
            (Polarity::Negative, "No call-back")
        ]
    );
    assert_eq!(phone.signals[0].tags.value(), "Process; Effortless");
}

#[test]
fn bad_values_are_warned_about_with_their_line_and_kept_out() {
    // The quoted action spans two lines, so the rows after it start on
    // lines 4, 5 and 6.
    let csv = "stage,channel,action,ideal,real,positive_signals\n\
               Visit,Store,\"Greet within a minute,\nthen ask\",2,7,\n\
               Visit,Web,Load fast,x,0,Quick page {Nonsense}\n\
               Visit,Store,A second row,,,\n\
               ,Store,No stage,,,\n";
    let (project, warnings) = csv_in::parse(csv, "t").unwrap();
    let got: Vec<_> = warnings
        .iter()
        .map(|w| (w.line, w.problem.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                2,
                Problem::BadScore {
                    column: "real",
                    value: "7".into()
                }
            ),
            (
                4,
                Problem::BadScore {
                    column: "ideal",
                    value: "x".into()
                }
            ),
            (
                4,
                Problem::UnknownTags {
                    signal: "Quick page {Nonsense}".into()
                }
            ),
            (
                5,
                Problem::Repeated {
                    stage: "Visit".into(),
                    channel: "Store".into()
                }
            ),
            (6, Problem::NoPlace),
        ]
    );
    let cells: Vec<_> = project
        .cells_in_order()
        .into_iter()
        .map(|(_, c)| c.clone())
        .collect();
    assert_eq!(cells.len(), 2);
    assert_eq!(cells[0].action, "Greet within a minute,\nthen ask");
    assert_eq!(cells[0].ideal.map(journeymap::model::Score::value), Some(2));
    assert_eq!(cells[0].real, None);
    assert_eq!(cells[1].signals[0].text, "Quick page {Nonsense}");
}

#[test]
fn a_file_that_is_not_a_cells_csv_is_refused_with_the_reason() {
    assert_eq!(csv_in::parse("", "t").unwrap_err(), CsvError::Empty);
    assert_eq!(
        csv_in::parse("name,score\na,1\n", "t").unwrap_err(),
        CsvError::MissingColumn("stage")
    );
    let short = csv_in::parse("stage,channel,action\nA,B,c\nA,C\n", "t").unwrap_err();
    assert_eq!(
        short,
        CsvError::Syntax {
            line: 3,
            message: "2 fields where the header has 3".into()
        }
    );
    assert_eq!(
        csv_in::parse("stage,channel\n,\n", "t").unwrap_err(),
        CsvError::NoCells
    );
}

#[test]
fn cli_imports_a_cells_csv_into_a_new_map() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("shoe cells.csv");
    let project = journeymap::file::parse(SHOE).unwrap();
    std::fs::write(&csv, journeymap::export::table::cells(&project)).unwrap();
    let map = dir.path().join("back.ron");
    assert_cmd::Command::cargo_bin("journeymap")
        .unwrap()
        .args(["import", csv.to_str().unwrap(), "-o", map.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicates::str::contains("6 stages, 6 channels"));
    let back = journeymap::file::load(&map).unwrap();
    assert_eq!(back.title, "shoe cells");
    assert_eq!(cells_by_name(&back), cells_by_name(&project));

    std::fs::write(&csv, "stage,channel,colour\nA,B,red\n").unwrap();
    let other = dir.path().join("other.ron");
    assert_cmd::Command::cargo_bin("journeymap")
        .unwrap()
        .args([
            "import",
            csv.to_str().unwrap(),
            "-o",
            other.to_str().unwrap(),
        ])
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "shoe cells.csv:1: unknown column `colour`, left out",
        ));
}
