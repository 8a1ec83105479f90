//! The page frame: masthead, notices, and either the results or the reader,
//! all driven by the URL's query string; in the browser, or rendered ahead
//! of time by the build for the page without a query.

use crate::components::{
    back_to_results::BackToResults, masthead::Masthead, notices::Notices, results_page::ResultsPage,
    text_status::TextStatus, update_notice::UpdateNotice,
};
use crate::embedded::corpus;
use crate::view_state::ViewState;
use leptos::prelude::*;

/// `prerendering`: the page's path when the build renders the first view
/// ahead of time (no browser, no address bar, no service worker).
#[component]
pub fn App(prerendering: Option<String>) -> impl IntoView {
    let in_browser = prerendering.is_none();
    let state = ViewState::provide(prerendering);
    let update = if in_browser { crate::offline::register() } else { crate::offline::Update::none() };
    if in_browser {
        crate::later::fetch_on_intent();
    }
    let open_document = Memo::new(move |_| state.query.with(|query| query.doc.clone()));
    Effect::new(move |_| {
        let title = match open_document.get().and_then(|id| corpus().document(&id)) {
            Some(document) => format!("{} – Policy corpus explorer", document.title),
            None => "Policy corpus explorer".to_owned(),
        };
        document().set_title(&title);
    });
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <Masthead />
        <main id="main" class="page" tabindex="-1">
            <UpdateNotice update />
            <Notices />
            {move || match open_document.get() {
                Some(id) => {
                    let reader = move || {
                        if state.waiting.get() {
                            view! { <TextStatus /> }.into_any()
                        } else {
                            crate::later::reader(id.clone()).into_any()
                        }
                    };
                    view! { <BackToResults /> {reader} }.into_any()
                }
                None => view! { <ResultsPage /> }.into_any(),
            }}
        </main>
        <footer class="footer">
            <p>
                "Documents are Crown copyright or Parliamentary copyright, reused under the "
                <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="noopener noreferrer">"Open Government Licence v3.0"</a>
                " and the "
                <a href="https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/" rel="noopener noreferrer">"Open Parliament Licence v3.0"</a>
                ". This explorer is an independent tool, not a government service."
            </p>
            <p class="footer-version">"Corpus version " {corpus().version().to_owned()}</p>
        </footer>
    }
}
