//! Full-text search: BM25 over paragraphs, rolled up to documents.
//!
//! **Unit.** Each paragraph (and each title) is scored on its own with BM25
//! (k1 = 1.2, b = 0.75), because a paragraph is what the reader opens with
//! `p=` and what a passage shows: a document's words are only evidence
//! together when they are close together.
//!
//! **Matching.** Every word or phrase of the query must match somewhere in a
//! document (not necessarily in one paragraph: `albania asylum` should find
//! a report that names Albania in one paragraph and asylum in the next). A
//! phrase must match within one paragraph, as consecutive words. An excluded
//! word or phrase anywhere in a document removes the document.
//!
//! **Roll-up.** A document scores its best paragraph, plus a quarter of its
//! second, a sixteenth of its third, and so on ([`rank::roll_up`]). The
//! rest can add at most a third of the best, so a document with one
//! paragraph that is about the query beats one that mentions it in passing
//! in many paragraphs (as BM25 saturates term frequency, a paragraph that
//! repeats a word scores only about 1.5 times one that names it once, so
//! a damping of one half would let three passing mentions win; a plain sum
//! would let length win outright), while documents with equally good best
//! paragraphs are still told apart by the rest (which the maximum alone
//! would not do).
//!
//! **Title boost.** The title is indexed as one more paragraph and its score
//! doubled ([`rank::TITLE_BOOST`]) before the roll-up: a title says what the
//! whole document is about, so matching it is worth more than matching any
//! one paragraph; since it takes part in the same damped roll-up, a title
//! match alone cannot outweigh a document whose body is strongly on topic.
//!
//! **Scale.** Terms are found in a sorted dictionary, a word being typed in a
//! sorted list of the words as written (binary search for the first word
//! with the prefix). Postings hold paragraph, term frequency and positions,
//! all terms' in one array (and their positions in another), built in two
//! passes with no per-term lists; each position also records which of its
//! term's words is written there, so quoted (exact) words are checked
//! without re-reading the text. Phrases are checked only in the paragraphs
//! that have every word (walking from the rarest word's postings), by
//! merging sorted positions. A query works on sorted sparse lists of
//! paragraphs (each clause a bit, for "every clause matches in the
//! document"), never on arrays the size of the corpus.
//!
//! **Passages on demand.** Ranking needs only scores; passages need marks,
//! which need each paragraph's words re-read for their byte ranges. So
//! [`SearchIndex::hits`] ranks without passages and
//! [`SearchIndex::passages`] gives one hit's passages, for only the hits on
//! show, from a [`PreparedQuery`] ([`SearchIndex::prepare`]: parsed once
//! and completed). [`SearchIndex::search`] is both, for every hit.

mod index;
mod query;
mod rank;
mod text;

#[cfg(test)]
mod tests_query;
#[cfg(test)]
mod tests_scale;
#[cfg(test)]
mod tests_text;

pub use index::SearchIndex;
pub use query::{parse, Atom, ParsedQuery, Word};
pub use rank::{roll_up, PreparedQuery, DAMPING, PASSAGES, TITLE_BOOST};
pub use text::{term, tokenize, Token};

use std::ops::Range;

/// A document that matches a query.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentHit {
    /// Its position in `Corpus::documents`.
    pub position: usize,
    pub score: f32,
    /// Its best paragraphs (at most [`PASSAGES`]), best first. Empty when only the title matches,
    /// and always empty from [`SearchIndex::hits`] (see [`SearchIndex::passages`]).
    pub passages: Vec<Passage>,
}

/// A paragraph that matches a query, with what to highlight in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// 1-based, as in `p=` links.
    pub paragraph: u32,
    pub score: f32,
    /// Byte ranges in the paragraph's text to wrap in `<mark>`: sorted, disjoint.
    pub marks: Vec<Range<usize>>,
}

/// The byte ranges of a text that a query's words and phrases match (not
/// its exclusions), sorted and disjoint, for marking any paragraph.
///
/// The word being typed matches the words it begins and any word of the
/// same stem as one of those; the index can also match a word of the same
/// stem as a completion found only elsewhere in the corpus, so in that rare
/// case a passage has marks this function does not give.
pub fn highlight(text: &str, q: &str) -> Vec<Range<usize>> {
    let query = parse(q);
    let tokens = tokenize(text);
    let stems: Vec<String> = tokens.iter().map(|t| term(&t.text)).collect();
    // Per position, indices of its tokens (a `£` amount has two).
    let ranges = text::ranges_by_position(&tokens);
    let mut at: Vec<Vec<usize>> = vec![Vec::new(); ranges.len()];
    for (i, token) in tokens.iter().enumerate() {
        at[token.position as usize].push(i);
    }
    let completes = |word: &Word, i: usize| word.prefix && tokens[i].text.starts_with(&word.text);
    let word_at = |word: &Word, position: usize, completions: &[&String]| {
        at.get(position).is_some_and(|indices| {
            indices.iter().any(|&i| {
                if word.exact {
                    return tokens[i].text == word.text;
                }
                word.terms.contains(&stems[i]) || completes(word, i) || completions.contains(&&stems[i])
            })
        })
    };
    let mut spans = Vec::new();
    for atom in query.required.iter().flatten() {
        match atom {
            Atom::Word(word) => {
                let completions: Vec<&String> =
                    (0..tokens.len()).filter(|&i| completes(word, i)).map(|i| &stems[i]).collect();
                let found = (0..ranges.len()).filter(|&p| word_at(word, p, &completions));
                spans.extend(found.map(|p| (p as u32, p as u32)));
            }
            Atom::Phrase(words) => {
                let last = words.len() - 1;
                let matches_at =
                    |start: usize| words.iter().enumerate().all(|(k, w)| word_at(w, start + k, &[]));
                spans.extend(
                    (0..ranges.len()).filter(|&s| matches_at(s)).map(|s| (s as u32, (s + last) as u32)),
                );
            }
        }
    }
    text::marks(&ranges, spans)
}
