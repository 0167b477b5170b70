//! Persian and mixed-direction text typed into the inspector, checked the
//! way a reader sees it: where each character lands on screen, where the
//! caret goes, and where typed text goes. The expected visual order comes
//! from `unicode-bidi`, an implementation of UAX #9 independent of the
//! field's own layout engine.

#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui::{self, Key, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::CellKey;
use journeymap::ui::JourneyApp;
use journeymap::ui::text_field::{Shown, shown};
use unicode_bidi::BidiInfo;

const LINES: [&str; 4] = [
    "سفارش ۱۲۳۴ ثبت شد",
    "تماس با (Call center) ساعت 9 تا ۱۷",
    "Owner: تیم فروش",
    "قیمت: ۲٬۵۰۰٬۰۰۰ ریال!",
];

/// Long enough to wrap in the inspector's Action field.
const PARAGRAPH: &str = "مشتری پس از ثبت سفارش پیامک تایید دریافت می‌کند و اگر تا دو روز کاری خبری نشود با پشتیبانی تماس می‌گیرد";

/// The app with the Action field of an empty cell focused; its field id.
fn action_field() -> (Harness<'static, JourneyApp>, CellKey, egui::Id) {
    let mut harness = common::app_sized(1600.0, 1000.0, common::options());
    harness
        .get_by_label_contains("Cell Awareness × Phone:")
        .click();
    harness.run_steps(2);
    let project = harness.state().project().clone();
    let stage = project.stages.iter().find(|s| s.name == "Awareness");
    let channel = project.channels.iter().find(|c| c.name == "Phone");
    let at = CellKey {
        stage: stage.unwrap().id,
        channel: channel.unwrap().id,
    };
    assert!(project.cell(at).is_none(), "the cell starts empty");
    harness.get_by_label("Action").click();
    harness.run_steps(2);
    let id = harness
        .ctx
        .memory(egui::Memory::focused)
        .expect("the Action field has focus");
    (harness, at, id)
}

fn stored(harness: &Harness<'_, JourneyApp>, at: CellKey) -> String {
    let project = harness.state().project();
    project
        .cell(at)
        .map(|c| c.action.clone())
        .unwrap_or_default()
}

fn type_chars(harness: &mut Harness<'_, JourneyApp>, text: &str) {
    for c in text.chars() {
        harness.event(egui::Event::Text(c.to_string()));
        harness.step();
    }
    harness.run_steps(1);
}

fn press(harness: &mut Harness<'_, JourneyApp>, key: Key) {
    harness.key_press(key);
    harness.step();
}

fn now(harness: &Harness<'_, JourneyApp>, id: egui::Id) -> Shown {
    shown(&harness.ctx, id).expect("the field is on screen")
}

/// Byte indices of `text`'s characters from left to right on each line, as
/// UAX #9 orders them, for a paragraph broken into `lines` (byte ranges).
fn expected_visual_order(text: &str, lines: &[std::ops::Range<usize>]) -> Vec<Vec<usize>> {
    let info = BidiInfo::new(text, None);
    let paragraph = &info.paragraphs[0];
    lines
        .iter()
        .map(|line| {
            let (levels, runs) = info.visual_runs(paragraph, line.clone());
            runs.into_iter()
                .flat_map(|run| {
                    let mut chars: Vec<usize> = text[run.clone()]
                        .char_indices()
                        .map(|(i, _)| run.start + i)
                        .collect();
                    if levels[run.start].is_rtl() {
                        chars.reverse();
                    }
                    chars
                })
                .filter(|&i| !text[i..].starts_with(char::is_whitespace))
                .collect()
        })
        .collect()
}

/// What the field shows, left to right on each line, without spaces (a
/// space at a line break has no place of its own).
fn shown_visual_order(text: &str, shown: &Shown) -> Vec<Vec<usize>> {
    let lines = shown.chars.iter().map(|c| c.2).max().map_or(0, |n| n + 1);
    let expected = expected_visual_order(text, &line_ranges(text, shown));
    (0..lines)
        .map(|line| {
            let mut chars: Vec<(f32, usize, usize)> = shown
                .chars
                .iter()
                .filter(|c| c.2 == line && !text[c.0..].starts_with(char::is_whitespace))
                // Characters of one cluster share a centre; order them as expected.
                .map(|c| {
                    let rank = expected[line].iter().position(|&i| i == c.0);
                    (c.1, rank.unwrap_or(usize::MAX), c.0)
                })
                .collect();
            chars.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            chars.into_iter().map(|c| c.2).collect()
        })
        .collect()
}

/// Each shown line's byte range.
fn line_ranges(text: &str, shown: &Shown) -> Vec<std::ops::Range<usize>> {
    let lines = shown.chars.iter().map(|c| c.2).max().map_or(0, |n| n + 1);
    (0..lines)
        .map(|line| {
            let mine = shown.chars.iter().filter(|c| c.2 == line).map(|c| c.0);
            let start = mine.clone().min().unwrap_or(0);
            let end = mine.max().map_or(start, |i| {
                i + text[i..].chars().next().map_or(0, char::len_utf8)
            });
            start..end
        })
        .collect()
}

/// Presses `key` until the caret stops moving; the caret positions passed.
fn walk(harness: &mut Harness<'_, JourneyApp>, id: egui::Id, key: Key) -> Vec<(usize, f32)> {
    let mut visited = vec![now(harness, id).caret.expect("a caret")];
    for _ in 0..200 {
        press(harness, key);
        let caret = now(harness, id).caret.expect("a caret");
        if visited.last() == Some(&caret) {
            break;
        }
        visited.push(caret);
    }
    visited
}

fn check_line(line: &str) {
    let (mut harness, at, id) = action_field();
    type_chars(&mut harness, line);
    assert_eq!(
        stored(&harness, at),
        line,
        "the stored text is what was typed"
    );

    let field = now(&harness, id);
    assert_eq!(field.text, line);
    assert_eq!(
        shown_visual_order(line, &field),
        expected_visual_order(line, &line_ranges(line, &field)),
        "characters of «{line}» appear in UAX #9 visual order"
    );

    // From the visual left end, Right passes every caret position, left to right.
    walk(&mut harness, id, Key::ArrowLeft);
    let right = walk(&mut harness, id, Key::ArrowRight);
    let positions = line.chars().count() + 1;
    assert_eq!(
        right.len(),
        positions,
        "every caret position of «{line}»: {right:?}"
    );
    assert!(
        right.windows(2).all(|w| w[1].1 > w[0].1),
        "Right moves the caret right: {right:?}"
    );
    let left = walk(&mut harness, id, Key::ArrowLeft);
    assert_eq!(left.len(), positions);
    assert!(
        left.windows(2).all(|w| w[1].1 < w[0].1),
        "Left moves the caret left: {left:?}"
    );

    // Typing at each caret position inserts at the index the caret stands for.
    for (step, &(index, _)) in right.iter().enumerate() {
        walk(&mut harness, id, Key::ArrowLeft);
        for _ in 0..step {
            press(&mut harness, Key::ArrowRight);
        }
        assert_eq!(now(&harness, id).caret.map(|c| c.0), Some(index));
        type_chars(&mut harness, "#");
        let mut expected = line.to_owned();
        expected.insert(index, '#');
        assert_eq!(stored(&harness, at), expected, "typed at caret {step}");
        press(&mut harness, Key::Backspace);
        harness.run_steps(1);
        assert_eq!(stored(&harness, at), line);
    }
}

#[test]
fn rtl_persian_with_persian_digits() {
    check_line(LINES[0]);
}

#[test]
fn rtl_persian_with_english_in_brackets_and_digits() {
    check_line(LINES[1]);
}

#[test]
fn rtl_english_label_then_persian() {
    check_line(LINES[2]);
}

#[test]
fn rtl_price_with_separators_and_punctuation() {
    check_line(LINES[3]);
}

#[test]
fn rtl_wrapped_paragraph_keeps_logical_line_order() {
    let (mut harness, at, id) = action_field();
    type_chars(&mut harness, PARAGRAPH);
    assert_eq!(stored(&harness, at), PARAGRAPH);
    let field = now(&harness, id);
    let ranges = line_ranges(PARAGRAPH, &field);
    assert!(ranges.len() >= 2, "the paragraph wraps: {ranges:?}");
    // Lines come in logical order, top to bottom, and cover the text once.
    assert!(
        ranges.windows(2).all(|w| w[0].end <= w[1].start),
        "{ranges:?}"
    );
    assert_eq!(
        shown_visual_order(PARAGRAPH, &field),
        expected_visual_order(PARAGRAPH, &ranges),
    );
    // The first line is right-aligned: its first word is at the right edge.
    let right_edge = field.chars.iter().map(|c| c.1).fold(f32::MIN, f32::max);
    let first = field.chars.first().map(|c| c.1).unwrap_or_default();
    assert!(
        right_edge - first < 20.0,
        "the first letter is at the right"
    );

    // On each visual line, Right passes every caret position of the line,
    // from its left end to its right end.
    for (i, line) in ranges.iter().enumerate() {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Home);
        harness.step();
        for _ in 0..i {
            press(&mut harness, Key::ArrowDown);
        }
        // End goes to the logical end of the line: its left end, in Persian.
        press(&mut harness, Key::End);
        let right = walk_line(&mut harness, id, Key::ArrowRight);
        // A zero-width non-joiner belongs to the letter before it.
        let text = PARAGRAPH[line.clone()].trim_end();
        let chars = text.chars().filter(|&c| c != '\u{200C}').count();
        assert!(
            right.len() > chars,
            "line {i} has {chars} characters, Right passed {right:?}"
        );
    }
}

/// Presses Right while the caret moves right on its visual line; the caret
/// positions passed. (Past a line's right end, the caret goes to the next line.)
fn walk_line(harness: &mut Harness<'_, JourneyApp>, id: egui::Id, key: Key) -> Vec<(usize, f32)> {
    let mut visited = vec![now(harness, id).caret.expect("a caret")];
    for _ in 0..400 {
        press(harness, key);
        let caret = now(harness, id).caret.expect("a caret");
        let last = visited.last().map_or(0.0, |c| c.1);
        if caret.1 <= last {
            break;
        }
        visited.push(caret);
    }
    visited
}

#[test]
fn rtl_click_in_the_middle_puts_the_caret_under_the_pointer() {
    let line = LINES[1];
    let (mut harness, at, id) = action_field();
    type_chars(&mut harness, line);
    assert_eq!(stored(&harness, at), line);
    let field = now(&harness, id);
    // The character nearest the middle of the visual line.
    let left = field.chars.iter().map(|c| c.1).fold(f32::MAX, f32::min);
    let right = field.chars.iter().map(|c| c.1).fold(f32::MIN, f32::max);
    let middle = (left + right) / 2.0;
    let (index, centre, _) = *field
        .chars
        .iter()
        .filter(|c| !line[c.0..].starts_with(' '))
        .min_by(|a, b| (a.1 - middle).abs().total_cmp(&(b.1 - middle).abs()))
        .unwrap();
    let c = line[index..].chars().next().unwrap_or_default();
    let rtl = BidiInfo::new(line, None).levels[index].is_rtl();
    let y = harness.get_by_label("Action").rect().center().y;

    // Just left of the character's centre: the caret goes to its left side.
    let pos = Pos2::new(centre - 1.5, y);
    harness.hover_at(pos);
    harness.step();
    harness.drag_at(pos);
    harness.step();
    harness.drop_at(pos);
    harness.run_steps(2);
    let caret = now(&harness, id).caret.map(|c| c.0);
    let expected = if rtl { index + c.len_utf8() } else { index };
    assert_eq!(
        caret,
        Some(expected),
        "clicked on the left half of «{c}» at byte {index}"
    );
    // And typing goes there.
    type_chars(&mut harness, "#");
    let mut typed = line.to_owned();
    typed.insert(expected, '#');
    assert_eq!(stored(&harness, at), typed);
}

#[test]
fn rtl_selection_is_a_logical_range_and_copies_in_logical_order() {
    let line = LINES[1];
    let (mut harness, _, id) = action_field();
    type_chars(&mut harness, line);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Home);
    harness.step();
    // Select the first two words logically: they sit at the right.
    for _ in 0.."تماس با".chars().count() {
        harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::ArrowLeft);
        harness.step();
    }
    harness.run_steps(1);
    let field = now(&harness, id);
    assert!(!field.selection.is_empty(), "the selection is shown");
    harness.event(egui::Event::Copy);
    harness.run_steps(1);
    let copied = harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        });
    assert_eq!(copied.as_deref(), Some("تماس با"));
}

#[test]
fn rtl_ctrl_z_in_a_field_undoes_its_typing_as_one_step() {
    let (mut harness, at, _) = action_field();
    type_chars(&mut harness, LINES[0]);
    assert_eq!(stored(&harness, at), LINES[0]);
    // Screen readers see the field by its label, with its text as value.
    assert_eq!(
        harness.get_by_label("Action").value().as_deref(),
        Some(LINES[0])
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(
        stored(&harness, at),
        "",
        "one undo step takes back the typing"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Z);
    harness.run_steps(2);
    assert_eq!(stored(&harness, at), LINES[0], "and redo brings it back");
}

#[test]
fn rtl_ime_composition_shows_while_composing_and_stores_the_commit() {
    let (mut harness, at, id) = action_field();
    type_chars(&mut harness, "سفارش ");
    let ime = |h: &mut Harness<'_, JourneyApp>, event: egui::ImeEvent| {
        h.event(egui::Event::Ime(event));
        h.run_steps(1);
    };
    ime(
        &mut harness,
        egui::ImeEvent::Preedit {
            text: "ثب".to_owned(),
            active_range_chars: None,
        },
    );
    assert_eq!(
        now(&harness, id).text,
        "سفارش ثب",
        "the composition is shown"
    );
    assert_eq!(stored(&harness, at), "سفارش ", "but not stored yet");
    ime(&mut harness, egui::ImeEvent::Commit("ثبت".to_owned()));
    assert_eq!(stored(&harness, at), "سفارش ثبت");
    assert_eq!(
        now(&harness, id).caret.map(|c| c.0),
        Some("سفارش ثبت".len())
    );
}

/// With no system file dialog, Save As uses the editor's own browser; its
/// boxes are the same field, so a Persian folder and file name work.
#[test]
fn rtl_the_built_in_file_browser_takes_persian_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.ron");
    std::fs::write(&path, include_str!("../samples/telecom-support.ron")).unwrap();
    std::fs::create_dir(dir.path().join("نقشه‌ها")).unwrap();
    let mut harness = common::app_sized(
        1600.0,
        1000.0,
        journeymap::ui::StartOptions {
            file: Some(path.clone()),
            dialogs: Box::new(common::NoDialogs),
            ..common::options()
        },
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::S);
    harness.run_steps(3);
    assert_eq!(
        harness.get_by_label("File name:").value().as_deref(),
        Some("shared.ron")
    );
    // A click on a folder enters it.
    harness.get_by_label("نقشه‌ها/").click();
    harness.run_steps(2);
    harness.get_by_label("File name:").click();
    harness.run_steps(2);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.step();
    type_chars(&mut harness, "سفر مشتری ۱۴۰۵.ron");
    assert_eq!(
        harness.get_by_label("File name:").value().as_deref(),
        Some("سفر مشتری ۱۴۰۵.ron")
    );
    press(&mut harness, Key::Enter);
    harness.run_steps(3);
    let saved = dir.path().join("نقشه‌ها").join("سفر مشتری ۱۴۰۵.ron");
    assert!(
        journeymap::file::load(&saved).is_ok(),
        "saved under the typed name"
    );
    assert!(!harness.state().is_dirty());
}
