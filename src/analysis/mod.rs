//! What the map says, computed: per-stage ideal and real experience, the
//! largest gap, the cliff of dissatisfaction, and where to act (see
//! [`findings`]). Pure functions of a project.

pub mod findings;
pub mod measured;
pub mod personas;
pub mod report;

use crate::model::{CellKey, Experience, Project};

pub use findings::{Consistency, Coverage, INCONSISTENT_SPREAD, Opportunity, OwnerGap, TagCounts};

/// Everything the map says, computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct Insights {
    pub stages: Vec<StageScores>,
    pub consistency: Vec<Consistency>,
    pub opportunities: Vec<Opportunity>,
    pub coverage: Coverage,
    /// Negative signals by tag for the whole map, then per stage.
    pub tags: TagCounts,
    pub tags_by_stage: Vec<TagCounts>,
    pub largest_gap: Option<(usize, f32)>,
    pub cliff: Option<Cliff>,
    pub cliff_channels: Vec<usize>,
    /// Each persona's emotion by stage, and per stage where personas, and
    /// emotion and real experience, disagree most.
    pub curves: Vec<personas::Curve>,
    pub disagreements: Vec<personas::Disagreement>,
    /// Every survey measure, with what it suggests against the typed score.
    pub measures: Vec<measured::MeasuredCell>,
}

impl Insights {
    pub fn of(project: &Project) -> Self {
        let stages = stage_scores(project);
        let cliff = cliff(project, &stages);
        let (tags, tags_by_stage) = findings::tag_counts(project);
        let curves = personas::curves(project);
        Self {
            measures: measured::measured(project),
            disagreements: personas::disagreements(&curves, &stages),
            curves,
            largest_gap: largest_gap(&stages),
            cliff_channels: cliff
                .as_ref()
                .map(|c| findings::cliff_channels(project, c))
                .unwrap_or_default(),
            cliff,
            consistency: findings::consistency(project),
            opportunities: findings::opportunities(project),
            coverage: findings::coverage(project),
            tags,
            tags_by_stage,
            stages,
        }
    }

    /// The stages whose channels disagree.
    pub fn inconsistent(&self) -> impl Iterator<Item = &Consistency> {
        self.consistency.iter().filter(|c| c.inconsistent())
    }
}

/// A stage's experience: the mean score over its channels that have one.
#[derive(Clone, Debug, PartialEq)]
pub struct StageScores {
    pub ideal: Option<f32>,
    pub real: Option<f32>,
}

impl StageScores {
    /// `ideal - real`, when both are known: positive means the customer gets less.
    pub fn gap(&self) -> Option<f32> {
        Some(self.ideal? - self.real?)
    }

    pub fn get(&self, experience: Experience) -> Option<f32> {
        match experience {
            Experience::Ideal => self.ideal,
            Experience::Real => self.real,
        }
    }
}

/// Per stage, in display order.
pub fn stage_scores(project: &Project) -> Vec<StageScores> {
    project
        .stages
        .iter()
        .map(|stage| {
            let mean = |experience| {
                let scores: Vec<f32> = project
                    .channels
                    .iter()
                    .filter_map(|channel| project.cell(CellKey::new(stage.id, channel.id)))
                    .filter_map(|cell| cell.score(experience))
                    .map(|score| f32::from(score.value()))
                    .collect();
                (!scores.is_empty()).then(|| scores.iter().sum::<f32>() / scores.len() as f32)
            };
            StageScores {
                ideal: mean(Experience::Ideal),
                real: mean(Experience::Real),
            }
        })
        .collect()
}

/// The stage whose real experience falls furthest short of the ideal: (index, gap).
pub fn largest_gap(scores: &[StageScores]) -> Option<(usize, f32)> {
    scores
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.gap().map(|g| (i, g)))
        .filter(|(_, g)| *g > 0.0)
        .fold(None, |best: Option<(usize, f32)>, (i, g)| match best {
            Some((_, b)) if b >= g => best,
            _ => Some((i, g)),
        })
}

/// Where the customer's trust breaks.
#[derive(Clone, Debug, PartialEq)]
pub enum Cliff {
    /// The steepest drop of the real experience between two consecutive stages.
    Drop { from: usize, to: usize, drop: f32 },
    /// No stage-to-stage drop: the most negative real cell instead.
    Cell {
        stage: usize,
        channel: usize,
        score: i8,
    },
}

/// The cliff of dissatisfaction, if the map has one.
pub fn cliff(project: &Project, scores: &[StageScores]) -> Option<Cliff> {
    let steepest = scores
        .windows(2)
        .enumerate()
        .filter_map(|(i, pair)| Some((i, pair[0].real? - pair[1].real?)))
        .filter(|(_, drop)| *drop > 0.0)
        .fold(None, |best: Option<(usize, f32)>, (i, d)| match best {
            Some((_, b)) if b >= d => best,
            _ => Some((i, d)),
        });
    if let Some((from, drop)) = steepest {
        return Some(Cliff::Drop {
            from,
            to: from + 1,
            drop,
        });
    }
    let mut worst: Option<Cliff> = None;
    for (stage, s) in project.stages.iter().enumerate() {
        for (channel, c) in project.channels.iter().enumerate() {
            let Some(score) = project
                .cell(CellKey::new(s.id, c.id))
                .and_then(|cell| cell.real)
            else {
                continue;
            };
            let score = score.value();
            let better = match worst {
                Some(Cliff::Cell { score: w, .. }) => score < w,
                _ => score < 0,
            };
            if better {
                worst = Some(Cliff::Cell {
                    stage,
                    channel,
                    score,
                });
            }
        }
    }
    worst
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, ChannelKind, Edit, Score, Stage};

    fn project(real: &[&[Option<i64>]], ideal: i64) -> Project {
        let mut p = Project::default();
        let channels: Vec<_> = (0..real[0].len())
            .map(|i| Channel::new(format!("c{i}"), ChannelKind::Other))
            .collect();
        for (index, channel) in channels.iter().enumerate() {
            p.apply(Edit::AddChannel {
                index,
                channel: channel.clone(),
            })
            .unwrap();
        }
        for (index, row) in real.iter().enumerate() {
            let stage = Stage::new(format!("s{index}"));
            p.apply(Edit::AddStage {
                index,
                stage: stage.clone(),
            })
            .unwrap();
            for (channel, score) in channels.iter().zip(row.iter()) {
                let at = CellKey::new(stage.id, channel.id);
                let score = score.and_then(Score::new);
                p.apply(Edit::SetScore {
                    at,
                    experience: Experience::Real,
                    score,
                })
                .unwrap();
                p.apply(Edit::SetScore {
                    at,
                    experience: Experience::Ideal,
                    score: Score::new(ideal),
                })
                .unwrap();
            }
        }
        p
    }

    #[test]
    fn stage_means_skip_unscored_channels() {
        let p = project(&[&[Some(2), None, Some(-1)]], 2);
        let scores = stage_scores(&p);
        assert_eq!(scores[0].real, Some(0.5));
        assert_eq!(scores[0].gap(), Some(1.5));
    }

    #[test]
    fn largest_gap_and_steepest_drop() {
        let p = project(&[&[Some(1)], &[Some(2)], &[Some(-1)], &[Some(0)]], 2);
        let scores = stage_scores(&p);
        assert_eq!(largest_gap(&scores), Some((2, 3.0)));
        assert_eq!(
            cliff(&p, &scores),
            Some(Cliff::Drop {
                from: 1,
                to: 2,
                drop: 3.0
            })
        );
    }

    #[test]
    fn without_a_drop_the_cliff_is_the_most_negative_cell() {
        let p = project(&[&[Some(-1), Some(-2)], &[Some(0), Some(1)]], 2);
        let scores = stage_scores(&p);
        assert_eq!(
            cliff(&p, &scores),
            Some(Cliff::Cell {
                stage: 0,
                channel: 1,
                score: -2
            })
        );
        let happy = project(&[&[Some(1)], &[Some(2)]], 1);
        assert_eq!(cliff(&happy, &stage_scores(&happy)), None);
        assert_eq!(largest_gap(&stage_scores(&happy)), None);
    }
}
