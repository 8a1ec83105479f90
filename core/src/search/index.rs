//! The inverted index: for each term (a stem), the paragraphs that contain
//! it with their positions, and at each position which of the term's words
//! (as written) is there; and a sorted dictionary of the words as written
//! (folded, unstemmed) for completing the word being typed by binary search.
//!
//! The postings of all terms are one array, term after term, each term's
//! sorted by paragraph; their positions likewise. The index is built in two
//! passes over the text: the first tokenises once, interns the words and
//! counts each term's postings and positions; the second files every token
//! straight into its place, so no per-term lists are grown or sorted.

use super::query::{Atom, Word};
use super::text::{each_token, term};
use crate::Corpus;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

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
    pub text: Range<usize>,
}

/// A term's occurrences in one paragraph: `positions[start..start + count]`.
#[derive(Clone, Copy, Default)]
pub(super) struct Posting {
    pub paragraph: u32,
    start: u32,
    count: u32,
}

/// A folded word as written, with its term and its number among that term's words.
pub(super) struct IndexedWord {
    pub text: String,
    pub term: u32,
    variant: u16,
}

/// A term with more words than this marks the rest with it, and checks them by reading the text.
const MANY_VARIANTS: u16 = u16::MAX;

/// A paragraph's score for a query so far, and which clauses (a bit each) it matches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Scored {
    pub paragraph: u32,
    pub score: f32,
    pub clauses: u32,
}

/// Merges two lists sorted by paragraph, summing the scores (`a`'s first) of a paragraph in both.
pub(super) fn merge(a: &[Scored], b: &[Scored], out: &mut Vec<Scored>) {
    out.clear();
    out.reserve(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.paragraph < y.paragraph {
            out.push(x);
            i += 1;
        } else if y.paragraph < x.paragraph {
            out.push(y);
            j += 1;
        } else {
            out.push(Scored {
                paragraph: x.paragraph,
                score: x.score + y.score,
                clauses: x.clauses | y.clauses,
            });
            i += 1;
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
}

/// Adds `b` into `acc` (see [`merge`]), using `scratch`.
pub(super) fn merge_into(acc: &mut Vec<Scored>, b: &[Scored], scratch: &mut Vec<Scored>) {
    if acc.is_empty() {
        acc.extend_from_slice(b);
    } else if !b.is_empty() {
        merge(acc, b, scratch);
        std::mem::swap(acc, scratch);
    }
}

/// FxHash (as in rustc): much faster than SipHash for the short words
/// interned while building; the keys are the corpus' own words.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let mut last = [0; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(last) ^ rest.len() as u64);
    }

    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A word of at most 16 bytes as a number (no folded word has a zero byte),
/// so interning it compares keys without following a pointer.
fn short_key(word: &str) -> Option<u128> {
    let mut key = [0; 16];
    key.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    Some(u128::from_le_bytes(key))
}

/// In the first pass's token stream: this token shares the previous one's position.
const SAME_POSITION: u32 = 1 << 31;

/// A word of a phrase, resolved against the index.
#[derive(Clone, Copy)]
struct PhraseWord<'a> {
    /// Its term's postings (within the paragraphs searched).
    postings: &'a [Posting],
    /// Only this word of the term, for a quoted word.
    variant: Option<u16>,
    /// The word as typed, for a term with too many words to number.
    text: &'a str,
}

/// Full-text search over a corpus' titles and paragraphs. Build it once.
pub struct SearchIndex {
    /// Sorted, so a term is found by binary search.
    pub(super) terms: Vec<String>,
    /// Term `t`'s postings are `postings[term_starts[t]..term_starts[t + 1]]`, by paragraph.
    term_starts: Vec<u32>,
    postings: Vec<Posting>,
    positions: Vec<u32>,
    /// Per entry of `positions`, which of its term's words is written there.
    variants: Vec<u16>,
    /// Every folded word as written with its term, sorted, for prefix lookups.
    pub(super) words: Vec<IndexedWord>,
    pub(super) paragraphs: Vec<IndexedParagraph>,
    /// Document `d`'s title and paragraphs are `document_starts[d]..document_starts[d + 1]`.
    document_starts: Vec<u32>,
    /// Every title and paragraph, one after another.
    pub(super) text: String,
    average_length: f32,
    /// Per document position, its rank newest first (ties by id), for ordering ties.
    pub(super) newest_rank: Vec<u32>,
}

impl SearchIndex {
    pub fn new(corpus: &Corpus) -> SearchIndex {
        let documents = corpus.documents();
        let sections = documents.iter().enumerate().flat_map(|(d, document)| {
            let body = document.paragraphs.iter().map(|p| p.text.as_str());
            std::iter::once(document.title.as_str()).chain(body).enumerate().map(move |(n, t)| (d, n, t))
        });
        // First pass: intern words and terms, count postings and positions.
        let mut short_ids: FxMap<u128, u32> = FxMap::default();
        let mut long_ids: FxMap<String, u32> = FxMap::default();
        let mut word_texts: Vec<String> = Vec::new();
        // Per word id, its term (in order of first appearance) and variant.
        let mut word_terms: Vec<(u32, u16)> = Vec::new();
        let mut term_ids: FxMap<String, u32> = FxMap::default();
        let mut term_variants: Vec<u16> = Vec::new();
        let mut posting_counts: Vec<u32> = Vec::new();
        let mut position_counts: Vec<u32> = Vec::new();
        let mut last_paragraph: Vec<u32> = Vec::new();
        let mut stream: Vec<u32> = Vec::new();
        let mut stream_ends: Vec<usize> = Vec::new();
        let (mut paragraphs, mut text, mut document_starts) = (Vec::new(), String::new(), Vec::new());
        for (document, number, paragraph_text) in sections {
            let id = paragraphs.len() as u32;
            if number == 0 {
                document_starts.push(id);
            }
            let mut previous = u32::MAX;
            each_token(paragraph_text, |word, _, position| {
                let key = short_key(word);
                let known = match key {
                    Some(key) => short_ids.get(&key),
                    None => long_ids.get(word),
                };
                let word_id = match known {
                    Some(&word_id) => word_id,
                    None => {
                        let next = term_ids.len() as u32;
                        let term_id = *term_ids.entry(term(word)).or_insert(next);
                        if term_id == next {
                            term_variants.push(0);
                            posting_counts.push(0);
                            position_counts.push(0);
                            last_paragraph.push(u32::MAX);
                        }
                        let variant = &mut term_variants[term_id as usize];
                        word_terms.push((term_id, *variant));
                        *variant = variant.saturating_add(1);
                        let word_id = word_texts.len() as u32;
                        assert!(word_id < SAME_POSITION, "too many words to index");
                        match key {
                            Some(key) => short_ids.insert(key, word_id),
                            None => long_ids.insert(word.to_owned(), word_id),
                        };
                        word_texts.push(word.to_owned());
                        word_id
                    }
                };
                let term_id = word_terms[word_id as usize].0 as usize;
                if last_paragraph[term_id] != id {
                    last_paragraph[term_id] = id;
                    posting_counts[term_id] += 1;
                }
                position_counts[term_id] += 1;
                stream.push(if position == previous { word_id | SAME_POSITION } else { word_id });
                previous = position;
            });
            stream_ends.push(stream.len());
            let length = previous.wrapping_add(1);
            let range = text.len()..text.len() + paragraph_text.len();
            text.push_str(paragraph_text);
            paragraphs.push(IndexedParagraph {
                document: document as u32,
                number: number as u32,
                length,
                text: range,
            });
        }
        document_starts.push(paragraphs.len() as u32);
        // Number terms in sorted order, and lay out each term's postings and positions.
        let mut terms: Vec<(String, u32)> = term_ids.into_iter().collect();
        terms.sort_unstable();
        let mut renumbered = vec![0; terms.len()];
        for (new, (_, old)) in terms.iter().enumerate() {
            renumbered[*old as usize] = new as u32;
        }
        for (term_id, _) in &mut word_terms {
            *term_id = renumbered[*term_id as usize];
        }
        let (mut posting_cursor, mut position_cursor) = (Vec::with_capacity(terms.len()), Vec::new());
        let mut term_starts = Vec::with_capacity(terms.len() + 1);
        let (mut postings_total, mut positions_total) = (0_u32, 0_u32);
        for (_, old) in &terms {
            term_starts.push(postings_total);
            posting_cursor.push(postings_total);
            position_cursor.push(positions_total);
            postings_total += posting_counts[*old as usize];
            positions_total += position_counts[*old as usize];
        }
        term_starts.push(postings_total);
        // Second pass: file each token.
        let mut postings = vec![Posting::default(); postings_total as usize];
        let mut positions = vec![0; positions_total as usize];
        let mut variants = vec![0; positions_total as usize];
        last_paragraph.fill(u32::MAX);
        let mut stream_start = 0;
        for (paragraph, &stream_end) in stream_ends.iter().enumerate() {
            let paragraph = paragraph as u32;
            let mut position = u32::MAX;
            for &token in &stream[stream_start..stream_end] {
                if token & SAME_POSITION == 0 {
                    position = position.wrapping_add(1);
                }
                let (term_id, variant) = word_terms[(token & !SAME_POSITION) as usize];
                let term_id = term_id as usize;
                if last_paragraph[term_id] != paragraph {
                    last_paragraph[term_id] = paragraph;
                    let start = position_cursor[term_id];
                    postings[posting_cursor[term_id] as usize] = Posting { paragraph, start, count: 0 };
                    posting_cursor[term_id] += 1;
                }
                postings[posting_cursor[term_id] as usize - 1].count += 1;
                let at = position_cursor[term_id] as usize;
                positions[at] = position;
                variants[at] = variant;
                position_cursor[term_id] += 1;
            }
            stream_start = stream_end;
        }
        let mut words: Vec<IndexedWord> = word_texts
            .into_iter()
            .zip(&word_terms)
            .map(|(text, &(term, variant))| IndexedWord { text, term, variant })
            .collect();
        words.sort_unstable_by(|a, b| a.text.cmp(&b.text));
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
        SearchIndex {
            terms,
            term_starts,
            postings,
            positions,
            variants,
            words,
            paragraphs,
            document_starts,
            text,
            average_length,
            newest_rank,
        }
    }

    fn term_id(&self, term: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok()
    }

    /// A term's postings, by paragraph.
    pub(super) fn term_postings(&self, term: usize) -> &[Posting] {
        &self.postings[self.term_starts[term] as usize..self.term_starts[term + 1] as usize]
    }

    /// A term's postings in some paragraphs.
    fn postings_in(&self, term: usize, paragraphs: &Range<u32>) -> &[Posting] {
        let all = self.term_postings(term);
        if paragraphs.start == 0 && paragraphs.end as usize >= self.paragraphs.len() {
            return all;
        }
        let first = all.partition_point(|p| p.paragraph < paragraphs.start);
        let all = &all[first..];
        &all[..all.partition_point(|p| p.paragraph < paragraphs.end)]
    }

    fn occurrences(&self, posting: &Posting) -> Range<usize> {
        posting.start as usize..(posting.start + posting.count) as usize
    }

    /// The paragraphs of a document: its title's and its body's.
    pub(super) fn document_paragraphs(&self, document: usize) -> Range<u32> {
        self.document_starts[document]..self.document_starts[document + 1]
    }

    pub(super) fn paragraph_count(&self) -> u32 {
        self.paragraphs.len() as u32
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

    /// The words of a phrase against the index (each word has one term, as
    /// parsed), or `None` if one of them is nowhere in the corpus.
    fn phrase_words<'a>(&'a self, words: &'a [Word], paragraphs: &Range<u32>) -> Option<Vec<PhraseWord<'a>>> {
        words
            .iter()
            .map(|word| {
                let term = self.term_id(word.terms.first()?)?;
                let variant = if word.exact {
                    let i = self.words.binary_search_by(|w| w.text.as_str().cmp(&word.text)).ok()?;
                    Some(self.words[i].variant)
                } else {
                    None
                };
                Some(PhraseWord { postings: self.postings_in(term, paragraphs), variant, text: &word.text })
            })
            .collect()
    }

    /// Calls `f` with each position where a phrase starts in a paragraph,
    /// given each word's posting there, by merging their sorted positions.
    fn phrase_starts(&self, words: &[PhraseWord], postings: &[Posting], mut f: impl FnMut(u32)) {
        let mut cursors = [0_usize; super::query::MAX_PHRASE];
        let written = |word: &PhraseWord, at: usize, paragraph: u32| match word.variant {
            None => true,
            Some(MANY_VARIANTS) => {
                let position = self.positions[at];
                let mut found = false;
                each_token(self.paragraph_text(paragraph), |text, _, p| {
                    found |= p == position && text == word.text
                });
                found
            }
            Some(variant) => self.variants[at] == variant,
        };
        let paragraph = postings[0].paragraph;
        'starts: for first in self.occurrences(&postings[0]) {
            if !written(&words[0], first, paragraph) {
                continue;
            }
            let start = self.positions[first];
            for k in 1..words.len() {
                let target = start + k as u32;
                let range = self.occurrences(&postings[k]);
                let positions = &self.positions[range.clone()];
                let cursor = &mut cursors[k];
                while *cursor < positions.len() && positions[*cursor] < target {
                    *cursor += 1;
                }
                if *cursor == positions.len() {
                    return;
                }
                if positions[*cursor] != target || !written(&words[k], range.start + *cursor, paragraph) {
                    continue 'starts;
                }
            }
            f(start);
        }
    }

    /// Calls `f` with each paragraph (in `paragraphs`, in order) that has
    /// every word of a phrase, with each word's posting there.
    fn phrase_paragraphs(&self, words: &[PhraseWord], mut f: impl FnMut(&[Posting])) {
        let Some(rarest) = (0..words.len()).min_by_key(|&k| words[k].postings.len()) else { return };
        let mut cursors = vec![0_usize; words.len()];
        let mut found = vec![Posting::default(); words.len()];
        'paragraphs: for posting in words[rarest].postings {
            for (k, word) in words.iter().enumerate() {
                let rest = &word.postings[cursors[k]..];
                let skip = rest.partition_point(|p| p.paragraph < posting.paragraph);
                cursors[k] += skip;
                match rest.get(skip) {
                    Some(p) if p.paragraph == posting.paragraph => found[k] = *p,
                    Some(_) => continue 'paragraphs,
                    None => return,
                }
            }
            f(&found);
        }
    }

    /// The paragraphs (among `paragraphs`) an atom matches, sorted, with its
    /// BM25 score in each and `clauses` as their clause bits.
    pub(super) fn matches(&self, atom: &Atom, paragraphs: &Range<u32>, clauses: u32) -> Vec<Scored> {
        let mut found: Vec<Scored> = Vec::new();
        match atom {
            Atom::Word(word) => {
                let (mut next, mut scratch) = (Vec::new(), Vec::new());
                for id in self.term_ids(word) {
                    let idf = self.idf(self.term_postings(id).len());
                    let scored = self.postings_in(id, paragraphs).iter().map(|p| Scored {
                        paragraph: p.paragraph,
                        score: self.bm25(idf, p.count, p.paragraph),
                        clauses,
                    });
                    if found.is_empty() {
                        found.extend(scored);
                    } else {
                        next.clear();
                        next.extend(scored);
                        merge_into(&mut found, &next, &mut scratch);
                    }
                }
            }
            Atom::Phrase(words) => {
                let df =
                    |word: &Word| self.term_ids(word).map(|id| self.term_postings(id).len()).sum::<usize>();
                let idf: f32 = words.iter().map(|w| self.idf(df(w))).sum();
                let Some(resolved) = self.phrase_words(words, paragraphs) else { return found };
                self.phrase_paragraphs(&resolved, |postings| {
                    let mut starts = 0;
                    self.phrase_starts(&resolved, postings, |_| starts += 1);
                    if starts > 0 {
                        let paragraph = postings[0].paragraph;
                        found.push(Scored { paragraph, score: self.bm25(idf, starts, paragraph), clauses });
                    }
                });
            }
        }
        found
    }

    /// The runs of positions (`first..=last`) an atom matches in a paragraph, for marks.
    pub(super) fn spans(&self, atom: &Atom, paragraph: u32, spans: &mut Vec<(u32, u32)>) {
        let only = paragraph..paragraph + 1;
        match atom {
            Atom::Word(word) => {
                for id in self.term_ids(word) {
                    if let [posting] = self.postings_in(id, &only) {
                        spans.extend(self.positions[self.occurrences(posting)].iter().map(|&p| (p, p)));
                    }
                }
            }
            Atom::Phrase(words) => {
                let last = words.len() as u32 - 1;
                let Some(resolved) = self.phrase_words(words, &only) else { return };
                self.phrase_paragraphs(&resolved, |postings| {
                    self.phrase_starts(&resolved, postings, |s| spans.push((s, s + last)));
                });
            }
        }
    }

    pub(super) fn paragraph_text(&self, paragraph: u32) -> &str {
        &self.text[self.paragraphs[paragraph as usize].text.clone()]
    }
}
