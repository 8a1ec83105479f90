//! The figures view: each figure as written and normalised, in its sentence.

use crate::components::source_line::SourceLine;
use crate::embedded::corpus;
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
    view! {
        <li class="figure" data-figure=format!("{}/{}/{}", document.id, figure.paragraph, figure.index)
            data-kind=kind data-value=found.value.to_string()>
            <p class="figure-value">
                <strong class="figure-written">{written}</strong>
                <span class="figure-normalised">{format!("{} · {kind}", found.normalised())}</span>
            </p>
            {sentence_view}
            <SourceLine document paragraph=figure.paragraph />
        </li>
    }
}
