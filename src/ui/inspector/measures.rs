//! A cell's measures in the inspector: each survey's figure with its
//! number of answers, interval, file and dates; the real score it
//! suggests, and whether the typed one disagrees or the answers are few.

use eframe::egui::{self, RichText};

use crate::i18n::Text;
use crate::model::{Cell, CellKey, Edit, Experience, Measure};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::words::score_signed;

/// A measure's interval in the interface's words: "20 to 44".
pub(crate) fn range(m: &Measure) -> String {
    let (low, high) = m.interval();
    let digits = |s: String| crate::i18n::ui().digits(&s);
    tr!("measure-range", low = digits(low), high = digits(high)).into()
}

/// The answers' dates in the interface's words: "2026-01-03 to 2026-02-01".
fn dates(m: &Measure) -> String {
    let digits = |s: &str| crate::i18n::ui().digits(s);
    match (m.from.as_str(), m.to.as_str()) {
        (from, to) if !from.is_empty() && !to.is_empty() && from != to => {
            tr!("measure-range", low = digits(from), high = digits(to)).into()
        }
        _ => digits(&m.dates()),
    }
}

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
                ui.label(
                    RichText::from(tr!("measure-n-interval", n = m.n, interval = range(m))).weak(),
                );
            });
            let dates = dates(m);
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
                    dates = dates
                )
            };
            ui.label(source);
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
