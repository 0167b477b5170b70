//! Image snapshots of the main screen, light and dark, rendered with wgpu.
//! Run with `cargo test --features snapshots` (CI uses Mesa's lavapipe);
//! `UPDATE_SNAPSHOTS=1` rewrites the images after a deliberate change.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use eframe::egui;
use egui_kittest::{Harness, SnapshotOptions};
use journeymap::ui::{JourneyApp, Settings, StartOptions};

fn snapshot(name: &str, dark: bool) {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_options(
            SnapshotOptions::default()
                .threshold(1.0)
                .max_failed_pixels(200),
        )
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .wgpu()
        .build_eframe(|cc| {
            JourneyApp::new(
                &cc.egui_ctx,
                StartOptions {
                    recovery_dir: None,
                    settings: Settings {
                        dark,
                        ..Settings::default()
                    },
                    ..StartOptions::default()
                },
            )
        });
    harness.run_steps(3);
    harness.snapshot(name);
}

#[test]
fn main_screen_light() {
    snapshot("main_screen_light", false);
}

#[test]
fn main_screen_dark() {
    snapshot("main_screen_dark", true);
}

/// Presentation mode on a 1080p projector, focus on one cell.
#[test]
fn presentation_1080p() {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .with_options(
            SnapshotOptions::default()
                .threshold(1.0)
                .max_failed_pixels(300),
        )
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_eframe(|cc| {
            JourneyApp::new(
                &cc.egui_ctx,
                StartOptions {
                    recovery_dir: None,
                    ..StartOptions::default()
                },
            )
        });
    harness.run_steps(2);
    harness.key_press(egui::Key::F5);
    harness.run_steps(2);
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(3);
    harness.snapshot("presentation_1080p");
}

/// The Persian sample: right-to-left paragraphs, right-aligned, lines in
/// reading order, numbers left to right.
#[test]
fn main_screen_persian() {
    let project = journeymap::file::parse(include_str!("../samples/bank-account-fa.ron")).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_options(
            SnapshotOptions::default()
                .threshold(1.0)
                .max_failed_pixels(200),
        )
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_eframe(|cc| {
            JourneyApp::new(
                &cc.egui_ctx,
                StartOptions {
                    project: Some(project),
                    recovery_dir: None,
                    ..StartOptions::default()
                },
            )
        });
    harness.run_steps(3);
    harness.snapshot("main_screen_persian");
}
