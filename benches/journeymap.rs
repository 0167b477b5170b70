//! Benchmarks with fixed ids, so results compare over time:
//! `frame/10x8`, `frame/40x25`, `frame/100x100`, `frame/10x8_lanes` (8
//! personas and 10 lanes around a 10x8 grid), `export/10x8_scale2`,
//! `export/10x8_lanes_scale2`, `export/30x20_scale2`, `export/10x8_pdf`, `file/load_100x100`, `file/save_100x100`, `fields/*`, which compare
//! the editor's text field with egui's `TextEdit`, and `many/*`, lists of
//! 100,000 items read and merged. Run with `cargo bench`.

#![allow(clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use journeymap::samples::{generated, generated_with_lanes};
use journeymap::ui::{JourneyApp, StartOptions};

/// One full editor frame at 1600x900: the egui pass of the real app UI plus
/// tessellation, as eframe does before handing meshes to the GPU.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    // The last two with a screen reader listening: every cell of the map
    // is then a node of the accessibility tree, on screen or not.
    let maps = [
        ("10x8", generated(10, 8), false),
        ("40x25", generated(40, 25), false),
        ("100x100", generated(100, 100), false),
        ("10x8_lanes", generated_with_lanes(10, 8, 8, 10), false),
        ("10x8_screen_reader", generated(10, 8), true),
        ("40x25_screen_reader", generated(40, 25), true),
    ];
    for (name, project, reader) in maps {
        let ctx = egui::Context::default();
        if reader {
            ctx.enable_accesskit();
        }
        let mut app = JourneyApp::new(
            &ctx,
            StartOptions {
                project: Some(project),
                recovery_dir: None,
                ..StartOptions::default()
            },
        );
        let mut frame = eframe::Frame::_new_kittest();
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1600.0, 900.0),
            )),
            ..Default::default()
        };
        let mut run = || {
            let output = ctx.run_ui(input(), |ui| eframe::App::ui(&mut app, ui, &mut frame));
            ctx.tessellate(output.shapes, output.pixels_per_point)
        };
        // Fonts, atlas and galley caches warm up in the first frames.
        for _ in 0..5 {
            run();
        }
        group.bench_function(name, |b| {
            b.iter(|| black_box(run()));
        });
    }
    group.finish();
}

const ENGLISH: [&str; 4] = [
    "Call centre team",
    "Answer within one working day and say who owns the case",
    "Customers wait on hold and give up; some call three times before anyone picks up the phone.",
    "Store manager",
];

const PERSIAN: [&str; 4] = [
    "تیم فروش",
    "تماس با (Call center) ساعت 9 تا ۱۷",
    "مشتری پس از ثبت سفارش ۱۲۳۴ پیامک تایید دریافت می‌کند و اگر تا دو روز خبری نشود تماس می‌گیرد.",
    "قیمت: ۲٬۵۰۰٬۰۰۰ ریال!",
];

/// A panel of twelve fields like the inspector's (a third multiline), in one
/// of the two widgets. `type_in` types a letter into the first multiline
/// field and deletes it again, two frames per iteration.
fn fields(c: &mut Criterion) {
    use journeymap::ui::text_field::TextField;
    let mut group = c.benchmark_group("fields");
    for (name, texts, ours, type_in) in [
        ("text_edit_english", ENGLISH, false, false),
        ("text_field_english", ENGLISH, true, false),
        ("text_field_persian", PERSIAN, true, false),
        ("text_edit_typing_english", ENGLISH, false, true),
        ("text_field_typing_english", ENGLISH, true, true),
        ("text_field_typing_persian", PERSIAN, true, true),
    ] {
        let ctx = egui::Context::default();
        journeymap::ui::fonts::install(&ctx);
        let mut texts: Vec<String> = (0..12).map(|i| texts[i % 4].to_owned()).collect();
        let mut focus = type_in;
        let mut run = |events: Vec<egui::Event>| {
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(400.0, 900.0),
                )),
                events,
                ..Default::default()
            };
            let output = ctx.run_ui(input, |ui| {
                for (i, text) in texts.iter_mut().enumerate() {
                    let multiline = i % 3 == 2;
                    let response = if ours {
                        let field = TextField::new(text).id_salt(i).desired_width(f32::INFINITY);
                        ui.add(if multiline { field.multiline() } else { field })
                    } else {
                        let field = if multiline {
                            egui::TextEdit::multiline(text)
                        } else {
                            egui::TextEdit::singleline(text)
                        };
                        ui.add(field.id_salt(i).desired_width(f32::INFINITY))
                    };
                    if focus && multiline {
                        response.request_focus();
                        focus = false;
                    }
                }
            });
            ctx.tessellate(output.shapes, output.pixels_per_point)
        };
        for _ in 0..5 {
            run(Vec::new());
        }
        let backspace = egui::Event::Key {
            key: egui::Key::Backspace,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        };
        group.bench_function(name, |b| {
            b.iter(|| {
                if type_in {
                    black_box(run(vec![egui::Event::Text("a".to_owned())]));
                    black_box(run(vec![backspace.clone()]))
                } else {
                    black_box(run(Vec::new()))
                }
            });
        });
    }
    group.finish();
}

fn export(c: &mut Criterion) {
    let project = generated(10, 8);
    let options = journeymap::export::Options {
        scale: 2,
        ..Default::default()
    };
    c.bench_function("export/10x8_scale2", |b| {
        b.iter(|| black_box(journeymap::export::png(&project, &options).expect("renders")));
    });
    let lanes = generated_with_lanes(10, 8, 8, 10);
    c.bench_function("export/10x8_lanes_scale2", |b| {
        b.iter(|| black_box(journeymap::export::png(&lanes, &options).expect("renders")));
    });
    c.bench_function("export/10x8_pdf", |b| {
        b.iter(|| black_box(journeymap::export::pdf(&project, &options).expect("writes")));
    });
    let big = generated(30, 20);
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("30x20_scale2", |b| {
        b.iter(|| black_box(journeymap::export::png(&big, &options).expect("renders")));
    });
    group.finish();
}

fn file(c: &mut Criterion) {
    let project = generated(100, 100);
    let text = journeymap::file::to_string(&project).expect("serializes");
    c.bench_function("file/load_100x100", |b| {
        b.iter(|| black_box(journeymap::file::parse(black_box(&text)).expect("parses")));
    });
    c.bench_function("file/save_100x100", |b| {
        b.iter(|| black_box(journeymap::file::to_string(black_box(&project))));
    });
}

/// 100,000 items in one list, where each used to be looked up by a scan:
/// a CSV of one stage and 100k channels, a diagram with 100k actors, a
/// merge of 100k channels, and a merge of one cell with 100k signals.
fn many(c: &mut Criterion) {
    use journeymap::model::{Cell, CellKey, Polarity, Project, Signal};
    const N: usize = 100_000;
    let mut group = c.benchmark_group("many");
    group.sample_size(10);

    let mut csv = String::from("stage,channel,action\n");
    let mut mermaid = String::from("journey\n  section Visit\n");
    for i in 0..N {
        csv.push_str(&format!("Visit,Channel {i},Call back {i}\n"));
        mermaid.push_str(&format!("    Call back {i}: 3: Actor {i}\n"));
    }
    group.bench_function("csv_import_1x100k", |b| {
        b.iter(|| black_box(journeymap::csv_in::parse(&csv, "big").expect("reads")));
    });
    group.bench_function("mermaid_100k_actors", |b| {
        b.iter(|| black_box(journeymap::mermaid::parse(&mermaid).expect("reads")));
    });

    let (channels_map, _) = journeymap::csv_in::parse(&csv, "big").expect("reads");
    // Each side renames a different tenth of the channels.
    let rename = |project: &Project, from: usize| {
        let mut side = project.clone();
        for channel in side.channels.iter_mut().skip(from).step_by(10) {
            channel.name.push('!');
        }
        side
    };
    let (ours, theirs) = (rename(&channels_map, 0), rename(&channels_map, 5));
    group.bench_function("merge_1x100k_channels", |b| {
        b.iter(|| {
            black_box(journeymap::merge::merge(&channels_map, &ours, &theirs).expect("merges"))
        });
    });

    let small = generated(1, 1);
    let at = CellKey::new(small.stages[0].id, small.channels[0].id);
    let with_signals = |count: usize| {
        let cell = Cell {
            signals: (0..count)
                .map(|i| Signal::new(Polarity::Negative, format!("Waited {i} minutes")))
                .collect(),
            ..Cell::default()
        };
        Project::from_parts(
            small.title.clone(),
            small.persona().clone(),
            small.stages.clone(),
            small.channels.clone(),
            [(at, cell)],
        )
        .expect("valid")
    };
    let base = with_signals(N);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    for (side, skip) in [(&mut ours, 0), (&mut theirs, 1)] {
        let mut cell = side.cell(at).cloned().expect("filled");
        for signal in cell.signals.iter_mut().skip(skip).step_by(2) {
            signal.text.push('!');
        }
        *side = Project::from_parts(
            side.title.clone(),
            side.persona().clone(),
            side.stages.clone(),
            side.channels.clone(),
            [(at, cell)],
        )
        .expect("valid");
    }
    group.bench_function("merge_100k_signals", |b| {
        b.iter(|| black_box(journeymap::merge::merge(&base, &ours, &theirs).expect("merges")));
    });
    group.finish();
}

/// A Qualtrics export of a million answers about the shoe store's cells
/// (three header rows, a date, stage, channel and a 0..10 answer), counted
/// into NPS per cell: the whole of `journeymap measure` but the map's file.
fn survey(c: &mut Criterion) {
    use std::io::Write as _;
    const ROWS: usize = 1_000_000;
    let project = journeymap::file::parse(journeymap::samples::SHOE_STORE).expect("the sample");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("survey.csv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("writes"));
    writeln!(out, "RecordedDate,Stage,Channel,Q5").expect("writes");
    writeln!(
        out,
        "Recorded Date,Which stage?,Which channel?,How likely are you to recommend us?"
    )
    .expect("writes");
    writeln!(out, "\"{{\"\"ImportId\"\":\"\"recordedDate\"\"}}\",\"{{\"\"ImportId\"\":\"\"QID1\"\"}}\",\"{{\"\"ImportId\"\":\"\"QID2\"\"}}\",\"{{\"\"ImportId\"\":\"\"QID5\"\"}}\"").expect("writes");
    for i in 0..ROWS {
        let stage = &project.stages[i % project.stages.len()].name;
        let channel = &project.channels[(i / 7) % project.channels.len()].name;
        writeln!(
            out,
            "2026-{:02}-{:02} 10:{:02}:00,{stage},{channel},{}",
            1 + i % 12,
            1 + i % 28,
            i % 60,
            i % 11
        )
        .expect("writes");
    }
    out.flush().expect("writes");
    drop(out);
    let options = journeymap::measure::Options::default();
    let mut group = c.benchmark_group("measure");
    group.sample_size(10);
    group.bench_function("qualtrics_1m_rows", |b| {
        b.iter(|| {
            let measured =
                journeymap::measure::measure(&project, &path, &options).expect("measures");
            assert_eq!(measured.report.counted, ROWS as u64);
            black_box(measured)
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = frame, fields, export, file, many, survey
}
criterion_main!(benches);
