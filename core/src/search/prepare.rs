//! Preparing a query against the index: each word resolved to the terms it
//! matches. A word the corpus has (by its stem) is matched as itself; the
//! word being typed, if no document has it, is completed to the words it
//! begins; any other unquoted word no document has is matched to the
//! nearest words of the vocabulary. A quoted word is matched as typed (any
//! form of it), never completed or corrected; one that matches nothing gets
//! a suggestion instead, for "Did you mean …?".

use super::index::SearchIndex;
use super::names::name_terms;
use super::note::{NoteKind, SearchNote};
use super::query::{is_quote, parse, Atom, Word};
use super::text::term;
use super::vocabulary::IndexedWord;
use crate::order;
use std::ops::Range;

/// A word being typed completes to at most this many terms (the most frequent).
const MAX_COMPLETIONS: usize = 64;

/// A word of a query against the index.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct WordMatch {
    /// The terms it matches (none if it matches nothing).
    pub terms: Vec<u32>,
    /// Every word of the corpus with one of those terms, sorted: what it marks in a text.
    pub forms: Vec<String>,
    /// The word as typed, by its number among its term's words, if the corpus has it.
    pub written: Option<u16>,
    /// The word as typed, folded.
    pub typed: String,
}

/// A word, or a phrase of consecutive words.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Matcher {
    Word(WordMatch),
    Phrase(Vec<WordMatch>),
}

/// A query parsed and resolved against an index: rank with
/// [`SearchIndex::hits`], then find the passages of the hits on show with
/// [`SearchIndex::passages`], and mark any paragraph with [`PreparedQuery::spans`].
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedQuery {
    /// Every clause must match; a clause matches if any of its matchers (joined by `OR`) does.
    pub(super) required: Vec<Vec<Matcher>>,
    /// No matcher here may match anywhere in a result.
    pub(super) excluded: Vec<Matcher>,
    /// The clauses of one unquoted word each, when there are two or more:
    /// how close together a paragraph has them ranks it.
    pub(super) together: Vec<usize>,
    /// The documents naming what the query spells, if it spells a name the taxonomy knows.
    pub(super) named: Vec<u32>,
    notes: Vec<SearchNote>,
    /// For each quoted word that matches nothing, its bytes in the query and the nearest word.
    suggestions: Vec<(Range<usize>, String)>,
}

impl PreparedQuery {
    /// A query of these clauses alone: no exclusions, names or notes.
    pub(super) fn of(required: Vec<Vec<Matcher>>) -> PreparedQuery {
        let (excluded, together, named) = (Vec::new(), Vec::new(), Vec::new());
        PreparedQuery { required, excluded, together, named, notes: Vec::new(), suggestions: Vec::new() }
    }

    /// The words matched only by completion or by correcting a typo.
    pub fn notes(&self) -> &[SearchNote] {
        &self.notes
    }

    /// The search text with each quoted word that matches nothing replaced
    /// by the nearest word of the corpus (a word alone in quotes loses
    /// them), if there is any such word.
    pub fn suggestion(&self, q: &str) -> Option<String> {
        if self.suggestions.is_empty() {
            return None;
        }
        let mut suggested = String::with_capacity(q.len());
        let mut rest = 0;
        for (range, word) in &self.suggestions {
            let (before, after) = (q.get(..range.start)?, q.get(range.end..)?);
            let (opening, closing) = (before.chars().next_back(), after.chars().next());
            let (start, end) = match (opening, closing) {
                (Some(o), Some(c)) if is_quote(o) && is_quote(c) => {
                    (range.start - o.len_utf8(), range.end + c.len_utf8())
                }
                _ => (range.start, range.end),
            };
            suggested.push_str(q.get(rest..start)?);
            suggested.push_str(word);
            rest = end;
        }
        suggested.push_str(q.get(rest..)?);
        Some(suggested)
    }
}

/// How one word was resolved.
struct Resolved {
    word: WordMatch,
    note: Option<SearchNote>,
    suggestion: Option<String>,
}

impl SearchIndex {
    /// Parses a query and resolves its words against the index.
    pub fn prepare(&self, q: &str) -> PreparedQuery {
        let parsed = parse(q);
        let (mut notes, mut suggestions) = (Vec::new(), Vec::new());
        let mut resolve = |word: &Word, may_change: bool| {
            let resolved = self.resolve(word, may_change);
            notes.extend(resolved.note);
            suggestions.extend(resolved.suggestion.map(|s| (word.range.clone(), s)));
            resolved.word
        };
        let mut matcher = |atom: &Atom, excluded: bool| match atom {
            Atom::Word(word) => Matcher::Word(resolve(word, !excluded && !word.quoted)),
            Atom::Phrase(words) => Matcher::Phrase(words.iter().map(|w| resolve(w, false)).collect()),
        };
        let required: Vec<Vec<Matcher>> =
            parsed.required.iter().map(|clause| clause.iter().map(|a| matcher(a, false)).collect()).collect();
        let excluded = parsed.excluded.iter().map(|a| matcher(a, true)).collect();
        fn single(clause: &[Atom]) -> Option<&Atom> {
            match clause {
                [atom] => Some(atom),
                _ => None,
            }
        }
        let together: Vec<usize> = (0..parsed.required.len())
            .filter(|&c| matches!(single(&parsed.required[c]), Some(Atom::Word(w)) if !w.quoted))
            .collect();
        let together = if together.len() >= 2 { together } else { Vec::new() };
        // The query's words in order, if every clause is one word or phrase.
        let spelled: Option<Vec<&Word>> = parsed.required.iter().try_fold(Vec::new(), |mut words, clause| {
            match single(clause)? {
                Atom::Word(word) => words.push(word),
                Atom::Phrase(phrase) => words.extend(phrase),
            }
            Some(words)
        });
        let named = spelled.map_or_else(Vec::new, |words| {
            let text: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
            self.names.documents(&name_terms(&text.join(" "))).to_vec()
        });
        PreparedQuery { required, excluded, together, named, notes, suggestions }
    }

    /// Resolves a word; `may_change` lets a word no document has be completed or corrected.
    fn resolve(&self, word: &Word, may_change: bool) -> Resolved {
        let stem = term(&word.text);
        let written = self.vocabulary.find(&word.text);
        if let Some(t) = self.term_id(&stem) {
            let written = written.filter(|w| w.term == t).map(|w| w.variant);
            let word =
                WordMatch { terms: vec![t], forms: self.forms(&[t]), written, typed: word.text.clone() };
            return Resolved { word, note: None, suggestion: None };
        }
        let nothing =
            WordMatch { terms: Vec::new(), forms: Vec::new(), written: None, typed: word.text.clone() };
        let completions =
            if may_change && word.prefix { self.vocabulary.beginning_with(&word.text) } else { &[] };
        let (kind, matched): (NoteKind, Vec<&IndexedWord>) = if !completions.is_empty() {
            (NoteKind::Completed, completions.iter().collect())
        } else {
            let nearest = self.vocabulary.nearest(&word.text);
            if !may_change {
                let suggestion = self.most_frequent(&nearest).map(|w| w.text.clone());
                return Resolved { word: nothing, note: None, suggestion };
            }
            (NoteKind::Corrected, nearest)
        };
        if matched.is_empty() {
            return Resolved { word: nothing, note: None, suggestion: None };
        }
        let mut terms: Vec<u32> = matched.iter().map(|w| w.term).collect();
        terms.sort_unstable();
        terms.dedup();
        order::sort_by_key(&mut terms, |&t| std::cmp::Reverse(self.paragraph_count(t)));
        terms.truncate(MAX_COMPLETIONS);
        let shown: Vec<String> = matched.iter().take(SearchNote::SHOWN).map(|w| w.text.clone()).collect();
        let note = SearchNote {
            kind,
            word: word.text.clone(),
            range: word.range.clone(),
            matched: shown,
            total: matched.len(),
        };
        let forms = self.forms(&terms);
        let typed = word.text.clone();
        Resolved {
            word: WordMatch { terms, forms, written: None, typed },
            note: Some(note),
            suggestion: None,
        }
    }

    /// Every word of the corpus with one of some terms, sorted.
    fn forms(&self, terms: &[u32]) -> Vec<String> {
        let mut forms: Vec<String> =
            terms.iter().flat_map(|&t| self.vocabulary.words_of(t)).map(|w| w.text.clone()).collect();
        forms.sort_unstable();
        forms
    }

    /// The word whose term is in the most paragraphs (the first such in order).
    fn most_frequent<'a>(&self, words: &[&'a IndexedWord]) -> Option<&'a IndexedWord> {
        let frequency = |w: &&IndexedWord| self.paragraph_count(w.term);
        words.iter().copied().rev().max_by_key(frequency)
    }
}
