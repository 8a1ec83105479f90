//! Tests of searching a small made-up corpus: matching, ranking, passages
//! and marks, and that no query string makes `search` panic.

use super::{highlight, roll_up, DocumentHit, SearchIndex};
use crate::testing::corpus_of_texts as corpus;
use crate::Corpus;
use proptest::prelude::*;

fn sample() -> (Corpus, SearchIndex) {
    let corpus = corpus(&[
        ("strong", "2023-01-01", "Border news", &[
            "Ministers met.",
            "Smuggling gangs run small boats across the Channel; smugglers profit from small boats.",
        ]),
        ("scattered", "2024-01-01", "Other news", &[
            "The committee heard evidence on many subjects, among them housing, courts, prisons, boats and budgets.",
            "A small matter of policy was raised by the chair before the committee turned to other business.",
            "The annual budget covers staff, buildings, vehicles, boats, training and a small reserve for emergencies.",
            "Small print in the contract about boats was discussed at length without reaching any conclusion.",
        ]),
        ("france", "2022-01-01", "UK–France deal on small boats", &[
            "France and the UK’s people-smuggling agreement costs £75 million.",
            "45,755 people crossed in 2022.",
        ]),
    ]);
    let index = SearchIndex::new(&corpus);
    (corpus, index)
}

fn ids(corpus: &Corpus, hits: &[DocumentHit]) -> Vec<String> {
    hits.iter().map(|h| corpus.documents()[h.position].id.clone()).collect()
}

fn found(q: &str) -> Vec<String> {
    let (corpus, index) = sample();
    ids(&corpus, &index.search(q))
}

#[test]
fn all_words_must_match_somewhere_in_the_document() {
    assert_eq!(found("ministers channel"), ["strong"]);
    assert_eq!(found("ministers france"), Vec::<String>::new());
    assert_eq!(found("boat"), ["france", "strong", "scattered"], "a title match counts double");
}

#[test]
fn a_phrase_matches_consecutive_words_within_a_paragraph() {
    assert_eq!(found("\"small boats\""), ["france", "strong"]);
    // "scattered" has both words in one paragraph but never together.
    assert_eq!(found("\"boats small\""), Vec::<String>::new());
    assert_eq!(found("people-smuggling"), ["france"]);
    assert_eq!(found("\"people smuggling agreement\""), ["france"]);
    // Quoted words are exact: not other words of the same stem.
    assert_eq!(found("\"boat\""), Vec::<String>::new());
    assert_eq!(found("\"smugglers profit\""), ["strong"]);
    assert_eq!(found("\"smuggler profit\""), Vec::<String>::new());
    assert_eq!(found("smuggler-profits"), ["strong"]);
}

#[test]
fn exclusions_remove_documents_that_match_anywhere() {
    assert_eq!(found("boats -france"), ["strong", "scattered"]);
    assert_eq!(found("boats -\"small boats\""), ["scattered"]);
    assert_eq!(found("-france"), ["scattered", "strong"], "newest first");
    assert_eq!(found(""), Vec::<String>::new());
}

#[test]
fn or_matches_either_word() {
    let mut either = found("ministers OR print");
    either.sort();
    assert_eq!(either, ["scattered", "strong"]);
    assert_eq!(found("ministers or print"), Vec::<String>::new());
    assert_eq!(found("print OR ministers -channel"), ["scattered"]);
}

#[test]
fn the_last_word_is_completed_while_typed() {
    assert_eq!(found("smugg"), ["strong", "france"]);
    assert_eq!(found("smugg "), Vec::<String>::new());
    assert_eq!(found("minist"), ["strong"]);
}

#[test]
fn numbers_and_amounts_match_either_way() {
    assert_eq!(found("45,755 "), ["france"]);
    assert_eq!(found("45755 "), ["france"]);
    assert_eq!(found("£75 "), ["france"]);
    assert_eq!(found("75 "), ["france"]);
    assert_eq!(found("£45755 "), Vec::<String>::new());
    assert_eq!(found("Crossed 2022 UK "), ["france"]);
}

#[test]
fn one_strong_paragraph_beats_scattered_weak_mentions() {
    let (corpus, index) = sample();
    let hits = index.search("small boats ");
    assert_eq!(ids(&corpus, &hits)[..2], ["france", "strong"], "the title boost puts france first");
    let strong = hits.iter().find(|h| corpus.documents()[h.position].id == "strong").unwrap();
    let scattered = hits.iter().find(|h| corpus.documents()[h.position].id == "scattered").unwrap();
    assert!(strong.score > scattered.score, "{} vs {}", strong.score, scattered.score);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn roll_up_is_the_best_plus_a_damped_rest() {
    assert_eq!(roll_up(vec![1.0, 4.0, 2.0]), 4.0 + 2.0 / 4.0 + 1.0 / 16.0);
    assert_eq!(roll_up(Vec::new()), 0.0);
    assert!(roll_up(vec![1.0; 20]) < 4.0 / 3.0);
}

#[test]
fn passages_are_the_best_paragraphs_with_marks_on_the_matched_words() {
    let (corpus, index) = sample();
    let hits = index.search("boats");
    let scattered = hits.iter().find(|h| corpus.documents()[h.position].id == "scattered").unwrap();
    assert_eq!(scattered.passages.len(), 3);
    let document = &corpus.documents()[scattered.position];
    for passage in &scattered.passages {
        let text = &document.paragraph(passage.paragraph).unwrap().text;
        let marked: Vec<String> = passage.marks.iter().map(|r| text[r.clone()].to_lowercase()).collect();
        assert_eq!(marked, ["boats"], "paragraph {}", passage.paragraph);
        assert_eq!(passage.marks, highlight(text, "boats"));
    }
    let france = &index.search("\"small boats\" £75 ")[0];
    assert_eq!(france.passages.len(), 1, "the title matches the phrase, the first paragraph £75");
    assert_eq!(france.passages[0].paragraph, 1);
    let strong = &index.search("smugg")[0];
    let text = &corpus.documents()[strong.position].paragraphs[1].text;
    let marked: Vec<&str> = strong.passages[0].marks.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(marked, ["Smuggling", "smugglers"]);
}

#[test]
fn equal_scores_list_the_newest_first() {
    let corpus =
        corpus(&[("old", "2020-01-01", "A", &["same words"]), ("new", "2021-01-01", "A", &["same words"])]);
    let index = SearchIndex::new(&corpus);
    assert_eq!(ids(&corpus, &index.search("same")), ["new", "old"]);
}

#[test]
fn hostile_queries_do_not_panic() {
    let (_, index) = sample();
    for q in ["<img src=x onerror=alert(1)>", "\"small boats", "-", "OR OR", "\"", "-\"", "£", "'s ’"] {
        index.search(q);
    }
    index.search(&"a".repeat(10_000));
    index.search(&"small \"boats OR -".repeat(700));
}

proptest! {
    #[test]
    fn search_and_highlight_never_panic(q in any::<String>()) {
        let (corpus, index) = sample();
        for hit in index.search(&q) {
            let document = &corpus.documents()[hit.position];
            for passage in hit.passages {
                let text = &document.paragraph(passage.paragraph).unwrap().text;
                prop_assert!(passage.marks.iter().all(|r| text.get(r.clone()).is_some()));
            }
        }
        highlight(&q, &q);
    }

    #[test]
    fn search_never_panics_on_query_shaped_strings(q in "[a-z£\"' ,.\\-–]{0,40}( OR )?[A-Za-z\"-]{0,10}") {
        let (_, index) = sample();
        index.search(&q);
    }
}

#[test]
fn hits_then_passages_on_demand_are_what_search_gives() {
    let (corpus, index) = sample();
    for q in
        ["boats", "\"small boats\" £75 ", "smugg", "-france", "ministers OR print", "\"smugglers profit\""]
    {
        let query = index.prepare(q);
        let mut hits = index.hits(&query);
        assert!(hits.iter().all(|h| h.passages.is_empty()), "{q}");
        for hit in &mut hits {
            hit.passages = index.passages(&query, hit.position);
        }
        assert_eq!(hits, index.search(q), "{q}");
    }
    let query = index.prepare("boats");
    assert!(index.passages(&query, corpus.documents().len()).is_empty(), "out of range");
}
