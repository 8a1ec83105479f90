//! What a view that needs the documents' text or the search index shows
//! until it has loaded (all the text, the reader's document, or the search's
//! index files): that it is loading, or why it did not and a way to try again.

use crate::view_state::{TextLoad, ViewState};
use leptos::prelude::*;

#[component]
pub fn TextStatus() -> impl IntoView {
    let state = ViewState::get();
    move || {
        let what = if state.waits_for_search() { "the search index" } else { "the documents' text" };
        match state.text_load() {
        TextLoad::Failed(problem) => view! {
            <div class="text-status" role="alert" data-text-failed="">
                <p>{format!("{} could not be loaded ({problem}). Check the connection and try again.", capitalised(what))}</p>
                <button type="button" class="button-secondary" on:click=move |_| state.retry_text()>"Try again"</button>
            </div>
        }
        .into_any(),
        _ => view! {
            <p id="result-count" class="text-status loading-message" role="status" data-text-loading="">
                {format!("Loading {what}…")}
            </p>
        }
        .into_any(),
    }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
