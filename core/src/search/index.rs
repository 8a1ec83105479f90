//! The index's data: the term dictionary and each term's postings, each
//! paragraph's terms by position, the vocabulary of words as written (and
//! each term's most frequent one), the paragraphs (titles among them) with
//! their lengths and text, and the names the taxonomy knows. Built by
//! [`super::build`]; read by preparing and ranking a query.

use super::access::TermSequences;
use super::bm25::Bm25;
use super::learned::LearnedText;
use super::names::Names;
use super::parts::PostingsFile;
use super::postings::{PostingStore, TermPostings};
use super::vocabulary::Vocabulary;
use crate::corpus::NewestFirst;
use std::ops::Range;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// A paragraph of the index: a document's title (number 0) or its paragraph `number`.
pub(super) struct IndexedParagraph {
    pub document: u32,
    pub number: u32,
    /// In positions (words). In an index loaded from the build's files,
    /// 0 until a postings file of a term it has is added: its terms'
    /// records carry it, so the index's head need not ([`super::parts`]).
    length: AtomicU32,
    /// Its bytes in `SearchIndex::text`.
    pub text: Range<usize>,
}

impl IndexedParagraph {
    pub fn new(document: u32, number: u32, length: u32, text: Range<usize>) -> IndexedParagraph {
        IndexedParagraph { document, number, length: AtomicU32::new(length), text }
    }

    /// Its length in positions, for ranking; 0 while not known.
    pub fn length(&self) -> u32 {
        self.length.load(Ordering::Relaxed)
    }

    /// Takes its length from a postings file; refused with the length it
    /// had if another file gave it another.
    pub fn learn_length(&self, length: u32) -> Result<(), u32> {
        match self.length.swap(length, Ordering::Relaxed) {
            before if before != 0 && before != length => Err(before),
            _ => Ok(()),
        }
    }
}

/// The positions of all `paragraphs`, for BM25's average length.
pub(super) fn total_positions(paragraphs: &[IndexedParagraph]) -> u64 {
    paragraphs.iter().map(|p| u64::from(p.length())).sum()
}

/// Full-text search over a corpus' titles and paragraphs. Build it once.
pub struct SearchIndex {
    /// Every term (stem), sorted: term `t` is `terms[t]`.
    pub(super) terms: Vec<String>,
    pub(super) postings: PostingStore,
    /// Every paragraph's terms by position: the postings turned around.
    pub(super) sequences: TermSequences,
    pub(super) vocabulary: Vocabulary,
    /// Per term, the variant of its most frequent word as written.
    pub(super) written: Vec<u16>,
    /// Every title and paragraph, document by document.
    pub(super) paragraphs: Vec<IndexedParagraph>,
    /// Document `d`'s title and paragraphs are `document_starts[d]..document_starts[d + 1]`.
    pub(super) document_starts: Vec<u32>,
    /// Per document, the words of its body (its title left out).
    pub(super) body_words: Vec<u32>,
    /// Every title and paragraph, one after another; empty in an index
    /// loaded from the build's files, which hold no text.
    pub(super) text: String,
    pub(super) bm25: Bm25,
    pub(super) names: Names,
    /// For ordering ties newest first.
    pub(super) newest_first: NewestFirst,
    /// The build's postings files, in an index loaded from them (else none).
    pub(super) files: Vec<PostingsFile>,
    /// Per document, its text once learned, in an index loaded from the
    /// build's files (else none: the index holds the text).
    pub(super) learned: Vec<OnceLock<LearnedText>>,
}

impl SearchIndex {
    pub(super) fn term_id(&self, term: &str) -> Option<u32> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok().map(|t| t as u32)
    }

    pub(super) fn term_postings(&self, term: u32) -> TermPostings<'_> {
        self.postings.term(term as usize)
    }

    /// In how many paragraphs a term occurs (its postings loaded or not).
    pub(super) fn paragraph_count(&self, term: u32) -> usize {
        self.postings.paragraph_count(term as usize)
    }

    /// The paragraphs of a document: its title's and its body's.
    pub(super) fn document_paragraphs(&self, document: usize) -> Range<u32> {
        self.document_starts[document]..self.document_starts[document + 1]
    }

    pub(super) fn all_paragraphs(&self) -> Range<u32> {
        0..self.paragraphs.len() as u32
    }

    pub(super) fn document_count(&self) -> usize {
        self.document_starts.len() - 1
    }

    pub(super) fn paragraph(&self, paragraph: u32) -> &IndexedParagraph {
        &self.paragraphs[paragraph as usize]
    }

    pub(super) fn paragraph_text(&self, paragraph: u32) -> &str {
        &self.text[self.paragraph(paragraph).text.clone()]
    }
}
