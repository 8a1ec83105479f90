//! The concordance: each match on a line, aligned on the match, with its
//! context, document, date and paragraph link; the context width; the count
//! per document; and the collocates.

use crate::embedded::{corpus, explorer};
use crate::view_state::{Listed, ViewState};
use explorer_core::analysis::{Collocate, Concordance, KwicLine, WINDOW};
use explorer_core::Query;
use leptos::prelude::*;

/// Lines rendered at first, and added by each "Show more".
const PAGE: usize = 200;
/// The context widths offered.
const WIDTHS: [u8; 7] = [3, 4, 5, 6, 8, 10, 15];

#[component]
pub fn KwicView() -> impl IntoView {
    let state = ViewState::get();
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        state.query.track();
        shown.set(PAGE);
    });
    move || {
        shown.track();
        if !state.query.with(Query::has_search) {
            return view! { <p class="empty">"Type a search to see every match in its context."</p> }
                .into_any();
        }
        state.listed.with(|listed| match listed {
            Listed::Kwic(concordance, near) => view! {
                <ContextWidth />
                {lines(state, concordance, shown)}
                <div class="kwic-tables">
                    {per_document(state, concordance)}
                    {collocates(near)}
                </div>
            }
            .into_any(),
            _ => ().into_any(),
        })
    }
}

/// The words shown each side of a match (`ctx=`).
#[component]
fn ContextWidth() -> impl IntoView {
    let state = ViewState::get();
    let on_change = move |event: leptos::ev::Event| {
        if let Ok(words) = event_target_value(&event).parse::<u8>() {
            state.navigate_with(|q| q.set_context(words));
        }
    };
    let current = move || state.query.with(Query::context);
    let options = WIDTHS.map(|words| {
        let selected = move || current() == usize::from(words);
        view! { <option value=words selected=selected prop:selected=selected>{words}</option> }
    });
    view! {
        <label class="context-width">
            "Words each side " <select data-context="" on:change=on_change>{options.to_vec()}</select>
        </label>
    }
}

fn lines(state: ViewState, concordance: &Concordance, shown: RwSignal<usize>) -> impl IntoView {
    let total = concordance.lines.len();
    let items =
        concordance.lines.iter().take(shown.get_untracked()).map(|line| line_view(state, concordance, line));
    let more = move || total > shown.get();
    view! {
        <ol class="kwic" aria-label="Matches in context">{items.collect_view()}</ol>
        <Show when=more>
            <button type="button" class="button-secondary show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || format!("Show more lines ({} of {total} shown)", shown.get())}
            </button>
        </Show>
    }
}

fn line_view(state: ViewState, concordance: &Concordance, line: &KwicLine) -> impl IntoView {
    let document = &corpus().documents()[line.document];
    let text = concordance.text(explorer().search_index(), line);
    let href = state.href_with(|q| {
        q.doc = Some(document.id.clone());
        q.p = Some(line.paragraph);
    });
    view! {
        <li class="kwic-line" data-kwic="" data-doc-id=document.id.clone() data-paragraph=line.paragraph>
            <span class="kwic-left"><span>{text.left}</span></span>
            <mark class="kwic-match">{text.matched}</mark>
            <span class="kwic-right">{text.right}</span>
            <a class="kwic-source" href=href>
                {format!("{} · {} · ¶{}", document.title, document.date.value, line.paragraph)}
            </a>
        </li>
    }
}

fn per_document(state: ViewState, concordance: &Concordance) -> impl IntoView {
    let rows = concordance.per_document.iter().map(|&(position, count)| {
        let document = &corpus().documents()[position];
        let href = state.href_with(|q| {
            q.doc = Some(document.id.clone());
            q.p = None;
        });
        view! {
            <tr data-document-count=document.id.clone()>
                <th scope="row"><a href=href>{document.title.clone()}</a></th>
                <td>{document.date.value.to_string()}</td>
                <td class="number">{count}</td>
            </tr>
        }
    });
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Matches per document">
            <table class="kwic-documents">
                <caption>"Matches per document"</caption>
                <thead><tr><th scope="col">"Document"</th><th scope="col">"Date"</th><th scope="col" class="number">"Matches"</th></tr></thead>
                <tbody>{rows.collect_view()}</tbody>
            </table>
        </div>
    }
}

fn collocates(near: &[Collocate]) -> impl IntoView {
    let rows = near.iter().map(|collocate| {
        view! {
            <tr data-collocate=collocate.text.clone()>
                <th scope="row">{collocate.text.clone()}</th>
                <td class="number">{collocate.near}</td>
                <td class="number">{collocate.total}</td>
                <td class="number">{format!("{:.1}", collocate.g2)}</td>
            </tr>
        }
    });
    let caption = format!("Collocates: words within {WINDOW} words of a match, by log-likelihood");
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Collocates">
            <table class="collocates">
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Word"</th><th scope="col" class="number">"Near a match"</th>
                    <th scope="col" class="number">"In the view"</th><th scope="col" class="number">"G²"</th>
                </tr></thead>
                <tbody>{rows.collect_view()}</tbody>
            </table>
        </div>
    }
}
