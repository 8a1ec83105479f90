//! One result: title, date, type, publishers, government, summary and tags.

use crate::components::marked::marked;
use crate::embedded::{corpus, explorer, label, readable};
use crate::view_state::ViewState;
use explorer_core::model::{Digest, Document};
use explorer_core::Facet;
use leptos::prelude::*;

/// Tags shown under a result, per facet, before the reader shows all.
const TAGS_SHOWN: usize = 5;

#[component]
pub fn ResultItem(document: &'static Document) -> impl IntoView {
    let state = ViewState::get();
    let publishers: Vec<String> =
        document.publishers.value.iter().map(|slug| label(Facet::Agency, slug)).collect();
    let open = state.href_with(|query| {
        query.doc = Some(document.id.clone());
        query.p = None;
    });
    let position = corpus().position(&document.id).expect("results are corpus documents");
    // A search's passages are read from the document's text, which may arrive
    // after the result; so is the summary of a document whose summary the
    // metadata leaves out (a large corpus keeps only the first view's).
    let searched = state.outcome.with_untracked(|outcome| outcome.search().is_some());
    let kept_summary = (!document.digest.summary.is_empty()).then(|| document.digest.summary.clone());
    let needs_text = searched || kept_summary.is_none();
    let with_text = Memo::new(move |_| needs_text && state.text_of(&document.id).is_some());
    // Busy while it waits for its text (a screen reader hears it once it has arrived).
    let waiting_id = document.id.clone();
    let busy =
        move || (needs_text && !with_text.get() && !state.result_text_failed(&waiting_id)).then_some("true");
    let passages = move || {
        let whole = if with_text.get() { readable(&document.id) } else { None };
        let failed = needs_text && whole.is_none() && state.result_text_failed(&document.id);
        let summary = match (&kept_summary, whole) {
            (Some(kept), _) => view! { <p class="result-summary">{kept.clone()}</p> }.into_any(),
            (None, Some(whole)) => {
                view! { <p class="result-summary">{Digest::summary_of(&whole.paragraphs)}</p> }.into_any()
            }
            (None, None) if failed => ().into_any(),
            (None, None) => view! {
                <p class="result-summary summary-loading" data-summary-loading="">"Loading its summary…"</p>
            }
            .into_any(),
        };
        let Some(whole) = whole.filter(|_| searched) else {
            let lost = if searched { "Its matching passages" } else { "Its summary" };
            let retry = failed.then(|| {
                view! {
                    <p class="result-text-failed" role="alert" data-result-text-failed="">
                        {format!("{lost} could not be loaded. ")}
                        <button type="button" class="button-secondary"
                            on:click=move |_| state.retry_result_texts(&document.id)>
                            "Try again"
                        </button>
                    </p>
                }
            });
            return view! { {summary} {retry} }.into_any();
        };
        let passages = state.outcome.with_untracked(|outcome| explorer().passages(outcome, position, whole));
        if passages.is_empty() {
            return summary;
        }
        let shown: usize = passages.iter().map(|passage| passage.marks.len()).sum();
        let beyond = state
            .outcome
            .with_untracked(|outcome| explorer().match_count(outcome, position, whole))
            .saturating_sub(shown);
        let more_matches = (beyond > 0).then(|| {
            let text = if beyond == 1 {
                "1 more match in this document".to_owned()
            } else {
                format!("{beyond} more matches in this document")
            };
            view! { <p class="more-matches" data-more-matches=beyond>{text}</p> }
        });
        let items = passages
            .into_iter()
            .filter_map(|passage| {
                let paragraph = whole.paragraph(passage.paragraph)?;
                let href = state.href_with(|q| {
                    q.doc = Some(document.id.clone());
                    q.p = Some(passage.paragraph);
                });
                Some(view! {
                    <li class="snippet">
                        <a href=href data-passage=passage.paragraph>{format!("¶{}", passage.paragraph)}</a>
                        " "
                        <span class="snippet-text">{marked(&paragraph.text, &passage.marks)}</span>
                    </li>
                })
            })
            .collect_view();
        view! {
            <ul class="snippets" aria-label="Matching passages">{items}</ul>
            {more_matches}
        }
        .into_any()
    };
    let tags = [Facet::Topic, Facet::Agency].map(|facet| {
        let slugs = document.values_by_prominence(facet);
        let links = slugs
            .into_iter()
            .take(TAGS_SHOWN)
            .map(|slug| {
                let href = state.href_with(|q| q.select(facet, slug));
                view! { <li><a class="tag" href=href data-noscroll="" data-tag=facet.key()>{label(facet, slug)}</a></li> }
            })
            .collect_view();
        view! { <ul class="tags" aria-label=facet.title()>{links}</ul> }
    });
    view! {
        <li class="result" data-doc-id=document.id.clone() aria-busy=busy>
            <h2 class="result-title"><a href=open>{document.title.clone()}</a></h2>
            <p class="result-meta">
                <span>{label(Facet::Type, &document.doc_type.value)}</span>
                " · "
                <time datetime=document.date.value.to_string()>{document.date.value.long_form()}</time>
                " · "
                <span>{publishers.join(", ")}</span>
            </p>
            <p class="result-period">{label(Facet::Period, &document.period)}</p>
            {passages}
            {tags}
        </li>
    }
}
