//! Finding the figures of a paragraph: amounts of money (`£24m`), percentages
//! (`51%`, `40 per cent`), counts (`45,755 people`) and weights (`19
//! tonnes`), each with its normalised value and its sentence.
//!
//! Only numbers written in digits are figures. Not figures: years (a
//! four-digit number from 1800 to 2199 without a comma, and a range's end
//! after one, `2022–23`), days of dates (`4 November`, `March 18 and 19`),
//! durations (`50 years`), times (`10:30`, `9 am`, `24/7`), ordinals and
//! codes (`3rd`, `G7`, `Covid-19`), numbers naming a part of a text
//! (`paragraph 12`, `HC 197`), list numbering, and digit groups with
//! leading zeros or runs of them (telephone numbers).
//!
//! A count's unit is the noun after the number as written, up to its first
//! plural word (`member states`, `drug related deaths`, `people`), or its
//! first word when none is plural; empty when no noun follows (`from 800
//! to 12,301`). Weights are in tonnes.

mod tokens;
mod words;

use crate::sentences;
use explorer_core::model::{Figure, FigureKind};
use tokens::{Kind, Token};

/// The figures of a paragraph's text, in text order.
pub fn extract(text: &str) -> Vec<Figure> {
    let tokens = tokens::lex(text);
    let sentences = sentences::spans(text);
    (0..tokens.len())
        .filter_map(|at| Reader { tokens: &tokens, at }.figure())
        .map(|(kind, unit, value, span)| {
            let sentence = sentences.iter().find(|s| s.start <= span.start && span.start < s.end);
            let sentence = sentence.cloned().expect("every token lies in a sentence");
            Figure { kind, unit, value, text: span.into(), sentence: sentence.into() }
        })
        .collect()
}

/// Reading the figure, if any, whose number is token `at`.
struct Reader<'t, 'a> {
    tokens: &'t [Token<'a>],
    at: usize,
}

/// A figure before its sentence is known: kind, unit, value and its bytes in the text.
type Found = (FigureKind, String, f64, std::ops::Range<usize>);

impl<'a> Reader<'_, 'a> {
    /// The token `offset` places from the number.
    fn token(&self, offset: isize) -> Option<&Token<'a>> {
        self.tokens.get(self.at.checked_add_signed(offset)?)
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
            None => self.measure(next, &mut value, scale.is_some())?,
        };
        let start = if money.is_some() { self.token(-1)?.start } else { number.start };
        let end = self.token(next + words_used - 1)?.end;
        Some((kind, unit, value, start..end))
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

    /// Not part of a code, a time, a telephone number or a longer number.
    fn stands_alone(&self) -> bool {
        let number = self.tokens[self.at].text;
        let joins_numbers = |t: &Token| matches!(t.text, "/" | ":" | "." | ",");
        let glued_to_number = |step: isize| {
            self.attached(step).is_some_and(joins_numbers)
                && self.attached(2 * step).is_some_and(|t| t.kind == Kind::Number)
        };
        let after_word = self.attached(-1).is_some_and(Token::is_word);
        let after_hash = self.attached(-1).is_some_and(|t| t.text == "#");
        let ends_a_range = self.attached(-1).is_some_and(|t| matches!(t.text, "-" | "–"))
            && self.attached(-2).is_some_and(|t| t.is_word() || self.year_at(-2));
        let leading_zero = number.len() > 1 && number.starts_with('0') && !number.starts_with("0.");
        let in_digit_run = [-1, 1].into_iter().any(|offset| self.is_number_at(offset) && self.spaced(offset));
        let glued = glued_to_number(-1) || glued_to_number(1);
        !(after_word || after_hash || ends_a_range || leading_zero || in_digit_run || glued)
    }

    fn year_at(&self, offset: isize) -> bool {
        let Some(token) = self.token(offset).filter(|t| t.kind == Kind::Number) else { return false };
        let four_digits = token.text.len() == 4 && token.text.bytes().all(|b| b.is_ascii_digit());
        four_digits && token.value().is_some_and(|year| (1800.0..2200.0).contains(&year))
    }

    fn is_year(&self) -> bool {
        self.year_at(0)
    }

    /// A day of a month, written before or after the month, alone or joined to other days.
    fn is_day(&self) -> bool {
        self.day_towards(1) || self.day_towards(-1)
    }

    fn day_towards(&self, step: isize) -> bool {
        let is_day_number = |t: &Token| {
            let whole = t.kind == Kind::Number && !t.text.contains(['.', ',']);
            whole && t.value().is_some_and(|day| (1.0..=31.0).contains(&day))
        };
        let mut offset = 0;
        while self.token(offset).is_some_and(is_day_number) {
            if self.spaced_word(offset + step).is_some_and(words::is_month) {
                return true;
            }
            if !self.token(offset + step).is_some_and(|t| words::joins_days(t.text)) {
                return false;
            }
            offset += 2 * step;
        }
        false
    }

    /// After a word like `paragraph` or `HC` (and any full stop of it, `No.`).
    fn is_reference(&self) -> bool {
        let before = if self.token(-1).is_some_and(|t| t.text == ".") { -2 } else { -1 };
        self.token(before).is_some_and(|t| t.is_word() && words::is_reference(t.text))
    }

    /// `1.` or `1)` opening a paragraph.
    fn is_list_number(&self) -> bool {
        self.at == 0 && self.attached(1).is_some_and(|t| matches!(t.text, "." | ")"))
    }

    /// The noun a count counts, and how many words it takes.
    fn counted_noun(&self, next: isize) -> (String, isize) {
        let words: Vec<&str> = (next..next + 4)
            .map_while(|offset| self.spaced_word(offset))
            .take_while(|word| !words::is_function_word(word))
            .collect();
        let used = match words.iter().position(|word| words::is_plural(word)) {
            Some(head) => head + 1,
            None => words.len().min(1),
        };
        (words[..used].join(" "), used as isize)
    }
}

#[cfg(test)]
mod tests;
