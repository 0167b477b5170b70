//! Changes to a list of named items (stages, channels, personas, lanes,
//! lines) matched by id: added, deleted, renamed, moved, and their detail.

use std::collections::HashMap;

use super::{Change, List};
use crate::model::ChannelKind;

/// A stage's description or a channel's kind.
#[derive(Clone, PartialEq, Eq)]
pub(super) enum Detail {
    Description(String),
    Kind(ChannelKind),
    /// Lanes and lines: what else they hold is compared on its own.
    None,
}

/// Items as (id, name, detail).
pub(super) type Item = (u64, String, Detail);

pub(super) fn list_changes(
    list: List,
    old: &[Item],
    new: &[Item],
    cells: &dyn Fn(u64) -> usize,
) -> Vec<(Change, u64)> {
    // What a new item's detail is until someone sets it: no description,
    // the kind "Other".
    let blank = match list {
        List::Channel => Detail::Kind(ChannelKind::default()),
        List::Stage | List::Persona => Detail::Description(String::new()),
        List::Lane | List::Line => Detail::None,
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
                changes.push((it.0, detail_change(list, it, &blank)));
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
fn detail_change(list: List, it: &Item, old: &Detail) -> Change {
    match (old, &it.2) {
        (Detail::Kind(old), Detail::Kind(new)) => Change::Kind {
            channel: it.1.clone(),
            old: *old,
            new: *new,
        },
        (Detail::Description(old), Detail::Description(new)) => Change::Described {
            list,
            name: it.1.clone(),
            old: old.clone(),
            new: new.clone(),
        },
        // A stage's detail is always a description, a channel's a kind.
        (_, new) => Change::Described {
            list,
            name: it.1.clone(),
            old: String::new(),
            new: match new {
                Detail::Description(text) => text.clone(),
                Detail::Kind(kind) => kind.label().to_owned(),
                Detail::None => String::new(),
            },
        },
    }
}

/// The values of a longest strictly increasing subsequence of `values`.
pub(super) fn longest_increasing(values: &[usize]) -> std::collections::HashSet<usize> {
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
