//! The analysis views, computed from a view's documents and search: trends
//! over time, the comparison of two sides, the concordance (KWIC) and its
//! collocates. Each reads the search index only where the search matches,
//! and the word counts ([`WordIndex`]) only for the documents it compares.

mod collocates;
mod compare;
mod kwic;
mod occurrences;
pub mod stats;
pub mod stop_words;
mod trends;
mod words;

#[cfg(test)]
mod tests;

pub use collocates::{collocates, Collocate, WINDOW};
pub use compare::{compare, compared_documents, sides, Comparison, Distinctive, SideSummary, MAX_TERMS};
pub use kwic::{concordance, Concordance, KwicLine, LineText};
pub use occurrences::{occurrence_count, occurrences, Occurrence};
pub use trends::{trends, Band, Span, Step, Trends};
pub use words::{PairBounds, PairCounts, WordCounts, WordIndex};

use crate::model::Document;
use crate::{Corpus, Explorer, Query, View};

impl Explorer {
    /// The documents whose text the view of `query` reads, given those its
    /// search finds (`found`): the concordance's, and the trends' of a
    /// search with a phrase (only the text counts a phrase; the index
    /// counts a word alone), are those found; the comparison's, those of
    /// its two sides; the other views' none (they read no text, or the
    /// whole of it). An index loaded from the build's files learns these
    /// texts ([`Explorer::learn_text`]) rather than waiting for the whole text.
    pub fn texts_read(&self, corpus: &Corpus, query: &Query, found: &[usize]) -> Vec<usize> {
        let counts_a_phrase = || !self.search_index().prepare(&query.q).parts_are_words();
        match query.view {
            View::Compare => compared_documents(corpus, self, query),
            View::Kwic if query.has_search() => found.to_vec(),
            View::Trends if query.has_search() && counts_a_phrase() => found.to_vec(),
            _ => Vec::new(),
        }
    }

    /// Of the documents at `positions`, those whose text the search index
    /// does not know (none, in an index of the whole text).
    pub fn unknown_texts(&self, positions: &[usize]) -> Vec<usize> {
        let search = self.search_index();
        positions.iter().copied().filter(|&position| !search.knows_text(position)).collect()
    }

    /// Teaches the search index the text of the document at `position`;
    /// refused, with why, if it is not the text the index was built from.
    pub fn learn_text(&self, position: usize, document: &'static Document) -> Result<(), String> {
        self.search_index().learn(position, document)
    }
}
