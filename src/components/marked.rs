//! Text with search matches wrapped in `<mark>` and, in the reader, names of
//! agencies, people and places as links, built as DOM nodes (never from HTML
//! strings), so nothing in a text or a query can become markup.

use explorer_core::entities::{segments, Entity, Segment};
use leptos::prelude::*;
use std::ops::Range;

/// `text` with each of `marks` (sorted, non-overlapping byte ranges) marked.
pub fn marked(text: &str, marks: &[Range<usize>]) -> AnyView {
    marked_and_linked(text, marks, &[], |_| String::new())
}

/// `text` with `marks` marked and each of `entities` a link to `href(entity)`.
pub fn marked_and_linked(
    text: &str,
    marks: &[Range<usize>],
    entities: &[Entity],
    href: impl Fn(&Entity) -> String,
) -> AnyView {
    let on_boundaries = |r: &Range<usize>| text.get(r.clone()).is_some();
    let marks: Vec<Range<usize>> = marks.iter().filter(|m| on_boundaries(m)).cloned().collect();
    let pieces = segments(text.len(), &marks, entities);
    let mut views = Vec::new();
    let mut rest = pieces.as_slice();
    while let Some(first) = rest.first() {
        let run = rest.iter().take_while(|s| s.entity == first.entity).count();
        let content = rest[..run].iter().map(|s| piece(text, s)).collect::<Vec<_>>();
        views.push(match first.entity.map(|i| &entities[i]) {
            Some(entity) => view! {
                <a class="entity" href=href(entity) data-noscroll=""
                    data-entity-facet=entity.facet.key() data-entity=entity.slug.to_owned()>
                    {content}
                </a>
            }
            .into_any(),
            None => content.into_any(),
        });
        rest = &rest[run..];
    }
    views.into_any()
}

fn piece(text: &str, segment: &Segment) -> AnyView {
    let words = text.get(segment.range.clone()).unwrap_or_default().to_owned();
    if segment.marked {
        view! { <mark>{words}</mark> }.into_any()
    } else {
        words.into_any()
    }
}
