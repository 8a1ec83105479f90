//! The items a view lists, one component per view: the one place that
//! says which component shows which view's items or analysis.

use crate::components::compare_view::CompareView;
use crate::components::figure_list::FigureItem;
use crate::components::kwic_view::KwicView;
use crate::components::quote_list::QuoteItem;
use crate::components::result_item::ResultItem;
use crate::components::trends_view::TrendsView;
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
        View::Trends | View::Compare | View::Kwic => state.listed.with(|listed| listed.analysed_count()),
    }
}

/// The component of an analysis view (none for a list).
pub fn analysis(view: View) -> Option<AnyView> {
    match view {
        View::Trends => Some(view! { <TrendsView /> }.into_any()),
        View::Compare => Some(view! { <CompareView /> }.into_any()),
        View::Kwic => Some(view! { <KwicView /> }.into_any()),
        View::Documents | View::Quotes | View::Figures => None,
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
        View::Trends | View::Compare | View::Kwic => ().into_any(),
    }
}
