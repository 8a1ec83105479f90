//! The list views (documents, quotes, figures): filters beside the list,
//! the count, sort, exports and chips.

use crate::components::chips::Chips;
use crate::components::copy_link::CopyLink;
use crate::components::export_buttons::ExportButtons;
use crate::components::figure_kinds::FigureKinds;
use crate::components::figure_list::FigureItem;
use crate::components::filter_panel::FilterPanel;
use crate::components::quote_list::QuoteItem;
use crate::components::recoveries::Recoveries;
use crate::components::result_item::ResultItem;
use crate::components::search_box::SearchBox;
use crate::components::view_tabs::ViewTabs;
use crate::embedded::corpus;
use crate::view_state::ViewState;
use explorer_core::{Sort, View};
use leptos::prelude::*;

/// Results rendered at first, and added by each "Show more".
const PAGE: usize = 50;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = ViewState::get();
    let view = Memo::new(move |_| state.query.with(|q| q.view));
    let count = Memo::new(move |_| match view.get() {
        View::Results => state.evaluation.with(|e| e.documents.len()),
        View::Quotes => state.quotes.with(Vec::len),
        View::Figures => state.figures.with(Vec::len),
    });
    let filters_open = RwSignal::new(false);
    let shown = RwSignal::new(PAGE);
    let has_more = move || count.get() > shown.get();
    Effect::new(move |_| {
        state.evaluation.track();
        view.track();
        shown.set(PAGE);
    });
    let items = move || match view.get() {
        View::Results => state
            .evaluation
            .with(|e| e.documents.iter().take(shown.get()).copied().collect::<Vec<_>>())
            .into_iter()
            .map(|position| view! { <ResultItem document=&corpus().documents()[position] /> })
            .collect_view()
            .into_any(),
        View::Quotes => state
            .quotes
            .with(|quotes| quotes.iter().take(shown.get()).copied().collect::<Vec<_>>())
            .into_iter()
            .map(|quote| view! { <QuoteItem quote /> })
            .collect_view()
            .into_any(),
        View::Figures => state
            .figures
            .with(|figures| figures.iter().take(shown.get()).copied().collect::<Vec<_>>())
            .into_iter()
            .map(|figure| view! { <FigureItem figure /> })
            .collect_view()
            .into_any(),
    };
    view! {
        <h1 class="page-title">"UK migration and people smuggling documents, 2023–2024"</h1>
        <div class="layout" class:filters-open=move || filters_open.get()>
            <FilterPanel open=filters_open result_count=count />
            <section class="results-area" aria-labelledby="result-count">
                <SearchBox />
                <ViewTabs />
                <div class="results-header">
                    <p id="result-count" class="result-count" role="status" aria-live="polite" data-result-count=move || count.get()>
                        {move || {
                            let (one, many) = match view.get() {
                                View::Results => ("document", "documents"),
                                View::Quotes => ("quote", "quotes"),
                                View::Figures => ("figure", "figures"),
                            };
                            match count.get() {
                                1 => format!("1 {one}"),
                                n => format!("{n} {many}"),
                            }
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
                <Show when=move || view.get() == View::Figures><FigureKinds /></Show>
                <ol class="results" class:quotes=move || view.get() == View::Quotes
                    class:figures=move || view.get() == View::Figures>
                    {items}
                </ol>
                <Show when=has_more>
                    <button type="button" class="button-secondary show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Show more results ({} of {} shown)", shown.get(), count.get())}
                    </button>
                </Show>
                <Show when=move || count.get() == 0 && view.get() == View::Results>
                    <Recoveries />
                </Show>
                <Show when=move || count.get() == 0 && view.get() != View::Results>
                    <p class="empty" data-empty-view="">
                        {move || format!(
                            "None of the {} documents in this view has any {}. The Documents tab lists them.",
                            state.outcome.with(|o| o.evaluation.documents.len()),
                            if view.get() == View::Quotes { "quotations" } else { "figures" },
                        )}
                    </p>
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
                        .map(|sort| {
                            let label = match sort {
                                Sort::Newest => "Newest first",
                                Sort::Oldest => "Oldest first",
                                Sort::Relevance => "Most relevant",
                                Sort::Largest => "Largest first",
                                Sort::Smallest => "Smallest first",
                            };
                            view! { <option value=sort.key() selected=sort == current>{label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}
