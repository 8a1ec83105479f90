//! Tells the reader which parts of the link were ignored, and why.

use crate::view_state::ViewState;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = ViewState::get();
    let has_notices = move || state.notices.with(|notices| !notices.is_empty());
    view! {
        <Show when=has_notices>
            <div class="notice" role="status" data-notices="">
                <p class="notice-heading">"Parts of this link could not be used, so the page shows the rest:"</p>
                <ul>
                    {move || {
                        state
                            .notices
                            .get()
                            .into_iter()
                            .map(|notice| view! { <li data-notice=notice.key.clone()>{notice.to_string()}</li> })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
