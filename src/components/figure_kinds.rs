//! The figures view's own controls: which kinds of figure it shows
//! (`kind=`), each with how many the view's documents hold, and the total
//! of the money it lists.

use crate::embedded::corpus;
use crate::view_state::ViewState;
use explorer_core::model::FigureKind;
use explorer_core::research::money_totals;
use leptos::prelude::*;

#[component]
pub fn FigureKinds() -> impl IntoView {
    let state = ViewState::get();
    let options = FigureKind::ALL.map(|kind| {
        let count =
            move || state.figure_kinds.with(|c| c.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n));
        let chosen = move || state.query.with(|q| q.kinds.contains(&kind));
        view! {
            <li class="facet-option figure-kind" data-figure-kind=kind.key()>
                <label>
                    <input type="checkbox" prop:checked=chosen
                        on:change=move |_| state.navigate_with(|query| query.toggle_kind(kind)) />
                    <span class="facet-label">{kind.label()}</span>
                    <span class="facet-count" data-count=count>{count}</span>
                </label>
            </li>
        }
    });
    let totals = move || state.figures.with(|figures| money_totals(corpus(), figures));
    view! {
        <fieldset class="figure-kinds">
            <legend class="facet-title">"Kinds of figure"</legend>
            <ul class="facet-options">{options.to_vec()}</ul>
        </fieldset>
        {move || {
            totals()
                .into_iter()
                .map(|total| view! { <p class="money-total" data-money-total=total.currency.clone()>"Money listed: " {total.described()}</p> })
                .collect_view()
        }}
    }
}
