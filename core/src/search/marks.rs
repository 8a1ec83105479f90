//! Highlight spans: the byte ranges of a text that a prepared query's words
//! and phrases match, read from the text itself, so any paragraph can be
//! marked (the reader's, a quotation, a concordance line) exactly as the
//! index matches it.

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
        self.spans_and_words(text).0
    }

    /// The spans of `text` (see [`PreparedQuery::spans`]) and, read in the
    /// same pass, the byte ranges of its words, one per position (as
    /// [`word_ranges`](super::word_ranges) gives them; none when the query
    /// has no words to mark).
    pub fn spans_and_words(&self, text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let words: Vec<&WordMatch> = self
            .required
            .iter()
            .flatten()
            .flat_map(|matcher| match matcher {
                Matcher::Word(word) => std::slice::from_ref(word),
                Matcher::Phrase(words) => words.as_slice(),
            })
            .collect();
        if words.iter().all(|w| w.forms.is_empty()) {
            return (Vec::new(), Vec::new());
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
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut k = 0;
        for matcher in self.required.iter().flatten() {
            let length = match matcher {
                Matcher::Word(_) => 1,
                Matcher::Phrase(words) => words.len(),
            };
            let starts = (0..ranges.len()).filter(|&s| (0..length).all(|i| has(s + i, k + i)));
            spans.extend(starts.map(|s| (s, s + length - 1)));
            k += length;
        }
        (merged(&ranges, spans), ranges)
    }
}

/// Byte ranges of matched runs of positions (`first..=last`), sorted, with
/// overlapping ones merged.
fn merged(ranges: &[Range<usize>], mut spans: Vec<(usize, usize)>) -> Vec<Range<usize>> {
    spans.sort_unstable();
    let mut marks: Vec<Range<usize>> = Vec::new();
    for (first, last) in spans {
        let (Some(a), Some(b)) = (ranges.get(first), ranges.get(last)) else { continue };
        match marks.last_mut() {
            Some(previous) if a.start < previous.end => previous.end = previous.end.max(b.end),
            _ => marks.push(a.start..b.end),
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::merged;

    #[test]
    fn runs_become_byte_ranges_and_overlaps_merge() {
        let ranges = [0..5, 6..11, 12..15, 16..20];
        assert_eq!(merged(&ranges, vec![(2, 2), (0, 1), (1, 1)]), [0..11, 12..15]);
        assert_eq!(merged(&ranges, vec![(1, 3), (3, 3)]), vec![6..20]);
        assert!(merged(&ranges, vec![(4, 4)]).is_empty(), "a position past the text");
    }
}
