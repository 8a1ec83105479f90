//! Citation formats on a made-up document whose title has every character
//! that means something in BibTeX, RIS or JSON.

use super::{Citation, Format};
use crate::testing::corpus_of_texts as corpus;
use crate::Date;

const HOSTILE_TITLE: &str = "Costs & \"benefits\": 50% of {claims} #1 _x_ ~ ^ \\ and\na new line";

fn citation(corpus: &crate::Corpus, paragraph: Option<u32>) -> Citation<'_> {
    Citation {
        document: &corpus.documents()[0],
        organisations: vec!["Home Office".into(), "Border Force".into(), "A & B".into()],
        kind: "Press release".into(),
        paragraph,
        accessed: Date::parse("2026-11-28").unwrap(),
    }
}

fn hostile() -> crate::Corpus {
    corpus(&[("2024-11-04-hostile", "2024-11-04", HOSTILE_TITLE, &["One.", "Two."])])
}

#[test]
fn plain_text_names_organisations_title_date_source_access_and_paragraph() {
    let corpus = corpus(&[("a-doc", "2024-11-04", "A title", &["One."])]);
    let mut citation = citation(&corpus, Some(4));
    citation.organisations.truncate(2);
    assert_eq!(
        citation.to_format(Format::Plain),
        "Home Office and Border Force (2024) A title [Press release], 4 November 2024, paragraph 4. \
         Available at: https://www.gov.uk/x (Accessed: 28 November 2026)."
    );
    citation.paragraph = None;
    assert!(!citation.to_format(Format::Plain).contains("paragraph"));
}

#[test]
fn bibtex_escapes_what_bibtex_reads_as_markup() {
    let corpus = hostile();
    let bibtex = citation(&corpus, Some(2)).to_format(Format::BibTex);
    assert!(bibtex.starts_with("@misc{2024costsp2,\n"), "{bibtex}");
    assert!(
        bibtex.contains(
            "title = {{Costs \\& \"benefits\": 50\\% of \\{claims\\} \\#1 \\_x\\_ \\textasciitilde{} \
         \\textasciicircum{} \\textbackslash{} and a new line}}"
        ),
        "{bibtex}"
    );
    assert!(bibtex.contains("author = {{Home Office} and {Border Force} and {A \\& B}}"), "{bibtex}");
    assert!(
        bibtex.contains("urldate = {2026-11-28}") && bibtex.contains("note = {Press release. Paragraph 2}")
    );
    // Braces balance once escaped ones are set aside.
    let unescaped = bibtex.replace("\\{", "").replace("\\}", "");
    assert_eq!(unescaped.matches('{').count(), unescaped.matches('}').count(), "{bibtex}");
}

#[test]
fn ris_is_one_tagged_line_per_field() {
    let corpus = hostile();
    let ris = citation(&corpus, Some(1)).to_format(Format::Ris);
    let lines: Vec<&str> = ris.split_terminator("\r\n").collect();
    assert_eq!(lines.first(), Some(&"TY  - PRESS"));
    assert_eq!(lines.last(), Some(&"ER  - "));
    for line in &lines {
        let (tag, _) = line.split_once("  - ").unwrap_or_else(|| panic!("not a RIS line: {line:?}"));
        assert!(
            tag.len() == 2 && tag.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
            "{line}"
        );
    }
    assert_eq!(lines.iter().filter(|l| l.starts_with("AU  - ")).count(), 3);
    assert!(lines.contains(&"DA  - 2024/11/04") && lines.contains(&"Y2  - 2026/11/28"));
    assert!(lines.contains(&"N1  - Paragraph 1"));
    assert!(!ris.replace("\r\n", "").contains('\n'), "a title's new line stays inside its field");
}

#[test]
fn csl_json_is_valid_json_with_dates_as_parts() {
    let corpus = hostile();
    let json: serde_json::Value =
        serde_json::from_str(&citation(&corpus, None).to_format(Format::CslJson)).expect("valid JSON");
    let item = &json[0];
    assert_eq!(item["title"], HOSTILE_TITLE);
    assert_eq!(item["issued"]["date-parts"], serde_json::json!([[2024, 11, 4]]));
    assert_eq!(item["accessed"]["date-parts"], serde_json::json!([[2026, 11, 28]]));
    assert_eq!(item["author"][2]["literal"], "A & B");
    assert_eq!(item["URL"], "https://www.gov.uk/x");
    assert!(item.get("note").is_none(), "no paragraph, no note");
}

#[test]
fn keys_and_file_names_are_plain_ascii() {
    let corpus = hostile();
    let citation = citation(&corpus, Some(12));
    assert!(
        citation.key().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
        "{}",
        citation.key()
    );
    assert_eq!(citation.file_name(Format::Ris), "2024-11-04-hostile-p12.ris");
    for format in Format::ALL {
        assert!(citation.file_name(format).ends_with(format.extension()));
    }
}
