//! Pins the attribution of quotations on the real corpus: every quoted
//! paragraph and its speaker, read off the text by hand; that the paragraph
//! after a quotation is nobody's (unless it opens the next); and that speakers are person values of
//! their documents, so the person facet finds every quotation; and the
//! quotes view's lists and per-person counts on the whole corpus.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::research::{quote_counts, quotes};
use explorer_core::Facet;
use std::collections::BTreeSet;

/// (document, first and last paragraph of a quotation, speaker), from reading the text.
const QUOTATIONS: &[(&str, u32, u32, &str)] = &[
    // "Prime Minister Sir Keir Starmer will say: “The world needs to wake up…" and three more.
    (STARMER, 18, 21, "keir-starmer"),
    // "Home Secretary Yvette Cooper said: “Criminal smuggler gangs profit…" and two more.
    (STARMER, 22, 24, "yvette-cooper"),
    // "National Crime Agency Director General Graeme Biggar said: “Serious and organised crime…" and five more.
    (STARMER, 30, 35, "graeme-biggar"),
    // "Home Secretary Yvette Cooper said: “Criminal smuggling gangs who organise small boat crossings…"
    (G7, 10, 12, "yvette-cooper"),
    // "Home Affairs Committee Chair, Dame Diana Johnson MP, said: “Such a substantial sudden increase…"
    (HAC, 13, 16, "diana-johnson"),
    // "Home Secretary Suella Braverman said: “We cannot continue to see people risking their lives…"
    (RWANDA, 11, 13, "suella-braverman"),
    // "Rwanda’s Minister of Foreign Affairs Vincent Biruta said: “If we are to successfully tackle…"
    (RWANDA, 14, 16, "vincent-biruta"),
    // "The Prime Minister said: “I have made it one of my five priorities…": the PM in March 2023.
    (FRANCE, 11, 13, "rishi-sunak"),
];

fn expected() -> BTreeSet<(String, u32, String)> {
    let quoted = |&(id, first, last, speaker): &(&'static str, u32, u32, &'static str)| {
        (first..=last).map(move |number| (id.to_owned(), number, speaker.to_owned()))
    };
    QUOTATIONS.iter().flat_map(quoted).collect()
}

#[test]
fn every_quoted_paragraph_is_attributed_to_its_speaker_and_no_other_is() {
    let corpus = common::real_corpus();
    let mut actual = BTreeSet::new();
    for document in corpus.documents() {
        for (index, paragraph) in document.paragraphs.iter().enumerate() {
            if let Some(speaker) = &paragraph.speaker {
                actual.insert((document.id.clone(), index as u32 + 1, speaker.clone()));
            }
        }
    }
    let expected = expected();
    let missing: Vec<_> = expected.difference(&actual).collect();
    let unexpected: Vec<_> = actual.difference(&expected).collect();
    assert!(missing.is_empty() && unexpected.is_empty(), "missing {missing:?}, unexpected {unexpected:?}");
}

#[test]
fn a_quotation_opens_with_its_introduction_and_goes_on_with_opening_marks() {
    let corpus = common::real_corpus();
    for &(id, first, last, speaker) in QUOTATIONS {
        let document = corpus.document(id).unwrap();
        let introduction = &document.paragraph(first).unwrap().text;
        assert!(introduction.contains(" said: “") || introduction.contains(" say: “"), "{introduction:?}");
        for number in first + 1..=last {
            let text = &document.paragraph(number).unwrap().text;
            assert!(text.starts_with('“'), "{id} ¶{number} of {speaker} does not continue a quotation");
        }
        // What follows is nobody's, unless it introduces the next quotation.
        let next_quotation = QUOTATIONS.iter().any(|&(other, start, _, _)| other == id && start == last + 1);
        let after = document.paragraph(last + 1);
        let unquoted = after.is_none_or(|p| p.speaker.is_none());
        assert!(unquoted || next_quotation, "{id} ¶{} goes on with {speaker}'s quotation", last + 1);
    }
}

#[test]
fn the_prime_minister_of_march_2023_is_rishi_sunak_not_keir_starmer() {
    let corpus = common::real_corpus();
    let france = corpus.document(FRANCE).unwrap();
    let said = france.paragraphs.iter().find(|p| p.text.starts_with("The Prime Minister said:")).unwrap();
    assert_eq!(said.speaker.as_deref(), Some("rishi-sunak"));
}

#[test]
fn the_committee_report_without_quotations_has_no_speaker() {
    let corpus = common::real_corpus();
    assert!(corpus.document(PAC).unwrap().paragraphs.iter().all(|p| p.speaker.is_none()));
}

#[test]
fn every_speaker_is_a_person_of_the_document_and_tagged_on_the_introduction() {
    let corpus = common::real_corpus();
    for &(id, first, _, speaker) in QUOTATIONS {
        let document = corpus.document(id).unwrap();
        assert!(document.facet_values(Facet::Person).contains(&speaker), "{id}: {speaker}");
        let introduction = document.paragraph(first).unwrap();
        let tagged = introduction.tags.iter().any(|t| t.facet == Facet::Person && t.slug == speaker);
        assert!(tagged, "{id} ¶{first} does not carry the person tag of {speaker}");
    }
}

#[test]
fn the_quotes_view_counts_each_person_s_quoted_paragraphs() {
    let corpus = common::real_corpus();
    let everything: Vec<usize> = (0..corpus.documents().len()).collect();
    for count in quote_counts(&corpus, &everything, &[]) {
        let paragraphs = |&(_, first, last, speaker): &(&str, u32, u32, &str)| {
            if speaker == count.slug {
                last - first + 1
            } else {
                0
            }
        };
        let expected: u32 = QUOTATIONS.iter().map(paragraphs).sum();
        assert_eq!(count.count, expected as usize, "{}", count.slug);
    }
    let starmer = [corpus.position(STARMER).unwrap()];
    let biggar = quotes(&corpus, &starmer, &["graeme-biggar".to_owned()]);
    let numbers: Vec<u32> = biggar.iter().map(|quote| quote.paragraph).collect();
    assert_eq!(numbers, [30, 31, 32, 33, 34, 35]);
}

#[test]
fn the_quotes_view_of_a_link_lists_its_people_s_quotes_and_counts_quotes_per_person() {
    let corpus = common::real_corpus();
    let explorer = explorer_core::Explorer::new(&corpus);
    let view = |link: &str| {
        let (query, evaluation) = common::open_link(&corpus, &explorer, link);
        let view = explorer_core::QuotesView::new(&corpus, &explorer, &query, &evaluation);
        let listed: Vec<(String, u32)> =
            view.quotes.iter().map(|q| (corpus.documents()[q.document].id.clone(), q.paragraph)).collect();
        let person_counts =
            view.evaluation.counts.iter().find(|(f, _)| *f == Facet::Person).unwrap().1.clone();
        let count_of = move |slug: &str| person_counts.iter().find(|c| c.slug == slug).unwrap().count;
        (listed, count_of)
    };
    let (cooper, count_of) = view("view=quotes&person=yvette-cooper");
    let expected: Vec<(String, u32)> =
        [(STARMER, 22), (STARMER, 23), (STARMER, 24), (G7, 10), (G7, 11), (G7, 12)]
            .map(|(id, p)| (id.to_owned(), p))
            .to_vec();
    assert_eq!(cooper, expected, "newest document first, then text order");
    assert_eq!((count_of("yvette-cooper"), count_of("keir-starmer"), count_of("rishi-sunak")), (6, 4, 3));
    let (sunak_era, count_of) = view("view=quotes&period=sunak-2022");
    assert!(sunak_era.iter().all(|(id, _)| [HAC, RWANDA, FRANCE].contains(&id.as_str())), "{sunak_era:?}");
    assert_eq!(sunak_era.len(), 4 + 3 + 3 + 3);
    assert_eq!((count_of("yvette-cooper"), count_of("suella-braverman")), (0, 3));
}
