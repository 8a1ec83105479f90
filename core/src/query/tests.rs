//! Tests of the URL query: parsing any form, printing the canonical one.

use super::*;
use proptest::prelude::*;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

#[test]
fn reads_every_key_of_the_scheme() {
    let (query, notices) = Query::parse(
        "?q=%22small+boats%22&period=sunak-2022&topic=rwanda-partnership&topic=funding&agency=national-crime-agency\
         &type=press-release&person=yvette-cooper&place=france&from=2024-01-01&to=2024-12-31&sort=oldest\
         &doc=2023-06-12-hac-albania-asylum-claims&p=4&view=quotes",
    );
    assert_eq!(notices, []);
    assert_eq!(query.q, "\"small boats\"");
    let topics: Vec<_> = query.selected(Facet::Topic).collect();
    assert_eq!(topics, ["funding", "rwanda-partnership"]);
    for (facet, value) in [
        (Facet::Period, "sunak-2022"),
        (Facet::Agency, "national-crime-agency"),
        (Facet::Type, "press-release"),
        (Facet::Person, "yvette-cooper"),
        (Facet::Place, "france"),
    ] {
        assert!(query.is_selected(facet, value), "{value}");
    }
    assert_eq!((query.from, query.to), (Some(date("2024-01-01")), Some(date("2024-12-31"))));
    assert_eq!(query.sort(), Sort::Oldest);
    assert_eq!(query.doc.as_deref(), Some("2023-06-12-hac-albania-asylum-claims"));
    assert_eq!(query.p, Some(4));
    assert_eq!(query.view, View::Quotes);
}

#[test]
fn prints_the_canonical_form_whatever_the_input_order() {
    let (query, _) = Query::parse(
        "topic=funding&unknown=1&period=sunak-2022,starmer-2024&topic=rwanda-partnership&q=small+boats",
    );
    assert_eq!(
        query.to_query_string(),
        "q=small+boats&period=starmer-2024&period=sunak-2022&topic=funding&topic=rwanda-partnership"
    );
    assert_eq!(Query::default().to_query_string(), "");
}

#[test]
fn repeated_and_comma_separated_values_combine() {
    let (a, _) = Query::parse("topic=funding,small-boats&topic=funding");
    let (b, _) = Query::parse("topic=small-boats&topic=funding");
    assert_eq!(a, b);
    assert_eq!(a.selected(Facet::Topic).count(), 2);
}

#[test]
fn default_sorts_are_left_out_of_the_url() {
    let (newest, notices) = Query::parse("sort=newest");
    assert_eq!((newest.sort, newest.to_query_string().as_str(), notices.len()), (None, "", 0));
    let (relevance, _) = Query::parse("q=rwanda&sort=relevance");
    assert_eq!(relevance.to_query_string(), "q=rwanda");
    let (newest_with_search, _) = Query::parse("q=rwanda&sort=newest");
    assert_eq!(newest_with_search.to_query_string(), "q=rwanda&sort=newest");
    assert_eq!(newest_with_search.sort(), Sort::Newest);
}

#[test]
fn malformed_values_become_notices_and_the_rest_still_works() {
    let (query, notices) =
        Query::parse("from=2024-13-45&to=soon&sort=best&p=zero&view=timeline&topic=funding");
    let keys: Vec<_> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["from", "to", "sort", "p", "view"]);
    assert_eq!(notices[0].reason, Reason::BadDate(crate::date::DateError::Impossible));
    assert_eq!(notices[0].to_string(), "ignored: from=\"2024-13-45\" (no such day in the calendar)");
    assert!(query.is_selected(Facet::Topic, "funding"));
    assert_eq!((query.from, query.to, query.sort, query.p), (None, None, None, None));
}

#[test]
fn a_paragraph_needs_a_document_and_relevance_needs_a_search() {
    let (query, notices) = Query::parse("p=3&sort=relevance");
    assert_eq!(query, Query::default());
    let reasons: Vec<_> = notices.into_iter().map(|n| n.reason).collect();
    assert_eq!(reasons, [Reason::NoSuchParagraph, Reason::RelevanceNeedsSearch]);
}

#[test]
fn value_orders_belong_to_the_figures_view() {
    let (figures, notices) = Query::parse("view=figures&sort=largest");
    assert_eq!((notices, figures.sort(), figures.view), (vec![], Sort::Largest, View::Figures));
    assert_eq!(figures.to_query_string(), "sort=largest&view=figures");
    let (results, notices) = Query::parse("sort=smallest");
    assert_eq!(results.sort(), Sort::Newest);
    assert_eq!(notices[0].reason, Reason::SortNotOffered(View::Documents));
    let mut leaving = figures.clone();
    leaving.set_view(View::Quotes);
    assert_eq!(leaving.to_query_string(), "view=quotes", "leaving the figures view drops its order");
    let offered: Vec<_> = Sort::offered(View::Figures, false).collect();
    assert_eq!(offered, [Sort::Newest, Sort::Oldest, Sort::Largest, Sort::Smallest]);
}

#[test]
fn figure_kinds_belong_to_the_figures_view_and_unknown_ones_are_named() {
    use crate::model::FigureKind::{Count, Money};
    let (figures, notices) = Query::parse("kind=money&view=figures&kind=count,tonnage");
    assert_eq!(figures.kinds.iter().copied().collect::<Vec<_>>(), [Money, Count]);
    assert_eq!(notices.len(), 1);
    assert_eq!(
        notices[0].to_string(),
        "ignored: kind=\"tonnage\" (the kinds of figure are money, percentage, count and weight)"
    );
    assert_eq!(figures.to_query_string(), "view=figures&kind=money&kind=count");
    let (results, notices) = Query::parse("kind=money");
    assert!(results.kinds.is_empty());
    assert_eq!(notices[0].reason, Reason::KindNeedsFigures);
    let mut toggled = figures.clone();
    toggled.toggle_kind(Money);
    assert_eq!(toggled.to_query_string(), "view=figures&kind=count");
    toggled.set_view(View::Documents);
    assert_eq!(toggled.to_query_string(), "", "leaving the figures view drops its kinds");
}

#[test]
fn notices_quote_hostile_values_as_text_and_cut_long_ones() {
    let (_, notices) = Query::parse("view=%3Cscript%3Ealert(1)%3C/script%3E");
    assert_eq!(
        notices[0].to_string(),
        "ignored: view=\"<script>alert(1)</script>\" (the views are documents, quotes, figures, trends, compare and kwic)"
    );
    let long = "x".repeat(500);
    let (_, notices) = Query::parse(&format!("sort={long}"));
    assert!(notices[0].to_string().contains("x…\""), "cut, and marked as cut");
    assert!(notices[0].to_string().len() < 170, "60 characters of the value and the explanation");
}

#[test]
fn toggling_and_clearing_filters() {
    let mut query = Query::default();
    query.toggle(Facet::Topic, "funding");
    query.toggle(Facet::Agency, "home-office");
    query.from = Some(date("2024-01-01"));
    assert_eq!(query.to_query_string(), "topic=funding&agency=home-office&from=2024-01-01");
    query.select(Facet::Topic, "funding");
    assert_eq!(
        query.to_query_string(),
        "topic=funding&agency=home-office&from=2024-01-01",
        "selecting twice keeps it"
    );
    query.toggle(Facet::Topic, "funding");
    assert!(!query.filters.contains_key(&Facet::Topic), "an emptied facet leaves no empty set");
    query.q = "boats".into();
    query.clear_filters();
    assert_eq!(query.to_query_string(), "q=boats");
    assert!(!query.has_filters());
}

/// A canonical query: what the app itself writes.
fn canonical_query() -> impl Strategy<Value = Query> {
    let slug = "[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}";
    let day = (2000u16..2030, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::parse(&format!("{y:04}-{m:02}-{d:02}")).unwrap());
    let filters = proptest::collection::btree_map(
        proptest::sample::select(Facet::ALL.to_vec()),
        proptest::collection::btree_set(slug, 1..4),
        0..4,
    );
    let sort = proptest::option::of(proptest::sample::select(Sort::ALL.to_vec()));
    let doc = proptest::option::of((slug, proptest::option::of(1u32..500)));
    let view = proptest::sample::select(View::ALL.to_vec());
    let dates = (proptest::option::of(day.clone()), proptest::option::of(day.clone()));
    let kinds = proptest::collection::btree_set(proptest::sample::select(FigureKind::ALL.to_vec()), 0..3);
    let side = prop_oneof![
        (proptest::sample::select(Facet::ALL.to_vec()), slug).prop_map(|(f, s)| Side::Value(f, s)),
        (proptest::option::of(day.clone()), proptest::option::of(day.clone()))
            .prop_filter("a bound", |(from, to)| from.is_some() || to.is_some())
            .prop_map(|(from, to)| Side::Dates { from, to }),
    ];
    let sides =
        (proptest::option::of(side.clone()), proptest::option::of(side), proptest::option::of(1u8..=20));
    (any::<String>(), filters, dates, sort, doc, view, kinds, sides).prop_map(
        |(q, filters, (from, to), sort, doc, view, kinds, (a, b, context))| {
            let kinds = if view == View::Figures { kinds } else { BTreeSet::new() };
            let (a, b) = if view == View::Compare { (a, b) } else { (None, None) };
            let mut query = Query { q, filters, from, to, view, kinds, a, b, ..Query::default() };
            if let Some(words) = context.filter(|_| view == View::Kwic) {
                query.set_context(words);
            }
            if let Some(sort) = sort.filter(|s| Sort::offered(view, query.has_search()).any(|o| o == *s)) {
                query.set_sort(sort);
            }
            if let Some((doc, p)) = doc {
                query.doc = Some(doc);
                query.p = p;
            }
            query
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn parsing_never_panics_on_any_string(text in any::<String>()) {
        let (query, _) = Query::parse(&text);
        let _ = query.to_query_string();
    }

    #[test]
    fn parsing_never_panics_on_url_shaped_strings(
        text in "[?&=,%+a-z0-9<>\"' -]{0,80}(%[0-9A-Fa-f]{0,2}){0,3}"
    ) {
        let (query, _) = Query::parse(&text);
        let (again, notices) = Query::parse(&query.to_query_string());
        prop_assert_eq!(again, query, "what the app writes, it reads back the same");
        prop_assert!(notices.is_empty());
    }

    #[test]
    fn parse_after_print_is_the_identity_on_canonical_queries(query in canonical_query()) {
        let printed = query.to_query_string();
        let (parsed, notices) = Query::parse(&printed);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(&parsed, &query);
        prop_assert_eq!(parsed.to_query_string(), printed);
    }
}

#[test]
fn keys_are_read_in_any_case() {
    let (query, notices) = Query::parse("TOPIC=funding&Q=rwanda&View=quotes");
    assert_eq!(notices, []);
    assert_eq!(query.to_query_string(), "q=rwanda&topic=funding&view=quotes");
}

#[test]
fn a_repeated_single_valued_key_uses_its_first_value_and_names_the_rest() {
    let (query, notices) = Query::parse(
        "from=2024-01-01&from=2023-01-01&sort=oldest&SORT=newest&doc=a&doc=b&p=2&p=3&view=quotes&view=figures&to=2024-12-31&to=x",
    );
    assert_eq!(query.from, Some(date("2024-01-01")));
    assert_eq!(query.to, Some(date("2024-12-31")));
    assert_eq!(
        (query.sort(), query.doc.as_deref(), query.p, query.view),
        (Sort::Oldest, Some("a"), Some(2), View::Quotes)
    );
    let ignored: Vec<(String, String, Reason)> =
        notices.into_iter().map(|n| (n.key, n.value, n.reason)).collect();
    let repeated = |key: &str, value: &str| (key.to_owned(), value.to_owned(), Reason::Repeated);
    assert_eq!(
        ignored,
        [
            repeated("from", "2023-01-01"),
            repeated("sort", "newest"),
            repeated("doc", "b"),
            repeated("p", "3"),
            repeated("view", "figures"),
            repeated("to", "x"),
        ]
    );
}

#[test]
fn a_bad_escape_in_the_search_is_named_and_kept_as_written() {
    let (query, notices) = Query::parse("q=rw%E2%80anda+50%");
    assert_eq!(query.q, "rw%E2%80anda 50%");
    assert!(!query.q.contains('\u{FFFD}'));
    let kept: Vec<(&str, &str)> = notices.iter().map(|n| (n.key.as_str(), n.value.as_str())).collect();
    assert_eq!(kept, [("q", "%E2%80"), ("q", "%")]);
    assert!(notices.iter().all(|n| n.reason == Reason::BadEscape));
    assert_eq!(
        notices[0].to_string(),
        "ignored: q=\"%E2%80\" (not a valid %-escape of text, so it is kept as written)"
    );
}

#[test]
fn sides_and_context_read_and_print_in_canonical_order() {
    let (query, notices) = Query::parse("b=2024-07-05..&A=PERIOD:sunak-2022&view=compare&q=rwanda");
    assert_eq!(notices, []);
    assert_eq!(query.a, Some(Side::Value(Facet::Period, "sunak-2022".into())));
    assert_eq!(query.b, Some(Side::Dates { from: Some(date("2024-07-05")), to: None }));
    assert_eq!(query.to_query_string(), "q=rwanda&view=compare&a=period%3Asunak-2022&b=2024-07-05..");
    let (kwic, notices) = Query::parse("view=kwic&ctx=3&sort=1l&q=boats");
    assert_eq!((notices, kwic.context(), kwic.sort()), (vec![], 3, Sort::Left1));
    assert_eq!(kwic.to_query_string(), "q=boats&sort=1L&view=kwic&ctx=3");
    let (default, _) = Query::parse("view=kwic&ctx=6&q=boats");
    assert_eq!((default.context, default.sort()), (None, Sort::Newest), "defaults are left out");
}

#[test]
fn bad_sides_and_context_are_named_never_used() {
    let (query, notices) = Query::parse("view=compare&a=colour:red&b=2024-13-01..&ctx=99");
    assert_eq!((query.a, query.b, query.context), (None, None, None));
    let shown: Vec<String> = notices.iter().map(Notice::to_string).collect();
    assert_eq!(
        shown,
        [
            "ignored: a=\"colour:red\" (a side's facet is one of period, topic, agency, type, person, place)",
            "ignored: b=\"2024-13-01..\" (no such day in the calendar)",
            "ignored: ctx=\"99\" (ctx is a number of words from 1 to 20)",
        ]
    );
    let (elsewhere, notices) = Query::parse("a=period:sunak-2022&ctx=4&q=x");
    assert_eq!((elsewhere.a, elsewhere.context), (None, None));
    let reasons: Vec<Reason> = notices.into_iter().map(|n| n.reason).collect();
    assert_eq!(reasons, [Reason::SideNeedsCompare, Reason::ContextNeedsKwic]);
    let (no_order, notices) = Query::parse("view=trends&sort=oldest");
    assert_eq!(no_order.sort, None);
    assert_eq!(notices[0].to_string(), "ignored: sort=\"oldest\" (the trends view has no order to choose)");
}

#[test]
fn only_quotes_and_figures_need_the_whole_text_and_the_reader_only_its_own() {
    let needs = |query_string: &str| Query::parse(query_string).0.needs_text();
    let reads_alone = |query_string: &str| Query::parse(query_string).0.reads_alone().map(str::to_owned);
    let reads_index = |query_string: &str| Query::parse(query_string).0.reads_index();
    assert!(!needs(""));
    assert!(!needs("topic=asylum&from=2024-01-01&sort=oldest") && !reads_index("topic=asylum"));
    assert!(!needs("q=+++") && !reads_index("q=+++"), "a blank search is no search");
    assert!(!needs("q=rwanda") && reads_index("q=rwanda"), "a search of the list needs the index's files");
    assert_eq!(reads_alone(""), None);
    for query_string in
        ["doc=x", "doc=x&p=2&topic=asylum", "doc=x&q=+", "doc=x&q=rwanda", "doc=x&view=trends"]
    {
        assert!(!needs(query_string), "{query_string}");
        assert_eq!(reads_alone(query_string).as_deref(), Some("x"), "{query_string}");
    }
    assert!(reads_index("doc=x&q=rwanda") && !reads_index("doc=x"));
    for query_string in ["doc=x&view=figures&q=boats", "doc=x&view=quotes"] {
        assert!(needs(query_string), "{query_string}");
        assert_eq!(reads_alone(query_string), None, "{query_string}");
        assert!(!reads_index(query_string), "{query_string}");
    }
    for query_string in ["view=trends", "view=trends&q=boats", "view=kwic&q=boats", "view=compare"] {
        assert!(!needs(query_string) && reads_index(query_string), "{query_string}");
    }
    assert!(!needs("view=kwic") && !reads_index("view=kwic"), "a concordance without a search lists nothing");
    for query_string in ["view=quotes", "view=figures", "view=trends", "view=compare", "view=kwic"] {
        let whole = matches!(query_string, "view=quotes" | "view=figures");
        assert_eq!(needs(query_string), whole, "{query_string}");
        let plain = Query::parse(&format!("{query_string}&topic=asylum&q=boats")).0.without_text();
        assert!(!plain.needs_text() && !plain.reads_index(), "{query_string}");
        assert_eq!(plain.to_query_string(), "topic=asylum");
    }
}
