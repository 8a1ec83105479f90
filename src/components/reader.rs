//! The reader: a document's full text with its metadata, provenance,
//! source and licence (the way back to the results is around it:
//! `back_to_results`).

use crate::clock::today;
use crate::components::cite_panel::CitePanel;
use crate::components::copy_link::CopyLink;
use crate::components::match_nav::MatchNav;
use crate::components::paragraph::ParagraphView;
use crate::components::provenance::ProvenanceNote;
use crate::embedded::{corpus, label, readable};
use crate::view_state::ViewState;
use explorer_core::cite::{Citation, Format};
use explorer_core::model::{Block, Document};
use explorer_core::Facet;
use leptos::prelude::*;

#[component]
pub fn Reader(id: String) -> impl IntoView {
    let state = ViewState::get();
    let Some(document) = readable(&id) else {
        return view! { <p class="empty">"This document is not in the corpus."</p> }.into_any();
    };
    // Move focus into the reader, where the link that opened it no longer is:
    // to the heading, or to the paragraph a link names (which focuses itself).
    let heading = NodeRef::<leptos::html::H1>::new();
    let names_paragraph = state.query.with_untracked(|q| q.p.is_some());
    Effect::new(move |_| {
        if let Some(heading) = heading.get().filter(|_| !names_paragraph) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
    });
    view! {
        <article class="reader" data-reader=document.id.clone()>
            <p class="reader-type">{label(Facet::Type, &document.doc_type.value)}</p>
            <h1 class="reader-title" tabindex="-1" node_ref=heading>{document.title.clone()}</h1>
            <Metadata document />
            <div class="reader-actions">
                <CopyLink label="Copy link to this document" url=move || state.absolute_url(&state.query.get_untracked()) />
                <CitePanel document paragraph=None />
            </div>
            <MatchNav document />
            <div class="reader-text">{blocks(document)}</div>
            <p class="print-only print-citation">
                "Cite as: " {Citation::new(corpus(), document, None, today()).to_format(Format::Plain)}
            </p>
        </article>
    }
    .into_any()
}

/// The paragraphs, with consecutive list items gathered into one list.
fn blocks(document: &'static Document) -> impl IntoView {
    let mut groups: Vec<(Block, Vec<u32>)> = Vec::new();
    for (index, paragraph) in document.paragraphs.iter().enumerate() {
        let number = index as u32 + 1;
        match groups.last_mut() {
            Some((Block::ListItem, numbers)) if paragraph.block == Block::ListItem => numbers.push(number),
            _ => groups.push((paragraph.block, vec![number])),
        }
    }
    groups
        .into_iter()
        .map(|(block, numbers)| {
            let items =
                numbers.into_iter().map(|n| view! { <ParagraphView document number=n /> }).collect_view();
            match block {
                Block::ListItem => view! { <ul class="reader-list">{items}</ul> }.into_any(),
                Block::Paragraph => items.into_any(),
            }
        })
        .collect_view()
}

#[component]
fn Metadata(document: &'static Document) -> impl IntoView {
    let agency = |slug: &String| label(Facet::Agency, slug);
    let publishers = document.publishers.value.iter().map(agency).collect::<Vec<_>>().join(", ");
    let government = label(Facet::Period, &document.period);
    let licence = document.licence();
    view! {
        <dl class="metadata">
            <dt>"Published"</dt>
            <dd>{document.date.value.long_form()} " " <ProvenanceNote provenance=&document.date.provenance /></dd>
            {document.updated.as_ref().map(|updated| view! {
                <dt>"Updated"</dt>
                <dd>{updated.value.long_form()} " " <ProvenanceNote provenance=&updated.provenance /></dd>
            })}
            <dt>"From"</dt>
            <dd>{publishers} " " <ProvenanceNote provenance=&document.publishers.provenance /></dd>
            <dt>"Type"</dt>
            <dd>{label(Facet::Type, &document.doc_type.value)} " " <ProvenanceNote provenance=&document.doc_type.provenance /></dd>
            <dt>"Government"</dt>
            <dd data-government="">"Published under the " {government}</dd>
            {document.report.as_ref().map(|report| view! {
                <dt>"Report"</dt>
                <dd>{report.value.clone()} " " <ProvenanceNote provenance=&report.provenance /></dd>
            })}
            <dt>"Source"</dt>
            <dd>
                <a href=document.source.value.clone() rel="noopener noreferrer" data-source="">{document.source.value.clone()}</a>
                " " <ProvenanceNote provenance=&document.source.provenance />
            </dd>
            <dt>"Licence"</dt>
            <dd data-licence="">
                "Reused under the " <a href=licence.url rel="noopener noreferrer">{licence.name}</a>
            </dd>
        </dl>
    }
}
