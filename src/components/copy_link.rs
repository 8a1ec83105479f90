//! A button that copies a view's address, announcing the result.

use crate::clipboard;
use leptos::prelude::*;

/// Copies what `url` gives when pressed; `label` says what is copied.
#[component]
pub fn CopyLink(#[prop(into)] label: String, url: impl Fn() -> String + 'static) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    view! {
        <span class="copy-link">
            <button type="button" class="button-secondary" on:click=move |_| clipboard::copy(url(), set_status)>
                {label}
            </button>
            <span class="copy-status" role="status" aria-live="polite">{status}</span>
        </span>
    }
}
