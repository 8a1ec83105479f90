//! The selected filters as "Remove filter" chips, with "Clear all filters".

use crate::embedded::label;
use crate::view_state::ViewState;
use explorer_core::{Part, Query};
use leptos::prelude::*;

/// A chip: what it shows, and the link that removes it.
struct Chip {
    group: &'static str,
    label: String,
    href: String,
}

fn chips(state: ViewState, query: &Query) -> Vec<Chip> {
    let chip = |part: Part| {
        let (group, label) = match &part {
            Part::Search => return None,
            Part::Value(facet, slug) => (facet.title(), label(*facet, slug)),
            Part::From(from) => ("Published from", from.long_form()),
            Part::To(to) => ("Published to", to.long_form()),
        };
        Some(Chip { group, label, href: state.href_with(|q| part.remove_from(q)) })
    };
    Part::of(query).into_iter().filter_map(chip).collect()
}

#[component]
pub fn Chips() -> impl IntoView {
    let state = ViewState::get();
    view! {
        <Show when=move || state.query.with(Query::has_filters)>
            <div class="chips" aria-label="Selected filters" role="group">
                {move || {
                    state
                        .query
                        .with(|query| chips(state, query))
                        .into_iter()
                        .map(|chip| {
                            view! {
                                <a class="chip" href=chip.href data-noscroll="" data-chip="">
                                    <span class="visually-hidden">"Remove filter "</span>
                                    <span class="chip-group">{chip.group}": "</span>
                                    {chip.label}
                                    <span class="chip-x" aria-hidden="true">" ×"</span>
                                </a>
                            }
                        })
                        .collect_view()
                }}
                <a class="clear-all" data-noscroll="" data-clear-all="" href=move || state.href_with(Query::clear_filters)>
                    "Clear all filters"
                </a>
            </div>
        </Show>
    }
}
