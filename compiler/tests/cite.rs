//! Citations and exports of the real corpus: what each format says of each
//! document, pinned for one press release and one committee report.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::cite::{Citation, Format};
use explorer_core::export::Export;
use explorer_core::Date;

fn accessed() -> Date {
    Date::parse("2026-11-28").unwrap()
}

#[test]
fn a_paragraph_of_the_starmer_release_cites_both_publishers_and_its_number() {
    let corpus = common::real_corpus();
    let document = corpus.document(STARMER).unwrap();
    let citation = Citation::new(&corpus, document, Some(4), accessed());
    assert_eq!(
        citation.to_format(Format::Plain),
        "Prime Minister's Office, 10 Downing Street and Home Office (2024) Starmer unveils ‘game changing’ \
         investment to tackle national security threat from people smuggling gangs [Press release], \
         4 November 2024, paragraph 4. Available at: https://www.gov.uk/government/news/\
         starmer-unveils-game-changing-investment-to-tackle-national-security-threat-from-people-smuggling-gangs \
         (Accessed: 28 November 2026)."
    );
    assert_eq!(citation.key(), "primeministersoffice2024starmerp4");
    let ris = citation.to_format(Format::Ris);
    assert!(
        ris.contains("AU  - Prime Minister's Office, 10 Downing Street\r\nAU  - Home Office\r\n"),
        "{ris}"
    );
}

#[test]
fn a_committee_report_is_cited_as_a_web_page_of_its_committee() {
    let corpus = common::real_corpus();
    let document = corpus.document(HAC).unwrap();
    let citation = Citation::new(&corpus, document, None, accessed());
    let ris = citation.to_format(Format::Ris);
    assert!(ris.starts_with("TY  - ELEC\r\nAU  - Home Affairs Committee\r\n"), "{ris}");
    let csl: serde_json::Value = serde_json::from_str(&citation.to_format(Format::CslJson)).unwrap();
    assert_eq!(csl[0]["issued"]["date-parts"], serde_json::json!([[2023, 6, 12]]));
    assert_eq!(csl[0]["genre"], "Committee report news");
}

#[test]
fn every_format_of_every_document_gives_its_source_and_access_date() {
    let corpus = common::real_corpus();
    for document in corpus.documents() {
        let citation = Citation::new(&corpus, document, Some(1), accessed());
        for format in Format::ALL {
            let text = citation.to_format(format);
            assert!(text.contains(&document.source.value), "{format:?} of {}: {text}", document.id);
            let access = ["28 November 2026", "2026-11-28", "2026/11/28", "[2026,11,28]"];
            let compact: String = text.split_whitespace().collect();
            assert!(access.iter().any(|a| compact.contains(&a.replace(' ', ""))), "{format:?}: {text}");
        }
    }
}

#[test]
fn an_export_of_the_whole_corpus_lists_every_document_in_the_order_given() {
    let corpus = common::real_corpus();
    let positions: Vec<usize> = NEWEST_FIRST.iter().map(|id| corpus.position(id).unwrap()).collect();
    let export = Export::documents(
        &corpus,
        &positions,
        "http://127.0.0.1/",
        |d: &explorer_core::model::Document, _| format!("?doc={}", d.id),
        accessed(),
    );
    let explorer_core::export::Listing::Documents(results) = &export.listing else { panic!("documents") };
    let ids: Vec<&str> = results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, NEWEST_FIRST);
    assert_eq!(export.corpus_version, corpus.version());
    let csv = export.to_csv();
    assert_eq!(csv.matches("\r\n").count(), 1 + NEWEST_FIRST.len(), "{csv}");
    assert!(csv.contains("Sunak Conservative government"), "{csv}");
}
