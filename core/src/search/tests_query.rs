//! Tests of searching a small made-up corpus: matching, completion, typos,
//! stemmed phrases, closeness, ranking, passages and marks, and that no
//! query string makes a search panic.

use super::{DocumentHit, NoteKind, SearchIndex};
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
            "45,755 people crossed in 2022 by small boat.",
        ]),
    ]);
    let index = SearchIndex::new(&corpus);
    (corpus, index)
}

/// Every hit of a query with its passages.
pub(super) fn search(index: &SearchIndex, q: &str) -> Vec<DocumentHit> {
    let query = index.prepare(q);
    let mut hits = index.hits(&query);
    for hit in &mut hits {
        hit.passages = index.passages(&query, hit.position);
    }
    hits
}

fn ids(corpus: &Corpus, hits: &[DocumentHit]) -> Vec<String> {
    hits.iter().map(|h| corpus.documents()[h.position].id.clone()).collect()
}

fn found(q: &str) -> Vec<String> {
    let (corpus, index) = sample();
    ids(&corpus, &search(&index, q))
}

#[test]
fn all_words_must_match_somewhere_in_the_document() {
    assert_eq!(found("ministers channel"), ["strong"]);
    assert_eq!(found("ministers france"), Vec::<String>::new());
    assert_eq!(found("boat"), ["france", "scattered", "strong"], "a title match counts double");
}

#[test]
fn a_phrase_matches_its_words_stems_consecutively_within_a_paragraph() {
    assert_eq!(found("\"small boats\""), ["france", "strong"]);
    // "scattered" has both words in one paragraph but never together.
    assert_eq!(found("\"boats small\""), Vec::<String>::new());
    assert_eq!(found("people-smuggling"), ["france"]);
    assert_eq!(found("\"people smuggling agreement\""), ["france"]);
    assert_eq!(found("\"smuggler profit\""), ["strong"], "stems, as words match");
    assert_eq!(found("\"boat\""), ["france", "scattered", "strong"], "the form typed first");
}

#[test]
fn a_phrase_in_the_form_typed_ranks_first_and_leads_the_passages() {
    let corpus = corpus(&[
        ("plural", "2020-01-01", "A", &["Small boats crossed."]),
        ("singular", "2021-01-01", "B", &["A small boat crossed, and a small boat and a small boat."]),
    ]);
    let index = SearchIndex::new(&corpus);
    assert_eq!(ids(&corpus, &search(&index, "\"small boats\"")), ["plural", "singular"]);
    assert_eq!(ids(&corpus, &search(&index, "\"small boat\"")), ["singular", "plural"]);
    let (_, index) = sample();
    let france = &search(&index, "\"small boats\"")[0];
    assert_eq!(france.passages.len(), 1, "the title has the form typed; paragraph 2 another");
    assert_eq!(france.passages[0].paragraph, 2);
}

#[test]
fn exclusions_remove_documents_that_match_anywhere() {
    assert_eq!(found("boats -france"), ["scattered", "strong"]);
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
fn the_word_being_typed_is_completed_only_when_no_document_has_it() {
    let (sampled, index) = sample();
    assert_eq!(ids(&sampled, &search(&index, "smugg")), ["strong", "france"]);
    let notes = index.prepare("smugg").notes().to_vec();
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (notes[0].kind.clone(), notes[0].matched.clone()),
        (NoteKind::Completed, vec!["smugglers".to_owned(), "smuggling".to_owned()])
    );
    assert_eq!(found("smugg "), Vec::<String>::new(), "a space ends the word");
    assert_eq!(found("minist"), ["strong"]);
    // "small" is a word of the corpus: it is not also "smaller", and no note is made.
    let texts =
        corpus(&[("a", "2020-01-01", "A", &["a small boat"]), ("b", "2021-01-01", "B", &["smaller"])]);
    let index = SearchIndex::new(&texts);
    assert_eq!(ids(&texts, &search(&index, "small")), ["a"]);
    assert!(index.prepare("small").notes().is_empty());
    assert!(index.prepare("smal").notes()[0].matched.contains(&"smaller".to_owned()));
}

#[test]
fn a_word_with_no_match_and_no_completion_is_matched_to_its_nearest_words() {
    let (corpus, index) = sample();
    assert_eq!(ids(&corpus, &search(&index, "smuglers")), ["strong"]);
    assert_eq!(ids(&corpus, &search(&index, "comittee ")), ["scattered"]);
    let notes = index.prepare("comittee boats").notes().to_vec();
    assert_eq!(notes.len(), 1);
    assert_eq!(
        (notes[0].kind.clone(), notes[0].word.as_str(), notes[0].range.clone()),
        (NoteKind::Corrected, "comittee", 0..8)
    );
    assert_eq!(notes[0].matched, ["committee"]);
    assert_eq!(found("bots "), found("boats "), "four letters allow one edit");
    assert_eq!(found("bot "), Vec::<String>::new(), "three letters are never corrected");
}

#[test]
fn a_quoted_word_is_never_completed_or_corrected_but_is_suggested() {
    let (_, index) = sample();
    assert!(search(&index, "\"smuglers\"").is_empty());
    assert!(search(&index, "\"smugg\"").is_empty());
    let query = index.prepare("\"smuglers\" boats");
    assert!(query.notes().is_empty());
    assert_eq!(query.suggestion("\"smuglers\" boats").as_deref(), Some("smugglers boats"), "alone, unquoted");
    let phrase = "\"smuglers profit\"";
    assert_eq!(index.prepare(phrase).suggestion(phrase).as_deref(), Some("\"smugglers profit\""));
    assert_eq!(index.prepare("boats").suggestion("boats"), None);
    assert_eq!(index.prepare("\"zzzz\"").suggestion("\"zzzz\""), None, "nothing near it");
}

#[test]
fn words_together_rank_above_scattered_words() {
    let corpus = corpus(&[
        (
            "scattered",
            "2024-01-01",
            "Crime and agency news",
            &["Crime rose sharply in many towns and cities last year, and crime fell in none. The agency \
             that counts it said so at length in its report to ministers. National figures agree."],
        ),
        ("near", "2023-01-01", "Other", &["The agency for national crime said it."]),
        ("phrase", "2022-01-01", "Other", &["The National Crime Agency said it."]),
    ]);
    let index = SearchIndex::new(&corpus);
    let hits = search(&index, "national crime agency");
    assert_eq!(ids(&corpus, &hits), ["phrase", "near", "scattered"]);
    assert!(hits[2].score > hits[0].score, "though the scattered one scores highest");
}

#[test]
fn two_paragraphs_on_a_word_beat_one_short_mention_and_one_long_paragraph_on_it() {
    let corpus = corpus(&[
        ("quote", "2024-01-01", "A", &["Nobody should die in the Channel."]),
        ("two", "2023-01-01", "B", &[
            "Officers will prevent illegal Channel crossings under a new agreement struck in Paris yesterday.",
            "The centre will help France cope with people being trafficked across the Channel to the UK.",
        ]),
        ("many", "2022-01-01", "C", &[
            "Crossings of the Channel rose, the Channel ports were busy and the Channel was the subject of a \
             long debate about the Channel at the committee.",
        ]),
    ]);
    let index = SearchIndex::new(&corpus);
    let hits = search(&index, "channel");
    assert_eq!(ids(&corpus, &hits), ["many", "two", "quote"]);
    assert!(hits.windows(2).all(|w| (w[0].tier, w[0].score) >= (w[1].tier, w[1].score)));
}

#[test]
fn roll_up_is_the_best_plus_a_damped_rest() {
    use super::rank::{roll_up, DAMPING};
    assert_eq!(roll_up(&mut [1.0, 4.0, 2.0]), 4.0 + 2.0 * DAMPING + 1.0 * DAMPING * DAMPING);
    assert_eq!(roll_up(&mut []), 0.0);
    let most = 1.0 / (1.0 - DAMPING);
    assert!(roll_up(&mut [1.0; 20]) <= most + 1e-6, "the rest adds at most {} of the best", most - 1.0);
}

#[test]
fn passages_are_the_best_paragraphs_with_marks_on_the_matched_words() {
    let (corpus, index) = sample();
    let hits = search(&index, "boats");
    let scattered = hits.iter().find(|h| corpus.documents()[h.position].id == "scattered").unwrap();
    assert_eq!(scattered.passages.len(), 3);
    let document = &corpus.documents()[scattered.position];
    for passage in &scattered.passages {
        let text = &document.paragraph(passage.paragraph).unwrap().text;
        let marked: Vec<String> = passage.marks.iter().map(|r| text[r.clone()].to_lowercase()).collect();
        assert_eq!(marked, ["boats"], "paragraph {}", passage.paragraph);
    }
    let france = &search(&index, "\"small boats\" £75 ")[0];
    assert_eq!(france.passages.len(), 2);
    let strong = &search(&index, "smugg")[0];
    let text = &corpus.documents()[strong.position].paragraphs[1].text;
    let marked: Vec<&str> = strong.passages[0].marks.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(marked, ["Smuggling", "smugglers"]);
}

#[test]
fn equal_scores_list_the_newest_first() {
    let corpus =
        corpus(&[("old", "2020-01-01", "A", &["same words"]), ("new", "2021-01-01", "A", &["same words"])]);
    let index = SearchIndex::new(&corpus);
    assert_eq!(ids(&corpus, &search(&index, "same")), ["new", "old"]);
}

#[test]
fn hostile_queries_do_not_panic() {
    let (_, index) = sample();
    for q in ["<img src=x onerror=alert(1)>", "\"small boats", "-", "OR OR", "\"", "-\"", "£", "'s ’"] {
        search(&index, q);
    }
    search(&index, &"a".repeat(10_000));
    search(&index, &"small \"boats OR -".repeat(700));
}

proptest! {
    #[test]
    fn search_and_spans_never_panic_and_agree(q in any::<String>()) {
        let (corpus, index) = sample();
        let query = index.prepare(&q);
        for hit in search(&index, &q) {
            let document = &corpus.documents()[hit.position];
            for passage in hit.passages {
                let text = &document.paragraph(passage.paragraph).unwrap().text;
                prop_assert_eq!(&passage.marks, &query.spans(text));
                prop_assert!(passage.marks.iter().all(|r| text.get(r.clone()).is_some()));
            }
        }
        query.spans(&q);
        query.suggestion(&q);
    }

    #[test]
    fn search_never_panics_on_query_shaped_strings(q in "[a-z£\"' ,.\\-–]{0,40}( OR )?[A-Za-z\"-]{0,10}") {
        let (_, index) = sample();
        search(&index, &q);
    }
}
