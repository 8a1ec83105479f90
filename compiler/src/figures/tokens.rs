//! Splitting a paragraph into the numbers, words and symbols that figures
//! are read from, each with its bytes and whether whitespace precedes it.
//!
//! A number is ASCII digits with optional thousands groups (`45,755`) and
//! decimals (`1.5`). A word is letters, kept together across inner hyphens
//! and apostrophes (`UK-funded`, `people’s`). Any other character but
//! whitespace is a symbol of its own.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Number,
    Word,
    Symbol,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Whitespace (or the start of the text) comes before it.
    pub spaced: bool,
}

impl Token<'_> {
    pub fn is(&self, kind: Kind, text: &str) -> bool {
        self.kind == kind && self.text == text
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// A number's value without its thousands separators; `None` for other
    /// tokens and for numbers too long to be finite.
    pub fn value(&self) -> Option<f64> {
        let digits: String = self.text.chars().filter(|&c| c != ',').collect();
        let value: f64 = (self.kind == Kind::Number).then(|| digits.parse().ok())??;
        value.is_finite().then_some(value)
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// The end of the token starting at `start` with `first`.
fn token_end(text: &str, start: usize, first: char) -> (Kind, usize) {
    let bytes = text.as_bytes();
    let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let digits_from = |mut at: usize| {
        while digit_at(at) {
            at += 1;
        }
        at
    };
    if first.is_ascii_digit() {
        let mut end = digits_from(start);
        while bytes.get(end) == Some(&b',') && digits_from(end + 1) == end + 4 {
            end += 4;
        }
        if bytes.get(end) == Some(&b'.') && digit_at(end + 1) {
            end = digits_from(end + 1);
        }
        return (Kind::Number, end);
    }
    if !first.is_alphabetic() {
        return (Kind::Symbol, start + first.len_utf8());
    }
    let mut end = start;
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        let joins = is_joiner(c) && chars.peek().is_some_and(|next| next.is_alphabetic());
        if !c.is_alphabetic() && !joins {
            break;
        }
        end += c.len_utf8();
    }
    (Kind::Word, end)
}

pub fn lex(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut at = 0;
    let mut spaced = true;
    while let Some(first) = text[at..].chars().next() {
        if first.is_whitespace() {
            at += first.len_utf8();
            spaced = true;
            continue;
        }
        let (kind, end) = token_end(text, at, first);
        tokens.push(Token { kind, text: &text[at..end], start: at, end, spaced });
        at = end;
        spaced = false;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexed(text: &str) -> Vec<(Kind, &str, bool)> {
        lex(text).into_iter().map(|t| (t.kind, t.text, t.spaced)).collect()
    }

    #[test]
    fn numbers_keep_thousands_groups_and_decimals() {
        use Kind::*;
        assert_eq!(
            lexed("£1.5bn, 45,755 and 12,30 or 1,2345."),
            [
                (Symbol, "£", true),
                (Number, "1.5", false),
                (Word, "bn", false),
                (Symbol, ",", false),
                (Number, "45,755", true),
                (Word, "and", true),
                (Number, "12", true),
                (Symbol, ",", false),
                (Number, "30", false),
                (Word, "or", true),
                (Number, "1", true),
                (Symbol, ",", false),
                (Number, "2345", false),
                (Symbol, ".", false),
            ]
        );
    }

    #[test]
    fn words_hold_inner_hyphens_and_apostrophes_only() {
        use Kind::*;
        assert_eq!(
            lexed("UK-funded people’s G7 -x"),
            [
                (Word, "UK-funded", true),
                (Word, "people’s", true),
                (Word, "G", true),
                (Number, "7", false),
                (Symbol, "-", true),
                (Word, "x", false)
            ]
        );
    }

    #[test]
    fn values_drop_separators_and_refuse_infinity() {
        let value = |text: &str| lex(text)[0].value();
        assert_eq!(value("45,755"), Some(45_755.0));
        assert_eq!(value("0.25"), Some(0.25));
        assert_eq!(value("word"), None);
        assert_eq!(value(&"9".repeat(400)), None);
    }
}
