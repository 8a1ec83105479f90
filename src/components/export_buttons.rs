//! "Export": the list or analysis on show (documents, quotes, figures,
//! spans, terms or lines) as a CSV or JSON download, each recording the view's address and the corpus version.

use crate::clock::today;
use crate::download::download;
use crate::embedded::{corpus, explorer};
use crate::view_state::{Listed, ViewState};
use explorer_core::export::Export;
use explorer_core::model::Document;
use explorer_core::View;
use leptos::prelude::*;

#[component]
pub fn ExportButtons() -> impl IntoView {
    let state = ViewState::get();
    let export = move || {
        let query = state.query.get_untracked();
        let link = |document: &Document, paragraph: Option<u32>| {
            let mut target = query.clone();
            target.doc = Some(document.id.clone());
            target.p = paragraph;
            state.absolute_url(&target)
        };
        let (view, exported) = (state.absolute_url(&query), today());
        match query.view {
            View::Documents => {
                let positions = state.evaluation.with_untracked(|e| e.documents.clone());
                Export::documents(corpus(), &positions, &view, link, exported)
            }
            View::Quotes => {
                state.quotes.with_untracked(|q| Export::quotes(corpus(), q, &view, link, exported))
            }
            View::Figures => {
                state.figures.with_untracked(|f| Export::figures(corpus(), f, &view, link, exported))
            }
            View::Trends | View::Compare | View::Kwic => state.listed.with_untracked(|listed| match listed {
                Listed::Trends(trends) => Export::trends(corpus(), trends, &view, exported),
                Listed::Compare(Some(comparison)) => {
                    Export::comparison(corpus(), comparison, &view, exported)
                }
                Listed::Kwic(lines, _) => {
                    Export::concordance(corpus(), explorer().search_index(), lines, &view, link, exported)
                }
                _ => Export::documents(corpus(), &[], &view, link, exported),
            }),
        }
    };
    let save_csv = move |_| {
        let export = export();
        let name = export.file_name(&state.query.get_untracked(), "csv");
        download(&name, "text/csv;charset=utf-8", &export.to_csv());
    };
    let save_json = move |_| {
        let export = export();
        let name = export.file_name(&state.query.get_untracked(), "json");
        download(&name, "application/json;charset=utf-8", &export.to_json());
    };
    view! {
        <span class="export" role="group" aria-label="Export this list">
            <button type="button" class="button-secondary" data-export="csv" on:click=save_csv>"Export CSV"</button>
            <button type="button" class="button-secondary" data-export="json" on:click=save_json>"Export JSON"</button>
        </span>
    }
}
