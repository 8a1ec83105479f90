//! A metadata value's provenance: confirmed (with the page that shows it)
//! or inferred (with the reason); and, in the Cite panel, the values a
//! citation states that were only inferred.

use explorer_core::cite::Unchecked;
use explorer_core::model::Provenance;
use leptos::prelude::*;

#[component]
pub fn ProvenanceNote(provenance: &'static Provenance) -> impl IntoView {
    match provenance {
        Provenance::Confirmed(address) => view! {
            <span class="provenance provenance-confirmed" data-provenance="confirmed">
                <span class="badge">"confirmed"</span>
                " "
                <a href=address.clone() rel="noopener noreferrer">"source"</a>
            </span>
        }
        .into_any(),
        Provenance::Inferred(reason) => view! {
            <span class="provenance provenance-inferred" data-provenance="inferred">
                <span class="badge">"inferred"</span>
                " "
                <span class="provenance-reason">{reason.clone()}</span>
            </span>
        }
        .into_any(),
    }
}

/// What an inferred value is, as the Cite panel names it.
fn named(what: &str) -> &'static str {
    match what {
        "publisher" => "Publisher",
        "publishers" => "Publishers",
        "date" => "Date",
        "type" => "Type",
        _ => "Source address (not checked)",
    }
}

/// The values a citation states that were inferred, not checked against
/// the published page, each with the reason it is believed; nothing when
/// every value is confirmed.
#[component]
pub fn UncheckedValues(unchecked: Vec<Unchecked<'static>>) -> impl IntoView {
    (!unchecked.is_empty()).then(|| {
        let items = unchecked.into_iter().map(|value| {
            view! {
                <li data-unchecked=value.what>
                    <strong>{named(value.what)}</strong> ": " <span class="provenance-reason">{value.reason}</span>
                </li>
            }
        });
        view! {
            <div class="cite-unchecked provenance-inferred">
                <p>
                    <span class="badge">"inferred"</span>
                    " Not checked against the published page; every format below marks these as unconfirmed:"
                </p>
                <ul>{items.collect_view()}</ul>
            </div>
        }
    })
}
