//! Sample maps bundled with the application.

/// The map that opens when no file is given: a shoe store's first purchase.
pub const SHOE_STORE: &str = include_str!("../samples/shoe-store.ron");

/// Every bundled sample: its name (in its own language) and its text.
pub const ALL: [(&str, &str); 5] = [
    ("Shoe store: a first pair of running shoes", SHOE_STORE),
    (
        "افتتاح حساب بانکی آنلاین",
        include_str!("../samples/bank-account-fa.ron"),
    ),
    (
        "Telecom: getting an outage fixed",
        include_str!("../samples/telecom-support.ron"),
    ),
    (
        "Service blueprint: a laptop repair, two personas",
        include_str!("../samples/service-blueprint.ron"),
    ),
    (
        "نقشهٔ خدمت: تعمیر لپ‌تاپ، دو پرسونا",
        include_str!("../samples/service-blueprint-fa.ron"),
    ),
];

/// The bundled sample, parsed.
pub fn default_project() -> crate::model::Project {
    // The sample is checked by the test suite; an empty map is the fallback.
    crate::file::parse(SHOE_STORE).unwrap_or_default()
}

/// A generated map with every cell filled: an owner, a 60-character action,
/// two signals and both scores. For benchmarks and stress tests.
pub fn generated(stages: usize, channels: usize) -> crate::model::Project {
    use crate::model::{
        Cause, Cell, CellKey, Channel, ChannelKind, Persona, Polarity, Project, Score, Signal,
        SignalId, Stage, StageId, Tags,
    };
    // Deterministic ids, so runs are comparable.
    let stage_list: Vec<Stage> = (0..stages)
        .map(|i| Stage {
            id: StageId(0x5100_0000 + i as u64),
            name: format!("Stage {}", i + 1),
            description: String::new(),
        })
        .collect();
    let channel_list: Vec<Channel> = (0..channels)
        .map(|j| Channel {
            id: crate::model::ChannelId(0xc400_0000 + j as u64),
            name: format!("Channel {}", j + 1),
            kind: ChannelKind::ALL[j % ChannelKind::ALL.len()],
        })
        .collect();
    let mut cells = Vec::with_capacity(stages * channels);
    let mut signal_id = 0x5160_0000_u64;
    for (i, stage) in stage_list.iter().enumerate() {
        for (j, channel) in channel_list.iter().enumerate() {
            let mut action =
                format!("Step {i}.{j}: answer within one day and confirm the next step");
            action.truncate(60);
            while action.len() < 60 {
                action.push('.');
            }
            let mut signal = |polarity, text: &str, cause| {
                signal_id += 1;
                Signal {
                    id: SignalId(signal_id),
                    polarity,
                    text: text.to_owned(),
                    tags: Tags {
                        cause,
                        principles: Vec::new(),
                    },
                }
            };
            let cell = Cell {
                owner: format!("Team {}", (i + j) % 7 + 1),
                action,
                ideal: Score::new(((i + 2 * j) % 5) as i64 - 2),
                real: Score::new(((2 * i + j) % 5) as i64 - 2),
                signals: vec![
                    signal(Polarity::Positive, "Friendly and quick answer", None),
                    signal(
                        Polarity::Negative,
                        "Had to repeat the order number",
                        Some(Cause::ALL[(i + j) % Cause::ALL.len()]),
                    ),
                ],
                ..Cell::default()
            };
            cells.push((CellKey::new(stage.id, channel.id), cell));
        }
    }
    let persona = Persona {
        name: "Generated".to_owned(),
        ..Persona::default()
    };
    let title = format!("Generated {stages} x {channels} map");
    Project::from_parts(title, persona, stage_list, channel_list, cells).unwrap_or_default()
}

/// [`generated`] with `personas` personas (up to eight) and `lanes` lanes
/// around its grid, for benchmarks: text, emotion and metric lanes in
/// turn, every other one below the channels, a value at every stage (an
/// emotion for every persona), and a line after each of the first three
/// lanes. Deterministic ids.
pub fn generated_with_lanes(
    stages: usize,
    channels: usize,
    personas: usize,
    lanes: usize,
) -> crate::model::Project {
    use crate::model::{
        Amount, Emotion, Lane, LaneCell, LaneId, LaneKey, LaneKind, Line, LineId, Parts, Persona,
        PersonaColour, PersonaId, Row, Score,
    };
    let base = generated(stages, channels);
    let personas: Vec<Persona> = (0..personas.clamp(1, PersonaColour::ALL.len()))
        .map(|i| Persona {
            id: PersonaId(1 + i as u64),
            name: format!("Persona {}", i + 1),
            description: "Generated".to_owned(),
            colour: PersonaColour::ALL[i],
        })
        .collect();
    let lane_list: Vec<Lane> = (0..lanes)
        .map(|i| {
            let kind = LaneKind::ALL[i % LaneKind::ALL.len()];
            let mut lane = Lane::new(format!("Lane {}", i + 1), kind);
            lane.id = LaneId(0x1a00_0000 + i as u64);
            lane.below = i % 2 == 1;
            if kind == LaneKind::Metric {
                lane.unit = "%".to_owned();
                lane.target = Amount::new(50.0);
            }
            lane
        })
        .collect();
    let mut lane_cells = Vec::new();
    for (l, lane) in lane_list.iter().enumerate() {
        for (s, stage) in base.stages.iter().enumerate() {
            let cell = match lane.kind {
                LaneKind::Text => LaneCell {
                    text: format!("Goal {s}.{l}: find out what happens next without calling"),
                    ..LaneCell::default()
                },
                LaneKind::Metric => LaneCell {
                    number: Amount::new(((s * 7 + l * 13) % 100) as f64),
                    ..LaneCell::default()
                },
                LaneKind::Emotion => LaneCell {
                    emotions: personas
                        .iter()
                        .enumerate()
                        .map(|(p, persona)| {
                            let score = Score::new(((s + p + l) % 5) as i64 - 2);
                            let emotion = Emotion {
                                score,
                                note: String::new(),
                            };
                            (persona.id, emotion)
                        })
                        .collect(),
                    ..LaneCell::default()
                },
            };
            lane_cells.push((LaneKey::new(lane.id, stage.id), cell));
        }
    }
    let lines = lane_list
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, lane)| Line {
            id: LineId(0x11e0_0000 + i as u64),
            name: format!("Line {}", i + 1),
            after: Some(Row::Lane(lane.id)),
        })
        .collect();
    Parts {
        title: base.title.clone(),
        personas,
        stages: base.stages.clone(),
        channels: base.channels.clone(),
        cells: base
            .cells_in_order()
            .into_iter()
            .map(|(k, c)| (k, c.clone()))
            .collect(),
        lanes: lane_list,
        lines,
        lane_cells,
    }
    .build()
    .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_lanes_fill_every_stage_for_every_persona() {
        let p = super::generated_with_lanes(10, 8, 8, 10);
        assert_eq!((p.personas.len(), p.lanes.len(), p.lines.len()), (8, 10, 3));
        assert_eq!(p.cell_count(), 80);
        assert_eq!(p.lane_cells_by_id().len(), 100);
        let emotions: usize = p
            .lane_cells_by_id()
            .iter()
            .map(|(_, c)| c.emotions.len())
            .sum();
        // Lanes 2, 5 and 8 are emotion lanes: 3 lanes x 10 stages x 8 personas.
        assert_eq!(emotions, 240);
        assert!(p.check().is_ok());
    }

    #[test]
    fn generated_maps_are_full_and_valid() {
        let p = super::generated(10, 8);
        assert_eq!(p.cell_count(), 80);
        assert!(
            p.cells_in_order()
                .iter()
                .all(|(_, c)| c.action.len() == 60 && c.signals.len() == 2)
        );
        p.check().unwrap();
    }
}
