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
        self.tally(search, positions, None)
    }

    /// The words of two sides' documents, and the pairs of either side,
    /// each with its count on both, in one table.
    pub fn count_sides(
        &self,
        search: &SearchIndex,
        a: &[usize],
        b: &[usize],
    ) -> (WordCounts, WordCounts, PairCounts) {
        let mut pairs = PairCounts::default();
        let counts_a = self.tally(search, a, Some((&mut pairs, 0)));
        let counts_b = self.tally(search, b, Some((&mut pairs, 1)));
        (counts_a, counts_b, pairs)
    }

    /// Counts the words of the documents at `positions` and, if given a
    /// table and a side, their pairs into that side's count.
    fn tally(
        &self,
        search: &SearchIndex,
        positions: &[usize],
        mut pairs: Option<(&mut PairCounts, usize)>,
    ) -> WordCounts {
        let mut counts = WordCounts { words: 0, terms: vec![0; search.term_count()] };
        for &position in positions {
            for paragraph in search.body_paragraphs(position) {
                let terms = search.sequences().terms(paragraph.id);
                counts.words += terms.len() as u64;
                let mut previous = NO_TERM;
                for &t in terms {
                    if t == NO_TERM {
                        previous = NO_TERM;
                        continue;
                    }
                    counts.terms[t as usize] += 1;
                    let kept = !self.ignores(t);
                    if let Some((table, side)) = pairs.as_mut().filter(|_| kept && previous != NO_TERM) {
                        table.entry(pair_key(previous, t)).or_default()[*side] += 1;
                    }
                    previous = if kept { t } else { NO_TERM };
                }
            }
        }
        counts
    }
}
