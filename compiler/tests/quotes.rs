//! Pins the attribution of quoted statements on the real corpus: every
//! statement, its paragraphs and its speaker, read off the text by hand;
//! that its quoted words start after the lead-in; that the paragraph after a
//! statement is in none (unless it opens the next); that speakers are person
//! values of their documents, so the person facet finds every statement; and
//! the quotes view's lists and per-person counts on the whole corpus.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::research::{quote_index, quotes, quotes_view};
use explorer_core::Facet;
use explorer_core::Query;
use std::collections::BTreeSet;

/// (document, first and last paragraph of a statement, speaker, briefed in
/// advance), from reading the text.
const QUOTATIONS: &[(&str, u32, u32, &str, bool)] = &[
    // "Prime Minister Sir Keir Starmer will say: “The world needs to wake up…" and three more: briefed.
    (STARMER, 18, 21, "keir-starmer", true),
    // "Home Secretary Yvette Cooper said: “Criminal smuggler gangs profit…" and two more.
    (STARMER, 22, 24, "yvette-cooper", false),
    // "National Crime Agency Director General Graeme Biggar said: “Serious and organised crime…" and five more.
    (STARMER, 30, 35, "graeme-biggar", false),
    // "Home Secretary Yvette Cooper said: “Criminal smuggling gangs who organise small boat crossings…"
    (G7, 10, 12, "yvette-cooper", false),
    // "Home Affairs Committee Chair, Dame Diana Johnson MP, said: “Such a substantial sudden increase…"
    (HAC, 13, 16, "diana-johnson", false),
    // "Home Secretary Suella Braverman said: “We cannot continue to see people risking their lives…"
    (RWANDA, 11, 13, "suella-braverman", false),
    // "Rwanda’s Minister of Foreign Affairs Vincent Biruta said: “If we are to successfully tackle…"
    (RWANDA, 14, 16, "vincent-biruta", false),
    // "The Prime Minister said: “I have made it one of my five priorities…": the PM in March 2023.
    (FRANCE, 11, 13, "rishi-sunak", false),
];

#[test]
fn every_statement_is_attributed_to_its_speaker_and_no_other_is() {
    let corpus = common::real_corpus();
    let actual: BTreeSet<(String, u32, u32, String, bool)> = corpus
        .documents()
        .iter()
        .flat_map(|d| {
            d.quotes.iter().map(move |q| (d.id.clone(), q.first, q.last, q.speaker.clone(), q.briefed))
        })
        .collect();
    let expected: BTreeSet<(String, u32, u32, String, bool)> = QUOTATIONS
        .iter()
        .map(|&(id, first, last, speaker, briefed)| (id.to_owned(), first, last, speaker.to_owned(), briefed))
        .collect();
    let missing: Vec<_> = expected.difference(&actual).collect();
    let unexpected: Vec<_> = actual.difference(&expected).collect();
    assert!(missing.is_empty() && unexpected.is_empty(), "missing {missing:?}, unexpected {unexpected:?}");
}

#[test]
fn a_statement_s_words_start_after_its_lead_in_and_go_on_with_opening_marks() {
    let corpus = common::real_corpus();
    for document in corpus.documents() {
        for quote in &document.quotes {
            let id = &document.id;
            let introduction = &document.paragraph(quote.first).unwrap().text;
            let lead_in = &introduction[..quote.start as usize];
            assert!(lead_in.ends_with(" said: ") || lead_in.ends_with(" say: "), "{id}: {lead_in:?}");
            let parts = quote.parts(document).unwrap();
            assert!(parts.iter().all(|(_, text)| text.starts_with('“')), "{id} ¶{}: {parts:?}", quote.first);
            assert_eq!(parts.len() as u32, quote.last - quote.first + 1);
            // What follows is in no statement, unless it introduces the next one.
            let next = document.quotes.iter().any(|other| other.first == quote.last + 1);
            let in_a_statement = |n: u32| document.quotes.iter().any(|q| q.paragraphs().contains(&n));
            assert!(next || !in_a_statement(quote.last + 1), "{id} ¶{} goes on", quote.last + 1);
        }
    }
}

#[test]
fn yvette_cooper_s_six_quoted_paragraphs_are_two_statements() {
    let corpus = common::real_corpus();
    let everything: Vec<usize> = (0..corpus.documents().len()).collect();
    let cooper = quotes(&corpus, &everything, &["yvette-cooper".to_owned()]);
    assert_eq!(cooper.len(), 2);
    let paragraphs: u32 =
        cooper.iter().map(|q| q.resolve(&corpus).unwrap().1.paragraphs().count() as u32).sum();
    assert_eq!(paragraphs, 6);
    for statement in &cooper {
        let (document, quote) = statement.resolve(&corpus).unwrap();
        let text = quote.text(document).unwrap();
        assert!(text.starts_with("“Criminal smugg") && !text.contains("said"), "no lead-in: {text}");
    }
}

#[test]
fn the_prime_minister_of_march_2023_is_rishi_sunak_not_keir_starmer() {
    let corpus = common::real_corpus();
    let france = corpus.document(FRANCE).unwrap();
    let said = france
        .quotes
        .iter()
        .find(|q| france.paragraph(q.first).unwrap().text.starts_with("The Prime Minister said:"));
    assert_eq!(said.map(|q| q.speaker.as_str()), Some("rishi-sunak"));
}

#[test]
fn the_committee_report_without_quotations_has_no_statement() {
    let corpus = common::real_corpus();
    assert!(corpus.document(PAC).unwrap().quotes.is_empty());
}

#[test]
fn every_speaker_is_a_person_of_the_document_and_tagged_on_the_introduction() {
    let corpus = common::real_corpus();
    for &(id, first, _, speaker, _) in QUOTATIONS {
        let document = corpus.document(id).unwrap();
        assert!(document.facet_values(Facet::Person).contains(&speaker), "{id}: {speaker}");
        let introduction = document.paragraph(first).unwrap();
        let tagged = introduction.tags.iter().any(|t| t.facet == Facet::Person && t.slug == speaker);
        assert!(tagged, "{id} ¶{first} does not carry the person tag of {speaker}");
    }
}

#[test]
fn the_quotes_view_counts_each_person_s_statements() {
    let corpus = common::real_corpus();
    let index = quote_index(&corpus);
    let everything = quotes_view(&index, &Query::default());
    let people = everything.evaluation.counts.iter().find(|(f, _)| *f == Facet::Person).unwrap().1.clone();
    for count in people {
        let expected = QUOTATIONS.iter().filter(|q| q.3 == count.slug).count();
        assert_eq!(count.count, expected, "{}", count.slug);
    }
    let starmer = [corpus.position(STARMER).unwrap()];
    let biggar = quotes(&corpus, &starmer, &["graeme-biggar".to_owned()]);
    let paragraphs: Vec<_> = biggar.iter().map(|q| q.resolve(&corpus).unwrap().1.paragraphs()).collect();
    assert_eq!(paragraphs, [30..=35]);
}

#[test]
fn the_quotes_view_of_a_link_lists_its_people_s_statements_and_counts_them_per_person() {
    let corpus = common::real_corpus();
    let index = quote_index(&corpus);
    let view = |link: &str| {
        let (query, notices) = Query::parse_for(link, &corpus);
        assert_eq!(notices, [], "{link}");
        let view = quotes_view(&index, &query);
        let listed: Vec<(String, u32)> = view
            .items
            .iter()
            .map(|q| {
                let (document, quote) = q.resolve(&corpus).unwrap();
                (document.id.clone(), quote.first)
            })
            .collect();
        let person_counts =
            view.evaluation.counts.iter().find(|(f, _)| *f == Facet::Person).unwrap().1.clone();
        let count_of = move |slug: &str| person_counts.iter().find(|c| c.slug == slug).unwrap().count;
        (listed, count_of)
    };
    let (cooper, count_of) = view("view=quotes&person=yvette-cooper");
    assert_eq!(cooper, [(STARMER.to_owned(), 22), (G7.to_owned(), 10)], "newest document first");
    assert_eq!((count_of("yvette-cooper"), count_of("keir-starmer"), count_of("rishi-sunak")), (2, 1, 1));
    let (sunak_era, count_of) = view("view=quotes&period=sunak-2022");
    assert!(sunak_era.iter().all(|(id, _)| [HAC, RWANDA, FRANCE].contains(&id.as_str())), "{sunak_era:?}");
    assert_eq!(sunak_era.len(), 1 + 2 + 1);
    assert_eq!((count_of("yvette-cooper"), count_of("suella-braverman")), (0, 1));
}

#[test]
fn a_search_in_the_quotes_view_selects_the_statements_that_say_it() {
    let corpus = common::real_corpus();
    let index = quote_index(&corpus);
    let (query, _) = Query::parse_for("view=quotes&q=Channel", &corpus);
    let found = quotes_view(&index, &query);
    let says_channel = |quote: &explorer_core::QuoteRef| {
        let (document, statement) = quote.resolve(&corpus).unwrap();
        statement.text(document).unwrap().contains("Channel")
    };
    let every = quotes_view(&index, &Query::default());
    let expected = every.items.iter().filter(|q| says_channel(q)).count();
    assert!(expected > 0 && expected < every.items.len(), "{expected} of {}", every.items.len());
    assert_eq!(found.items.len(), expected, "only the statements whose own words say Channel");
    assert!(found.items.iter().all(says_channel));
    // The facets count those statements: each period's count is its share of them.
    let periods = found.evaluation.counts.iter().find(|(f, _)| *f == Facet::Period).unwrap().1.clone();
    assert_eq!(periods.iter().map(|v| v.count).sum::<usize>(), expected);
    // And the search marks the statements' own words.
    let (document, statement) = found.items[0].resolve(&corpus).unwrap();
    let text = statement.text(document).unwrap();
    let marks = found.outcome.spans(&text);
    assert!(marks.iter().any(|m| &text[m.clone()] == "Channel"), "{marks:?}");
}
