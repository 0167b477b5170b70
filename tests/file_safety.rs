//! Nothing a user has is lost at the edges: outputs that would overwrite
//! the map or another kind of file, symbolic and hard links, owners,
//! read-only files, files changed by someone else meanwhile, comments that
//! formatting would drop, and temporary files left by killed saves.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use journeymap::file::{self, FileError};
use predicates::prelude::*;

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

/// A small valid map, in canonical form.
fn map_text() -> String {
    let project = journeymap::samples::generated(2, 2);
    file::to_string(&project).unwrap()
}

/// `map.ron` in a fresh folder.
fn folder_with_map() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.ron");
    std::fs::write(&map, map_text()).unwrap();
    (dir, map)
}

/// The map with its fields on single lines: valid, but not canonical.
fn unformatted(text: &str) -> String {
    text.lines()
        .map(|l| format!("{}\n", l.trim_start()))
        .collect()
}

fn mkfifo(path: &Path) {
    assert!(
        std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap()
            .success()
    );
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ---- export's output ------------------------------------------------------

#[test]
fn export_refuses_to_overwrite_the_map_it_exports() {
    let (_dir, map) = folder_with_map();
    let before = std::fs::read(&map).unwrap();
    journeymap()
        .arg("export")
        .arg(&map)
        .arg("-o")
        .arg(&map)
        .args(["--format", "png", "--force"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("it is the map being exported"));
    assert_eq!(std::fs::read(&map).unwrap(), before);
}

#[test]
fn export_refuses_an_existing_file_of_another_format_unless_forced() {
    let (dir, map) = folder_with_map();
    let notes = dir.path().join("notes.png");
    std::fs::write(&notes, "my notes, not an image").unwrap();
    let assert = journeymap()
        .arg("export")
        .arg(&map)
        .arg("-o")
        .arg(&notes)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not a PNG image"))
        .stderr(predicate::str::contains("--force"));
    // The path is named once, not twice.
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.matches("notes.png").count(), 1, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&notes).unwrap(),
        "my notes, not an image"
    );

    journeymap()
        .arg("export")
        .arg(&map)
        .arg("-o")
        .arg(&notes)
        .arg("--force")
        .assert()
        .success();
    assert!(std::fs::read(&notes).unwrap().starts_with(PNG_MAGIC));
    // An existing PNG is replaced without --force, as an export should be.
    journeymap()
        .arg("export")
        .arg(&map)
        .arg("-o")
        .arg(&notes)
        .assert()
        .success();
}

#[test]
fn export_refuses_read_only_files_and_non_files() {
    let (dir, map) = folder_with_map();
    let locked = dir.path().join("locked.png");
    std::fs::write(&locked, PNG_MAGIC).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    journeymap()
        .arg("export")
        .arg(&map)
        .arg("-o")
        .arg(&locked)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read-only"));
    assert_eq!(std::fs::read(&locked).unwrap(), PNG_MAGIC);

    let pipe = dir.path().join("pipe.png");
    mkfifo(&pipe);
    let folder = dir.path().join("folder.png");
    std::fs::create_dir(&folder).unwrap();
    for (target, what) in [(&pipe, "a pipe"), (&folder, "a folder")] {
        journeymap()
            .arg("export")
            .arg(&map)
            .arg("-o")
            .arg(target)
            .arg("--force")
            .timeout(std::time::Duration::from_secs(60))
            .assert()
            .code(1)
            .stderr(predicate::str::contains(what));
    }
    assert!(
        std::fs::symlink_metadata(&pipe)
            .unwrap()
            .file_type()
            .is_fifo_like()
    );
    assert!(folder.is_dir());
}

/// `FileTypeExt::is_fifo`, readable in an assertion.
trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}
impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_fifo(self)
    }
}

#[test]
fn export_writes_through_a_symbolic_link_and_to_standard_output() {
    let (dir, map) = folder_with_map();
    let real = dir.path().join("real.png");
    let link = dir.path().join("link.png");
    std::os::unix::fs::symlink("real.png", &link).unwrap();
    journeymap()
        .arg("export")
        .arg(&map)
        .arg("-o")
        .arg(&link)
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read(&real).unwrap().starts_with(PNG_MAGIC));

    let output = journeymap()
        .current_dir(dir.path())
        .arg("export")
        .arg(&map)
        .args(["-o", "-"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stdout.starts_with(PNG_MAGIC));
    assert_eq!(output.stdout, std::fs::read(&real).unwrap());
    assert!(!dir.path().join("-").exists(), "no file named `-`");
}

// ---- saving keeps the file's identity ---------------------------------------

#[test]
fn fmt_writes_through_a_symbolic_link() {
    let (dir, map) = folder_with_map();
    let text = std::fs::read_to_string(&map).unwrap();
    std::fs::write(&map, unformatted(&text)).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("map.ron", &link).unwrap();
    journeymap().arg("fmt").arg(&link).assert().success();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&map).unwrap(), text);
}

#[test]
fn fmt_keeps_hard_links_and_says_so() {
    let (dir, map) = folder_with_map();
    let text = std::fs::read_to_string(&map).unwrap();
    std::fs::write(&map, unformatted(&text)).unwrap();
    let other = dir.path().join("other-name.ron");
    std::fs::hard_link(&map, &other).unwrap();
    journeymap()
        .arg("fmt")
        .arg(&map)
        .assert()
        .success()
        .stdout(predicate::str::contains("2 hard links"));
    assert_eq!(std::fs::read_to_string(&other).unwrap(), text);
    assert_eq!(std::fs::metadata(&map).unwrap().nlink(), 2);
    assert_eq!(
        names_in(dir.path()),
        ["map.ron", "other-name.ron"],
        "no backup is left once the write succeeded"
    );
}

#[test]
fn saving_keeps_the_owner_and_group() {
    let (dir, map) = folder_with_map();
    let me = std::fs::metadata(dir.path()).unwrap().uid();
    // Only root can give a file away; as anyone else the owner is already us.
    let (uid, gid) = if me == 0 {
        (4242, 4343)
    } else {
        (me, std::fs::metadata(&map).unwrap().gid())
    };
    std::os::unix::fs::chown(&map, Some(uid), Some(gid)).unwrap();
    let project = file::load(&map).unwrap();
    let mut edited = project.clone();
    edited
        .apply(journeymap::model::Edit::SetTitle("Renamed".into()))
        .unwrap();
    file::save(&map, &edited, None).unwrap();
    let meta = std::fs::metadata(&map).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (uid, gid));
    assert_eq!(file::load(&map).unwrap(), edited);
}

#[test]
fn a_read_only_map_is_not_overwritten() {
    let (_dir, map) = folder_with_map();
    let text = std::fs::read_to_string(&map).unwrap();
    std::fs::write(&map, unformatted(&text)).unwrap();
    std::fs::set_permissions(&map, std::fs::Permissions::from_mode(0o444)).unwrap();
    journeymap()
        .arg("fmt")
        .arg(&map)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "map.ron: cannot save: the file is read-only",
        ));
    assert_eq!(std::fs::read_to_string(&map).unwrap(), unformatted(&text));
    let error = file::save(&map, &file::load(&map).unwrap(), None).unwrap_err();
    assert!(matches!(error, FileError::ReadOnly { .. }), "{error}");
}

#[test]
fn a_save_never_replaces_a_version_someone_else_wrote_meanwhile() {
    let (_dir, map) = folder_with_map();
    let loaded = file::open(&map).unwrap();
    // Another program saves the file after we read it.
    std::fs::write(&map, "their version").unwrap();
    let error = file::save(&map, &loaded.project, Some(loaded.fingerprint)).unwrap_err();
    assert!(matches!(error, FileError::ChangedOnDisk { .. }), "{error}");
    assert!(
        error.to_string().contains("another program changed"),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&map).unwrap(), "their version");
    // The same save with the right fingerprint goes through.
    let theirs = file::fingerprint(b"their version");
    file::save(&map, &loaded.project, Some(theirs)).unwrap();
    assert_eq!(file::load(&map).unwrap(), loaded.project);
}

#[test]
fn stale_temporary_files_are_removed_by_the_next_save_but_live_ones_are_not() {
    let (dir, map) = folder_with_map();
    let stale = dir.path().join(".journeymap-AbC123dEf456.tmp");
    std::fs::write(&stale, "half a map").unwrap();
    // One that a save in progress holds.
    let live = dir.path().join(".journeymap-XyZ789uVw012.tmp");
    std::fs::write(&live, "being written").unwrap();
    let held = std::fs::File::open(&live).unwrap();
    held.try_lock().unwrap();
    // The user's own files, whatever they look like.
    for name in ["notes.tmp", ".journeymap-notes.tmp", ".journeymap-.tmp"] {
        std::fs::write(dir.path().join(name), "mine").unwrap();
    }

    file::save(&map, &file::load(&map).unwrap(), None).unwrap();
    assert_eq!(
        names_in(dir.path()),
        [
            ".journeymap-.tmp",
            ".journeymap-XyZ789uVw012.tmp",
            ".journeymap-notes.tmp",
            "map.ron",
            "notes.tmp"
        ]
    );
    drop(held);
}

#[test]
fn save_errors_name_the_file_being_saved_not_a_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("map.ron");
    let message = file::save(&missing, &journeymap::samples::generated(1, 1), None)
        .unwrap_err()
        .to_string();
    assert!(message.contains("map.ron: cannot save"), "{message}");
    assert!(!message.contains(".journeymap-"), "{message}");
    // In the user's words, not the system's.
    assert!(
        message.contains("no-such-folder does not exist"),
        "{message}"
    );
    assert!(
        !message.contains("os error") && !message.contains("entity"),
        "{message}"
    );
}

/// `fmt FILE` with writes past `limit` bytes failing as on a full disk
/// (`EFBIG`, with the signal that would kill the process ignored).
fn fmt_with_file_size_limit(file: &Path, limit: u64) -> std::process::Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; exec prlimit --fsize={limit} \"$0\" fmt \"$1\""
        ))
        .arg(env!("CARGO_BIN_EXE_journeymap"))
        .arg(file)
        .output()
        .unwrap()
}

#[test]
fn a_disk_that_fills_up_leaves_every_hard_link_whole() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.ron");
    let project = journeymap::samples::generated(8, 6);
    let canonical = file::to_string(&project).unwrap();
    // Compact lines: fmt has to make the file longer.
    let old = unformatted(&canonical);
    std::fs::write(&map, &old).unwrap();
    let other = dir.path().join("other-name.ron");
    std::fs::hard_link(&map, &other).unwrap();
    assert!(old.len() < canonical.len());
    // Room for the backup and the old size, not for the new one.
    let out = fmt_with_file_size_limit(&map, (old.len() + canonical.len()) as u64 / 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("the file is left as it was"), "{stderr}");
    for path in [&map, &other] {
        assert_eq!(std::fs::read_to_string(path).unwrap(), old);
    }
    assert_eq!(names_in(dir.path()), ["map.ron", "other-name.ron"]);
    // With room, it goes through.
    let out = fmt_with_file_size_limit(&map, canonical.len() as u64 * 2);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&other).unwrap(), canonical);
}

#[test]
fn a_backup_an_interrupted_save_left_is_put_back_or_removed_by_the_next_run() {
    let (dir, map) = folder_with_map();
    let old = std::fs::read_to_string(&map).unwrap();
    let other = dir.path().join("other-name.ron");
    std::fs::hard_link(&map, &other).unwrap();
    let new = file::to_string(&journeymap::samples::generated(3, 2)).unwrap();
    let backup = dir.path().join(format!(
        ".map.ron.{:x}.{:016x}.journeymap-backup",
        std::fs::metadata(&map).unwrap().ino(),
        file::fingerprint(new.as_bytes())
    ));
    // Killed half-way through writing the new content in place.
    std::fs::write(&backup, &old).unwrap();
    std::fs::write(&map, &new[..new.len() / 2]).unwrap();
    journeymap()
        .arg("check")
        .arg(&map)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "interrupted part-way; its previous content was put back",
        ));
    assert_eq!(std::fs::read_to_string(&other).unwrap(), old);
    assert_eq!(names_in(dir.path()), ["map.ron", "other-name.ron"]);
    // Killed after the new content was written: the new content stays,
    // found through the file's other name too.
    std::fs::write(&backup, &old).unwrap();
    std::fs::write(&map, &new).unwrap();
    journeymap()
        .arg("fmt")
        .arg(&other)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "after it had finished; its backup",
        ));
    assert_eq!(std::fs::read_to_string(&other).unwrap(), new);
    assert_eq!(names_in(dir.path()), ["map.ron", "other-name.ron"]);
}

// ---- comments ---------------------------------------------------------------

#[test]
fn fmt_refuses_to_drop_comments_and_names_the_line() {
    let (_dir, map) = folder_with_map();
    let text = std::fs::read_to_string(&map).unwrap();
    let with_comment = text.replacen(
        "    stages: [",
        "    // Stages agreed in the March workshop\n    stages: [",
        1,
    );
    std::fs::write(&map, &with_comment).unwrap();
    let line = with_comment.lines().position(|l| l.contains("//")).unwrap() + 1;
    journeymap()
        .arg("fmt")
        .arg(&map)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "map.ron:{line}:5: a comment"
        )))
        .stderr(predicate::str::contains("notes"));
    assert_eq!(std::fs::read_to_string(&map).unwrap(), with_comment);
    journeymap()
        .args(["fmt", "--check"])
        .arg(&map)
        .assert()
        .code(1);
}

#[test]
fn comment_markers_inside_text_are_not_comments() {
    assert_eq!(
        file::first_comment(r##"(title: "http://x /* y */", notes: r#"a // b"#)"##),
        None
    );
    assert_eq!(
        file::first_comment("(\n  title: \"a\\\"//\", /* here */\n)"),
        Some((2, 19))
    );
    assert_eq!(file::first_comment("(format: 1) // end"), Some((1, 13)));
}
