//! The word counts the compare view and the collocates are computed from
//! the index's terms by position: which terms are left out (stop words and
//! numbers), and the counts of words and word pairs over a set of documents.

use super::stop_words::STOP_WORDS;
use crate::search::{term, FxMap, SearchIndex, NO_TERM};

/// Which words the analyses leave out; built once.
pub struct WordIndex {
    /// Per term: a stop word or a number, left out of comparisons.
    ignored: Vec<bool>,
}

/// The words of some documents, each term counted.
pub struct WordCounts {
    /// Every word, stop words included: the size of the side.
    pub words: u64,
    /// Per term.
    pub terms: Vec<u32>,
}

/// Each pair of consecutive terms neither of which is left out, by its two
/// terms in one number (the first in the high 32 bits), with its count on
/// each of two sides.
pub type PairCounts = FxMap<u64, [u32; 2]>;

/// Two terms as one key, the first in the high half.
pub(super) fn pair_key(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

/// The two terms of a pair's key.
pub(super) fn pair_terms(key: u64) -> (u32, u32) {
    ((key >> 32) as u32, key as u32)
}

impl WordIndex {
    pub fn new(search: &SearchIndex) -> WordIndex {
        let mut ignored: Vec<bool> = (0..search.term_count() as u32)
            .map(|t| search.term_text(t).starts_with(|c: char| c.is_ascii_digit() || c == '£'))
            .collect();
        for word in STOP_WORDS {
            if let Some(t) = search.find_term(&term(word)) {
                ignored[t as usize] = true;
            }
        }
        WordIndex { ignored }
    }

    /// Whether a term is a stop word or a number (or no term).
    pub fn ignores(&self, term: u32) -> bool {
        self.ignored.get(term as usize).copied().unwrap_or(true)
    }

    /// The words of the documents at `positions`.
    pub fn count(&self, search: &SearchIndex, positions: &[usize]) -> WordCounts {
        self.tally(search, positions, |_| {})
    }

    /// The words of two sides' documents, and bounds on their pairs'
    /// counts for [`WordIndex::count_pairs`], in one pass.
    pub fn count_sides(
        &self,
        search: &SearchIndex,
        a: &[usize],
        b: &[usize],
    ) -> (WordCounts, WordCounts, PairBounds) {
        let mut bounds = PairBounds(vec![0; 1 << BOUND_BITS]);
        let counts_a = self.tally(search, a, |key| bounds.add(key));
        let counts_b = self.tally(search, b, |key| bounds.add(key));
        (counts_a, counts_b, bounds)
    }

    /// The pairs of two sides' documents that occur at least `least`
    /// times on both together, each with its count on each side (rarer
    /// pairs may be there too), given the sides' [`PairBounds`].
    pub fn count_pairs(
        &self,
        search: &SearchIndex,
        [a, b]: [&[usize]; 2],
        bounds: &PairBounds,
        least: u64,
    ) -> PairCounts {
        let mut pairs = PairCounts::default();
        for (index, side) in [a, b].into_iter().enumerate() {
            for terms in paragraph_terms(search, side) {
                self.walk(
                    terms,
                    |_| {},
                    |key| {
                        if bounds.at_least(key, least) {
                            pairs.entry(key).or_default()[index] += 1;
                        }
                    },
                );
            }
        }
        pairs
    }

    /// Counts the words of the documents at `positions`, and calls
    /// `on_pair` with the key of each of their pairs.
    fn tally(&self, search: &SearchIndex, positions: &[usize], mut on_pair: impl FnMut(u64)) -> WordCounts {
        let mut counts = WordCounts { words: 0, terms: vec![0; search.term_count()] };
        for terms in paragraph_terms(search, positions) {
            counts.words += terms.len() as u64;
            self.walk(terms, |t| counts.terms[t as usize] += 1, &mut on_pair);
        }
        counts
    }

    /// Calls `on_term` with each term of a paragraph's, and `on_pair` with
    /// the key of each pair of consecutive terms neither left out.
    fn walk(&self, terms: &[u32], mut on_term: impl FnMut(u32), mut on_pair: impl FnMut(u64)) {
        let mut previous = NO_TERM;
        for &t in terms {
            if t != NO_TERM {
                on_term(t);
            }
            // No term, as a stop word, parts the words either side.
            let kept = !self.ignores(t);
            if kept && previous != NO_TERM {
                on_pair(pair_key(previous, t));
            }
            previous = if kept { t } else { NO_TERM };
        }
    }
}

/// Most pairs are rare, and a table of them all is large and slow to fill,
/// so counting words also counts every pair into a small array of counters
/// by hash: a pair's counter is at least its count on both sides, as other
/// pairs only add to it, and only pairs whose counter reaches the
/// significance floor go into the table.
pub struct PairBounds(Vec<u16>);

impl PairBounds {
    fn slot(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BOUND_BITS)) as usize
    }

    fn add(&mut self, key: u64) {
        let counter = &mut self.0[Self::slot(key)];
        *counter = counter.saturating_add(1);
    }

    fn at_least(&self, key: u64, least: u64) -> bool {
        u64::from(self.0[Self::slot(key)]) >= least
    }
}

/// The bits of the hash that pick a pair's counter in [`PairBounds`]:
/// a million counters, 2 MB.
const BOUND_BITS: u32 = 20;

/// The terms by position of each body paragraph of the documents at `positions`.
fn paragraph_terms<'a>(
    search: &'a SearchIndex,
    positions: &'a [usize],
) -> impl Iterator<Item = &'a [u32]> + 'a {
    let paragraphs = positions.iter().flat_map(|&position| search.body_paragraphs(position));
    paragraphs.map(|paragraph| search.terms_of(paragraph.id))
}
