//! The numbers that are not figures: parts of codes, times and telephone
//! numbers, years, days of dates, references to parts of a text, and list
//! numbering.

use super::tokens::{Kind, Token};
use super::{words, Reader};

impl Reader<'_, '_> {
    /// Not part of a code, a time, a telephone number or a longer number.
    pub(super) fn stands_alone(&self) -> bool {
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

    pub(super) fn is_year(&self) -> bool {
        self.year_at(0)
    }

    /// A day of a month, written before or after the month, alone or joined to other days.
    pub(super) fn is_day(&self) -> bool {
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
    pub(super) fn is_reference(&self) -> bool {
        let before = if self.token(-1).is_some_and(|t| t.text == ".") { -2 } else { -1 };
        self.token(before).is_some_and(|t| t.is_word() && words::is_reference(t.text))
    }

    /// `1.` or `1)` opening a paragraph.
    pub(super) fn is_list_number(&self) -> bool {
        self.at == 0 && self.attached(1).is_some_and(|t| matches!(t.text, "." | ")"))
    }
}
