//! What is written just before a figure and belongs to it: a minus sign
//! (`-£3m`, `−5%`) and the words that make it a bound or an estimate
//! (`more than 50,000`, `around 70`, `up to`, `over half`).

use super::tokens::{Kind, Token};
use super::{Found, Reader};
use explorer_core::model::Qualifier;

/// The words of each qualifier, as written before a figure (any case).
const QUALIFIERS: [(&[&str], Qualifier); 13] = [
    (&["more", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["around"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["up", "to"], Qualifier::UpTo),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
];

fn is_minus(token: &Token) -> bool {
    token.kind == Kind::Symbol && matches!(token.text, "-" | "−")
}

impl Reader<'_, '_> {
    /// A found figure with the sign and qualifier written before it.
    pub(super) fn bounded(&self, mut found: Found) -> Found {
        let tokens = self.tokens;
        let written_in_digits = matches!(tokens[found.first].kind, Kind::Number | Kind::Symbol);
        if let Some(sign) = found.first.checked_sub(1).map(|at| &tokens[at]) {
            let opens = sign.spaced || found.first.checked_sub(2).is_some_and(|at| tokens[at].text == "(");
            if written_in_digits && is_minus(sign) && !tokens[found.first].spaced && opens {
                found.value = -found.value;
                found.first -= 1;
            }
        }
        if found.qualifier.is_some() || !tokens[found.first].spaced {
            return found;
        }
        for (words, qualifier) in QUALIFIERS {
            let Some(start) = found.first.checked_sub(words.len()) else { continue };
            let before = &tokens[start..found.first];
            let matches = before.iter().zip(words).all(|(token, word)| {
                token.is_word() && token.spaced && token.text.eq_ignore_ascii_case(word)
            });
            if matches {
                found.qualifier = Some(qualifier);
                found.first = start;
                break;
            }
        }
        found
    }
}
