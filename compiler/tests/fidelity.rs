//! Proves, word for word, that the compiled corpus holds the whole source
//! text of the six documents and nothing else.

mod common;

use explorer_core::model::Block;
use std::path::Path;

/// The words of a text, with whitespace normalised and the source's bullet
/// markers (which become list items) left out.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace().filter(|w| *w != "•").map(str::to_owned).collect()
}

#[test]
fn compiled_corpus_reproduces_the_source_text_word_for_word() {
    let source_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/source-text.txt");
    let source = std::fs::read_to_string(source_path).unwrap();
    let corpus = common::real_corpus();
    let mut documents: Vec<_> = corpus.documents().iter().collect();
    // The source runs in the order of its first lines; follow it.
    documents.sort_by_key(|d| source.find(&d.title).expect("each title is in the source"));
    assert_eq!(documents.len(), 6);
    let mut compiled = Vec::new();
    for document in documents {
        compiled.extend(words(&document.title));
        for paragraph in &document.paragraphs {
            compiled.extend(words(&paragraph.text));
        }
    }
    let expected = words(&source);
    let first_difference = expected.iter().zip(&compiled).position(|(a, b)| a != b);
    assert_eq!(first_difference, None, "first difference at word {first_difference:?}");
    assert_eq!(
        compiled.len(),
        expected.len(),
        "the compiled corpus has {} words, the source {}",
        compiled.len(),
        expected.len()
    );
}

#[test]
fn bullet_lines_become_list_items_and_keep_their_text() {
    let corpus = common::real_corpus();
    let starmer = corpus.document("2024-11-04-starmer-interpol-border-security-investment").unwrap();
    let items: Vec<_> = starmer.paragraphs.iter().filter(|p| p.block == Block::ListItem).collect();
    assert_eq!(items.len(), 8);
    assert_eq!(items[0].text, "PM to outline major investments to smash criminal smuggling gangs at INTERPOL General Assembly in Glasgow");
    assert!(corpus.documents().iter().flat_map(|d| &d.paragraphs).all(|p| !p.text.contains('•')));
}

#[test]
fn the_source_s_own_characters_and_slips_are_kept() {
    let corpus = common::real_corpus();
    let all_text: String = corpus
        .documents()
        .iter()
        .flat_map(|d| &d.paragraphs)
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for kept in [
        "we are also we are seeking",
        "increase the increase the interception rate",
        "£150 million",
        "UK’s",
        "“We",
        " – ",
    ] {
        assert!(all_text.contains(kept), "{kept:?} is missing");
    }
}
