//! Where a merge conflict is and what each side said, in the map's words:
//! `Website × Purchase: action`, `"Sam"`, `(empty)`.

use super::cell::CellKey;
use super::conflict::{Conflict, ConflictAt, experience_name};
use super::ids::{ChannelId, LaneId, LineId, PersonaId, SignalId, StageId};
use super::lanes::LaneKey;
use super::project::Project;
use crate::i18n::Lang;
use crate::tr_in;

impl Conflict {
    /// Where the conflict is, in the map's words: `Website × Purchase: action`.
    pub fn place(&self, project: &Project) -> String {
        self.place_in(Lang::En, project)
    }

    /// [`Self::place`] in `lang`.
    pub fn place_in(&self, lang: Lang, project: &Project) -> String {
        let quote = |name: &str| {
            if lang == Lang::En {
                crate::text::quoted(name)
            } else {
                format!("«{name}»")
            }
        };
        let stage = |id: StageId| {
            project
                .stage(id)
                .map_or_else(|| id.to_string(), |s| quote(&s.name))
        };
        let channel = |id: ChannelId| {
            project
                .channel(id)
                .map_or_else(|| id.to_string(), |c| quote(&c.name))
        };
        let cell = |at: CellKey| match (project.channel(at.channel), project.stage(at.stage)) {
            (Some(c), Some(s)) => tr_in!(
                lang,
                "conflict-cell",
                channel = c.name.as_str(),
                stage = s.name.as_str()
            ),
            _ => tr_in!(
                lang,
                "conflict-cell-unknown",
                stage = at.stage.to_string(),
                channel = at.channel.to_string()
            ),
        };
        let signal = |id: SignalId| {
            project.find_signal(id).map_or_else(
                || tr_in!(lang, "conflict-signal-unknown", id = id.to_string()),
                |(at, _)| tr_in!(lang, "conflict-signal-in", cell = cell(at)),
            )
        };
        let persona = |id: PersonaId| {
            project
                .persona_by_id(id)
                .map_or_else(|| id.to_string(), |p| quote(&p.name))
        };
        let lane = |id: LaneId| {
            project
                .lane(id)
                .map_or_else(|| id.to_string(), |l| quote(&l.name))
        };
        let line = |id: LineId| {
            project
                .line(id)
                .map_or_else(|| id.to_string(), |l| quote(&l.name))
        };
        let lane_value = |at: LaneKey| {
            tr_in!(
                lang,
                "conflict-lane-value",
                lane = lane(at.lane),
                stage = stage(at.stage)
            )
        };
        // A map of one persona speaks of "the persona", as before personas
        // had names of their own in conflicts.
        let only = project.personas.len() == 1;
        match self.at {
            ConflictAt::Title => lang.text("conflict-title"),
            ConflictAt::PersonaName(_) if only => lang.text("conflict-persona-name"),
            ConflictAt::PersonaDescription(_) if only => lang.text("conflict-persona-description"),
            ConflictAt::PersonaName(id) => {
                tr_in!(lang, "conflict-persona-named-name", persona = persona(id))
            }
            ConflictAt::PersonaDescription(id) => tr_in!(
                lang,
                "conflict-persona-named-description",
                persona = persona(id)
            ),
            ConflictAt::PersonaColour(id) => {
                tr_in!(lang, "conflict-persona-colour", persona = persona(id))
            }
            ConflictAt::PersonaKept(id) => {
                tr_in!(lang, "conflict-persona-kept", persona = persona(id))
            }
            ConflictAt::PersonaOrder => lang.text("conflict-persona-order"),
            ConflictAt::LaneName(id) => tr_in!(lang, "conflict-lane-name", lane = lane(id)),
            ConflictAt::LaneSetting(id, setting) => tr_in!(
                lang,
                "conflict-lane-setting",
                lane = lane(id),
                setting = lang.text(&format!("lane-setting-{}", setting.key()))
            ),
            ConflictAt::LaneKept(id) => tr_in!(lang, "conflict-lane-kept", lane = lane(id)),
            ConflictAt::LaneOrder => lang.text("conflict-lane-order"),
            ConflictAt::LaneText(at) => {
                tr_in!(lang, "conflict-lane-text", place = lane_value(at))
            }
            ConflictAt::LaneNumber(at) => {
                tr_in!(lang, "conflict-lane-number", place = lane_value(at))
            }
            ConflictAt::Emotion(at, p) => tr_in!(
                lang,
                "conflict-emotion",
                place = lane_value(at),
                persona = persona(p)
            ),
            ConflictAt::EmotionNote(at, p) => tr_in!(
                lang,
                "conflict-emotion-note",
                place = lane_value(at),
                persona = persona(p)
            ),
            ConflictAt::LineName(id) => tr_in!(lang, "conflict-line-name", line = line(id)),
            ConflictAt::LinePlace(id) => tr_in!(lang, "conflict-line-place", line = line(id)),
            ConflictAt::LineKept(id) => tr_in!(lang, "conflict-line-kept", line = line(id)),
            ConflictAt::LineOrder => lang.text("conflict-line-order"),
            ConflictAt::StageName(id) => tr_in!(lang, "conflict-stage-name", stage = stage(id)),
            ConflictAt::StageDescription(id) => {
                tr_in!(lang, "conflict-stage-description", stage = stage(id))
            }
            ConflictAt::StageKept(id) => tr_in!(lang, "conflict-stage-kept", stage = stage(id)),
            ConflictAt::StageOrder => lang.text("conflict-stage-order"),
            ConflictAt::ChannelName(id) => {
                tr_in!(lang, "conflict-channel-name", channel = channel(id))
            }
            ConflictAt::ChannelKind(id) => {
                tr_in!(lang, "conflict-channel-kind", channel = channel(id))
            }
            ConflictAt::ChannelKept(id) => {
                tr_in!(lang, "conflict-channel-kept", channel = channel(id))
            }
            ConflictAt::ChannelOrder => lang.text("conflict-channel-order"),
            ConflictAt::Text(at, field) => tr_in!(
                lang,
                "conflict-field",
                cell = cell(at),
                field = lang.text(&format!("change-field-{}", field.key()))
            ),
            ConflictAt::Score(at, e) => tr_in!(
                lang,
                "conflict-field",
                cell = cell(at),
                field = lang.text(&format!("change-experience-{}", experience_name(e)))
            ),
            ConflictAt::SignalText(id) => tr_in!(lang, "conflict-signal-text", signal = signal(id)),
            ConflictAt::SignalPolarity(id) => {
                tr_in!(lang, "conflict-signal-polarity", signal = signal(id))
            }
            ConflictAt::SignalTags(id) => tr_in!(lang, "conflict-signal-tags", signal = signal(id)),
            ConflictAt::SignalKept(id) => tr_in!(lang, "conflict-signal-kept", signal = signal(id)),
            ConflictAt::SignalOrder(at) => tr_in!(lang, "conflict-signal-order", cell = cell(at)),
        }
    }

    /// A side's value as a person reads it: orders by name, empty as "(empty)".
    pub fn shown(&self, project: &Project, value: &str) -> String {
        self.shown_in(Lang::En, project, value)
    }

    /// [`Self::shown`] in `lang`.
    pub fn shown_in(&self, lang: Lang, project: &Project, value: &str) -> String {
        let names: Option<Vec<String>> = match self.at {
            ConflictAt::StageOrder => Some(
                value
                    .split_whitespace()
                    .map(|id| {
                        id.parse::<StageId>()
                            .ok()
                            .and_then(|id| project.stage(id))
                            .map_or_else(|| id.to_owned(), |s| s.name.clone())
                    })
                    .collect(),
            ),
            ConflictAt::ChannelOrder => Some(
                value
                    .split_whitespace()
                    .map(|id| {
                        id.parse::<ChannelId>()
                            .ok()
                            .and_then(|id| project.channel(id))
                            .map_or_else(|| id.to_owned(), |c| c.name.clone())
                    })
                    .collect(),
            ),
            ConflictAt::PersonaOrder => Some(names_of(value, |id| {
                project.persona_by_id(PersonaId(id)).map(|p| p.name.clone())
            })),
            ConflictAt::LaneOrder => Some(names_of(value, |id| {
                project.lane(LaneId(id)).map(|l| l.name.clone())
            })),
            ConflictAt::LaneSetting(_, super::LaneSetting::Persona) => Some(vec![
                super::ids::parse_hex_id(value)
                    .and_then(|id| project.persona_by_id(PersonaId(id)))
                    .map_or_else(|| lang.text("lane-persona-all"), |p| p.name.clone()),
            ]),
            ConflictAt::LinePlace(_) => Some(vec![super::ids::parse_hex_id(value).map_or_else(
                || lang.text("line-place-top"),
                |id| {
                    let lane = project.lane(LaneId(id)).map(|l| l.name.clone());
                    let channel = project.channel(ChannelId(id)).map(|c| c.name.clone());
                    lane.or(channel).unwrap_or_else(|| value.to_owned())
                },
            )]),
            ConflictAt::PersonaColour(_) => super::PersonaColour::ALL
                .into_iter()
                .find(|c| c.key() == value)
                .map(|c| vec![lang.text(c.key())]),
            // A kind is data in the file; it reads in the catalogue's words.
            ConflictAt::ChannelKind(_) => {
                super::ChannelKind::named(value).map(|kind| vec![lang.text(kind.key())])
            }
            _ => None,
        };
        match names {
            Some(names) => names.join(", "),
            None if value.is_empty() => lang.text("conflict-empty"),
            None if lang == Lang::En => crate::text::quoted(value),
            None => format!("«{value}»"),
        }
    }
}

/// The names of the ids in an order value; an unknown id as itself.
fn names_of(value: &str, name: impl Fn(u64) -> Option<String>) -> Vec<String> {
    value
        .split_whitespace()
        .map(|word| {
            super::ids::parse_hex_id(word)
                .and_then(&name)
                .unwrap_or_else(|| word.to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, ChannelKind, Stage, TextField};

    #[test]
    fn places_read_in_english_and_persian() {
        let mut project = Project::default();
        let stage = Stage::new("Purchase");
        let channel = Channel::new("Website", ChannelKind::Website);
        let at = CellKey::new(stage.id, channel.id);
        project.stages.push(stage.clone());
        project.channels.push(channel);
        let conflict = |at| Conflict {
            at,
            base: String::new(),
            ours: String::new(),
            theirs: "Sam".to_owned(),
        };
        let action = conflict(ConflictAt::Text(at, TextField::Action));
        assert_eq!(action.place(&project), "Website × Purchase: action");
        assert_eq!(
            action.place_in(Lang::Fa, &project),
            "Website × Purchase: اقدام"
        );
        assert_eq!(action.shown(&project, ""), "(empty)");
        assert_eq!(action.shown_in(Lang::Fa, &project, "Sam"), "«Sam»");
        let kept = conflict(ConflictAt::StageKept(stage.id));
        assert_eq!(
            kept.place(&project),
            "stage \"Purchase\": deleted on one side, edited on the other"
        );
        assert_eq!(
            kept.place_in(Lang::Fa, &project),
            "مرحلهٔ «Purchase»: در یک سو حذف شده و در سوی دیگر ویرایش"
        );
    }
}
