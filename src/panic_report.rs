//! What happens on a bug: the console gets a report a reader can paste into
//! a bug report (versions, address, the panic and its stack), and the page
//! says so instead of silently stopping.

use explorer_core::bug_report::bug_report;
use wasm_bindgen::JsValue;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let address = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        let corpus = crate::embedded::loaded_version();
        let report = bug_report(env!("CARGO_PKG_VERSION"), corpus, &address, &info.to_string());
        web_sys::console::error_1(&JsValue::from_str(&report));
        // Adds the JavaScript stack.
        console_error_panic_hook::hook(info);
        show_on_page();
    }));
}

/// A message on the page itself, built as nodes (the page may be half-drawn).
fn show_on_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Ok(message), Some(body)) = (document.create_element("p"), document.body()) else { return };
    message.set_class_name("bug-report");
    let _ = message.set_attribute("role", "alert");
    message.set_text_content(Some(
        "Something went wrong and the explorer stopped. Reloading the page usually helps. \
         The browser's console holds a report you can paste into a bug report.",
    ));
    let _ = body.prepend_with_node_1(&message);
}
