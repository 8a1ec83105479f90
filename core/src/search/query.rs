//! Parsing the `q` string: words (all must match), `"phrases"` (consecutive
//! words), `-excluded` words and phrases, `OR` between words, and which word
//! is still being typed (the last, when nothing follows it). What each word
//! matches is decided against the index ([`super::prepare`]).
//!
//! Parsing never fails: anything that is not syntax is read as words, so an
//! unbalanced quote is ignored, a lone `-` is nothing and an `OR` with
//! nothing to join on one side is the word "or". Within one unquoted chunk,
//! words joined only by hyphens (`people-smuggling`, `UK–France`, `G7`) are
//! a phrase; other punctuation separates independent words (`src=x`).

use super::text::tokenize;
use std::ops::Range;

/// More words than this are ignored, so a pasted essay costs a bounded amount.
pub const MAX_CLAUSES: usize = 32;
/// Longer phrases are cut to this many words.
pub const MAX_PHRASE: usize = 32;
/// A word being typed is completed from this many letters on.
pub const MIN_PREFIX_CHARS: usize = 2;

/// One word of a query or phrase.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// The folded word as typed.
    pub text: String,
    /// Its bytes in the query string.
    pub range: Range<usize>,
    /// The last word, still being typed: it may be completed.
    pub prefix: bool,
    /// In quotes: matched as typed (by its stem), never completed or corrected.
    pub quoted: bool,
}

/// A word, or a phrase of consecutive words (a quoted word is a phrase of one).
#[derive(Clone, Debug, PartialEq)]
pub enum Atom {
    Word(Word),
    Phrase(Vec<Word>),
}

/// What a query asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ParsedQuery {
    /// Every clause must match; a clause matches if any of its atoms (joined by `OR`) does.
    pub required: Vec<Vec<Atom>>,
    /// No atom here may match anywhere in a result.
    pub excluded: Vec<Atom>,
}

enum Item {
    Atom {
        atom: Atom,
        negated: bool,
    },
    /// At this byte of the query.
    Or(usize),
}

pub(super) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '−')
}

/// The atoms of a chunk of text, which starts at byte `offset` of the query:
/// runs of tokens joined only by hyphens are phrases.
fn atoms(chunk: &str, offset: usize, quoted: bool) -> Vec<Vec<Word>> {
    let mut groups: Vec<Vec<Word>> = Vec::new();
    let mut previous: Option<(u32, usize)> = None;
    for token in tokenize(chunk) {
        let range = token.range.start + offset..token.range.end + offset;
        let word = Word { text: token.text, range, prefix: false, quoted };
        match previous {
            // A `£` amount's plain variant: the phrase keeps the `£` one.
            Some((position, _)) if position == token.position => continue,
            Some((_, end)) if quoted || chunk[end..token.range.start].chars().all(is_hyphen) => {
                groups.last_mut().expect("a group is open").push(word);
            }
            _ => groups.push(vec![word]),
        }
        previous = Some((token.position, token.range.end));
    }
    groups
}

fn atom(mut words: Vec<Word>, quoted: bool) -> Atom {
    if words.len() == 1 && !quoted {
        Atom::Word(words.pop().expect("one word"))
    } else {
        words.truncate(MAX_PHRASE);
        Atom::Phrase(words)
    }
}

fn items(q: &str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut rest = q;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let negated = c == '-' && rest[1..].starts_with(|n: char| !n.is_whitespace());
        let body = if negated { &rest[1..] } else { rest };
        let opening = body.chars().next().filter(|&c| is_quote(c));
        let closing = opening.and_then(|o| body[o.len_utf8()..].find(is_quote).map(|i| (o, i)));
        let start = q.len() - body.len();
        // The chunk, where it starts in `q`, whether it is quoted, and what follows it.
        let (chunk, offset, quoted, after) = match (opening, closing) {
            (_, Some((o, i))) => {
                let inner = &body[o.len_utf8()..o.len_utf8() + i];
                let close_len = body[o.len_utf8() + i..].chars().next().map_or(1, char::len_utf8);
                (inner, start + o.len_utf8(), true, &body[o.len_utf8() + i + close_len..])
            }
            // An unbalanced quote is ignored; the words after it are words.
            (Some(o), None) => ("", start, false, &body[o.len_utf8()..]),
            (None, _) => {
                let end = body.find(|c: char| c.is_whitespace() || is_quote(c)).unwrap_or(body.len());
                (&body[..end], start, false, &body[end..])
            }
        };
        if chunk == "OR" && !negated {
            items.push(Item::Or(start));
        } else {
            let typing = !quoted && after.is_empty() && !negated;
            let mut groups = atoms(chunk, offset, quoted);
            if let Some([last]) = groups.last_mut().map(Vec::as_mut_slice) {
                last.prefix = typing && last.text.chars().count() >= MIN_PREFIX_CHARS;
            }
            items.extend(groups.into_iter().map(|words| Item::Atom { atom: atom(words, quoted), negated }));
        }
        rest = after;
    }
    items
}

/// Parses a query string; never fails.
pub fn parse(q: &str) -> ParsedQuery {
    let mut parsed = ParsedQuery::default();
    let mut items = items(q).into_iter().peekable();
    let mut previous_positive = false;
    while let Some(item) = items.next() {
        let (atom, negated) = match item {
            Item::Atom { atom, negated } => (atom, negated),
            Item::Or(at) => {
                let next_positive = matches!(items.peek(), Some(Item::Atom { negated: false, .. }));
                if previous_positive && next_positive {
                    let Some(Item::Atom { atom, .. }) = items.next() else { unreachable!() };
                    parsed.required.last_mut().expect("a previous clause").push(atom);
                    continue;
                }
                let word = Word { text: "or".to_owned(), range: at..at + 2, prefix: false, quoted: false };
                (Atom::Word(word), false)
            }
        };
        previous_positive = !negated;
        if negated {
            if parsed.excluded.len() < MAX_CLAUSES {
                parsed.excluded.push(atom);
            }
        } else if parsed.required.len() < MAX_CLAUSES {
            parsed.required.push(vec![atom]);
        } else {
            previous_positive = false;
        }
    }
    parsed
}
