//! What the map says, on small maps whose answers were worked out by hand,
//! and the same findings out through CSV and `journeymap insights`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use journeymap::analysis::{Cliff, Insights};
use journeymap::export::table;
use journeymap::model::{
    Cause, Cell, CellKey, Channel, ChannelKind, Persona, Polarity, Project, Score, Signal, Stage,
    Tags,
};

/// A cell: stage, channel, ideal, real, owner, action, negative signals.
type Spec<'a> = (
    usize,
    usize,
    Option<i64>,
    Option<i64>,
    &'a str,
    &'a str,
    &'a [(&'a str, Option<Cause>)],
);

fn map(stages: &[&str], channels: &[&str], cells: &[Spec<'_>]) -> Project {
    let stages: Vec<Stage> = stages.iter().map(|s| Stage::new(*s)).collect();
    let channels: Vec<Channel> = channels
        .iter()
        .map(|c| Channel::new(*c, ChannelKind::Other))
        .collect();
    let cells: Vec<(CellKey, Cell)> = cells
        .iter()
        .map(|(s, c, ideal, real, owner, action, negatives)| {
            let signals = negatives
                .iter()
                .map(|(text, cause)| Signal {
                    tags: Tags {
                        cause: *cause,
                        principles: Vec::new(),
                    },
                    ..Signal::new(Polarity::Negative, *text)
                })
                .collect();
            let cell = Cell {
                owner: (*owner).into(),
                action: (*action).into(),
                ideal: ideal.and_then(Score::new),
                real: real.and_then(Score::new),
                signals,
                ..Cell::default()
            };
            (CellKey::new(stages[*s].id, channels[*c].id), cell)
        })
        .collect();
    Project::from_parts("Test".into(), Persona::default(), stages, channels, cells).unwrap()
}

/// Three stages over four channels:
/// - S1: Web 2/1, Phone 2/0, Store 2/1 (spread 1);
/// - S2: Web 2/2, Phone 1/-1 (spread 3);
/// - S3: an action with no owner and no score; Email is never scored.
fn sample() -> Project {
    use Cause::{Environment, Process};
    map(
        &["S1", "S2", "S3"],
        &["Web", "Phone", "Store", "Email"],
        &[
            (
                0,
                0,
                Some(2),
                Some(1),
                "Web team",
                "Faster pages",
                &[("Slow page", Some(Environment))],
            ),
            (0, 1, Some(2), Some(0), "Call centre", "Answer sooner", &[]),
            (
                0,
                2,
                Some(2),
                Some(1),
                "Store",
                "Open a second till",
                &[("Queue", Some(Process)), ("Second queue", Some(Process))],
            ),
            (1, 0, Some(2), Some(2), "Web team", "", &[]),
            (
                1,
                1,
                Some(1),
                Some(-1),
                "Call centre",
                "Call back",
                &[("On hold", Some(Process))],
            ),
            (2, 0, None, None, "", "Follow up", &[("Silence", None)]),
        ],
    )
}

#[test]
fn a_stage_is_inconsistent_when_its_channels_are_two_points_apart() {
    let insights = Insights::of(&sample());
    let c = &insights.consistency;
    // S1: Web +1, Phone 0, Store +1: one apart. Web and Store tie; the first wins.
    assert_eq!(
        (c[0].scored, c[0].best, c[0].worst),
        (3, Some((0, 1)), Some((1, 0)))
    );
    assert_eq!(c[0].spread(), Some(1));
    assert!(!c[0].inconsistent());
    // S2: Web +2, Phone -1: three apart.
    assert_eq!(
        (c[1].best, c[1].worst, c[1].spread()),
        (Some((0, 2)), Some((1, -1)), Some(3))
    );
    assert!(c[1].inconsistent());
    // S3 has no real score: no spread, nothing to flag.
    assert_eq!((c[2].scored, c[2].spread()), (0, None));
    assert!(!c[2].inconsistent());
    let flagged: Vec<usize> = insights.inconsistent().map(|c| c.stage).collect();
    assert_eq!(flagged, [1]);
}

#[test]
fn opportunities_rank_by_gap_then_negative_signals_then_stage() {
    let insights = Insights::of(&sample());
    let ranked: Vec<(usize, usize, i8, usize)> = insights
        .opportunities
        .iter()
        .map(|o| (o.stage, o.channel, o.gap, o.negatives.len()))
        .collect();
    // Gap 2: S2 Phone has a negative signal, S1 Phone none. Gap 1: S1 Store
    // has two, S1 Web one. S2 Web meets its ideal and is not listed.
    assert_eq!(
        ranked,
        [(1, 1, 2, 1), (0, 1, 2, 0), (0, 2, 1, 2), (0, 0, 1, 1)]
    );
    let first = &insights.opportunities[0];
    assert_eq!(
        (first.owner.as_str(), first.action.as_str()),
        ("Call centre", "Call back")
    );
    assert_eq!(first.negatives, ["On hold"]);
    assert_eq!(first.causes, [Cause::Process]);
}

#[test]
fn equal_gaps_and_signals_keep_stage_then_channel_order() {
    let p = map(
        &["A", "B"],
        &["X", "Y"],
        &[
            (1, 0, Some(1), Some(0), "", "", &[]),
            (0, 1, Some(2), Some(1), "", "", &[]),
            (0, 0, Some(0), Some(-1), "", "", &[]),
        ],
    );
    let order: Vec<(usize, usize)> = Insights::of(&p)
        .opportunities
        .iter()
        .map(|o| (o.stage, o.channel))
        .collect();
    assert_eq!(order, [(0, 0), (0, 1), (1, 0)]);
}

#[test]
fn coverage_names_what_is_missing_and_who_carries_the_gap() {
    let coverage = Insights::of(&sample()).coverage;
    assert_eq!(coverage.unscored_stages, [2]);
    assert_eq!(coverage.unscored_channels, [3]);
    assert_eq!(coverage.unowned_actions, [(2, 0)]);
    let owners: Vec<(&str, u32, usize)> = coverage
        .owners
        .iter()
        .map(|o| (o.owner.as_str(), o.gap, o.cells))
        .collect();
    // Store and Web team tie on 1; by name.
    assert_eq!(
        owners,
        [("Call centre", 4, 2), ("Store", 1, 1), ("Web team", 1, 1)]
    );
}

#[test]
fn negative_signals_are_counted_by_root_cause_per_stage() {
    let project = sample();
    let insights = Insights::of(&project);
    let t = &insights.tags;
    assert_eq!((t.negatives, t.uncaused), (5, 1));
    assert_eq!(t.cause(Cause::Process), 3);
    assert_eq!(t.cause(Cause::Environment), 1);
    assert_eq!(t.cause(Cause::People), 0);
    // S1: two of its three negative signals are process problems.
    assert_eq!(
        insights.tags_by_stage[0].main_cause(),
        Some((Cause::Process, 2))
    );
    assert_eq!(
        Insights::main_cause_words(
            journeymap::i18n::Lang::En,
            Some("S1"),
            &insights.tags_by_stage[0]
        )
        .as_deref(),
        Some("Most negative signals at S1 (2 of 3) are about processes.")
    );
    // S2 has one negative signal: too few to say "most".
    assert_eq!(insights.tags_by_stage[1].main_cause(), None);
}

#[test]
fn the_cliff_names_the_channels_it_comes_from() {
    let insights = Insights::of(&sample());
    // Real means: S1 (1 + 0 + 1) / 3, S2 (2 - 1) / 2: a drop of 1/6.
    match insights.cliff {
        Some(Cliff::Drop { from, to, drop }) => {
            assert_eq!((from, to), (0, 1));
            assert!((drop - 1.0 / 6.0).abs() < 1e-5);
        }
        other => panic!("expected a drop, got {other:?}"),
    }
    // Web rose from +1 to +2; Phone fell from 0 to -1; Store has no S2 score.
    assert_eq!(insights.cliff_channels, [1]);
    // Gaps: S1 2 - 2/3 = 1.33, S2 1.5 - 0.5 = 1.
    let (stage, gap) = insights.largest_gap.unwrap();
    assert_eq!(stage, 0);
    assert!((gap - 4.0 / 3.0).abs() < 1e-5);
}

#[test]
fn an_empty_map_has_nothing_to_say() {
    let insights = Insights::of(&Project::default());
    assert!(insights.consistency.is_empty());
    assert!(insights.opportunities.is_empty());
    assert_eq!(insights.coverage, Default::default());
    assert_eq!(insights.tags.negatives, 0);
    assert_eq!((insights.largest_gap, insights.cliff.clone()), (None, None));
    let json = insights.to_json(&Project::default());
    assert_eq!(json["opportunities"], serde_json::json!([]));
    assert_eq!(json["cliff"], serde_json::Value::Null);
}

/// Reads a CSV the export wrote: it starts with a byte-order mark.
fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let body = bytes.strip_prefix(table::BOM).expect("starts with a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_cells_csv_keeps_persian_commas_quotes_and_new_lines() {
    let awkward = "Say \"sorry\", then fix it,\nthe same day";
    let mut project = map(
        &["آشنایی", "خرید"],
        &["تلفن"],
        &[
            (
                0,
                0,
                Some(2),
                Some(-1),
                "واحد پشتیبانی",
                awkward,
                &[("۱۲ دقیقه پشت خط", Some(Cause::Process))],
            ),
            (1, 0, None, Some(1), "", "", &[]),
        ],
    );
    let at = CellKey::new(project.stages[0].id, project.channels[0].id);
    project
        .apply(journeymap::model::Edit::AddSignal {
            at,
            index: 0,
            signal: Signal::new(Polarity::Positive, "پاسخ مودبانه"),
        })
        .unwrap();
    let rows = read_csv(&table::cells(&project));
    assert_eq!(rows[0], table::cell_columns());
    assert_eq!(rows.len(), 3);
    let row = &rows[1];
    assert_eq!(&row[..4], ["آشنایی", "تلفن", "واحد پشتیبانی", awkward]);
    assert_eq!(&row[6..9], ["2", "-1", "3"]);
    assert_eq!(row[9], "پاسخ مودبانه");
    assert_eq!(row[10], "۱۲ دقیقه پشت خط {Process}");
    // Unscored ideal: empty ideal and gap, not zero.
    assert_eq!(&rows[2][6..9], ["", "1", ""]);
}

#[test]
fn the_plan_csv_groups_opportunities_by_owner() {
    let rows = read_csv(&table::plan(&sample()));
    assert_eq!(rows[0], table::PLAN_COLUMNS);
    let body: Vec<(&str, &str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str(), r[3].as_str(), r[5].as_str()))
        .collect();
    // Call centre carries 4 points of gap, Store 1, Web team 1.
    assert_eq!(
        body,
        [
            ("Call centre", "1", "Phone", "2"),
            ("Call centre", "2", "Phone", "2"),
            ("Store", "3", "Store", "1"),
            ("Web team", "4", "Web", "1"),
        ]
    );
    assert_eq!(rows[3][9], "Process");
}

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

#[test]
fn insights_json_on_the_command_line() {
    let out = journeymap()
        .args(["insights", "--json", "samples/shoe-store.ron"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &json["opportunities"][0];
    assert_eq!(first["rank"], 1);
    assert_eq!(first["gap"], 3);
    assert_eq!(first["stage"], "Consideration");
    assert_eq!(first["channel"], "Phone");
    assert_eq!(first["owner"], "Customer service");
    assert_eq!(first["causes"], serde_json::json!(["Process"]));
    assert!(
        json["inconsistent_stages"]
            .as_array()
            .unwrap()
            .contains(&"Consideration".into())
    );
    assert_eq!(json["negative_signals"]["by_cause"]["Process"], 6);
}

#[test]
fn export_writes_csv_by_extension_and_the_plan_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let cells = dir.path().join("cells.csv");
    let plan = dir.path().join("plan.txt");
    journeymap()
        .args(["export", "samples/bank-account-fa.ron", "-o"])
        .arg(&cells)
        .assert()
        .success();
    let rows = read_csv(&std::fs::read(&cells).unwrap());
    assert_eq!(rows[0], table::cell_columns());
    assert!(rows[1..].iter().any(|r| r[2] == "واحد بازاریابی دیجیتال"));
    // No format in the name: the command says so, and writes nothing.
    journeymap()
        .args(["export", "samples/bank-account-fa.ron", "--plan", "-o"])
        .arg(&plan)
        .assert()
        .failure()
        .stderr(predicates::str::contains("--format"));
    assert!(!plan.exists());
    journeymap()
        .args([
            "export",
            "samples/bank-account-fa.ron",
            "--plan",
            "--format",
            "csv",
            "-o",
        ])
        .arg(&plan)
        .assert()
        .success();
    assert_eq!(
        read_csv(&std::fs::read(&plan).unwrap())[0],
        table::PLAN_COLUMNS
    );
}
