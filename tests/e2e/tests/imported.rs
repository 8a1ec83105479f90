//! Documents imported by `scripts/import.sh` reach the reader as published:
//! the importer's fixtures (a GOV.UK press release and a committee news
//! page, served on 127.0.0.1 by `tools/import/examples/fixture_corpus.rs`
//! into `target/imported-corpus`, built into `target/dist-imported` by
//! `scripts/test.sh`) show their text word for word as the project's copy
//! of the same pages has it, and every value as confirmed by the address it
//! was imported from.

use e2e::actions::*;
use e2e::{count, imported_corpus_dir, imported_dist_dir, text, wait_for, workspace_root, LOAD_TIMEOUT};
use explorer_core::model::{Block, Provenance};

#[tokio::test]
async fn the_reader_shows_imported_documents_word_for_word_with_confirmed_provenance() {
    let imported =
        corpus_compiler::compile(&imported_corpus_dir()).unwrap_or_else(|errors| panic!("{errors}"));
    let project = corpus_compiler::compile(&workspace_root().join("corpus"))
        .unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(imported.documents.len(), 2, "the two fixtures");
    let (site, browser) = open_build(&imported_dist_dir(), "", 1280, 900).await;
    for document in &imported.documents {
        let published = project
            .documents
            .iter()
            .find(|p| p.source.value.trim_end_matches('/') == document.source.value.trim_end_matches('/'))
            .unwrap_or_else(|| panic!("the project has the page {}", document.source.value));
        browser.goto(&site.url(&format!("doc={}", document.id))).await.unwrap();
        wait_for(&browser, &format!("[data-reader=\"{}\"]", document.id), LOAD_TIMEOUT).await;

        assert_eq!(text(&browser, ".reader-title").await, published.title);
        let shown = script(
            &browser,
            "return [...document.querySelectorAll('[data-p] .paragraph-text')].map(p => p.textContent)",
        )
        .await;
        let expected: Vec<&str> = published.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(shown, serde_json::json!(expected), "{} word for word", document.id);
        let items = published.paragraphs.iter().filter(|p| p.block == Block::ListItem).count();
        assert_eq!(count(&browser, ".reader-list [data-p]").await, items, "list items stay list items");

        let Provenance::Confirmed(from) = &document.source.provenance else {
            panic!("the source is confirmed")
        };
        let expected_from = match document.source.value.strip_prefix("https://www.gov.uk") {
            Some(path) => format!("https://www.gov.uk/api/content{path}"),
            None => document.source.value.clone(),
        };
        assert_eq!(
            from, &expected_from,
            "GOV.UK values are confirmed by the Content API, committee ones by the page"
        );
        let notes = script(
            &browser,
            "return [...document.querySelectorAll('.metadata [data-provenance]')]\
             .map(note => note.dataset.provenance + ' ' + note.querySelector('a')?.getAttribute('href'))",
        )
        .await;
        let notes: Vec<String> = serde_json::from_value(notes).unwrap();
        let values = 4 + usize::from(document.updated.is_some());
        assert_eq!(
            notes,
            vec![format!("confirmed {from}"); values],
            "published, [updated,] from, type, source"
        );
    }
    browser.close().await;
}
