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
            <TextProgress />
        }
        .into_any(),
    }
    }
}

/// How much of the whole text has arrived, when it comes in shards: a bar
/// and its count, outside the status line so that a screen reader is not
/// told of every shard.
#[component]
fn TextProgress() -> impl IntoView {
    let state = ViewState::get();
    move || {
        state.text_progress().map(|(arrived, total)| {
            view! {
                <p class="text-progress">
                    <progress max=total value=arrived aria-label="The documents' text loaded" data-text-progress=""></progress>
                    <span>{format!("{arrived} of {total} parts")}</span>
                </p>
            }
        })
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
