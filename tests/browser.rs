//! The web page export in a real browser: Debian's Chromium, headless.
//! Run with `cargo test --features browser --test browser` (CI installs
//! `chromium`). The page is read with its script blocked and running, its
//! table and every stage and channel name checked in the DOM, the browser's
//! network log checked for any request the page made, and a screenshot of
//! each page left in `target/browser/` to look at.

#![cfg(feature = "browser")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use journeymap::export::{self, Options};
use journeymap::format::Format;
use journeymap::model::Project;

const SAMPLES: [(&str, &str); 2] = [
    ("shoe-store", include_str!("../samples/shoe-store.ron")),
    (
        "bank-account-fa",
        include_str!("../samples/bank-account-fa.ron"),
    ),
];

/// Chromium, headless, as a fresh profile, with its own background
/// services off; `args` say what to do with `page`.
fn chromium(profile: &Path, args: &[String], page: &Path) -> std::process::Output {
    let output = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs (apt-get install chromium)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The DOM after loading `page`, and the URLs of the requests the page
/// itself started (not the browser's own services), from the network log.
fn load(dir: &Path, name: &str, page: &Path) -> (String, Vec<String>) {
    let log = dir.join(format!("{name}.netlog.json"));
    let output = chromium(
        &dir.join(format!("profile-{name}")),
        &[
            "--dump-dom".to_owned(),
            format!("--log-net-log={}", log.display()),
        ],
        page,
    );
    let dom = String::from_utf8(output.stdout).unwrap();
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&log).unwrap()).unwrap();
    let start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_i64()
        .unwrap();
    let requests = log["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"].as_i64() == Some(start))
        .map(|e| &e["params"])
        // The browser's own requests (updates, time) have no origin.
        .filter(|p| p["initiator"].as_str() != Some("not an origin"))
        .filter_map(|p| p["url"].as_str().map(str::to_owned))
        .filter(|url| url != &format!("file://{}", page.display()))
        .collect();
    (dom, requests)
}

/// Text as the DOM serialises it.
fn text(name: &str) -> String {
    name.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn page(dir: &Path, name: &str, project: &Project) -> PathBuf {
    let bytes = export::bytes(project, &Options::default(), Format::Html).unwrap();
    let path = dir.join(format!("{name}.html"));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn the_web_page_reads_with_scripts_blocked_and_running_and_asks_for_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&shots).unwrap();
    for (name, sample) in SAMPLES {
        let project = journeymap::file::parse(sample).unwrap();
        let on = page(dir.path(), name, &project);
        // Scripts off: the page's own policy made to allow no script at all.
        let html = std::fs::read_to_string(&on).unwrap();
        let policy = html.find("script-src '").unwrap() + "script-src ".len();
        let end = policy + html[policy..].find(';').unwrap();
        let off = dir.path().join(format!("{name}-off.html"));
        std::fs::write(&off, format!("{}'none'{}", &html[..policy], &html[end..])).unwrap();

        for (mode, path, scripts) in [("on", &on, true), ("off", &off, false)] {
            let (dom, requests) = load(dir.path(), &format!("{name}-{mode}"), path);
            assert!(
                requests.is_empty(),
                "{name} {mode}: the page asked for {requests:?}"
            );
            assert!(
                dom.contains("<table id=\"grid\""),
                "{name} {mode}: no table"
            );
            for stage in &project.stages {
                let header = format!("<th scope=\"col\">{}", text(&stage.name));
                assert!(
                    dom.contains(&header),
                    "{name} {mode}: no column header {header}"
                );
            }
            for channel in &project.channels {
                let header = format!("<th scope=\"row\">{}", text(&channel.name));
                assert!(
                    dom.contains(&header),
                    "{name} {mode}: no row header {header}"
                );
            }
            let rtl = project.direction.is_rtl();
            assert_eq!(dom.contains("dir=\"rtl\""), rtl, "{name} {mode}");
            // The script shows the controls and makes the grid one tab stop.
            assert_eq!(
                dom.contains("<nav class=\"controls\" hidden"),
                !scripts,
                "{name} {mode}"
            );
            assert_eq!(dom.contains("tabindex=\"0\""), scripts, "{name} {mode}");
        }
        let shot = shots.join(format!("{name}.png"));
        chromium(
            &dir.path().join(format!("profile-{name}-shot")),
            &[
                "--hide-scrollbars".to_owned(),
                "--window-size=1400,2000".to_owned(),
                format!("--screenshot={}", shot.display()),
            ],
            &on,
        );
        let image = image::open(&shot).unwrap();
        assert_eq!((image.width(), image.height()), (1400, 2000));
    }
}

/// The request check itself: a page that does load something is caught.
#[test]
fn a_page_that_requests_something_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("leaky.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/canary.png\"></body></html>",
    )
    .unwrap();
    let (_, requests) = load(dir.path(), "leaky", &page);
    assert_eq!(requests, ["http://127.0.0.1:9/canary.png"]);
}
