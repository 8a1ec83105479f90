//! Buttons that copy text (a view's address, a citation), announcing the result.

use crate::clipboard;
use leptos::prelude::*;

/// Copies what `text` gives when pressed; `label` says what is copied and
/// `copied` is announced once it is.
#[component]
pub fn CopyButton(
    #[prop(into)] label: String,
    copied: &'static str,
    text: impl Fn() -> String + 'static,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    view! {
        <span class="copy-link">
            <button type="button" class="button-secondary" on:click=move |_| clipboard::copy(text(), copied, set_status)>
                {label}
            </button>
            <span class="copy-status" role="status" aria-live="polite">{status}</span>
        </span>
    }
}

/// Copies a view's address.
#[component]
pub fn CopyLink(#[prop(into)] label: String, url: impl Fn() -> String + 'static) -> impl IntoView {
    view! { <CopyButton label copied="Link copied" text=url /> }
}
