//! Finding the figures of a paragraph: amounts of money (`£24m`, `-£3m`),
//! percentages (`51%`, `40 per cent`, `over half`), counts (`45,755
//! people`, `nine countries`, `hundreds of officers`) and weights (`19
//! tonnes`), each with its normalised value, any qualifier that makes it a
//! bound or an estimate (`more than`, `around`, `up to`), and its sentence.
//!
//! Not figures: years (a four-digit number from 1800 to 2199 without a
//! comma, and a range's end after one, `2022–23`), days of dates (`4
//! November`, `March 18 and 19`), durations (`50 years`, `nine months`),
//! times (`10:30`, `9 am`, `24/7`), ordinals and codes (`3rd`, `G7`,
//! `Covid-19`), numbers naming a part of a text (`paragraph 12`, `HC 197`),
//! list numbering, digit groups with leading zeros or runs of them
//! (telephone numbers), and `one`, which mostly means "a".
//!
//! A count's unit is the noun after the number as written, up to its first
//! plural word (`member states`, `drug related deaths`, `people`), or its
//! first word when none is plural; when no noun follows, the noun of a
//! "number of …" earlier in the sentence (`the number of Albanians … from
//! 800 to 12,301`); otherwise empty. Weights are in tonnes.

mod bounds;
mod exclusions;
mod spelled;
mod tokens;
mod words;

use crate::sentences;
use explorer_core::model::{Figure, FigureKind, Qualifier};
use tokens::{Kind, Token};

/// The figures of a paragraph's text, in text order.
pub fn extract(text: &str) -> Vec<Figure> {
    let tokens = tokens::lex(text);
    let sentences = sentences::spans(text);
    (0..tokens.len())
        .filter_map(|at| {
            let reader = Reader { tokens: &tokens, at };
            reader.figure().or_else(|| reader.spelled()).map(|found| reader.bounded(found))
        })
        .map(|found| {
            let span = tokens[found.first].start..tokens[found.last].end;
            let sentence = sentences.iter().find(|s| s.start <= span.start && span.start < s.end);
            let sentence = sentence.cloned().expect("every token lies in a sentence");
            let (kind, unit, value, qualifier) = (found.kind, found.unit, found.value, found.qualifier);
            Figure { kind, unit, value, qualifier, text: span.into(), sentence: sentence.into() }
        })
        .collect()
}

/// Reading the figure, if any, whose number is token `at`.
struct Reader<'t, 'a> {
    tokens: &'t [Token<'a>],
    at: usize,
}

/// A figure before its sentence is known.
struct Found {
    kind: FigureKind,
    unit: String,
    value: f64,
    qualifier: Option<Qualifier>,
    /// Its first and last tokens.
    first: usize,
    last: usize,
}

/// The longest noun a count names, in words.
const NOUN_WORDS: usize = 6;

/// The noun a count counts, from `words`: up to its first plural word, or
/// its first word when none is plural; and how many words it takes.
fn noun(words: &[&str]) -> (String, usize) {
    let used = match words.iter().position(|word| words::is_plural(word)) {
        Some(head) => head + 1,
        None => words.len().min(1),
    };
    (words[..used].join(" "), used)
}

impl<'a> Reader<'_, 'a> {
    /// The token `offset` places from the number.
    fn token(&self, offset: isize) -> Option<&Token<'a>> {
        self.tokens.get(self.at.checked_add_signed(offset)?)
    }

    /// The index of the token `offset` places from the number.
    fn index(&self, offset: isize) -> usize {
        self.at.checked_add_signed(offset).expect("an offset inside the text")
    }

    /// Whether whitespace separates token `offset` from its neighbour on the number's side.
    fn spaced(&self, offset: isize) -> bool {
        let outer = if offset > 0 { offset } else { offset + 1 };
        self.token(outer).is_some_and(|t| t.spaced)
    }

    /// Token `offset`, if it touches its neighbour on the number's side.
    fn attached(&self, offset: isize) -> Option<&Token<'a>> {
        self.token(offset).filter(|_| !self.spaced(offset))
    }

    /// Token `offset`, if it is a word apart from its neighbour on the number's side.
    fn spaced_word(&self, offset: isize) -> Option<&'a str> {
        self.token(offset).filter(|t| t.is_word() && self.spaced(offset)).map(|t| t.text)
    }

    fn is_number_at(&self, offset: isize) -> bool {
        self.token(offset).is_some_and(|t| t.kind == Kind::Number)
    }

    /// A figure written in digits.
    fn figure(&self) -> Option<Found> {
        let number = &self.tokens[self.at];
        if number.kind != Kind::Number || !self.stands_alone() {
            return None;
        }
        let money = self.attached(-1).and_then(|symbol| words::currency(symbol.text));
        let mut value = number.value()?;
        let scale = self.token(1).filter(|t| t.is_word()).and_then(|t| words::scale(t.text, !t.spaced));
        let scale = scale.filter(|_| money.is_some() || self.spaced(1));
        let next = if scale.is_some() { 2 } else { 1 };
        value *= scale.unwrap_or(1.0);
        let (kind, unit, words_used) = match money {
            Some(currency) => (FigureKind::Money, currency.to_owned(), 0),
            None => {
                let (kind, mut unit, words_used) = self.measure(next, &mut value, scale.is_some())?;
                if kind == FigureKind::Count && unit.is_empty() {
                    unit = self.noun_before().unwrap_or_default();
                }
                (kind, unit, words_used)
            }
        };
        let first = if money.is_some() { self.index(-1) } else { self.at };
        let last = self.index(next + words_used - 1);
        Some(Found { kind, unit, value, qualifier: None, first, last })
    }

    /// What a number without a currency measures, and how many tokens its unit takes.
    fn measure(&self, next: isize, value: &mut f64, scaled: bool) -> Option<(FigureKind, String, isize)> {
        let percentage = |words_used| Some((FigureKind::Percentage, "%".to_owned(), words_used));
        let following = self.token(next);
        if following.is_some_and(|t| t.is(Kind::Symbol, "%")) {
            return percentage(1);
        }
        match (self.spaced_word(next), self.spaced_word(next + 1)) {
            (Some(per), Some("cent")) if per.eq_ignore_ascii_case("per") => return percentage(2),
            (Some(percent), _) if percent.eq_ignore_ascii_case("percent") => return percentage(1),
            _ => {}
        }
        if let Some(tonnes) = following.filter(|t| t.is_word()).and_then(|t| words::tonnes_per(t.text)) {
            *value *= tonnes;
            return Some((FigureKind::Weight, "tonnes".to_owned(), 1));
        }
        let names_something_else =
            !scaled && (self.is_year() || self.is_day() || self.is_reference() || self.is_list_number());
        let of_time =
            self.spaced_word(next).is_some_and(|w| words::is_duration(w) || words::is_time_of_day(w));
        let touching_word = self.attached(next).is_some_and(Token::is_word);
        if names_something_else || of_time || touching_word {
            return None;
        }
        let (noun, words_used) = self.counted_noun(next);
        Some((FigureKind::Count, noun, words_used))
    }

    /// The noun a count counts, written from token `next` on, and how many words it takes.
    fn counted_noun(&self, next: isize) -> (String, isize) {
        let words: Vec<&str> = (next..next + NOUN_WORDS as isize)
            .map_while(|offset| self.spaced_word(offset))
            .take_while(|word| !words::is_function_word(word))
            .collect();
        let (noun, used) = noun(&words);
        (noun, used as isize)
    }

    /// The noun of "the number of <noun>" earlier in the number's sentence,
    /// for a count written without one ("the number of Albanians … had gone
    /// from 800 to 12,301").
    fn noun_before(&self) -> Option<String> {
        let before = &self.tokens[..self.at];
        let sentence_start =
            before.iter().rposition(|t| matches!(t.text, "." | "!" | "?")).map_or(0, |at| at + 1);
        let sentence = &before[sentence_start..];
        let is = |token: &Token, words: &[&str]| {
            token.is_word() && words.contains(&token.text.to_lowercase().as_str())
        };
        let of = sentence
            .windows(2)
            .rposition(|pair| is(&pair[0], &["number", "numbers"]) && is(&pair[1], &["of"]))?;
        let words: Vec<&str> = sentence[of + 2..]
            .iter()
            .take(NOUN_WORDS)
            .map_while(|t| (t.is_word() && t.spaced).then_some(t.text))
            .take_while(|word| !words::is_function_word(word))
            .collect();
        let (noun, _) = noun(&words);
        (!noun.is_empty()).then_some(noun)
    }
}

#[cfg(test)]
mod tests;
