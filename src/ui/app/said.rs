//! What an edit sounds like to a screen reader, said when it is made
//! (see [`crate::ui::spoken::announce`]): the new value where there is
//! one, "Real experience −1 Negative", the new place of what moved, or
//! the step's name.

use crate::i18n::Text;
use crate::model::{CellKey, Edit, Experience, Project};
use crate::tr;
use crate::ui::words;

/// The words for `edit`, made on what is now `project`.
pub(super) fn said(edit: &Edit, project: &Project) -> Text {
    match edit {
        Edit::SetScore {
            experience, score, ..
        } => {
            let field = match experience {
                Experience::Ideal => tr!("inspector-ideal"),
                Experience::Real => tr!("inspector-real"),
            };
            let score = words::score_described(*score);
            tr!("said-value", field = field, value = score)
        }
        Edit::SetEmotion { persona, score, .. } => {
            let name = project
                .persona_by_id(*persona)
                .map(words::persona_name)
                .unwrap_or_default();
            let score = words::score_described(*score);
            tr!("a11y-emotion", persona = name, score = score)
        }
        Edit::MoveCell { to, .. } => tr!("said-card-moved", place = place(project, *to)),
        Edit::MoveSignal { to, .. } => tr!("said-signal-moved", place = place(project, *to)),
        Edit::MoveStage { id, to } => moved(
            project.stage(*id).map(|s| s.name.as_str()),
            *to,
            project.stages.len(),
        ),
        Edit::MoveChannel { id, to } => moved(
            project.channel(*id).map(|c| c.name.as_str()),
            *to,
            project.channels.len(),
        ),
        _ => tr!(edit.step()),
    }
}

/// "Awareness, Instagram".
fn place(project: &Project, at: CellKey) -> String {
    let stage = project.stage(at.stage).map_or("", |s| s.name.as_str());
    let channel = project.channel(at.channel).map_or("", |c| c.name.as_str());
    tr!("a11y-place", stage = stage, channel = channel).into()
}

/// "Purchase, now 3 of 6".
fn moved(name: Option<&str>, to: usize, of: usize) -> Text {
    tr!(
        "said-moved",
        name = name.unwrap_or_default(),
        place = to + 1,
        count = of
    )
}
