//! Full-text search on the real corpus: which documents each query finds,
//! in what order, and that passages mark exactly the matched words.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::{highlight, Corpus, DocumentHit, SearchIndex};

fn search(corpus: &Corpus, q: &str) -> (Vec<String>, Vec<DocumentHit>) {
    let hits = SearchIndex::new(corpus).search(q);
    let ids = hits.iter().map(|h| corpus.documents()[h.position].id.clone()).collect();
    (ids, hits)
}

fn ids(corpus: &Corpus, q: &str) -> Vec<String> {
    search(corpus, q).0
}

/// Each passage's marked text, lower-cased, after checking that `highlight`
/// marks the same in the paragraph.
fn marked(corpus: &Corpus, q: &str) -> Vec<String> {
    let (_, hits) = search(corpus, q);
    let mut marked = Vec::new();
    for hit in hits {
        let document = &corpus.documents()[hit.position];
        for passage in hit.passages {
            let text = &document.paragraph(passage.paragraph).unwrap().text;
            assert_eq!(passage.marks, highlight(text, q), "{q}: {} p={}", document.id, passage.paragraph);
            assert!(!passage.marks.is_empty(), "{q}: {} p={}", document.id, passage.paragraph);
            marked.extend(passage.marks.iter().map(|r| text[r.clone()].to_lowercase()));
        }
    }
    marked
}

#[test]
fn europol_is_in_exactly_the_two_starmer_era_releases() {
    let corpus = common::real_corpus();
    let mut found = ids(&corpus, "Europol");
    found.sort();
    let mut expected = vec![STARMER.to_owned(), G7.to_owned()];
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn albania_ranks_the_albania_report_first() {
    let corpus = common::real_corpus();
    let found = ids(&corpus, "Albania");
    assert_eq!(found.first().map(String::as_str), Some(HAC), "{found:?}");
    // Still being typed, it also finds "Albanian"; a space ends the word.
    let marks = marked(&corpus, "Albania");
    assert!(
        marks.iter().all(|m| m.starts_with("albania")) && marks.contains(&"albanian".into()),
        "{marks:?}"
    );
    let marks = marked(&corpus, "Albania ");
    assert!(!marks.is_empty() && marks.iter().all(|m| m == "albania"), "{marks:?}");
}

#[test]
fn a_number_matches_with_or_without_thousands_separators() {
    let corpus = common::real_corpus();
    assert_eq!(ids(&corpus, "45,755"), [HAC]);
    assert_eq!(ids(&corpus, "45755"), [HAC]);
    assert_eq!(marked(&corpus, "45755"), ["45,755"]);
}

#[test]
fn a_quoted_phrase_matches_only_paragraphs_with_the_phrase() {
    let corpus = common::real_corpus();
    let (found, hits) = search(&corpus, "\"small boats\"");
    assert!(found.contains(&FRANCE.to_owned()), "{found:?}");
    for hit in &hits {
        let document = &corpus.documents()[hit.position];
        for passage in &hit.passages {
            let text = document.paragraph(passage.paragraph).unwrap().text.to_lowercase();
            assert!(text.contains("small boats"), "{} p={}: {text}", document.id, passage.paragraph);
        }
    }
    let marks = marked(&corpus, "\"small boats\"");
    assert!(!marks.is_empty());
    assert!(marks.iter().all(|m| m == "small boats"), "{marks:?}");
    // Unquoted, the words may be apart: "small boat crossings" in the Albania report.
    assert!(ids(&corpus, "small boats").len() > found.len());
}

#[test]
fn an_excluded_word_removes_the_documents_that_contain_it() {
    let corpus = common::real_corpus();
    let with = ids(&corpus, "rwanda");
    let without = ids(&corpus, "rwanda -france");
    assert!(with.contains(&FRANCE.to_owned()), "{with:?}");
    assert!(!without.contains(&FRANCE.to_owned()), "{without:?}");
    let mentions_france = |id: &&String| {
        let document = corpus.document(id).unwrap();
        let text = |t: &str| t.to_lowercase().contains("france");
        text(&document.title) || document.paragraphs.iter().any(|p| text(&p.text))
    };
    let expected: Vec<&String> = with.iter().filter(|id| !mentions_france(id)).collect();
    assert!(!expected.is_empty());
    assert_eq!(without.iter().collect::<Vec<_>>(), expected);
}

#[test]
fn the_word_being_typed_is_completed() {
    let corpus = common::real_corpus();
    let found = ids(&corpus, "smugg");
    let mentions = |id: &String| {
        let document = corpus.document(id).unwrap();
        let text = |t: &str| t.to_lowercase().contains("smuggl");
        text(&document.title) || document.paragraphs.iter().any(|p| text(&p.text))
    };
    assert!(found.contains(&G7.to_owned()) && found.contains(&STARMER.to_owned()), "{found:?}");
    assert!(found.iter().all(mentions), "{found:?}");
    let every: Vec<String> = NEWEST_FIRST.iter().map(|id| id.to_string()).filter(mentions).collect();
    assert_eq!(found.len(), every.len());
    let marks = marked(&corpus, "smugg");
    assert!(marks.iter().all(|m| m.starts_with("smuggl")), "{marks:?}");
    assert!(marks.iter().any(|m| m == "smugglers") && marks.iter().any(|m| m == "smuggling"), "{marks:?}");
    // Once a space ends the word, it must match whole.
    assert_eq!(ids(&corpus, "smugg "), Vec::<String>::new());
}

#[test]
fn results_are_by_score_and_passages_by_paragraph_score() {
    let corpus = common::real_corpus();
    for q in ["asylum", "border security", "rwanda OR albania", "home office -albania", "£75"] {
        let (_, hits) = search(&corpus, q);
        assert!(!hits.is_empty(), "{q}");
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score), "{q}");
        for hit in &hits {
            assert!(hit.passages.len() <= 3);
            assert!(hit.passages.windows(2).all(|w| w[0].score >= w[1].score), "{q}");
        }
        marked(&corpus, q);
    }
}
