//! Tokenising and stemming: the one place that decides what a word is, used
//! alike for paragraphs, titles, queries and highlighting.
//!
//! A token is a run of letters (kept together across inner apostrophes) or a
//! number; everything else separates tokens, so hyphens split words
//! (`people-smuggling` is `people`, `smuggling`). Words are lower-cased and
//! common Latin accents folded (`é` → `e`); apostrophes are dropped and a
//! possessive `’s` with them (`UK’s` → `uk`). Numbers lose thousands
//! separators (`45,755` → `45755`). A `£` amount gives two tokens at one
//! position, `£75` and `75`, so that a query for either finds it. Every
//! token carries the byte range of its word in the original text.

use rust_stemmers::{Algorithm, Stemmer};
use std::ops::Range;

/// A word of a text, folded but not stemmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded word: lower case, no accents, no apostrophes.
    pub text: String,
    /// The bytes of the word in the original text (a `£` amount's two tokens share it).
    pub range: Range<usize>,
    /// The word's number in the text; a `£` amount's two tokens share it.
    pub position: u32,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_letter(c: char) -> bool {
    (c.is_alphanumeric() && !c.is_ascii_digit()) || is_combining_mark(c)
}

/// Appends a lower-case char with its accent folded (a small table of the
/// Latin-1 and Latin Extended-A letters, not a Unicode library).
fn push_folded(c: char, out: &mut String) {
    let folded = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ţ' | 'ť' | 'ŧ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'æ' => return out.push_str("ae"),
        'œ' => return out.push_str("oe"),
        'ß' => return out.push_str("ss"),
        'þ' => return out.push_str("th"),
        c if is_combining_mark(c) => return,
        c => c,
    };
    out.push(folded);
}

/// Splits a text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    each_token(text, |word, range, position| tokens.push(Token { text: word.to_owned(), range, position }));
    tokens
}

/// The bytes of each position's word in a text, in order (a `£` amount's
/// two tokens are one position), without copying any word.
pub fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    each_token(text, |_, range, position| {
        if ranges.len() == position as usize {
            ranges.push(range);
        }
    });
    ranges
}

/// Calls `f(word, range, position)` for each token of a text in order, as
/// [`tokenize`] would give them, reusing one buffer for the folded words.
pub(super) fn each_token(text: &str, mut f: impl FnMut(&str, Range<usize>, u32)) {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let char_at = |i: usize| text[i..].chars().next();
    let mut word = String::new();
    let mut position = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        // `£` is the bytes C2 A3.
        let pound = b == 0xc2 && bytes.get(i + 1) == Some(&0xa3) && digit_at(i + 2);
        if b.is_ascii_digit() || pound {
            word.clear();
            if pound {
                word.push('£');
                i += '£'.len_utf8();
            }
            let mut decimal = false;
            loop {
                while digit_at(i) {
                    word.push(bytes[i] as char);
                    i += 1;
                }
                let group_of_three = (1..=3).all(|k| digit_at(i + k)) && !digit_at(i + 4);
                if bytes.get(i) == Some(&b',') && group_of_three && !decimal {
                    i += 1;
                } else if bytes.get(i) == Some(&b'.') && digit_at(i + 1) && !decimal {
                    decimal = true;
                    word.push('.');
                    i += 1;
                } else {
                    break;
                }
            }
            if pound {
                f(&word, start..i, position);
            }
            let number = if pound { '£'.len_utf8() } else { 0 };
            f(&word[number..], start..i, position);
            position += 1;
            continue;
        }
        let c = if b.is_ascii() { b as char } else { char_at(i).expect("a char boundary") };
        if !is_letter(c) {
            i += c.len_utf8();
            continue;
        }
        // The common case, a lower-case ASCII word ending in ASCII other than
        // an apostrophe, is its own folded form: no copy.
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_lowercase()).count();
        let after = bytes.get(i + run).copied();
        if run > 0 && after.is_none_or(|a| a.is_ascii() && !a.is_ascii_alphabetic() && a != b'\'') {
            i += run;
            f(&text[start..i], start..i, position);
            position += 1;
            continue;
        }
        word.clear();
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() {
                word.push(b.to_ascii_lowercase() as char);
                i += 1;
                continue;
            }
            let c = if b.is_ascii() { b as char } else { char_at(i).expect("a char boundary") };
            let next = i + c.len_utf8();
            if is_letter(c) {
                c.to_lowercase().for_each(|l| push_folded(l, &mut word));
            } else if is_apostrophe(c) && char_at(next).is_some_and(is_letter) {
                word.push('\'');
            } else {
                break;
            }
            i = next;
        }
        if word.ends_with("'s") {
            word.truncate(word.len() - 2);
        }
        if word.contains('\'') {
            word.retain(|c| c != '\'');
        }
        if !word.is_empty() {
            f(&word, start..i, position);
            position += 1;
        }
    }
}

/// The indexed term of a folded word: its Snowball English stem; numbers
/// and amounts are kept as they are.
pub fn term(word: &str) -> String {
    if word.starts_with(|c: char| c.is_ascii_digit() || c == '£') {
        word.to_owned()
    } else {
        Stemmer::create(Algorithm::English).stem(word).into_owned()
    }
}
