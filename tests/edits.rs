//! What each kind of edit does, from a user's point of view.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::model::{
    CellKey, Channel, ChannelKind, Edit, EditError, Experience, History, Polarity, Project, Score,
    Signal, Stage, TextField,
};

struct Map {
    project: Project,
    stages: Vec<Stage>,
    channels: Vec<Channel>,
}

/// A 3x2 map: stages A, B, C; channels Web, Phone.
fn map() -> Map {
    let mut project = Project::default();
    let stages: Vec<_> = ["A", "B", "C"].into_iter().map(Stage::new).collect();
    let channels = vec![
        Channel::new("Web", ChannelKind::Website),
        Channel::new("Phone", ChannelKind::Phone),
    ];
    for (index, stage) in stages.iter().enumerate() {
        project
            .apply(Edit::AddStage {
                index,
                stage: stage.clone(),
            })
            .unwrap();
    }
    for (index, channel) in channels.iter().enumerate() {
        project
            .apply(Edit::AddChannel {
                index,
                channel: channel.clone(),
            })
            .unwrap();
    }
    Map {
        project,
        stages,
        channels,
    }
}

impl Map {
    fn key(&self, s: usize, c: usize) -> CellKey {
        CellKey::new(self.stages[s].id, self.channels[c].id)
    }
    fn set_owner(&mut self, s: usize, c: usize, owner: &str) {
        let at = self.key(s, c);
        self.project
            .apply(Edit::SetText {
                at,
                field: TextField::Owner,
                text: owner.into(),
            })
            .unwrap();
    }
    fn owner(&self, s: usize, c: usize) -> Option<&str> {
        self.project
            .cell(self.key(s, c))
            .map(|cell| cell.owner.as_str())
    }
    fn stage_names(&self) -> Vec<&str> {
        self.project
            .stages
            .iter()
            .map(|s| s.name.as_str())
            .collect()
    }
}

#[test]
fn moving_a_stage_reorders_columns_and_keeps_cells() {
    let mut m = map();
    m.set_owner(0, 0, "Marketing");
    let id = m.stages[0].id;
    m.project.apply(Edit::MoveStage { id, to: 2 }).unwrap();
    assert_eq!(m.stage_names(), ["B", "C", "A"]);
    assert_eq!(
        m.owner(0, 0),
        Some("Marketing"),
        "the cell travels with its stage"
    );
    m.project.apply(Edit::MoveStage { id, to: 99 }).unwrap();
    assert_eq!(
        m.stage_names(),
        ["B", "C", "A"],
        "a far index clamps to the end"
    );
}

#[test]
fn deleting_a_stage_or_channel_removes_its_cells() {
    let mut m = map();
    m.set_owner(1, 0, "Sales");
    m.set_owner(1, 1, "Support");
    m.set_owner(2, 1, "Billing");
    m.project
        .apply(Edit::DeleteStage { id: m.stages[1].id })
        .unwrap();
    assert_eq!(m.project.cell_count(), 1);
    m.project
        .apply(Edit::DeleteChannel {
            id: m.channels[1].id,
        })
        .unwrap();
    assert_eq!(m.project.cell_count(), 0);
    m.project.check().unwrap();
}

#[test]
fn moving_a_cell_onto_an_empty_cell_moves_and_onto_a_filled_cell_swaps() {
    let mut m = map();
    m.set_owner(0, 0, "Marketing");
    m.set_owner(1, 1, "Support");
    let (from, empty, filled) = (m.key(0, 0), m.key(2, 0), m.key(1, 1));
    m.project.apply(Edit::MoveCell { from, to: empty }).unwrap();
    assert_eq!((m.owner(0, 0), m.owner(2, 0)), (None, Some("Marketing")));
    m.project
        .apply(Edit::MoveCell {
            from: empty,
            to: filled,
        })
        .unwrap();
    assert_eq!(
        (m.owner(2, 0), m.owner(1, 1)),
        (Some("Support"), Some("Marketing"))
    );
}

#[test]
fn signals_move_between_cells_and_the_emptied_cell_disappears() {
    let mut m = map();
    let signal = Signal::new(Polarity::Negative, "Rude reply");
    let id = signal.id;
    let (a, b) = (m.key(0, 0), m.key(1, 0));
    m.project
        .apply(Edit::AddSignal {
            at: a,
            index: 0,
            signal,
        })
        .unwrap();
    m.project
        .apply(Edit::MoveSignal {
            id,
            to: b,
            index: 0,
        })
        .unwrap();
    assert_eq!(m.project.cell(a), None);
    assert_eq!(m.project.cell(b).unwrap().signals[0].text, "Rude reply");
    m.project
        .apply(Edit::SetSignalPolarity {
            id,
            polarity: Polarity::Positive,
        })
        .unwrap();
    assert_eq!(m.project.cell(b).unwrap().signal_balance(), 1);
    m.project.apply(Edit::DeleteSignal { id }).unwrap();
    assert_eq!(m.project.cell_count(), 0);
}

#[test]
fn refused_edits_change_nothing() {
    let mut m = map();
    let before = m.project.clone();
    let dup = Stage {
        name: "dup".into(),
        ..m.stages[0].clone()
    };
    assert_eq!(
        m.project.apply(Edit::AddStage {
            index: 0,
            stage: dup
        }),
        Err(EditError::DuplicateStage(m.stages[0].id))
    );
    let ghost = Stage::new("ghost").id;
    let at = CellKey::new(ghost, m.channels[0].id);
    assert_eq!(
        m.project.apply(Edit::SetScore {
            at,
            experience: Experience::Real,
            score: Score::new(1)
        }),
        Err(EditError::UnknownStage(ghost))
    );
    assert_eq!(m.project, before);
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let m = map();
    let at = m.key(0, 0);
    let mut history = History::new(m.project);
    for text in ["C", "Ca", "Cal", "Call"] {
        history
            .apply_merged(
                Edit::SetText {
                    at,
                    field: TextField::Action,
                    text: text.into(),
                },
                7,
            )
            .unwrap();
    }
    history.end_merge();
    history
        .apply(Edit::SetScore {
            at,
            experience: Experience::Ideal,
            score: Score::new(2),
        })
        .unwrap();
    assert_eq!(history.undo_step(), Some("step-set-score"));
    assert!(history.undo());
    assert_eq!(history.project().cell(at).unwrap().action, "Call");
    assert_eq!(history.undo_step(), Some("step-edit-action"));
    assert!(history.undo());
    assert_eq!(history.project().cell(at), None);
    assert!(!history.is_dirty());
    assert!(!history.undo());
}

#[test]
fn dirty_follows_the_saved_state_through_undo_and_redo() {
    let m = map();
    let at = m.key(0, 0);
    let mut history = History::new(m.project);
    let set = |h: &mut History, v| {
        h.apply(Edit::SetScore {
            at,
            experience: Experience::Real,
            score: Score::new(v),
        })
        .unwrap()
    };
    set(&mut history, 1);
    history.mark_saved();
    assert!(!history.is_dirty());
    set(&mut history, 2);
    assert!(history.is_dirty());
    history.undo();
    assert!(!history.is_dirty(), "undo back to the saved state is clean");
    history.undo();
    assert!(history.is_dirty());
    history.redo();
    assert!(!history.is_dirty());
    assert!(
        !history
            .apply(Edit::SetScore {
                at,
                experience: Experience::Real,
                score: Score::new(1)
            })
            .unwrap(),
        "a no-op edit is not a step"
    );
}

#[test]
fn undo_is_at_least_a_hundred_steps_deep() {
    let m = map();
    let at = m.key(0, 0);
    let mut history = History::new(m.project.clone());
    for i in 0..150 {
        history
            .apply(Edit::SetText {
                at,
                field: TextField::Notes,
                text: i.to_string(),
            })
            .unwrap();
    }
    let mut steps = 0;
    while history.undo() {
        steps += 1;
    }
    assert!(steps >= 100, "{steps}");
}
