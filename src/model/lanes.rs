//! What a map holds around the channel grid, as the journey-mapping tools
//! teams come from lay it out: personas (whose journey it is, each with a
//! colour), typed lanes (a row with one value per stage: text, an emotion
//! per persona, or a metric) above or below the channels, and named divider
//! lines between rows (a service blueprint's lines of interaction,
//! visibility and internal interaction).

use std::collections::BTreeMap;
use std::fmt;

use super::ids::{ChannelId, LaneId, LineId, PersonaId, StageId};
use super::score::Score;

/// At most this many personas share a map.
pub const MAX_PERSONAS: usize = 8;

/// A persona's colour, from a set told apart with colour blindness and in
/// both themes, and apart from both signal palettes (no pure red, green,
/// blue or orange). Curves also differ by their point markers.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum PersonaColour {
    #[default]
    Purple,
    Teal,
    Indigo,
    Olive,
    Wine,
    Cyan,
    Brown,
    Slate,
}

impl PersonaColour {
    pub const ALL: [Self; MAX_PERSONAS] = [
        Self::Purple,
        Self::Teal,
        Self::Indigo,
        Self::Olive,
        Self::Wine,
        Self::Cyan,
        Self::Brown,
        Self::Slate,
    ];

    /// The colour's name in the catalogues.
    pub fn key(self) -> &'static str {
        match self {
            Self::Purple => "colour-purple",
            Self::Teal => "colour-teal",
            Self::Indigo => "colour-indigo",
            Self::Olive => "colour-olive",
            Self::Wine => "colour-wine",
            Self::Cyan => "colour-cyan",
            Self::Brown => "colour-brown",
            Self::Slate => "colour-slate",
        }
    }

    /// The colour's word in files' neighbours: tables and JSON.
    pub fn word(self) -> &'static str {
        match self {
            Self::Purple => "purple",
            Self::Teal => "teal",
            Self::Indigo => "indigo",
            Self::Olive => "olive",
            Self::Wine => "wine",
            Self::Cyan => "cyan",
            Self::Brown => "brown",
            Self::Slate => "slate",
        }
    }

    /// The colour's position in [`Self::ALL`], which also picks the
    /// persona's point marker.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The first colour no persona in `taken` has, or the first one.
    pub fn unused(taken: impl IntoIterator<Item = Self>) -> Self {
        let taken: Vec<Self> = taken.into_iter().collect();
        Self::ALL
            .into_iter()
            .find(|c| !taken.contains(c))
            .unwrap_or_default()
    }
}

/// A customer whose journey the map follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Persona {
    pub id: PersonaId,
    pub name: String,
    pub description: String,
    pub colour: PersonaColour,
}

impl Default for Persona {
    /// The map's first persona, unnamed.
    fn default() -> Self {
        Self {
            id: PersonaId::FIRST,
            name: String::new(),
            description: String::new(),
            colour: PersonaColour::default(),
        }
    }
}

impl Persona {
    /// A new persona with a fresh random id.
    pub fn new(name: impl Into<String>, colour: PersonaColour) -> Self {
        Self {
            id: PersonaId::random(),
            name: name.into(),
            description: String::new(),
            colour,
        }
    }
}

/// What a lane holds per stage.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum LaneKind {
    /// Words: goals, doing, thinking, pain points, opportunities, ideas,
    /// backstage actions, support processes…
    #[default]
    Text,
    /// A score from −2 to +2 per persona, with a note; drawn as a curve.
    Emotion,
    /// A number with a unit, against an optional target.
    Metric,
}

impl LaneKind {
    pub const ALL: [Self; 3] = [Self::Text, Self::Emotion, Self::Metric];

    /// The kind's name in the catalogues.
    pub fn key(self) -> &'static str {
        match self {
            Self::Text => "lane-kind-text",
            Self::Emotion => "lane-kind-emotion",
            Self::Metric => "lane-kind-metric",
        }
    }

    /// The kind's word in files, tables and `diff --json`.
    pub fn word(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Emotion => "emotion",
            Self::Metric => "metric",
        }
    }
}

/// A number kept to three decimals, so that maps compare, merge and diff
/// exactly: a metric's value or target (NPS 32, conversion 4.1 %).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Amount(i64);

impl Amount {
    /// The largest magnitude kept: a trillion.
    const LIMIT: f64 = 1e12;

    /// `value` to three decimals; `None` if it is not a finite number within
    /// a trillion either way.
    pub fn new(value: f64) -> Option<Self> {
        (value.is_finite() && value.abs() <= Self::LIMIT)
            .then(|| Self((value * 1000.0).round() as i64))
    }

    pub fn value(self) -> f64 {
        self.0 as f64 / 1000.0
    }

    /// Reads a number as people type it: `4.1`, `4,1`, `−3`, `32 %`.
    pub fn parse(text: &str) -> Option<Self> {
        let cleaned: String = text
            .trim()
            .trim_end_matches('%')
            .trim()
            .chars()
            .map(|c| match c {
                '−' => '-',
                ',' | '٫' => '.',
                '۰'..='۹' => char::from_u32(u32::from(c) - 0x06F0 + u32::from('0')).unwrap_or(c),
                c => c,
            })
            .collect();
        cleaned.parse::<f64>().ok().and_then(Self::new)
    }
}

impl fmt::Display for Amount {
    /// The shortest form: "32", "4.1", "-0.125".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 1000;
        let part = (self.0 % 1000).abs();
        let sign = if self.0 < 0 && whole == 0 { "-" } else { "" };
        if part == 0 {
            write!(f, "{sign}{whole}")
        } else {
            let decimals = format!("{part:03}");
            write!(f, "{sign}{whole}.{}", decimals.trim_end_matches('0'))
        }
    }
}

/// Whether a metric is better higher (NPS, conversion) or lower (waiting time).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Better {
    #[default]
    Higher,
    Lower,
}

/// A row with one value per stage, above or below the channels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    pub id: LaneId,
    pub name: String,
    pub kind: LaneKind,
    /// The persona the lane belongs to; `None`: to all.
    pub persona: Option<PersonaId>,
    /// Below the channels rather than above them.
    pub below: bool,
    /// A metric's unit: "%", "minutes", "" for a bare number.
    pub unit: String,
    /// A metric's target.
    pub target: Option<Amount>,
    pub better: Better,
}

impl Lane {
    /// A new lane of `kind` above the channels, for all personas, with a
    /// fresh random id.
    pub fn new(name: impl Into<String>, kind: LaneKind) -> Self {
        Self {
            id: LaneId::random(),
            name: name.into(),
            kind,
            persona: None,
            below: false,
            unit: String::new(),
            target: None,
            better: Better::default(),
        }
    }

    /// Whether a metric's `value` meets its target, if it has one.
    pub fn on_target(&self, value: Amount) -> Option<bool> {
        self.target.map(|target| match self.better {
            Better::Higher => value >= target,
            Better::Lower => value <= target,
        })
    }

    /// A metric's number with its unit:
    /// "4.1%", "3 minutes".
    pub fn with_unit(&self, number: &str) -> String {
        match self.unit.as_str() {
            "" => number.to_owned(),
            "%" => format!("{number}%"),
            unit => format!("{number} {unit}"),
        }
    }

    /// Whether the lane shows when the map is filtered on `persona`
    /// (`None`: all personas).
    pub fn shown_for(&self, persona: Option<PersonaId>) -> bool {
        match (self.persona, persona) {
            (None, _) | (_, None) => true,
            (Some(mine), Some(shown)) => mine == shown,
        }
    }
}

/// Where a lane value sits: its lane (row) and stage (column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LaneKey {
    pub lane: LaneId,
    pub stage: StageId,
}

impl LaneKey {
    pub fn new(lane: LaneId, stage: StageId) -> Self {
        Self { lane, stage }
    }
}

/// A persona's emotion at one stage: a score, a note, or both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Emotion {
    pub score: Option<Score>,
    pub note: String,
}

impl Emotion {
    pub fn is_empty(&self) -> bool {
        self.score.is_none() && self.note.is_empty()
    }
}

/// A lane's value at one stage: the text of a text lane (or a metric's
/// note), a metric's number, or each persona's emotion on an emotion lane.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LaneCell {
    pub text: String,
    pub number: Option<Amount>,
    pub emotions: BTreeMap<PersonaId, Emotion>,
}

impl LaneCell {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A row of the map below the stage headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    Lane(LaneId),
    Channel(ChannelId),
}

/// A named divider across the whole map, drawn below the row `after`
/// (`None`: above the first row).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub id: LineId,
    pub name: String,
    pub after: Option<Row>,
}

impl Line {
    pub fn new(name: impl Into<String>, after: Option<Row>) -> Self {
        Self {
            id: LineId::random(),
            name: name.into(),
            after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_keep_three_decimals_and_read_as_typed() {
        assert_eq!(
            Amount::parse("4.1").map(|a| a.to_string()),
            Some("4.1".into())
        );
        assert_eq!(
            Amount::parse("4,125").map(|a| a.to_string()),
            Some("4.125".into())
        );
        assert_eq!(
            Amount::parse("۳۲ %").map(|a| a.to_string()),
            Some("32".into())
        );
        assert_eq!(
            Amount::parse("−0.5").map(|a| a.to_string()),
            Some("-0.5".into())
        );
        assert_eq!(Amount::parse("high"), None);
        assert_eq!(Amount::new(f64::NAN), None);
        assert_eq!(Amount::new(1e13), None);
    }

    #[test]
    fn a_lane_of_one_persona_shows_for_it_and_for_all() {
        let mut lane = Lane::new("Goals", LaneKind::Text);
        let (a, b) = (PersonaId(7), PersonaId(8));
        assert!(lane.shown_for(Some(a)) && lane.shown_for(None));
        lane.persona = Some(a);
        assert!(lane.shown_for(Some(a)) && lane.shown_for(None) && !lane.shown_for(Some(b)));
    }
}
