//! Benchmarks with fixed ids, so results compare over time:
//! `frame/10x8`, `frame/40x25`, `frame/100x100`, `export/10x8_scale2`,
//! `file/load_100x100`, `file/save_100x100`. Run with `cargo bench`.

#![allow(clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use journeymap::samples::generated;
use journeymap::ui::{JourneyApp, StartOptions};

/// One full editor frame at 1600x900: the egui pass of the real app UI plus
/// tessellation, as eframe does before handing meshes to the GPU.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for (stages, channels) in [(10, 8), (40, 25), (100, 100)] {
        let ctx = egui::Context::default();
        let mut app = JourneyApp::new(
            &ctx,
            StartOptions {
                project: Some(generated(stages, channels)),
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
        group.bench_function(format!("{stages}x{channels}"), |b| {
            b.iter(|| black_box(run()));
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = frame, export, file
}
criterion_main!(benches);
