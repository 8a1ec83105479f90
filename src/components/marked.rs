//! Text with search matches wrapped in `<mark>`, built as DOM nodes (never
//! from HTML strings), so nothing in a text or a query can become markup.

use leptos::prelude::*;
use std::ops::Range;

/// `text` with each of `marks` (sorted, non-overlapping byte ranges) marked.
pub fn marked(text: &str, marks: &[Range<usize>]) -> AnyView {
    let mut pieces = Vec::new();
    let mut at = 0;
    let usable = |m: &Range<usize>| {
        m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end)
    };
    for mark in marks.iter().filter(|m| usable(m)) {
        if mark.start < at {
            continue;
        }
        if mark.start > at {
            pieces.push(text[at..mark.start].to_owned().into_any());
        }
        pieces.push(view! { <mark>{text[mark.clone()].to_owned()}</mark> }.into_any());
        at = mark.end;
    }
    if at < text.len() {
        pieces.push(text[at..].to_owned().into_any());
    }
    pieces.into_any()
}
