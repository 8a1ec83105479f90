//! The view state every component reads: the query parsed from the URL,
//! what was ignored in it, and what the index computes for it.

use crate::embedded::{corpus, explorer};
use explorer_core::research::figures_view;
use explorer_core::{Evaluation, FigureRef, Notice, Outcome, Query, QuoteRef, QuotesView, View};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// Shared by all components through context.
#[derive(Clone, Copy)]
pub struct ViewState {
    pub query: Memo<Query>,
    pub notices: Memo<Vec<Notice>>,
    pub outcome: Memo<Outcome>,
    /// The results and every facet's counts; in the quotes view the person
    /// facet counts quotations.
    pub evaluation: Memo<Evaluation>,
    /// The quotations listed in the quotes view (empty in other views).
    pub quotes: Memo<Vec<QuoteRef<'static>>>,
    /// The figures listed in the figures view (empty in other views).
    pub figures: Memo<Vec<FigureRef>>,
    path: Memo<String>,
    go: UnsyncCallback<(String, bool)>,
}

impl ViewState {
    /// Reads the URL; call once, inside the router.
    pub fn provide() -> ViewState {
        let location = use_location();
        let parsed = Memo::new(move |_| location.search.with(|search| Query::parse_for(search, corpus())));
        let query = Memo::new(move |_| parsed.with(|(query, _)| query.clone()));
        let outcome = Memo::new(move |_| query.with(|query| explorer().explore(query)));
        let quotes_view = Memo::new(move |_| {
            query.with(|query| {
                (query.view == View::Quotes)
                    .then(|| outcome.with(|o| QuotesView::new(corpus(), explorer(), query, &o.evaluation)))
            })
        });
        let state = ViewState {
            query,
            notices: Memo::new(move |_| parsed.with(|(_, notices)| notices.clone())),
            outcome,
            evaluation: Memo::new(move |_| {
                quotes_view.with(|view| match view {
                    Some(view) => view.evaluation.clone(),
                    None => outcome.with(|outcome| outcome.evaluation.clone()),
                })
            }),
            quotes: Memo::new(move |_| {
                quotes_view.with(|view| view.as_ref().map(|v| v.quotes.clone()).unwrap_or_default())
            }),
            figures: Memo::new(move |_| {
                query.with(|query| match query.view {
                    View::Figures => outcome.with(|o| figures_view(corpus(), query, &o.evaluation)),
                    _ => Vec::new(),
                })
            }),
            path: location.pathname,
            go: {
                let navigate = use_navigate();
                UnsyncCallback::new(move |(href, replace): (String, bool)| {
                    navigate(&href, NavigateOptions { scroll: false, replace, ..Default::default() })
                })
            },
        };
        provide_context(state);
        state
    }

    pub fn get() -> ViewState {
        expect_context()
    }

    /// The link to a view: this page's own path with the query's canonical form.
    pub fn href(&self, query: &Query) -> String {
        let path = self.path.get_untracked();
        let query_string = query.to_query_string();
        if query_string.is_empty() {
            path
        } else {
            format!("{path}?{query_string}")
        }
    }

    /// The current query with a change applied, as a link.
    pub fn href_with(&self, change: impl FnOnce(&mut Query)) -> String {
        let mut query = self.query.get_untracked();
        change(&mut query);
        self.href(&query)
    }

    /// Goes to the current query with a change applied: a new history entry,
    /// keeping the scroll position.
    pub fn navigate_with(&self, change: impl FnOnce(&mut Query)) {
        self.go.run((self.href_with(change), false));
    }

    /// Like [`ViewState::navigate_with`], replacing the current history entry
    /// when `replace` (as typing does, so back does not step per keystroke).
    pub fn navigate_replacing(&self, replace: bool, change: impl FnOnce(&mut Query)) {
        self.go.run((self.href_with(change), replace));
    }

    /// The absolute address of a view, for copying.
    pub fn absolute_url(&self, query: &Query) -> String {
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", self.href(query))
    }
}
