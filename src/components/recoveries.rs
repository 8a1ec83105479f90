//! With no results: each single change that would give some, with the count.

use crate::components::search_note::DidYouMean;
use crate::embedded::{explorer, label};
use crate::view_state::ViewState;
use explorer_core::{Part, Query};
use leptos::prelude::*;

fn describe(part: &Part, query: &Query) -> String {
    match part {
        Part::Search => format!("the search “{}”", query.q.trim()),
        Part::Value(facet, slug) => {
            format!("‘{}’", label(*facet, slug))
        }
        Part::From(date) => format!("“published from {}”", date.long_form()),
        Part::To(date) => format!("“published to {}”", date.long_form()),
    }
}

#[component]
pub fn Recoveries() -> impl IntoView {
    let state = ViewState::get();
    let suggestions = move || {
        let query = state.query.get();
        explorer()
            .recoveries(&query)
            .into_iter()
            .map(|recovery| {
                let href = state.href_with(|q| recovery.part.remove_from(q));
                let results = if recovery.count == 1 { "1 document".to_owned() } else { format!("{} documents", recovery.count) };
                view! {
                    <li data-recovery="">
                        <a href=href data-noscroll="">{format!("Remove {} to see {results}", describe(&recovery.part, &query))}</a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="empty" data-empty="">
            <p>"No documents match this search and these filters."</p>
            <DidYouMean />
            <ul class="recoveries">{suggestions}</ul>
        </div>
    }
}
