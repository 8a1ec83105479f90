//! The search box: results follow as the reader types; `/` focuses it.
//!
//! Typing replaces the URL's `q` (debounced), so back does not step through
//! every keystroke; a new history entry starts with the first keystroke
//! after Enter or after a pause.

use crate::view_state::ViewState;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::time::Duration;

/// Typing is followed after this quiet time.
const DEBOUNCE: Duration = Duration::from_millis(120);
/// A pause this long ends a typing run: the next keystroke makes a new history entry.
const PAUSE: Duration = Duration::from_millis(1000);

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = ViewState::get();
    let input = NodeRef::<leptos::html::Input>::new();
    // Whether this typing run already has its own history entry.
    let run_has_entry = StoredValue::new_local(false);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let pause = StoredValue::new_local(None::<TimeoutHandle>);
    let apply = move |text: String| {
        let replace = run_has_entry.get_value();
        run_has_entry.set_value(true);
        state.navigate_replacing(replace, move |query| query.q = text);
    };
    let restart =
        |slot: StoredValue<Option<TimeoutHandle>, LocalStorage>, after: Duration, then: Box<dyn FnOnce()>| {
            if let Some(handle) = slot.get_value() {
                handle.clear();
            }
            slot.set_value(set_timeout_with_handle(then, after).ok());
        };
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        restart(pending, DEBOUNCE, Box::new(move || apply(text)));
        restart(pause, PAUSE, Box::new(move || run_has_entry.set_value(false)));
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            apply(input.get().map(|i| i.value()).unwrap_or_default());
            run_has_entry.set_value(false);
        }
    };
    let slash = window_event_listener(leptos::ev::keydown, move |event| {
        let typing = document()
            .active_element()
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if event.key() == "/" && !typing && !event.ctrl_key() && !event.meta_key() {
            event.prevent_default();
            if let Some(input) = input.get() {
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || slash.remove());
    view! {
        <form class="search" role="search" on:submit=|event| event.prevent_default()>
            <label for="search-input" class="search-label">"Search the documents"</label>
            <div class="search-row">
                <input id="search-input" type="search" data-search="" node_ref=input autocomplete="off"
                    spellcheck="false" aria-describedby="search-help"
                    prop:value=move || state.query.with(|q| q.q.clone()) on:input=on_input on:keydown=on_keydown />
                <details class="search-help" id="search-help">
                    <summary>"Search tips"</summary>
                    <ul>
                        <li><kbd>"/"</kbd>" jumps to this box"</li>
                        <li>"Words: all must appear — "<code>"rwanda asylum"</code></li>
                        <li>"Phrase, words in order — "<code>"\"small boats\""</code>" (also finds “small boat”)"</li>
                        <li>"Leave out a word — "<code>"rwanda -france"</code></li>
                        <li>"Either word — "<code>"albania OR rwanda"</code></li>
                        <li>"An unfinished last word is completed — "<code>"smugg"</code>" finds smuggling"</li>
                        <li>"A misspelt word finds the nearest word, and the page says so — "<code>"rwnda"</code></li>
                        <li>"In quotes, a word is searched as typed — "<code>"\"rwnda\""</code></li>
                    </ul>
                </details>
            </div>
        </form>
    }
}
