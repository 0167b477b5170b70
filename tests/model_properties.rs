//! Property tests: random edit sequences keep every invariant, undo is exact,
//! and every valid project survives save -> load unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use journeymap::file;
use journeymap::model::{
    Cause, CellKey, Channel, ChannelId, ChannelKind, Edit, Experience, History, Polarity,
    Principle, Project, Score, Signal, SignalId, Stage, StageId, Tags, TextField,
};
use proptest::prelude::*;

/// An edit described by choices, resolved against the project it applies to,
/// so most generated edits are meaningful (existing ids), and some refer to
/// ids that do not exist.
#[derive(Clone, Debug)]
enum Op {
    AddStage(u64, usize, String),
    AddChannel(u64, usize, String, usize),
    RenameStage(usize, String),
    RenameChannel(usize, String),
    DescribeStage(usize, String),
    MoveStage(usize, usize),
    MoveChannel(usize, usize),
    DeleteStage(usize),
    DeleteChannel(usize),
    SetText(usize, usize, usize, String),
    SetScore(usize, usize, bool, Option<i8>),
    ClearCell(usize, usize),
    MoveCell(usize, usize, usize, usize),
    AddSignal(usize, usize, usize, u64, bool, String),
    EditSignal(usize, String),
    FlipSignal(usize),
    /// Signal, root cause (0 for none), principle to toggle.
    TagSignal(usize, usize, usize),
    MoveSignal(usize, usize, usize, usize),
    DeleteSignal(usize),
    Title(String),
    Persona(bool, String),
    /// Reuses an existing id for a new stage: must be refused.
    DuplicateStage(usize),
}

fn text() -> impl Strategy<Value = String> {
    // Latin, Persian (with ZWNJ and a diacritic), digits, quotes, escapes,
    // newlines, tabs, a right-to-left mark and RON punctuation.
    proptest::string::string_regex(
        "[a-zA-Z0-9 آابپتجچخدرزسشعفقکگلمنوهی\u{200c}\u{64b}\"\\\\\n\t\u{200f}(){}#,:\\[\\]]{0,12}",
    )
    .expect("valid regex")
}

fn op() -> impl Strategy<Value = Op> {
    let i = || 0usize..12;
    prop_oneof![
        (any::<u64>(), i(), text()).prop_map(|(a, b, c)| Op::AddStage(a, b, c)),
        (any::<u64>(), i(), text(), 0usize..10).prop_map(|(a, b, c, d)| Op::AddChannel(a, b, c, d)),
        (i(), text()).prop_map(|(a, b)| Op::RenameStage(a, b)),
        (i(), text()).prop_map(|(a, b)| Op::RenameChannel(a, b)),
        (i(), text()).prop_map(|(a, b)| Op::DescribeStage(a, b)),
        (i(), i()).prop_map(|(a, b)| Op::MoveStage(a, b)),
        (i(), i()).prop_map(|(a, b)| Op::MoveChannel(a, b)),
        i().prop_map(Op::DeleteStage),
        i().prop_map(Op::DeleteChannel),
        (i(), i(), 0usize..4, text()).prop_map(|(a, b, c, d)| Op::SetText(a, b, c, d)),
        (i(), i(), any::<bool>(), proptest::option::of(-2i8..=2))
            .prop_map(|(a, b, c, d)| Op::SetScore(a, b, c, d)),
        (i(), i()).prop_map(|(a, b)| Op::ClearCell(a, b)),
        (i(), i(), i(), i()).prop_map(|(a, b, c, d)| Op::MoveCell(a, b, c, d)),
        (i(), i(), i(), any::<u64>(), any::<bool>(), text())
            .prop_map(|(a, b, c, d, e, f)| Op::AddSignal(a, b, c, d, e, f)),
        (i(), text()).prop_map(|(a, b)| Op::EditSignal(a, b)),
        i().prop_map(Op::FlipSignal),
        (i(), 0usize..5, 0usize..10).prop_map(|(a, b, c)| Op::TagSignal(a, b, c)),
        (i(), i(), i(), i()).prop_map(|(a, b, c, d)| Op::MoveSignal(a, b, c, d)),
        i().prop_map(Op::DeleteSignal),
        text().prop_map(Op::Title),
        (any::<bool>(), text()).prop_map(|(a, b)| Op::Persona(a, b)),
        i().prop_map(Op::DuplicateStage),
    ]
}

/// Picks the `n`th stage (wrapping), or a missing id when there are none.
fn stage(p: &Project, n: usize) -> StageId {
    p.stages
        .get(n % p.stages.len().max(1))
        .map_or(StageId(1), |s| s.id)
}

fn channel(p: &Project, n: usize) -> ChannelId {
    p.channels
        .get(n % p.channels.len().max(1))
        .map_or(ChannelId(1), |c| c.id)
}

fn signal(p: &Project, n: usize) -> SignalId {
    let all: Vec<SignalId> = p
        .cells_in_order()
        .iter()
        .flat_map(|(_, c)| c.signals.iter().map(|s| s.id))
        .collect();
    all.get(n % all.len().max(1))
        .copied()
        .unwrap_or(SignalId(1))
}

fn resolve(p: &Project, op: Op) -> Edit {
    let key = |s, c| CellKey::new(stage(p, s), channel(p, c));
    match op {
        Op::AddStage(id, index, name) => Edit::AddStage {
            index,
            stage: Stage {
                id: StageId(id),
                name,
                description: String::new(),
            },
        },
        Op::AddChannel(id, index, name, kind) => Edit::AddChannel {
            index,
            channel: Channel {
                id: ChannelId(id),
                name,
                kind: ChannelKind::ALL[kind],
            },
        },
        Op::RenameStage(s, name) => Edit::RenameStage {
            id: stage(p, s),
            name,
        },
        Op::RenameChannel(c, name) => Edit::RenameChannel {
            id: channel(p, c),
            name,
        },
        Op::DescribeStage(s, description) => Edit::SetStageDescription {
            id: stage(p, s),
            description,
        },
        Op::MoveStage(s, to) => Edit::MoveStage {
            id: stage(p, s),
            to,
        },
        Op::MoveChannel(c, to) => Edit::MoveChannel {
            id: channel(p, c),
            to,
        },
        Op::DeleteStage(s) => Edit::DeleteStage { id: stage(p, s) },
        Op::DeleteChannel(c) => Edit::DeleteChannel { id: channel(p, c) },
        Op::SetText(s, c, f, text) => Edit::SetText {
            at: key(s, c),
            field: TextField::ALL[f],
            text,
        },
        Op::SetScore(s, c, ideal, score) => Edit::SetScore {
            at: key(s, c),
            experience: if ideal {
                Experience::Ideal
            } else {
                Experience::Real
            },
            score: score.and_then(|v| Score::new(v.into())),
        },
        Op::ClearCell(s, c) => Edit::ClearCell { at: key(s, c) },
        Op::MoveCell(s1, c1, s2, c2) => Edit::MoveCell {
            from: key(s1, c1),
            to: key(s2, c2),
        },
        Op::AddSignal(s, c, index, id, positive, text) => Edit::AddSignal {
            at: key(s, c),
            index,
            signal: Signal {
                id: SignalId(id),
                polarity: if positive {
                    Polarity::Positive
                } else {
                    Polarity::Negative
                },
                text,
                tags: Tags::default(),
            },
        },
        Op::EditSignal(n, text) => Edit::SetSignalText {
            id: signal(p, n),
            text,
        },
        Op::FlipSignal(n) => Edit::SetSignalPolarity {
            id: signal(p, n),
            polarity: Polarity::Negative,
        },
        Op::TagSignal(n, cause, principle) => {
            let id = signal(p, n);
            let old = p
                .cells_in_order()
                .iter()
                .flat_map(|(_, c)| c.signals.iter())
                .find(|s| s.id == id)
                .map(|s| s.tags.clone())
                .unwrap_or_default();
            let tags = Tags {
                cause: cause.checked_sub(1).map(|c| Cause::ALL[c]),
                ..old.toggled(Principle::ALL[principle])
            };
            Edit::SetSignalTags { id, tags }
        }
        Op::MoveSignal(n, s, c, index) => Edit::MoveSignal {
            id: signal(p, n),
            to: key(s, c),
            index,
        },
        Op::DeleteSignal(n) => Edit::DeleteSignal { id: signal(p, n) },
        Op::Title(title) => Edit::SetTitle(title),
        Op::Persona(true, name) => Edit::SetPersonaName {
            id: journeymap::model::PersonaId::FIRST,
            name,
        },
        Op::Persona(false, description) => Edit::SetPersonaDescription {
            id: journeymap::model::PersonaId::FIRST,
            description,
        },
        Op::DuplicateStage(s) => Edit::AddStage {
            index: 0,
            stage: Stage {
                id: stage(p, s),
                name: "copy".into(),
                description: String::new(),
            },
        },
    }
}

fn assert_invariants(p: &Project) {
    p.check().expect("invariants hold");
    for (_, cell) in p.cells_in_order() {
        assert!(!cell.is_empty(), "an empty cell is stored");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_edits_keep_invariants_and_survive_save_and_load(ops in proptest::collection::vec(op(), 0..60)) {
        let mut project = Project::default();
        for op in ops {
            let edit = resolve(&project, op);
            let before = project.clone();
            if project.apply(edit).is_err() {
                prop_assert_eq!(&project, &before, "a refused edit changed the project");
            }
            assert_invariants(&project);
        }
        let text = file::to_string(&project).unwrap();
        let reloaded = file::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&reloaded, &project);
        prop_assert_eq!(file::to_string(&reloaded).unwrap(), text, "saving a loaded file changes it");
    }

    #[test]
    fn undo_all_gives_the_start_and_redo_all_gives_the_end(ops in proptest::collection::vec(op(), 0..40)) {
        let mut history = History::new(Project::default());
        let mut states = vec![history.project().clone()];
        for op in ops {
            let edit = resolve(history.project(), op);
            if history.apply(edit).unwrap_or(false) {
                states.push(history.project().clone());
            }
            prop_assert_eq!(history.is_dirty(), states.len() > 1);
        }
        let end = history.project().clone();
        for expected in states.iter().rev().skip(1) {
            prop_assert!(history.undo());
            prop_assert_eq!(history.project(), expected);
        }
        prop_assert!(!history.undo());
        prop_assert!(!history.is_dirty(), "back at the saved state");
        while history.redo() {}
        prop_assert_eq!(history.project(), &end);
        prop_assert_eq!(history.is_dirty(), states.len() > 1);
    }
}
