//! Code the first view does not show, fetched when first needed: each
//! `*_code` function here is a split point, which the build
//! (`tools/post-build`'s `code_split`) cuts out of the wasm, with the code
//! only it reaches, into a file of its own. The page fetches that file the
//! first time the part is shown (the service worker then keeps it for
//! offline use); until then it says the part is loading, and if the file
//! cannot be fetched, says so with a way to try again. A split point
//! returns the part's constructor, kept once it has arrived, so that the
//! part is then built at once, in the reactive scope that shows it, as the
//! rest of the page is. Natively (the build's first view) these are plain
//! functions.

use crate::components::figure_list::FigureItem;
use crate::components::quote_list::QuoteItem;
use explorer_core::{FigureRef, QuoteRef, View};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::future::Future;
use std::sync::OnceLock;

/// How a part's code is getting on, where the page shows it.
#[derive(Clone, Copy, PartialEq)]
enum Arrival {
    Loading,
    Arrived,
    Failed,
}

/// Shows a part whose code `load` fetches (its constructor kept in
/// `code`), built by `show`; meanwhile says that `what` (as "the reader")
/// is loading, or that it could not be loaded, with Try again.
fn later<Part, Load, Loading>(
    what: &'static str,
    code: &'static OnceLock<Part>,
    load: Load,
    show: impl Fn(Part) -> AnyView + Send + Sync + 'static,
) -> impl IntoView
where
    Part: Copy + Send + Sync + 'static,
    Load: Fn() -> Loading + Copy + Send + Sync + 'static,
    Loading: Future<Output = Result<Part, SplitLoaderError>> + 'static,
{
    let arrival = RwSignal::new(if code.get().is_some() { Arrival::Arrived } else { Arrival::Loading });
    let fetch = move || {
        arrival.set(Arrival::Loading);
        leptos::task::spawn_local(async move {
            let arrived = match load().await {
                Ok(part) => {
                    // Another place showing the part may have kept it first: the same constructor.
                    let _ = code.set(part);
                    Arrival::Arrived
                }
                Err(_) => Arrival::Failed,
            };
            // The part may no longer be on show.
            let _ = arrival.try_set(arrived);
        });
    };
    if code.get().is_none() {
        fetch();
    }
    move || {
        match (arrival.get(), code.get()) {
        (_, Some(&part)) => show(part),
        (Arrival::Failed, None) => view! {
            <div class="text-status" role="alert" data-part-failed="">
                <p>{format!("The code for {what} could not be loaded. Check the connection and try again.")}</p>
                <button type="button" class="button-secondary" on:click=move |_| fetch()>"Try again"</button>
            </div>
        }
        .into_any(),
        _ => view! {
            <p class="text-status loading-message" role="status" data-part-loading="">{format!("Loading {what}…")}</p>
        }
        .into_any(),
    }
    }
}

/// Each part's constructor, once its code has arrived.
static READER: OnceLock<fn(String) -> AnyView> = OnceLock::new();
static ANALYSIS: OnceLock<fn(View) -> AnyView> = OnceLock::new();
static RESEARCH: OnceLock<fn(Research) -> AnyView> = OnceLock::new();

/// Fetches a part's code, unless it has arrived, as a pointer rests on or
/// focus reaches a link that shows the part (a result, a paragraph, a view's
/// tab), so that it is there by the click; once for the page.
pub fn fetch_on_intent() {
    fn intent(event: leptos::ev::Event) {
        use wasm_bindgen::JsCast;
        let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(link)) = target.closest("a[data-view-tab], a[href*=\"doc=\"]") else { return };
        match link.get_attribute("data-view-tab").as_deref() {
            None => fetch(&READER, reader_code),
            Some(tab) => match View::from_key(tab) {
                Some(View::Trends | View::Compare | View::Kwic) => fetch(&ANALYSIS, analysis_code),
                Some(View::Quotes | View::Figures) => fetch(&RESEARCH, research_code),
                Some(View::Documents) | None => {}
            },
        }
    }
    // For the life of the page: the handles are not kept, so never removed.
    let _ = window_event_listener(leptos::ev::pointerover, |event| intent(event.into()));
    let _ = window_event_listener(leptos::ev::focusin, |event| intent(event.into()));
}

/// Fetches a part's code in the background, unless it has arrived.
fn fetch<Part, Load, Loading>(code: &'static OnceLock<Part>, load: Load)
where
    Part: Copy + 'static,
    Load: Fn() -> Loading + 'static,
    Loading: Future<Output = Result<Part, SplitLoaderError>> + 'static,
{
    if code.get().is_none() {
        leptos::task::spawn_local(async move {
            if let Ok(part) = load().await {
                let _ = code.set(part);
            }
        });
    }
}

/// The reader of the document `id`.
pub fn reader(id: String) -> impl IntoView {
    later("the reader", &READER, reader_code, move |reader| reader(id.clone()))
}

#[wasm_split(reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reader_code() -> Result<fn(String) -> AnyView, SplitLoaderError> {
    use crate::components::reader::Reader;
    Ok(|id| view! { <Reader id /> }.into_any())
}

/// The component of an analysis view: trends, compare or in context.
pub fn analysis(view: View) -> impl IntoView {
    later("this view", &ANALYSIS, analysis_code, move |analysis| analysis(view))
}

#[wasm_split(analysis, wasm_split_path = ::leptos::wasm_split, fallible)]
fn analysis_code() -> Result<fn(View) -> AnyView, SplitLoaderError> {
    use crate::components::compare_view::CompareView;
    use crate::components::kwic_view::KwicView;
    use crate::components::trends_view::TrendsView;
    Ok(|view| match view {
        View::Trends => view! { <TrendsView /> }.into_any(),
        View::Compare => view! { <CompareView /> }.into_any(),
        View::Kwic => view! { <KwicView /> }.into_any(),
        View::Documents | View::Quotes | View::Figures => ().into_any(),
    })
}

/// Quotes or figures to list.
#[derive(Clone)]
pub enum Research {
    Quotes(Vec<QuoteRef<'static>>),
    Figures(Vec<FigureRef>),
}

/// The items of the quotes or figures view.
pub fn research_items(items: Research) -> impl IntoView {
    let what = if matches!(items, Research::Quotes(_)) { "the quotes" } else { "the figures" };
    later(what, &RESEARCH, research_code, move |research| research(items.clone()))
}

#[wasm_split(research_items, wasm_split_path = ::leptos::wasm_split, fallible)]
fn research_code() -> Result<fn(Research) -> AnyView, SplitLoaderError> {
    Ok(|items| match items {
        Research::Quotes(quotes) => {
            quotes.into_iter().map(|quote| view! { <QuoteItem quote /> }).collect_view().into_any()
        }
        Research::Figures(figures) => {
            figures.into_iter().map(|figure| view! { <FigureItem figure /> }).collect_view().into_any()
        }
    })
}
