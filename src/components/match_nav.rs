//! In the reader, with a search: which paragraphs match, and links to the
//! previous and next matching paragraph from the one shown (`p=`).

use crate::embedded::{corpus, explorer};
use crate::view_state::ViewState;
use explorer_core::model::Document;
use leptos::prelude::*;

#[component]
pub fn MatchNav(document: &'static Document) -> impl IntoView {
    let state = ViewState::get();
    let position = corpus().position(&document.id).expect("the reader shows corpus documents");
    let matching =
        Memo::new(move |_| state.outcome.with(|outcome| explorer().matching_paragraphs(outcome, position)));
    let link = move |number: Option<u32>| {
        number.map(|n| {
            state.href_with(|q| {
                q.doc = Some(document.id.clone());
                q.p = Some(n);
            })
        })
    };
    move || {
        let paragraphs = matching.get();
        if paragraphs.is_empty() {
            return ().into_any();
        }
        let current = state.query.with(|q| q.p).unwrap_or(0);
        let previous = paragraphs.iter().rev().find(|&&n| n < current).copied();
        let next = paragraphs.iter().find(|&&n| n > current).copied();
        let at = paragraphs.iter().position(|&n| n == current);
        let place = match at {
            Some(i) => format!("Matching paragraph {} of {}", i + 1, paragraphs.len()),
            None => format!("{} matching paragraphs", paragraphs.len()),
        };
        let step = |href: Option<String>, text: &'static str, key: &'static str| match href {
            Some(href) => {
                view! { <a class="button-secondary" href=href data-match-step=key>{text}</a> }.into_any()
            }
            None => view! { <span class="match-step-none" aria-disabled="true">{text}</span> }.into_any(),
        };
        view! {
            <nav class="match-nav" aria-label="Matches of the search">
                <span data-match-place="">{place}</span>
                {step(link(previous), "← Previous match", "previous")}
                {step(link(next), "Next match →", "next")}
            </nav>
        }
        .into_any()
    }
}
