//! The views of one set of filters and search (documents, quotes, figures,
//! trends, compare, in context): filters beside the list or analysis, the
//! count, sort, exports and chips.

use crate::components::chips::Chips;
use crate::components::copy_link::CopyLink;
use crate::components::export_buttons::ExportButtons;
use crate::components::figure_kinds::FigureKinds;
use crate::components::filter_panel::FilterPanel;
use crate::components::recoveries::Recoveries;
use crate::components::search_box::SearchBox;
use crate::components::search_note::SearchNotes;
use crate::components::text_status::TextStatus;
use crate::components::view_list::{item_count, items};
use crate::components::view_tabs::ViewTabs;
use crate::later::analysis;
use crate::view_state::ViewState;
use explorer_core::view::PAGE;
use explorer_core::{Sort, View};
use leptos::prelude::*;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = ViewState::get();
    let view = Memo::new(move |_| state.query.with(|q| q.view));
    let count = Memo::new(move |_| item_count(state, view.get()));
    let filters_open = RwSignal::new(false);
    let shown = RwSignal::new(PAGE);
    let has_more = move || count.get() > shown.get();
    Effect::new(move |_| {
        state.evaluation.track();
        view.track();
        shown.set(PAGE);
    });
    let list = move || {
        // Every change of the view re-renders its items, links and marks
        // included, even when the same documents are listed.
        state.query.track();
        items(state, view.get(), shown.get())
    };
    view! {
        <h1 class="page-title">"UK migration and people smuggling documents, 2023–2024"</h1>
        <div class="layout" class:filters-open=move || filters_open.get() class:text-loading=move || state.waiting.get()
            aria-busy=move || state.waiting.get().then_some("true")>
            <FilterPanel open=filters_open result_count=count />
            <section class="results-area" aria-labelledby="result-count">
                <SearchBox />
                <ViewTabs />
                <Show when=move || !state.waiting.get() fallback=|| view! { <TextStatus /> }>
                <div class="results-header">
                    <p id="result-count" class="result-count" role="status" aria-live="polite" data-result-count=move || count.get()>
                        {move || view.get().count(count.get())}
                    </p>
                    <button type="button" class="button-secondary show-filters" aria-controls="filters"
                        aria-expanded=move || filters_open.get().to_string()
                        on:click=move |_| filters_open.set(true)>
                        "Filters"
                    </button>
                    <Show when=move || !view.get().spec().sorts.is_empty()><SortControl /></Show>
                    <CopyLink label="Copy link to this view" url=move || state.absolute_url(&state.query.get_untracked()) />
                    <ExportButtons />
                </div>
                <Chips />
                <SearchNotes />
                <Show when=move || view.get() == View::Figures><FigureKinds /></Show>
                <Show when=move || !view.get().analyses() fallback=move || analysis(view.get())>
                    <ol class="results" data-list=move || view.get().key()>
                        {list}
                    </ol>
                </Show>
                <Show when=move || has_more() && !view.get().analyses()>
                    <button type="button" class="button-secondary show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show more results ({} of {} shown)", shown.get(), count.get())}
                    </button>
                </Show>
                <Show when=move || count.get() == 0 && !view.get().analyses()>
                    {move || match view.get().spec().lacking {
                        None => view! { <Recoveries /> }.into_any(),
                        Some(lacking) => view! {
                            <p class="empty" data-empty-view="">
                                {move || format!(
                                    "None of the {} in this view has any {lacking}. The {} tab lists them.",
                                    View::Documents.count(state.outcome.with(|o| o.evaluation.documents.len())),
                                    View::Documents.spec().label,
                                )}
                            </p>
                        }
                        .into_any(),
                    }}
                </Show>
                </Show>
            </section>
        </div>
    }
}

/// Newest / oldest (and relevance once there is a search).
#[component]
fn SortControl() -> impl IntoView {
    let state = ViewState::get();
    let choices = move || state.query.with(|q| Sort::offered(q.view, q.has_search()));
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
                        .map(|sort| view! { <option value=sort.key() selected=sort == current prop:selected=sort == current>{sort.label()}</option> })
                        .collect_view()
                }}
            </select>
        </label>
    }
}
