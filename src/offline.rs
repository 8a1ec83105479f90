//! Registers the service worker (`sw.js`, written at build time by
//! `tools/post-build`) so that after a first visit the explorer opens and
//! works with the network off. Browsers without service workers (or pages
//! not served securely) simply go without.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

pub fn register() {
    let navigator = window().navigator();
    let supported = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if supported {
        // Relative to the page, so it works under any sub-path.
        let _registering = navigator.service_worker().register("sw.js");
    }
}
