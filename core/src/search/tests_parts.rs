//! Tests of the index in parts: loaded from its head and the postings
//! files a query needs, it finds and ranks as the whole index does, says
//! the same notes, fetches only the files of the query's terms, and refuses
//! files that are not the ones it names.

use super::tests_query::search;
use super::{DocumentHit, IndexHead, PostingsPart, SearchIndex};
use crate::testing::corpus_of_texts as corpus;
use crate::Corpus;
use proptest::prelude::*;
use std::collections::HashMap;

fn sample() -> Corpus {
    corpus(&[
        (
            "strong",
            "2023-01-01",
            "Border news",
            &[
                "Ministers met the Home Office.",
                "Smuggling gangs run small boats across the Channel; smugglers profit from small boats.",
            ],
        ),
        (
            "scattered",
            "2024-01-01",
            "Other news",
            &[
                "The committee heard evidence on housing, courts, prisons, boats and budgets.",
                "A small matter of policy was raised before the committee turned to Rwanda.",
            ],
        ),
        (
            "france",
            "2022-01-01",
            "UK–France deal on small boats",
            &[
                "France and the UK’s people-smuggling agreement costs £75 million.",
                "45,755 people crossed in 2022 by small boat; Rwandan officials met.",
            ],
        ),
    ])
}

/// The whole index, and the same split into files of `file_bytes` (by name).
fn split(corpus: &Corpus, file_bytes: usize) -> (SearchIndex, IndexHead, HashMap<String, String>) {
    let whole = SearchIndex::new(corpus);
    let name = |json: &str| {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        json.hash(&mut hasher);
        format!("{:x}.json", hasher.finish())
    };
    let (head, files) = whole.split(file_bytes, name);
    let head = IndexHead::from_json(&serde_json::to_string(&head).unwrap()).unwrap();
    (whole, head, files.into_iter().collect())
}

/// A search of the index in parts, adding the files it asks for first;
/// the number of files it asked for.
fn search_in_parts(
    index: &SearchIndex,
    files: &HashMap<String, String>,
    q: &str,
) -> (Vec<DocumentHit>, usize) {
    let missing = index.missing_files(&index.prepare(q));
    for &file in &missing {
        let json = &files[index.file_name(file).unwrap()];
        index.add_file(file, PostingsPart::from_json(json).unwrap()).unwrap();
    }
    assert!(index.missing_files(&index.prepare(q)).is_empty(), "{q}: nothing more is missing");
    (search(index, q), missing.len())
}

/// Hits without their marks (an index in parts has no text to mark).
fn unmarked(mut hits: Vec<DocumentHit>) -> Vec<DocumentHit> {
    for passage in hits.iter_mut().flat_map(|hit| &mut hit.passages) {
        passage.marks.clear();
    }
    hits
}

#[test]
fn the_index_in_parts_finds_and_ranks_as_the_whole_index() {
    let corpus = sample();
    for file_bytes in [1, 200, 1 << 20] {
        let (whole, head, files) = split(&corpus, file_bytes);
        let parts = SearchIndex::from_head(head, &corpus).unwrap();
        assert!(!parts.holds_text());
        let queries = [
            "small boats",
            "\"small boats\"",
            "smugg",
            "rwand",
            "rwnda",
            "rwanda -france",
            "boats OR rwanda",
            "home office",
            "£75",
            "45,755",
            "-boats",
            "\"ministrs\"",
            "people-smuggling",
            "committee budgets",
        ];
        for q in queries {
            let (found, _) = search_in_parts(&parts, &files, q);
            assert_eq!(found, unmarked(search(&whole, q)), "{q} in files of {file_bytes} bytes");
            assert_eq!(parts.prepare(q).notes(), whole.prepare(q).notes(), "{q}");
            assert_eq!(parts.prepare(q).suggestion(q), whole.prepare(q).suggestion(q), "{q}");
        }
    }
}

#[test]
fn a_search_fetches_only_the_files_of_its_terms() {
    let corpus = sample();
    let (_, head, files) = split(&corpus, 1);
    assert!(files.len() > 20, "one term per file: {}", files.len());
    let parts = SearchIndex::from_head(head, &corpus).unwrap();
    assert_eq!(search_in_parts(&parts, &files, "rwanda").1, 1);
    assert_eq!(search_in_parts(&parts, &files, "rwanda").1, 0, "added once");
    assert_eq!(search_in_parts(&parts, &files, "\"small boats\" -rwanda").1, 2, "small and boat");
    assert_eq!(search_in_parts(&parts, &files, "smugg").1, 2, "the two terms it completes to");
}

/// A filter's click keeps the search, and the explorer keeps its ranking
/// for it: but not one made before the search's files had all arrived.
#[test]
fn an_explorer_ranks_again_once_the_files_its_search_lacked_have_arrived() {
    let corpus: &'static Corpus = Box::leak(Box::new(sample()));
    let (_, head, files) = split(corpus, 1);
    let parts = crate::Explorer::deferring_search(corpus);
    assert!(parts.take_search_index(SearchIndex::from_head(head, corpus).unwrap()));
    let whole = crate::Explorer::new(corpus);
    let query = |link: &str| crate::Query::parse_for(link, corpus).0;
    let found = |explorer: &crate::Explorer, link: &str| explorer.explore(&query(link)).evaluation.documents;
    assert!(found(&parts, "q=small+boats").is_empty(), "nothing is found before the files arrive");
    search_in_parts(parts.search_index(), &files, "small boats");
    assert_eq!(found(&parts, "q=small+boats"), found(&whole, "q=small+boats"));
    assert_eq!(found(&parts, "q=small+boats&period=g"), found(&whole, "q=small+boats&period=g"));
    assert_eq!(found(&parts, "q=small+boats&sort=oldest"), found(&whole, "q=small+boats&sort=oldest"));
    assert!(found(&parts, "q=rwanda").is_empty(), "another search ranks anew");
}

#[test]
fn a_file_that_is_not_the_one_named_is_refused() {
    let corpus = sample();
    let (_, head, files) = split(&corpus, 1);
    let parts = SearchIndex::from_head(head.clone(), &corpus).unwrap();
    let first = PostingsPart::from_json(&files[parts.file_name(0).unwrap()]).unwrap();
    let error = parts.add_file(1, first).unwrap_err();
    assert!(error.contains("holds terms 0+1, not 1+1"), "{error}");
    let other = crate::testing::corpus_of_texts(&[("one", "2024-01-01", "One", &["Alone."])]);
    let error = SearchIndex::from_head(head.clone(), &other).err().unwrap();
    assert!(error.contains("the index has 3 documents, the corpus 1"), "{error}");
    let broken = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut json = serde_json::to_value(&head).unwrap();
        change(&mut json);
        SearchIndex::from_head(IndexHead::from_json(&json.to_string()).unwrap(), &corpus).err().unwrap()
    };
    let error = broken(&|json| json["terms"]["written"].as_array_mut().unwrap().truncate(1));
    assert!(error.contains("1 terms' most frequent words"), "{error}");
    let error = broken(&|json| json["terms"]["written"][0] = serde_json::json!(9));
    assert!(error.contains("term 0 has no word 9"), "{error}");
    let error = broken(&|json| json["terms"]["words"] = serde_json::json!("9x"));
    assert!(error.contains("not coded as the index codes words"), "{error}");
    let error = broken(&|json| json["body_words"].as_array_mut().unwrap().push(serde_json::json!(1)));
    assert!(error.contains("4 documents' words for 3 documents"), "{error}");
}

#[test]
fn the_head_holds_no_paragraph_lengths_and_the_postings_bring_them() {
    let corpus = sample();
    let (whole, head, files) = split(&corpus, 1);
    let json = serde_json::to_string(&head).unwrap();
    assert!(!json.contains("\"lengths\""), "{json}");
    let parts = SearchIndex::from_head(head, &corpus).unwrap();
    for position in 0..corpus.documents().len() {
        assert_eq!(parts.body_words(position), whole.body_words(position), "document {position}'s words");
    }
    let rwanda = parts.missing_files(&parts.prepare("rwanda"))[0];
    let mut record: serde_json::Value =
        serde_json::from_str(&files[parts.file_name(rwanda).unwrap()]).unwrap();
    let lengths = record["terms"][0]["l"].as_array().unwrap().clone();
    assert!(!lengths.is_empty() && lengths.iter().all(|l| l.as_u64() > Some(0)), "{lengths:?}");
    parts.add_file(rwanda, PostingsPart::from_json(&record.to_string()).unwrap()).unwrap();
    let (hits, _) = search_in_parts(&parts, &files, "rwanda");
    assert_eq!(hits, unmarked(search(&whole, "rwanda")), "ranked with the lengths the file brought");
    // Another file giving one of those paragraphs another length is refused.
    record["terms"][0]["l"][0] = serde_json::json!(lengths[0].as_u64().unwrap() + 1);
    let fresh = SearchIndex::from_head(split(&corpus, 1).1, &corpus).unwrap();
    fresh
        .add_file(rwanda, PostingsPart::from_json(&files[parts.file_name(rwanda).unwrap()]).unwrap())
        .unwrap();
    let error = fresh.add_file(rwanda, PostingsPart::from_json(&record.to_string()).unwrap()).unwrap_err();
    assert!(error.contains("words, not"), "{error}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_query_finds_in_parts_what_it_finds_whole(
        words in prop::collection::vec(
            prop::sample::select(vec!["small", "boat", "bo", "sm", "rwanda", "rwnda", "\"small", "boats\"", "-france", "OR", "gangs", "the", "£75", "uk", "x"]),
            1..5,
        ),
        file_bytes in prop::sample::select(vec![1usize, 64, 4096]),
    ) {
        let corpus = sample();
        let (whole, head, files) = split(&corpus, file_bytes);
        let parts = SearchIndex::from_head(head, &corpus).unwrap();
        let q = words.join(" ");
        let (found, _) = search_in_parts(&parts, &files, &q);
        prop_assert_eq!(found, unmarked(search(&whole, &q)), "{}", q);
    }
}
