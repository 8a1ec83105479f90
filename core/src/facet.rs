//! The facets a reader filters by, in the order the URL and the page list them.

use serde::{Deserialize, Serialize};

/// A facet of the corpus. The order of the variants is the canonical order
/// of their keys in the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    Period,
    Topic,
    Agency,
    Type,
    Person,
    Place,
}

impl Facet {
    pub const ALL: [Facet; 6] =
        [Facet::Period, Facet::Topic, Facet::Agency, Facet::Type, Facet::Person, Facet::Place];

    /// The URL key, which is also the `data-facet` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Period => "period",
            Facet::Topic => "topic",
            Facet::Agency => "agency",
            Facet::Type => "type",
            Facet::Person => "person",
            Facet::Place => "place",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|facet| facet.key() == key)
    }

    /// The heading of the facet's group of filters.
    pub fn title(self) -> &'static str {
        match self {
            Facet::Period => "Government",
            Facet::Topic => "Topic",
            Facet::Agency => "Agency",
            Facet::Type => "Document type",
            Facet::Person => "Person",
            Facet::Place => "Place",
        }
    }

    /// Position in [`Facet::ALL`], for per-facet arrays.
    pub fn position(self) -> usize {
        self as usize
    }

    /// Facets tagged on paragraphs from the text (the others come from metadata).
    pub fn is_tagged_in_text(self) -> bool {
        matches!(self, Facet::Topic | Facet::Agency | Facet::Person | Facet::Place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_in_canonical_order() {
        let keys: Vec<_> = Facet::ALL.iter().map(|f| f.key()).collect();
        assert_eq!(keys, ["period", "topic", "agency", "type", "person", "place"]);
        for (position, facet) in Facet::ALL.into_iter().enumerate() {
            assert_eq!(Facet::from_key(facet.key()), Some(facet));
            assert_eq!(facet.position(), position);
        }
        assert_eq!(Facet::from_key("doc"), None);
    }
}
