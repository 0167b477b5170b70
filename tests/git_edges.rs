//! Maps in git at the edges: a side that is not a map, history with a
//! broken version, `.gitattributes` in any encoding, and git's textconv.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use assert_cmd::Command;
use journeymap::file;
use journeymap::model::{ChannelKind, Polarity, Project, Tags};
use predicates::prelude::*;

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

fn sample() -> Project {
    file::parse(journeymap::samples::SHOE_STORE).unwrap()
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .env("GIT_PAGER", "cat")
        .output()
        .expect("git runs")
}

fn git_ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A repository set up by `git-setup`, with `maps/shoe.ron` committed on main.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    git_ok(path, &["init", "-q", "-b", "main"]);
    journeymap()
        .arg("git-setup")
        .current_dir(path)
        .assert()
        .success();
    std::fs::create_dir(path.join("maps")).unwrap();
    file::save(&path.join("maps/shoe.ron"), &sample(), None).unwrap();
    git_ok(path, &["add", "."]);
    git_ok(path, &["commit", "-q", "-m", "base"]);
    dir
}

#[test]
fn a_side_that_is_not_a_map_is_a_conflict_that_keeps_both_sides() {
    let dir = repository();
    let path = dir.path();
    let map = path.join("maps/shoe.ron");
    // Theirs: committed in the middle of a merge, markers and all.
    git_ok(path, &["checkout", "-q", "-b", "theirs", "main"]);
    let text = journeymap::samples::SHOE_STORE.replacen(
        "    title: ",
        "<<<<<<< HEAD\n    title: \"Their title\",\n=======\n    title: \"Another\",\n>>>>>>> other\n    notes_title: ",
        1,
    );
    std::fs::write(&map, &text).unwrap();
    git_ok(path, &["commit", "-q", "-am", "theirs, broken"]);
    // Ours: a good edit.
    git_ok(path, &["checkout", "-q", "-b", "ours", "main"]);
    let mut ours = sample();
    ours.personas[0].name = "Our persona".to_owned();
    file::save(&map, &ours, None).unwrap();
    git_ok(path, &["commit", "-q", "-am", "ours"]);

    let out = git(path, &["merge", "theirs", "-m", "merge"]);
    assert!(!out.status.success(), "git must see a conflict");
    let said = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
    // Messages name the map, not git's temporary copies.
    assert!(said.contains("maps/shoe.ron (theirs)"), "{said}");
    assert!(!said.contains(".merge_file"), "{said}");
    let merged = std::fs::read_to_string(&map).unwrap();
    assert!(merged.contains("Our persona"), "ours is kept");
    assert!(merged.contains("Their title"), "theirs is kept");
    journeymap()
        .arg("check")
        .arg(&map)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("conflict markers"));
    let status = git_ok(path, &["status", "--porcelain"]);
    assert!(status.contains("UU maps/shoe.ron"), "{status}");
}

#[test]
fn history_with_a_broken_version_still_diffs_and_logs() {
    let dir = repository();
    let path = dir.path();
    let map = path.join("maps/shoe.ron");
    std::fs::write(
        &map,
        journeymap::samples::SHOE_STORE.replacen("stages: [", "stages: [[", 1),
    )
    .unwrap();
    git_ok(path, &["commit", "-q", "-am", "broken"]);
    let mut fixed = sample();
    fixed.title = "Fixed".to_owned();
    file::save(&map, &fixed, None).unwrap();
    git_ok(path, &["commit", "-q", "-am", "fixed"]);

    let log = git_ok(path, &["log", "-p", "--ext-diff", "--format=%s"]);
    // Every commit is shown, the broken one with what is wrong and its lines.
    for subject in ["fixed", "broken", "base"] {
        assert!(log.lines().any(|l| l == subject), "{subject}: {log}");
    }
    assert!(
        log.contains("the old version cannot be read as a map") && log.contains("maps/shoe.ron:"),
        "{log}"
    );
    assert!(log.contains("+    stages: [["), "{log}");
}

#[test]
fn textconv_shows_descriptions_kinds_and_tags() {
    let dir = tempfile::tempdir().unwrap();
    let base = sample();
    let mut described = base.clone();
    described.stages[0].description = "Where she first hears of us".to_owned();
    let mut kind = base.clone();
    kind.channels[0].kind = if kind.channels[0].kind == ChannelKind::Sms {
        ChannelKind::Letter
    } else {
        ChannelKind::Sms
    };
    let mut tagged = base.clone();
    {
        let at = tagged.cells_in_order()[0].0;
        let mut cell = tagged.cell(at).unwrap().clone();
        let signal = cell
            .signals
            .iter_mut()
            .find(|s| s.polarity == Polarity::Negative || s.polarity == Polarity::Positive)
            .unwrap();
        signal.tags = if signal.tags.is_empty() {
            Tags::parse("Process; Effortless").unwrap()
        } else {
            Tags::default()
        };
        let cells: Vec<_> = tagged
            .cells_in_order()
            .into_iter()
            .map(|(k, c)| (k, if k == at { cell.clone() } else { c.clone() }))
            .collect();
        let direction = tagged.direction;
        tagged = Project::from_parts(
            tagged.title.clone(),
            tagged.persona().clone(),
            tagged.stages.clone(),
            tagged.channels.clone(),
            cells,
        )
        .unwrap();
        tagged.direction = direction;
    }
    let textconv = |project: &Project, name: &str| {
        let path = dir.path().join(name);
        file::save(&path, project, None).unwrap();
        let out = journeymap()
            .arg("diff")
            .arg("--textconv")
            .arg(&path)
            .assert()
            .success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    let before = textconv(&base, "base.ron");
    for (changed, name) in [(described, "described"), (kind, "kind"), (tagged, "tagged")] {
        assert_ne!(textconv(&changed, &format!("{name}.ron")), before, "{name}");
    }
}

#[test]
fn git_setup_adds_its_line_to_the_bytes_there_or_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    git_ok(path, &["init", "-q", "-b", "main"]);
    let attributes = path.join(".gitattributes");
    // A Latin-1 comment, a 0xFF byte and LFS rules, without a final line end.
    let latin1: &[u8] = b"# R\xe9sum\xe9s \xff\n*.psd filter=lfs diff=lfs merge=lfs -text";
    std::fs::write(&attributes, latin1).unwrap();
    journeymap()
        .arg("git-setup")
        .current_dir(path)
        .assert()
        .success();
    let mut expected = latin1.to_vec();
    expected.extend_from_slice(b"\n*.ron diff=journeymap merge=journeymap\n");
    assert_eq!(std::fs::read(&attributes).unwrap(), expected);
    // Run again: nothing added twice.
    journeymap()
        .arg("git-setup")
        .current_dir(path)
        .assert()
        .success();
    assert_eq!(std::fs::read(&attributes).unwrap(), expected);

    // UTF-16, which git does not read: refused, untouched.
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(
        "*.psd filter=lfs\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    std::fs::write(&attributes, &utf16).unwrap();
    journeymap()
        .arg("git-setup")
        .current_dir(path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("UTF-16"));
    assert_eq!(std::fs::read(&attributes).unwrap(), utf16);

    // A pipe is refused at once, not waited on.
    std::fs::remove_file(&attributes).unwrap();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&attributes)
            .status()
            .unwrap()
            .success()
    );
    journeymap()
        .arg("git-setup")
        .current_dir(path)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("a pipe"));
}

#[test]
fn git_setup_says_why_git_config_failed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    git_ok(path, &["init", "-q", "-b", "main"]);
    // Another git is changing the config: its lock file is there.
    std::fs::write(path.join(".git/config.lock"), "").unwrap();
    journeymap()
        .arg("git-setup")
        .current_dir(path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "failed: error: could not lock config file",
        ));
}
