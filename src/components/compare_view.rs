//! The compare view: two sides, each a line saying what it holds and a
//! table of its distinctive words and phrases (G², Log Ratio, counts and
//! rates on both sides), each term a link to its lines in the concordance
//! of that side; and a choice of each side among the governments.

use crate::embedded::corpus;
use crate::view_state::{Listed, ViewState};
use explorer_core::analysis::{Comparison, Distinctive, SideSummary};
use explorer_core::model::grouped;
use explorer_core::query::Side;
use explorer_core::{Facet, Query, View};
use leptos::prelude::*;

#[component]
pub fn CompareView() -> impl IntoView {
    let state = ViewState::get();
    move || {
        state.listed.with(|listed| match listed {
            Listed::Compare(Some(comparison)) => view! {
                <SidePicker />
                <div class="compare">
                    {side(state, comparison, "a")}
                    {side(state, comparison, "b")}
                </div>
            }
            .into_any(),
            _ => view! {
                <SidePicker />
                <p class="empty">"Fewer than two governments have documents in this view: choose two sides."</p>
            }
            .into_any(),
        })
    }
}

/// A `<select>` per side, of every government, writing `a=` or `b=`.
#[component]
fn SidePicker() -> impl IntoView {
    let state = ViewState::get();
    let picker = move |key: &'static str| {
        let current = move || {
            state.listed.with(|listed| match listed {
                Listed::Compare(Some(c)) => Some(if key == "a" { c.a.side.key() } else { c.b.side.key() }),
                _ => None,
            })
        };
        let on_change = move |event: leptos::ev::Event| {
            let side = Side::parse(&event_target_value(&event)).ok();
            state.navigate_with(|q: &mut Query| if key == "a" { q.a = side } else { q.b = side });
        };
        let options = corpus().taxonomy().governments.iter().rev().map(move |g| {
            let value = Side::Value(Facet::Period, g.slug.clone()).key();
            let chosen = value.clone();
            let selected = Signal::derive(move || current().as_deref() == Some(chosen.as_str()));
            view! { <option value=value selected=selected prop:selected=selected>{g.label.clone()}</option> }
        });
        view! {
            <label class="side-picker">
                {format!("Side {} ", key.to_uppercase())}
                <select data-side-picker=key on:change=on_change>{options.collect_view()}</select>
            </label>
        }
    };
    view! { <div class="side-pickers">{picker("a")}{picker("b")}</div> }
}

fn side(state: ViewState, comparison: &Comparison, key: &'static str) -> impl IntoView {
    let (summary, terms, other) = match key {
        "a" => (&comparison.a, &comparison.terms_a, &comparison.b),
        _ => (&comparison.b, &comparison.terms_b, &comparison.a),
    };
    let rows = terms.iter().map(|term| row(state, summary, term, key)).collect_view();
    let holds = format!(
        "{}, {} words, {} distinct {} of money stated",
        View::Documents.count(summary.documents),
        grouped(summary.words as f64),
        summary.money_amounts,
        if summary.money_amounts == 1 { "amount" } else { "amounts" },
    );
    let (heading_id, labelled_by) = (format!("side-{key}"), format!("side-{key}"));
    view! {
        <section class="compare-side" data-side=key aria-labelledby=labelled_by>
            <h2 id=heading_id>{format!("{}: {}", key.to_uppercase(), summary.label)}</h2>
            <p class="side-holds" data-side-holds="">{holds}</p>
            <p class="side-explained">{format!("Used more here than in {} (G² ≥ 6.63, p < 0.01), most distinctive first.", other.label)}</p>
            {if terms.is_empty() {
                view! { <p class="empty">"No word or phrase is significantly more frequent on this side."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-label=format!("Distinctive terms of side {}", key.to_uppercase())>
                        <table class="compare-table">
                            <thead><tr>
                                <th scope="col">"Term"</th>
                                <th scope="col" class="number">"G²"</th>
                                <th scope="col" class="number"><abbr title="log2 of the ratio of relative frequencies">"Log Ratio"</abbr></th>
                                <th scope="col" class="number">"Here"</th>
                                <th scope="col" class="number">"Per 10k here"</th>
                                <th scope="col" class="number">"Other side"</th>
                                <th scope="col" class="number">"Per 10k there"</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

fn row(state: ViewState, summary: &SideSummary, term: &Distinctive, key: &str) -> impl IntoView {
    let mut lines = summary.query.clone();
    lines.set_search(format!("\"{}\"", term.text));
    lines.set_view(View::Kwic);
    let (here, there, rate_here, rate_there) = if key == "a" {
        (term.count_a, term.count_b, term.per_10k_a, term.per_10k_b)
    } else {
        (term.count_b, term.count_a, term.per_10k_b, term.per_10k_a)
    };
    view! {
        <tr data-term=term.text.to_lowercase()>
            <th scope="row"><a href=state.href(&lines) data-term-link="">{term.text.clone()}</a></th>
            <td class="number">{format!("{:.1}", term.keyness.g2)}</td>
            <td class="number">{format!("{:.2}", term.keyness.log_ratio.abs())}</td>
            <td class="number" data-count-here="">{here}</td>
            <td class="number">{format!("{rate_here:.1}")}</td>
            <td class="number" data-count-there="">{there}</td>
            <td class="number">{format!("{rate_there:.1}")}</td>
        </tr>
    }
}
