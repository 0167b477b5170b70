//! Where to act: channel consistency per stage, ranked opportunities,
//! coverage gaps, and what the negative signals are tagged with. Indices
//! are into the project's stages and channels, in display order.

use crate::model::{Cause, Cell, CellKey, Polarity, Principle, Project, Score};

/// A stage is inconsistent when its best and worst channels' real scores
/// are this far apart or more.
pub const INCONSISTENT_SPREAD: i8 = 2;

/// How far a stage's channels agree on the real experience.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consistency {
    pub stage: usize,
    /// Channels with a real score at this stage.
    pub scored: usize,
    /// (channel, real score) of the best channel; on a tie, the first.
    pub best: Option<(usize, i8)>,
    /// (channel, real score) of the worst channel; on a tie, the first.
    pub worst: Option<(usize, i8)>,
}

impl Consistency {
    /// Best minus worst real score; `None` with fewer than two scored channels.
    pub fn spread(&self) -> Option<i8> {
        (self.scored >= 2).then(|| self.best.map_or(0, |b| b.1) - self.worst.map_or(0, |w| w.1))
    }

    pub fn inconsistent(&self) -> bool {
        self.spread().is_some_and(|s| s >= INCONSISTENT_SPREAD)
    }
}

/// Per stage, in display order.
pub fn consistency(project: &Project) -> Vec<Consistency> {
    (0..project.stages.len())
        .map(|stage| stage_consistency(project, stage))
        .collect()
}

/// How far the channels of the stage at `stage` agree.
pub fn stage_consistency(project: &Project, stage: usize) -> Consistency {
    let mut result = Consistency {
        stage,
        scored: 0,
        best: None,
        worst: None,
    };
    for (channel, cell) in cells_of_stage(project, stage) {
        let Some(real) = cell.real.map(Score::value) else {
            continue;
        };
        result.scored += 1;
        if result.best.is_none_or(|(_, b)| real > b) {
            result.best = Some((channel, real));
        }
        if result.worst.is_none_or(|(_, w)| real < w) {
            result.worst = Some((channel, real));
        }
    }
    result
}

/// A cell whose real experience falls short of its ideal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opportunity {
    pub stage: usize,
    pub channel: usize,
    pub at: CellKey,
    /// Ideal minus real, always positive.
    pub gap: i8,
    pub owner: String,
    pub action: String,
    /// The texts of its negative signals, in the cell's order.
    pub negatives: Vec<String>,
    /// The root causes its negative signals are tagged with, in [`Cause::ALL`] order.
    pub causes: Vec<Cause>,
}

/// Every cell with a positive gap: the largest gap first, then the most
/// negative signals, then the earlier stage, then the earlier channel.
pub fn opportunities(project: &Project) -> Vec<Opportunity> {
    let mut found: Vec<Opportunity> = (0..project.stages.len())
        .flat_map(|stage| {
            cells_of_stage(project, stage).filter_map(move |(channel, cell)| {
                let gap = cell.gap().filter(|g| *g > 0)?;
                let negative = || {
                    cell.signals
                        .iter()
                        .filter(|s| s.polarity == Polarity::Negative)
                };
                let mut causes: Vec<Cause> = negative().filter_map(|s| s.tags.cause).collect();
                causes.sort();
                causes.dedup();
                Some(Opportunity {
                    stage,
                    channel,
                    at: CellKey::new(project.stages[stage].id, project.channels[channel].id),
                    gap,
                    owner: cell.owner.trim().to_owned(),
                    action: cell.action.trim().to_owned(),
                    negatives: negative().map(|s| s.text.clone()).collect(),
                    causes,
                })
            })
        })
        .collect();
    found.sort_by(|a, b| {
        b.gap
            .cmp(&a.gap)
            .then(b.negatives.len().cmp(&a.negatives.len()))
            .then(a.stage.cmp(&b.stage))
            .then(a.channel.cmp(&b.channel))
    });
    found
}

/// What the map leaves out, and who carries the most.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Stages where no cell has a score (ideal or real).
    pub unscored_stages: Vec<usize>,
    /// Channels where no cell has a score.
    pub unscored_channels: Vec<usize>,
    /// (stage, channel) of cells with an action but no owner.
    pub unowned_actions: Vec<(usize, usize)>,
    /// Owners by the total gap of their cells, largest first (then by name);
    /// only owners with some gap.
    pub owners: Vec<OwnerGap>,
}

/// One owner's share of the gap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnerGap {
    pub owner: String,
    /// Sum of the positive gaps of the owner's cells.
    pub gap: u32,
    /// Cells with a positive gap.
    pub cells: usize,
}

pub fn coverage(project: &Project) -> Coverage {
    let scored = |cell: &Cell| cell.ideal.is_some() || cell.real.is_some();
    let mut coverage = Coverage::default();
    let mut channel_scored = vec![false; project.channels.len()];
    for stage in 0..project.stages.len() {
        let mut stage_scored = false;
        for (channel, cell) in cells_of_stage(project, stage) {
            if scored(cell) {
                stage_scored = true;
                channel_scored[channel] = true;
            }
            if !cell.action.trim().is_empty() && cell.owner.trim().is_empty() {
                coverage.unowned_actions.push((stage, channel));
            }
        }
        if !stage_scored {
            coverage.unscored_stages.push(stage);
        }
    }
    coverage.unscored_channels = (0..project.channels.len())
        .filter(|c| !channel_scored[*c])
        .collect();
    for found in opportunities(project) {
        if found.owner.is_empty() {
            continue;
        }
        match coverage.owners.iter_mut().find(|o| o.owner == found.owner) {
            Some(owner) => {
                owner.gap += u32::from(found.gap.unsigned_abs());
                owner.cells += 1;
            }
            None => coverage.owners.push(OwnerGap {
                owner: found.owner,
                gap: u32::from(found.gap.unsigned_abs()),
                cells: 1,
            }),
        }
    }
    coverage
        .owners
        .sort_by(|a, b| b.gap.cmp(&a.gap).then_with(|| a.owner.cmp(&b.owner)));
    coverage
}

/// Negative signals counted by root cause and by principle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TagCounts {
    pub negatives: usize,
    /// Negative signals with no root cause.
    pub uncaused: usize,
    /// Per cause, in [`Cause::ALL`] order.
    pub causes: [usize; 4],
    /// Per principle, in [`Principle::ALL`] order.
    pub principles: [usize; 10],
}

impl TagCounts {
    pub fn cause(&self, cause: Cause) -> usize {
        self.causes[cause as usize]
    }

    pub fn principle(&self, principle: Principle) -> usize {
        self.principles[principle as usize]
    }

    /// The cause of more than half of the negative signals, when there are
    /// at least two: "most are process problems".
    pub fn main_cause(&self) -> Option<(Cause, usize)> {
        Cause::ALL
            .into_iter()
            .map(|c| (c, self.cause(c)))
            .find(|(_, n)| self.negatives >= 2 && 2 * n > self.negatives)
    }
}

/// For the whole map, then per stage in display order.
pub fn tag_counts(project: &Project) -> (TagCounts, Vec<TagCounts>) {
    let mut total = TagCounts::default();
    let per_stage = (0..project.stages.len())
        .map(|stage| {
            let mut counts = TagCounts::default();
            for (_, cell) in cells_of_stage(project, stage) {
                for signal in cell
                    .signals
                    .iter()
                    .filter(|s| s.polarity == Polarity::Negative)
                {
                    for c in [&mut counts, &mut total] {
                        c.negatives += 1;
                        match signal.tags.cause {
                            Some(cause) => c.causes[cause as usize] += 1,
                            None => c.uncaused += 1,
                        }
                        for p in &signal.tags.principles {
                            c.principles[*p as usize] += 1;
                        }
                    }
                }
            }
            counts
        })
        .collect();
    (total, per_stage)
}

/// The channels the cliff comes from: for a drop between two stages, those
/// whose real score fell, the steepest first (then in channel order); for a
/// single cell, its channel.
pub fn cliff_channels(project: &Project, cliff: &super::Cliff) -> Vec<usize> {
    match *cliff {
        super::Cliff::Cell { channel, .. } => vec![channel],
        super::Cliff::Drop { from, to, .. } => {
            let real = |stage: usize, channel: usize| {
                project
                    .cell(CellKey::new(
                        project.stages[stage].id,
                        project.channels[channel].id,
                    ))
                    .and_then(|c| c.real)
                    .map(Score::value)
            };
            let mut fell: Vec<(usize, i8)> = (0..project.channels.len())
                .filter_map(|c| Some((c, real(from, c)? - real(to, c)?)))
                .filter(|(_, drop)| *drop > 0)
                .collect();
            fell.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            fell.into_iter().map(|(c, _)| c).collect()
        }
    }
}

/// Every owner named in the map, once each, by name.
pub fn owners(project: &Project) -> Vec<String> {
    let mut owners: Vec<String> = project
        .cells_in_order()
        .into_iter()
        .map(|(_, c)| c.owner.trim().to_owned())
        .filter(|o| !o.is_empty())
        .collect();
    owners.sort();
    owners.dedup();
    owners
}

/// The cells of stage `stage` that exist, with their channel index.
fn cells_of_stage(project: &Project, stage: usize) -> impl Iterator<Item = (usize, &Cell)> {
    let stage_id = project.stages[stage].id;
    project
        .channels
        .iter()
        .enumerate()
        .filter_map(move |(i, c)| {
            project
                .cell(CellKey::new(stage_id, c.id))
                .map(|cell| (i, cell))
        })
}
