//! Exports of made-up lists whose text has what CSV and spreadsheets read
//! as structure or formulas.

use super::csv::cell;
use super::*;
use crate::model::{Block, Figure, FigureKind, Paragraph, Qualifier, Quote, Span};
use crate::research::{figures, quotes, FigureOrder};
use crate::testing::{self, corpus_of_texts};

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn link(document: &Document, paragraph: Option<u32>) -> String {
    match paragraph {
        Some(p) => format!("/?doc={}&p={p}", document.id),
        None => format!("/?doc={}", document.id),
    }
}

fn documents() -> Export {
    let corpus = corpus_of_texts(&[
        ("older", "2023-01-02", "=HYPERLINK(\"http://x\")", &["One."]),
        ("newer", "2024-05-06", "Boats, \"gangs\"\nand £75 million", &["Two."]),
    ]);
    Export::documents(&corpus, &[1, 0], "https://example.org/?q=a%20b", link, day("2026-11-28"))
}

/// One document: a lead-in and a two-paragraph statement by ann, briefed in
/// advance, holding "more than £24m" twice; then a plain paragraph.
fn research_corpus() -> Corpus {
    let first = "Ann will say: “We spend more than £24m, a lot.";
    let second = "“Then more than £24m again.”";
    let figure = |text: &str| {
        let start = text.find("more").unwrap();
        Figure {
            kind: FigureKind::Money,
            unit: "GBP".into(),
            value: 24e6,
            qualifier: Some(Qualifier::MoreThan),
            text: Span::from(start..start + "more than £24m".len()),
            sentence: Span::from(text.find('“').unwrap()..text.len()),
        }
    };
    let paragraph = |text: &str| Paragraph {
        figures: vec![figure(text)],
        ..Paragraph::new(Block::Paragraph, text.into(), Vec::new())
    };
    let plain = Paragraph::new(Block::Paragraph, "Nothing.".into(), Vec::new());
    let mut document =
        testing::document("d", "2024-01-01", "T", vec![paragraph(first), paragraph(second), plain]);
    let start = first.find('“').unwrap() as u32;
    document.quotes.push(Quote { speaker: "ann".into(), first: 1, last: 2, start, briefed: true });
    testing::corpus(&["ann"], vec![document])
}

fn lines(csv: &str) -> Vec<&str> {
    csv.strip_prefix(BYTE_ORDER_MARK).expect("a byte-order mark first").split_terminator("\r\n").collect()
}

#[test]
fn csv_has_a_byte_order_mark_a_header_and_one_row_a_result_with_hostile_cells_made_inert() {
    let csv = documents().to_csv();
    let lines = lines(&csv);
    assert_eq!(
        lines[0],
        "id,title,date,type,publishers,government,topics,agencies,people,places,source,link,view,corpus_version"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[1]
            .starts_with("newer,\"Boats, \"\"gangs\"\"\nand £75 million\",2024-05-06,Press release,,G,,,,,"),
        "{csv}"
    );
    assert!(lines[1].ends_with(",/?doc=newer,https://example.org/?q=a%20b,test"), "{csv}");
    assert!(
        lines[2].starts_with("older,\"'=HYPERLINK(\"\"http://x\"\")\",2023-01-02,"),
        "a formula is text: {csv}"
    );
}

#[test]
fn cells_a_spreadsheet_would_run_are_text_and_numbers_stay_numbers() {
    for (text, written) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =1+1", "'  =1+1"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("\t=1", "'\t=1"),
        ("a;=1+1", "\"a;=1+1\""),
        ("a,=1+1", "\"a,=1+1\""),
        (";=1+1", "\";=1+1\""),
        ("-3000000", "-3000000"),
        ("-0.5", "-0.5"),
        ("-3 people", "'-3 people"),
        ("--1", "'--1"),
        ("plain", "plain"),
    ] {
        assert_eq!(cell(text), written, "{text:?}");
    }
}

#[test]
fn json_records_the_view_the_version_and_each_result_in_order() {
    let json: serde_json::Value = serde_json::from_str(&documents().to_json()).unwrap();
    assert_eq!(json["view"], "https://example.org/?q=a%20b");
    assert_eq!((json["corpus_version"].as_str(), json["list"].as_str()), (Some("test"), Some("documents")));
    assert_eq!(json["exported"], "2026-11-28");
    let ids: Vec<&str> =
        json["results"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["newer", "older"]);
    assert_eq!(json["results"][0]["type"], "Press release");
    assert_eq!(json["results"][0]["topics"], serde_json::json!([]));
    assert_eq!(json["results"][1]["title"], "=HYPERLINK(\"http://x\")", "JSON keeps the text as it is");
}

#[test]
fn quotes_export_as_statements_with_their_document_s_government_type_and_publishers() {
    let corpus = research_corpus();
    let export = Export::quotes(&corpus, &quotes(&corpus, &[0], &[]), "v", link, day("2026-11-28"));
    let csv = export.to_csv();
    let lines = lines(&csv);
    assert_eq!(
        lines[0],
        "speaker,text,briefed_in_advance,paragraphs,document,title,date,government,type,publishers,paragraph,\
         source,link,view,corpus_version"
    );
    assert_eq!(
        lines[1..].join("\r\n"),
        "ann,\"“We spend more than £24m, a lot.\n\n“Then more than £24m again.”\",true,\"1; 2\",d,T,2024-01-01,G,\
         Press release,,1,https://www.gov.uk/x,/?doc=d&p=1,v,test",
        "one statement, without its lead-in"
    );
    let json: serde_json::Value = serde_json::from_str(&export.to_json()).unwrap();
    let quote = &json["results"][0];
    assert_eq!(
        (quote["briefed_in_advance"].as_bool(), quote["government"].as_str()),
        (Some(true), Some("G"))
    );
    assert_eq!(quote["paragraphs"], serde_json::json!([1, 2]));
}

#[test]
fn figures_export_once_with_their_qualifier_mentions_and_document() {
    let corpus = research_corpus();
    let listed = figures(&corpus, &[0], FigureOrder::ValueDescending);
    let export = Export::figures(&corpus, &listed, "v", link, day("2026-11-28"));
    let json: serde_json::Value = serde_json::from_str(&export.to_json()).unwrap();
    assert_eq!(json["results"].as_array().unwrap().len(), 1, "stated twice, listed once");
    let figure = &json["results"][0];
    assert_eq!((figure["figure"].as_str(), figure["kind"].as_str()), (Some("more than £24m"), Some("money")));
    assert_eq!((figure["qualifier"].as_str(), figure["value"].as_f64()), (Some("more-than"), Some(24e6)));
    assert_eq!(figure["mentions"], serde_json::json!([1, 2]));
    assert_eq!((figure["type"].as_str(), figure["government"].as_str()), (Some("Press release"), Some("G")));
    let csv = export.to_csv();
    assert!(
        lines(&csv)[0].starts_with("figure,kind,qualifier,unit,value,sentence,mentions,document,"),
        "{csv}"
    );
    assert!(csv.contains("\r\nmore than £24m,money,more than,GBP,24000000,\"“We spend"), "{csv}");
}

#[test]
fn file_names_say_what_the_file_holds() {
    let export = documents();
    let named = |link: &str| export.file_name(&Query::parse(link).0, "csv");
    assert_eq!(named(""), "documents-2026-11-28.csv");
    assert_eq!(named("period=sunak-2022"), "documents-sunak-2022-2026-11-28.csv");
    assert_eq!(
        named("q=Small+“boats”&topic=funding&from=2024-01-01&view=figures&kind=money"),
        "documents-small-boats-funding-from-2024-01-01-money-2026-11-28.csv"
    );
    let long = format!("q={}", "word+".repeat(40));
    assert!(named(&long).len() < 120, "{}", named(&long));
    let corpus = research_corpus();
    let quotes = Export::quotes(&corpus, &[], "v", link, day("2026-12-02"));
    assert_eq!(
        quotes.file_name(&Query::parse("person=ann&view=quotes").0, "json"),
        "quotes-ann-2026-12-02.json"
    );
}

#[test]
fn analysis_exports_write_a_row_per_span_and_term_and_per_side_and_term() {
    let corpus = corpus_of_texts(&[
        ("d1", "2023-01-10", "One", &["Boats boats boats and more boats."]),
        ("d2", "2023-02-05", "Two", &["Rwanda."]),
    ]);
    let explorer = crate::Explorer::new(&corpus);
    let (query, _) = Query::parse("q=boats+OR+rwanda&view=trends");
    let trends = crate::analysis::trends(&corpus, &explorer, &explorer.explore(&query));
    let csv =
        Export::trends(&corpus, &trends, "https://example.org/?view=trends", day("2026-12-02")).to_csv();
    let rows: Vec<&str> = csv.trim_start_matches(BYTE_ORDER_MARK).lines().collect();
    assert_eq!(rows[0], "span,from,to,documents,words,term,occurrences,per_10000_words,view,corpus_version");
    assert_eq!(rows.len(), 1 + 2 * 2, "two spans, two terms each");
    assert_eq!(
        rows[1],
        "Jan 2023,2023-01-01,2023-01-31,1,6,boats,4,6666.67,https://example.org/?view=trends,test"
    );
    let (query, _) = Query::parse("view=compare&a=..2023-01-31&b=2023-02-01..");
    let comparison = crate::analysis::compare(&corpus, &explorer, &query).expect("two sides");
    let export = Export::comparison(&corpus, &comparison, "v", day("2026-12-02"));
    assert_eq!(export.file_name(&query, "csv"), "compare-2026-12-02.csv");
    let csv = export.to_csv();
    let listed: Vec<&str> = csv.lines().skip(1).map(|row| row.split(',').nth(2).unwrap()).collect();
    assert_eq!(listed.len(), comparison.term_count());
}
