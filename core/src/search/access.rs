//! What the analysis views read from the index: a document's body
//! paragraphs and its length in words, the paragraphs' text, the
//! paragraphs a query matches in one document, each paragraph's terms by
//! position, and a term's text and most frequent written form.

use super::index::SearchIndex;
use super::prepare::{Matcher, PreparedQuery};

/// A body paragraph of a document, as the index holds it (titles are left out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodyParagraph {
    /// Its number in the index, for [`SearchIndex::text_of`] and [`SearchIndex::terms_of`].
    pub id: u32,
    /// Its number in its document, from 1, as in `p=` links.
    pub number: u32,
}

/// Every paragraph's terms in order of position, written while the index
/// is built (in order, where reading them off the postings afterwards
/// scatters every write), for counting words and word pairs and placing
/// concordance lines without re-reading the text.
#[derive(Default)]
pub(super) struct TermSequences {
    /// Paragraph `p`'s terms are `terms[starts[p]..starts[p + 1]]`.
    pub(super) starts: Vec<u32>,
    pub(super) terms: Vec<u32>,
    /// Per position, which of its term's words stands there (as the postings number them).
    pub(super) variants: Vec<u16>,
}

/// Marks a position no term stands at (none, in an index built from text).
pub const NO_TERM: u32 = u32::MAX;

impl TermSequences {
    /// The terms of paragraph `id`, one per position.
    pub fn terms(&self, id: u32) -> &[u32] {
        &self.terms[self.run(id)]
    }

    /// Which of its term's words stands at each position of paragraph `id`.
    pub fn variants(&self, id: u32) -> &[u16] {
        &self.variants[self.run(id)]
    }

    fn run(&self, id: u32) -> std::ops::Range<usize> {
        self.starts[id as usize] as usize..self.starts[id as usize + 1] as usize
    }
}

impl SearchIndex {
    /// The body paragraphs of the document at `position`, in order.
    pub fn body_paragraphs(&self, position: usize) -> impl Iterator<Item = BodyParagraph> + '_ {
        let paragraphs = self.document_paragraphs(position);
        paragraphs
            .map(|id| (id, self.paragraph(id)))
            .filter(|(_, p)| p.number > 0)
            .map(|(id, p)| BodyParagraph { id, number: p.number })
    }

    /// The words of the document at `position`'s body.
    pub fn body_words(&self, position: usize) -> u64 {
        u64::from(self.body_words[position])
    }

    /// The body paragraphs of the document at `position` that match any
    /// word or phrase of the query, as the index matches them.
    pub fn matching_paragraphs(&self, query: &PreparedQuery, position: usize) -> Vec<BodyParagraph> {
        if position >= self.document_count() || query.required.is_empty() {
            return Vec::new();
        }
        let scores = self.paragraph_scores(query, &self.document_paragraphs(position));
        let matched = scores.iter().map(|s| (s.paragraph, self.paragraph(s.paragraph)));
        matched.filter(|(_, p)| p.number > 0).map(|(id, p)| BodyParagraph { id, number: p.number }).collect()
    }

    /// How many times a query of one word (no phrase, no `OR`) matches the
    /// body of the document at `position`, counted from the postings without
    /// reading the text; `None` for any other query. A word matches every
    /// token with one of its terms, so this is the number of its spans there.
    pub fn word_occurrences(&self, query: &PreparedQuery, position: usize) -> Option<u64> {
        let [clause] = query.required.as_slice() else { return None };
        let [Matcher::Word(word)] = clause.as_slice() else { return None };
        if position >= self.document_count() {
            return Some(0);
        }
        let paragraphs = self.document_paragraphs(position);
        let in_body = |posting: &&super::postings::Posting| self.paragraph(posting.paragraph).number > 0;
        let count = |term: &u32| -> u64 {
            let postings = self.term_postings(*term).within(&paragraphs).postings;
            postings.iter().filter(in_body).map(|posting| u64::from(posting.count)).sum()
        };
        Some(word.terms.iter().map(count).sum())
    }

    /// How many terms the index has; terms are numbered `0..term_count()`.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// A term (a stem) as the index stores it.
    pub fn term_text(&self, term: u32) -> &str {
        &self.terms[term as usize]
    }

    /// The number of a term, if the index has it.
    pub fn find_term(&self, term: &str) -> Option<u32> {
        self.term_id(term)
    }

    /// The word as written that stands for a term most often in the corpus
    /// (the first in alphabetical order among equals), as the index counted
    /// them while it was built.
    pub fn written_form(&self, term: u32) -> &str {
        let word = self.vocabulary.word(term, self.written[term as usize]);
        word.map_or_else(|| self.term_text(term), |w| w.text.as_str())
    }

    /// Where the word (as written, folded) that is `variant` of `term`
    /// stands among all the corpus's words in alphabetical order: words
    /// compare as their ranks do. `None` if the term has no such word.
    pub fn word_rank(&self, term: u32, variant: u16) -> Option<u32> {
        self.vocabulary.rank(term, variant)
    }
}

impl PreparedQuery {
    /// Each word or phrase the query asks for, alone, with how it was
    /// typed (`"small boats"` in quotes): the series of a trend. Exclusions
    /// and ranking hints are left out; what each part matches is what the
    /// whole query matches of it.
    pub fn parts(&self) -> Vec<(String, PreparedQuery)> {
        let matchers = self.required.iter().flatten();
        matchers
            .map(|matcher| {
                let label = match matcher {
                    Matcher::Word(word) => word.typed.clone(),
                    Matcher::Phrase(words) => {
                        let typed: Vec<&str> = words.iter().map(|w| w.typed.as_str()).collect();
                        format!("\"{}\"", typed.join(" "))
                    }
                };
                (label, PreparedQuery::of(vec![vec![matcher.clone()]]))
            })
            .collect()
    }

    /// Whether each of its [`parts`](PreparedQuery::parts) is one word, whose
    /// matches the index counts without the text ([`SearchIndex::word_occurrences`]).
    pub fn parts_are_words(&self) -> bool {
        self.required.iter().flatten().all(|matcher| matches!(matcher, Matcher::Word(_)))
    }
}
