//! Links between the views of the same filters and search, one tab each.

use crate::view_state::ViewState;
use explorer_core::View;
use leptos::prelude::*;

#[component]
pub fn ViewTabs() -> impl IntoView {
    let state = ViewState::get();
    let tabs = View::ALL.map(|view| {
        let current = move || state.query.with(|q| q.view == view);
        view! {
            <li>
                <a class="view-tab" data-view-tab=view.key()
                    href=move || state.href_with(|q| q.set_view(view))
                    aria-current=move || current().then_some("page")>
                    {view.spec().label}
                </a>
            </li>
        }
    });
    view! { <nav class="view-tabs" aria-label="What to list"><ul>{tabs.to_vec()}</ul></nav> }
}
