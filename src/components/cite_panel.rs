//! "Cite": a disclosure with a document's or a paragraph's citation in each
//! format, to copy or download. Built only when opened.

use crate::clock::today;
use crate::components::copy_link::CopyButton;
use crate::download::download;
use crate::embedded::corpus;
use explorer_core::cite::{Citation, Format};
use explorer_core::model::Document;
use leptos::prelude::*;

/// Cites `document`, or its paragraph `paragraph` (1-based) when given.
#[component]
pub fn CitePanel(document: &'static Document, paragraph: Option<u32>) -> impl IntoView {
    let open = RwSignal::new(false);
    let details = NodeRef::<leptos::html::Details>::new();
    let on_toggle = move |_| open.set(details.get().is_some_and(|d| d.open()));
    let what = paragraph.map_or_else(|| "this document".to_owned(), |n| format!("paragraph {n}"));
    view! {
        <details class="cite" node_ref=details on:toggle=on_toggle
            data-cite=paragraph.map_or_else(|| "document".to_owned(), |n| n.to_string())>
            <summary class="button-secondary" aria-label=format!("Cite {what}")>"Cite"</summary>
            <Show when=move || open.get()>
                <div class="cite-formats">{move || formats(Citation::new(corpus(), document, paragraph, today()))}</div>
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
