//! What changed between two versions of a map, in the map's own terms:
//! "stage "Purchase" moved from 4th to 2nd", "Website × Purchase: real +1 → −1".
//! Stages, channels, cells and signals are matched by id, so a rename is a
//! rename and a move is a move, however the file's lines shifted.

use std::collections::HashMap;

use serde::Serialize;

mod words;

use crate::model::{
    Cell, CellKey, ChannelId, Direction, Experience, Polarity, Project, Score, Signal, StageId,
    TextField,
};

/// One change. The JSON form (`journeymap diff --json`) is an object with
/// a `kind` and the fields below, in snake case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    Title {
        old: String,
        new: String,
    },
    PersonaName {
        old: String,
        new: String,
    },
    PersonaDescription {
        old: String,
        new: String,
    },
    /// The map's reading direction: "left-to-right" or "right-to-left".
    Direction {
        old: &'static str,
        new: &'static str,
    },
    /// The infographic's language: "en", "fa", or "auto" (from the text).
    Language {
        old: &'static str,
        new: &'static str,
    },
    /// `list` is "stage" or "channel"; positions are 1-based.
    Added {
        list: &'static str,
        name: String,
        position: usize,
    },
    Deleted {
        list: &'static str,
        name: String,
        cells: usize,
    },
    Renamed {
        list: &'static str,
        old: String,
        new: String,
    },
    Moved {
        list: &'static str,
        name: String,
        from: usize,
        to: usize,
    },
    Described {
        list: &'static str,
        name: String,
        old: String,
        new: String,
    },
    Kind {
        channel: String,
        old: String,
        new: String,
    },
    Text {
        channel: String,
        stage: String,
        field: &'static str,
        old: String,
        new: String,
    },
    Score {
        channel: String,
        stage: String,
        experience: &'static str,
        old: Option<i8>,
        new: Option<i8>,
    },
    SignalAdded {
        channel: String,
        stage: String,
        polarity: &'static str,
        text: String,
    },
    SignalDeleted {
        channel: String,
        stage: String,
        polarity: &'static str,
        text: String,
    },
    SignalText {
        channel: String,
        stage: String,
        old: String,
        new: String,
    },
    SignalFlipped {
        channel: String,
        stage: String,
        polarity: &'static str,
        text: String,
    },
    SignalTagged {
        channel: String,
        stage: String,
        text: String,
        old: String,
        new: String,
    },
    SignalsReordered {
        channel: String,
        stage: String,
    },
    Conflicts {
        old: usize,
        new: usize,
    },
}

fn polarity_word(polarity: Polarity) -> &'static str {
    crate::model::polarity_value(polarity)
}

/// What a change is about, to point at it in the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Map,
    Stage(StageId),
    Channel(ChannelId),
    Cell(CellKey),
}

/// The changes from `old` to `new`, in display order: the map's title and
/// persona, stages, channels, then cells by stage and channel.
pub fn diff(old: &Project, new: &Project) -> Vec<Change> {
    changes(old, new).into_iter().map(|(c, _)| c).collect()
}

/// [`diff`], with where each change is.
pub fn changes(old: &Project, new: &Project) -> Vec<(Change, Place)> {
    let mut located = Vec::new();
    let mut changes = Vec::new();
    let pair = |a: &str, b: &str| (a != b).then(|| (a.to_owned(), b.to_owned()));
    if let Some((old, new)) = pair(&old.title, &new.title) {
        changes.push(Change::Title { old, new });
    }
    if let Some((old, new)) = pair(&old.persona.name, &new.persona.name) {
        changes.push(Change::PersonaName { old, new });
    }
    if let Some((old, new)) = pair(&old.persona.description, &new.persona.description) {
        changes.push(Change::PersonaDescription { old, new });
    }
    if old.direction != new.direction {
        let words = |d: Direction| match d {
            Direction::Ltr => "left-to-right",
            Direction::Rtl => "right-to-left",
        };
        changes.push(Change::Direction {
            old: words(old.direction),
            new: words(new.direction),
        });
    }
    if old.language != new.language {
        let words = |l: Option<crate::i18n::Lang>| l.map_or("auto", crate::i18n::Lang::code);
        changes.push(Change::Language {
            old: words(old.language),
            new: words(new.language),
        });
    }

    let item = |id: u64, name: &str, detail: &str| (id, name.to_owned(), detail.to_owned());
    let stage_items = |p: &Project| -> Vec<_> {
        p.stages
            .iter()
            .map(|s| item(s.id.0, &s.name, &s.description))
            .collect()
    };
    let channel_items = |p: &Project| -> Vec<_> {
        p.channels
            .iter()
            .map(|c| item(c.id.0, &c.name, c.kind.label()))
            .collect()
    };
    let stage_cells = |id: u64| {
        old.cells_by_id()
            .iter()
            .filter(|(k, _)| k.stage.0 == id)
            .count()
    };
    let channel_cells = |id: u64| {
        old.cells_by_id()
            .iter()
            .filter(|(k, _)| k.channel.0 == id)
            .count()
    };
    located.extend(changes.drain(..).map(|c| (c, Place::Map)));
    let stage_changes = list_changes("stage", &stage_items(old), &stage_items(new), &stage_cells);
    located.extend(
        stage_changes
            .into_iter()
            .map(|(c, id)| (c, Place::Stage(StageId(id)))),
    );
    let channel_changes = list_changes(
        "channel",
        &channel_items(old),
        &channel_items(new),
        &channel_cells,
    );
    located.extend(
        channel_changes
            .into_iter()
            .map(|(c, id)| (c, Place::Channel(ChannelId(id)))),
    );

    let empty = Cell::default();
    for stage in &new.stages {
        for channel in &new.channels {
            let at = CellKey::new(stage.id, channel.id);
            let (a, b) = (
                old.cell(at).unwrap_or(&empty),
                new.cell(at).unwrap_or(&empty),
            );
            if a != b {
                cell_changes(&channel.name, &stage.name, a, b, &mut changes);
                located.extend(changes.drain(..).map(|c| (c, Place::Cell(at))));
            }
        }
    }
    if old.conflicts.len() != new.conflicts.len() {
        let (old, new) = (old.conflicts.len(), new.conflicts.len());
        located.push((Change::Conflicts { old, new }, Place::Map));
    }
    located
}

/// Items as (id, name, detail): the detail is a stage's description or a channel's kind.
type Item = (u64, String, String);

fn list_changes(
    list: &'static str,
    old: &[Item],
    new: &[Item],
    cells: &dyn Fn(u64) -> usize,
) -> Vec<(Change, u64)> {
    // What a new item's detail is until someone sets it: no description,
    // the kind "Other".
    let blank = if list == "channel" {
        crate::model::ChannelKind::default().label()
    } else {
        ""
    };
    let mut changes = Vec::new();
    let old_at: HashMap<u64, usize> = old.iter().enumerate().map(|(i, it)| (it.0, i)).collect();
    let new_ids: std::collections::HashSet<u64> = new.iter().map(|it| it.0).collect();
    for it in old.iter().filter(|it| !new_ids.contains(&it.0)) {
        changes.push((
            it.0,
            Change::Deleted {
                list,
                name: it.1.clone(),
                cells: cells(it.0),
            },
        ));
    }
    // Items kept in place are the longest run whose old order survives;
    // the others moved.
    let kept: Vec<usize> = new
        .iter()
        .filter_map(|it| old_at.get(&it.0).copied())
        .collect();
    let staying = longest_increasing(&kept);
    for (position, it) in new.iter().enumerate() {
        let Some(&was) = old_at.get(&it.0) else {
            changes.push((
                it.0,
                Change::Added {
                    list,
                    name: it.1.clone(),
                    position: position + 1,
                },
            ));
            // A new item's description or kind is part of what was added
            // (and all that git's textconv shows of it).
            if it.2 != blank {
                changes.push((it.0, detail_change(list, it, blank)));
            }
            continue;
        };
        let before = &old[was];
        if before.1 != it.1 {
            changes.push((
                it.0,
                Change::Renamed {
                    list,
                    old: before.1.clone(),
                    new: it.1.clone(),
                },
            ));
        }
        if !staying.contains(&was) {
            changes.push((
                it.0,
                Change::Moved {
                    list,
                    name: it.1.clone(),
                    from: was + 1,
                    to: position + 1,
                },
            ));
        }
        if before.2 != it.2 {
            changes.push((it.0, detail_change(list, it, &before.2)));
        }
    }
    changes
        .into_iter()
        .map(|(id, change)| (change, id))
        .collect()
}

/// A change of an item's detail from `old`: a channel's kind, a stage's
/// description.
fn detail_change(list: &'static str, it: &Item, old: &str) -> Change {
    if list == "channel" {
        Change::Kind {
            channel: it.1.clone(),
            old: old.to_owned(),
            new: it.2.clone(),
        }
    } else {
        Change::Described {
            list,
            name: it.1.clone(),
            old: old.to_owned(),
            new: it.2.clone(),
        }
    }
}

/// The values of a longest strictly increasing subsequence of `values`.
fn longest_increasing(values: &[usize]) -> std::collections::HashSet<usize> {
    // O(n²) is plenty for the lengths of stage and channel lists.
    let n = values.len();
    let mut length = vec![1usize; n];
    let mut previous = vec![usize::MAX; n];
    for i in 0..n {
        for j in 0..i {
            if values[j] < values[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        }
    }
    let mut out = std::collections::HashSet::new();
    let mut at = (0..n).max_by_key(|&i| (length[i], std::cmp::Reverse(i)));
    while let Some(i) = at {
        out.insert(values[i]);
        at = (previous[i] != usize::MAX).then_some(previous[i]);
    }
    out
}

fn cell_changes(channel: &str, stage: &str, a: &Cell, b: &Cell, changes: &mut Vec<Change>) {
    let (channel, stage) = (channel.to_owned(), stage.to_owned());
    for field in TextField::ALL {
        if a.text(field) != b.text(field) {
            changes.push(Change::Text {
                channel: channel.clone(),
                stage: stage.clone(),
                field: field.key(),
                old: a.text(field).to_owned(),
                new: b.text(field).to_owned(),
            });
        }
    }
    for (experience, name) in [(Experience::Ideal, "ideal"), (Experience::Real, "real")] {
        let (x, y) = (a.score(experience), b.score(experience));
        if x != y {
            changes.push(Change::Score {
                channel: channel.clone(),
                stage: stage.clone(),
                experience: name,
                old: x.map(Score::value),
                new: y.map(Score::value),
            });
        }
    }
    let by_id = |signals: &[Signal]| -> HashMap<_, Signal> {
        signals.iter().map(|s| (s.id, s.clone())).collect()
    };
    let (olds, news) = (by_id(&a.signals), by_id(&b.signals));
    for s in a.signals.iter().filter(|s| !news.contains_key(&s.id)) {
        changes.push(Change::SignalDeleted {
            channel: channel.clone(),
            stage: stage.clone(),
            polarity: polarity_word(s.polarity),
            text: s.text.clone(),
        });
    }
    for s in &b.signals {
        let Some(before) = olds.get(&s.id) else {
            changes.push(Change::SignalAdded {
                channel: channel.clone(),
                stage: stage.clone(),
                polarity: polarity_word(s.polarity),
                text: s.text.clone(),
            });
            if !s.tags.is_empty() {
                changes.push(Change::SignalTagged {
                    channel: channel.clone(),
                    stage: stage.clone(),
                    text: s.text.clone(),
                    old: String::new(),
                    new: s.tags.value(),
                });
            }
            continue;
        };
        if before.text != s.text {
            changes.push(Change::SignalText {
                channel: channel.clone(),
                stage: stage.clone(),
                old: before.text.clone(),
                new: s.text.clone(),
            });
        }
        if before.polarity != s.polarity {
            changes.push(Change::SignalFlipped {
                channel: channel.clone(),
                stage: stage.clone(),
                polarity: polarity_word(s.polarity),
                text: s.text.clone(),
            });
        }
        if before.tags != s.tags {
            changes.push(Change::SignalTagged {
                channel: channel.clone(),
                stage: stage.clone(),
                text: s.text.clone(),
                old: before.tags.value(),
                new: s.tags.value(),
            });
        }
    }
    let common = |signals: &[Signal], other: &HashMap<_, Signal>| -> Vec<_> {
        signals
            .iter()
            .filter(|s| other.contains_key(&s.id))
            .map(|s| s.id)
            .collect()
    };
    if common(&a.signals, &news) != common(&b.signals, &olds) {
        changes.push(Change::SignalsReordered { channel, stage });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_stage_moved_is_one_move_not_a_shuffle() {
        // Old order 0 1 2 3, new order 3 0 1 2: only the last one moved.
        assert_eq!(longest_increasing(&[3, 0, 1, 2]), [0, 1, 2].into());
    }
}
