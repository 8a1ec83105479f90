//! Phrase and proximity matching, by merging sorted positions: which
//! paragraphs have every word of a phrase, where in them the words stand in
//! order (and whether in the form typed), and how close a paragraph has a
//! query's separate words.

use super::postings::{Posting, TermPostings};
use super::query::{MAX_CLAUSES, MAX_PHRASE};

/// A word of a phrase against the index.
#[derive(Clone, Copy, Debug)]
pub(super) struct PhraseWord<'a> {
    /// Its term's record, within the paragraphs searched.
    pub postings: TermPostings<'a>,
    /// The word as typed, by its number among its term's words, if the corpus has it.
    pub written: Option<u16>,
}

/// Calls `f` with each paragraph (in order) that has every word, with each
/// word's posting there, walking the rarest word's postings.
pub(super) fn paragraphs_with_all(words: &[PhraseWord], mut f: impl FnMut(&[Posting])) {
    let Some(rarest) = (0..words.len()).min_by_key(|&k| words[k].postings.paragraph_count()) else {
        return;
    };
    let mut cursors = vec![0_usize; words.len()];
    let mut found = vec![Posting::default(); words.len()];
    'paragraphs: for posting in words[rarest].postings.postings {
        for (k, word) in words.iter().enumerate() {
            let rest = &word.postings.postings[cursors[k]..];
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

/// Calls `f(start, exact)` with each position where the phrase starts in a
/// paragraph, given each word's posting there; `exact` when every word
/// there is written as typed.
pub(super) fn phrase_starts(words: &[PhraseWord], found: &[Posting], mut f: impl FnMut(u32, bool)) {
    let mut cursors = [0_usize; MAX_PHRASE];
    let as_typed = |k: usize, at: usize| {
        let word = &words[k];
        word.written.is_some_and(|w| w != u16::MAX && word.postings.words(&found[k])[at] == w)
    };
    let first = words[0].postings.positions(&found[0]);
    'starts: for (i, &start) in first.iter().enumerate() {
        let mut exact = as_typed(0, i);
        for k in 1..words.len() {
            let target = start + k as u32;
            let positions = words[k].postings.positions(&found[k]);
            let cursor = &mut cursors[k];
            while *cursor < positions.len() && positions[*cursor] < target {
                *cursor += 1;
            }
            if *cursor == positions.len() {
                return;
            }
            if positions[*cursor] != target {
                continue 'starts;
            }
            exact &= as_typed(k, *cursor);
        }
        f(start, exact);
    }
}

/// At most this many other words stand between the words of a paragraph
/// that has them "within a few words" of each other.
pub(super) const NEAR_GAP: u32 = 4;

/// How close together a paragraph has a query's `k` separate words, given
/// each one's positions there (sorted), in the query's order: `2k` when
/// they form a phrase, `2k - 1` when they are all within a few words of
/// each other in any order, otherwise the length of the longest run of
/// them that stands as a phrase (1 when none does, 0 when none is there).
pub(super) fn closeness(positions: &[&[u32]]) -> u32 {
    if let [first, second] = positions {
        return closeness_of_two(first, second);
    }
    let k = positions.len() as u32;
    let at = |word: usize, position: u32| positions[word].binary_search(&position).is_ok();
    // The longest run of consecutive query words standing consecutively.
    let mut longest = 0;
    for first in 0..positions.len() {
        for &start in positions[first] {
            let run = (first + 1..positions.len()).take_while(|&w| at(w, start + (w - first) as u32)).count();
            longest = longest.max(run as u32 + 1);
        }
    }
    if longest == k {
        return 2 * k;
    }
    if positions.iter().any(|p| p.is_empty()) {
        return longest;
    }
    // The narrowest window holding one position of each word: advance the lowest head.
    let mut heads = [0_usize; MAX_CLAUSES];
    let widest = k - 1 + NEAR_GAP;
    loop {
        let (mut low, mut high, mut lowest) = (u32::MAX, 0, 0);
        for (w, p) in positions.iter().enumerate() {
            let at = p[heads[w]];
            high = high.max(at);
            if at < low {
                (low, lowest) = (at, w);
            }
        }
        if high - low <= widest {
            return 2 * k - 1;
        }
        heads[lowest] += 1;
        if heads[lowest] == positions[lowest].len() {
            return longest;
        }
    }
}

/// [`closeness`] of two words, in one walk of their positions.
fn closeness_of_two(first: &[u32], second: &[u32]) -> u32 {
    let (mut i, mut j, mut nearest) = (0, 0, u32::MAX);
    while i < first.len() && j < second.len() {
        let (a, b) = (first[i], second[j]);
        if b == a + 1 {
            return 4;
        }
        nearest = nearest.min(a.abs_diff(b));
        if a < b {
            i += 1;
        } else {
            j += 1;
        }
    }
    match (first.is_empty(), second.is_empty()) {
        (true, true) => 0,
        (false, false) if nearest <= 1 + NEAR_GAP => 3,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::super::postings::{Postings, PostingsWriter};
    use super::*;

    /// Term 0 ("small", word 0) and term 1 ("boats" as word 0, "boat" as
    /// word 1): paragraph 0 "small boats … small boat", paragraph 1 "boats
    /// small", paragraph 2 "small".
    fn postings() -> Postings {
        let mut writer = PostingsWriter::new([(3, 4), (2, 3)].into_iter());
        for (term, paragraph, position, word) in
            [(0, 0, 0, 0), (1, 0, 1, 0), (0, 0, 5, 0), (1, 0, 6, 1), (1, 1, 0, 0), (0, 1, 1, 0), (0, 2, 0, 0)]
        {
            writer.add(term, paragraph, position, word);
        }
        writer.finish()
    }

    fn phrase(postings: &Postings, written: [Option<u16>; 2]) -> Vec<(u32, Vec<(u32, bool)>)> {
        let words: Vec<PhraseWord> =
            (0..2).map(|t| PhraseWord { postings: postings.term(t), written: written[t] }).collect();
        let mut found = Vec::new();
        paragraphs_with_all(&words, |postings| {
            let mut starts = Vec::new();
            phrase_starts(&words, postings, |start, exact| starts.push((start, exact)));
            found.push((postings[0].paragraph, starts));
        });
        found
    }

    #[test]
    fn a_phrase_is_found_where_its_words_follow_each_other() {
        let postings = postings();
        let found = phrase(&postings, [Some(0), Some(0)]);
        assert_eq!(found, [(0, vec![(0, true), (5, false)]), (1, vec![])]);
    }

    #[test]
    fn the_exact_form_is_told_apart_only_for_words_the_corpus_has() {
        let postings = postings();
        assert_eq!(phrase(&postings, [Some(0), Some(1)])[0].1, [(0, false), (5, true)]);
        assert_eq!(phrase(&postings, [Some(0), None])[0].1, [(0, false), (5, false)]);
    }

    fn of(lists: &[Vec<u32>]) -> u32 {
        let slices: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
        closeness(&slices)
    }

    #[test]
    fn closeness_is_a_phrase_then_near_then_the_longest_run_that_is_a_phrase() {
        assert_eq!(of(&[vec![3, 9], vec![10]]), 4, "a phrase of two");
        assert_eq!(of(&[vec![10], vec![9]]), 3, "reversed, but near");
        assert_eq!(of(&[vec![0], vec![1 + NEAR_GAP]]), 3);
        assert_eq!(of(&[vec![0], vec![2 + NEAR_GAP]]), 1, "apart");
        assert_eq!(of(&[vec![0, 40], vec![20, 43], vec![41]]), 5, "three near");
        assert_eq!(of(&[vec![0, 40], vec![20], vec![41]]), 1);
        assert_eq!(of(&[vec![0, 40], vec![1], vec![60]]), 2, "two of three as a phrase");
        assert_eq!(of(&[vec![50], vec![1], vec![2]]), 2, "the last two as a phrase");
        assert_eq!(of(&[vec![0], vec![1], vec![2]]), 6);
        assert_eq!(of(&[vec![0], vec![]]), 1, "a word missing");
        assert_eq!(of(&[vec![7], vec![8], vec![]]), 2, "a word missing, two as a phrase");
        assert_eq!(of(&[vec![], vec![]]), 0);
    }
}
