//! What a view that needs the documents' text shows until the text has
//! loaded (all of it, or the reader's document): that it is loading, or
//! why it did not and a way to try again.

use crate::view_state::{TextLoad, ViewState};
use leptos::prelude::*;

#[component]
pub fn TextStatus() -> impl IntoView {
    let state = ViewState::get();
    move || {
        match state.text_load() {
        TextLoad::Failed(problem) => view! {
            <div class="text-status" role="alert" data-text-failed="">
                <p>{format!("The documents' text could not be loaded ({problem}). Check the connection and try again.")}</p>
                <button type="button" class="button-secondary" on:click=move |_| state.retry_text()>"Try again"</button>
            </div>
        }
        .into_any(),
        _ => view! {
            <p id="result-count" class="text-status loading-message" role="status" data-text-loading="">
                "Loading the documents' text…"
            </p>
        }
        .into_any(),
    }
    }
}
