//! The vocabulary: every folded word of the corpus as written, with its
//! term, sorted, for completing the word being typed (binary search for the
//! words it begins) and for finding the words nearest a misspelt one.

use crate::order;

/// A folded word as written, with its term and its number among that term's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct IndexedWord {
    pub text: String,
    pub term: u32,
    pub variant: u16,
}

pub(super) struct Vocabulary {
    /// Sorted by text.
    words: Vec<IndexedWord>,
    /// Indices of `words`, by term: term `t`'s are `by_term[term_starts[t]..term_starts[t + 1]]`.
    by_term: Vec<u32>,
    term_starts: Vec<u32>,
}

/// Words shorter than this are never corrected.
pub(super) const MIN_CORRECTED_LETTERS: usize = 4;
/// Words this long or longer may be two edits away from their correction, shorter ones one.
const TWO_EDITS_FROM: usize = 8;

/// The edits a misspelling of `letters` letters may be from its correction.
pub(super) fn edits_allowed(letters: usize) -> usize {
    match letters {
        n if n < MIN_CORRECTED_LETTERS => 0,
        n if n < TWO_EDITS_FROM => 1,
        _ => 2,
    }
}

/// The optimal-string-alignment distance of two words (insertions,
/// deletions, substitutions and swaps of neighbours, one edit each), or
/// `None` if it is over `max`.
pub(super) fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows of the distance table: two back, one back, this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let substitution = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            row[j] = substitution.min(previous[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        if row.iter().min().is_some_and(|&least| least > max) {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut row);
    }
    Some(previous[b.len()]).filter(|&d| d <= max)
}

impl Vocabulary {
    pub fn new(mut words: Vec<IndexedWord>, terms: usize) -> Vocabulary {
        order::sort_by(&mut words, |a, b| a.text.cmp(&b.text));
        let mut by_term: Vec<u32> = (0..words.len() as u32).collect();
        order::sort_by_key(&mut by_term, |&i| words[i as usize].term);
        let mut term_starts = Vec::with_capacity(terms + 1);
        let mut next = 0;
        for term in 0..=terms as u32 {
            while next < by_term.len() && words[by_term[next] as usize].term < term {
                next += 1;
            }
            term_starts.push(next as u32);
        }
        Vocabulary { words, by_term, term_starts }
    }

    /// A word as written, if the corpus has it.
    pub fn find(&self, text: &str) -> Option<&IndexedWord> {
        let i = self.words.binary_search_by(|w| w.text.as_str().cmp(text)).ok()?;
        Some(&self.words[i])
    }

    /// The words that begin with `prefix` (itself included), in order.
    pub fn beginning_with(&self, prefix: &str) -> &[IndexedWord] {
        let first = self.words.partition_point(|w| w.text.as_str() < prefix);
        let rest = &self.words[first..];
        &rest[..rest.partition_point(|w| w.text.starts_with(prefix))]
    }

    /// The place in alphabetical order of the word that is `variant` of `term`.
    pub fn rank(&self, term: u32, variant: u16) -> Option<u32> {
        self.ranks_of(term).iter().copied().find(|&i| self.words[i as usize].variant == variant)
    }

    /// The word that is `variant` of `term`.
    pub fn word(&self, term: u32, variant: u16) -> Option<&IndexedWord> {
        self.rank(term, variant).map(|i| &self.words[i as usize])
    }

    /// The words of a term, in order.
    pub fn words_of(&self, term: u32) -> impl Iterator<Item = &IndexedWord> {
        self.ranks_of(term).iter().map(|&i| &self.words[i as usize])
    }

    /// The places in alphabetical order of a term's words (none for a term it does not have).
    fn ranks_of(&self, term: u32) -> &[u32] {
        let (Some(&first), Some(&end)) =
            (self.term_starts.get(term as usize), self.term_starts.get(term as usize + 1))
        else {
            return &[];
        };
        &self.by_term[first as usize..end as usize]
    }

    /// The words nearest a misspelt one (all those at the least distance, at
    /// most the distance its length allows), in order; none for numbers.
    pub fn nearest(&self, text: &str) -> Vec<&IndexedWord> {
        let max = edits_allowed(text.chars().count());
        if max == 0 || text.starts_with(|c: char| c.is_ascii_digit() || c == '£') {
            return Vec::new();
        }
        let mut best = max;
        let mut found: Vec<(usize, &IndexedWord)> = Vec::new();
        for word in &self.words {
            if let Some(d) = edit_distance(text, &word.text, best) {
                best = d;
                found.push((d, word));
            }
        }
        found.retain(|(d, _)| *d == best);
        found.into_iter().map(|(_, word)| word).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        let words = [("smugglers", 2), ("rwanda", 1), ("albania", 0), ("smuggling", 2), ("rwandan", 3)];
        let words = words.iter().enumerate().map(|(i, (text, term))| IndexedWord {
            text: (*text).to_owned(),
            term: *term,
            variant: i as u16,
        });
        Vocabulary::new(words.collect(), 4)
    }

    fn texts<'a>(words: impl IntoIterator<Item = &'a IndexedWord>) -> Vec<&'a str> {
        words.into_iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn words_are_found_whole_by_prefix_and_by_term() {
        let vocabulary = vocabulary();
        assert_eq!(vocabulary.find("rwanda").map(|w| w.term), Some(1));
        assert_eq!(vocabulary.find("rwand"), None);
        assert_eq!(texts(vocabulary.beginning_with("smugg")), ["smugglers", "smuggling"]);
        assert_eq!(texts(vocabulary.beginning_with("rwanda")), ["rwanda", "rwandan"]);
        assert!(vocabulary.beginning_with("zz").is_empty());
        assert_eq!(texts(vocabulary.words_of(2)), ["smugglers", "smuggling"]);
        assert_eq!(texts(vocabulary.words_of(3)), ["rwandan"]);
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_substitutions_and_swaps() {
        assert_eq!(edit_distance("rwnda", "rwanda", 2), Some(1));
        assert_eq!(edit_distance("rwadna", "rwanda", 2), Some(1), "a swap of neighbours");
        assert_eq!(edit_distance("rwanda", "rwanda", 0), Some(0));
        assert_eq!(edit_distance("albnia", "albania", 1), Some(1));
        assert_eq!(edit_distance("smuglers", "smugglers", 2), Some(1));
        assert_eq!(edit_distance("seekrs", "seeking", 2), None);
        assert_eq!(edit_distance("kitten", "sitting", 3), Some(3));
        assert_eq!(edit_distance("a", "abcd", 2), None, "lengths too far apart");
    }

    #[test]
    fn a_misspelling_is_matched_to_the_nearest_words_its_length_allows() {
        let vocabulary = vocabulary();
        assert_eq!(edits_allowed(3), 0);
        assert_eq!(edits_allowed(4), 1);
        assert_eq!(edits_allowed(7), 1);
        assert_eq!(edits_allowed(8), 2);
        assert_eq!(texts(vocabulary.nearest("rwnda")), ["rwanda"]);
        assert_eq!(texts(vocabulary.nearest("rwandn")), ["rwanda", "rwandan"], "two at one edit");
        assert_eq!(texts(vocabulary.nearest("smuglling")), ["smuggling"]);
        assert!(vocabulary.nearest("rwnd").is_empty(), "four letters allow one edit; rwanda is two");
        assert!(vocabulary.nearest("wnd").is_empty(), "three letters are never corrected");
        assert!(vocabulary.nearest("rwndaa").is_empty(), "six letters allow one edit; rwanda is two");
    }
}
