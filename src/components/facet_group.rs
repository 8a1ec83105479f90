//! One facet's checkboxes, each with the count that choosing it would give.
//!
//! The options keep one order (most documents in the whole corpus first)
//! and their elements stay in place as counts change, so a keyboard user's
//! focus stays on the checkbox they just pressed.

use crate::embedded::{corpus, explorer, label};
use crate::view_state::ViewState;
use explorer_core::order;
use explorer_core::Facet;
use leptos::prelude::*;

/// Values shown before "Show all".
const SHOWN_AT_FIRST: usize = 6;

#[component]
pub fn FacetGroup(facet: Facet) -> impl IntoView {
    let state = ViewState::get();
    let expanded = RwSignal::new(false);
    // (position in the taxonomy, slug), largest first; values no document has are left out
    // unless a link selected them.
    let options: Vec<(usize, String)> = {
        let mut options: Vec<(usize, &str)> =
            corpus().taxonomy().values(facet).into_iter().map(|(slug, _)| slug).enumerate().collect();
        order::sort_by_key(&mut options, |(position, slug)| {
            (std::cmp::Reverse(explorer().facets().total(facet, slug)), *position)
        });
        options.into_iter().map(|(position, slug)| (position, slug.to_owned())).collect()
    };
    let listed = move |slug: &str| {
        explorer().facets().total(facet, slug) > 0 || state.query.with(|q| q.is_selected(facet, slug))
    };
    let listed_count = {
        let options = options.clone();
        move || options.iter().filter(|(_, slug)| listed(slug)).count()
    };
    let has_more = {
        let listed_count = listed_count.clone();
        move || listed_count() > SHOWN_AT_FIRST
    };
    let list_id = format!("facet-{}-options", facet.key());
    let rows = options
        .into_iter()
        .enumerate()
        .map(|(rank, (position, slug))| {
            let visible = {
                let slug = slug.clone();
                move || {
                    listed(&slug)
                        && (rank < SHOWN_AT_FIRST
                            || expanded.get()
                            || state.query.with(|q| q.is_selected(facet, &slug)))
                }
            };
            view! { <FacetOption facet position slug visible /> }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend class="facet-title">{facet.title()}</legend>
            <ul class="facet-options" id=list_id.clone()>{rows}</ul>
            <Show when=has_more>
                <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string()
                    aria-controls=list_id.clone()
                    on:click=move |_| expanded.update(|open| *open = !*open)>
                    {
                        let listed_count = listed_count.clone();
                        move || if expanded.get() { "Show fewer".to_owned() } else { format!("Show all {}", listed_count()) }
                    }
                </button>
            </Show>
        </fieldset>
    }
}

/// A checkbox whose count and state follow the view.
#[component]
fn FacetOption(
    facet: Facet,
    position: usize,
    slug: String,
    visible: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let state = ViewState::get();
    // Each a memo, so that a click re-renders only what it changes: a
    // checkbox's state is set again only when it changes, not with every count.
    let value = Memo::new(move |_| state.evaluation.with(|e| e.counts[facet.position()].1[position].clone()));
    let count = Memo::new(move |_| value.with(|v| v.count));
    let selected = Memo::new(move |_| value.with(|v| v.selected));
    let disabled = Memo::new(move |_| count.get() == 0 && !selected.get());
    let hidden = Memo::new(move |_| !visible());
    let counted = move || state.query.with(|q| q.view.counted());
    let label = label(facet, &slug);
    let toggle = {
        let slug = slug.clone();
        move |_| state.navigate_with(|query| query.toggle(facet, &slug))
    };
    view! {
        <li class="facet-option" class:disabled=disabled data-facet=facet.key() data-value=slug hidden=hidden>
            <label>
                <input type="checkbox" prop:checked=selected disabled=disabled prop:disabled=disabled on:change=toggle />
                <span class="facet-label">{label}</span>
                <span class="facet-count" data-count=count>
                    {count}
                    <span class="visually-hidden">{move || {
                        let spec = counted().spec();
                        format!(" {}", if count.get() == 1 { spec.one } else { spec.many })
                    }}</span>
                </span>
            </label>
        </li>
    }
}
