//! Full-text search on the real corpus: which documents each query finds,
//! in what order, and that marks agree exactly with what the index matches.

#[path = "../../tests/fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

mod common;

use explorer_core::{Corpus, DocumentHit, NoteKind, SearchIndex};

/// Every hit of a query, with its passages.
fn search(corpus: &Corpus, q: &str) -> (Vec<String>, Vec<DocumentHit>) {
    let index = SearchIndex::new(corpus);
    let query = index.prepare(q);
    let mut hits = index.hits(&query);
    for hit in &mut hits {
        hit.passages = index.passages(&query, hit.position);
    }
    let ids = hits.iter().map(|h| corpus.documents()[h.position].id.clone()).collect();
    (ids, hits)
}

fn ids(corpus: &Corpus, q: &str) -> Vec<String> {
    search(corpus, q).0
}

/// Each passage's marked text, lower-cased, after checking that the
/// prepared query's spans mark the same in the paragraph.
fn marked(corpus: &Corpus, q: &str) -> Vec<String> {
    let (_, hits) = search(corpus, q);
    let query = SearchIndex::new(corpus).prepare(q);
    let mut marked = Vec::new();
    for hit in hits {
        let document = &corpus.documents()[hit.position];
        for passage in hit.passages {
            let text = &document.paragraph(passage.paragraph).unwrap().text;
            assert_eq!(passage.marks, query.spans(text), "{q}: {} p={}", document.id, passage.paragraph);
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
fn a_word_of_the_corpus_is_matched_as_itself_even_while_typed() {
    let corpus = common::real_corpus();
    let found = ids(&corpus, "Albania");
    assert_eq!(found.first().map(String::as_str), Some(HAC), "{found:?}");
    for q in ["Albania", "Albania "] {
        let marks = marked(&corpus, q);
        assert!(!marks.is_empty() && marks.iter().all(|m| m == "albania"), "{q}: {marks:?}");
    }
    // An unfinished word is completed: "Albani" to Albania, Albanian and Albanians.
    let marks = marked(&corpus, "Albani");
    assert!(marks.contains(&"albanian".into()) && marks.contains(&"albania".into()), "{marks:?}");
    // A shared link to "rwanda" does not lead with the paragraph that says only "Rwandan".
    let (_, hits) = search(&corpus, "rwanda");
    let release = hits.iter().find(|h| corpus.documents()[h.position].id == RWANDA).unwrap();
    assert!(release.passages.iter().all(|p| p.paragraph != 3), "{:?}", release.passages);
}

#[test]
fn a_word_no_document_has_is_completed_and_said_so() {
    let corpus = common::real_corpus();
    let index = SearchIndex::new(&corpus);
    let query = index.prepare("illegal migration act");
    let notes = query.notes();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!((&notes[0].kind, notes[0].word.as_str()), (&NoteKind::Completed, "act"));
    assert_eq!(notes[0].matched, ["action", "actions", "activity"]);
    assert_eq!(
        notes[0].to_string(),
        "No document contains “act”; showing words that begin with it: action, actions, activity."
    );
    assert_eq!(notes[0].as_typed("illegal migration act"), "illegal migration \"act\"");
    assert!(ids(&corpus, "illegal migration \"act\"").is_empty(), "quoted, it is matched as typed");
    // "office" is a word of the corpus: it is not completed to "official".
    let marks = marked(&corpus, "home office");
    assert!(marks.iter().all(|m| !m.starts_with("official")), "{marks:?}");
    assert!(index.prepare("home office").notes().is_empty());
}

#[test]
fn a_misspelt_word_is_matched_to_its_nearest_word_and_said_so() {
    let corpus = common::real_corpus();
    let index = SearchIndex::new(&corpus);
    assert_eq!(ids(&corpus, "Rwnda"), ids(&corpus, "rwanda"));
    let notes = index.prepare("Rwnda").notes().to_vec();
    assert_eq!(
        (&notes[0].kind, notes[0].matched.as_slice()),
        (&NoteKind::Corrected, ["rwanda".to_owned()].as_slice())
    );
    // Quoted, it is not corrected, but "Did you mean …?" can offer the correction.
    assert!(ids(&corpus, "\"Rwnda\"").is_empty());
    assert_eq!(index.prepare("\"Rwnda\"").suggestion("\"Rwnda\"").as_deref(), Some("rwanda"));
    // No word of the corpus is one edit from "seekrs" (it never says "seekers").
    assert!(ids(&corpus, "asylum seekrs").is_empty());
    assert!(index.prepare("asylum seekrs").notes().is_empty());
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
            assert!(text.contains("small boat"), "{} p={}: {text}", document.id, passage.paragraph);
        }
    }
    let marks = marked(&corpus, "\"small boats\"");
    assert!(marks.contains(&"small boats".into()) && marks.contains(&"small boat".into()), "{marks:?}");
    assert!(marks.iter().all(|m| m == "small boats" || m == "small boat"), "{marks:?}");
    // Stems, as tantivy matches phrases: "small boat" in the UK–Rwanda release (¶2) and the G7 plan.
    assert!(found.contains(&RWANDA.to_owned()) && found.contains(&G7.to_owned()), "{found:?}");
    // Unquoted, the words may also be apart.
    assert!(ids(&corpus, "small boats").len() >= found.len());
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
        assert!(hits.windows(2).all(|w| (w[0].tier, w[0].score) >= (w[1].tier, w[1].score)), "{q}");
        for hit in &hits {
            assert!(hit.passages.len() <= 3);
        }
        marked(&corpus, q);
    }
}

/// The queries of the other tests and of the judged set, and more.
const AGREEMENT_QUERIES: &[&str] = &[
    "rwanda",
    "Rwnda",
    "\"small boats\"",
    "small boats",
    "home office",
    "national crime agency",
    "channel",
    "illegal migration act",
    "smugg",
    "albani",
    "£75",
    "45755",
    "rwanda OR albania",
    "border security",
    "\"border security command\"",
    "people-smuggling",
    "asylum -rwanda",
    "smuglers",
    "\"the uk\"",
];

#[test]
fn spans_mark_a_paragraph_exactly_when_the_index_matches_it() {
    let corpus = common::real_corpus();
    let index = SearchIndex::new(&corpus);
    for q in AGREEMENT_QUERIES {
        let query = index.prepare(q);
        let hits = index.hits(&query);
        for (position, document) in corpus.documents().iter().enumerate() {
            let hit = hits.iter().any(|h| h.position == position);
            let passages = index.passages(&query, position);
            let marked: Vec<u32> = (1..=document.paragraphs.len() as u32)
                .filter(|&n| !query.spans(&document.paragraph(n).unwrap().text).is_empty())
                .collect();
            for passage in &passages {
                let text = &document.paragraph(passage.paragraph).unwrap().text;
                assert_eq!(passage.marks, query.spans(text), "{q}: {} p={}", document.id, passage.paragraph);
            }
            // Every paragraph the index scores (up to three are shown) is marked, and no other.
            if hit && passages.len() < 3 {
                let mut shown: Vec<u32> = passages.iter().map(|p| p.paragraph).collect();
                shown.sort_unstable();
                if !q.contains(' ') || q.starts_with('"') {
                    assert_eq!(marked, shown, "{q}: {}", document.id);
                }
            }
            if !hit && !q.contains(' ') && !q.starts_with('"') {
                assert!(marked.is_empty(), "{q}: {} is no hit but marks {marked:?}", document.id);
            }
        }
    }
}
