//! Starting maps for common journeys, in English and Persian: stages,
//! channels and a few example cells to overwrite. Each new map gets fresh
//! ids, so two maps started from one template never collide.

use crate::model::{
    Cell, CellKey, Channel, ChannelKind, Direction, Emotion, Lane, LaneCell, LaneKey, LaneKind,
    Line, Parts, Persona, PersonaColour, Project, Row, Score, Stage, StageId,
};

mod blueprint;
mod data;
pub use data::ALL;

pub use crate::i18n::Lang;

/// Words in both languages.
type Both = (&'static str, &'static str);

fn pick(words: Both, lang: Lang) -> String {
    match lang {
        Lang::En => words.0,
        Lang::Fa => words.1,
    }
    .to_owned()
}

/// One example cell: stage and channel by index, owner, action, ideal, real.
type Example = (usize, usize, Both, Both, i64, i64);

/// A starting map.
pub struct Template {
    /// The name used on the command line: `online-shop`.
    pub id: &'static str,
    pub name: Both,
    title: Both,
    persona: Both,
    stages: &'static [Both],
    channels: &'static [(Both, ChannelKind)],
    examples: &'static [Example],
    /// Personas besides the first.
    others: &'static [Both],
    lanes: &'static [LaneSpec],
    lines: &'static [LineSpec],
}

/// A lane: its name, kind and side, text values (stage, text) and emotions
/// (stage, persona index, score).
pub(crate) struct LaneSpec {
    name: Both,
    kind: LaneKind,
    below: bool,
    texts: &'static [(usize, Both)],
    emotions: &'static [(usize, usize, i64)],
}

/// A divider line below a lane, by index.
pub(crate) struct LineSpec {
    name: Both,
    after_lane: usize,
}

/// The lanes most maps start with: goals, an emotion curve, pain points and
/// opportunities; one value each at the stages given, and the first
/// persona's emotions.
macro_rules! common_lanes {
    ($goal:expr, $pain:expr, $opportunity:expr, $emotions:expr) => {
        &[
            LaneSpec {
                name: ("Goals", "هدف‌ها"),
                kind: LaneKind::Text,
                below: false,
                texts: &[$goal],
                emotions: &[],
            },
            LaneSpec {
                name: ("Emotion", "احساس"),
                kind: LaneKind::Emotion,
                below: false,
                texts: &[],
                emotions: $emotions,
            },
            LaneSpec {
                name: ("Pain points", "نقطه‌های درد"),
                kind: LaneKind::Text,
                below: true,
                texts: &[$pain],
                emotions: &[],
            },
            LaneSpec {
                name: ("Opportunities", "فرصت‌ها"),
                kind: LaneKind::Text,
                below: true,
                texts: &[$opportunity],
                emotions: &[],
            },
        ]
    };
}
pub(crate) use common_lanes;

impl Template {
    /// The template's name in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.name.0,
            Lang::Fa => self.name.1,
        }
    }

    /// A new map from this template, in `lang`, with fresh ids.
    pub fn project(&self, lang: Lang) -> Project {
        let stages: Vec<Stage> = self
            .stages
            .iter()
            .map(|&name| Stage::new(pick(name, lang)))
            .collect();
        let channels: Vec<Channel> = self
            .channels
            .iter()
            .map(|&(name, kind)| Channel::new(pick(name, lang), kind))
            .collect();
        let ids: Vec<StageId> = stages.iter().map(|s| s.id).collect();
        let cells: Vec<(CellKey, Cell)> = self
            .examples
            .iter()
            .map(|&(stage, channel, owner, action, ideal, real)| {
                let key = CellKey::new(ids[stage], channels[channel].id);
                let cell = Cell {
                    owner: pick(owner, lang),
                    action: pick(action, lang),
                    ideal: Score::new(ideal),
                    real: Score::new(real),
                    ..Cell::default()
                };
                (key, cell)
            })
            .collect();
        // "Leila, 31, freelancer": the name, then what she is.
        let persona = |both: Both, persona: Persona| {
            let text = pick(both, lang);
            let (name, description) = text
                .split_once([',', '،'])
                .map_or((text.as_str(), ""), |(n, d)| (n, d));
            Persona {
                name: name.trim().to_owned(),
                description: description.trim().to_owned(),
                ..persona
            }
        };
        let mut personas = vec![persona(self.persona, Persona::default())];
        for (i, &other) in self.others.iter().enumerate() {
            let colour = PersonaColour::ALL[i + 1];
            personas.push(persona(other, Persona::new("", colour)));
        }
        let lanes: Vec<Lane> = self
            .lanes
            .iter()
            .map(|spec| {
                let mut lane = Lane::new(pick(spec.name, lang), spec.kind);
                lane.below = spec.below;
                lane
            })
            .collect();
        let mut lane_cells: Vec<(LaneKey, LaneCell)> = Vec::new();
        for (spec, lane) in self.lanes.iter().zip(&lanes) {
            let mut values: std::collections::BTreeMap<usize, LaneCell> = Default::default();
            for &(stage, text) in spec.texts {
                values.entry(stage).or_default().text = pick(text, lang);
            }
            for &(stage, persona, score) in spec.emotions {
                let emotion = Emotion {
                    score: Score::new(score),
                    note: String::new(),
                };
                values
                    .entry(stage)
                    .or_default()
                    .emotions
                    .insert(personas[persona].id, emotion);
            }
            lane_cells.extend(
                values.into_iter().filter_map(|(stage, cell)| {
                    Some((LaneKey::new(lane.id, *ids.get(stage)?), cell))
                }),
            );
        }
        let lines = self
            .lines
            .iter()
            .map(|spec| {
                let after = lanes.get(spec.after_lane).map(|l| Row::Lane(l.id));
                Line::new(pick(spec.name, lang), after)
            })
            .collect();
        let parts = Parts {
            title: pick(self.title, lang),
            personas,
            stages,
            channels,
            cells,
            lanes,
            lines,
            lane_cells,
        };
        let mut project = parts.build().unwrap_or_default();
        project.direction = Direction::of(&project);
        project
    }
}

/// Finds a template by its command-line name.
pub fn find(id: &str) -> Option<&'static Template> {
    ALL.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::{ALL, Lang, find};

    #[test]
    fn every_template_builds_a_valid_map_in_both_languages() {
        for template in &ALL {
            for lang in [Lang::En, Lang::Fa] {
                let project = template.project(lang);
                assert!(project.stages.len() >= 4, "{}", template.id);
                assert!(project.channels.len() >= 4, "{}", template.id);
                assert!(project.cell_count() >= 3, "{}", template.id);
                let text = crate::file::to_string(&project).unwrap();
                assert_eq!(crate::file::parse(&text).unwrap(), project);
            }
        }
        let en = ALL[0].project(Lang::En);
        let fa = ALL[0].project(Lang::Fa);
        assert_eq!(en.stages[0].name, "Discover");
        assert_eq!(fa.stages[0].name, "آشنایی");
        assert_eq!(en.persona().name, "Nina");
        assert_eq!(en.persona().description, "34, shops on her phone");
        assert_eq!(fa.persona().name, "نگار");
        // Fresh ids for each new map.
        assert_ne!(en.stages[0].id, ALL[0].project(Lang::En).stages[0].id);
        assert!(find("clinic-visit").is_some() && find("nope").is_none());
    }
}
