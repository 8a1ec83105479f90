//! Splitting a paragraph into sentences, to show a figure with the sentence
//! that holds it.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotation marks or
//! brackets after it) followed by whitespace, unless the full stop ends a
//! title (`Dr.`), an initial (`J.`), or the next word starts in lower case
//! (`e.g. the`).

use std::ops::Range;

const ABBREVIATIONS: [&str; 9] = ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "eg", "ie"];

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']')
}

/// Whether the full stop at `at` belongs to the word before it.
fn ends_abbreviation(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let word_start = before.trim_end_matches(|c: char| c.is_alphabetic() || c == '.').len();
    let word: String = before[word_start..].chars().filter(|&c| c != '.').collect();
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || ABBREVIATIONS.contains(&word.as_str())
}

/// The byte ranges of a text's sentences, in order, without surrounding whitespace.
pub fn spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let begin = *start.get_or_insert(at);
        if !matches!(c, '.' | '!' | '?') || (c == '.' && ends_abbreviation(text, at)) {
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(next, closer)) = chars.peek().filter(|(_, c)| is_closer(*c)) {
            end = next + closer.len_utf8();
            chars.next();
        }
        let rest = &text[end..];
        let next_word = rest.trim_start().chars().next();
        let breaks = rest.starts_with(char::is_whitespace) && !next_word.is_some_and(char::is_lowercase);
        if breaks || next_word.is_none() {
            spans.push(begin..end);
            start = None;
        }
    }
    if let Some(begin) = start {
        spans.push(begin..text.trim_end().len());
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        spans(text).into_iter().map(|span| &text[span]).collect()
    }

    #[test]
    fn sentences_end_at_full_stops_and_closing_quotes() {
        let text = "He said: “We will act.” Then it rose by 1.5% in 2022! Why? ";
        assert_eq!(sentences(text), ["He said: “We will act.”", "Then it rose by 1.5% in 2022!", "Why?"]);
    }

    #[test]
    fn titles_initials_and_lower_case_continuations_do_not_end_a_sentence() {
        let text = "Dr. Smith met J. Bloggs, e.g. at No. 10. The end";
        assert_eq!(sentences(text), ["Dr. Smith met J. Bloggs, e.g. at No. 10.", "The end"]);
    }

    #[test]
    fn a_text_without_words_has_no_sentences() {
        assert!(spans("").is_empty());
        assert!(spans("  \u{a0} ").is_empty());
        assert_eq!(sentences(". ."), [".", "."]);
    }
}
