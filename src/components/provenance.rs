//! A metadata value's provenance: confirmed (with the page that shows it)
//! or inferred (with the reason).

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
