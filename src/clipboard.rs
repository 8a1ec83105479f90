//! Copying text to the clipboard, with a status the page can announce.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`, then sets `status` to what happened, for an aria-live
/// region: `copied` ("Link copied") or, if the browser refuses, the text to copy by hand.
pub fn copy(text: String, copied: &'static str, status: WriteSignal<String>) {
    let promise = window().navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        let message = match JsFuture::from(promise).await {
            Ok(_) => copied.to_owned(),
            Err(_) => format!("Copy this by hand: {text}"),
        };
        status.set(message);
    });
}
