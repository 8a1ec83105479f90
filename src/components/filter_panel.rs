//! The filters beside the results; on a phone, a panel that opens over
//! them and closes with "Show N results".

use crate::components::date_range::DateRange;
use crate::components::facet_group::FacetGroup;
use explorer_core::Facet;
use leptos::prelude::*;

#[component]
pub fn FilterPanel(open: RwSignal<bool>, result_count: Memo<usize>) -> impl IntoView {
    view! {
        <aside id="filters" class="filters" aria-label="Filters">
            <div class="filters-header">
                <h2 class="filters-title">"Filter documents"</h2>
            </div>
            {Facet::ALL.into_iter().map(|facet| view! { <FacetGroup facet /> }).collect_view()}
            <DateRange />
            <button type="button" class="button-primary show-results" on:click=move |_| open.set(false)>
                {move || match result_count.get() {
                    1 => "Show 1 result".to_owned(),
                    n => format!("Show {n} results"),
                }}
            </button>
        </aside>
    }
}
