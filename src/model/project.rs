//! The journey map document: stages, channels and the cells where they meet.

use std::collections::{HashMap, HashSet};

use super::cell::{Cell, CellKey};
use super::ids::{ChannelId, LaneId, LineId, PersonaId, SignalId, StageId};
use super::lanes::{Lane, LaneCell, LaneKey, Line, MAX_PERSONAS, Persona};
use crate::i18n::Lang;

/// The file format version this build writes.
pub const FORMAT_VERSION: u32 = 2;

/// Which way the map reads: the first stage at the left, or, for Persian
/// and other right-to-left scripts, at the right. Only the view mirrors;
/// stages, channels and the file stay in logical order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn is_rtl(self) -> bool {
        self == Self::Rtl
    }

    /// The direction's name in the catalogues (and in `diff --json`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Ltr => "direction-left-to-right",
            Self::Rtl => "direction-right-to-left",
        }
    }

    /// Right to left when most of the strong letters in `texts` are of a
    /// right-to-left script (Persian, Arabic, Hebrew…).
    pub fn guess<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        use unicode_bidi::BidiClass::{AL, L, R};
        let (mut rtl, mut ltr) = (0usize, 0usize);
        for c in texts.into_iter().flat_map(str::chars) {
            match unicode_bidi::bidi_class(c) {
                R | AL => rtl += 1,
                L => ltr += 1,
                _ => {}
            }
        }
        if rtl > ltr { Self::Rtl } else { Self::Ltr }
    }

    /// [`Self::guess`] from a map's title and stage names.
    pub fn of(project: &Project) -> Self {
        Self::guess(
            std::iter::once(project.title.as_str())
                .chain(project.stages.iter().map(|s| s.name.as_str())),
        )
    }
}

/// A journey stage: one column of the grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
    pub description: String,
}

impl Stage {
    /// A new stage with a fresh random id.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: StageId::random(),
            name: name.into(),
            description: String::new(),
        }
    }
}

/// What kind of touchpoint a channel is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ChannelKind {
    Website,
    Phone,
    Store,
    Email,
    Social,
    App,
    Chat,
    Sms,
    Letter,
    #[default]
    Other,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 10] = [
        Self::Website,
        Self::Phone,
        Self::Store,
        Self::Email,
        Self::Social,
        Self::App,
        Self::Chat,
        Self::Sms,
        Self::Letter,
        Self::Other,
    ];

    /// The kind's name in the catalogues.
    pub fn key(self) -> &'static str {
        match self {
            Self::Website => "kind-website",
            Self::Phone => "kind-phone",
            Self::Store => "kind-store",
            Self::Email => "kind-email",
            Self::Social => "kind-social",
            Self::App => "kind-app",
            Self::Chat => "kind-chat",
            Self::Sms => "kind-sms",
            Self::Letter => "kind-letter",
            Self::Other => "kind-other",
        }
    }

    /// The kind a conflict value or a table names: its catalogue key, or
    /// its English name as older files and spreadsheets write it.
    pub fn named(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.key() == value || k.label().eq_ignore_ascii_case(value.trim()))
    }

    /// The kind's English name, as tables and `diff` write it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Website => "Website",
            Self::Phone => "Phone",
            Self::Store => "Store / in person",
            Self::Email => "Email",
            Self::Social => "Social",
            Self::App => "App",
            Self::Chat => "Chat",
            Self::Sms => "SMS",
            Self::Letter => "Letter",
            Self::Other => "Other",
        }
    }
}

/// A touchpoint channel: one row of the grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Channel {
    pub id: ChannelId,
    pub name: String,
    pub kind: ChannelKind,
}

impl Channel {
    /// A new channel with a fresh random id.
    pub fn new(name: impl Into<String>, kind: ChannelKind) -> Self {
        Self {
            id: ChannelId::random(),
            name: name.into(),
            kind,
        }
    }
}

/// A broken invariant, as found by [`Project::check`].
///
/// Indices count in display order, so a file reader can point at the culprit.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("stage id `{id}` is used twice")]
    DuplicateStage { index: usize, id: StageId },
    #[error("channel id `{id}` is used twice")]
    DuplicateChannel { index: usize, id: ChannelId },
    #[error("signal id `{id}` is used twice")]
    DuplicateSignal { id: SignalId },
    #[error("cell refers to stage `{id}`, which does not exist")]
    UnknownStage { id: StageId },
    #[error("cell refers to channel `{id}`, which does not exist")]
    UnknownChannel { id: ChannelId },
    #[error("persona id `{id}` is used twice")]
    DuplicatePersona { index: usize, id: PersonaId },
    #[error("lane id `{id}` is used twice (by a lane or a channel)")]
    DuplicateLane { index: usize, id: LaneId },
    #[error("line id `{id}` is used twice")]
    DuplicateLine { index: usize, id: LineId },
    #[error("refers to persona `{id}`, which does not exist")]
    UnknownPersona { id: PersonaId },
    #[error("refers to lane `{id}`, which does not exist")]
    UnknownLane { id: LaneId },
    #[error("a line is drawn after row `{id:016x}`, which is neither a lane nor a channel")]
    UnknownRow { id: u64 },
    #[error("a map has at least one persona")]
    NoPersona,
    #[error("a map has at most {MAX_PERSONAS} personas, not {count}")]
    TooManyPersonas { count: usize },
}

/// A customer journey map.
///
/// Fields are public for reading; change a project through
/// [`super::Edit`] so that every change is undoable and keeps the invariants:
/// unique ids, and every cell at an existing stage and channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Project {
    pub title: String,
    /// Whose journey it is: one to eight; the first is the map's own.
    pub personas: Vec<Persona>,
    /// Columns, in display order.
    pub stages: Vec<Stage>,
    /// Rows, in display order.
    pub channels: Vec<Channel>,
    /// Non-empty cells only.
    pub(crate) cells: HashMap<CellKey, Cell>,
    /// Lanes in display order: those above the channels, then those below.
    pub lanes: Vec<Lane>,
    /// Divider lines, each below the row it names.
    pub lines: Vec<Line>,
    /// Non-empty lane values only.
    pub(crate) lane_cells: HashMap<LaneKey, LaneCell>,
    /// Disagreements left by a merge, until someone resolves them.
    pub conflicts: Vec<super::conflict::Conflict>,
    /// Which way the map reads; a property of the view only.
    pub direction: Direction,
    /// The language of the export's fixed words; `None` infers it from the
    /// map's text (see [`Self::language`]).
    pub language: Option<Lang>,
}

impl Default for Project {
    fn default() -> Self {
        Self {
            title: String::new(),
            personas: vec![Persona::default()],
            stages: Vec::new(),
            channels: Vec::new(),
            cells: HashMap::new(),
            lanes: Vec::new(),
            lines: Vec::new(),
            lane_cells: HashMap::new(),
            conflicts: Vec::new(),
            direction: Direction::default(),
            language: None,
        }
    }
}

/// Everything a project is made of, to build one whole and checked.
#[derive(Clone, Debug, Default)]
pub struct Parts {
    pub title: String,
    pub personas: Vec<Persona>,
    pub stages: Vec<Stage>,
    pub channels: Vec<Channel>,
    pub cells: Vec<(CellKey, Cell)>,
    pub lanes: Vec<Lane>,
    pub lines: Vec<Line>,
    pub lane_cells: Vec<(LaneKey, LaneCell)>,
}

impl Parts {
    /// The project, checking every invariant. Empty cells and lane values
    /// are dropped (an empty one and a missing one are the same); lanes
    /// above the channels are put before those below, in their order.
    pub fn build(self) -> Result<Project, Invalid> {
        let mut lanes = self.lanes;
        lanes.sort_by_key(|l| l.below);
        let mut project = Project {
            title: self.title,
            personas: self.personas,
            stages: self.stages,
            channels: self.channels,
            cells: self.cells.into_iter().collect(),
            lanes,
            lines: self.lines,
            lane_cells: self.lane_cells.into_iter().collect(),
            ..Project::default()
        };
        // Check first: an empty cell at an unknown stage is still a broken reference.
        project.check()?;
        project.cells.retain(|_, cell| !cell.is_empty());
        project.lane_cells.retain(|_, cell| !cell.is_empty());
        Ok(project)
    }
}

impl Project {
    /// Builds a project of one persona and no lanes, checking every
    /// invariant (see [`Parts::build`]).
    pub fn from_parts(
        title: String,
        persona: Persona,
        stages: Vec<Stage>,
        channels: Vec<Channel>,
        cells: impl IntoIterator<Item = (CellKey, Cell)>,
    ) -> Result<Self, Invalid> {
        Parts {
            title,
            personas: vec![persona],
            stages,
            channels,
            cells: cells.into_iter().collect(),
            ..Parts::default()
        }
        .build()
    }

    /// The map's first persona: its own, when it has only one.
    pub fn persona(&self) -> &Persona {
        // A project always has one (see `check`).
        &self.personas[0]
    }

    /// Checks every invariant; `Ok` for any project built through edits.
    pub fn check(&self) -> Result<(), Invalid> {
        let mut stages = HashSet::new();
        for (index, stage) in self.stages.iter().enumerate() {
            if !stages.insert(stage.id) {
                return Err(Invalid::DuplicateStage {
                    index,
                    id: stage.id,
                });
            }
        }
        let mut channels = HashSet::new();
        for (index, channel) in self.channels.iter().enumerate() {
            if !channels.insert(channel.id) {
                return Err(Invalid::DuplicateChannel {
                    index,
                    id: channel.id,
                });
            }
        }
        self.check_around(&stages, &channels)?;
        let mut signals = HashSet::new();
        for (key, cell) in self.cells_in_order() {
            if !stages.contains(&key.stage) {
                return Err(Invalid::UnknownStage { id: key.stage });
            }
            if !channels.contains(&key.channel) {
                return Err(Invalid::UnknownChannel { id: key.channel });
            }
            for signal in &cell.signals {
                if !signals.insert(signal.id) {
                    return Err(Invalid::DuplicateSignal { id: signal.id });
                }
            }
        }
        Ok(())
    }

    /// The language the map's infographic speaks: the one set, else Persian
    /// when the title and stage names are mostly in a right-to-left script
    /// (the rule that sets a new map's direction), else English.
    pub fn language(&self) -> Lang {
        self.language.unwrap_or_else(|| self.inferred_language())
    }

    /// The language the map's text suggests, whatever is set.
    pub fn inferred_language(&self) -> Lang {
        match Direction::of(self) {
            Direction::Rtl => Lang::Fa,
            Direction::Ltr => Lang::En,
        }
    }

    /// The cell at `key`, if it holds anything.
    pub fn cell(&self, key: CellKey) -> Option<&Cell> {
        self.cells.get(&key)
    }

    /// Number of non-empty cells.
    pub fn cell_count(&self) -> usize {
        self.cells.len()
    }

    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    pub fn channel(&self, id: ChannelId) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    pub fn channel_index(&self, id: ChannelId) -> Option<usize> {
        self.channels.iter().position(|c| c.id == id)
    }

    /// Non-empty cells sorted by stage order, then channel order. Cells at
    /// unknown stages or channels (only before [`Self::check`]) sort last.
    pub fn cells_in_order(&self) -> Vec<(CellKey, &Cell)> {
        let stage_pos: HashMap<_, _> = self
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        let channel_pos: HashMap<_, _> = self
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        let mut cells: Vec<_> = self.cells.iter().map(|(k, c)| (*k, c)).collect();
        cells.sort_by_key(|(k, _)| {
            (
                stage_pos.get(&k.stage).copied().unwrap_or(usize::MAX),
                channel_pos.get(&k.channel).copied().unwrap_or(usize::MAX),
                *k,
            )
        });
        cells
    }

    /// Non-empty cells sorted by stage id, then channel id: an order that
    /// does not change when stages or channels move, for files.
    pub fn cells_by_id(&self) -> Vec<(CellKey, &Cell)> {
        let mut cells: Vec<_> = self.cells.iter().map(|(k, c)| (*k, c)).collect();
        cells.sort_by_key(|(k, _)| (k.stage, k.channel));
        cells
    }

    /// The cell holding the signal `id`, and the signal's index in it.
    pub fn find_signal(&self, id: SignalId) -> Option<(CellKey, usize)> {
        self.cells.iter().find_map(|(key, cell)| {
            cell.signals
                .iter()
                .position(|s| s.id == id)
                .map(|index| (*key, index))
        })
    }

    /// How many non-empty cells the stage has.
    pub fn stage_cell_count(&self, id: StageId) -> usize {
        self.cells.keys().filter(|k| k.stage == id).count()
    }

    /// How many non-empty cells the channel has.
    pub fn channel_cell_count(&self, id: ChannelId) -> usize {
        self.cells.keys().filter(|k| k.channel == id).count()
    }

    /// True when the stage has any non-empty cell.
    pub fn stage_has_content(&self, id: StageId) -> bool {
        self.cells.keys().any(|k| k.stage == id)
    }

    /// True when the channel has any non-empty cell.
    pub fn channel_has_content(&self, id: ChannelId) -> bool {
        self.cells.keys().any(|k| k.channel == id)
    }
}
