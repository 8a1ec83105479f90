//! The inverted index: for each term (a stem), the paragraphs that contain
//! it with their positions; and a sorted dictionary of the words as written
//! (folded, unstemmed) for completing the word being typed by binary search.

use super::query::{Atom, Word};
use super::text::{term, tokenize};
use crate::Corpus;
use std::collections::HashMap;

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;

/// A paragraph of the index: a document's title (number 0) or its paragraph `number`.
pub(super) struct IndexedParagraph {
    pub document: u32,
    pub number: u32,
    /// In positions (words).
    pub length: u32,
    /// Its bytes in `SearchIndex::text`.
    pub text: std::ops::Range<usize>,
}

/// A term's occurrences in one paragraph: `positions[start..start + count]`.
#[derive(Clone, Copy)]
pub(super) struct Posting {
    paragraph: u32,
    start: u32,
    count: u32,
}

/// Full-text search over a corpus' titles and paragraphs. Build it once.
pub struct SearchIndex {
    /// Sorted, so a term is found by binary search.
    pub(super) terms: Vec<String>,
    /// Per term (as in `terms`), by paragraph.
    pub(super) postings: Vec<Vec<Posting>>,
    positions: Vec<u32>,
    /// Every folded word as written with its term, sorted, for prefix lookups.
    pub(super) words: Vec<(String, u32)>,
    pub(super) paragraphs: Vec<IndexedParagraph>,
    /// Every title and paragraph, one after another.
    pub(super) text: String,
    average_length: f32,
    /// Per document position, its rank newest first (ties by id), for ordering ties.
    pub(super) newest_rank: Vec<u32>,
}

impl SearchIndex {
    pub fn new(corpus: &Corpus) -> SearchIndex {
        let documents = corpus.documents();
        let mut term_ids: HashMap<String, u32> = HashMap::new();
        let mut word_terms: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let (mut positions, mut paragraphs, mut text) = (Vec::new(), Vec::new(), String::new());
        let sections = documents.iter().enumerate().flat_map(|(d, document)| {
            let body = document.paragraphs.iter().map(|p| p.text.as_str());
            std::iter::once(document.title.as_str()).chain(body).enumerate().map(move |(n, t)| (d, n, t))
        });
        for (document, number, paragraph_text) in sections {
            let id = paragraphs.len() as u32;
            let tokens = tokenize(paragraph_text);
            let mut occurrences: Vec<(u32, u32)> = Vec::with_capacity(tokens.len());
            for token in &tokens {
                let term_id = *word_terms.entry(token.text.clone()).or_insert_with(|| {
                    let next = term_ids.len() as u32;
                    *term_ids.entry(term(&token.text)).or_insert(next)
                });
                if term_id as usize == postings.len() {
                    postings.push(Vec::new());
                }
                occurrences.push((term_id, token.position));
            }
            occurrences.sort_unstable();
            occurrences.dedup();
            for run in occurrences.chunk_by(|a, b| a.0 == b.0) {
                let (start, count) = (positions.len() as u32, run.len() as u32);
                postings[run[0].0 as usize].push(Posting { paragraph: id, start, count });
                positions.extend(run.iter().map(|&(_, position)| position));
            }
            let length = tokens.last().map_or(0, |t| t.position + 1);
            let range = text.len()..text.len() + paragraph_text.len();
            text.push_str(paragraph_text);
            paragraphs.push(IndexedParagraph {
                document: document as u32,
                number: number as u32,
                length,
                text: range,
            });
        }
        // Renumber terms in sorted order.
        let mut terms: Vec<(String, u32)> = term_ids.into_iter().collect();
        terms.sort_unstable();
        let mut renumbered = vec![0; terms.len()];
        for (new, (_, old)) in terms.iter().enumerate() {
            renumbered[*old as usize] = new as u32;
        }
        let postings = terms.iter().map(|(_, old)| std::mem::take(&mut postings[*old as usize])).collect();
        let mut words: Vec<(String, u32)> =
            word_terms.into_iter().map(|(word, old)| (word, renumbered[old as usize])).collect();
        words.sort_unstable();
        let total: u64 = paragraphs.iter().map(|p| u64::from(p.length)).sum();
        let average_length = (total as f32 / paragraphs.len().max(1) as f32).max(1.0);
        let mut by_rank: Vec<usize> = (0..documents.len()).collect();
        by_rank.sort_by(|&a, &b| {
            let (a, b) = (&documents[a], &documents[b]);
            b.date.value.cmp(&a.date.value).then_with(|| a.id.cmp(&b.id))
        });
        let mut newest_rank = vec![0; documents.len()];
        for (rank, &position) in by_rank.iter().enumerate() {
            newest_rank[position] = rank as u32;
        }
        let terms = terms.into_iter().map(|(term, _)| term).collect();
        SearchIndex { terms, postings, positions, words, paragraphs, text, average_length, newest_rank }
    }

    fn term_id(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// BM25's inverse document frequency of a term in `df` paragraphs.
    fn idf(&self, df: usize) -> f32 {
        let (n, df) = (self.paragraphs.len() as f32, df as f32);
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    fn bm25(&self, idf: f32, tf: u32, paragraph: u32) -> f32 {
        let length = self.paragraphs[paragraph as usize].length as f32;
        let tf = tf as f32;
        idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / self.average_length))
    }

    fn term_ids<'a>(&'a self, word: &'a Word) -> impl Iterator<Item = usize> + 'a {
        word.terms.iter().filter_map(|t| self.term_id(t))
    }

    /// The positions of a word in a paragraph, sorted.
    fn word_positions(&self, word: &Word, paragraph: u32) -> Vec<u32> {
        let mut found = Vec::new();
        for id in self.term_ids(word) {
            let postings = &self.postings[id];
            if let Ok(i) = postings.binary_search_by_key(&paragraph, |p| p.paragraph) {
                let Posting { start, count, .. } = postings[i];
                found.extend_from_slice(&self.positions[start as usize..(start + count) as usize]);
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Where a phrase starts in a paragraph. Stems are checked by positions;
    /// exact (quoted) words then by tokenising the paragraph, only if the stems match.
    fn phrase_starts(&self, words: &[Word], paragraph: u32) -> Vec<u32> {
        let mut starts = self.word_positions(&words[0], paragraph);
        for (offset, word) in words.iter().enumerate().skip(1) {
            let positions = self.word_positions(word, paragraph);
            starts.retain(|&s| positions.binary_search(&(s + offset as u32)).is_ok());
        }
        if !starts.is_empty() && words.iter().any(|w| w.exact) {
            let tokens = tokenize(self.paragraph_text(paragraph));
            let written = |position: u32, word: &Word| {
                let first = tokens.partition_point(|t| t.position < position);
                tokens[first..].iter().take_while(|t| t.position == position).any(|t| t.text == word.text)
            };
            starts.retain(|&s| words.iter().zip(s..).all(|(w, p)| !w.exact || written(p, w)));
        }
        starts
    }

    /// The paragraphs an atom matches, sorted, with its BM25 score in each.
    pub(super) fn matches(&self, atom: &Atom) -> Vec<(u32, f32)> {
        let mut found: Vec<(u32, f32)> = Vec::new();
        match atom {
            Atom::Word(word) => {
                for id in self.term_ids(word) {
                    let idf = self.idf(self.postings[id].len());
                    let scored =
                        self.postings[id].iter().map(|p| (p.paragraph, self.bm25(idf, p.count, p.paragraph)));
                    found.extend(scored);
                }
            }
            Atom::Phrase(words) => {
                let df = |word: &Word| self.term_ids(word).map(|id| self.postings[id].len()).sum::<usize>();
                let Some(rarest) = words.iter().min_by_key(|w| df(w)) else { return found };
                let idf: f32 = words.iter().map(|w| self.idf(df(w))).sum();
                let mut candidates: Vec<u32> = self
                    .term_ids(rarest)
                    .flat_map(|id| self.postings[id].iter().map(|p| p.paragraph))
                    .collect();
                candidates.sort_unstable();
                candidates.dedup();
                for paragraph in candidates {
                    let starts = self.phrase_starts(words, paragraph).len() as u32;
                    if starts > 0 {
                        found.push((paragraph, self.bm25(idf, starts, paragraph)));
                    }
                }
            }
        }
        found.sort_unstable_by_key(|&(paragraph, _)| paragraph);
        found.dedup_by(|b, a| {
            a.0 == b.0 && {
                a.1 += b.1;
                true
            }
        });
        found
    }

    /// The runs of positions (`first..=last`) an atom matches in a paragraph, for marks.
    pub(super) fn spans(&self, atom: &Atom, paragraph: u32) -> Vec<(u32, u32)> {
        match atom {
            Atom::Word(word) => self.word_positions(word, paragraph).into_iter().map(|p| (p, p)).collect(),
            Atom::Phrase(words) => {
                let last = words.len() as u32 - 1;
                self.phrase_starts(words, paragraph).into_iter().map(|s| (s, s + last)).collect()
            }
        }
    }

    pub(super) fn paragraph_text(&self, paragraph: u32) -> &str {
        &self.text[self.paragraphs[paragraph as usize].text.clone()]
    }
}
