//! One facet's checkboxes, each with the count that choosing it would give.

use crate::embedded::{corpus, index};
use crate::view_state::ViewState;
use explorer_core::{Facet, ValueCount};
use leptos::prelude::*;

/// Values shown before "Show all".
const SHOWN_AT_FIRST: usize = 6;

#[component]
pub fn FacetGroup(facet: Facet) -> impl IntoView {
    let state = ViewState::get();
    let expanded = RwSignal::new(false);
    // Values no document has can never give a result: leave them out, unless a link selected them.
    let values = Memo::new(move |_| {
        let mut values: Vec<ValueCount> = state.evaluation.with(|e| e.counts[facet.position()].1.clone());
        values.retain(|value| value.selected || index().total(facet, &value.slug) > 0);
        values.sort_by_key(|value| (!value.selected, std::cmp::Reverse(value.count)));
        values
    });
    let hidden = move || values.with(Vec::len).saturating_sub(SHOWN_AT_FIRST);
    let shown = move || {
        let limit = if expanded.get() { usize::MAX } else { SHOWN_AT_FIRST };
        values.get().into_iter().take(limit).collect::<Vec<_>>()
    };
    let has_hidden = move || hidden() > 0;
    let list_id = format!("facet-{}-options", facet.key());
    view! {
        <fieldset class="facet">
            <legend class="facet-title">{facet.title()}</legend>
            <ul class="facet-options" id=list_id.clone()>
                <For each=shown key=|value| (value.slug.clone(), value.count, value.selected) let:value>
                    <FacetOption facet value />
                </For>
            </ul>
            <Show when=has_hidden>
                <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string()
                    aria-controls=list_id.clone()
                    on:click=move |_| expanded.update(|open| *open = !*open)>
                    {move || if expanded.get() { "Show fewer".to_owned() } else { format!("Show all {}", values.with(Vec::len)) }}
                </button>
            </Show>
        </fieldset>
    }
}

#[component]
fn FacetOption(facet: Facet, value: ValueCount) -> impl IntoView {
    let state = ViewState::get();
    let label = corpus().taxonomy().label(facet, &value.slug).unwrap_or(&value.slug).to_owned();
    let disabled = value.count == 0 && !value.selected;
    let slug = value.slug.clone();
    let toggle = move |_| state.navigate_with(|query| query.toggle(facet, &slug));
    view! {
        <li class="facet-option" class:disabled=disabled data-facet=facet.key() data-value=value.slug.clone()>
            <label>
                <input type="checkbox" checked=value.selected disabled=disabled on:change=toggle />
                <span class="facet-label">{label}</span>
                <span class="facet-count" data-count=value.count>
                    {value.count}
                    <span class="visually-hidden">{if value.count == 1 { " document" } else { " documents" }}</span>
                </span>
            </label>
        </li>
    }
}
