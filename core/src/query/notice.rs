//! What the page tells a reader about the parts of a link it could not use.

use super::SideError;
use crate::date::DateError;
use crate::View;
use std::fmt;

/// A part of the URL that was left out, and why. Shown to the reader as
/// "ignored: …"; the rest of the link still works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub key: String,
    pub value: String,
    pub reason: Reason,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A facet value that no document or taxonomy entry has.
    UnknownValue,
    BadDate(DateError),
    /// `p` that is not a paragraph number.
    BadParagraph,
    /// `p` with no `doc`, or past the document's last paragraph.
    NoSuchParagraph,
    UnknownDocument,
    UnknownSort,
    RelevanceNeedsSearch,
    /// An order the view does not offer (only figures sort by value).
    SortNotOffered(View),
    UnknownView,
    /// A second value of a key that takes one (`from`, `to`, `sort`, `doc`, `p`, `view`).
    Repeated,
    /// A `%` escape that is malformed or not UTF-8 text, kept as written.
    BadEscape,
    UnknownKind,
    KindNeedsFigures,
    /// `a=` or `b=` that is not a side.
    BadSide(SideError),
    /// `a=` or `b=` outside the compare view.
    SideNeedsCompare,
    /// `ctx=` that is not a number of words from 1 to 20.
    BadContext,
    /// `ctx=` outside the concordance.
    ContextNeedsKwic,
}

/// Longest value quoted back to the reader; hostile links can be long.
const SHOWN_VALUE_CHARS: usize = 60;

impl Notice {
    pub fn new(key: &str, value: &str, reason: Reason) -> Notice {
        Notice { key: key.to_owned(), value: value.to_owned(), reason }
    }

    fn explanation(&self) -> String {
        match &self.reason {
            Reason::UnknownValue => format!("there is no such {}", self.key),
            Reason::BadDate(error) => error.to_string(),
            Reason::BadParagraph => "not a paragraph number".to_owned(),
            Reason::NoSuchParagraph => "no such paragraph in the open document".to_owned(),
            Reason::UnknownDocument => "no document has this id".to_owned(),
            Reason::UnknownSort => {
                "sort is newest, oldest, relevance, largest, smallest, 1L, 2L, 1R or 2R".to_owned()
            }
            Reason::RelevanceNeedsSearch => "relevance needs search words".to_owned(),
            Reason::SortNotOffered(view) => {
                let offered: Vec<&str> = view.spec().sorts.iter().map(|sort| sort.key()).collect();
                match offered.as_slice() {
                    [] => format!("the {} view has no order to choose", view.key()),
                    _ => format!("the {} view sorts by {}", view.key(), offered.join(", ")),
                }
            }
            Reason::UnknownView => format!("the views are {}", View::keys_in_words()),
            Reason::Repeated => format!("{} takes one value; the first one is used", self.key),
            Reason::BadEscape => "not a valid %-escape of text, so it is kept as written".to_owned(),
            Reason::UnknownKind => "the kinds of figure are money, percentage, count and weight".to_owned(),
            Reason::KindNeedsFigures => "only the figures view shows kinds of figure".to_owned(),
            Reason::BadSide(error) => error.to_string(),
            Reason::SideNeedsCompare => "only the compare view has sides".to_owned(),
            Reason::BadContext => format!("ctx is a number of words from 1 to {}", crate::Query::MAX_CONTEXT),
            Reason::ContextNeedsKwic => "only the concordance (view=kwic) shows context".to_owned(),
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut value: String = self.value.chars().take(SHOWN_VALUE_CHARS).collect();
        if value.len() < self.value.len() {
            value.push('…');
        }
        write!(f, "ignored: {}={:?} ({})", self.key, value, self.explanation())
    }
}
