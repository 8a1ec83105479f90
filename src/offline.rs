//! Registers the service worker (`sw.js`, written at build time by
//! `tools/post-build`) once the page has fetched nothing for a while, so
//! that after a first visit the explorer opens and works with the network
//! off; and follows its updates. When a new build's
//! worker has cached that build, the page asks it for its build id: if the
//! page is of that build already (it came from the network), the worker
//! takes over at once; if not, the page says a new version is ready and
//! offers to reload into it. Browsers without service workers (or pages not
//! served securely) simply go without.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{
    MessageEvent, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// What the worker answers to, and what it answers (see `sw.template.js`).
const ASK_BUILD: &str = "build?";
const TAKE_OVER: &str = "take-over";

/// A new build's worker, waiting to take over; `None` while there is none.
#[derive(Clone, Copy)]
pub struct Update {
    pub ready: ReadSignal<Option<ServiceWorker>, LocalStorage>,
    set_ready: WriteSignal<Option<ServiceWorker>, LocalStorage>,
}

impl Update {
    /// No worker (the page rendered ahead of time by the build).
    pub fn none() -> Update {
        let (ready, set_ready) = signal_local(None);
        Update { ready, set_ready }
    }

    /// Asks the waiting worker to take over; the page reloads when it has.
    pub fn reload_into(&self) {
        if let Some(worker) = self.ready.get_untracked() {
            if let Some(container) = container() {
                let reload = Closure::<dyn Fn()>::new(|| {
                    let _ = window().location().reload();
                });
                container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
                reload.forget();
            }
            let _ = worker.post_message(&JsValue::from_str(TAKE_OVER));
        }
        self.set_ready.set(None);
    }
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let supported = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

/// This page's build, as the build wrote it into the page.
fn page_build() -> Option<String> {
    document().query_selector("meta[name=\"explorer-build\"]").ok()??.get_attribute("content")
}

/// How long the page must have fetched no file (milliseconds) before the
/// worker is registered: its first install fetches every file of the build
/// (some 40 MB gzip at 5,000 documents), which would otherwise share a slow
/// connection with the files of the reader's first searches.
#[cfg(target_arch = "wasm32")]
const QUIET_MS: f64 = 2000.0;

/// Resolves once no file the page asked for has been on its way for [`QUIET_MS`].
#[cfg(target_arch = "wasm32")]
async fn quiet() {
    loop {
        let quiet_for = crate::embedded::quiet_for();
        if quiet_for >= QUIET_MS {
            return;
        }
        crate::after(QUIET_MS - quiet_for).await;
    }
}

/// Registers the worker, once the page has been quiet for a while
/// ([`QUIET_MS`]), and starts following its updates.
pub fn register() -> Update {
    let update = Update::none();
    let Update { set_ready, .. } = update;
    let Some(container) = container() else { return update };
    // A worker's answer to "build?": the page's own build takes over silently.
    let answers = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let build =
            js_sys::Reflect::get(&event.data(), &JsValue::from_str("build")).ok().and_then(|b| b.as_string());
        let Some(worker) = event.source().and_then(|source| source.dyn_into::<ServiceWorker>().ok()) else {
            return;
        };
        if build.is_some() && build == page_build() {
            let _ = worker.post_message(&JsValue::from_str(TAKE_OVER));
        } else if build.is_some() {
            set_ready.set(Some(worker));
        }
    });
    container.set_onmessage(Some(answers.as_ref().unchecked_ref()));
    answers.forget();
    leptos::task::spawn_local(async move {
        #[cfg(target_arch = "wasm32")]
        quiet().await;
        // Relative to the page, so it works under any sub-path.
        let registering = container.register("sw.js");
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(registering).await else { return };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else { return };
        follow(&container, &registration);
    });
    update
}

/// Asks each new worker that has cached its build (and would replace a
/// worker in charge) for its build id; checks for a new build whenever the
/// reader comes back to the tab.
fn follow(container: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration) {
    let in_charge = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    let ask = |worker: &ServiceWorker| {
        let _ = worker.post_message(&JsValue::from_str(ASK_BUILD));
    };
    if let Some(waiting) = registration.waiting().filter(|_| in_charge()) {
        ask(&waiting);
    }
    let found = {
        let registration = registration.clone();
        Closure::<dyn Fn()>::new(move || {
            let Some(installing) = registration.installing() else { return };
            let worker = installing.clone();
            let in_charge = in_charge.clone();
            let installed = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && in_charge() {
                    ask(&worker);
                }
            });
            installing.set_onstatechange(Some(installed.as_ref().unchecked_ref()));
            installed.forget();
        })
    };
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
    let registration = registration.clone();
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            let _ = registration.update();
        }
    });
}
