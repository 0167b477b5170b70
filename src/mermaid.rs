//! Mermaid's `journey` diagrams in and out, so a map can live in a README
//! that GitHub renders, and a journey sketched in Markdown can become a map.
//!
//! The mapping (also in the README):
//! - a `section` is a stage, in order; tasks before any section go to a
//!   stage named after the journey;
//! - each actor is a channel, in the order they first appear; a task
//!   without actors goes to a channel named after the journey;
//! - a task is, for each of its actors, that cell's action, and its score
//!   (Mermaid's 1 to 5) the cell's real experience (-2 to +2). Several
//!   tasks in one cell are kept as the action's lines, and their scores
//!   averaged.
//!
//! Written back, each filled cell is one task per line of its action, with
//! its real score mapped to 1 to 5 (3 when it has none), its channel as the
//! actor. Mermaid gives `:`, `#`, `;` and `,` a meaning in these places, so
//! they are written as look-alike characters.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::model::{
    Cell, CellKey, Channel, ChannelId, ChannelKind, Persona, Project, Score, Stage,
};

/// Something in a diagram that was read with a change, by line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub line: usize,
    pub problem: Problem,
}

/// What was changed in reading a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A task whose score is not a whole number from 1 to 5: kept without.
    BadScore { task: String, score: String },
    /// A task without a score: kept without.
    NoScore { task: String },
    /// A line that is not a task, left out.
    NotATask { text: String },
    /// The file holds more than one journey diagram; only the first, at
    /// this warning's line, was read.
    MoreDiagrams { count: usize },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadScore { task, score } => write!(
                f,
                "task `{task}` has the score `{score}`, not a whole number from 1 to 5; kept without a score"
            ),
            Self::NoScore { task } => write!(f, "task `{task}` has no score; kept without a score"),
            Self::NotATask { text } => {
                write!(f, "not a task (`name: score: actors`), left out: {text}")
            }
            Self::MoreDiagrams { count } => write!(
                f,
                "the file holds {count} journey diagrams; this one, the first, was imported. Keep one diagram per file to import the others"
            ),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.line, self.problem)
    }
}

/// Why a diagram could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MermaidError {
    #[error("no `journey` diagram found: a Mermaid journey starts with the line `journey`")]
    NotAJourney,
    #[error("the journey has no tasks")]
    NoTasks,
    /// The map would be larger than a map file may be.
    #[error("the map would be over the {} MiB limit for a project", crate::file::MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge,
}

/// A task as read, before it becomes cells.
struct Task {
    stage: usize,
    action: String,
    score: Option<i8>,
    actors: Vec<String>,
}

/// Reads a Mermaid `journey` diagram, alone or inside a Markdown file.
pub fn parse(text: &str) -> Result<(Project, Vec<Warning>), MermaidError> {
    let mut warnings = Vec::new();
    let mut title = String::new();
    let mut stages: Vec<String> = Vec::new();
    let mut tasks: Vec<Task> = Vec::new();
    let mut in_journey = false;
    let mut in_front_matter = false;
    let mut in_description = false;
    let mut started_at = 0;
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if !in_journey {
            // Before the diagram: Markdown, a fence, front matter, init lines.
            if line == "---" {
                in_front_matter = !in_front_matter;
            } else if in_front_matter {
                if let Some(value) = line.strip_prefix("title:") {
                    title = unquote(value.trim()).to_owned();
                }
            } else if line == "journey" {
                in_journey = true;
                started_at = line_no;
            }
            continue;
        }
        if in_description {
            in_description = !line.contains('}');
            continue;
        }
        if line.is_empty() || line.starts_with("%%") || line.starts_with('#') {
            continue;
        }
        if line.starts_with("```") || line.starts_with("~~~") {
            // Later diagrams are not read; say how many there are.
            let later = text
                .lines()
                .skip(index)
                .filter(|l| {
                    l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}') == "journey"
                })
                .count();
            if later > 0 {
                warnings.push(Warning {
                    line: started_at,
                    problem: Problem::MoreDiagrams { count: later + 1 },
                });
            }
            break;
        }
        let word = line.split_whitespace().next().unwrap_or_default();
        let rest = line[word.len()..].trim();
        match word {
            "title" => title = rest.to_owned(),
            "section" => stages.push(rest.to_owned()),
            _ if word.starts_with("accTitle") || word.starts_with("accDescr") => {
                in_description =
                    word.starts_with("accDescr") && line.contains('{') && !line.contains('}');
            }
            _ => match task(line, line_no, &mut warnings) {
                Some((action, score, actors)) => {
                    if stages.is_empty() {
                        stages.push(String::new());
                    }
                    tasks.push(Task {
                        stage: stages.len() - 1,
                        action,
                        score,
                        actors,
                    });
                }
                None => warnings.push(Warning {
                    line: line_no,
                    problem: Problem::NotATask {
                        text: line.to_owned(),
                    },
                }),
            },
        }
    }
    if !in_journey {
        return Err(MermaidError::NotAJourney);
    }
    if tasks.is_empty() {
        return Err(MermaidError::NoTasks);
    }
    let journey = if title.is_empty() {
        "Journey".to_owned()
    } else {
        title.clone()
    };
    let stages: Vec<Stage> = stages
        .into_iter()
        .map(|name| {
            Stage::new(if name.is_empty() {
                journey.clone()
            } else {
                name
            })
        })
        .collect();
    let mut channels: Vec<Channel> = Vec::new();
    let mut channel_ids: HashMap<String, ChannelId> = HashMap::new();
    // Each cell with the sum and count of its tasks' scores.
    let mut cells: HashMap<CellKey, (Cell, i64, i64)> = HashMap::new();
    // The least the map's file can take, to refuse a map too large to
    // save before building all of it.
    let mut least_size: u64 = 0;
    for task in tasks {
        let actors = if task.actors.is_empty() {
            vec![journey.clone()]
        } else {
            task.actors
        };
        for actor in actors {
            let channel = *channel_ids.entry(actor).or_insert_with_key(|actor| {
                let channel = Channel::new(actor.clone(), ChannelKind::Other);
                let id = channel.id;
                channels.push(channel);
                id
            });
            let key = CellKey::new(stages[task.stage].id, channel);
            let (cell, sum, count) = cells.entry(key).or_insert_with(|| {
                least_size += 64;
                Default::default()
            });
            if !cell.action.is_empty() {
                cell.action.push('\n');
            }
            cell.action.push_str(&task.action);
            least_size += task.action.len() as u64 + 1;
            if let Some(score) = task.score {
                *sum += i64::from(score);
                *count += 1;
            }
            if least_size > crate::file::MAX_FILE_BYTES {
                return Err(MermaidError::TooLarge);
            }
        }
    }
    let cells = cells.into_iter().map(|(key, (mut cell, sum, count))| {
        if count > 0 {
            cell.real = Score::new((sum as f64 / count as f64).round() as i64);
        }
        (key, cell)
    });
    let mut project = Project::from_parts(title, Persona::default(), stages, channels, cells)
        .map_err(|_| MermaidError::NoTasks)?;
    // An imported map reads the way its words do, as a new one does.
    project.direction = crate::model::Direction::of(&project);
    Ok((project, warnings))
}

/// `name: score: actor, actor`; the score is kept only when it is 1 to 5.
fn task(
    line: &str,
    line_no: usize,
    warnings: &mut Vec<Warning>,
) -> Option<(String, Option<i8>, Vec<String>)> {
    let (name, data) = line.split_once(':')?;
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let (score, actors) = data.split_once(':').unwrap_or((data, ""));
    let score = score.trim();
    let value = match score.parse::<i64>() {
        Ok(v @ 1..=5) => Some((v - 3) as i8),
        _ => {
            let task = name.to_owned();
            let problem = if score.is_empty() {
                Problem::NoScore { task }
            } else {
                Problem::BadScore {
                    task,
                    score: score.to_owned(),
                }
            };
            warnings.push(Warning {
                line: line_no,
                problem,
            });
            None
        }
    };
    let actors = actors
        .split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    Some((name.to_owned(), value, actors))
}

fn unquote(text: &str) -> &str {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
        .unwrap_or(text)
}

/// Text Mermaid would read as syntax, written with look-alikes; line
/// breaks become spaces.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            ':' => '∶',
            '#' => '＃',
            ';' => '；',
            ',' => '‚',
            '\n' | '\r' | '\t' => ' ',
            c => c,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The map as a Mermaid `journey` diagram.
pub fn write(project: &Project) -> String {
    let mut out = String::from("journey\n");
    if !project.title.is_empty() {
        let _ = writeln!(out, "    title {}", plain(&project.title));
    }
    for stage in &project.stages {
        let _ = writeln!(out, "    section {}", plain(&stage.name));
        for channel in &project.channels {
            let Some(cell) = project.cell(CellKey::new(stage.id, channel.id)) else {
                continue;
            };
            let score = cell.real.map_or(3, |s| s.value() + 3);
            let actions: Vec<&str> = cell
                .action
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let actions = if actions.is_empty() {
                vec![cell.owner.trim()]
            } else {
                actions
            };
            for action in actions {
                let action = match plain(action) {
                    a if a.is_empty() => "–".to_owned(),
                    a => a,
                };
                let _ = writeln!(out, "      {action}: {score}: {}", plain(&channel.name));
            }
        }
    }
    out
}
