//! What the personas' emotion curves say: each persona's emotion at each
//! stage, where two personas feel most differently, and where a persona's
//! emotion parts most from what the channels' real scores say.

use super::StageScores;
use crate::model::{LaneKey, LaneKind, Project};

/// One persona's emotion at every stage: the mean of its scores on the
/// emotion lanes it is drawn on, `None` where it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    /// The persona's index in the map's list.
    pub persona: usize,
    pub emotion: Vec<Option<f32>>,
}

/// Two personas' emotions at a stage, and how far apart they are.
#[derive(Clone, Debug, PartialEq)]
pub struct Apart {
    pub a: (usize, f32),
    pub b: (usize, f32),
}

impl Apart {
    pub fn distance(&self) -> f32 {
        (self.a.1 - self.b.1).abs()
    }
}

/// A persona's emotion at a stage against the channels' mean real score.
#[derive(Clone, Debug, PartialEq)]
pub struct AgainstReal {
    pub persona: usize,
    pub emotion: f32,
    pub real: f32,
}

impl AgainstReal {
    pub fn distance(&self) -> f32 {
        (self.emotion - self.real).abs()
    }
}

/// Per stage: the personas furthest apart, and the persona whose emotion
/// lies furthest from the channels' real scores.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Disagreement {
    pub personas: Option<Apart>,
    pub real: Option<AgainstReal>,
}

/// Every persona's curve, in the map's order.
pub fn curves(project: &Project) -> Vec<Curve> {
    project
        .personas
        .iter()
        .enumerate()
        .map(|(index, persona)| {
            let lanes: Vec<_> = project
                .lanes
                .iter()
                .filter(|l| l.kind == LaneKind::Emotion)
                .filter(|l| l.persona.is_none_or(|own| own == persona.id))
                .collect();
            let emotion = project
                .stages
                .iter()
                .map(|stage| {
                    let scores: Vec<f32> = lanes
                        .iter()
                        .filter_map(|lane| {
                            let cell = project.lane_cell(LaneKey::new(lane.id, stage.id))?;
                            cell.emotions.get(&persona.id)?.score
                        })
                        .map(|s| f32::from(s.value()))
                        .collect();
                    (!scores.is_empty()).then(|| scores.iter().sum::<f32>() / scores.len() as f32)
                })
                .collect();
            Curve {
                persona: index,
                emotion,
            }
        })
        .collect()
}

/// Per stage, the largest disagreements; ties go to the earlier persona.
pub fn disagreements(curves: &[Curve], stages: &[StageScores]) -> Vec<Disagreement> {
    (0..stages.len())
        .map(|stage| {
            let at: Vec<(usize, f32)> = curves
                .iter()
                .filter_map(|c| Some((c.persona, c.emotion.get(stage).copied().flatten()?)))
                .collect();
            let mut personas: Option<Apart> = None;
            for (i, a) in at.iter().enumerate() {
                for b in &at[i + 1..] {
                    let pair = Apart { a: *a, b: *b };
                    if pair.distance() > personas.as_ref().map_or(0.0, Apart::distance) {
                        personas = Some(pair);
                    }
                }
            }
            let real = stages[stage].real.and_then(|real| {
                at.iter()
                    .map(|&(persona, emotion)| AgainstReal {
                        persona,
                        emotion,
                        real,
                    })
                    .fold(None, |best: Option<AgainstReal>, next| match best {
                        Some(b) if b.distance() >= next.distance() => Some(b),
                        _ => Some(next),
                    })
            });
            Disagreement { personas, real }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::{Lang, find};

    #[test]
    fn the_blueprint_s_personas_disagree_where_their_curves_part() {
        // Leila feels 0, 0, -2, -1, +2 and Omid +1, 0, -1, -2, +1 across
        // the five stages; the channels' real scores are +1 at the first,
        // -1 at the third and +1 at the last, none elsewhere.
        let project = find("service-blueprint").unwrap().project(Lang::En);
        let curves = curves(&project);
        let f = |v: &[f32]| v.iter().map(|x| Some(*x)).collect::<Vec<_>>();
        assert_eq!(curves[0].emotion, f(&[0.0, 0.0, -2.0, -1.0, 2.0]));
        assert_eq!(curves[1].emotion, f(&[1.0, 0.0, -1.0, -2.0, 1.0]));
        let found = disagreements(&curves, &super::super::stage_scores(&project));
        let apart: Vec<Option<f32>> = found
            .iter()
            .map(|d| d.personas.as_ref().map(Apart::distance))
            .collect();
        assert_eq!(apart, [Some(1.0), None, Some(1.0), Some(1.0), Some(1.0)]);
        let against: Vec<Option<(usize, f32, f32)>> = found
            .iter()
            .map(|d| d.real.as_ref().map(|r| (r.persona, r.emotion, r.real)))
            .collect();
        assert_eq!(
            against,
            [
                Some((0, 0.0, 1.0)),
                None,
                Some((0, -2.0, -1.0)),
                None,
                Some((0, 2.0, 1.0))
            ]
        );
    }
}
