//! Building a service blueprint in the editor from a blank map, once with
//! the mouse and once with the keyboard alone: stages, a channel, lanes of
//! each kind, a divider line, a second persona, emotions, reordering, undo
//! one step at a time, and copy/paste of a lane value.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use eframe::egui::{self, Event, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use journeymap::model::{LaneKey, LaneKind, Project, Row, Score};
use journeymap::ui::{JourneyApp, Selection};

use common::{blank, drag, type_text};

fn enter(harness: &mut Harness<'_, JourneyApp>) {
    harness.key_press(Key::Enter);
    harness.run_steps(2);
}

fn shortcut(harness: &mut Harness<'_, JourneyApp>, key: Key) {
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, key);
    harness.run_steps(3);
}

fn row_names(project: &Project) -> Vec<String> {
    project
        .rows()
        .into_iter()
        .map(|r| project.row_name(r).to_owned())
        .collect()
}

fn emotion(project: &Project, lane: &str, stage: usize, persona: usize) -> Option<i8> {
    let lane = project.lanes.iter().find(|l| l.name == lane)?;
    let key = LaneKey::new(lane.id, project.stages[stage].id);
    let persona = project.personas[persona].id;
    project
        .lane_cell(key)?
        .emotions
        .get(&persona)?
        .score
        .map(Score::value)
}

fn centre(harness: &Harness<'_, JourneyApp>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

#[test]
fn a_blueprint_built_with_the_keyboard_alone() {
    let mut harness = blank();
    // Stages and a channel, each named in place as it is added.
    for name in ["Book", "Repair"] {
        shortcut(&mut harness, Key::T);
        type_text(&mut harness, name);
        enter(&mut harness);
    }
    shortcut(&mut harness, Key::R);
    type_text(&mut harness, "Website");
    enter(&mut harness);
    // A text lane, an emotion lane and a metric lane, then a line below
    // the selected lane.
    shortcut(&mut harness, Key::L);
    type_text(&mut harness, "Customer actions");
    enter(&mut harness);
    shortcut(&mut harness, Key::E);
    type_text(&mut harness, "Feeling");
    enter(&mut harness);
    shortcut(&mut harness, Key::D);
    type_text(&mut harness, "Line of interaction");
    enter(&mut harness);
    shortcut(&mut harness, Key::M);
    type_text(&mut harness, "NPS");
    enter(&mut harness);
    // A second persona, its name typed over the one it was given.
    shortcut(&mut harness, Key::P);
    type_text(&mut harness, "Omid");
    harness.key_press(Key::Escape);
    harness.run_steps(2);

    let project = harness.state().project().clone();
    assert_eq!(
        project
            .stages
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>(),
        ["Book", "Repair"]
    );
    assert_eq!(
        row_names(&project),
        ["Customer actions", "Feeling", "NPS", "Website"]
    );
    let kinds: Vec<LaneKind> = project.lanes.iter().map(|l| l.kind).collect();
    assert_eq!(kinds, [LaneKind::Text, LaneKind::Emotion, LaneKind::Metric]);
    let line = &project.lines[0];
    assert_eq!(line.name, "Line of interaction");
    assert_eq!(project.row_name(line.after.unwrap()), "Feeling");
    assert_eq!(project.personas.len(), 2);
    assert_eq!(project.personas[1].name, "Omid");

    // Arrows reach the emotion lane's first value; 1–5 set the first
    // persona's emotion (-2..+2); P shows the next persona, whose emotion
    // the keys then set.
    harness.state_mut().selection = Selection::Cell(journeymap::model::CellKey::new(
        project.stages[0].id,
        project.channels[0].id,
    ));
    harness.run_steps(1);
    for key in [Key::ArrowUp, Key::ArrowUp] {
        harness.key_press(key);
        harness.run_steps(1);
    }
    let feeling = project.lanes[1].id;
    assert_eq!(
        harness.state().selection,
        Selection::LaneCell(LaneKey::new(feeling, project.stages[0].id))
    );
    harness.key_press(Key::Num5);
    harness.run_steps(2);
    harness.key_press(Key::P);
    harness.run_steps(1);
    harness.key_press(Key::P);
    harness.run_steps(1);
    harness.key_press(Key::Num2);
    harness.run_steps(2);
    let project = harness.state().project().clone();
    assert_eq!(emotion(&project, "Feeling", 0, 0), Some(2));
    assert_eq!(emotion(&project, "Feeling", 0, 1), Some(-1));
    assert_eq!(
        harness.state().persona_filter(),
        Some(project.personas[1].id)
    );

    // Alt+Down moves the selected lane below the metric lane; Alt+Up back.
    harness.state_mut().selection = Selection::Lane(feeling);
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run_steps(2);
    assert_eq!(
        row_names(harness.state().project()),
        ["Customer actions", "NPS", "Feeling", "Website"]
    );
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run_steps(2);
    assert_eq!(
        row_names(harness.state().project()),
        ["Customer actions", "Feeling", "NPS", "Website"]
    );

    // Each step undoes alone: the two moves, then Omid's emotion.
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run_steps(1);
    }
    let project = harness.state().project().clone();
    assert_eq!(emotion(&project, "Feeling", 0, 1), None);
    assert_eq!(emotion(&project, "Feeling", 0, 0), Some(2));
    assert_eq!(project.lanes[1].name, "Feeling");
}

#[test]
fn a_blueprint_built_with_the_mouse() {
    let mut harness = blank();
    for name in ["Book", "Repair"] {
        harness.get_by_label("Add a stage").click();
        harness.run_steps(2);
        type_text(&mut harness, name);
        enter(&mut harness);
    }
    // "+ Add…" under the rows offers a channel, each lane kind and a line.
    for (item, name) in [
        ("Channel", "Website"),
        ("Text lane", "Backstage"),
        ("Emotion lane", "Feeling"),
    ] {
        harness.get_by_label("+ Add…").click();
        harness.run_steps(2);
        harness.get_by_label(item).click();
        harness.run_steps(2);
        type_text(&mut harness, name);
        enter(&mut harness);
    }
    let project = harness.state().project().clone();
    assert_eq!(row_names(&project), ["Backstage", "Feeling", "Website"]);

    // Dragging the Backstage header below the Website channel puts it
    // below the channels.
    let from = centre(&harness, "Lane Backstage");
    let website = harness.get_by_label("Channel Website").rect();
    drag(
        &mut harness,
        from,
        egui::pos2(website.center().x, website.bottom() - 8.0),
    );
    let project = harness.state().project().clone();
    assert_eq!(row_names(&project), ["Feeling", "Website", "Backstage"]);
    assert!(
        project
            .lanes
            .iter()
            .find(|l| l.name == "Backstage")
            .unwrap()
            .below
    );

    // A line below the Feeling lane, from its header's menu.
    harness.get_by_label("Lane Feeling").click_secondary();
    harness.run_steps(2);
    harness.get_by_label("Add divider line below").click();
    harness.run_steps(2);
    type_text(&mut harness, "Line of interaction");
    enter(&mut harness);
    let project = harness.state().project().clone();
    let line = &project.lines[0];
    assert_eq!(line.name, "Line of interaction");
    assert_eq!(line.after, Some(Row::Lane(project.lanes[0].id)));

    // A second persona from the Edit menu.
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Add persona").click();
    harness.run_steps(2);
    type_text(&mut harness, "Omid");
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    assert_eq!(harness.state().project().personas[1].name, "Omid");

    // A double click in the emotion lane's value sets the first persona's
    // score where it lands (the top: +2); dragging the point down to the
    // bottom sets -2.
    let value = harness.get_by_label_contains("Feeling × Book:").rect();
    let top = egui::pos2(value.center().x, value.top() + value.height() * 0.17);
    // The test's frames are half a second apart: longer than a double
    // click's two clicks may be.
    harness
        .ctx
        .options_mut(|o| o.input_options.max_double_click_delay = 2.0);
    for _ in 0..2 {
        harness.hover_at(top);
        harness.step();
        harness.event(Event::PointerButton {
            pos: top,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        harness.step();
        harness.event(Event::PointerButton {
            pos: top,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
        harness.step();
    }
    harness.run_steps(2);
    let project = harness.state().project().clone();
    assert_eq!(emotion(&project, "Feeling", 0, 0), Some(2));
    // The point, not the lane value that names it.
    let slider = egui_kittest::kittest::by()
        .label_contains(": +2")
        .role(egui::accesskit::Role::Slider);
    let point = harness.get(slider).rect().center();
    let bottom = egui::pos2(point.x, value.bottom() - value.height() * 0.17);
    drag(&mut harness, point, bottom);
    let project = harness.state().project().clone();
    assert_eq!(emotion(&project, "Feeling", 0, 0), Some(-2));
    // One undo puts the point back where it was.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(emotion(harness.state().project(), "Feeling", 0, 0), Some(2));

    // A lane value typed in the inspector, copied, and pasted into the
    // next stage.
    harness.get_by_label_contains("Backstage × Book:").click();
    harness.run_steps(2);
    let project = harness.state().project().clone();
    let backstage = project
        .lanes
        .iter()
        .find(|l| l.name == "Backstage")
        .unwrap()
        .id;
    let (book, repair) = (project.stages[0].id, project.stages[1].id);
    assert_eq!(
        harness.state().selection,
        Selection::LaneCell(LaneKey::new(backstage, book))
    );
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    type_text(&mut harness, "Technician runs tests");
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::C);
    harness.run_steps(1);
    harness.get_by_label_contains("Backstage × Repair:").click();
    harness.run_steps(2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::V);
    harness.run_steps(2);
    let project = harness.state().project().clone();
    for stage in [book, repair] {
        let value = project.lane_cell(LaneKey::new(backstage, stage)).unwrap();
        assert_eq!(value.text, "Technician runs tests");
    }
}
