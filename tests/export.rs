//! The PNG infographic: golden images, pixel probes, determinism, limits, CLI.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use journeymap::analysis;
use journeymap::export::{self, ExportError, Layout, Options, Theme, View};
use journeymap::model::{Cell, CellKey, Channel, ChannelKind, Edit, Project, Stage};
use journeymap::palette::{self, Rgb};
use predicates::prelude::*;

const SHOE: &str = include_str!("../samples/shoe-store.ron");
const BANK_FA: &str = include_str!("../samples/bank-account-fa.ron");
const BLUEPRINT: &str = include_str!("../samples/service-blueprint.ron");
const BLUEPRINT_FA: &str = include_str!("../samples/service-blueprint-fa.ron");

fn options(scale: u32, theme: Theme) -> Options {
    Options {
        scale,
        theme,
        view: View::Both,
        ..Options::default()
    }
}

/// Compares with the committed image; `UPDATE_GOLDEN=1` rewrites it.
/// Tolerance: at most 0.2 % of pixels may differ by more than 24 in a channel.
fn golden(name: &str, sample: &str, theme: Theme) {
    let project = journeymap::file::parse(sample).unwrap();
    let image = export::render(&project, &options(1, theme)).unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.png"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, export::encode(&image).unwrap()).unwrap();
        return;
    }
    let expected = image::open(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .to_rgba8();
    assert_eq!(
        image.dimensions(),
        expected.dimensions(),
        "{name}: size changed"
    );
    let differing = image
        .pixels()
        .zip(expected.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0.iter()).any(|(x, y)| x.abs_diff(*y) > 24))
        .count();
    let allowed = (image.width() * image.height()) as usize / 500;
    if differing > allowed {
        let actual = path.with_extension("new.png");
        std::fs::write(&actual, export::encode(&image).unwrap()).unwrap();
        panic!(
            "{name}: {differing} pixels differ (allowed {allowed}); see {}",
            actual.display()
        );
    }
}

#[test]
fn golden_english_light() {
    golden("shoe-store-light", SHOE, Theme::Light);
}

#[test]
fn golden_english_dark() {
    golden("shoe-store-dark", SHOE, Theme::Dark);
}

#[test]
fn golden_persian_light() {
    golden("bank-account-fa-light", BANK_FA, Theme::Light);
}

#[test]
fn golden_persian_dark() {
    golden("bank-account-fa-dark", BANK_FA, Theme::Dark);
}

/// Lanes above and below the channels, two personas' curves, the three
/// blueprint lines and the persona legend.
#[test]
fn golden_service_blueprint() {
    golden("service-blueprint-light", BLUEPRINT, Theme::Light);
}

/// The same, mirrored for a right-to-left map, in the dark theme.
#[test]
fn golden_service_blueprint_persian_dark() {
    golden("service-blueprint-fa-dark", BLUEPRINT_FA, Theme::Dark);
}

fn pixel(image: &image::RgbaImage, (x, y): (f32, f32)) -> Rgb {
    let p = image.get_pixel(x.round() as u32, y.round() as u32);
    Rgb(p[0], p[1], p[2])
}

fn close(a: Rgb, b: Rgb) -> bool {
    a.0.abs_diff(b.0) <= 12 && a.1.abs_diff(b.1) <= 12 && a.2.abs_diff(b.2) <= 12
}

fn index_of(project: &Project, stage: &str, channel: &str) -> (usize, usize, CellKey) {
    let s = project.stages.iter().position(|s| s.name == stage).unwrap();
    let c = project
        .channels
        .iter()
        .position(|c| c.name == channel)
        .unwrap();
    (
        s,
        c,
        CellKey::new(project.stages[s].id, project.channels[c].id),
    )
}

#[test]
fn cells_are_tinted_red_or_green_by_their_signals() {
    let project = journeymap::file::parse(SHOE).unwrap();
    let layout = Layout::new(&project, &Options::default());
    let image = export::render(&project, &options(1, Theme::Light)).unwrap();
    // Consideration x Phone: two negative signals. Visit & try on x Store: three positive.
    for (stage, channel, red) in [
        ("Consideration", "Phone", true),
        ("Visit & try on", "Store", false),
    ] {
        let (s, c, key) = index_of(&project, stage, channel);
        let balance = project.cell(key).map(Cell::signal_balance).unwrap();
        assert_eq!(balance < 0, red, "the sample changed");
        let r = layout.cell(s, c);
        // Bottom-right corner of the card, inside the rounding, away from text.
        let p = pixel(&image, (r.x + r.w - 12.0, r.y + r.h - 8.0));
        if red {
            assert!(
                p.0 > p.1 + 30 && p.0 > p.2 + 30,
                "{stage} x {channel} is not red-tinted: {p:?}"
            );
        } else {
            assert!(
                p.1 > p.0 + 30 && p.1 > p.2 + 10,
                "{stage} x {channel} is not green-tinted: {p:?}"
            );
        }
    }
}

#[test]
fn the_colour_blind_scheme_tints_positive_blue_and_negative_orange() {
    let project = journeymap::file::parse(SHOE).unwrap();
    let layout = Layout::new(&project, &Options::default());
    let options = Options {
        scheme: palette::Scheme::BlueOrange,
        ..options(1, Theme::Light)
    };
    let image = export::render(&project, &options).unwrap();
    for (stage, channel, negative) in [
        ("Consideration", "Phone", true),
        ("Visit & try on", "Store", false),
    ] {
        let (s, c, _) = index_of(&project, stage, channel);
        let r = layout.cell(s, c);
        let p = pixel(&image, (r.x + r.w - 12.0, r.y + r.h - 8.0));
        if negative {
            assert!(p.0 > p.2 + 30, "{stage} x {channel} is not orange: {p:?}");
        } else {
            assert!(p.2 > p.0 + 30, "{stage} x {channel} is not blue: {p:?}");
        }
    }
}

#[test]
fn the_chart_draws_real_below_ideal_where_the_sample_says_so() {
    let project = journeymap::file::parse(SHOE).unwrap();
    let layout = Layout::new(&project, &Options::default());
    let image = export::render(&project, &options(2, Theme::Light)).unwrap();
    let scores = analysis::stage_scores(&project);
    let (consideration, _, _) = index_of(&project, "Consideration", "Phone");
    let s = &scores[consideration];
    let (ideal, real) = (s.ideal.unwrap(), s.real.unwrap());
    assert!(real < ideal, "the sample's Consideration falls short");
    let x = layout.stage_x(consideration) * 2.0;
    let (yi, yr) = (layout.score_y(ideal) * 2.0, layout.score_y(real) * 2.0);
    assert!(yr > yi, "real is drawn lower on the image");
    assert!(
        close(pixel(&image, (x, yi)), palette::IDEAL),
        "ideal point: {:?}",
        pixel(&image, (x, yi))
    );
    assert!(
        close(pixel(&image, (x, yr)), palette::REAL),
        "real point: {:?}",
        pixel(&image, (x, yr))
    );
    // Between them, the "real short of ideal" shading: reddish over white.
    let between = pixel(&image, (x + 30.0, (yi + yr) / 2.0 + 30.0));
    assert!(between.0 > between.1 + 20, "gap shading: {between:?}");
}

#[test]
fn the_view_option_leaves_out_the_other_line() {
    let project = journeymap::file::parse(SHOE).unwrap();
    let layout = Layout::new(&project, &Options::default());
    let scores = analysis::stage_scores(&project);
    let ideal_only = Options {
        view: View::Ideal,
        ..options(1, Theme::Light)
    };
    let image = export::render(&project, &ideal_only).unwrap();
    let (consideration, _, _) = index_of(&project, "Consideration", "Phone");
    let x = layout.stage_x(consideration);
    let yr = layout.score_y(scores[consideration].real.unwrap());
    assert!(
        !close(pixel(&image, (x, yr)), palette::REAL),
        "no real point in the ideal view"
    );
    assert!(close(
        pixel(
            &image,
            (x, layout.score_y(scores[consideration].ideal.unwrap()))
        ),
        palette::IDEAL
    ));
}

#[test]
fn exports_are_byte_identical() {
    let project = journeymap::file::parse(BANK_FA).unwrap();
    let a = export::png(&project, &options(1, Theme::Dark)).unwrap();
    let b = export::png(&project, &options(1, Theme::Dark)).unwrap();
    assert!(a == b, "two exports differ");
    // Rendered in bands on any number of threads, the bytes are the same.
    for threads in [1, 3] {
        let c = export::png_on(&project, &options(1, Theme::Dark), threads).unwrap();
        assert!(a == c, "the export on {threads} threads differs");
    }
    assert!(a.starts_with(b"\x89PNG"));
    assert!(
        !a.windows(4).any(|w| w == b"tIME" || w == b"tEXt"),
        "no timestamps or text metadata"
    );
    // Opaque RGB, with the same pixels as rendered.
    let decoded = image::load_from_memory(&a).unwrap();
    assert_eq!(decoded.color(), image::ColorType::Rgb8);
    let rendered = export::render(&project, &options(1, Theme::Dark)).unwrap();
    assert_eq!(decoded.to_rgba8(), rendered);
}

/// The image data of a PNG: its IDAT chunks joined.
fn image_data(png: &[u8]) -> Vec<u8> {
    let mut data = Vec::new();
    let mut rest = &png[8..];
    while rest.len() >= 12 {
        let len = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
        if &rest[4..8] == b"IDAT" {
            data.extend_from_slice(&rest[8..8 + len]);
        }
        rest = &rest[12 + len..];
    }
    data
}

#[test]
fn the_shoe_store_for_slides_weighs_less_than_a_browser_screenshot_of_it() {
    let project = journeymap::file::parse(SHOE).unwrap();
    let png = export::png(&project, &options(2, Theme::Light)).unwrap();
    assert!(png.len() < 800_000, "{} bytes", png.len());
    // One zlib stream across the bands, whose checksum holds: a strict
    // decoder refuses the file otherwise. Each row is a filter byte and
    // three bytes a pixel.
    let decoded = image::load_from_memory(&png).unwrap();
    let (width, height) = (decoded.width() as usize, decoded.height() as usize);
    let mut rows = vec![0; height * (1 + width * 3)];
    let stream = image_data(&png);
    let (inflated, code) =
        zlib_rs::decompress_slice(&mut rows, &stream, zlib_rs::InflateConfig::default());
    assert_eq!(code, zlib_rs::ReturnCode::Ok);
    assert_eq!(inflated.len(), height * (1 + width * 3));
    let rendered = export::render(&project, &options(2, Theme::Light)).unwrap();
    assert_eq!(decoded.to_rgba8(), rendered);
}

fn big_map(stages: usize, channels: usize) -> Project {
    let mut p = Project::default();
    for index in 0..stages {
        p.apply(Edit::AddStage {
            index,
            stage: Stage::new(format!("Stage {index}")),
        })
        .unwrap();
    }
    for index in 0..channels {
        p.apply(Edit::AddChannel {
            index,
            channel: Channel::new(format!("Channel {index}"), ChannelKind::Other),
        })
        .unwrap();
    }
    p
}

#[test]
fn a_30_by_20_map_fits_and_an_absurd_scale_is_refused_with_a_suggestion() {
    let project = big_map(30, 20);
    let layout = export::check(&project, &options(1, Theme::Light)).unwrap();
    assert!(
        layout.cell(29, 19).bottom() < layout.height,
        "nothing is cropped"
    );
    export::check(&project, &options(2, Theme::Light)).unwrap();
    let error = export::check(&project, &options(4, Theme::Light)).unwrap_err();
    assert!(
        matches!(
            error,
            ExportError::TooLarge {
                largest_scale: Some(2),
                ..
            }
        ),
        "{error}"
    );
    assert!(matches!(
        export::check(&project, &options(3, Theme::Light)),
        Err(ExportError::TooLarge { .. })
    ));
    assert!(error.to_string().contains("--scale 2"), "{error}");
    let huge = big_map(200, 200);
    let error = export::check(&huge, &options(1, Theme::Light)).unwrap_err();
    assert!(error.to_string().contains("even scale 1"), "{error}");
    assert!(matches!(
        export::check(&project, &options(5, Theme::Light)),
        Err(ExportError::BadScale(5))
    ));
}

#[test]
fn long_text_stays_inside_its_cell() {
    let mut project = big_map(3, 2);
    let at = CellKey::new(project.stages[1].id, project.channels[0].id);
    let long = "Overflowing ".repeat(60);
    for field in journeymap::model::TextField::ALL {
        project
            .apply(Edit::SetText {
                at,
                field,
                text: long.clone(),
            })
            .unwrap();
    }
    let layout = Layout::new(&project, &Options::default());
    let image = export::render(&project, &options(1, Theme::Light)).unwrap();
    // The neighbouring empty cells stay clean inside (only their outline is drawn).
    for (s, c) in [(0, 0), (2, 0), (1, 1)] {
        let r = layout.cell(s, c).shrink(6.0);
        for y in (r.y as u32..r.bottom() as u32).step_by(3) {
            for x in (r.x as u32..r.right() as u32).step_by(3) {
                let p = image.get_pixel(x, y);
                assert_eq!(
                    p.0,
                    [255, 255, 255, 255],
                    "ink at ({x}, {y}) in cell ({s}, {c})"
                );
            }
        }
    }
}

fn journeymap() -> Command {
    Command::cargo_bin("journeymap").unwrap()
}

fn sample_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/shoe-store.ron")
}

#[test]
fn cli_export_writes_a_png_of_the_reported_size() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("map.png");
    journeymap()
        .args(["export"])
        .arg(sample_path())
        .arg("-o")
        .arg(&out)
        .args(["--scale", "1", "--theme", "dark", "--view", "real"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1494 x 2026 pixels"));
    let image = image::open(&out).unwrap();
    assert_eq!((image.width(), image.height()), (1494, 2026));

    // Without the findings section the image is that section (236 px) and
    // its gap (24 px) shorter.
    journeymap()
        .args(["export"])
        .arg(sample_path())
        .arg("-o")
        .arg(&out)
        .args(["--scale", "1", "--no-findings"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1494 x 1766 pixels"));
    let image = image::open(&out).unwrap();
    assert_eq!((image.width(), image.height()), (1494, 1766));

    // --lang changes the words only: same size, other pixels.
    let persian = dir.path().join("fa.png");
    journeymap()
        .args(["export"])
        .arg(sample_path())
        .arg("-o")
        .arg(&persian)
        .args(["--scale", "1", "--no-findings", "--lang", "fa"])
        .assert()
        .success();
    let persian = image::open(&persian).unwrap();
    assert_eq!(persian.width(), image.width());
    assert_eq!(persian.height(), image.height());
    assert_ne!(persian.to_rgba8().into_raw(), image.to_rgba8().into_raw());
    journeymap()
        .args(["export"])
        .arg(sample_path())
        .arg("-o")
        .arg(dir.path().join("x.png"))
        .args(["--lang", "de"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--lang"));
}

#[test]
fn cli_export_refuses_bad_input_options_and_output() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n    format: 1,\n    title: 3,\n)\n").unwrap();
    let out = dir.path().join("out.png");
    journeymap()
        .arg("export")
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("bad.ron:3:").and(predicate::str::contains("Expected string")),
        );
    assert!(!out.exists());
    journeymap()
        .arg("export")
        .arg(sample_path())
        .args(["-o", "x.png", "--scale", "7"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--scale"));
    journeymap()
        .arg("export")
        .arg(sample_path())
        .args(["-o", "x.png", "--theme", "sepia"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("light"));
    let unwritable = dir.path().join("missing-folder").join("out.png");
    journeymap()
        .arg("export")
        .arg(sample_path())
        .arg("-o")
        .arg(&unwritable)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("out.png: cannot save"));
}

/// Every run of ASCII letters or digits the user wrote anywhere in the map.
fn user_tokens(project: &Project) -> std::collections::HashSet<String> {
    let mut texts = vec![
        project.title.clone(),
        project.persona().name.clone(),
        project.persona().description.clone(),
    ];
    texts.extend(
        project
            .stages
            .iter()
            .flat_map(|s| [s.name.clone(), s.description.clone()]),
    );
    texts.extend(project.channels.iter().map(|c| c.name.clone()));
    for (_, cell) in project.cells_in_order() {
        texts.extend([&cell.owner, &cell.action, &cell.impact, &cell.notes].map(Clone::clone));
        texts.extend(cell.signals.iter().map(|s| s.text.clone()));
    }
    texts.iter().flat_map(|t| ascii_tokens(t)).collect()
}

fn ascii_tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn rtl_a_persian_map_exports_with_no_english_word_or_latin_digit_but_the_users() {
    let project = journeymap::file::parse(BANK_FA).unwrap();
    assert_eq!(project.language(), journeymap::i18n::Lang::Fa);
    let ours = user_tokens(&project);
    let words = export::words(&project, &options(1, Theme::Light)).unwrap();
    let stray: Vec<_> = words
        .iter()
        .flat_map(|w| ascii_tokens(w).into_iter().map(move |t| (t, w)))
        .filter(|(t, _)| !ours.contains(t))
        .collect();
    assert!(stray.is_empty(), "not the user's words: {stray:?}");
    // The fixed words are there, in Persian, with Persian digits.
    for expected in [
        "تجربهٔ آرمانی در برابر واقعی، به تفکیک مرحله",
        "آرمانی \u{2066}+۲\u{2069}",
        "کانال‌های ناهمخوان",
        "نمودار و برچسب‌ها",
    ] {
        assert!(
            words.iter().any(|w| w.contains(expected)),
            "{expected} missing from {words:?}"
        );
    }
    assert!(
        words
            .iter()
            .any(|w| w.starts_with("\u{200F}بزرگ‌ترین شکاف: ") && w.contains("۱٫۸ امتیاز")),
        "largest gap sentence: {words:?}"
    );
}

#[test]
fn rtl_the_language_option_overrides_the_maps() {
    let shoe = journeymap::file::parse(SHOE).unwrap();
    let english = export::words(&shoe, &options(1, Theme::Light)).unwrap();
    assert!(english.contains(&"Ideal vs real experience, by stage".to_owned()));
    let persian = export::words(
        &shoe,
        &Options {
            language: Some(journeymap::i18n::Lang::Fa),
            ..options(1, Theme::Light)
        },
    )
    .unwrap();
    assert!(persian.iter().any(|w| w.contains("به تفکیک مرحله")));
    assert!(!persian.iter().any(|w| w.contains("by stage")));
    // A map's own setting wins over its script, and the option over both.
    let mut fa = journeymap::file::parse(BANK_FA).unwrap();
    fa.apply(Edit::SetLanguage(Some(journeymap::i18n::Lang::En)))
        .unwrap();
    let words = export::words(&fa, &options(1, Theme::Light)).unwrap();
    assert!(words.contains(&"Ideal vs real experience, by stage".to_owned()));
}
