//! Adding to the grid: a stage, a channel, a lane of each kind or a
//! divider line, after the selection (or at the end), scrolled into view
//! and named in place; and the side band's "+ Add…" menu that offers them.

use eframe::egui;

use super::Grid;
use super::header::Header;
use super::headers::Rename;
use crate::model::{
    Channel, ChannelId, ChannelKind, Edit, Lane, LaneKind, Line, Project, Row, Stage, StageId,
};
use crate::tr;
use crate::ui::action::{Action, Selection};

impl Grid {
    /// The rows the side band's add button offers: a channel, a lane of
    /// each kind, a divider line.
    pub(super) fn add_row_menu_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        selection: Selection,
        actions: &mut Vec<Action>,
    ) {
        if ui.button(tr!("header-add-channel-item")).clicked() {
            self.add_after(false, selection, project, actions);
        }
        ui.separator();
        for kind in LaneKind::ALL {
            let label = tr!(&format!("header-add-{}", kind.word()));
            if ui.button(label).clicked() {
                self.add_lane(kind, selection, project, actions);
            }
        }
        ui.separator();
        if ui.button(tr!("header-add-line")).clicked() {
            self.add_line(selection, project, actions);
        }
    }

    /// Adds a stage (or a channel) after the selected one, or at the end,
    /// scrolls it into view and starts renaming it.
    pub fn add_after(
        &mut self,
        stage: bool,
        selection: Selection,
        project: &Project,
        actions: &mut Vec<Action>,
    ) {
        let (header, index) = if stage {
            let index = match selection {
                Selection::Stage(id) => project.stage_index(id).map(|i| i + 1),
                Selection::Cell(key) => project.stage_index(key.stage).map(|i| i + 1),
                Selection::LaneCell(key) => project.stage_index(key.stage).map(|i| i + 1),
                _ => None,
            }
            .unwrap_or(project.stages.len());
            (Header::Stage(StageId::random()), index)
        } else {
            let index = match selection {
                Selection::Channel(id) => project.channel_index(id).map(|i| i + 1),
                Selection::Cell(key) => project.channel_index(key.channel).map(|i| i + 1),
                _ => None,
            }
            .unwrap_or(project.channels.len());
            (Header::Channel(ChannelId::random()), index)
        };
        self.add_header(header, project, index, actions);
    }

    /// Adds a lane of `kind` after the selected lane (or, with a channel or
    /// nothing selected, after the last lane above the channels), and
    /// starts renaming it.
    pub fn add_lane(
        &mut self,
        kind: LaneKind,
        selection: Selection,
        project: &Project,
        actions: &mut Vec<Action>,
    ) {
        let selected = match selection {
            Selection::Lane(id) => project.lane(id),
            Selection::LaneCell(key) => project.lane(key.lane),
            _ => None,
        };
        let (below, index) = match selected {
            Some(lane) => {
                let side: Vec<_> = project
                    .lanes
                    .iter()
                    .filter(|l| l.below == lane.below)
                    .collect();
                let at = side
                    .iter()
                    .position(|l| l.id == lane.id)
                    .map_or(0, |i| i + 1);
                (lane.below, at)
            }
            None => (false, project.lanes.iter().filter(|l| !l.below).count()),
        };
        let name: String = tr!(&format!("new-lane-{}", kind.word())).into();
        let mut lane = Lane::new(name.clone(), kind);
        lane.below = below;
        lane.persona = self.persona;
        let id = lane.id;
        actions.push(Action::Edit(Edit::AddLane { index, lane }));
        actions.push(Action::Select(Selection::Lane(id)));
        self.scroll_to = Some((0, Row::Lane(id)));
        self.rename = Some(Rename {
            header: Header::Lane(id),
            text: name,
            focused: false,
        });
    }

    /// Adds a divider line below the selected row (the last one when
    /// nothing is), and starts renaming it.
    pub fn add_line(&mut self, selection: Selection, project: &Project, actions: &mut Vec<Action>) {
        let after = match selection {
            Selection::Channel(id) => Some(Row::Channel(id)),
            Selection::Cell(key) => Some(Row::Channel(key.channel)),
            Selection::Lane(id) => Some(Row::Lane(id)),
            Selection::LaneCell(key) => Some(Row::Lane(key.lane)),
            _ => project.rows().last().copied(),
        };
        let name: String = tr!("new-line-name").into();
        let line = Line::new(name.clone(), after);
        let id = line.id;
        actions.push(Action::Edit(Edit::AddLine {
            index: project.lines.len(),
            line,
        }));
        actions.push(Action::Select(Selection::Line(id)));
        self.rename = Some(Rename {
            header: Header::Line(id),
            text: name,
            focused: false,
        });
    }

    /// Inserts a new stage or channel at `index` and starts renaming it.
    pub(super) fn add_header(
        &mut self,
        header: Header,
        project: &Project,
        index: usize,
        actions: &mut Vec<Action>,
    ) {
        let (edit, selection, name) = match header {
            Header::Stage(id) => {
                let name: String = tr!("new-stage-name", number = project.stages.len() + 1).into();
                let stage = Stage {
                    id,
                    name: name.clone(),
                    description: String::new(),
                };
                (Edit::AddStage { index, stage }, Selection::Stage(id), name)
            }
            Header::Channel(id) => {
                let name: String =
                    tr!("new-channel-name", number = project.channels.len() + 1).into();
                let channel = Channel {
                    id,
                    name: name.clone(),
                    kind: ChannelKind::Other,
                };
                (
                    Edit::AddChannel { index, channel },
                    Selection::Channel(id),
                    name,
                )
            }
            Header::Lane(_) | Header::Line(_) => return,
        };
        actions.push(Action::Edit(edit));
        actions.push(Action::Select(selection));
        self.scroll_to = match header {
            Header::Stage(_) => project.rows().first().map(|row| (index, *row)),
            Header::Channel(id) => Some((0, Row::Channel(id))),
            Header::Lane(_) | Header::Line(_) => None,
        };
        self.rename = Some(Rename {
            header,
            text: name,
            focused: false,
        });
    }
}
