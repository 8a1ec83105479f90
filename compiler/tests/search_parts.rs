//! The search of the page over the corpus's metadata and the build's index
//! files, on the real corpus: for the judged queries and more, it lists the
//! same documents with the same counts, passages, marks and match counts
//! as the search over the whole text, after fetching only the files of its
//! words.

mod common;

use explorer_core::search::{IndexHead, PostingsPart, SearchIndex};
use explorer_core::{Corpus, Explorer, Query};
use std::collections::HashMap;

#[allow(dead_code)] // the ranking test reads more of it
#[path = "../../tests/fixtures/judged_queries.rs"]
mod judged_queries;

/// The corpus's metadata with its search index in parts, and the files by name.
fn in_parts(corpus: &Corpus, file_bytes: usize) -> (Explorer, HashMap<String, String>) {
    let (explorer, files, _) = metadata_in_parts(corpus, file_bytes);
    (explorer, files)
}

/// [`in_parts`], with the corpus's metadata (which holds no text), as the page has it.
fn metadata_in_parts(
    corpus: &Corpus,
    file_bytes: usize,
) -> (Explorer, HashMap<String, String>, &'static Corpus) {
    let whole = SearchIndex::new(corpus);
    let (head, files) = whole.split(file_bytes, |json| format!("postings-{}.json", files_seen(json)));
    let (metadata, _) = explorer_core::shards::split(corpus.data(), 1 << 20, |_| "text.json".to_owned());
    let metadata: &'static Corpus = Box::leak(Box::new(Corpus::new(metadata).unwrap()));
    let head = IndexHead::from_json(&serde_json::to_string(&head).unwrap()).unwrap();
    let explorer = Explorer::deferring_search(metadata);
    assert!(explorer.take_search_index(SearchIndex::from_head(head, metadata).unwrap()));
    (explorer, files.into_iter().collect(), metadata)
}

/// A name for each file's JSON (its length and a checksum).
fn files_seen(json: &str) -> String {
    let sum = json.bytes().fold(0u64, |sum, b| sum.wrapping_mul(31).wrapping_add(u64::from(b)));
    format!("{}-{sum:x}", json.len())
}

fn add_missing(explorer: &Explorer, files: &HashMap<String, String>, query: &Query) -> usize {
    let missing = explorer.missing_files(query);
    let index = explorer.search_index();
    for &file in &missing {
        let part = PostingsPart::from_json(&files[index.file_name(file).unwrap()]).unwrap();
        index.add_file(file, part).unwrap();
    }
    missing.len()
}

#[test]
fn the_search_in_parts_lists_what_the_search_of_the_text_lists() {
    let corpus = common::real_corpus();
    let whole = Explorer::new(&corpus);
    let judged = judged_queries::Judged::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures"),
    );
    let searched = |q: &str| {
        let mut query = Query::default();
        query.set_search(q.to_owned());
        query
    };
    let mut queries: Vec<Query> = judged.query.iter().map(|j| searched(&j.q)).collect();
    let links = [
        "q=smugg",
        "q=rwnda",
        "q=%22small+boats%22",
        "q=albania+-rwanda",
        "q=europol+OR+interpol",
        "q=%22ministrs%22",
        "q=%C2%A375",
        "q=small+boats&period=sunak-2022",
        "q=asylum&topic=returns-detention",
    ];
    queries.extend(links.map(|link| Query::parse_for(link, &corpus).0));
    let (parts, files) = in_parts(&corpus, 4 * 1024);
    assert!(files.len() > 10, "{} files", files.len());
    for query in &queries {
        let link = query.to_query_string();
        let fetched = add_missing(&parts, &files, query);
        assert!(fetched < files.len() / 2, "{link} fetched {fetched} of {} files", files.len());
        assert!(parts.missing_files(query).is_empty(), "{link}");
        let (expected, found) = (whole.explore(query), parts.explore(query));
        assert_eq!(found.evaluation, expected.evaluation, "{link}");
        assert_eq!(found.notes(), expected.notes(), "{link}");
        assert_eq!(parts.suggestion(query), whole.suggestion(query), "{link}");
        assert_eq!(parts.recoveries(query), whole.recoveries(query), "{link}");
        for &position in expected.evaluation.documents.iter().take(10) {
            let document = &corpus.documents()[position];
            assert_eq!(
                parts.passages(&found, position, document),
                whole.passages(&expected, position, document),
                "{link}: {}",
                document.id
            );
            assert_eq!(
                parts.match_count(&found, position, document),
                whole.match_count(&expected, position, document),
                "{link}: {}",
                document.id
            );
            assert_eq!(
                parts.matching_paragraphs(&found, position),
                whole.matching_paragraphs(&expected, position)
            );
        }
    }
}

#[test]
fn the_trends_of_the_index_in_parts_are_those_of_the_text_for_words_and_read_the_text_for_a_phrase() {
    let corpus: &'static Corpus = Box::leak(Box::new(common::real_corpus()));
    let whole = Explorer::new(corpus);
    let (parts, files) = in_parts(corpus, 4 * 1024);
    for link in [
        "view=trends",
        "view=trends&q=rwanda",
        "view=trends&q=rwanda+OR+albania&topic=returns-detention",
        "view=trends&q=boat",
    ] {
        let query = Query::parse_for(link, corpus).0;
        add_missing(&parts, &files, &query);
        let (expected, found) = (whole.explore(&query), parts.explore(&query));
        assert!(parts.texts_read(corpus, &query, &found.evaluation.documents).is_empty(), "{link}");
        assert_eq!(found.evaluation, expected.evaluation, "{link}");
        let expected = explorer_core::analysis::trends(corpus, &whole, &expected);
        assert!(expected.spans.iter().any(|span| span.words > 0), "{link}");
        assert_eq!(explorer_core::analysis::trends(corpus, &parts, &found), expected, "{link}");
    }
    let phrase = Query::parse_for("view=trends&q=rwanda+OR+%22small+boats%22", corpus).0;
    add_missing(&parts, &files, &phrase);
    let (expected, found) = (whole.explore(&phrase), parts.explore(&phrase));
    let read = parts.texts_read(corpus, &phrase, &found.evaluation.documents);
    assert_eq!(read, found.evaluation.documents, "a phrase is counted in the text");
    learn_found_texts(corpus, &parts, &found.evaluation.documents);
    let expected = explorer_core::analysis::trends(corpus, &whole, &expected);
    assert!(expected.spans.iter().any(|span| span.counts.iter().any(|&count| count > 0)));
    assert_eq!(explorer_core::analysis::trends(corpus, &parts, &found), expected, "after learning the texts");
}

/// Teaches the index in parts the texts of the documents at `positions`
/// that it does not know, as the page does once their shards have arrived.
fn learn_found_texts(corpus: &'static Corpus, parts: &Explorer, positions: &[usize]) {
    for position in parts.unknown_texts(positions) {
        parts.learn_text(position, &corpus.documents()[position]).unwrap();
    }
    assert!(parts.unknown_texts(positions).is_empty());
}

#[test]
fn the_concordance_of_the_index_in_parts_is_that_of_the_text_once_it_has_learned_the_found_texts() {
    use explorer_core::analysis::{collocates, concordance};
    let corpus: &'static Corpus = Box::leak(Box::new(common::real_corpus()));
    let whole = Explorer::new(corpus);
    let (parts, files) = in_parts(corpus, 4 * 1024);
    for link in [
        "view=kwic&q=%22small+boats%22",
        "view=kwic&q=rwanda+OR+albania&sort=1R",
        "view=kwic&q=smuggl&sort=2L&ctx=10",
        "view=kwic&q=%C2%A375&sort=oldest",
        "view=kwic&q=asylum&topic=returns-detention&sort=1L",
    ] {
        let query = Query::parse_for(link, corpus).0;
        add_missing(&parts, &files, &query);
        assert!(whole.unknown_texts(&[0, 1]).is_empty(), "the index of the text knows every text");
        let (expected, found) = (whole.explore(&query), parts.explore(&query));
        let documents = &found.evaluation.documents;
        assert_eq!(&parts.texts_read(corpus, &query, documents), documents, "{link}");
        let unknown = parts.unknown_texts(documents);
        assert!(!documents.is_empty() && unknown.len() <= documents.len(), "{link}");
        learn_found_texts(corpus, &parts, documents);
        let (context, order) = (query.context(), query.sort());
        let lines = concordance(corpus, &whole, &expected, context, order);
        assert!(!lines.lines.is_empty(), "{link}");
        let learned = concordance(corpus, &parts, &found, context, order);
        assert_eq!(learned, lines, "{link}");
        let texts = |explorer: &Explorer, lines: &explorer_core::analysis::Concordance| -> Vec<_> {
            lines.lines.iter().map(|line| lines.text(explorer.search_index(), line)).collect()
        };
        assert_eq!(texts(&parts, &learned), texts(&whole, &lines), "{link}");
        assert_eq!(
            collocates(&parts, &learned, documents),
            collocates(&whole, &lines, &expected.evaluation.documents),
            "{link}"
        );
    }
}

#[test]
fn the_comparison_of_the_index_in_parts_is_that_of_the_text_once_it_has_learned_its_sides_texts() {
    use explorer_core::analysis::{compare, compared_documents};
    let corpus: &'static Corpus = Box::leak(Box::new(common::real_corpus()));
    let whole = Explorer::new(corpus);
    let (parts, files, metadata) = metadata_in_parts(corpus, 4 * 1024);
    for link in [
        "view=compare",
        "view=compare&q=asylum",
        "view=compare&topic=returns-detention",
        "view=compare&a=type:press-release&b=type:committee-report-news",
    ] {
        let (query, notices) = Query::parse_for(link, corpus);
        assert!(notices.is_empty(), "{link}: {notices:?}");
        add_missing(&parts, &files, &query);
        let documents = compared_documents(corpus, &whole, &query);
        assert!(documents.len() > 1, "{link}");
        let read = parts.texts_read(metadata, &query, &parts.explore(&query).evaluation.documents);
        assert_eq!(read, documents, "{link}: the documents of both sides");
        learn_found_texts(corpus, &parts, &read);
        let expected = compare(corpus, &whole, &query).unwrap();
        assert!(expected.a.money_amounts + expected.b.money_amounts > 0, "{link}");
        assert!(!expected.terms_a.is_empty() && !expected.terms_b.is_empty(), "{link}");
        assert_eq!(compare(metadata, &parts, &query).unwrap(), expected, "{link}");
    }
}

#[test]
fn the_index_in_parts_refuses_to_learn_a_text_it_was_not_built_from() {
    let corpus: &'static Corpus = Box::leak(Box::new(common::real_corpus()));
    let (parts, _) = in_parts(corpus, 4 * 1024);
    let mut altered = corpus.documents()[0].clone();
    altered.paragraphs[0].text.push_str(" zyxwvut");
    let refused = parts.learn_text(0, Box::leak(Box::new(altered))).unwrap_err();
    assert!(refused.contains("zyxwvut"), "{refused}");
    let mut shortened = corpus.documents()[0].clone();
    shortened.paragraphs.pop();
    assert!(parts.learn_text(0, Box::leak(Box::new(shortened))).is_err(), "a paragraph fewer");
    assert_eq!(parts.unknown_texts(&[0]), vec![0], "nothing was learned");
    parts.learn_text(0, &corpus.documents()[0]).unwrap();
    assert!(parts.unknown_texts(&[0]).is_empty());
}
