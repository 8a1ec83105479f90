//! The quotes view: each quoted statement with its speaker, its words
//! (without the lead-in, paragraph by paragraph), whether it was briefed in
//! advance, and where it is.

use crate::components::marked::marked;
use crate::components::source_line::SourceLine;
use crate::embedded::{corpus, label};
use crate::view_state::ViewState;
use explorer_core::{Facet, QuoteRef};
use leptos::prelude::*;

#[component]
pub fn QuoteItem(quote: QuoteRef<'static>) -> impl IntoView {
    let state = ViewState::get();
    let (document, statement) = quote.resolve(corpus()).expect("quotes are of real statements");
    let speaker = quote.speaker;
    let only_them = state.href_with(|q| q.select(Facet::Person, speaker));
    let parts = statement.parts(document).unwrap_or_default();
    let count = parts.len();
    let words =
        parts.into_iter().map(|(_, text)| view! { <p>{marked(text, &untrack(|| state.marks(text)))}</p> });
    let briefed = statement.briefed.then(|| {
        view! {
            <p class="quote-briefed" data-briefed="">
                <span class="badge">"briefed in advance"</span>
                " Announced before it was said: the words as given to the press, not a record of the speech."
            </p>
        }
    });
    view! {
        <li class="quote" data-quote=format!("{}/{}", document.id, statement.first) data-speaker=speaker
            data-paragraphs=count>
            <p class="quote-speaker"><a href=only_them data-noscroll="">{label(Facet::Person, speaker)}</a></p>
            {briefed}
            <blockquote class="quote-text">{words.collect_view()}</blockquote>
            <SourceLine document paragraph=statement.first />
        </li>
    }
}
