//! A paragraph in the reader: its number (a link to it), its text, a
//! "copy link" control, and its tags with the words that triggered them.

use crate::components::cite_panel::CitePanel;
use crate::components::copy_link::CopyLink;
use crate::components::marked::marked_and_linked;
use crate::embedded::label;
use crate::view_state::ViewState;
use explorer_core::model::{Block, Document};
use leptos::prelude::*;

#[component]
pub fn ParagraphView(document: &'static Document, number: u32) -> impl IntoView {
    let state = ViewState::get();
    let paragraph = document.paragraph(number).expect("numbers come from the document");
    let link = move || {
        let mut query = state.query.get();
        query.doc = Some(document.id.clone());
        query.p = Some(number);
        query
    };
    let highlighted = move || state.query.with(|q| q.p == Some(number));
    let element = NodeRef::<leptos::html::Div>::new();
    // The paragraph a link names is scrolled to and takes the focus, so
    // keyboard and screen reader users start reading there.
    Effect::new(move |_| {
        if highlighted() {
            if let Some(element) = element.get() {
                request_animation_frame(move || {
                    element.scroll_into_view();
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = element.focus_with_options(&options);
                });
            }
        }
    });
    let tags = paragraph
        .tags
        .iter()
        .map(|tag| {
            let label = label(tag.facet, &tag.slug);
            let words = tag.words.iter().map(|w| format!("“{w}”")).collect::<Vec<_>>().join(", ");
            view! {
                <li data-tag-facet=tag.facet.key() data-tag-value=tag.slug.clone()>
                    <span class="tag-facet">{tag.facet.title()}": "</span>
                    {label}
                    <span class="tag-words">" — from " {words}</span>
                </li>
            }
        })
        .collect_view();
    let names = explorer_core::entities::entities(paragraph);
    let filtered_by = move |name: &explorer_core::entities::Entity| {
        state.href_with(|q| {
            q.doc = None;
            q.p = None;
            q.select(name.facet, name.slug);
        })
    };
    let tag_count = paragraph.tags.len();
    let has_tags = tag_count > 0;
    let body = view! {
        <div class="paragraph" class:highlighted=highlighted node_ref=element data-p=number id=format!("p{number}") tabindex="-1">
            <a class="paragraph-number" href=move || state.href(&link()) data-noscroll="" aria-label=format!("Paragraph {number}")>{number}</a>
            <p class="paragraph-text">
                {move || {
                    let marks = state.marks(&paragraph.text);
                    marked_and_linked(&paragraph.text, &marks, &names, filtered_by)
                }}
            </p>
            <div class="paragraph-tools">
                <CopyLink label=format!("Copy link to paragraph {number}") url=move || state.absolute_url(&link()) />
                <CitePanel document paragraph=Some(number) />
                <Show when=move || has_tags>
                    <details class="paragraph-tags">
                        <summary>{format!("Why tagged ({tag_count})")}</summary>
                        <ul>{tags.clone()}</ul>
                    </details>
                </Show>
            </div>
        </div>
    };
    match paragraph.block {
        Block::ListItem => view! { <li class="list-paragraph">{body}</li> }.into_any(),
        Block::Paragraph => body.into_any(),
    }
}
