//! View → Insights: what the map says, beside the grid and kept up to date
//! as it changes. Every entry that is about a place selects it and scrolls
//! the grid to it; an owner filters the grid to that owner's cells.

use eframe::egui::{self, RichText};

use super::action::{Action, Selection};
use super::bidi::line_ui;
use super::tags::{cause_label, cause_meaning, principle_label};
use crate::analysis::Insights;
use crate::analysis::report::opportunity_words;
use crate::i18n::{Text, ui as lang};
use crate::model::{Cause, CellKey, Principle, Project};
use crate::tr;

/// The panel's findings, for one revision of the map.
#[derive(Default)]
pub struct InsightsPanel {
    revision: Option<u64>,
    insights: Option<Insights>,
}

impl InsightsPanel {
    /// Recomputes the findings if the map changed.
    pub fn refresh(&mut self, project: &Project, revision: u64) {
        if self.revision != Some(revision) {
            self.insights = Some(Insights::of(project));
            self.revision = Some(revision);
        }
    }

    /// Draws the panel; false when the user closes it.
    pub fn ui(
        &self,
        ui: &mut egui::Ui,
        project: &Project,
        owner: Option<&str>,
        actions: &mut Vec<Action>,
    ) -> bool {
        let mut open = true;
        ui.horizontal(|ui| {
            ui.heading(tr!("insights-title"));
            ui.with_layout(crate::ui::layout::end_to_start(), |ui| {
                if ui.button(tr!("insights-close")).clicked() {
                    open = false;
                }
            });
        });
        let Some(insights) = &self.insights else {
            return open;
        };
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_width(ui.available_width());
            consistency_ui(ui, project, insights, actions);
            opportunities_ui(ui, project, insights, actions);
            section(ui, tr!("insights-cliff-section"));
            match insights.cliff_words(lang(), project) {
                Some(words) => {
                    line_ui(
                        ui,
                        &tr!("insights-cliff", words = words),
                        egui::Sense::hover(),
                        false,
                    );
                }
                None => {
                    ui.weak(tr!("insights-no-cliff"));
                }
            }
            personas_ui(ui, project, insights, actions);
            measures_ui(ui, project, insights, actions);
            causes_ui(ui, project, insights);
            coverage_ui(ui, project, insights, owner, actions);
        });
        open
    }
}

fn section(ui: &mut egui::Ui, title: Text) {
    ui.add_space(10.0);
    ui.label(RichText::from(title).strong().size(15.0));
    ui.add_space(2.0);
}

/// A line that selects and reveals `selection` when clicked.
fn place_ui(
    ui: &mut egui::Ui,
    text: &str,
    hover: Text,
    selection: Selection,
    actions: &mut Vec<Action>,
) {
    let line = line_ui(ui, text, egui::Sense::click(), false).on_hover_text(hover);
    if line.clicked() {
        actions.push(Action::Reveal(selection));
    }
}

/// Where survey measures and typed real scores disagree, and measures on
/// few answers; with the command that settles the first.
fn measures_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    actions: &mut Vec<Action>,
) {
    if insights.measures.is_empty() {
        return;
    }
    section(ui, tr!("insights-measured-section"));
    let place = |m: &crate::analysis::measured::MeasuredCell| {
        Selection::Cell(CellKey::new(
            project.stages[m.stage].id,
            project.channels[m.channel].id,
        ))
    };
    let disagreeing: Vec<_> = insights.measures.iter().filter(|m| m.disagrees()).collect();
    if disagreeing.is_empty() {
        ui.weak(tr!("insights-measured-agree"));
    } else {
        ui.label(tr!("insights-measured-disagree"));
        for m in disagreeing {
            place_ui(
                ui,
                &m.words(lang(), project),
                tr!("insights-show-cell"),
                place(m),
                actions,
            );
        }
        if ui
            .button(super::command::Command::UseMeasuredScores.label())
            .on_hover_text(super::command::Command::UseMeasuredScores.description())
            .clicked()
        {
            actions.push(Action::Command(super::command::Command::UseMeasuredScores));
        }
    }
    let uncertain: Vec<_> = insights
        .measures
        .iter()
        .filter(|m| m.measure.uncertain())
        .collect();
    if !uncertain.is_empty() {
        ui.label(tr!(
            "insights-measured-uncertain",
            few = crate::model::Measure::FEW
        ));
        for m in uncertain {
            place_ui(
                ui,
                &m.words(lang(), project),
                tr!("insights-show-cell"),
                place(m),
                actions,
            );
        }
    }
}

fn consistency_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    actions: &mut Vec<Action>,
) {
    section(ui, tr!("insights-disagree-section"));
    let mut any = false;
    for c in insights.inconsistent() {
        any = true;
        let stage = project.stages[c.stage].id;
        place_ui(
            ui,
            &Insights::consistency_words(lang(), project, c),
            tr!("insights-show-stage"),
            Selection::Stage(stage),
            actions,
        );
    }
    if !any {
        ui.weak(tr!("insights-all-agree"));
    }
}

/// Each persona's emotion by stage, and the stages where personas, or
/// emotion and real experience, disagree most.
fn personas_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    actions: &mut Vec<Action>,
) {
    section(ui, tr!("insights-personas-section"));
    let scored: Vec<_> = insights
        .curves
        .iter()
        .filter(|c| c.emotion.iter().any(Option::is_some))
        .collect();
    if scored.is_empty() {
        ui.weak(tr!("insights-no-curves"));
        return;
    }
    for curve in scored {
        let persona = project.personas[curve.persona].id;
        place_ui(
            ui,
            &Insights::curve_words(lang(), project, curve),
            tr!("insights-show-persona"),
            Selection::Persona(persona),
            actions,
        );
    }
    if project.personas.len() > 1 {
        section(ui, tr!("insights-personas-apart-section"));
        let mut any = false;
        for (stage, d) in insights.disagreements.iter().enumerate() {
            if let Some(apart) = &d.personas {
                any = true;
                place_ui(
                    ui,
                    &Insights::apart_words(lang(), project, stage, apart),
                    tr!("insights-show-stage"),
                    Selection::Stage(project.stages[stage].id),
                    actions,
                );
            }
        }
        if !any {
            ui.weak(tr!("insights-personas-agree"));
        }
    }
    section(ui, tr!("insights-emotion-real-section"));
    let mut any = false;
    for (stage, d) in insights.disagreements.iter().enumerate() {
        if let Some(against) = &d.real {
            any = true;
            place_ui(
                ui,
                &Insights::against_real_words(lang(), project, stage, against),
                tr!("insights-show-stage"),
                Selection::Stage(project.stages[stage].id),
                actions,
            );
        }
    }
    if !any {
        ui.weak(tr!("insights-emotion-real-none"));
    }
}

fn opportunities_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    actions: &mut Vec<Action>,
) {
    section(ui, tr!("insights-act-section"));
    if insights.opportunities.is_empty() {
        ui.weak(tr!("insights-no-gap"));
    }
    for (rank, o) in insights.opportunities.iter().enumerate() {
        let mut words: String = tr!(
            "insights-rank",
            rank = rank + 1,
            words = opportunity_words(lang(), project, o)
        )
        .into();
        if !o.negatives.is_empty() {
            words.push_str(&tr!("insights-negatives", count = o.negatives.len()));
        }
        place_ui(
            ui,
            &words,
            tr!("insights-show-cell"),
            Selection::Cell(o.at),
            actions,
        );
    }
}

fn causes_ui(ui: &mut egui::Ui, project: &Project, insights: &Insights) {
    section(ui, tr!("insights-causes-section"));
    let tags = &insights.tags;
    if tags.negatives == 0 {
        ui.weak(tr!("insights-no-negatives"));
        return;
    }
    let most = Cause::ALL
        .iter()
        .map(|c| tags.cause(*c))
        .max()
        .unwrap_or(0)
        .max(tags.uncaused)
        .max(1);
    let rows = Cause::ALL
        .iter()
        .map(|c| (cause_label(*c), cause_meaning(*c), tags.cause(*c)))
        .chain([(
            tr!("insights-no-cause"),
            tr!("insights-no-cause-hint"),
            tags.uncaused,
        )]);
    for (label, meaning, count) in rows {
        ui.horizontal(|ui| {
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(120.0, 14.0), egui::Sense::hover());
            let width = rect.width() * count as f32 / most as f32;
            // Bars grow from the start of the line: the right in Persian.
            let start = if lang().is_rtl() {
                rect.max.x - width
            } else {
                rect.min.x
            };
            let bar = egui::Rect::from_min_size(
                egui::pos2(start, rect.min.y),
                egui::vec2(width, rect.height()),
            );
            ui.painter()
                .rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
            ui.painter()
                .rect_filled(bar, 3.0, ui.visuals().selection.bg_fill);
            response.on_hover_text(meaning);
            ui.label(tr!("insights-cause-count", count = count, cause = label));
        });
    }
    for (stage, counts) in insights.tags_by_stage.iter().enumerate() {
        let name = Some(project.stages[stage].name.as_str());
        if let Some(words) = Insights::main_cause_words(lang(), name, counts) {
            line_ui(ui, &words, egui::Sense::hover(), false);
        }
    }
    let principles: Vec<String> = Principle::ALL
        .iter()
        .filter(|p| tags.principle(**p) > 0)
        .map(|p| {
            tr!(
                "insights-principle-count",
                principle = principle_label(*p),
                count = tags.principle(*p)
            )
            .into()
        })
        .collect();
    if !principles.is_empty() {
        ui.add_space(4.0);
        let list = principles.join(&tr!("list-separator"));
        line_ui(
            ui,
            &tr!("insights-principles", principles = list),
            egui::Sense::hover(),
            false,
        );
    }
}

fn coverage_ui(
    ui: &mut egui::Ui,
    project: &Project,
    insights: &Insights,
    owner: Option<&str>,
    actions: &mut Vec<Action>,
) {
    section(ui, tr!("insights-owners-section"));
    let coverage = &insights.coverage;
    if coverage.owners.is_empty() {
        ui.weak(tr!("insights-no-owner-gap"));
    }
    for o in &coverage.owners {
        let on = owner == Some(o.owner.as_str());
        let text = tr!(
            "insights-owner-gap",
            owner = o.owner.as_str(),
            gap = o.gap,
            cells = o.cells
        );
        let line = line_ui(ui, &text, egui::Sense::click(), on).on_hover_text(if on {
            tr!("insights-owner-all")
        } else {
            tr!("status-owner-filter-hint")
        });
        if line.clicked() {
            let next = (!on).then(|| o.owner.clone());
            actions.push(Action::FilterOwner(next));
        }
    }

    section(ui, tr!("insights-coverage-section"));
    let names = |indices: &[usize], stage: bool| -> String {
        indices
            .iter()
            .map(|i| {
                if stage {
                    project.stages[*i].name.as_str()
                } else {
                    project.channels[*i].name.as_str()
                }
            })
            .collect::<Vec<_>>()
            .join(&tr!("list-separator"))
    };
    let mut any = false;
    if !coverage.unscored_stages.is_empty() {
        any = true;
        let text = tr!(
            "insights-unscored-stages",
            names = names(&coverage.unscored_stages, true)
        );
        line_ui(ui, &text, egui::Sense::hover(), false);
    }
    if !coverage.unscored_channels.is_empty() {
        any = true;
        let text = tr!(
            "insights-unscored-channels",
            names = names(&coverage.unscored_channels, false)
        );
        line_ui(ui, &text, egui::Sense::hover(), false);
    }
    for (stage, channel) in &coverage.unowned_actions {
        any = true;
        let at = CellKey::new(project.stages[*stage].id, project.channels[*channel].id);
        place_ui(
            ui,
            &tr!(
                "insights-unowned",
                channel = project.channels[*channel].name.as_str(),
                stage = project.stages[*stage].name.as_str()
            ),
            tr!("insights-show-cell"),
            Selection::Cell(at),
            actions,
        );
    }
    if !any {
        ui.weak(tr!("insights-covered"));
    }
}
