//! "Cite": a disclosure with a document's or a paragraph's citation in each
//! format, to copy or download, and the values it states that were only
//! inferred. Built only when opened.

use crate::clock::today;
use crate::components::copy_link::CopyButton;
use crate::components::provenance::UncheckedValues;
use crate::download::download;
use crate::embedded::corpus;
use crate::view_state::ViewState;
use explorer_core::cite::{Citation, CitedParagraph, Format};
use explorer_core::model::Document;
use explorer_core::Query;
use leptos::prelude::*;

/// Cites `document`, or its paragraph `paragraph` (1-based) when given.
#[component]
pub fn CitePanel(document: &'static Document, paragraph: Option<u32>) -> impl IntoView {
    let state = ViewState::get();
    let open = RwSignal::new(false);
    let details = NodeRef::<leptos::html::Details>::new();
    let on_toggle = move |_| open.set(details.get().is_some_and(|d| d.open()));
    let what = paragraph.map_or_else(|| "this document".to_owned(), |n| format!("paragraph {n}"));
    let citation = move || {
        // A paragraph's own address is its link here: the published page has none.
        let cited = paragraph.map(|number| {
            let target = Query { doc: Some(document.id.clone()), p: Some(number), ..Query::default() };
            CitedParagraph { number, link: state.absolute_url(&target) }
        });
        Citation::new(corpus(), document, cited, today())
    };
    view! {
        <details class="cite" node_ref=details on:toggle=on_toggle
            data-cite=paragraph.map_or_else(|| "document".to_owned(), |n| n.to_string())>
            <summary class="button-secondary" aria-label=format!("Cite {what}")>"Cite"</summary>
            <Show when=move || open.get()>
                {move || {
                    let citation = citation();
                    view! {
                        <div class="cite-formats">
                            <UncheckedValues unchecked=citation.unchecked() />
                            {formats(citation)}
                        </div>
                    }
                }}
            </Show>
        </details>
    }
}

fn formats(citation: Citation<'static>) -> impl IntoView {
    Format::ALL
        .into_iter()
        .map(|format| {
            let text = citation.to_format(format);
            let file_name = citation.file_name(format);
            let copied_text = text.clone();
            let saved_text = text.clone();
            view! {
                <section class="cite-format" data-format=format.extension()>
                    <h2 class="cite-format-name">{format.name()}</h2>
                    <pre class="cite-text">{text}</pre>
                    <CopyButton label=format!("Copy {}", format.name()) copied="Citation copied"
                        text=move || copied_text.clone() />
                    <button type="button" class="button-secondary" data-download=format.extension()
                        on:click=move |_| download(&file_name, format.media_type(), &saved_text)>
                        {format!("Download .{}", format.extension())}
                    </button>
                </section>
            }
        })
        .collect_view()
}
