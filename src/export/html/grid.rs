//! The grid as a table: stages as column headers, lanes and channels as
//! row headers, a cell at every crossing, blueprint lines between rows.

use std::fmt::Write as _;

use super::{Page, esc, mode_name, step};
use crate::model::{Cell, CellKey, LaneCell, LaneKey, LaneKind, Polarity, Row, TextField};
use crate::palette::ColourBy;
use crate::tr_in;

impl Page<'_> {
    /// The grid: stages as column headers, lanes and channels as row
    /// headers, a cell at every crossing, lines between rows.
    pub(super) fn table(&self, out: &mut String) {
        let project = self.project;
        let columns = project.stages.len() + 1;
        let _ = writeln!(
            out,
            "<section aria-labelledby=\"grid-h\">\n<h2 id=\"grid-h\">{}</h2>\n\
             <div class=\"scroll\"><table id=\"grid\" data-colour=\"signals\">\n<thead><tr><td></td>",
            esc(&self.say("html-grid"))
        );
        for stage in &project.stages {
            let _ = write!(out, "<th scope=\"col\">{}", esc(&stage.name));
            if !stage.description.is_empty() {
                let _ = write!(out, "<small>{}</small>", esc(&stage.description));
            }
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        let stack = project.stack_rows(None, 0.0, |_| 1.0, 1.0);
        let mut lines = stack.lines.iter().peekable();
        for placed in &stack.rows {
            while let Some(line) = lines.next_if(|l| l.y < placed.top) {
                self.line_row(out, line.line, columns);
            }
            match placed.row {
                Row::Channel(id) => self.channel_row(out, id),
                Row::Lane(id) => self.lane_row(out, id),
            }
        }
        for line in lines {
            self.line_row(out, line.line, columns);
        }
        out.push_str("</tbody>\n</table></div>\n</section>\n");
    }

    fn line_row(&self, out: &mut String, id: crate::model::LineId, columns: usize) {
        if let Some(line) = self.project.line(id) {
            let _ = writeln!(
                out,
                "<tr class=\"line\"><th scope=\"rowgroup\" colspan=\"{columns}\">{}</th></tr>",
                esc(&line.name)
            );
        }
    }

    fn channel_row(&self, out: &mut String, id: crate::model::ChannelId) {
        let Some(channel) = self.project.channel(id) else {
            return;
        };
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}<small>{}</small></th>",
            esc(&channel.name),
            esc(&self.say(channel.kind.key()))
        );
        for stage in &self.project.stages {
            let key = CellKey {
                stage: stage.id,
                channel: id,
            };
            match self.project.cell(key) {
                Some(cell) => self.cell(out, cell),
                None => out.push_str("<td class=\"cell empty\"></td>"),
            }
        }
        out.push_str("</tr>\n");
    }

    fn cell(&self, out: &mut String, cell: &Cell) {
        let modes: Vec<String> = ColourBy::ALL
            .iter()
            .map(|m| format!(" data-{}=\"{}\"", mode_name(*m), step(m.value(cell))))
            .collect();
        let _ = write!(
            out,
            "<td class=\"cell\" data-owner=\"{}\"{}>",
            esc(&cell.owner),
            modes.concat()
        );
        for field in TextField::ALL {
            let text = cell.text(field);
            if !text.is_empty() {
                let _ = write!(
                    out,
                    "<p class=\"{}\"><span class=\"label\">{}:</span> {}</p>",
                    field.key(),
                    esc(&self.say(field.name_key())),
                    esc(text)
                );
            }
        }
        let gap = cell
            .gap()
            .map_or_else(|| "–".to_owned(), |g| self.signed(g));
        let short = if cell.gap().is_some_and(|g| g > 0) {
            " short"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<p class=\"scores\"><span class=\"ideal\">{} {}</span> <span class=\"real\">{} {}</span> <span class=\"gap{short}\">{} {}</span></p>",
            esc(&self.say("badge-ideal")),
            self.score(cell.ideal),
            esc(&self.say("badge-real")),
            self.score(cell.real),
            esc(&self.say("badge-gap")),
            gap
        );
        for m in &cell.measures {
            let mut line = format!(
                "{} · {} · {}",
                self.lang.digits(&m.to_string()),
                tr_in!(
                    self.lang,
                    "measure-interval",
                    interval = {
                        let (low, high) = m.interval();
                        tr_in!(
                            self.lang,
                            "measure-range",
                            low = self.lang.digits(&low),
                            high = self.lang.digits(&high)
                        )
                    }
                ),
                m.source
            );
            if !m.dates().is_empty() {
                line = format!("{line}, {}", self.lang.digits(&m.dates()));
            }
            if m.uncertain() {
                line = format!("{line} · {}", self.say("measure-card-few"));
            }
            let _ = write!(out, "<p class=\"measure\">{}", esc(&line));
            if m.disagrees(cell.real) {
                let _ = write!(
                    out,
                    " <strong>{}</strong>",
                    esc(&self.say("infographic-measures-disagree"))
                );
            }
            out.push_str("</p>");
        }
        if !cell.signals.is_empty() {
            out.push_str("<ul class=\"signals\">");
            for signal in &cell.signals {
                let (class, key) = match signal.polarity {
                    Polarity::Positive => ("positive", "score-positive"),
                    Polarity::Negative => ("negative", "score-negative"),
                };
                let _ = write!(
                    out,
                    "<li class=\"{class}\"><span class=\"polarity\">{}:</span> {}</li>",
                    esc(&self.say(key)),
                    esc(&signal.text)
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</td>");
    }

    fn lane_row(&self, out: &mut String, id: crate::model::LaneId) {
        let Some(lane) = self.project.lane(id) else {
            return;
        };
        let persona = lane.persona.map_or(String::new(), |p| p.0.to_string());
        let _ = write!(
            out,
            "<tr class=\"lane {}\" data-persona=\"{persona}\"><th scope=\"row\">{}<small>{}</small></th>",
            lane.kind.word(),
            esc(&lane.name),
            esc(&self.say(lane.kind.key()))
        );
        for stage in &self.project.stages {
            let value = self.project.lane_cell(LaneKey::new(id, stage.id));
            out.push_str("<td class=\"lane-value\">");
            if let Some(value) = value {
                self.lane_value(out, lane, value);
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }

    fn lane_value(&self, out: &mut String, lane: &crate::model::Lane, value: &LaneCell) {
        match lane.kind {
            LaneKind::Text => {
                let _ = write!(out, "{}", esc(&value.text));
            }
            LaneKind::Metric => {
                if let Some(number) = value.number {
                    let shown = lane.with_unit(&self.lang.digits(&number.to_string()));
                    let _ = write!(out, "<b>{}</b>", esc(&shown));
                    if let (Some(on), Some(target)) = (lane.on_target(number), lane.target) {
                        let target = lane.with_unit(&self.lang.digits(&target.to_string()));
                        let (class, key) = if on {
                            ("on", "metric-on-target")
                        } else {
                            ("off", "metric-off-target")
                        };
                        let _ = write!(
                            out,
                            " <span class=\"{class}\">{}</span>",
                            esc(&tr_in!(self.lang, key, target = target))
                        );
                    }
                }
                if !value.text.is_empty() {
                    let _ = write!(out, "<small>{}</small>", esc(&value.text));
                }
            }
            LaneKind::Emotion => {
                out.push_str("<ul class=\"emotions\">");
                for (persona_id, emotion) in &value.emotions {
                    let Some(persona) = self.project.persona_by_id(*persona_id) else {
                        continue;
                    };
                    let _ = write!(
                        out,
                        "<li class=\"p{}\" data-persona=\"{}\"><span class=\"swatch\" aria-hidden=\"true\"></span>{}: {}",
                        persona.colour.index(),
                        persona_id.0,
                        esc(&persona.name),
                        self.score(emotion.score)
                    );
                    if !emotion.note.is_empty() {
                        let _ = write!(out, " <small>{}</small>", esc(&emotion.note));
                    }
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
            }
        }
    }
}
