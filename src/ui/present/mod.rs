//! Presentation mode: the grid full screen for a projector, driven from the
//! keyboard while the room talks. Every change is an ordinary edit, so undo,
//! the unsaved marker and autosave work as in the editor.

use crate::tr;
use eframe::egui::{self, RichText};

use super::action::{Action, Selection};

mod strip;
use super::command::Command;
use super::grid::{Grid, Look, Metrics};
use super::keymap::Key;
use super::settings::Settings;
use super::text_field::TextField;
use super::theme::{self, ColourBy, Scheme};
use crate::export;
use crate::model::{CellKey, Edit, Experience, Polarity, Project, Score, Signal};
use strip::strip_ui;

/// A signal being typed into the large inline box.
struct NewSignal {
    polarity: Polarity,
    text: String,
    focused: bool,
}

/// The presentation's own state; it ends when presentation mode ends.
#[derive(Default)]
pub struct Presenter {
    /// Dim every stage but the focused one.
    pub spotlight: bool,
    /// The ideal-vs-real chart drawn over the grid.
    pub overlay: bool,
    /// The large card of the focused cell.
    pub card: bool,
    new_signal: Option<NewSignal>,
    /// The chart image for one project revision.
    chart: Option<(u64, Result<egui::TextureHandle, String>)>,
}

/// What a presentation frame shows.
pub struct View<'a> {
    pub project: &'a Project,
    pub derived: &'a super::derived::Derived,
    /// The project's revision, to know when the chart must be redrawn.
    pub revision: u64,
    pub selection: Selection,
    pub settings: &'a Settings,
    /// There are unsaved changes.
    pub dirty: bool,
    /// The owner whose cells are shown undimmed.
    pub owner: Option<&'a str>,
    /// The persona whose lanes and curves are shown (`None`: all).
    pub persona: Option<crate::model::PersonaId>,
}

/// What the presenter asks the app to do besides edits.
pub enum Outcome {
    Stay,
    Leave,
}

impl Presenter {
    /// Presentation keys. Runs before drawing; arrows, Delete, undo and save
    /// are the editor's own shortcuts.
    pub fn keys(
        &mut self,
        ctx: &egui::Context,
        selection: Selection,
        colour_by: ColourBy,
        owners: (&[String], Option<&str>),
        actions: &mut Vec<Action>,
    ) -> Outcome {
        if self.new_signal.is_some() {
            return Outcome::Stay;
        }
        let at = match selection {
            Selection::Cell(at) => Some(at),
            _ => None,
        };
        let mut outcome = Outcome::Stay;
        ctx.input_mut(|i| {
            // Each key as the keymap defines it; Shift+key before the plain
            // key, which would also take Shift+key.
            let mut hit = |key: Key| -> Option<usize> {
                let shortcuts = key.shortcuts();
                let mut order: Vec<usize> = (0..shortcuts.len()).collect();
                order.sort_by_key(|&n| !shortcuts[n].modifiers.shift);
                order.into_iter().find(|&n| {
                    let s = shortcuts[n];
                    i.consume_key(s.modifiers, s.logical_key)
                })
            };
            if hit(Key::Leave).is_some() {
                if self.card {
                    self.card = false;
                } else {
                    outcome = Outcome::Leave;
                }
            }
            if at.is_some() && hit(Key::Card).is_some() {
                self.card = !self.card;
            }
            if hit(Key::Spotlight).is_some() {
                self.spotlight = !self.spotlight;
            }
            if hit(Key::Colouring).is_some() {
                let next = ColourBy::ALL
                    .iter()
                    .position(|c| *c == colour_by)
                    .map_or(0, |p| p + 1);
                let next = ColourBy::ALL[next % ColourBy::ALL.len()];
                actions.push(Command::ColourBy(next).into());
            }
            if hit(Key::Chart).is_some() {
                self.overlay = !self.overlay;
            }
            if hit(Key::Owner).is_some() {
                // All, then each owner in turn, then all again.
                let (all, current) = owners;
                let next = match current.and_then(|o| all.iter().position(|a| a == o)) {
                    Some(at) => all.get(at + 1).cloned(),
                    None => all.first().cloned(),
                };
                actions.push(Action::FilterOwner(next));
            }
            let Some(at) = at else { return };
            // Shift first: the ideal, then the real; 1..5 are -2..+2.
            for (key, experience) in [
                (Key::IdealScore, Experience::Ideal),
                (Key::RealScore, Experience::Real),
            ] {
                if let Some(n) = hit(key) {
                    actions.push(Action::Edit(Edit::SetScore {
                        at,
                        experience,
                        score: Score::new(n as i64 - 2),
                    }));
                }
            }
            if let Some(n) = hit(Key::ClearScore) {
                let experience = if n == 1 {
                    Experience::Ideal
                } else {
                    Experience::Real
                };
                actions.push(Action::Edit(Edit::SetScore {
                    at,
                    experience,
                    score: None,
                }));
            }
            // "+" and "-" as typed characters, whatever the keyboard layout.
            let typed = i.events.iter().find_map(|e| match e {
                egui::Event::Text(t) if Some(t.as_str()) == Key::AddPositive.typed() => {
                    Some(Polarity::Positive)
                }
                egui::Event::Text(t) if Some(t.as_str()) == Key::AddNegative.typed() => {
                    Some(Polarity::Negative)
                }
                _ => None,
            });
            if let Some(polarity) = typed {
                self.new_signal = Some(NewSignal {
                    polarity,
                    text: String::new(),
                    focused: false,
                });
            }
        });
        outcome
    }

    /// Draws the presentation: strip, grid, and any overlay.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        grid: &mut Grid,
        view: &View<'_>,
        actions: &mut Vec<Action>,
    ) {
        let (project, selection) = (view.project, view.selection);
        let (colour_by, scheme) = (view.settings.colour_by, view.settings.scheme);
        projector_visuals(ui.visuals_mut());
        let screen = ui.max_rect();
        ui.painter().rect_filled(screen, 0.0, theme::PROJECTOR_PAGE);
        let s = Metrics::present_scale(screen.height());
        // The strip above the grid: title and legend, then the keys; as
        // high as its lines.
        let inside = screen.shrink2(egui::vec2(12.0 * s, 0.0));
        let strip = ui
            .scope_builder(egui::UiBuilder::new().max_rect(inside), |ui| {
                strip_ui(ui, view, s);
            })
            .response
            .rect;
        let body = egui::Rect::from_min_max(
            egui::pos2(screen.left(), strip.bottom() + 4.0 * s),
            screen.max,
        );
        // Lanes take part of a channel row's height each.
        let lane_rows: f32 = project
            .lanes
            .iter()
            .filter(|l| l.shown_for(view.persona))
            .map(|l| Metrics::lane_share(l.kind))
            .sum::<f32>()
            + 0.25 * project.lines.len() as f32;
        let metrics = Metrics::present(
            body.size(),
            project.stages.len(),
            project.channels.len(),
            lane_rows,
            s,
        );
        let focused = match selection {
            Selection::Cell(at) => Some(at),
            _ => None,
        };
        let look = Look {
            metrics,
            contrast: true,
            spotlight: focused
                .filter(|_| self.spotlight)
                .and_then(|at| project.stage_index(at.stage)),
            scheme,
        };
        ui.scope_builder(egui::UiBuilder::new().max_rect(body), |ui| {
            let shown = super::grid::Shown {
                project,
                derived: view.derived,
                selection,
                colour_by,
            };
            grid.ui(ui, shown, look, actions);
        });
        if self.overlay {
            self.chart_ui(ui.ctx(), project, view.revision, scheme, body);
        }
        if let Some(at) = focused {
            if self.card {
                card_ui(ui.ctx(), project, at, scheme, s);
            }
            self.new_signal_ui(ui.ctx(), project, at, (scheme, s), actions);
        }
    }

    fn chart_ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        scheme: Scheme,
        body: egui::Rect,
    ) {
        if self.chart.as_ref().is_none_or(|(r, _)| *r != revision) {
            let options = export::Options {
                scale: 1,
                scheme,
                ..export::Options::default()
            };
            let texture = export::render_chart(project, &options)
                .map_err(|e| super::messages::export_error_words(&e))
                .map(|image| {
                    let size = [image.width() as usize, image.height() as usize];
                    let image = egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw());
                    ctx.load_texture("presentation-chart", image, egui::TextureOptions::LINEAR)
                });
            self.chart = Some((revision, texture));
        }
        let Some((_, chart)) = &self.chart else {
            return;
        };
        egui::Area::new(egui::Id::unique("presentation-chart"))
            .order(egui::Order::Foreground)
            .fixed_pos(body.min + egui::vec2(24.0, 24.0))
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style())
                    .inner_margin(12.0)
                    .show(ui, |ui| match chart {
                        Ok(texture) => {
                            let size = texture.size_vec2();
                            let room = body.size() - egui::vec2(72.0, 72.0);
                            let scale = (room.x / size.x).min(room.y / size.y);
                            let image = egui::Image::new(texture).fit_to_exact_size(size * scale);
                            ui.add(image).on_hover_text(tr!("present-chart-hint"));
                        }
                        Err(e) => {
                            ui.label(RichText::new(e).size(22.0));
                        }
                    });
            });
    }

    /// The large inline box for a new signal: Enter adds it, Esc cancels.
    fn new_signal_ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        at: CellKey,
        (scheme, s): (Scheme, f32),
        actions: &mut Vec<Action>,
    ) {
        let Some(new) = self.new_signal.as_mut() else {
            return;
        };
        let place = cell_name(project, at);
        let positive = new.polarity == Polarity::Positive;
        let heading = if positive {
            tr!("present-new-positive", place = place)
        } else {
            tr!("present-new-negative", place = place)
        };
        let mut done = None;
        egui::Area::new(egui::Id::unique("presentation-new-signal"))
            .order(egui::Order::Foreground)
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -60.0 * s))
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style())
                    .inner_margin(20.0 * s)
                    .show(ui, |ui| {
                        let colour = theme::signal_colour(ui.visuals(), scheme, positive);
                        ui.label(RichText::from(heading).size(24.0 * s).color(colour));
                        let hint = tr!("signal-hint");
                        let width = (ctx.content_rect().width() - 120.0).min(900.0 * s);
                        let edit = TextField::new(&mut new.text)
                            .font(egui::FontId::proportional(30.0 * s))
                            .desired_width(width)
                            .hint(&hint);
                        let response = ui.add(edit);
                        if !new.focused {
                            response.request_focus();
                            new.focused = true;
                        }
                        ui.label(
                            RichText::from(tr!("present-new-signal-keys"))
                                .size(20.0 * s)
                                .weak(),
                        );
                        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                            done = Some(false);
                        } else if response.lost_focus() {
                            done = Some(ui.input(|i| i.key_pressed(egui::Key::Enter)));
                        }
                    });
            });
        match done {
            Some(true) if !new.text.trim().is_empty() => {
                let signal = Signal::new(new.polarity, new.text.trim());
                actions.push(Action::Edit(Edit::AddSignal {
                    at,
                    index: usize::MAX,
                    signal,
                }));
                self.new_signal = None;
            }
            Some(_) => self.new_signal = None,
            None => {}
        }
    }
}

fn cell_name(project: &Project, at: CellKey) -> String {
    let stage = project.stage(at.stage).map_or("", |s| s.name.as_str());
    let channel = project.channel(at.channel).map_or("", |c| c.name.as_str());
    format!("{stage} × {channel}")
}

/// Light background, black text: survives a washed-out projector.
fn projector_visuals(visuals: &mut egui::Visuals) {
    *visuals = theme::visuals(false);
    visuals.panel_fill = theme::PROJECTOR_PAGE;
    visuals.window_fill = theme::PROJECTOR_PAGE;
    visuals.override_text_color = Some(theme::PROJECTOR_TEXT);
    visuals.widgets.noninteractive.fg_stroke.color = theme::PROJECTOR_TEXT;
    visuals.widgets.inactive.fg_stroke.color = theme::PROJECTOR_TEXT;
    visuals.widgets.active.fg_stroke.color = theme::PROJECTOR_TEXT;
    visuals.widgets.noninteractive.bg_stroke.color = theme::PROJECTOR_RULE;
}

/// The focused cell, large, with every field.
fn card_ui(ctx: &egui::Context, project: &Project, at: CellKey, scheme: Scheme, s: f32) {
    let empty = crate::model::Cell::default();
    let cell = project.cell(at).unwrap_or(&empty);
    egui::Area::new(egui::Id::unique("presentation-card"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(28.0 * s)
                .show(ui, |ui| {
                    ui.set_max_width((ctx.content_rect().width() - 120.0).min(1100.0 * s));
                    ui.label(
                        RichText::new(cell_name(project, at))
                            .size(34.0 * s)
                            .strong(),
                    );
                    ui.add_space(12.0 * s);
                    for field in crate::model::TextField::ALL {
                        let text = cell.text(field);
                        if !text.is_empty() {
                            let name = tr!(field.name_key());
                            ui.label(RichText::from(name).size(20.0 * s).weak());
                            ui.label(RichText::new(text).size(28.0 * s));
                            ui.add_space(8.0 * s);
                        }
                    }
                    let score =
                        |s: Option<Score>| String::from(crate::ui::words::score_described(s));
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::from(tr!("present-ideal", score = score(cell.ideal)))
                                .size(26.0 * s)
                                .color(theme::ideal(ui.visuals())),
                        );
                        ui.add_space(24.0 * s);
                        ui.label(
                            RichText::from(tr!("present-real", score = score(cell.real)))
                                .size(26.0 * s)
                                .color(theme::real(ui.visuals())),
                        );
                        ui.add_space(24.0 * s);
                        ui.label(
                            RichText::from(tr!(
                                "present-gap",
                                gap = crate::i18n::ui().digits(&cell.gap_text())
                            ))
                            .size(26.0 * s)
                            .color(theme::gap_colour(
                                ui.visuals(),
                                scheme,
                                cell.gap(),
                            )),
                        );
                    });
                    for m in &cell.measures {
                        let line = tr!(
                            "present-measure",
                            measure = crate::i18n::ui().digits(&m.to_string()),
                            interval = crate::ui::inspector::range(m),
                            source = m.source.clone()
                        );
                        ui.label(RichText::from(line).size(22.0 * s));
                        if m.disagrees(cell.real) {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                RichText::from(tr!("measure-disagrees")).size(22.0 * s),
                            );
                        }
                        if m.uncertain() {
                            ui.colored_label(
                                ui.visuals().warn_fg_color,
                                RichText::from(tr!(
                                    "measure-uncertain",
                                    few = crate::model::Measure::FEW
                                ))
                                .size(22.0 * s),
                            );
                        }
                    }
                    ui.add_space(8.0 * s);
                    for signal in &cell.signals {
                        let positive = signal.polarity == Polarity::Positive;
                        let text = format!("{} {}", signal.polarity.sign(), signal.text);
                        let text = RichText::new(text).size(26.0 * s);
                        ui.label(text.color(theme::signal_colour(ui.visuals(), scheme, positive)));
                    }
                    ui.add_space(8.0 * s);
                    ui.label(
                        RichText::from(tr!("present-card-keys"))
                            .size(18.0 * s)
                            .weak(),
                    );
                });
        });
}
