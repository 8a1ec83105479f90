//! Terms that signal a tag, and matching them on whole words of a paragraph.
//!
//! A term is a word or phrase. With a capital letter it matches
//! case-sensitively; all lowercase, it matches any case. A trailing `*`
//! matches any word starting with the last word. Apostrophes and hyphens
//! separate words, so `Rwanda’s` and `Rwanda's` match alike.

/// A term, split into the words it must match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    words: Vec<String>,
    case_sensitive: bool,
    prefix: bool,
}

/// A word of a text with its byte range.
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '£'
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut found = Vec::new();
    let mut start = None;
    for (offset, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (is_word_char(c), start) {
            (true, None) => start = Some(offset),
            (false, Some(begin)) => {
                found.push(Word { text: &text[begin..offset], start: begin, end: offset });
                start = None;
            }
            _ => {}
        }
    }
    found
}

impl Term {
    /// Reads a term; `None` if it has no words.
    pub fn parse(term: &str) -> Option<Term> {
        let (body, prefix) = match term.strip_suffix('*') {
            Some(body) => (body, true),
            None => (term, false),
        };
        let case_sensitive = body.chars().any(char::is_uppercase);
        let words: Vec<String> = words(body)
            .into_iter()
            .map(|w| if case_sensitive { w.text.to_owned() } else { w.text.to_lowercase() })
            .collect();
        (!words.is_empty()).then_some(Term { words, case_sensitive, prefix })
    }

    fn matches_word(&self, position: usize, word: &str) -> bool {
        let wanted = &self.words[position];
        let word = if self.case_sensitive { word.to_owned() } else { word.to_lowercase() };
        if self.prefix && position + 1 == self.words.len() {
            word.starts_with(wanted.as_str())
        } else {
            word == *wanted
        }
    }
}

/// A paragraph split into words once, to match many terms against.
pub struct Matcher<'a> {
    text: &'a str,
    words: Vec<Word<'a>>,
}

impl<'a> Matcher<'a> {
    pub fn new(text: &'a str) -> Matcher<'a> {
        Matcher { text, words: words(text) }
    }

    /// The passages of the text that a term matches, as written there,
    /// each with its byte offset.
    pub fn find(&self, term: &Term) -> Vec<(usize, &'a str)> {
        let length = term.words.len();
        if self.words.len() < length {
            return Vec::new();
        }
        (0..=self.words.len() - length)
            .filter(|&first| (0..length).all(|k| term.matches_word(k, self.words[first + k].text)))
            .map(|first| {
                let (start, end) = (self.words[first].start, self.words[first + length - 1].end);
                (start, &self.text[start..end])
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(term: &str, text: &str) -> Vec<String> {
        let term = Term::parse(term).unwrap();
        Matcher::new(text).find(&term).into_iter().map(|(_, found)| found.to_owned()).collect()
    }

    #[test]
    fn matches_whole_words_only() {
        assert_eq!(find("NCA", "officers for the NCA, dedicated"), ["NCA"]);
        assert!(find("NCA", "the NCAs").is_empty());
        assert!(find("Act", "to act now").is_empty());
    }

    #[test]
    fn lowercase_terms_ignore_case_and_capitals_do_not() {
        assert_eq!(find("small boats", "Small Boats Operations Command"), ["Small Boats"]);
        assert!(find("OIC", "oic").is_empty());
    }

    #[test]
    fn trailing_star_matches_word_prefixes() {
        assert_eq!(find("smuggl*", "smugglers and smuggling"), ["smugglers", "smuggling"]);
        assert_eq!(find("£*", "an additional £75 million and £24m"), ["£75", "£24m"]);
        assert_eq!(find("smuggling gang*", "criminal smuggling gangs"), ["smuggling gangs"]);
    }

    #[test]
    fn apostrophes_and_hyphens_separate_words() {
        assert_eq!(find("Rwanda", "Rwanda’s Minister"), ["Rwanda"]);
        assert_eq!(find("Rwanda's Minister", "Rwanda’s Minister"), ["Rwanda’s Minister"]);
        assert_eq!(find("people smuggling", "facilitate people-smuggling, such"), ["people-smuggling"]);
    }

    #[test]
    fn a_term_without_words_is_rejected() {
        assert_eq!(Term::parse("*"), None);
        assert_eq!(Term::parse(" - "), None);
    }
}
