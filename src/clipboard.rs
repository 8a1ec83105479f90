//! Copying a link to the clipboard, with a status the page can announce.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`, then sets `status` to what happened, for an aria-live region.
pub fn copy(text: String, status: WriteSignal<String>) {
    let promise = window().navigator().clipboard().write_text(&text);
    leptos::task::spawn_local(async move {
        let message = match JsFuture::from(promise).await {
            Ok(_) => "Link copied".to_owned(),
            Err(_) => format!("Copy this link: {text}"),
        };
        status.set(message);
    });
}
