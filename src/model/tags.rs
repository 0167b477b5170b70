//! What a signal says about why: its root cause, one of EFQM's four views
//! of experience, and the customer-experience principles it serves or breaks.

use std::fmt;

/// Why an experience is what it is: EFQM's four views of experience.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Cause {
    /// Employee skills and behaviour.
    People,
    /// Product features.
    Product,
    /// The service delivery environment, physical and digital.
    Environment,
    Process,
}

impl Cause {
    pub const ALL: [Self; 4] = [
        Self::People,
        Self::Product,
        Self::Environment,
        Self::Process,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::People => "Staff skills and behaviour",
            Self::Product => "Product features",
            Self::Environment => "Service environment",
            Self::Process => "Processes",
        }
    }

    /// One line on what the cause covers.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::People => "How the people the customer meets know, help and behave",
            Self::Product => "What the product or service itself does or lacks",
            Self::Environment => {
                "Where the service is delivered: the store, the phone line, the website or app"
            }
            Self::Process => {
                "The steps, rules and waiting the organisation puts the customer through"
            }
        }
    }

    /// The word in the file and in CSV: "People".
    pub fn key(self) -> &'static str {
        match self {
            Self::People => "People",
            Self::Product => "Product",
            Self::Environment => "Environment",
            Self::Process => "Process",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.key().eq_ignore_ascii_case(key))
    }
}

/// The ten principles of customer-experience management a contact can
/// serve or break.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Principle {
    BrandValues,
    HigherGoals,
    Designed,
    Expectations,
    Effortless,
    StressFree,
    Sensory,
    Social,
    InControl,
    Emotions,
}

impl Principle {
    pub const ALL: [Self; 10] = [
        Self::BrandValues,
        Self::HigherGoals,
        Self::Designed,
        Self::Expectations,
        Self::Effortless,
        Self::StressFree,
        Self::Sensory,
        Self::Social,
        Self::InControl,
        Self::Emotions,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::BrandValues => "Brand values",
            Self::HigherGoals => "Higher goals",
            Self::Designed => "Designed interactions",
            Self::Expectations => "Expectations",
            Self::Effortless => "Effortless",
            Self::StressFree => "Stress-free",
            Self::Sensory => "Sensory",
            Self::Social => "Social",
            Self::InControl => "In control",
            Self::Emotions => "Emotions",
        }
    }

    /// One line on what the principle asks of a contact.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::BrandValues => "The contact lives up to what the brand says it believes",
            Self::HigherGoals => "It serves the goal behind the need, not just the request",
            Self::Designed => "The interaction is designed on purpose, not left to chance",
            Self::Expectations => "It meets what the customer has learnt to expect",
            Self::Effortless => "It asks little effort of the customer",
            Self::StressFree => "No confusion, doubt or anxiety",
            Self::Sensory => "It is pleasant to see, hear and touch",
            Self::Social => "It respects the customer's relationships and standing",
            Self::InControl => "The customer feels in control of what happens",
            Self::Emotions => "It leaves the customer feeling good",
        }
    }

    /// The word in the file and in CSV: `StressFree`.
    pub fn key(self) -> &'static str {
        match self {
            Self::BrandValues => "BrandValues",
            Self::HigherGoals => "HigherGoals",
            Self::Designed => "Designed",
            Self::Expectations => "Expectations",
            Self::Effortless => "Effortless",
            Self::StressFree => "StressFree",
            Self::Sensory => "Sensory",
            Self::Social => "Social",
            Self::InControl => "InControl",
            Self::Emotions => "Emotions",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|p| p.key().eq_ignore_ascii_case(key))
    }
}

/// A signal's tags. Principles are kept in the order of [`Principle::ALL`],
/// each once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tags {
    pub cause: Option<Cause>,
    pub principles: Vec<Principle>,
}

impl Tags {
    pub fn is_empty(&self) -> bool {
        self.cause.is_none() && self.principles.is_empty()
    }

    /// These tags with `principle` added or taken away.
    pub fn toggled(&self, principle: Principle) -> Self {
        let mut principles = self.principles.clone();
        if let Some(at) = principles.iter().position(|p| *p == principle) {
            principles.remove(at);
        } else {
            principles.push(principle);
            principles.sort();
        }
        Self {
            cause: self.cause,
            principles,
        }
    }

    /// As written in a conflict or a CSV cell: `Process; Effortless, InControl`.
    pub fn value(&self) -> String {
        self.to_string()
    }

    /// Reads [`Self::value`] back; `None` names an unknown word.
    pub fn parse(value: &str) -> Option<Self> {
        let (cause, principles) = value.split_once(';').unwrap_or((value, ""));
        let cause = match cause.trim() {
            "" => None,
            word => Some(Cause::from_key(word)?),
        };
        let mut principles = principles
            .split(',')
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(Principle::from_key)
            .collect::<Option<Vec<_>>>()?;
        principles.sort();
        principles.dedup();
        Some(Self { cause, principles })
    }
}

impl fmt::Display for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(cause) = self.cause {
            f.write_str(cause.key())?;
        }
        if !self.principles.is_empty() {
            f.write_str("; ")?;
            let words: Vec<_> = self.principles.iter().map(|p| p.key()).collect();
            f.write_str(&words.join(", "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_read_back_what_they_write() {
        let tags = Tags {
            cause: Some(Cause::Process),
            principles: vec![Principle::Effortless, Principle::InControl],
        };
        assert_eq!(tags.value(), "Process; Effortless, InControl");
        assert_eq!(Tags::parse(&tags.value()), Some(tags.clone()));
        let only_principle = Tags {
            cause: None,
            principles: vec![Principle::Social],
        };
        assert_eq!(only_principle.value(), "; Social");
        assert_eq!(Tags::parse("; Social"), Some(only_principle));
        assert_eq!(Tags::parse(""), Some(Tags::default()));
        assert_eq!(Tags::parse("Weather"), None);
    }

    #[test]
    fn toggling_keeps_principles_in_their_order() {
        let tags = Tags::default()
            .toggled(Principle::Emotions)
            .toggled(Principle::BrandValues);
        assert_eq!(
            tags.principles,
            [Principle::BrandValues, Principle::Emotions]
        );
        assert!(
            tags.toggled(Principle::BrandValues)
                .toggled(Principle::Emotions)
                .is_empty()
        );
    }
}
