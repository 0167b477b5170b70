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
