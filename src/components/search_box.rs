//! The search box: results follow as the reader types; `/` focuses it.
//! Before the app has loaded, the box is a plain form: Enter opens `?q=…`.
//! What is typed is the view state's (`ViewState::type_search`), which
//! writes it to the address once typing pauses, so nothing here outlives
//! the box: opening a document mid-word leaves no timer behind. The box
//! taking focus starts loading the documents' text, which a search needs.

use crate::view_state::ViewState;
use leptos::prelude::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = ViewState::get();
    let input = NodeRef::<leptos::html::Input>::new();
    let on_input = move |event: leptos::ev::Event| state.type_search(event_target_value(&event));
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            state.end_typing_run();
        }
    };
    // Rendered ahead of time by the build there is no window to listen to.
    if cfg!(target_arch = "wasm32") {
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
    }
    view! {
        <form class="search" role="search" on:submit=|event| event.prevent_default()>
            <label for="search-input" class="search-label">
                {move || format!("Search the {}", state.query.with(|q| q.view.spec().searches))}
            </label>
            <div class="search-row">
                <input id="search-input" name="q" type="search" data-search="" node_ref=input autocomplete="off"
                    spellcheck="false" aria-describedby="search-help"
                    prop:value=move || state.query.with(|q| q.q.clone()) on:input=on_input on:keydown=on_keydown
                    on:focus=move |_| state.prefetch_search() />
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
