//! The items a view lists, one component per view: the one place that
//! says which component shows which view's items (the analyses' are in
//! `crate::later`, with the quotes' and figures' code, which arrives when first shown).

use crate::components::result_item::ResultItem;
use crate::embedded::corpus;
use crate::later::{research_items, Research};
use crate::view_state::ViewState;
use explorer_core::View;
use leptos::prelude::*;

/// How many items the current view lists.
pub fn item_count(state: ViewState, view: View) -> usize {
    match view {
        View::Documents => state.evaluation.with(|e| e.documents.len()),
        View::Quotes => state.quotes.with(Vec::len),
        View::Figures => state.figures.with(Vec::len),
        View::Trends | View::Compare | View::Kwic => state.listed.with(|listed| listed.analysed_count()),
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
        View::Quotes => {
            let quotes = state.quotes.with(|quotes| first(quotes, shown));
            research_items(Research::Quotes(quotes)).into_any()
        }
        View::Figures => {
            let figures = state.figures.with(|figures| first(figures, shown));
            research_items(Research::Figures(figures)).into_any()
        }
        View::Trends | View::Compare | View::Kwic => ().into_any(),
    }
}
