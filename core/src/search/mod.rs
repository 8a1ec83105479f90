//! Full-text search: BM25 over paragraphs, rolled up to documents.
//!
//! **Parts.** `text` decides what a word is (tokens, folding,
//! stems); `query` parses the `q` string; `build` makes the index in two
//! passes, interning words (`intern`) and writing each term's postings
//! (`postings`), beside the `vocabulary` of words as written and the
//! taxonomy's `names`; `prepare` resolves a query's words against it
//! (completion, typos); `rank` scores paragraphs with `bm25`, matches
//! phrases (`phrase`), ranks them in `tier`s and orders documents; `marks`
//! gives the spans of a text a query matches; `parts` splits the index into
//! a head and postings files for the build to write, and reads them back
//! for a page that fetches only the postings of its search's words.
//!
//! **Unit.** Each paragraph (and each title) is scored on its own with BM25,
//! because a paragraph is what the reader opens with `p=` and what a passage
//! shows: a document's words are only evidence together when they are close
//! together.
//!
//! **Matching.** Every word or phrase of the query must match somewhere in a
//! document (not necessarily in one paragraph: `albania asylum` should find
//! a report that names Albania in one paragraph and asylum in the next). A
//! word matches its stem (`smuggler` finds `smugglers`); a phrase matches
//! its words' stems, consecutive, within one paragraph (`"small boats"`
//! finds "small boat"). An excluded word or phrase anywhere in a document
//! removes the document.
//!
//! **Completion and typos.** A word the corpus has is matched as itself,
//! even while it is being typed: a shared link to `rwanda` does not also
//! find "Rwandan". Only when no document has the word being typed is it
//! completed to the words it begins; only when a word (typed or not) has
//! neither a match nor a completion is it matched to the nearest words of
//! the vocabulary (one edit for words of 4–7 letters, two for longer). So a
//! completion or a correction is never mixed into exact matches, and the
//! page says when one was made ([`SearchNote`]), with a link to the word in
//! quotes: a quoted word is never completed or corrected, and when it
//! matches nothing, "Did you mean …?" offers its nearest word
//! ([`PreparedQuery::suggestion`]).
//!
//! **Order.** Documents are ordered by tier, then score. A query that
//! spells a name the taxonomy knows (an agency, person or place, by its
//! label or the words the corpus names it by) puts the documents tagged with
//! it first: `home office` ranks the reports about the Home Office above a
//! plan in which "the Home Secretary" took office. Next, documents whose
//! paragraphs hold the query's separate words together, as a phrase, then
//! within a few words of each other (at most four between them), rank above
//! documents that have them scattered; then documents with a phrase of the
//! query in the form typed rank above those with other forms of it.
//! Passages are ordered the same way.
//!
//! **Roll-up.** A document scores the paragraphs of its best tier (those
//! with the query's words together, when some have them: scattered
//! mentions elsewhere add nothing): the best, plus 0.4 of the second, 0.16
//! of the third, and so on (`rank::DAMPING`). So more than the best
//! paragraph counts, but the rest can add at most two thirds of it: a
//! document that discusses the query in two or three paragraphs beats one
//! that names it once (the Albania report's three paragraphs on small boat
//! crossings beat the G7 plan's two mentions), while a paragraph that is
//! about the query still weighs more than several passing mentions (BM25
//! saturates term frequency, so a plain sum would let length win). The
//! judged queries (`compiler/tests/judged_search.rs`) chose 0.4 over the
//! 0.25 this used before.
//!
//! **Length.** BM25's length normalisation is damped: `b` = 0.3 rather than
//! the usual 0.75 (k1 = 1.2). The paragraphs run from one-line quotations to
//! long arguments, and full normalisation made one mention of "the Channel"
//! in a one-sentence quotation outweigh the two paragraphs on Channel
//! crossings of the UK–France package and of the Albania report. A long
//! paragraph still weighs a mention less, a third as much as BM25's usual
//! setting makes it.
//!
//! **Title boost.** The title is indexed as one more paragraph and its score
//! doubled before the roll-up: a title says what the
//! whole document is about, so matching it is worth more than matching any
//! one paragraph; since it takes part in the same damped roll-up, a title
//! match alone cannot outweigh a document whose body is strongly on topic.
//!
//! **Scale.** Terms are found in a sorted dictionary, a word being typed in
//! the sorted vocabulary (binary search for the first word with the
//! prefix). Each term's postings (paragraph, term frequency, positions, and
//! at each position which of its words is written there) are a
//! self-contained record. Phrases and closeness are checked only in the
//! paragraphs that have every word, by merging sorted positions. A query
//! works on sorted sparse lists of paragraphs (each clause a bit), never on
//! arrays the size of the corpus.
//!
//! **Passages on demand.** Ranking needs only scores; passages need marks,
//! which need each paragraph's words re-read for their byte ranges. So
//! [`SearchIndex::hits`] ranks without passages and
//! [`SearchIndex::passages`] gives one hit's passages, for only the hits on
//! show, from a [`PreparedQuery`] ([`SearchIndex::prepare`]).
//! [`PreparedQuery::spans`] marks any text of the corpus the same way.

mod access;
mod bm25;
mod build;
mod front_coding;
mod index;
mod intern;
mod learned;
mod marks;
mod names;
mod note;
mod parts;
mod phrase;
mod postings;
mod prepare;
mod query;
mod rank;
mod scored;
mod text;
mod tier;
mod vocabulary;

#[cfg(test)]
mod tests_parts;
#[cfg(test)]
mod tests_query;
#[cfg(test)]
mod tests_scale;
#[cfg(test)]
mod tests_text;

pub use access::{BodyParagraph, NO_TERM};
pub use index::SearchIndex;
pub use intern::FxMap;
pub use marks::TermMatcher;
pub use note::{NoteKind, SearchNote};
pub use parts::{IndexHead, PostingsFile, PostingsPart};
pub use prepare::PreparedQuery;
pub use text::{term, tokenize, word_ranges, Token};

use std::ops::Range;

/// A document that matches a query.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentHit {
    /// Its position in `Corpus::documents`.
    pub position: usize,
    /// What orders hits before their score (higher first): naming what the
    /// query spells, its words together, its phrases in the form typed.
    pub tier: u16,
    pub score: f32,
    /// Its best paragraphs (at most three), best first. Empty when only the
    /// title matches, and always empty from [`SearchIndex::hits`] (see
    /// [`SearchIndex::passages`]).
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
