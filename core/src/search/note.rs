//! What the page says about a search word that matched only by completion or
//! by correcting a typo, and the search for the word as typed.

use std::fmt;
use std::ops::Range;

/// How a word of the search was matched, when not as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// The word being typed is in no document, so the words it begins were matched.
    Completed,
    /// The word is in no document and begins none, so the nearest words were matched.
    Corrected,
}

/// A word of the search that no document contains as typed, and what it
/// was matched to instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchNote {
    pub kind: NoteKind,
    /// The word as typed (folded).
    pub word: String,
    /// Its bytes in the search text.
    pub range: Range<usize>,
    /// The words of the corpus matched instead, in order (at most [`SearchNote::SHOWN`]).
    pub matched: Vec<String>,
    /// How many words were matched in all.
    pub total: usize,
}

impl SearchNote {
    /// Words named in a note; the rest are counted.
    pub const SHOWN: usize = 6;

    /// The search text with this word in quotes, which matches it as typed.
    pub fn as_typed(&self, q: &str) -> String {
        match q.get(self.range.clone()) {
            Some(word) => format!("{}\"{word}\"{}", &q[..self.range.start], &q[self.range.end..]),
            None => q.to_owned(),
        }
    }
}

impl fmt::Display for SearchNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = self.matched.join(", ");
        let more = match self.total.saturating_sub(self.matched.len()) {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        write!(f, "No document contains “{}”; ", self.word)?;
        match (&self.kind, self.total) {
            (NoteKind::Completed, 1) => write!(f, "showing the word that begins with it: {words}."),
            (NoteKind::Completed, _) => write!(f, "showing words that begin with it: {words}{more}."),
            (NoteKind::Corrected, 1) => write!(f, "showing the nearest word: {words}."),
            (NoteKind::Corrected, _) => write!(f, "showing the nearest words: {words}{more}."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(kind: NoteKind, matched: &[&str], total: usize) -> SearchNote {
        let matched = matched.iter().map(|w| (*w).to_owned()).collect();
        SearchNote { kind, word: "act".into(), range: 18..21, matched, total }
    }

    #[test]
    fn a_note_says_what_was_matched_instead() {
        assert_eq!(
            note(NoteKind::Completed, &["action", "actions"], 2).to_string(),
            "No document contains “act”; showing words that begin with it: action, actions."
        );
        assert_eq!(
            note(NoteKind::Corrected, &["rwanda"], 1).to_string(),
            "No document contains “act”; showing the nearest word: rwanda."
        );
        assert_eq!(
            note(NoteKind::Completed, &["a", "b"], 9).to_string(),
            "No document contains “act”; showing words that begin with it: a, b and 7 more."
        );
    }

    #[test]
    fn the_search_as_typed_quotes_the_word() {
        let note = note(NoteKind::Completed, &["action"], 1);
        assert_eq!(note.as_typed("illegal migration act"), "illegal migration \"act\"");
        assert_eq!(note.as_typed("short"), "short", "a range outside the text changes nothing");
    }
}
