//! The publication date range: from and to, inclusive.

use crate::view_state::ViewState;
use explorer_core::{Date, Query};
use leptos::prelude::*;

#[component]
pub fn DateRange() -> impl IntoView {
    let state = ViewState::get();
    let bound = |pick: fn(&Query) -> Option<Date>| {
        move || state.query.with(|q| pick(q).map(|d| d.to_string()).unwrap_or_default())
    };
    let set = |assign: fn(&mut Query, Option<Date>)| {
        move |event: leptos::ev::Event| {
            let date = Date::parse(&event_target_value(&event)).ok();
            state.navigate_with(|query| assign(query, date));
        }
    };
    view! {
        <fieldset class="facet date-range">
            <legend class="facet-title">"Published"</legend>
            <label class="date-field">
                "From"
                <input type="date" data-date="from" prop:value=bound(|q| q.from) on:change=set(|q, d| q.from = d) />
            </label>
            <label class="date-field">
                "To"
                <input type="date" data-date="to" prop:value=bound(|q| q.to) on:change=set(|q, d| q.to = d) />
            </label>
        </fieldset>
    }
}
