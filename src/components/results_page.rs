//! The results view: filters beside the list, the count, sort and chips.

use crate::components::chips::Chips;
use crate::components::copy_link::CopyLink;
use crate::components::export_buttons::ExportButtons;
use crate::components::filter_panel::FilterPanel;
use crate::components::recoveries::Recoveries;
use crate::components::result_item::ResultItem;
use crate::components::search_box::SearchBox;
use crate::embedded::corpus;
use crate::view_state::ViewState;
use explorer_core::Sort;
use leptos::prelude::*;

/// Results rendered at first, and added by each "Show more".
const PAGE: usize = 50;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = ViewState::get();
    let count = Memo::new(move |_| state.evaluation.with(|e| e.documents.len()));
    let filters_open = RwSignal::new(false);
    let shown = RwSignal::new(PAGE);
    let has_more = move || count.get() > shown.get();
    Effect::new(move |_| {
        state.evaluation.track();
        shown.set(PAGE);
    });
    view! {
        <h1 class="page-title">"UK migration and people smuggling documents, 2023–2024"</h1>
        <div class="layout" class:filters-open=move || filters_open.get()>
            <FilterPanel open=filters_open result_count=count />
            <section class="results-area" aria-labelledby="result-count">
                <SearchBox />
                <div class="results-header">
                    <p id="result-count" class="result-count" role="status" aria-live="polite" data-result-count=move || count.get()>
                        {move || match count.get() {
                            1 => "1 document".to_owned(),
                            n => format!("{n} documents"),
                        }}
                    </p>
                    <button type="button" class="button-secondary show-filters" aria-controls="filters"
                        aria-expanded=move || filters_open.get().to_string()
                        on:click=move |_| filters_open.set(true)>
                        "Filters"
                    </button>
                    <SortControl />
                    <CopyLink label="Copy link to this view" url=move || state.absolute_url(&state.query.get_untracked()) />
                    <ExportButtons />
                </div>
                <Chips />
                <ol class="results">
                    {move || {
                        state
                            .evaluation
                            .with(|e| e.documents.iter().take(shown.get()).copied().collect::<Vec<_>>())
                            .into_iter()
                            .map(|position| view! { <ResultItem document=&corpus().documents()[position] /> })
                            .collect_view()
                    }}
                </ol>
                <Show when=has_more>
                    <button type="button" class="button-secondary show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show more results ({} of {} shown)", shown.get(), count.get())}
                    </button>
                </Show>
                <Show when=move || count.get() == 0>
                    <Recoveries />
                </Show>
            </section>
        </div>
    }
}

/// Newest / oldest (and relevance once there is a search).
#[component]
fn SortControl() -> impl IntoView {
    let state = ViewState::get();
    let choices = move || {
        let searching = state.query.with(|q| q.has_search());
        Sort::ALL.into_iter().filter(move |sort| *sort != Sort::Relevance || searching)
    };
    let on_change = move |event: leptos::ev::Event| {
        if let Some(sort) = Sort::from_key(&event_target_value(&event)) {
            state.navigate_with(|query| query.set_sort(sort));
        }
    };
    view! {
        <label class="sort">
            "Sort by "
            <select data-sort="" on:change=on_change>
                {move || {
                    let current = state.query.with(|q| q.sort());
                    choices()
                        .map(|sort| {
                            let label = match sort {
                                Sort::Newest => "Newest first",
                                Sort::Oldest => "Oldest first",
                                Sort::Relevance => "Most relevant",
                            };
                            view! { <option value=sort.key() selected=sort == current>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}
