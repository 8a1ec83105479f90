//! Highlight spans: the byte ranges of a text that a prepared query's words
//! and phrases match, read from the text itself, so any paragraph can be
//! marked (the reader's, a quotation, a concordance line) exactly as the
//! index matches it; or the same spans as runs of positions, read from a
//! paragraph's terms (the concordance, over thousands of paragraphs).

use super::index::SearchIndex;
use super::prepare::{Matcher, PreparedQuery, WordMatch};
use super::text::each_token;
use std::ops::Range;

impl PreparedQuery {
    /// The byte ranges of `text` (a title or paragraph of the corpus the
    /// query was prepared on) that its words and phrases match, not its
    /// exclusions: every occurrence, sorted, overlapping ones merged.
    ///
    /// A token matches a word when it is one of the word's forms (the words
    /// of the corpus with a term the word matches), which is what the index
    /// matches, so a paragraph has spans exactly when the index finds a
    /// word or phrase of the query in it.
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        let words = self.marked_words();
        if words.iter().all(|w| w.forms.is_empty()) {
            return Vec::new();
        }
        // Per position, its byte range and which of `words` stand there.
        let mut ranges: Vec<Range<usize>> = Vec::new();
        let mut found: Vec<bool> = Vec::new();
        each_token(text, |token, range, position| {
            if ranges.len() == position as usize {
                ranges.push(range);
                found.resize(found.len() + words.len(), false);
            }
            let at = &mut found[position as usize * words.len()..];
            for (k, word) in words.iter().enumerate() {
                at[k] |= word.forms.binary_search_by(|form| form.as_str().cmp(token)).is_ok();
            }
        });
        let has = |position: usize, k: usize| found.get(position * words.len() + k).copied().unwrap_or(false);
        let runs = matched_runs(&self.matcher_lengths(), ranges.len(), has);
        runs.iter()
            .filter_map(|&(first, last)| Some(ranges.get(first)?.start..ranges.get(last)?.end))
            .collect()
    }

    /// Every word of its words and phrases, in order, a phrase's one after another.
    fn marked_words(&self) -> Vec<&WordMatch> {
        let words = self.required.iter().flatten().flat_map(|matcher| match matcher {
            Matcher::Word(word) => std::slice::from_ref(word),
            Matcher::Phrase(words) => words.as_slice(),
        });
        words.collect()
    }

    /// How many of [`Self::marked_words`] each word or phrase takes.
    fn matcher_lengths(&self) -> Vec<usize> {
        let length = |matcher: &Matcher| match matcher {
            Matcher::Word(_) => 1,
            Matcher::Phrase(words) => words.len(),
        };
        self.required.iter().flatten().map(length).collect()
    }
}

impl SearchIndex {
    /// A query's spans found by terms rather than in text, for many
    /// paragraphs at a time (see [`TermMatcher::spans`]).
    pub fn term_matcher(&self, query: &PreparedQuery) -> TermMatcher {
        let (mut marks, mut more) = (vec![0u64; self.term_count()], Vec::new());
        for (k, word) in query.marked_words().iter().enumerate() {
            // A `£` amount's position holds the amount's term alone, its plain number's too.
            let numbers =
                word.terms.iter().filter(|&&t| self.term_text(t).starts_with(|c: char| c.is_ascii_digit()));
            let amounts = numbers.filter_map(|&t| self.find_term(&format!("£{}", self.term_text(t))));
            let mut terms: Vec<u32> = word.terms.iter().copied().chain(amounts).collect();
            if k < MASKED {
                terms.iter().for_each(|&term| marks[term as usize] |= 1 << k);
            } else {
                terms.sort_unstable();
                more.push(terms);
            }
        }
        TermMatcher { marks, more, lengths: query.matcher_lengths() }
    }
}

/// The marked words a [`TermMatcher`] looks up by one bit per term.
const MASKED: usize = 64;

/// A query's marks found in a paragraph's terms by position
/// ([`SearchIndex::terms_of`](super::SearchIndex::terms_of)) instead of its
/// text: each position has its token's term, and a token is a form of a
/// word exactly when its term is one of the word's (or, at a `£` amount,
/// its plain number's is), so the runs are those whose bytes
/// [`PreparedQuery::spans`] gives.
pub struct TermMatcher {
    /// Per term, which of the first [`MASKED`] marked words it is one of (bit k for the k-th).
    marks: Vec<u64>,
    /// The terms, sorted, of each marked word past those (a long query's).
    more: Vec<Vec<u32>>,
    /// Per word or phrase, how many marked words it takes.
    lengths: Vec<usize>,
}

impl TermMatcher {
    /// The runs of positions the query matches among `terms` (a
    /// paragraph's, one per position), sorted, overlapping runs merged.
    pub fn spans(&self, terms: &[u32]) -> Vec<Range<u32>> {
        let has = |position: usize, k: usize| {
            let Some(&term) = terms.get(position) else { return false };
            match self.more.get(k.wrapping_sub(MASKED)) {
                Some(more) => more.binary_search(&term).is_ok(),
                None => self.marks.get(term as usize).is_some_and(|mask| mask >> k & 1 == 1),
            }
        };
        let runs = matched_runs(&self.lengths, terms.len(), has);
        runs.into_iter().map(|(first, last)| first as u32..last as u32 + 1).collect()
    }
}

/// The runs of positions (`first..=last`) that words and phrases of these
/// `lengths` match in a text of `positions` positions, where `has(p, k)`
/// says whether the k-th word (counted through every phrase) stands at
/// position p: sorted, overlapping runs merged.
fn matched_runs(
    lengths: &[usize],
    positions: usize,
    has: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    for &length in lengths {
        let starts = (0..positions).filter(|&s| (0..length).all(|i| has(s + i, k + i)));
        runs.extend(starts.map(|s| (s, s + length - 1)));
        k += length;
    }
    merged(runs)
}

/// Runs of positions sorted, with overlapping ones merged.
fn merged(mut runs: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    runs.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (first, last) in runs {
        match merged.last_mut() {
            Some(previous) if first <= previous.1 => previous.1 = previous.1.max(last),
            _ => merged.push((first, last)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::merged;

    #[test]
    fn runs_sort_and_overlapping_ones_merge() {
        assert_eq!(merged(vec![(2, 2), (0, 1), (1, 1)]), [(0, 1), (2, 2)]);
        assert_eq!(merged(vec![(1, 3), (3, 3), (3, 5)]), [(1, 5)]);
        assert_eq!(merged(vec![(4, 4), (5, 5)]), [(4, 4), (5, 5)], "neighbours stay apart");
    }
}
