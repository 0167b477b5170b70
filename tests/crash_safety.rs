//! A save killed at any moment leaves the complete old file or the complete
//! new one, never a mix: `journeymap fmt` is killed with SIGKILL at random
//! moments, 200 times on a plain file and 150 times on one with two hard
//! links (written in place, so a kill can leave a backup, which the next
//! run puts back or removes).

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// A small, seeded generator: the same moments on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn fmt(path: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_journeymap"))
        .arg("fmt")
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Kills `fmt` on a 1,000-cell map at `rounds` seeded moments; the file
/// (and, with `hard_link`, its second name) must hold the complete old or
/// the complete new map, once the next run has dealt with what a kill left.
fn kill_fmt(rounds: u32, hard_link: bool) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let second = dir.path().join("second-name.ron");
    let project = journeymap::samples::generated(40, 25);
    let new = journeymap::file::to_string(&project).unwrap();
    // The same map, not in canonical form: fmt has to rewrite all of it.
    let old: String = new
        .lines()
        .map(|l| format!("{}\n", l.trim_start()))
        .collect();
    assert_ne!(old, new);
    let reset = || {
        let _ = std::fs::remove_file(&second);
        std::fs::write(&path, &old).unwrap();
        if hard_link {
            std::fs::hard_link(&path, &second).unwrap();
        }
    };

    // How long an uninterrupted run takes (the slowest of three: a busy
    // machine slows some runs down), to spread the kills over it.
    let mut full = Duration::ZERO;
    for _ in 0..3 {
        reset();
        let start = Instant::now();
        assert!(fmt(&path).wait().unwrap().success());
        full = full.max(start.elapsed());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), new);
    }

    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut kept_old, mut got_new, mut recovered) = (0, 0, 0);
    for round in 0..rounds {
        reset();
        let mut child = fmt(&path);
        // Up to twice a full run, so that some kills come after the rename
        // even when runs are slower than those measured.
        let wait = rng.below(full.as_micros() as u64 * 2);
        std::thread::sleep(Duration::from_micros(wait));
        let _ = child.kill(); // SIGKILL; it may already have finished.
        child.wait().unwrap();
        if hard_link {
            // The next run, through the other name, deals with a backup
            // the kill left, and says so.
            let check = Command::new(env!("CARGO_BIN_EXE_journeymap"))
                .arg("check")
                .arg(&second)
                .output()
                .unwrap();
            assert!(check.status.success(), "round {round}: {check:?}");
            if !check.stderr.is_empty() {
                recovered += 1;
            }
        }
        let text = std::fs::read_to_string(&path).unwrap();
        if text == old {
            kept_old += 1;
        } else if text == new {
            got_new += 1;
        } else {
            panic!("round {round}: after a kill at {wait} us the file is neither old nor new");
        }
        if hard_link {
            assert_eq!(std::fs::read_to_string(&second).unwrap(), text);
        }
        assert_eq!(
            journeymap::file::parse(&text).unwrap(),
            project,
            "round {round}"
        );
        // A killed save may leave its temporary file, hidden and not a
        // `.ron`; the next save removes it, so they never pile up. No
        // backup outlives the next run.
        let mut left = 0;
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let entry = entry.unwrap().path();
            if entry != path && entry != second {
                let name = entry.file_name().unwrap().to_string_lossy().into_owned();
                assert!(
                    name.starts_with(".journeymap-") && name.ends_with(".tmp"),
                    "round {round}: {name}"
                );
                left += 1;
            }
        }
        assert!(
            left <= 1,
            "round {round}: {left} temporary files left behind"
        );
    }
    eprintln!(
        "{rounds} kills: {kept_old} left the old file, {got_new} the new one, {recovered} backups dealt with by the next run (full run {full:?})"
    );
    assert!(
        kept_old > 0 && got_new > 0,
        "kills landed on both sides of the rename"
    );
}

#[test]
fn killing_fmt_at_random_moments_never_leaves_a_broken_file() {
    kill_fmt(200, false);
}

#[test]
fn killing_fmt_of_a_hard_linked_file_never_leaves_a_broken_link() {
    kill_fmt(150, true);
}
