//! A cell's measures in the inspector: each survey's figure with its
//! number of answers, interval, file and dates; the real score it
//! suggests, and whether the typed one disagrees or the answers are few.

use eframe::egui::{self, RichText};

use crate::i18n::Text;
use crate::model::{Cell, CellKey, Edit, Experience, Measure};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::words::score_signed;

pub(super) fn measures_ui(ui: &mut egui::Ui, cell: &Cell, at: CellKey, actions: &mut Vec<Action>) {
    if cell.measures.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(tr!("inspector-measured"));
    let digits = |s: String| crate::i18n::ui().digits(&s);
    let warn = ui.visuals().warn_fg_color;
    for (index, m) in cell.measures.iter().enumerate() {
        ui.push_id(("measure", index), |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::from(Text::new(format!(
                        "{} {}",
                        m.metric.label(),
                        digits(m.shown_value())
                    )))
                    .strong(),
                );
                ui.weak(tr!(
                    "measure-n-interval",
                    n = m.n,
                    interval = digits(m.shown_interval())
                ));
            });
            let dates = m.dates();
            let source = if dates.is_empty() {
                tr!(
                    "measure-source",
                    source = m.source.clone(),
                    question = m.question.clone()
                )
            } else {
                tr!(
                    "measure-source-dates",
                    source = m.source.clone(),
                    question = m.question.clone(),
                    dates = digits(dates)
                )
            };
            ui.weak(source);
            let suggested = m.suggested();
            ui.label(tr!(
                "measure-suggests",
                score = score_signed(suggested).to_string()
            ));
            if m.disagrees(cell.real) {
                ui.colored_label(warn, tr!("measure-disagrees"));
            }
            if m.uncertain() {
                ui.colored_label(warn, tr!("measure-uncertain", few = Measure::FEW));
            }
            ui.horizontal_wrapped(|ui| {
                if cell.real != Some(suggested)
                    && ui
                        .button(tr!(
                            "measure-use",
                            score = score_signed(suggested).to_string()
                        ))
                        .clicked()
                {
                    actions.push(Action::Edit(Edit::SetScore {
                        at,
                        experience: Experience::Real,
                        score: Some(suggested),
                    }));
                }
                if ui.button(tr!("measure-remove")).clicked() {
                    let mut measures = cell.measures.clone();
                    measures.remove(index);
                    actions.push(Action::Edit(Edit::SetMeasures { at, measures }));
                }
            });
            ui.add_space(4.0);
        });
    }
}
