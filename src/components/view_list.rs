//! The items a view lists, one component per view: the one place that
//! says which component shows which view's items.

use crate::components::figure_list::FigureItem;
use crate::components::quote_list::QuoteItem;
use crate::components::result_item::ResultItem;
use crate::embedded::corpus;
use crate::view_state::ViewState;
use explorer_core::View;
use leptos::prelude::*;

/// How many items the current view lists.
pub fn item_count(state: ViewState, view: View) -> usize {
    match view {
        View::Documents => state.evaluation.with(|e| e.documents.len()),
        View::Quotes => state.quotes.with(Vec::len),
        View::Figures => state.figures.with(Vec::len),
    }
}

/// The first `shown` items of the current view.
pub fn items(state: ViewState, view: View, shown: usize) -> AnyView {
    fn first<T: Copy>(items: &[T], shown: usize) -> Vec<T> {
        items.iter().take(shown).copied().collect()
    }
    match view {
        View::Documents => state
            .evaluation
            .with(|e| first(&e.documents, shown))
            .into_iter()
            .map(|position| view! { <ResultItem document=&corpus().documents()[position] /> })
            .collect_view()
            .into_any(),
        View::Quotes => state
            .quotes
            .with(|quotes| first(quotes, shown))
            .into_iter()
            .map(|quote| view! { <QuoteItem quote /> })
            .collect_view()
            .into_any(),
        View::Figures => state
            .figures
            .with(|figures| first(figures, shown))
            .into_iter()
            .map(|figure| view! { <FigureItem figure /> })
            .collect_view()
            .into_any(),
    }
}
