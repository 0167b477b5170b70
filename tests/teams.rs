//! Teams on git: small file diffs for every kind of edit, `journeymap
//! diff` in the map's words, three-way merges by id, and the merge driver
//! under real `git`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use assert_cmd::Command;
use journeymap::diff::diff;
use journeymap::file;
use journeymap::merge::merge;
use journeymap::model::{
    CellKey, Channel, ChannelKind, ConflictAt, Edit, Experience, Polarity, Project, Score, Signal,
    Stage, TextField,
};
use proptest::prelude::*;

fn sample() -> Project {
    file::parse(journeymap::samples::SHOE_STORE).unwrap()
}

fn at(p: &Project, stage: usize, channel: usize) -> CellKey {
    CellKey::new(p.stages[stage].id, p.channels[channel].id)
}

fn edited(p: &Project, edits: impl IntoIterator<Item = Edit>) -> Project {
    let mut p = p.clone();
    for edit in edits {
        p.apply(edit).unwrap();
    }
    p
}

/// Lines added plus lines removed between the two maps' files.
fn changed_lines(a: &Project, b: &Project) -> usize {
    let (a, b) = (file::to_string(a).unwrap(), file::to_string(b).unwrap());
    similar::TextDiff::from_lines(&a, &b)
        .iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal)
        .count()
}

#[test]
fn every_kind_of_edit_changes_few_lines_of_the_file() {
    let p = sample();
    let (cell, signal) = (at(&p, 1, 1), p.cell(at(&p, 1, 1)).unwrap().signals[0].id);
    let stage = p.stages[3].id;
    let channel = p.channels[2].id;
    let cases: Vec<(Edit, usize)> = vec![
        (Edit::SetTitle("New title".into()), 2),
        (
            Edit::SetPersonaName {
                id: journeymap::model::PersonaId::FIRST,
                name: "Sam".into(),
            },
            2,
        ),
        (
            Edit::SetPersonaDescription {
                id: journeymap::model::PersonaId::FIRST,
                description: "Someone".into(),
            },
            2,
        ),
        (
            Edit::AddStage {
                index: 2,
                stage: Stage::new("Delivery"),
            },
            4,
        ),
        (
            Edit::RenameStage {
                id: stage,
                name: "Checkout".into(),
            },
            2,
        ),
        (
            Edit::SetStageDescription {
                id: stage,
                description: "Paying".into(),
            },
            2,
        ),
        (Edit::MoveStage { id: stage, to: 0 }, 12),
        (
            Edit::AddChannel {
                index: 1,
                channel: Channel::new("Fax", ChannelKind::Other),
            },
            5,
        ),
        (
            Edit::RenameChannel {
                id: channel,
                name: "Shop".into(),
            },
            2,
        ),
        (
            Edit::SetChannelKind {
                id: channel,
                kind: ChannelKind::Email,
            },
            2,
        ),
        (Edit::MoveChannel { id: channel, to: 0 }, 12),
        (
            Edit::SetText {
                at: cell,
                field: TextField::Action,
                text: "Call back".into(),
            },
            2,
        ),
        (
            Edit::SetScore {
                at: cell,
                experience: Experience::Real,
                score: Score::new(-2),
            },
            2,
        ),
        (
            Edit::AddSignal {
                at: cell,
                index: 0,
                signal: Signal::new(Polarity::Negative, "Slow"),
            },
            5,
        ),
        (
            Edit::SetSignalText {
                id: signal,
                text: "Quick".into(),
            },
            2,
        ),
        (
            Edit::SetSignalPolarity {
                id: signal,
                polarity: Polarity::Negative,
            },
            2,
        ),
        (Edit::DeleteSignal { id: signal }, 5),
    ];
    // Edits that remove or carry a whole cell change that cell's lines
    // and no others.
    let lines = |p: &Project| file::to_string(p).unwrap().lines().count();
    let cell_lines = lines(&p) - lines(&edited(&p, [Edit::ClearCell { at: cell }]));
    let empty = at(&p, 2, 0);
    assert!(p.cell(empty).is_none());
    let stage_cells: usize = p
        .channels
        .iter()
        .filter_map(|c| p.cell(CellKey::new(stage, c.id)))
        .count();
    let cases = cases.into_iter().chain([
        (Edit::ClearCell { at: cell }, cell_lines),
        (
            Edit::MoveCell {
                from: cell,
                to: empty,
            },
            2 * cell_lines,
        ),
        (
            Edit::MoveSignal {
                id: signal,
                to: empty,
                index: 0,
            },
            2 * 5 + 6,
        ),
        (Edit::DeleteStage { id: stage }, 4 + stage_cells * 30),
    ]);
    for (edit, most) in cases {
        let label = format!("{edit:?}");
        let lines = changed_lines(&p, &edited(&p, [edit]));
        assert!(
            lines <= most,
            "{label}: {lines} lines changed, at most {most} expected"
        );
        assert!(lines > 0, "{label}");
    }
    // A rename is one line: removed and added.
    let renamed = edited(
        &p,
        [Edit::RenameStage {
            id: stage,
            name: "Checkout".into(),
        }],
    );
    assert_eq!(changed_lines(&p, &renamed), 2);
}

#[test]
fn diff_speaks_of_stages_cells_and_signals() {
    let p = sample();
    let cell = at(&p, 3, 3);
    let purchase = p.stages[3].clone();
    let fax = Channel::new("Fax", ChannelKind::Other);
    let new = edited(
        &p,
        [
            Edit::MoveStage {
                id: purchase.id,
                to: 1,
            },
            Edit::SetScore {
                at: cell,
                experience: Experience::Real,
                score: Score::new(-1),
            },
            Edit::AddSignal {
                at: cell,
                index: 9,
                signal: Signal::new(Polarity::Negative, "Waited 14 minutes"),
            },
            Edit::AddChannel {
                index: 9,
                channel: fax.clone(),
            },
        ],
    );
    let lines: Vec<String> = diff(&p, &new).iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            format!("stage \"{}\" moved from 4th to 2nd", purchase.name),
            "channel \"Fax\" added (7th)".to_owned(),
            format!("Phone × {}: real – → −1", purchase.name),
            format!(
                "signal added to Phone × {}: − \"Waited 14 minutes\"",
                purchase.name
            ),
        ]
    );
    let gone = edited(
        &new,
        [Edit::DeleteChannel {
            id: p.channels[3].id,
        }],
    );
    let cells = new
        .cells_by_id()
        .iter()
        .filter(|(k, _)| k.channel == p.channels[3].id)
        .count();
    assert_eq!(
        diff(&new, &gone)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [format!("channel \"Phone\" deleted ({cells} cells)")]
    );
    assert!(diff(&p, &p).is_empty());
}

#[test]
fn merges_by_id_without_conflicts() {
    let base = sample();
    let cell = at(&base, 2, 1);
    let stage = base.stages[4].id;
    // Both add stages; one moves and renames a stage while the other edits
    // cells; each changes a different field of the same cell.
    let ours = edited(
        &base,
        [
            Edit::AddStage {
                index: 0,
                stage: Stage::new("Ours first"),
            },
            Edit::MoveStage { id: stage, to: 1 },
            Edit::RenameStage {
                id: stage,
                name: "Renamed".into(),
            },
            Edit::SetText {
                at: cell,
                field: TextField::Owner,
                text: "Ours owner".into(),
            },
        ],
    );
    let theirs = edited(
        &base,
        [
            Edit::AddStage {
                index: 99,
                stage: Stage::new("Theirs last"),
            },
            Edit::SetText {
                at: cell,
                field: TextField::Action,
                text: "Theirs action".into(),
            },
            Edit::SetScore {
                at: at(&base, 4, 0),
                experience: Experience::Ideal,
                score: Score::new(2),
            },
            Edit::AddSignal {
                at: cell,
                index: 0,
                signal: Signal::new(Polarity::Positive, "Theirs"),
            },
        ],
    );
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let names: Vec<&str> = merged.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names.first(), Some(&"Ours first"));
    assert_eq!(names.get(1), Some(&"Renamed"));
    assert_eq!(names.last(), Some(&"Theirs last"));
    let c = merged.cell(cell).unwrap();
    assert_eq!(
        (c.owner.as_str(), c.action.as_str()),
        ("Ours owner", "Theirs action")
    );
    assert_eq!(c.signals[0].text, "Theirs");
    assert_eq!(merged.cell(at(&base, 4, 0)).unwrap().ideal, Score::new(2));
    // Merging is symmetric where there is no conflict.
    let other = merge(&base, &theirs, &ours).unwrap();
    assert_eq!(diff(&merged, &other), []);
}

#[test]
fn true_conflicts_keep_ours_and_are_recorded_and_resolvable() {
    let base = sample();
    let cell = at(&base, 1, 1);
    let stage = base.stages[0].id;
    let ours = edited(
        &base,
        [
            Edit::SetText {
                at: cell,
                field: TextField::Action,
                text: "Ours".into(),
            },
            Edit::DeleteStage { id: stage },
        ],
    );
    let theirs = edited(
        &base,
        [
            Edit::SetText {
                at: cell,
                field: TextField::Action,
                text: "Theirs".into(),
            },
            Edit::RenameStage {
                id: stage,
                name: "Edited".into(),
            },
        ],
    );
    let merged = merge(&base, &ours, &theirs).unwrap();
    let places: Vec<ConflictAt> = merged.conflicts.iter().map(|c| c.at).collect();
    assert!(
        places.contains(&ConflictAt::Text(cell, TextField::Action)),
        "{places:?}"
    );
    assert!(places.contains(&ConflictAt::StageKept(stage)), "{places:?}");
    assert_eq!(merged.cell(cell).unwrap().action, "Ours");
    assert_eq!(merged.stage(stage).map(|s| s.name.as_str()), Some("Edited"));
    // The file keeps the conflicts, and reads back the same.
    let text = file::to_string(&merged).unwrap();
    assert!(text.contains("conflicts: ["), "{text}");
    assert_eq!(file::parse(&text).unwrap(), merged);
    // Taking theirs for the text, and ours (the deletion) for the stage.
    let mut resolved = merged.clone();
    let index = |p: &Project, at| p.conflicts.iter().position(|c| c.at == at).unwrap();
    let i = index(&resolved, ConflictAt::Text(cell, TextField::Action));
    resolved
        .apply(Edit::ResolveConflict {
            index: i,
            theirs: true,
        })
        .unwrap();
    let i = index(&resolved, ConflictAt::StageKept(stage));
    resolved
        .apply(Edit::ResolveConflict {
            index: i,
            theirs: false,
        })
        .unwrap();
    assert!(resolved.conflicts.is_empty());
    assert_eq!(resolved.cell(cell).unwrap().action, "Theirs");
    assert!(resolved.stage(stage).is_none());
}

/// Random edits of cell fields, stage names and new stages on each side.
fn side_edits(p: &Project) -> impl Strategy<Value = Vec<Edit>> + use<> {
    let (stages, channels) = (p.stages.clone(), p.channels.clone());
    let edit = (0..stages.len(), 0..channels.len(), 0..5usize, "[a-d]{0,2}").prop_map(
        move |(s, c, what, text)| {
            let at = CellKey::new(stages[s].id, channels[c].id);
            match what {
                0 => Edit::SetText {
                    at,
                    field: TextField::Owner,
                    text,
                },
                1 => Edit::SetText {
                    at,
                    field: TextField::Action,
                    text,
                },
                2 => Edit::SetScore {
                    at,
                    experience: Experience::Real,
                    score: Score::new(text.len() as i64 - 1),
                },
                3 => Edit::RenameStage {
                    id: stages[s].id,
                    name: text,
                },
                _ => Edit::AddStage {
                    index: c,
                    stage: Stage::new(text),
                },
            }
        },
    );
    proptest::collection::vec(edit, 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every change only one side made is in the result, every change both
    /// made alike is too, and every disagreement is a recorded conflict.
    #[test]
    fn merging_never_loses_an_edit(
        (ours, theirs) in side_edits(&sample()).prop_flat_map(|o| (Just(o), side_edits(&sample())))
    ) {
        let base = sample();
        let (ours, theirs) = (edited(&base, ours), edited(&base, theirs));
        let merged = merge(&base, &ours, &theirs).unwrap();
        // Stages added on either side are all there.
        for side in [&ours, &theirs] {
            for stage in side.stages.iter().filter(|s| base.stage(s.id).is_none()) {
                prop_assert_eq!(merged.stage(stage.id), Some(stage));
            }
        }
        for stage in &base.stages {
            let (o, t) = (&ours.stage(stage.id).unwrap().name, &theirs.stage(stage.id).unwrap().name);
            let m = &merged.stage(stage.id).unwrap().name;
            let conflict = merged.conflicts.iter().any(|c| c.at == ConflictAt::StageName(stage.id));
            check(&stage.name, o, t, m, conflict)?;
            for channel in &base.channels {
                let at = CellKey::new(stage.id, channel.id);
                let get = |p: &Project| p.cell(at).cloned().unwrap_or_default();
                let (b, o, t, m) = (get(&base), get(&ours), get(&theirs), get(&merged));
                for field in [TextField::Owner, TextField::Action] {
                    let conflict = merged.conflicts.iter().any(|c| c.at == ConflictAt::Text(at, field));
                    check(b.text(field), o.text(field), t.text(field), m.text(field), conflict)?;
                }
                let conflict = merged.conflicts.iter().any(|c| c.at == ConflictAt::Score(at, Experience::Real));
                check(&b.real, &o.real, &t.real, &m.real, conflict)?;
            }
        }
    }
}

fn check<T: PartialEq + std::fmt::Debug + ?Sized>(
    base: &T,
    ours: &T,
    theirs: &T,
    merged: &T,
    conflict: bool,
) -> Result<(), TestCaseError> {
    if ours == theirs || theirs == base {
        prop_assert_eq!(merged, ours);
        prop_assert!(!conflict);
    } else if ours == base {
        prop_assert_eq!(merged, theirs);
        prop_assert!(!conflict);
    } else {
        prop_assert_eq!(merged, ours, "a conflict keeps ours");
        prop_assert!(conflict, "a disagreement is recorded");
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Real git with the driver set up by `journeymap git-setup`.

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .output()
        .expect("git runs")
}

fn git_ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A repository with the sample committed on `main` and the driver set up.
fn repository() -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    git_ok(path, &["init", "-q", "-b", "main"]);
    Command::cargo_bin("journeymap")
        .unwrap()
        .arg("git-setup")
        .current_dir(path)
        .assert()
        .success();
    let base = sample();
    file::save(&path.join("map.ron"), &base, None).unwrap();
    git_ok(path, &["add", "."]);
    git_ok(path, &["commit", "-q", "-m", "base"]);
    (dir, base)
}

/// Commits `project` as map.ron on a new branch `name` made from main.
fn branch(path: &Path, name: &str, project: &Project) {
    git_ok(path, &["checkout", "-q", "-b", name, "main"]);
    file::save(&path.join("map.ron"), project, None).unwrap();
    git_ok(path, &["commit", "-q", "-am", name]);
}

#[test]
fn git_merges_edits_of_one_cell_that_conflict_as_text() {
    let (dir, base) = repository();
    let path = dir.path();
    let cell = at(&base, 1, 1);
    // Neighbouring lines of one cell, and a stage moved on one side only.
    let one = edited(
        &base,
        [
            Edit::SetText {
                at: cell,
                field: TextField::Action,
                text: "Answer in an hour".into(),
            },
            Edit::MoveStage {
                id: base.stages[5].id,
                to: 0,
            },
        ],
    );
    let two = edited(
        &base,
        [Edit::SetText {
            at: cell,
            field: TextField::Impact,
            text: "She trusts us".into(),
        }],
    );
    branch(path, "one", &one);
    branch(path, "two", &two);
    // Without the driver, git sees overlapping lines.
    git_ok(path, &["checkout", "-q", "-b", "plain", "one"]);
    let plain = git(
        path,
        &[
            "-c",
            "merge.journeymap.driver=false",
            "merge",
            "-q",
            "two",
            "-m",
            "x",
        ],
    );
    assert!(!plain.status.success(), "the edits conflict as text");
    git_ok(path, &["merge", "--abort"]);

    git_ok(path, &["checkout", "-q", "one"]);
    git_ok(path, &["merge", "-q", "two", "-m", "merge two"]);
    let merged = file::load(&path.join("map.ron")).unwrap();
    let c = merged.cell(cell).unwrap();
    assert_eq!(
        (c.action.as_str(), c.impact.as_str()),
        ("Answer in an hour", "She trusts us")
    );
    assert_eq!(merged.stages[0].id, base.stages[5].id);
    assert!(merged.conflicts.is_empty());

    // git diff and git log -p speak of the map through the diff driver.
    let log = git(
        path,
        &["log", "-p", "--ext-diff", "-1", "--format=", "one^1"],
    );
    let log = String::from_utf8_lossy(&log.stdout);
    assert!(
        log.contains("action \"") && log.contains("moved from 6th to 1st"),
        "{log}"
    );
}

#[test]
fn git_stops_on_a_true_conflict_and_the_map_still_loads() {
    let (dir, base) = repository();
    let path = dir.path();
    let cell = at(&base, 2, 2);
    let text = |t: &str| Edit::SetText {
        at: cell,
        field: TextField::Owner,
        text: t.into(),
    };
    branch(path, "one", &edited(&base, [text("Store manager")]));
    branch(path, "two", &edited(&base, [text("Area manager")]));
    git_ok(path, &["checkout", "-q", "one"]);
    let out = git(path, &["merge", "-q", "two", "-m", "merge two"]);
    assert!(!out.status.success(), "a true conflict stops the merge");
    let map = path.join("map.ron");
    let merged = file::load(&map).unwrap();
    assert_eq!(merged.cell(cell).unwrap().owner, "Store manager");
    assert_eq!(merged.conflicts.len(), 1);
    // `check` fails until the conflict is resolved.
    Command::cargo_bin("journeymap")
        .unwrap()
        .arg("check")
        .arg(&map)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("unresolved merge conflict"));
}
