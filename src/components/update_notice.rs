//! "A new version is ready": shown when a new build's worker has cached that
//! build and the page is of an older one; reloading lets the new worker in.

use crate::offline::Update;
use leptos::prelude::*;

#[component]
pub fn UpdateNotice(update: Update) -> impl IntoView {
    view! {
        <Show when=move || update.ready.with(Option::is_some)>
            <div class="update-notice" role="status" data-update="">
                <p>"A new version of the explorer is ready. Reloading keeps this view."</p>
                <button type="button" class="button-primary" data-update-reload="" on:click=move |_| update.reload_into()>
                    "Reload to update"
                </button>
            </div>
        </Show>
    }
}
