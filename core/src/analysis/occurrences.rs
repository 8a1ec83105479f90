//! Where a search matches: every occurrence of its words and phrases in the
//! body paragraphs of some documents. Only the paragraphs the index says
//! match are read, so the cost follows the matches, not the corpus.

use crate::model::Document;
use crate::search::{BodyParagraph, PreparedQuery, SearchIndex};
use std::ops::Range;

/// One match of a search in a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// Its document's position in `Corpus::documents`.
    pub document: usize,
    pub paragraph: BodyParagraph,
    /// Its bytes in the paragraph's text.
    pub range: Range<usize>,
}

/// Every occurrence of the query's words and phrases in the documents at
/// `positions`, document by document in that order, then in text order.
pub fn occurrences(search: &SearchIndex, query: &PreparedQuery, positions: &[usize]) -> Vec<Occurrence> {
    let mut found = Vec::new();
    for &document in positions {
        for paragraph in search.matching_paragraphs(query, document) {
            let spans = query.spans(search.text_of(paragraph.id));
            found.extend(spans.into_iter().map(|range| Occurrence { document, paragraph, range }));
        }
    }
    found
}

/// How many times the query matches the body of the document at
/// `position`: the number of its [`occurrences`], from the index alone when
/// the query is one word.
pub fn occurrence_count(search: &SearchIndex, query: &PreparedQuery, position: usize) -> u64 {
    let from_text = || occurrences(search, query, &[position]).len() as u64;
    search.word_occurrences(query, position).unwrap_or_else(from_text)
}

impl crate::Explorer {
    /// How many times a view's search matches the body of the document at
    /// `position`, `document` with its text (which an index loaded from the
    /// build's files does not hold).
    pub fn match_count(&self, outcome: &crate::Outcome, position: usize, document: &Document) -> usize {
        let Some(query) = outcome.search() else { return 0 };
        let search = self.search_index();
        if search.holds_text() {
            return occurrence_count(search, query, position) as usize;
        }
        let in_text = || {
            let matching = search.matching_paragraphs(query, position);
            let texts = matching.iter().filter_map(|p| document.paragraph(p.number));
            texts.map(|paragraph| query.spans(&paragraph.text).len() as u64).sum()
        };
        search.word_occurrences(query, position).unwrap_or_else(in_text) as usize
    }

    /// The numbers of the paragraphs of the document at `position` that a
    /// view's search matches, in order.
    pub fn matching_paragraphs(&self, outcome: &crate::Outcome, position: usize) -> Vec<u32> {
        let matching = outcome.search().map(|query| self.search_index().matching_paragraphs(query, position));
        matching.unwrap_or_default().into_iter().map(|p| p.number).collect()
    }
}
