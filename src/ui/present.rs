//! Presentation mode: the grid full screen for a projector, driven from the
//! keyboard while the room talks. Every change is an ordinary edit, so undo,
//! the unsaved marker and autosave work as in the editor.

use crate::tr;
use eframe::egui::{self, RichText};

use super::action::{Action, Selection};
use super::command::Command;
use super::grid::{Grid, Look, Metrics};
use super::keymap::Key;
use super::settings::Settings;
use super::text_field::TextField;
use super::theme::{self, ColourBy, Scheme};
use crate::export;
use crate::i18n::Text;
use crate::model::{CellKey, Edit, Experience, LaneKind, Polarity, Project, Score, Signal};

/// Height of the strip above the grid: title, legend, hints.
const STRIP: f32 = 78.0;

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
        ui.painter()
            .rect_filled(ui.max_rect(), 0.0, theme::PROJECTOR_PAGE);
        let strip =
            egui::Rect::from_min_size(ui.max_rect().min, egui::vec2(ui.max_rect().width(), STRIP));
        ui.scope_builder(egui::UiBuilder::new().max_rect(strip), |ui| {
            strip_ui(ui, view);
        });
        let body = egui::Rect::from_min_max(strip.left_bottom(), ui.max_rect().max);
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
                card_ui(ui.ctx(), project, at, scheme);
            }
            self.new_signal_ui(ui.ctx(), project, at, scheme, actions);
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
        scheme: Scheme,
        actions: &mut Vec<Action>,
    ) {
        let Some(new) = self.new_signal.as_mut() else {
            return;
        };
        let place = cell_name(project, at);
        let (heading, colour) = match new.polarity {
            Polarity::Positive => (
                tr!("present-new-positive", place = place),
                theme::signal_colour(scheme, true),
            ),
            Polarity::Negative => (
                tr!("present-new-negative", place = place),
                theme::signal_colour(scheme, false),
            ),
        };
        let mut done = None;
        egui::Area::new(egui::Id::unique("presentation-new-signal"))
            .order(egui::Order::Foreground)
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -60.0))
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style())
                    .inner_margin(20.0)
                    .show(ui, |ui| {
                        ui.label(RichText::from(heading).size(24.0).color(colour));
                        let hint = tr!("signal-hint");
                        let edit = TextField::new(&mut new.text)
                            .font(egui::FontId::proportional(30.0))
                            .desired_width(900.0)
                            .hint(&hint);
                        let response = ui.add(edit);
                        if !new.focused {
                            response.request_focus();
                            new.focused = true;
                        }
                        ui.label(
                            RichText::from(tr!("present-new-signal-keys"))
                                .size(20.0)
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
    *visuals = egui::Visuals::light();
    visuals.panel_fill = theme::PROJECTOR_PAGE;
    visuals.window_fill = theme::PROJECTOR_PAGE;
    visuals.override_text_color = Some(theme::PROJECTOR_TEXT);
    visuals.widgets.noninteractive.fg_stroke.color = theme::PROJECTOR_TEXT;
    visuals.widgets.inactive.fg_stroke.color = theme::PROJECTOR_TEXT;
    visuals.widgets.active.fg_stroke.color = theme::PROJECTOR_TEXT;
    visuals.widgets.noninteractive.bg_stroke.color = theme::PROJECTOR_RULE;
}

/// Title, unsaved marker and colour legend; the keys underneath.
fn strip_ui(ui: &mut egui::Ui, view: &View<'_>) {
    let (project, dirty) = (view.project, view.dirty);
    let (colour_by, scheme) = (view.settings.colour_by, view.settings.scheme);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.add_space(12.0);
        ui.label(RichText::new(&project.title).size(24.0).strong());
        personas_ui(ui, view);
        if dirty {
            ui.label(
                RichText::from(tr!(
                    "present-unsaved",
                    keys = Command::Save.first_shortcut_text(ui.ctx())
                ))
                .size(16.0)
                .color(theme::REAL),
            );
        }
        let title: Text = tr!(
            "present-legend-title",
            colouring = theme::colour_by_label(colour_by)
        );
        let legend = colour_by.legend();
        // The legend's words where they fit beside the title, else its
        // swatches alone, their words on hover.
        let width = |text: &str, strong: bool| {
            let font = if strong {
                super::fonts::bold(18.0)
            } else {
                egui::FontId::proportional(18.0)
            };
            ui.painter()
                .layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
                .size()
                .x
        };
        let spacing = ui.spacing().item_spacing.x;
        let needed = 12.0
            + width(title.as_str(), true)
            + legend
                .iter()
                .map(|(label, _)| {
                    width(theme::legend_label(*label).as_str(), false) + 32.0 + 3.0 * spacing
                })
                .sum::<f32>();
        let words = ui.available_width() >= needed;
        ui.with_layout(crate::ui::layout::end_to_start(), |ui| {
            ui.add_space(12.0);
            // From the end: list the legend backwards so it reads worst to best.
            for (label, value) in legend.iter().rev() {
                if words {
                    ui.label(RichText::from(theme::legend_label(*label)).size(18.0));
                }
                let (rect, response) =
                    ui.allocate_exact_size(egui::vec2(22.0, 22.0), egui::Sense::hover());
                if !words {
                    response.on_hover_text(theme::legend_label(*label));
                }
                let fill = theme::cell_fill_strength(ui.visuals(), scheme, Some(*value), true);
                ui.painter().rect_filled(rect, 4.0, fill);
                let outline = egui::Stroke::new(1.0, theme::PROJECTOR_RULE);
                ui.painter()
                    .rect_stroke(rect, 4.0, outline, egui::StrokeKind::Inside);
                ui.add_space(10.0);
            }
            ui.label(RichText::from(title).size(18.0).strong());
        });
    });
    ui.horizontal(|ui| {
        ui.add_space(12.0);
        ui.label(
            RichText::new(super::keymap::present_hint(
                ui.ctx(),
                project.personas.len() > 1,
            ))
            .size(14.0)
            .color(theme::PROJECTOR_HINT),
        );
        if let Some(owner) = view.owner {
            ui.label(
                RichText::from(tr!("present-owner", owner = owner))
                    .size(16.0)
                    .strong(),
            );
        }
    });
}

/// Whose journey is shown: each persona shown with its curve's marker, on
/// a map with several personas or an emotion lane.
fn personas_ui(ui: &mut egui::Ui, view: &View<'_>) {
    let project = view.project;
    let curves = project.lanes.iter().any(|l| l.kind == LaneKind::Emotion);
    if project.personas.len() < 2 && !curves {
        return;
    }
    ui.add_space(16.0);
    let shown = project
        .personas
        .iter()
        .filter(|p| view.persona.is_none_or(|only| only == p.id));
    for persona in shown {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(20.0, 22.0), egui::Sense::hover());
        let ring = ui.visuals().panel_fill;
        crate::ui::marks::marker_ui(ui.painter(), persona, rect.center(), 7.0, ring);
        ui.label(
            RichText::from(Text::new(crate::ui::words::persona_name(persona)))
                .size(18.0)
                .strong()
                .color(crate::ui::marks::persona_colour(persona)),
        );
        ui.add_space(8.0);
    }
}

/// The focused cell, large, with every field.
fn card_ui(ctx: &egui::Context, project: &Project, at: CellKey, scheme: Scheme) {
    let empty = crate::model::Cell::default();
    let cell = project.cell(at).unwrap_or(&empty);
    egui::Area::new(egui::Id::unique("presentation-card"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(28.0)
                .show(ui, |ui| {
                    ui.set_max_width(1100.0);
                    ui.label(RichText::new(cell_name(project, at)).size(34.0).strong());
                    ui.add_space(12.0);
                    for field in crate::model::TextField::ALL {
                        let text = cell.text(field);
                        if !text.is_empty() {
                            let name = tr!(field.name_key());
                            ui.label(RichText::from(name).size(20.0).weak());
                            ui.label(RichText::new(text).size(28.0));
                            ui.add_space(8.0);
                        }
                    }
                    let score =
                        |s: Option<Score>| String::from(crate::ui::words::score_described(s));
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::from(tr!("present-ideal", score = score(cell.ideal)))
                                .size(26.0)
                                .color(theme::IDEAL),
                        );
                        ui.add_space(24.0);
                        ui.label(
                            RichText::from(tr!("present-real", score = score(cell.real)))
                                .size(26.0)
                                .color(theme::REAL),
                        );
                        ui.add_space(24.0);
                        ui.label(
                            RichText::from(tr!(
                                "present-gap",
                                gap = crate::i18n::ui().digits(&cell.gap_text())
                            ))
                            .size(26.0)
                            .color(theme::gap_colour(scheme, cell.gap())),
                        );
                    });
                    ui.add_space(8.0);
                    for signal in &cell.signals {
                        let positive = signal.polarity == Polarity::Positive;
                        let text = format!("{} {}", signal.polarity.sign(), signal.text);
                        let text = RichText::new(text).size(26.0);
                        ui.label(text.color(theme::signal_colour(scheme, positive)));
                    }
                    ui.add_space(8.0);
                    ui.label(RichText::from(tr!("present-card-keys")).size(18.0).weak());
                });
        });
}
