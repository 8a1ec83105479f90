//! Citation formats on a made-up document whose title has every character
//! that means something in BibTeX, RIS or JSON, and whose values are all
//! inferred unless a test confirms one.

use super::{Citation, CitedParagraph, Format, Unchecked};
use crate::model::{Document, Provenance};
use crate::testing::corpus_of_texts as corpus;
use crate::Date;

const HOSTILE_TITLE: &str = "Costs & \"benefits\": 50% of {claims} #1 _x_ ~ ^ \\ <b>|</b> and\na new line";

fn paragraph(number: u32) -> Option<CitedParagraph> {
    Some(CitedParagraph { number, link: format!("https://example.org/explorer/?doc=d&p={number}") })
}

fn citation(document: &Document, paragraph: Option<CitedParagraph>) -> Citation<'_> {
    Citation {
        document,
        organisations: vec!["Prime Minister's Office, 10 Downing Street".into(), "A & B".into()],
        kind: "Press release".into(),
        paragraph,
        accessed: Date::parse("2026-11-28").unwrap(),
    }
}

fn hostile() -> Document {
    let corpus = corpus(&[("2024-11-04-hostile", "2024-11-04", HOSTILE_TITLE, &["One.", "Two."])]);
    let mut document = corpus.documents()[0].clone();
    document.source.value = "https://www.gov.uk/a%20b?x=1#part".into();
    document
}

#[test]
fn plain_text_names_organisations_title_site_date_source_access_and_what_is_inferred() {
    let document = hostile();
    let mut cited = citation(&document, paragraph(4));
    cited.organisations.truncate(1);
    let plain = cited.to_format(Format::Plain);
    assert!(
        plain.starts_with(&format!(
            "Prime Minister's Office, 10 Downing Street (2024) {HOSTILE_TITLE} [Press release]. GOV.UK, \
             4 November 2024, paragraph 4. Available at: https://www.gov.uk/a%20b?x=1#part \
             (Accessed: 28 November 2026). Unconfirmed (inferred, not checked against the published page): \
             the publisher, the date, the type and the address."
        )),
        "{plain}"
    );
    cited.paragraph = None;
    assert!(!cited.to_format(Format::Plain).contains("paragraph"));
}

#[test]
fn bibtex_gives_classic_and_biblatex_fields_escapes_markup_and_keeps_the_url_verbatim() {
    let document = hostile();
    let bibtex = citation(&document, paragraph(2)).to_format(Format::BibTex);
    assert!(bibtex.starts_with("@misc{2024-11-04-hostile:p2,\n"), "{bibtex}");
    for field in [
        "title = {{Costs \\& \"benefits\": 50\\% of \\{claims\\} \\#1 \\_x\\_ \\textasciitilde{} \
         \\textasciicircum{} \\textbackslash{} \\textless{}b\\textgreater{}\\textbar{}\\textless{}/b\\textgreater{} \
         and a new line}}",
        "author = {{Prime Minister's Office, 10 Downing Street} and {A \\& B}}",
        "howpublished = {GOV.UK}",
        "year = {2024}",
        "month = nov,",
        "date = {2024-11-04}",
        "url = {https://www.gov.uk/a%20b?x=1#part}",
        "urldate = {2026-11-28}",
        "note = {Press release. Paragraph 2. Accessed 28 November 2026. Unconfirmed",
    ] {
        assert!(bibtex.contains(field), "{field:?} not in {bibtex}");
    }
    // Braces balance once escaped ones are set aside.
    let unescaped = bibtex.replace("\\{", "").replace("\\}", "");
    assert_eq!(unescaped.matches('{').count(), unescaped.matches('}').count(), "{bibtex}");
}

#[test]
fn a_url_that_would_break_its_field_is_percent_encoded() {
    let mut document = hostile();
    document.source.value = "https://www.gov.uk/{a}\\b c".into();
    let bibtex = citation(&document, None).to_format(Format::BibTex);
    assert!(bibtex.contains("url = {https://www.gov.uk/%7Ba%7D%5Cbc}"), "{bibtex}");
}

#[test]
fn ris_is_a_web_page_of_whole_organisations_with_publisher_site_and_access_date() {
    let document = hostile();
    let ris = citation(&document, paragraph(1)).to_format(Format::Ris);
    let lines: Vec<&str> = ris.split_terminator("\r\n").collect();
    assert_eq!((lines.first(), lines.last()), (Some(&"TY  - ELEC"), Some(&"ER  - ")));
    for line in &lines {
        let (tag, _) = line.split_once("  - ").unwrap_or_else(|| panic!("not a RIS line: {line:?}"));
        assert!(
            tag.len() == 2 && tag.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
            "{line}"
        );
    }
    for expected in [
        "AU  - Prime Minister's Office 10 Downing Street",
        "AU  - A & B",
        "PB  - Prime Minister's Office, 10 Downing Street and A & B",
        "T2  - GOV.UK",
        "M3  - Press release",
        "DA  - 2024/11/04",
        "Y2  - 2026/11/28",
        "M1  - 2026/11/28",
        "N1  - Paragraph 1",
    ] {
        assert!(lines.contains(&expected), "{expected:?} not in {ris}");
    }
    assert!(lines.iter().any(|l| l.starts_with("N1  - Unconfirmed")), "{ris}");
    assert!(!ris.replace("\r\n", "").contains('\n'), "a title's new line stays inside its field");
}

#[test]
fn csl_json_is_a_web_page_in_its_website_with_no_publisher_repeating_the_author() {
    let document = hostile();
    let json: serde_json::Value =
        serde_json::from_str(&citation(&document, None).to_format(Format::CslJson)).expect("valid JSON");
    let item = &json[0];
    assert_eq!((item["type"].as_str(), item["title"].as_str()), (Some("webpage"), Some(HOSTILE_TITLE)));
    assert_eq!(item["issued"]["date-parts"], serde_json::json!([[2024, 11, 4]]));
    assert_eq!(item["accessed"]["date-parts"], serde_json::json!([[2026, 11, 28]]));
    assert_eq!(item["author"][0]["literal"], "Prime Minister's Office, 10 Downing Street");
    assert_eq!((item["container-title"].as_str(), item.get("publisher")), (Some("GOV.UK"), None));
    assert_eq!(item["URL"], "https://www.gov.uk/a%20b?x=1#part");
    assert!(item["note"].as_str().unwrap().starts_with("Unconfirmed"), "{item}");
}

#[test]
fn a_paragraph_s_csl_json_address_is_its_explorer_link_and_says_so() {
    let document = hostile();
    let json: serde_json::Value =
        serde_json::from_str(&citation(&document, paragraph(2)).to_format(Format::CslJson)).unwrap();
    assert_eq!(json[0]["URL"], "https://example.org/explorer/?doc=d&p=2");
    let note = json[0]["note"].as_str().unwrap();
    assert!(
        note.starts_with(
            "Paragraph 2, at its address in the policy corpus explorer; published at \
             https://www.gov.uk/a%20b?x=1#part."
        ),
        "{note}"
    );
}

#[test]
fn only_inferred_values_are_marked() {
    let mut document = hostile();
    let confirmed = Provenance::Confirmed("https://www.gov.uk/a".into());
    document.date.provenance = confirmed.clone();
    document.doc_type.provenance = confirmed.clone();
    document.publishers.provenance = confirmed.clone();
    let cited = citation(&document, None);
    assert_eq!(cited.unchecked(), [Unchecked { what: "address", reason: "a test" }]);
    assert_eq!(
        cited.unchecked_note().as_deref(),
        Some("Unconfirmed (inferred, not checked against the published page): the address.")
    );
    document.source.provenance = confirmed;
    let cited = citation(&document, None);
    assert_eq!((cited.unchecked(), cited.unchecked_note()), (vec![], None));
    for format in Format::ALL {
        assert!(!cited.to_format(format).contains("Unconfirmed"), "{format:?}");
    }
}

#[test]
fn keys_are_the_document_id_and_file_names_name_the_paragraph() {
    let document = hostile();
    assert_eq!(citation(&document, None).key(), "2024-11-04-hostile");
    let cited = citation(&document, paragraph(12));
    assert_eq!(cited.key(), "2024-11-04-hostile:p12");
    assert_eq!(cited.file_name(Format::Ris), "2024-11-04-hostile-p12.ris");
    for format in Format::ALL {
        assert!(cited.file_name(format).ends_with(format.extension()));
    }
}
