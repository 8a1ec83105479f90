//! Where a quote or figure is: its document, date and paragraph, linked to it in the reader.

use crate::view_state::ViewState;
use explorer_core::model::Document;
use leptos::prelude::*;

#[component]
pub fn SourceLine(document: &'static Document, paragraph: u32) -> impl IntoView {
    let state = ViewState::get();
    let href = state.href_with(|q| {
        q.doc = Some(document.id.clone());
        q.p = Some(paragraph);
    });
    view! {
        <p class="source-line">
            <a href=href data-passage=paragraph>{document.title.clone()}</a>
            " · "
            <time datetime=document.date.value.to_string()>{document.date.value.long_form()}</time>
            {format!(" · paragraph {paragraph}")}
        </p>
    }
}
