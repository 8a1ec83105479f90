//! The compiled corpus beside the wasm, in parts each named by its
//! content, so a host may cache them forever and a new corpus is new names:
//! its metadata, `corpus-<hash>.json` (every document without its text,
//! which is all the first view needs), and the documents' text in
//! `text-<hash>.json` shards of about [`SHARD_BYTES`] each, which the
//! metadata names and the app fetches when a view first needs the text;
//! and the search index in parts (`search-<hash>.json`, its head, which the
//! metadata names, and `postings-<hash>.json` files of consecutive terms a
//! quarter of the shard size each), so a search fetches its words' postings
//! and the text of the results it shows rather than all the text.
//! The page names the metadata in a `<meta>` for the app to fetch and
//! preloads it, so it downloads while the wasm does, and names the files a
//! search fetches first ([`Named::search_files`]); the service worker
//! keeps every part with the build's other files.

use explorer::{CORPUS_META, SEARCH_META};
use explorer_core::model::CorpusData;
use explorer_core::search::SearchIndex;
use std::io;
use std::path::Path;

/// A text shard is closed once its JSON passes this size, unless the
/// build sets another ([`SHARD_KB`]).
pub const SHARD_BYTES: usize = 128 * 1024;

/// The variable that sets the shard size in KB for a build. Smaller shards
/// let the reader of one document fetch less, at more requests for the
/// whole text; the tests build a corpus of a few documents in shards of
/// a document or two.
pub const SHARD_KB: &str = "EXPLORER_SHARD_KB";

/// The shard size a build's [`SHARD_KB`] setting asks for, or what is wrong with it.
pub fn shard_bytes(setting: Option<&str>) -> Result<usize, String> {
    let Some(setting) = setting else { return Ok(SHARD_BYTES) };
    match setting.trim().parse::<usize>() {
        Ok(kb) if kb > 0 => Ok(kb * 1024),
        _ => Err(format!(
            "{SHARD_KB}={setting:?} is not a size in KB: set a whole number such as 128, or unset it"
        )),
    }
}

/// The files the page names.
pub struct Named {
    /// The corpus's metadata.
    pub metadata: String,
    /// The files a search fetches first: the search index's head; and,
    /// for a corpus whose text is one shard, its one postings file and
    /// that shard, which any search with results needs, so that they
    /// arrive together rather than one round trip after another.
    pub search_files: Vec<String>,
}

/// Writes the corpus's parts into `site`, its text in shards closed once
/// they pass `shard_bytes`, and returns the names the page gives.
pub fn write(site: &Path, json: &str, shard_bytes: usize, first_view: &[usize]) -> io::Result<Named> {
    let invalid = |error: serde_json::Error| io::Error::new(io::ErrorKind::InvalidData, error);
    let corpus: CorpusData = serde_json::from_str(json).map_err(invalid)?;
    let whole = explorer_core::Corpus::new(corpus).map_err(|error| invalid_corpus(error.to_string()))?;
    let (mut metadata, shards) =
        explorer_core::shards::split(whole.data(), shard_bytes, |json| named("text", json));
    let one_shard = shards.len() == 1;
    if !one_shard {
        explorer_core::shards::keep_summaries_of(&mut metadata, first_view);
    }
    let postings_bytes = if one_shard { usize::MAX } else { shard_bytes / 4 };
    let (head, postings) = SearchIndex::new(&whole).split(postings_bytes, |json| named("postings", json));
    let head = serde_json::to_string(&head).map_err(invalid)?;
    let head_name = named("search", &head);
    let mut search_files = vec![head_name.clone()];
    if one_shard {
        search_files.extend(postings.iter().chain(&shards).map(|(name, _)| name.clone()));
    }
    for (name, json) in shards.into_iter().chain(postings).chain([(head_name.clone(), head)]) {
        std::fs::write(site.join(name), json)?;
    }
    metadata.search_index = Some(head_name);
    let metadata = serde_json::to_string(&metadata).map_err(invalid)?;
    let name = named("corpus", &metadata);
    std::fs::write(site.join(&name), metadata)?;
    Ok(Named { metadata: name, search_files })
}

fn invalid_corpus(problem: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, problem)
}

fn named(kind: &str, json: &str) -> String {
    format!("{kind}-{}.json", &crate::service_worker::sha256(json.as_bytes())[..16])
}

/// What the page's `<head>` gains, before its end: the corpus file's
/// address (on the host at `path`, its sub-path) for the app, a preload of
/// it, and the addresses of the files a search fetches first.
pub fn head(path: &str, named: &Named) -> String {
    let address = format!("{path}{}", named.metadata);
    let search: Vec<String> = named.search_files.iter().map(|file| format!("{path}{file}")).collect();
    let search = search.join(" ");
    format!(
        "<meta name=\"{CORPUS_META}\" content=\"{address}\" />\n\
         <link rel=\"preload\" href=\"{address}\" as=\"fetch\" type=\"application/json\" crossorigin=\"anonymous\" />\n\
         <meta name=\"{SEARCH_META}\" content=\"{search}\" />\n</head>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(texts: &[&str]) -> String {
        let documents: Vec<String> = texts.iter().enumerate().map(|(n, text)| format!(
            r#"{{"id":"d{n}","title":"D","date":{{"value":"2024-01-01","provenance":{{"inferred":"t"}}}},"updated":null,
            "doc_type":{{"value":"t","provenance":{{"inferred":"t"}}}},"publishers":{{"value":[],"provenance":{{"inferred":"t"}}}},
            "period":"g","source":{{"value":"s","provenance":{{"inferred":"t"}}}},"report":null,
            "digest":{{"summary":"{text}","paragraphs":1,"mentions":[]}},
            "paragraphs":[{{"block":"paragraph","text":"{text}","tags":[]}}]}}"#
        )).collect();
        format!(
            r#"{{"version":"v","taxonomy":{{"governments":[{{"slug":"g","label":"G","prime_minister":"P","party":"Q","from":"2020-01-01","to":null}}],"types":[{{"slug":"t","label":"T"}}],"topics":[],"agencies":[],"people":[],"places":[]}},"documents":[{}]}}"#,
            documents.join(",")
        )
    }

    fn written(site: &Path, name: &str) -> CorpusData {
        serde_json::from_str(&std::fs::read_to_string(site.join(name)).unwrap()).unwrap()
    }

    #[test]
    fn the_names_follow_the_content_and_the_metadata_names_its_shards() {
        let site = tempfile::tempdir().unwrap();
        let first = write(site.path(), &corpus(&["One."]), SHARD_BYTES, &[]).unwrap().metadata;
        let same = write(site.path(), &corpus(&["One."]), SHARD_BYTES, &[]).unwrap().metadata;
        let other = write(site.path(), &corpus(&["Two."]), SHARD_BYTES, &[]).unwrap().metadata;
        assert_eq!(first, same);
        assert_ne!(first, other);
        assert!(first.starts_with("corpus-") && first.ends_with(".json") && first.len() == 28, "{first}");
        let metadata = written(site.path(), &other);
        assert!(metadata.documents.iter().all(|document| document.paragraphs.is_empty()));
        assert_eq!(metadata.text_shards.len(), 1);
        let shard = std::fs::read_to_string(site.path().join(&metadata.text_shards[0].file)).unwrap();
        assert!(shard.contains("\"text\":\"Two.\""), "{shard}");
        assert!(metadata.text_shards[0].file.starts_with("text-"));
        let head_file = metadata.search_index.as_deref().expect("the metadata names the search index's head");
        assert!(head_file.starts_with("search-"), "{head_file}");
        let head = std::fs::read_to_string(site.path().join(head_file)).unwrap();
        let head = explorer_core::search::IndexHead::from_json(&head).unwrap();
        let corpus = explorer_core::Corpus::new(metadata).unwrap();
        let index = SearchIndex::from_head(head, &corpus).unwrap();
        let file = index.file_name(0).expect("a postings file").to_owned();
        assert!(file.starts_with("postings-"), "{file}");
        let json = std::fs::read_to_string(site.path().join(&file)).unwrap();
        index.add_file(0, explorer_core::search::PostingsPart::from_json(&json).unwrap()).unwrap();
        let query = index.prepare("two");
        assert!(index.missing_files(&query).is_empty());
        assert_eq!(index.hits(&query).len(), 1, "the index in parts finds the document");
    }

    #[test]
    fn a_large_corpus_has_text_shards_of_about_the_set_size() {
        let site = tempfile::tempdir().unwrap();
        let long = "word ".repeat(20_000);
        let name = write(site.path(), &corpus(&[&long, &long, &long, &long, &long]), SHARD_BYTES, &[])
            .unwrap()
            .metadata;
        let shards = written(site.path(), &name).text_shards;
        assert_eq!(shards.iter().map(|shard| shard.count).collect::<Vec<_>>(), [2, 2, 1]);
        for shard in &shards {
            let bytes = std::fs::metadata(site.path().join(&shard.file)).unwrap().len() as usize;
            assert!((SHARD_BYTES..SHARD_BYTES + 110_000).contains(&bytes) || shard.count == 1, "{bytes}");
        }
    }

    #[test]
    fn a_corpus_in_several_shards_keeps_the_first_views_summaries_alone() {
        let site = tempfile::tempdir().unwrap();
        let paragraph = "A sentence of a few words. ".repeat(20);
        let texts = [paragraph.as_str(); 3];
        let small =
            written(site.path(), &write(site.path(), &corpus(&texts), SHARD_BYTES, &[2]).unwrap().metadata);
        assert!(
            small.documents.iter().all(|d| !d.digest.summary.is_empty()),
            "one shard: every summary stays"
        );
        let large = written(site.path(), &write(site.path(), &corpus(&texts), 1024, &[2]).unwrap().metadata);
        assert!(large.text_shards.len() > 1);
        let summaries: Vec<&str> = large.documents.iter().map(|d| d.digest.summary.as_str()).collect();
        assert_eq!(summaries[..2], ["", ""]);
        assert_eq!(summaries[2], paragraph, "the first view's");
    }

    #[test]
    fn a_search_fetches_a_small_corpus_at_once_and_a_large_one_by_its_words() {
        let site = tempfile::tempdir().unwrap();
        let small = write(site.path(), &corpus(&["One boat.", "Two boats."]), SHARD_BYTES, &[]).unwrap();
        let metadata = written(site.path(), &small.metadata);
        let head = metadata.search_index.clone().unwrap();
        let files = &small.search_files;
        assert_eq!(files.len(), 3, "the head, the postings and the text: {files:?}");
        assert_eq!(files[0], head);
        assert!(files[1].starts_with("postings-"), "{files:?}");
        assert_eq!(files[2], metadata.text_shards[0].file);
        let index = std::fs::read_to_string(site.path().join(&head)).unwrap();
        let index = SearchIndex::from_head(
            explorer_core::search::IndexHead::from_json(&index).unwrap(),
            &explorer_core::Corpus::new(metadata).unwrap(),
        )
        .unwrap();
        assert_eq!(index.file_name(0), Some(files[1].as_str()));
        assert_eq!(index.file_name(1), None, "one postings file");

        let paragraph = "word ".repeat(300);
        let large = write(site.path(), &corpus(&[&paragraph, &paragraph]), 1024, &[]).unwrap();
        assert_eq!(large.search_files, [written(site.path(), &large.metadata).search_index.unwrap()]);
    }

    #[test]
    fn a_build_may_set_the_shard_size_and_a_wrong_setting_says_how_to_fix_it() {
        assert_eq!(shard_bytes(None), Ok(SHARD_BYTES));
        assert_eq!(shard_bytes(Some("1")), Ok(1024));
        assert_eq!(shard_bytes(Some(" 64 ")), Ok(64 * 1024));
        for wrong in ["0", "-1", "12kb", ""] {
            let error = shard_bytes(Some(wrong)).unwrap_err();
            assert!(error.contains("EXPLORER_SHARD_KB") && error.contains("whole number"), "{error}");
        }
        let site = tempfile::tempdir().unwrap();
        let paragraph = "word ".repeat(300);
        let name =
            write(site.path(), &corpus(&[&paragraph, &paragraph, &paragraph]), 1024, &[]).unwrap().metadata;
        let counts: Vec<u32> =
            written(site.path(), &name).text_shards.iter().map(|shard| shard.count).collect();
        assert_eq!(counts, [1, 1, 1], "each document past 1 KB closes its shard");
    }

    #[test]
    fn the_page_names_and_preloads_the_metadata() {
        let named = Named {
            metadata: "corpus-0123456789abcdef.json".to_owned(),
            search_files: vec!["search-fedcba9876543210.json".to_owned(), "text-00aa.json".to_owned()],
        };
        let head = head("/explorer/", &named);
        assert!(head.contains(
            "<meta name=\"explorer-search\" content=\"/explorer/search-fedcba9876543210.json /explorer/text-00aa.json\" />"
        ));
        assert!(head.contains(
            "<meta name=\"explorer-corpus\" content=\"/explorer/corpus-0123456789abcdef.json\" />"
        ));
        assert!(head.contains("rel=\"preload\" href=\"/explorer/corpus-0123456789abcdef.json\" as=\"fetch\""));
        assert!(head.ends_with("</head>"));
    }
}
