//! Image snapshots of the main screen (light, dark, Persian) and of
//! presentation mode, rendered with wgpu. Run with
//! `cargo test --features snapshots --test snapshots` (CI uses Mesa's
//! lavapipe); `UPDATE_SNAPSHOTS=1` rewrites the images after a deliberate change.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui;
use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, SnapshotOptions};
use journeymap::model::Project;
use journeymap::ui::{JourneyApp, Settings, StartOptions};

/// The app on `project` (the bundled sample when `None`) at `size`.
fn harness(size: egui::Vec2, dark: bool, project: Option<Project>) -> Harness<'static, JourneyApp> {
    let settings = Settings {
        dark,
        language: Some(journeymap::i18n::Lang::En),
        ..Settings::default()
    };
    harness_with(size, settings, project)
}

/// The app on `project` at `size`, with `settings`.
fn harness_with(
    size: egui::Vec2,
    settings: Settings,
    project: Option<Project>,
) -> Harness<'static, JourneyApp> {
    let dark = settings.dark;
    let theme = if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    let builder = Harness::builder()
        .with_size(size)
        .with_options(
            SnapshotOptions::default()
                .threshold(1.0)
                .max_failed_pixels(300),
        )
        .with_theme(theme)
        .wgpu();
    let mut harness = common::start(
        builder,
        StartOptions {
            project,
            settings,
            ..common::options()
        },
    );
    harness.run_steps(1);
    harness
}

const WINDOW: egui::Vec2 = egui::vec2(1400.0, 860.0);

#[test]
fn main_screen_light() {
    harness(WINDOW, false, None).snapshot("main_screen_light");
}

#[test]
fn main_screen_dark() {
    harness(WINDOW, true, None).snapshot("main_screen_dark");
}

/// The Persian sample: right-to-left paragraphs, right-aligned, lines in
/// reading order, numbers left to right.
#[test]
fn main_screen_persian() {
    let project = journeymap::file::parse(include_str!("../samples/bank-account-fa.ron")).unwrap();
    harness(WINDOW, false, Some(project)).snapshot("main_screen_persian");
}

/// Presentation mode on a 1080p projector, focus on one cell.
#[test]
fn presentation_1080p() {
    let mut harness = harness(egui::vec2(1920.0, 1080.0), false, None);
    harness.key_press(egui::Key::F5);
    harness.run_steps(2);
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(3);
    harness.snapshot("presentation_1080p");
}

/// Presentation mode on the screens workshops project from, from an old
/// 4:3 projector to 1080p: every card on screen shows its action's first
/// line, both signal counts and its scores; title and legend apart.
#[test]
fn presentation_on_every_projector() {
    let mut results = egui_kittest::SnapshotResults::new();
    for (width, height) in [
        (1024.0, 768.0),
        (1280.0, 720.0),
        (1366.0, 768.0),
        (1600.0, 900.0),
    ] {
        let mut harness = harness(egui::vec2(width, height), false, None);
        harness.key_press(egui::Key::F5);
        harness.run_steps(2);
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(3);
        harness.snapshot(format!("presentation_{width}x{height}"));
        results.extend_harness(&mut harness);
    }
}

/// The Persian bank map presented in the Persian interface on a 1366x768
/// laptop: the title at the right, the legend at the left, the keys
/// wrapped from the right.
#[test]
fn presentation_persian_1366x768() {
    let project = journeymap::file::parse(include_str!("../samples/bank-account-fa.ron")).unwrap();
    let settings = Settings {
        language: Some(journeymap::i18n::Lang::Fa),
        ..Settings::default()
    };
    let mut harness = harness_with(egui::vec2(1366.0, 768.0), settings, Some(project));
    harness.key_press(egui::Key::F5);
    harness.run_steps(3);
    harness.snapshot("presentation_persian_1366x768");
}

/// The service blueprint on a 1080p projector: lanes above and below the
/// channels, both personas' curves, the lines, the persona key up top.
#[test]
fn presentation_blueprint_1080p() {
    let project =
        journeymap::file::parse(include_str!("../samples/service-blueprint.ron")).unwrap();
    let mut harness = harness(egui::vec2(1920.0, 1080.0), false, Some(project));
    harness.key_press(egui::Key::F5);
    harness.run_steps(3);
    harness.snapshot("presentation_blueprint_1080p");
}

/// The Persian blueprint in the editor: the row names at the right, lanes
/// and lines mirrored, curves running from the right.
#[test]
fn main_screen_blueprint_persian() {
    let project =
        journeymap::file::parse(include_str!("../samples/service-blueprint-fa.ron")).unwrap();
    harness(WINDOW, false, Some(project)).snapshot("main_screen_blueprint_persian");
}

/// The inspector on a cell with mixed Persian, English and numbers in every
/// field: each right-to-left paragraph right-aligned, English and numbers
/// left to right inside it, wrapped lines in reading order.
#[test]
fn inspector_mixed_text_light() {
    use journeymap::model::{CellKey, Edit, Polarity, Signal, TextField};
    let mut project =
        journeymap::file::parse(include_str!("../samples/bank-account-fa.ron")).unwrap();
    let at = CellKey {
        stage: project.stages[2].id,
        channel: project.channels[1].id,
    };
    let texts = [
        (TextField::Owner, "Owner: تیم فروش"),
        (TextField::Action, "تماس با (Call center) ساعت 9 تا ۱۷"),
        (TextField::Impact, "قیمت: ۲٬۵۰۰٬۰۰۰ ریال!"),
        (
            TextField::Notes,
            "NPS = ۴۵٪ در مرحله وفاداری. مشتری پس از ثبت سفارش ۱۲۳۴ پیامک (SMS) تایید دریافت می‌کند.",
        ),
    ];
    for (field, text) in texts {
        let text = text.to_owned();
        project.apply(Edit::SetText { at, field, text }).unwrap();
    }
    for (polarity, text) in [
        (Polarity::Positive, "پاسخ به ایمیل در ۲۴ ساعت"),
        (Polarity::Negative, "کانال ایمیل (Email) و تلفن"),
    ] {
        let signal = Signal::new(polarity, text);
        let index = usize::MAX;
        project
            .apply(Edit::AddSignal { at, index, signal })
            .unwrap();
    }
    let label = format!(
        "Cell {} × {}:",
        project.stages[2].name, project.channels[1].name
    );
    let mut harness = harness(WINDOW, false, Some(project));
    harness.get_by_label_contains(&label).click();
    harness.run_steps(2);
    harness.snapshot("inspector_mixed_text_light");
}

/// Help → About in the Persian interface: the icon, the version, the
/// licence and the fonts', right-aligned.
#[test]
fn about_persian() {
    let settings = Settings {
        language: Some(journeymap::i18n::Lang::Fa),
        ..Settings::default()
    };
    let mut harness = harness_with(egui::vec2(1000.0, 700.0), settings, None);
    harness.get_by_label("راهنما").click();
    harness.run_steps(3);
    harness.get_by_label_contains("دربارهٔ").click();
    harness.run_steps(4);
    harness.snapshot("about_persian");
}

/// Presentation mode on the two most common laptop screens, read back
/// from the screen by OCR (tesseract, as a check of what the room sees):
/// the first words of every card's action are there, not only badges.
#[cfg(feature = "readers")]
#[test]
fn presentation_actions_read_back_on_laptop_screens() {
    use image::imageops;
    let project = journeymap::file::parse(include_str!("../samples/shoe-store.ron")).unwrap();
    // The first two words of each action, as letters and digits.
    let words = |text: &str| -> String {
        let all = words_all(text);
        all.split(' ').take(2).collect::<Vec<_>>().join(" ")
    };
    let actions: Vec<String> = project
        .cells_in_order()
        .into_iter()
        .filter(|(_, c)| !c.action.is_empty())
        .map(|(_, c)| words(&c.action))
        .collect();
    assert!(actions.len() >= 20);
    let folder = tempfile::tempdir().unwrap();
    for (width, height) in [(1366_u32, 768_u32), (1280, 720)] {
        let mut harness = harness(egui::vec2(width as f32, height as f32), false, None);
        harness.key_press(egui::Key::F5);
        harness.run_steps(3);
        let screen = harness.render().unwrap();
        // Black text on coloured cards, as black on white for the reader.
        let mut grey = imageops::grayscale(&screen);
        for pixel in grey.pixels_mut() {
            pixel.0[0] = if pixel.0[0] < 90 { 0 } else { 255 };
        }
        let grey = imageops::resize(&grey, width * 2, height * 2, imageops::FilterType::Triangle);
        let path = folder.path().join(format!("{width}x{height}.png"));
        grey.save(&path).unwrap();
        let output = std::process::Command::new("tesseract")
            .arg(&path)
            .arg("stdout")
            .output()
            .expect("tesseract runs (package tesseract-ocr)");
        let read = words_all(&String::from_utf8_lossy(&output.stdout));
        // Each pair of words read, to match an action's first two against,
        // forgiving a misread letter ("cheek out").
        let tokens: Vec<&str> = read.split(' ').collect();
        let pairs: Vec<String> = tokens.windows(2).map(|w| w.join(" ")).collect();
        let found = |expected: &str| {
            pairs
                .iter()
                .any(|p| similar::TextDiff::from_chars(expected, p.as_str()).ratio() >= 0.85)
        };
        let missing: Vec<&String> = actions.iter().filter(|a| !found(a)).collect();
        assert!(
            missing.is_empty(),
            "{width}x{height}: no {missing:?} in what OCR read: {read}"
        );
    }
}

/// Text as space-separated lowercase letters and digits.
#[cfg(feature = "readers")]
fn words_all(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
