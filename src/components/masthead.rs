//! The masthead: the explorer's name, linking back to the unfiltered start,
//! and the theme switch.

use crate::components::theme_toggle::ThemeToggle;
use crate::view_state::ViewState;
use explorer_core::Query;
use leptos::prelude::*;

#[component]
pub fn Masthead() -> impl IntoView {
    let state = ViewState::get();
    view! {
        <header class="masthead">
            <div class="masthead-inner">
                <div class="masthead-name">
                    <a class="masthead-title" href=move || state.href(&Query::default())>
                        "Policy corpus explorer"
                    </a>
                    <p class="masthead-strap">"UK government documents on migration and people smuggling"</p>
                </div>
                <ThemeToggle />
            </div>
        </header>
    }
}
