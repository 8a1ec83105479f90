//! The hostile corpus (`tests/fixtures/hostile-corpus/`): what compiles keeps
//! every hostile text as plain characters and works in the core; what must
//! not compile fails with the file, the line and a fix.
//!
//! `documents/` compiles with `taxonomy/` as it stands (a browser test can
//! embed `corpus_compiler::compile_to_json` of the folder); each file of
//! `failing-documents/` is compiled alone with that taxonomy and must fail.

use corpus_compiler::{compile, compile_to_json, SourceErrors};
use explorer_core::cite::{Citation, CitedParagraph, Format};
use explorer_core::model::{CorpusData, Document};
use explorer_core::{Corpus, Date, Explorer, Facet, Query};
use std::path::{Path, PathBuf};

const BIDI_CONTROLS: [char; 5] = ['\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/hostile-corpus")
}

fn compiled() -> CorpusData {
    compile(&fixture()).unwrap_or_else(|errors| panic!("{errors}"))
}

fn document<'a>(data: &'a CorpusData, id: &str) -> &'a Document {
    data.documents.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("no document {id}"))
}

fn texts(document: &Document) -> Vec<&str> {
    document.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn markup_is_kept_as_plain_characters() {
    let data = compiled();
    let markup = document(&data, "2024-01-01-hostile-markup");
    assert_eq!(markup.title, "<script>alert(1)</script> Small boats <img src=x onerror=alert(1)>");
    assert!(
        texts(markup)[0].contains("<script>alert(document.cookie)</script> and <img src=x onerror=alert(1)>")
    );
    assert!(texts(markup)[3].starts_with("<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">"));
    let report = markup.report.as_ref().expect("the report compiles");
    assert_eq!(report.value, "<script>alert(\"report\")</script>");
    let topic = data.taxonomy.label(Facet::Topic, "hostile-markup");
    assert_eq!(topic, Some("<script>alert(\"topic\")</script> &amp; <b>bold</b>"));
}

#[test]
fn html_entities_are_never_decoded() {
    let data = compiled();
    let entities = texts(document(&data, "2024-01-01-hostile-markup"))[1];
    assert_eq!(
        entities,
        "Entities stay as written: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#60;b&#62; &#x3C;i&#x3E;."
    );
}

#[test]
fn bidi_controls_are_kept_in_text() {
    let data = compiled();
    let bidi = texts(document(&data, "2024-01-01-hostile-markup"))[2];
    for control in BIDI_CONTROLS {
        assert!(bidi.contains(control), "U+{:04X} is kept", control as u32);
    }
    assert!(bidi.contains("\u{202e}txt.exe\u{202c}"));
}

#[test]
fn a_ten_thousand_character_paragraph_stays_one_paragraph() {
    let data = compiled();
    let long = document(&data, "2024-01-02-hostile-long-paragraph");
    assert_eq!(long.paragraphs.len(), 1);
    assert_eq!(long.paragraphs[0].text.chars().count(), 10_000);
    assert!(long.paragraphs[0].tags.iter().any(|t| t.slug == "france"), "tagged as usual");
}

#[test]
fn a_paragraph_carries_all_five_hundred_tags() {
    let data = compiled();
    let many = document(&data, "2024-01-03-hostile-many-tags");
    let places: Vec<&str> = many.paragraphs[0]
        .tags
        .iter()
        .filter(|t| t.facet == Facet::Place && t.slug.starts_with("hostile-place-"))
        .map(|t| t.slug.as_str())
        .collect();
    assert_eq!(places.len(), 500);
    assert!(places.contains(&"hostile-place-001") && places.contains(&"hostile-place-500"));
}

#[test]
fn the_hostile_text_round_trips_through_the_json_the_app_embeds() {
    let json = compile_to_json(&fixture()).unwrap_or_else(|errors| panic!("{errors}"));
    let corpus = Corpus::from_json(&json).expect("the app loads it");
    let markup = corpus.document("2024-01-01-hostile-markup").unwrap();
    let data = compiled();
    assert_eq!(markup, document(&data, "2024-01-01-hostile-markup"), "nothing changes on the way");
}

#[test]
fn the_core_searches_filters_and_cites_the_hostile_corpus() {
    let corpus = Corpus::new(compiled()).expect("the compiled corpus is consistent");
    let explorer = Explorer::new(&corpus);
    let hits = |link: &str| {
        let (query, notices) = Query::parse_for(link, &corpus);
        assert_eq!(notices, [], "{link}");
        explorer.explore(&query).evaluation.documents.len()
    };
    assert_eq!(hits("q=script+alert"), 1);
    assert_eq!(hits("q=%3Cscript%3E"), 1);
    assert_eq!(hits("q=Hplace250&place=hostile-place-250"), 1);
    assert_eq!(hits("topic=hostile-markup&place=france"), 0);
    assert_eq!(hits("place=hostile-place-001&place=hostile-place-500&place=france"), 2);
    let (query, _) = Query::parse_for("q=small+boats", &corpus);
    let outcome = explorer.explore(&query);
    let places = &outcome.evaluation.counts[Facet::Place.position()].1;
    assert!(places.len() > 500, "every place is counted");
    for &position in &outcome.evaluation.documents {
        assert!(!explorer.passages(&outcome, position, &corpus.documents()[position]).is_empty());
    }
    let accessed = Date::parse("2025-01-01").unwrap();
    let (marked, _) = Query::parse_for("q=script+boats+Hplace001", &corpus);
    let marked = explorer.explore(&marked);
    for document in corpus.documents() {
        for paragraph in &document.paragraphs {
            let marks = marked.spans(&paragraph.text);
            assert!(marks.iter().all(|m| paragraph.text.is_char_boundary(m.start)));
        }
        let paragraph =
            CitedParagraph { number: 1, link: format!("https://example.org/?doc={}&p=1", document.id) };
        for format in Format::ALL {
            let cited = Citation::new(&corpus, document, Some(paragraph.clone()), accessed);
            assert!(cited.to_format(format).contains("2024"));
        }
    }
}

/// The one file of `failing-documents/` compiled with the fixture's taxonomy.
fn compile_failing(name: &str) -> (PathBuf, SourceErrors) {
    let dir = tempfile::tempdir().unwrap();
    let taxonomy = dir.path().join("taxonomy");
    std::fs::create_dir_all(&taxonomy).unwrap();
    for entry in std::fs::read_dir(fixture().join("taxonomy")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, taxonomy.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::create_dir_all(dir.path().join("documents")).unwrap();
    let file = dir.path().join("documents").join(name);
    std::fs::copy(fixture().join("failing-documents").join(name), &file).unwrap();
    match compile(dir.path()) {
        Ok(_) => panic!("{name} compiled"),
        Err(errors) => (file, errors),
    }
}

#[test]
fn hostile_addresses_ids_and_slugs_fail_with_file_line_and_fix() {
    for (name, line, words) in [
        (
            "2024-01-04-javascript-source.md",
            6,
            ["the source \"javascript:alert(1)\"", "not an https:// address"],
        ),
        ("2024-01-04-data-source.md", 6, ["the source \"data:text/html,<script>", "not an https:// address"]),
        ("2024-01-04-bidi-in-source.md", 6, ["the source \"https://www.gov.uk/\\u{202e}fdp.exe\"", "U+202E"]),
        ("2024-01-04-markup-in-confirmed.md", 4, ["confirmed \"https://www.gov.uk/\\\"><script>", "'\"'"]),
        ("bidi-in-id.md", 2, ["the id \"2024-01-04-\\u{202e}evil\"", "lowercase letters"]),
        (
            "2024-01-04-markup-in-publisher.md",
            5,
            ["unknown agency slug \"<script>alert(1)</script>\"", "unknown"],
        ),
    ] {
        let (file, SourceErrors(errors)) = compile_failing(name);
        assert_eq!(errors.len(), 1, "{name}: {errors:#?}");
        let error = &errors[0];
        assert_eq!((&error.file, error.line), (&file, line), "{name}: {error:#?}");
        assert!(words.iter().all(|w| error.problem.contains(w)), "{name}: {error:#?}");
        assert!(!error.fix.trim().is_empty(), "{name}: {error:#?}");
        let shown = error.to_string();
        assert!(!shown.contains(BIDI_CONTROLS), "{name}: errors show controls escaped: {shown}");
    }
}

#[test]
fn every_failing_document_is_checked() {
    let mut names: Vec<String> = std::fs::read_dir(fixture().join("failing-documents"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "2024-01-04-bidi-in-source.md",
            "2024-01-04-data-source.md",
            "2024-01-04-javascript-source.md",
            "2024-01-04-markup-in-confirmed.md",
            "2024-01-04-markup-in-publisher.md",
            "bidi-in-id.md",
        ]
    );
}
