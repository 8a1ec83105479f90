//! Entry point: installs the bug report hook and mounts the app in place of the
//! loading message that `index.html` shows while the wasm downloads.

mod app;
mod clipboard;
mod clock;
mod components;
mod download;
mod embedded;
mod navigation;
mod offline;
mod panic_report;
mod view_state;

fn main() {
    panic_report::install();
    components::theme_toggle::apply_chosen();
    leptos::mount::mount_to_body(app::App);
    if let Some(loading) = leptos::prelude::document().get_element_by_id("loading") {
        loading.remove();
    }
    // For the benchmark: the moment the first view is on screen.
    if let Some(performance) = leptos::prelude::window().performance() {
        let _ = performance.mark("explorer-ready");
    }
}
