//! Fuzzes the URL query parser against the real corpus: any string and
//! strings shaped like the app's links. Parsing never panics or hangs, and
//! what it prints reads back the same with no notices.

#[macro_use]
mod fuzzing;

mod common;

use explorer_core::{Corpus, Facet, Query, Sort, View};
use proptest::prelude::*;
use std::sync::LazyLock;

static CORPUS: LazyLock<Corpus> = LazyLock::new(common::real_corpus);

/// The keys of the URL scheme, and one it does not have.
fn key() -> impl Strategy<Value = String> {
    let keys =
        Facet::ALL.iter().map(|facet| facet.key()).chain(["q", "from", "to", "sort", "doc", "p", "view"]);
    let keys: Vec<String> = keys.chain(["unknown"]).map(str::to_owned).collect();
    prop_oneof![9 => proptest::sample::select(keys), 1 => "[a-z%=&]{0,6}"]
}

/// Values the app writes (real slugs and ids, dates, orders, views, paragraph
/// numbers) and values it never writes.
fn value() -> impl Strategy<Value = String> {
    let corpus = &*CORPUS;
    let slugs = Facet::ALL.iter().flat_map(|facet| corpus.taxonomy().values(*facet));
    let mut known: Vec<String> = slugs.map(|(slug, _)| slug.to_owned()).collect();
    known.extend(corpus.documents().iter().map(|document| document.id.clone()));
    known.extend(Sort::ALL.iter().map(|sort| sort.key().to_owned()));
    known.extend(View::ALL.iter().map(|view| view.key().to_owned()));
    prop_oneof![
        4 => proptest::sample::select(known),
        2 => "[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}",
        2 => "[0-9]{1,12}",
        2 => "[a-z ,+%0-9A-F-]{0,12}",
        1 => any::<String>().prop_map(|text| form_urlencoded::byte_serialize(text.as_bytes()).collect()),
        1 => any::<String>(),
    ]
}

fn link() -> impl Strategy<Value = String> {
    let pair = (key(), value()).prop_map(|(key, value)| format!("{key}={value}"));
    let separator = prop_oneof![8 => Just("&"), 1 => Just("&&"), 1 => Just(";")];
    let pairs = proptest::collection::vec((pair, separator), 0..10);
    (proptest::option::of(Just("?")), pairs).prop_map(|(start, pairs)| {
        let body: String = pairs.iter().map(|(pair, separator)| format!("{pair}{separator}")).collect();
        format!("{}{body}", start.unwrap_or(""))
    })
}

/// Parses `link` for the real corpus under the time limit; what it prints
/// must parse back to the same query with no notices.
fn check(link: &str) -> Result<(), TestCaseError> {
    let corpus = &*CORPUS;
    let (query, _) = fuzzing::timed(link, || Query::parse_for(link, corpus))?;
    let printed = query.to_query_string();
    let (again, notices) = Query::parse_for(&printed, corpus);
    prop_assert!(notices.is_empty(), "{printed}: {notices:?}");
    prop_assert_eq!(&again, &query, "{}", printed);
    prop_assert_eq!(again.to_query_string(), printed);
    Ok(())
}

fuzz! {
    fn any_string_parses_and_prints_stably(text in any::<String>()) {
        check(&text)?;
    }

    fn link_shaped_strings_parse_and_print_stably(link in link()) {
        check(&link)?;
    }
}

#[test]
fn links_shaped_like_the_apps_keep_what_the_corpus_has() {
    let link = "?topic=funding,nonsense&doc=2023-06-12-hac-albania-asylum-claims&p=2&view=quotes";
    let (query, notices) = Query::parse_for(link, &CORPUS);
    assert_eq!(notices.len(), 1, "the unknown topic is a notice: {notices:?}");
    assert!(check(link).is_ok() && check(&query.to_query_string()).is_ok());
}

#[test]
fn a_case_over_the_time_limit_fails() {
    let slow = fuzzing::timed("slow", || std::thread::sleep(std::time::Duration::from_millis(1_100)));
    assert!(slow.is_err());
    assert_eq!(fuzzing::timed("quick", || 7).ok(), Some(7));
}
