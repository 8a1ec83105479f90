//! The quotes view: each quoted paragraph with its speaker and where it is.

use crate::components::marked::marked;
use crate::components::source_line::SourceLine;
use crate::embedded::{corpus, label};
use crate::view_state::ViewState;
use explorer_core::{Facet, QuoteRef};
use leptos::prelude::*;

#[component]
pub fn QuoteItem(quote: QuoteRef<'static>) -> impl IntoView {
    let state = ViewState::get();
    let document = &corpus().documents()[quote.document];
    let paragraph = document.paragraph(quote.paragraph).expect("quotes are of real paragraphs");
    let speaker = quote.speaker;
    let only_them = state.href_with(|q| q.select(Facet::Person, speaker));
    let text =
        state.outcome.with_untracked(|outcome| marked(&paragraph.text, &outcome.spans(&paragraph.text)));
    view! {
        <li class="quote" data-quote=format!("{}/{}", document.id, quote.paragraph) data-speaker=speaker>
            <p class="quote-speaker"><a href=only_them data-noscroll="">{label(Facet::Person, speaker)}</a></p>
            <blockquote class="quote-text"><p>{text}</p></blockquote>
            <SourceLine document paragraph=quote.paragraph />
        </li>
    }
}
