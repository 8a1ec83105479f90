//! A document as read from GOV.UK or committees.parliament.uk, before it is
//! mapped to the taxonomy.

use crate::address::Address;
use corpus_compiler::ImportKey;
use explorer_core::model::Block;
use explorer_core::{Date, Facet};

pub struct Fetched {
    pub address: Address,
    pub title: String,
    /// The paragraphs and list items after the title.
    pub text: Vec<(Block, String)>,
    pub date: Date,
    /// The last update, when it is a later day than `date`.
    pub updated: Option<Date>,
    /// The document's kind as the source names it: a type's import key.
    pub kind: Named,
    pub publishers: Vec<Named>,
    pub people: Vec<Named>,
    /// GOV.UK's own label of the government it was published under.
    pub government: Option<GovernmentLabel>,
    /// What the reader should know: what was left out, what was dropped.
    pub notes: Vec<String>,
}

/// An organisation, person or document kind as the source names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub facet: Facet,
    pub name: String,
    pub key: ImportKey,
    /// The slug a new taxonomy entry for it would have.
    pub slug: String,
}

/// A government as GOV.UK labels it (`details.government`, with the dates
/// of `links.government` where the response has them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GovernmentLabel {
    pub title: String,
    pub current: bool,
    pub started: Option<Date>,
    pub ended: Option<Date>,
}

/// The day of an ISO 8601 timestamp as written (`2024-10-04T10:30:00.000+01:00`
/// is 4 October): GOV.UK writes its times in London time, so the day
/// written is the day its pages show.
pub fn day_of(timestamp: &str) -> Result<Date, String> {
    let pieces = jiff::fmt::temporal::Pieces::parse(timestamp)
        .map_err(|error| format!("{timestamp:?} is not an ISO 8601 date and time ({error})"))?;
    Date::parse(&pieces.date().to_string()).map_err(|error| format!("{timestamp:?}: {error}"))
}

/// The slug a name would have: lowercase words joined by hyphens.
pub fn slug_of(text: &str) -> String {
    let lowered = text.to_lowercase().replace(['’', '\''], "");
    let words: Vec<&str> =
        lowered.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty()).collect();
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_day_as_written() {
        assert_eq!(day_of("2024-10-04T10:30:00.000+01:00").unwrap().to_string(), "2024-10-04");
        assert_eq!(day_of("2024-11-03T23:30:00Z").unwrap().to_string(), "2024-11-03");
        assert_eq!(day_of("2024-11-03").unwrap().to_string(), "2024-11-03");
        assert!(day_of("4 November 2024").is_err());
        assert!(day_of("2024-02-30T00:00:00Z").is_err());
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(
            slug_of("Prime Minister’s Office, 10 Downing Street"),
            "prime-ministers-office-10-downing-street"
        );
        assert_eq!(slug_of("news_story"), "news-story");
    }
}
