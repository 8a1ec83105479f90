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
mod later;
mod navigation;
mod offline;
mod panic_report;
mod result_texts;
#[cfg(target_arch = "wasm32")]
mod takeover;
mod view_state;

pub use embedded::{CORPUS_META, SEARCH_META};
use leptos::prelude::*;

/// Starts the explorer in the browser: fetches the corpus (the page shows
/// its first view or loading message meanwhile), then takes over the page.
pub fn start() {
    panic_report::install();
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        match embedded::load().await {
            Ok(()) => {
                // Reading the corpus and the first render are two tasks, so neither holds the page long.
                next_task().await;
                take_over();
            }
            Err(problem) => say_it_failed(&problem),
        }
    });
}

/// Resolves in a later task of the event loop, letting the browser paint and handle input between.
#[cfg(target_arch = "wasm32")]
async fn next_task() {
    after(0.0).await;
}

/// Resolves in a task of the event loop at least `milliseconds` from now.
#[cfg(target_arch = "wasm32")]
pub async fn after(milliseconds: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds.ceil() as i32);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts the app in place of what the page showed before it.
#[cfg(target_arch = "wasm32")]
fn take_over() {
    let carried = takeover::read_prerendered();
    leptos::mount::mount_to_body(|| view! { <app::App prerendering=None /> });
    takeover::finish(carried);
    embedded::index_search_later();
    // For the benchmark: the moment the app has taken over the page.
    if let Some(performance) = window().performance() {
        let _ = performance.mark("explorer-ready");
    }
}

/// Tells the reader the documents did not load, and why, in the loading message.
#[cfg(target_arch = "wasm32")]
fn say_it_failed(problem: &str) {
    let _ = document().document_element().map(|root| root.class_list().add_1("load-failed"));
    if let Ok(Some(message)) = document().query_selector("#loading .loading-message") {
        message.set_text_content(Some(&format!(
            "The explorer could not load its documents ({problem}). Check the connection and reload the page."
        )));
    }
    web_sys::console::error_1(&format!("explorer: the corpus did not load: {problem}").into());
}

/// The compiled corpus as JSON, for the build to write beside the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn corpus_json() -> &'static str {
    embedded::JSON
}

/// The documents the first view lists (their positions in the corpus), whose
/// summaries the build keeps in the metadata when the text is in shards.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_view_documents() -> Vec<usize> {
    let outcome = embedded::explorer().explore(&explorer_core::Query::default());
    outcome.evaluation.documents.into_iter().take(explorer_core::view::PAGE).collect()
}

/// The first view (the page without a query) as HTML, for the build to
/// write into `index.html`; `path` is the page's own path on the host
/// (`/`, or a sub-path such as `/explorer/`), which its links begin with.
pub fn prerender(path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <app::App prerendering=Some(path.to_owned()) /> }.to_html())
}
