//! Citations and exports of the real corpus: what each format says of each
//! document, pinned for one press release and one committee report; keys
//! unique across the corpus; inferred values marked in every format.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::cite::{Citation, CitedParagraph, Format};
use explorer_core::export::Export;
use explorer_core::model::Document;
use explorer_core::{Corpus, Date};
use std::collections::HashSet;

fn accessed() -> Date {
    Date::parse("2026-11-28").unwrap()
}

fn paragraph(document: &Document, number: u32) -> Option<CitedParagraph> {
    Some(CitedParagraph { number, link: format!("https://example.org/?doc={}&p={number}", document.id) })
}

/// Every citation of a corpus: each document, then each of its paragraphs.
fn every_citation(corpus: &Corpus) -> Vec<Citation<'_>> {
    let mut citations = Vec::new();
    for document in corpus.documents() {
        citations.push(Citation::new(corpus, document, None, accessed()));
        for number in 1..=document.paragraphs.len() as u32 {
            citations.push(Citation::new(corpus, document, paragraph(document, number), accessed()));
        }
    }
    citations
}

#[test]
fn a_paragraph_of_the_starmer_release_cites_both_publishers_its_number_and_what_is_inferred() {
    let corpus = common::real_corpus();
    let document = corpus.document(STARMER).unwrap();
    let citation = Citation::new(&corpus, document, paragraph(document, 4), accessed());
    assert_eq!(
        citation.to_format(Format::Plain),
        "Prime Minister's Office, 10 Downing Street and Home Office (2024) Starmer unveils ‘game changing’ \
         investment to tackle national security threat from people smuggling gangs [Press release]. GOV.UK, \
         4 November 2024, paragraph 4. Available at: https://www.gov.uk/government/news/\
         starmer-unveils-game-changing-investment-to-tackle-national-security-threat-from-people-smuggling-gangs \
         (Accessed: 28 November 2026). Unconfirmed (inferred, not checked against the published page): \
         the publishers, the date, the type and the address."
    );
    assert_eq!(citation.key(), format!("{STARMER}:p4"));
    let ris = citation.to_format(Format::Ris);
    assert!(
        ris.contains("AU  - Prime Minister's Office 10 Downing Street\r\nAU  - Home Office\r\n"),
        "{ris}"
    );
    assert!(ris.contains("PB  - Prime Minister's Office, 10 Downing Street and Home Office\r\n"), "{ris}");
}

#[test]
fn a_committee_report_is_cited_as_a_confirmed_web_page_of_uk_parliament() {
    let corpus = common::real_corpus();
    let document = corpus.document(HAC).unwrap();
    let citation = Citation::new(&corpus, document, None, accessed());
    assert_eq!(citation.unchecked(), [], "every value of the HAC page is confirmed");
    let ris = citation.to_format(Format::Ris);
    assert!(ris.starts_with("TY  - ELEC\r\nAU  - Home Affairs Committee\r\n"), "{ris}");
    assert!(ris.contains("T2  - UK Parliament\r\n") && !ris.contains("Unconfirmed"), "{ris}");
    let csl: serde_json::Value = serde_json::from_str(&citation.to_format(Format::CslJson)).unwrap();
    assert_eq!(csl[0]["issued"]["date-parts"], serde_json::json!([[2023, 6, 12]]));
    assert_eq!(
        (csl[0]["genre"].as_str(), csl[0]["container-title"].as_str()),
        (Some("Committee report news"), Some("UK Parliament"))
    );
}

#[test]
fn every_format_of_every_citation_gives_the_source_and_the_access_date() {
    let corpus = common::real_corpus();
    for citation in every_citation(&corpus) {
        for format in Format::ALL {
            let text = citation.to_format(format);
            let key = citation.key();
            assert!(text.contains(&citation.document.source.value), "{format:?} of {key}: {text}");
            let access = ["28 November 2026", "2026-11-28", "2026/11/28", "[2026,11,28]"];
            let compact: String = text.split_whitespace().collect();
            assert!(access.iter().any(|a| compact.contains(&a.replace(' ', ""))), "{format:?}: {text}");
        }
    }
}

#[test]
fn keys_are_unique_across_the_corpus_and_the_hostile_corpus() {
    let hostile = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/hostile-corpus");
    let hostile = Corpus::new(corpus_compiler::compile(&hostile).unwrap()).unwrap();
    for corpus in [common::real_corpus(), hostile] {
        let citations = every_citation(&corpus);
        let keys: HashSet<String> = citations.iter().map(Citation::key).collect();
        assert_eq!(keys.len(), citations.len(), "a key is used twice");
    }
}

#[test]
fn the_four_documents_with_inferred_values_say_so_in_every_format() {
    let corpus = common::real_corpus();
    let mut marked = Vec::new();
    for document in corpus.documents() {
        let citation = Citation::new(&corpus, document, paragraph(document, 1), accessed());
        let unchecked = citation.unchecked();
        for format in Format::ALL {
            let text = citation.to_format(format);
            assert_eq!(text.contains("Unconfirmed (inferred"), !unchecked.is_empty(), "{format:?}: {text}");
            for value in &unchecked {
                assert!(
                    text.contains(&format!("the {}", value.what)),
                    "{format:?} names the {}: {text}",
                    value.what
                );
            }
        }
        if !unchecked.is_empty() {
            marked.push(document.id.as_str());
        }
    }
    assert_eq!(marked, [FRANCE, RWANDA, G7, STARMER]);
}

#[test]
fn an_export_of_the_whole_corpus_lists_every_document_in_the_order_given_with_its_tags() {
    let corpus = common::real_corpus();
    let positions: Vec<usize> = NEWEST_FIRST.iter().map(|id| corpus.position(id).unwrap()).collect();
    let export = Export::documents(
        &corpus,
        &positions,
        "http://127.0.0.1/",
        |d: &Document, _| format!("?doc={}", d.id),
        accessed(),
    );
    let explorer_core::export::Listing::Documents(results) = &export.listing else { panic!("documents") };
    let ids: Vec<&str> = results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, NEWEST_FIRST);
    let pac = &results[2];
    assert!(pac.topics.contains(&"Rwanda partnership and relocation".to_owned()), "{:?}", pac.topics);
    assert_eq!(
        pac.agencies.first().map(String::as_str),
        Some("Committee of Public Accounts"),
        "publisher first"
    );
    assert!(
        results[0].people.contains(&"Yvette Cooper".to_owned())
            && results[3].places.contains(&"Albania".to_owned())
    );
    assert_eq!(export.corpus_version, corpus.version());
    let csv = export.to_csv();
    assert_eq!(csv.matches("\r\n").count(), 1 + NEWEST_FIRST.len(), "{csv}");
    assert!(csv.contains("Sunak Conservative government"), "{csv}");
}
