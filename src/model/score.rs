//! An experience score, −2 to +2: the ideal and real experience of a
//! cell, a persona's emotion, what a survey measure suggests.

/// An experience score from -2 (very negative) to +2 (very positive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Score(i8);

impl Score {
    pub const MIN: i8 = -2;
    pub const MAX: i8 = 2;

    /// The five scores from very negative to very positive.
    pub const ALL: [Score; 5] = [Score(-2), Score(-1), Score(0), Score(1), Score(2)];

    /// A score, or `None` when `value` is outside -2..=+2.
    pub fn new(value: i64) -> Option<Self> {
        i8::try_from(value)
            .ok()
            .filter(|v| (Self::MIN..=Self::MAX).contains(v))
            .map(Self)
    }

    pub fn value(self) -> i8 {
        self.0
    }

    /// The score with its sign: "+2", "0", "-1".
    pub fn signed(self) -> String {
        format!("{:+}", self.0)
    }

    /// [`Self::signed`], or a dash when the score is not set.
    pub fn signed_or_dash(score: Option<Self>) -> String {
        score.map_or_else(|| "–".to_owned(), Self::signed)
    }

    /// The score's name in the catalogues ("Very negative").
    pub fn key(self) -> &'static str {
        match self.0 {
            -2 => "score-very-negative",
            -1 => "score-negative",
            0 => "score-neutral",
            1 => "score-positive",
            _ => "score-very-positive",
        }
    }
}
