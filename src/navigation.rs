//! The page's own navigation on the History API: the address is the state.
//!
//! Every change is a `pushState` or `replaceState` of a canonical link, Back
//! and Forward arrive as `popstate` and are read straight from the address
//! bar, and a click on a link to this page navigates in place.
//!
//! The app once used leptos_router (0.8.17) for this. Its history keeps a list
//! of its own beside the browser's, which does not record Forward moves, and
//! skips `pushState` when a new address equals the last entry of that list:
//! after Back, Back, Forward a change could leave the address bar on a view
//! the page no longer showed. With one page and all its state in the query
//! string, the browser's own history is the only list needed.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MouseEvent, Url};

/// The page's address, as signals the view state reads.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The query string of the address, without `?`.
    pub search: ReadSignal<String>,
    set_search: WriteSignal<String>,
    /// The page's own path (`/` or a sub-path such as `/explorer/`), which never changes.
    path: StoredValue<String>,
}

/// How a navigation enters history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back returns to the view before.
    Push,
    /// The current entry rewritten (a search being typed).
    Replace,
}

impl Navigation {
    /// Reads the address and starts following Back, Forward and link clicks;
    /// `on_move` runs after each Back, Forward or link followed (each leaves
    /// the view it came from, or takes it along in the link). Call once, at the root.
    pub fn install(on_move: impl Fn() + 'static) -> Navigation {
        let location = window().location();
        let (search, set_search) = signal(current_search());
        let navigation = Navigation {
            search,
            set_search,
            path: StoredValue::new(location.pathname().unwrap_or_default()),
        };
        let on_move = std::rc::Rc::new(on_move);
        let after_traverse = std::rc::Rc::clone(&on_move);
        let popstate = window_event_listener(leptos::ev::popstate, move |_| {
            set_search.set(current_search());
            after_traverse();
        });
        let click = window_event_listener(leptos::ev::click, move |event| {
            if navigation.follow_link(&event) {
                on_move();
            }
        });
        on_cleanup(move || {
            popstate.remove();
            click.remove();
        });
        navigation
    }

    /// The first view at `path`, for rendering it ahead of time: no browser to follow.
    pub fn fixed(path: String) -> Navigation {
        let (search, set_search) = signal(String::new());
        Navigation { search, set_search, path: StoredValue::new(path) }
    }

    /// The link to this page with `query_string` (canonical, without `?`).
    pub fn href(&self, query_string: &str) -> String {
        let path = self.path.get_value();
        if query_string.is_empty() {
            path
        } else {
            format!("{path}?{query_string}")
        }
    }

    /// Goes to this page with `query_string`, keeping the scroll position.
    pub fn go(&self, query_string: &str, entry: Entry) {
        if query_string == self.search.get_untracked() {
            return;
        }
        let href = JsValue::from_str(&self.href(query_string));
        let history = window().history().expect("a page has a history");
        let written = match entry {
            Entry::Push => history.push_state_with_url(&JsValue::NULL, "", href.as_string().as_deref()),
            Entry::Replace => history.replace_state_with_url(&JsValue::NULL, "", href.as_string().as_deref()),
        };
        if written.is_err() {
            // A browser that refuses (too many history writes a second) still shows the view.
            leptos::logging::warn!("The browser did not record the view's address in its history.");
        }
        self.set_search.set(query_string.to_owned());
    }

    /// Navigates in place when a click is on a plain link to this page (not
    /// to another page, a fragment, a download or a new tab), and says
    /// whether it did; a link without `data-noscroll` also scrolls to the
    /// top, as a new page would. A link is any `<a href>`, HTML's or SVG's
    /// (the trends chart's points), so it is read by its attributes.
    fn follow_link(&self, event: &MouseEvent) -> bool {
        let modified = event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
        if event.default_prevented() || event.button() != 0 || modified {
            return false;
        }
        let Some(link) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
        else {
            return false;
        };
        let new_tab = link.get_attribute("target").is_some_and(|target| !target.is_empty());
        if new_tab || link.has_attribute("download") {
            return false;
        }
        let (href, location) = (link.get_attribute("href").unwrap_or_default(), window().location());
        let (Ok(page), Ok(origin)) = (location.href(), location.origin()) else { return false };
        let Ok(url) = Url::new_with_base(&href, &page) else { return false };
        let same_page = url.origin() == origin && url.pathname() == self.path.get_value();
        if !same_page || !url.hash().is_empty() {
            return false;
        }
        event.prevent_default();
        let search = url.search();
        self.go(search.strip_prefix('?').unwrap_or(&search), Entry::Push);
        if !link.has_attribute("data-noscroll") {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        true
    }
}

/// The address bar's query string, without `?`.
fn current_search() -> String {
    let search = window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_owned()
}
