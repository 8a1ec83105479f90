//! Figures written in words: cardinals (`nine countries`, `two hundred
//! officers`), estimates that are lower bounds (`hundreds of officers` is at
//! least 100 officers) and fractions of a whole (`half of`, `a quarter of`,
//! `two thirds of`, as percentages).

use super::{words, Found, Reader};
use explorer_core::model::{FigureKind, Qualifier};

impl Reader<'_, '_> {
    /// The figure, if any, whose first word is token `at`.
    pub(super) fn spelled(&self) -> Option<Found> {
        let word = &self.tokens[self.at];
        if !word.is_word() || !word.spaced {
            return None;
        }
        let word = word.text.to_lowercase();
        self.fraction(&word).or_else(|| self.estimate(&word)).or_else(|| self.cardinal(&word))
    }

    fn followed_by_of(&self, offset: isize) -> bool {
        self.spaced_word(offset).is_some_and(|word| word.eq_ignore_ascii_case("of"))
    }

    /// "half of", "a quarter of", "two thirds of": a percentage of a whole.
    fn fraction(&self, word: &str) -> Option<Found> {
        let (share, plural) = words::fraction(word)?;
        if !self.followed_by_of(1) {
            return None;
        }
        let multiplier = self.spaced_word(-1).and_then(|before| words::multiplier(&before.to_lowercase()));
        let (count, first) = match multiplier {
            Some(count) => (count, self.index(-1)),
            None if word == "half" => (1.0, self.at),
            None => return None,
        };
        if plural != (count > 1.0) {
            return None;
        }
        let value = share * count;
        Some(Found {
            kind: FigureKind::Percentage,
            unit: "%".into(),
            value,
            qualifier: None,
            first,
            last: self.at,
        })
    }

    /// "hundreds of officers": at least a hundred of them.
    fn estimate(&self, word: &str) -> Option<Found> {
        let value = words::estimate(word)?;
        if !self.followed_by_of(1) {
            return None;
        }
        let (unit, used) = self.counted_noun(2);
        (used > 0).then(|| Found {
            kind: FigureKind::Count,
            unit,
            value,
            qualifier: Some(Qualifier::AtLeast),
            first: self.at,
            last: self.index(1 + used),
        })
    }

    /// "nine countries", "two hundred officers", "five per cent": a count
    /// needs the noun it counts.
    fn cardinal(&self, word: &str) -> Option<Found> {
        let mut value = words::cardinal(word)?;
        let after = self.spaced_word(1).map(str::to_lowercase);
        if after.as_deref().is_some_and(|next| words::fraction(next).is_some()) {
            return None;
        }
        let scale = after.as_deref().and_then(|next| words::scale(next, false));
        let next = if scale.is_some() { 2 } else { 1 };
        value *= scale.unwrap_or(1.0);
        let (kind, unit, used) = self.measure(next, &mut value, scale.is_some())?;
        if kind == FigureKind::Count && unit.is_empty() {
            return None;
        }
        Some(Found { kind, unit, value, qualifier: None, first: self.at, last: self.index(next + used - 1) })
    }
}
