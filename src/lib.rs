//! The explorer's page. In the browser, [`start`] mounts it in place of
//! what `index.html` shows while the wasm downloads (the first view, written
//! by the build with [`prerender`], or a loading message for other links),
//! carrying over anything the reader already typed or ticked there.

// Rendering the page to HTML natively nests the view types deeply.
#![recursion_limit = "256"]

mod app;
mod clipboard;
mod clock;
mod components;
mod download;
mod embedded;
mod navigation;
mod offline;
mod panic_report;
mod takeover;
mod view_state;

use leptos::prelude::*;

/// Starts the explorer in the browser.
pub fn start() {
    panic_report::install();
    let carried = takeover::read_prerendered();
    leptos::mount::mount_to_body(|| view! { <app::App prerendering=None /> });
    takeover::finish(carried);
    embedded::index_search_later();
    // For the benchmark: the moment the app has taken over the page.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("explorer-ready");
    }
}

/// The first view (the page without a query) as HTML, for the build to
/// write into `index.html`; `path` is the page's own path on the host
/// (`/`, or a sub-path such as `/explorer/`), which its links begin with.
pub fn prerender(path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <app::App prerendering=Some(path.to_owned()) /> }.to_html())
}
