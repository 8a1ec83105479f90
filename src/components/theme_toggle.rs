//! The light/dark theme switch. The page follows the system's
//! `prefers-color-scheme` until the reader chooses; the choice is kept in
//! localStorage and set as `data-theme` on the root element (on later
//! visits by `index.html`'s start-up script, before anything is painted).

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const STORAGE_KEY: &str = "explorer-theme";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

fn chosen() -> Option<Theme> {
    match LocalStorage::get::<String>(STORAGE_KEY).ok()?.as_str() {
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        _ => None,
    }
}

fn system() -> Theme {
    let dark =
        window().match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

fn apply(theme: Theme) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-theme", theme.key());
    }
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    // Rendered ahead of time there is no browser to ask; the app takes over with the reader's theme.
    let in_browser = cfg!(target_arch = "wasm32");
    let current = RwSignal::new(if in_browser { chosen().unwrap_or_else(system) } else { Theme::Light });
    let switch = move |_| {
        let next = current.get_untracked().other();
        apply(next);
        // Private browsing may refuse storage; the theme still applies for this visit.
        let _ = LocalStorage::set(STORAGE_KEY, next.key());
        current.set(next);
    };
    view! {
        <button type="button" class="theme-toggle" data-theme-toggle="" on:click=switch
            aria-pressed=move || (current.get() == Theme::Dark).to_string()>
            "Dark theme"
        </button>
    }
}
