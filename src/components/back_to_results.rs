//! The way back from an open document to the results it was opened from:
//! a "Back to results" link and the Esc key, there while the reader's code
//! or the document's text loads, or has failed to, as well as in the reader.

use crate::view_state::ViewState;
use explorer_core::Query;
use leptos::prelude::*;

#[component]
pub fn BackToResults() -> impl IntoView {
    let state = ViewState::get();
    let close = |query: &mut Query| {
        query.doc = None;
        query.p = None;
    };
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" {
            state.navigate_with(close);
        }
    });
    on_cleanup(move || escape.remove());
    view! { <a class="back-link" href=move || state.href_with(close) data-back="">"← Back to results"</a> }
}
