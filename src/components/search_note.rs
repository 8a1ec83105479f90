//! What the page says about the search when a word matched only by
//! completion or by correcting a typo (with a link to search the word as
//! typed), and, with no results, "Did you mean …?".

use crate::embedded::explorer;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// One note per word of the search that no document contains as typed.
#[component]
pub fn SearchNotes() -> impl IntoView {
    let state = ViewState::get();
    let notes = move || {
        state
            .outcome
            .with(|outcome| outcome.notes().to_vec())
            .into_iter()
            .map(|note| {
                let as_typed = {
                    let note = note.clone();
                    move || state.query.with(|q| note.as_typed(&q.q))
                };
                let href = move || state.href_with(|q| q.q = as_typed());
                view! {
                    <p class="notice search-note" data-search-note=note.word.clone()>
                        {note.to_string()} " "
                        <a href=href data-noscroll="">{format!("Search for “{}” as typed", note.word)}</a>
                    </p>
                }
            })
            .collect_view()
    };
    view! { <div role="status">{notes}</div> }
}

/// With no results: the search with a word that matches nothing spelt as
/// the nearest word of the corpus, if that gives results.
#[component]
pub fn DidYouMean() -> impl IntoView {
    let state = ViewState::get();
    let suggestion = move || {
        let suggestion = state.query.with(|query| explorer().suggestion(query))?;
        let documents = if suggestion.count == 1 {
            "1 document".to_owned()
        } else {
            format!("{} documents", suggestion.count)
        };
        let q = suggestion.q.clone();
        let href = move || state.href_with(|query| query.q = q.clone());
        Some(view! {
            <p class="did-you-mean" data-did-you-mean="">
                "Did you mean " <a href=href data-noscroll="">{suggestion.q.clone()}</a> {format!("? ({documents})")}
            </p>
        })
    };
    view! { {suggestion} }
}
