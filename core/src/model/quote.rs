//! A quoted statement of a document: one speaker's words over one or more
//! consecutive paragraphs, without the lead-in that names the speaker.

use super::Document;
use serde::{Deserialize, Serialize};
use std::ops::RangeInclusive;

/// One statement, as the compiler attributed it. In JSON: `speaker`, `first`
/// and `last` paragraph, `start` of the quoted words in the first, and
/// `briefed` when true.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// A slug of `Taxonomy::people`.
    pub speaker: String,
    /// The first and last paragraph of the statement, numbered from 1 as in `p=` links.
    pub first: u32,
    pub last: u32,
    /// Where the quoted words begin in the first paragraph: after its lead-in
    /// ("Home Secretary Yvette Cooper said:"), at the opening quotation mark.
    pub start: u32,
    /// Announced before it was said ("will say:", "is expected to say:"): the
    /// words as briefed to the press, not a record of what was said.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub briefed: bool,
}

impl Quote {
    pub fn paragraphs(&self) -> RangeInclusive<u32> {
        self.first..=self.last
    }

    /// The quoted words of each of its paragraphs, as (paragraph number,
    /// text), or `None` if the statement does not fit the document.
    pub fn parts<'a>(&self, document: &'a Document) -> Option<Vec<(u32, &'a str)>> {
        if self.first > self.last {
            return None;
        }
        self.paragraphs()
            .map(|number| {
                let text = document.paragraph(number)?.text.as_str();
                let from = if number == self.first { self.start as usize } else { 0 };
                Some((number, text.get(from..)?))
            })
            .collect()
    }

    /// The quoted words, paragraphs separated by a blank line.
    pub fn text(&self, document: &Document) -> Option<String> {
        let parts = self.parts(document)?;
        Some(parts.into_iter().map(|(_, text)| text).collect::<Vec<_>>().join("\n\n"))
    }
}
