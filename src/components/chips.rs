//! The selected filters as "Remove filter" chips, with "Clear all filters".

use crate::embedded::label;
use crate::view_state::ViewState;
use explorer_core::Query;
use leptos::prelude::*;

/// A chip: what it shows, and the link that removes it.
struct Chip {
    group: &'static str,
    label: String,
    href: String,
}

fn chips(state: ViewState, query: &Query) -> Vec<Chip> {
    let mut chips = Vec::new();
    for (facet, values) in &query.filters {
        for slug in values {
            chips.push(Chip {
                group: facet.title(),
                label: label(*facet, slug),
                href: state.href_with(|q| q.toggle(*facet, slug)),
            });
        }
    }
    if let Some(from) = query.from {
        chips.push(Chip {
            group: "Published from",
            label: from.long_form(),
            href: state.href_with(|q| q.from = None),
        });
    }
    if let Some(to) = query.to {
        chips.push(Chip {
            group: "Published to",
            label: to.long_form(),
            href: state.href_with(|q| q.to = None),
        });
    }
    chips
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
