//! Exports of made-up lists whose text has what CSV and spreadsheets read
//! as structure or formulas.

use super::*;
use crate::model::{Block, Figure, FigureKind, Paragraph, Span};
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
        ("newer", "2024-05-06", "Boats, \"gangs\"\nand money", &["Two."]),
    ]);
    Export::documents(&corpus, &[1, 0], "https://example.org/?q=a%20b", link, day("2026-11-28"))
}

/// One document: a quoted paragraph by ann holding £24m, then a plain one.
fn research_corpus() -> Corpus {
    let text = "Ann said: “We spend £24m, a lot.”";
    let start = text.find('£').unwrap();
    let mut quoted = Paragraph::new(Block::Paragraph, text.into(), Vec::new());
    quoted.speaker = Some("ann".into());
    quoted.figures.push(Figure {
        kind: FigureKind::Money,
        unit: "GBP".into(),
        value: 24e6,
        text: Span::from(start..start + "£24m".len()),
        sentence: Span::from(0..text.len()),
    });
    let plain = Paragraph::new(Block::Paragraph, "Nothing.".into(), Vec::new());
    testing::corpus(&["ann"], vec![testing::document("d", "2024-01-01", "T", vec![quoted, plain])])
}

#[test]
fn csv_has_a_header_and_one_row_a_result_with_hostile_cells_made_inert() {
    let csv = documents().to_csv();
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines[0], "id,title,date,type,publishers,government,source,link,view,corpus_version");
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[1].starts_with("newer,\"Boats, \"\"gangs\"\"\nand money\",2024-05-06,Press release,,G,"),
        "{csv}"
    );
    assert!(lines[1].ends_with(",/?doc=newer,https://example.org/?q=a%20b,test"), "{csv}");
    assert!(
        lines[2].starts_with("older,\"'=HYPERLINK(\"\"http://x\"\")\",2023-01-02,"),
        "a formula is text: {csv}"
    );
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
    assert_eq!(json["results"][1]["title"], "=HYPERLINK(\"http://x\")", "JSON keeps the text as it is");
}

#[test]
fn quotes_export_with_speaker_text_and_paragraph_link() {
    let corpus = research_corpus();
    let export = Export::quotes(&corpus, &quotes(&corpus, &[0], &[]), "v", link, day("2026-11-28"));
    let csv = export.to_csv();
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(lines[0], "speaker,text,document,title,date,paragraph,source,link,view,corpus_version");
    assert_eq!(
        lines[1],
        "ann,\"Ann said: “We spend £24m, a lot.”\",d,T,2024-01-01,1,https://www.gov.uk/x,/?doc=d&p=1,v,test"
    );
    assert_eq!(lines.len(), 2, "the plain paragraph is no quote");
    assert_eq!(export.file_name("csv"), "quotes-2026-11-28.csv");
    let json: serde_json::Value = serde_json::from_str(&export.to_json()).unwrap();
    assert_eq!((json["list"].as_str(), json["results"][0]["paragraph"].as_u64()), (Some("quotes"), Some(1)));
}

#[test]
fn figures_export_as_written_normalised_and_in_their_sentence() {
    let corpus = research_corpus();
    let listed = figures(&corpus, &[0], FigureOrder::ValueDescending);
    let export = Export::figures(&corpus, &listed, "v", link, day("2026-11-28"));
    let json: serde_json::Value = serde_json::from_str(&export.to_json()).unwrap();
    let figure = &json["results"][0];
    assert_eq!((figure["figure"].as_str(), figure["kind"].as_str()), (Some("£24m"), Some("money")));
    assert_eq!((figure["unit"].as_str(), figure["value"].as_f64()), (Some("GBP"), Some(24e6)));
    assert_eq!(figure["sentence"], "Ann said: “We spend £24m, a lot.”");
    let csv = export.to_csv();
    assert!(csv.starts_with("figure,kind,unit,value,sentence,document,"), "{csv}");
    assert!(csv.contains("\r\n£24m,money,GBP,24000000,\"Ann said:"), "{csv}");
    assert_eq!(export.file_name("json"), "figures-2026-11-28.json");
}
