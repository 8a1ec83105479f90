//! Word interning while the index is built: each distinct folded word gets
//! a number, and its term (stem) a number, the first time it is seen, so the
//! rest of the build works on numbers and stems each word only once.
//!
//! The corpus' words are short and many, so the maps hash with FxHash (as
//! rustc does) rather than SipHash, and a word of up to 16 bytes is keyed
//! by its bytes as a number, which compares without following a pointer.

use super::text::term;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: one rotate, xor and multiply per eight bytes.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

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

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    /// The multiply carries each bit of a key only upwards, and the table
    /// picks a bucket by the low bits: rotated, those come from the well-mixed
    /// top instead (as rustc-hash 2 does). Without it, pairs of words that
    /// end in the same word fell into the same buckets.
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// A hash map keyed by FxHash: for many small keys (words, word numbers).
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A word of at most 16 bytes as a number (no folded word has a zero byte).
fn short_key(word: &str) -> Option<u128> {
    let mut key = [0; 16];
    key.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    Some(u128::from_le_bytes(key))
}

/// A word's term, and its number among that term's words (saturating).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct WordTerm {
    pub term: u32,
    pub variant: u16,
}

/// The words and terms seen so far, numbered in order of first appearance.
#[derive(Default)]
pub(super) struct Interner {
    short_ids: FxMap<u128, u32>,
    long_ids: FxMap<String, u32>,
    words: Vec<String>,
    word_terms: Vec<WordTerm>,
    term_ids: FxMap<String, u32>,
    /// Per term, how many words it has so far.
    term_words: Vec<u16>,
}

/// What interning found, with terms renumbered in sorted order.
pub(super) struct Interned {
    /// Every term, sorted: term `t` is `terms[t]`.
    pub terms: Vec<String>,
    /// Every word with its term, in order of first appearance (word ids).
    pub words: Vec<(String, WordTerm)>,
    /// Per term number of first appearance, its sorted number.
    pub renumbered: Vec<u32>,
}

impl Interner {
    /// The number of a word, and whether it is new (numbering it and its term if so).
    pub fn intern(&mut self, word: &str) -> (u32, bool) {
        let key = short_key(word);
        let known = match key {
            Some(key) => self.short_ids.get(&key),
            None => self.long_ids.get(word),
        };
        if let Some(&id) = known {
            return (id, false);
        }
        let next = self.term_ids.len() as u32;
        let term = *self.term_ids.entry(term(word)).or_insert(next);
        if term == next {
            self.term_words.push(0);
        }
        let variant = &mut self.term_words[term as usize];
        self.word_terms.push(WordTerm { term, variant: *variant });
        *variant = variant.saturating_add(1);
        let id = self.words.len() as u32;
        match key {
            Some(key) => self.short_ids.insert(key, id),
            None => self.long_ids.insert(word.to_owned(), id),
        };
        self.words.push(word.to_owned());
        (id, true)
    }

    /// A word's term (numbered in order of first appearance) and variant.
    pub fn word_term(&self, word: u32) -> WordTerm {
        self.word_terms[word as usize]
    }

    pub fn term_count(&self) -> usize {
        self.term_ids.len()
    }

    /// Numbers the terms in sorted order.
    pub fn finish(self) -> Interned {
        let mut terms: Vec<(String, u32)> = self.term_ids.into_iter().collect();
        terms.sort_unstable();
        let mut renumbered = vec![0; terms.len()];
        for (new, (_, old)) in terms.iter().enumerate() {
            renumbered[*old as usize] = new as u32;
        }
        let words = self
            .words
            .into_iter()
            .zip(self.word_terms)
            .map(|(text, w)| (text, WordTerm { term: renumbered[w.term as usize], variant: w.variant }))
            .collect();
        Interned { terms: terms.into_iter().map(|(term, _)| term).collect(), words, renumbered }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_numbered_once_and_shares_its_term_with_its_other_forms() {
        let mut interner = Interner::default();
        let long = "internationalisation-sized-words";
        assert_eq!(interner.intern("boats"), (0, true));
        assert_eq!(interner.intern("boat"), (1, true));
        assert_eq!(interner.intern("boats"), (0, false));
        assert_eq!(interner.intern(long), (2, true));
        assert_eq!(interner.intern(long), (2, false), "a word over 16 bytes");
        assert_eq!(interner.word_term(0), WordTerm { term: 0, variant: 0 });
        assert_eq!(interner.word_term(1), WordTerm { term: 0, variant: 1 });
        assert_eq!(interner.term_count(), 2);
    }

    #[test]
    fn finishing_numbers_terms_in_sorted_order() {
        let mut interner = Interner::default();
        for word in ["smuggling", "albania", "smuggled", "45755"] {
            interner.intern(word);
        }
        let interned = interner.finish();
        assert_eq!(interned.terms, ["45755", "albania", "smuggl"]);
        let terms: Vec<(&str, u32, u16)> =
            interned.words.iter().map(|(w, t)| (w.as_str(), t.term, t.variant)).collect();
        assert_eq!(terms, [("smuggling", 2, 0), ("albania", 1, 0), ("smuggled", 2, 1), ("45755", 0, 0)]);
        assert_eq!(interned.renumbered, [2, 1, 0]);
    }

    #[test]
    fn short_keys_tell_words_apart_and_long_words_have_none() {
        assert_ne!(short_key("ab"), short_key("ba"));
        assert_ne!(short_key("a"), short_key("a\u{1}"));
        assert!(short_key("sixteen-letters!").is_some());
        assert!(short_key("seventeen-letters").is_none());
    }
}
