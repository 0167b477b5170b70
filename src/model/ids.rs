//! Random, collision-resistant ids for stages, channels, signals,
//! personas, lanes and lines.
//!
//! Ids are random 64-bit numbers, not counters, so that two people adding
//! stages to separate copies of one file never produce the same id. In files
//! they are written as 16 lowercase hex digits.

use std::fmt;

/// A fresh random 64-bit value from the operating system's generator.
fn random_u64() -> u64 {
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness (exotic platforms): fall back to a hash of the clock
        // and a per-process counter, still unique within this process.
        use std::hash::{BuildHasher, RandomState};
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        return RandomState::new().hash_one((n, nanos));
    }
    u64::from_le_bytes(bytes)
}

/// Parses the file form of an id: 1 to 16 hex digits.
pub(crate) fn parse_hex_id(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 16 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(text, 16).ok()
}

macro_rules! define_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u64);

        impl $name {
            /// A new random id.
            pub fn random() -> Self {
                Self(random_u64())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:016x}", self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({self})", stringify!($name))
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                parse_hex_id(s)
                    .map(Self)
                    .ok_or_else(|| format!("`{s}` is not an id (expected 1 to 16 hex digits)"))
            }
        }
    };
}

define_id!(
    /// Identifies a stage (a column) within a project.
    StageId
);
define_id!(
    /// Identifies a touchpoint channel (a row) within a project.
    ChannelId
);
define_id!(
    /// Identifies a signal within a project.
    SignalId
);
define_id!(
    /// Identifies a persona within a project.
    PersonaId
);
define_id!(
    /// Identifies a lane (a row of one value per stage) within a project.
    LaneId
);
define_id!(
    /// Identifies a divider line (a service blueprint's line of visibility).
    LineId
);

impl PersonaId {
    /// The id of a map's first persona when the file does not say one:
    /// files with a single `persona` have always meant this one.
    pub const FIRST: Self = Self(1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_as_16_hex_digits_and_parse_back() {
        let id = StageId(0x00ab_cdef_0123_4567);
        assert_eq!(id.to_string(), "00abcdef01234567");
        assert_eq!("00abcdef01234567".parse::<StageId>(), Ok(id));
        assert!("xyz".parse::<StageId>().is_err());
        assert!("".parse::<StageId>().is_err());
        assert!("00000000000000001".parse::<StageId>().is_err());
    }

    #[test]
    fn random_ids_differ() {
        let ids: std::collections::HashSet<_> = (0..1000).map(|_| SignalId::random()).collect();
        assert_eq!(ids.len(), 1000);
    }
}
