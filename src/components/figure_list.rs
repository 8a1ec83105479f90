//! The figures view: each distinct figure of a document as written and
//! normalised (with any qualifier), in its sentence, with the other places
//! the document states it.

use crate::components::source_line::SourceLine;
use crate::embedded::corpus;
use crate::view_state::ViewState;
use explorer_core::FigureRef;
use leptos::prelude::*;

#[component]
pub fn FigureItem(figure: FigureRef) -> impl IntoView {
    let document = &corpus().documents()[figure.document];
    let (paragraph, found) = figure.resolve(corpus()).expect("figures are of real paragraphs");
    let text = &paragraph.text;
    let written = found.text.of(text).unwrap_or_default().to_owned();
    let sentence = found.sentence.range();
    let at = found.text.range();
    let in_sentence =
        sentence.start <= at.start && at.end <= sentence.end && text.get(sentence.clone()).is_some();
    let sentence_view = in_sentence.then(|| {
        view! {
            <p class="figure-sentence">
                {text[sentence.start..at.start].to_owned()}
                <strong>{written.clone()}</strong>
                {text[at.end..sentence.end].to_owned()}
            </p>
        }
    });
    let kind = found.kind.key();
    let mentions = figure.mentions(corpus());
    let mention_count = mentions.len();
    view! {
        <li class="figure" data-figure=format!("{}/{}/{}", document.id, figure.paragraph, figure.index)
            data-kind=kind data-value=found.value.to_string() data-mentions=mention_count>
            <p class="figure-value">
                <strong class="figure-written">{written}</strong>
                <span class="figure-normalised">{format!("{} · {kind}", found.normalised())}</span>
            </p>
            {sentence_view}
            <SourceLine document paragraph=figure.paragraph />
            {(mention_count > 1).then(|| view! { <Mentions mentions /> })}
        </li>
    }
}

/// "Stated 4 times: paragraphs 3, 7, 9, 14", each a link to the paragraph.
#[component]
fn Mentions(mentions: Vec<FigureRef>) -> impl IntoView {
    let state = ViewState::get();
    let document = &corpus().documents()[mentions[0].document];
    let links = mentions.iter().enumerate().map(|(i, mention)| {
        let href = state.href_with(|q| {
            q.doc = Some(document.id.clone());
            q.p = Some(mention.paragraph);
        });
        view! { {(i > 0).then_some(", ")}<a href=href>{mention.paragraph}</a> }
    });
    view! {
        <p class="figure-mentions">
            {format!("Stated {} times in this document: paragraphs ", mentions.len())}
            {links.collect_view()}
        </p>
    }
}
