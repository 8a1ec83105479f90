//! Fuzzes the corpus source parser: arbitrary text, arbitrary front matter,
//! mutated copies of the real documents and hostile bodies under real front
//! matter. Every case compiles to a sound document or fails with located
//! problems; none panics or hangs.

#[macro_use]
mod fuzzing;

use corpus_compiler::{compile, compile_document, load_taxonomy, Taxonomy};
use explorer_core::model::{CorpusData, Document};
use explorer_core::Corpus;
use proptest::prelude::*;
use proptest::sample::Index;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

static TAXONOMY: LazyLock<Taxonomy> =
    LazyLock::new(|| load_taxonomy(&corpus_dir().join("taxonomy")).unwrap_or_else(|e| panic!("{e}")));

static REAL: LazyLock<CorpusData> =
    LazyLock::new(|| compile(&corpus_dir()).unwrap_or_else(|e| panic!("{e}")));

/// The real document sources, as written.
static SOURCES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir().join("documents"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files.iter().map(|file| std::fs::read_to_string(file).unwrap()).collect()
});

/// Pieces that steer the parser into its corners: fences, TOML, quotation
/// introductions, money, units, sentence ends, list items, controls.
const PIECES: &[&str] = &[
    "+++",
    "+++\n",
    "\n",
    "\n\n",
    "\r\n",
    "\u{feff}",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "said:",
    " said: “",
    "•",
    "£",
    "€",
    "$",
    "%",
    " per cent",
    "m",
    "bn",
    " million",
    " billion",
    " tonnes",
    "kg",
    " people",
    ".",
    ". ",
    "?",
    "!",
    "(",
    ")",
    "—",
    "–",
    "Prime Minister",
    "Dr.",
    " = ",
    "{",
    "}",
    "[",
    "]",
    "value",
    "confirmed",
    "inferred",
    "https://",
    "\u{202e}",
    "\u{0}",
    "\t",
    "1.",
    "2023-06-12",
    "HC 197",
    "No. 10",
    "24/7",
    "10:30",
    "Albania",
    "NCA",
    "smuggl",
    "Rishi Sunak",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        2 => "[0-9][0-9,.]{0,7}",
        2 => "[A-Za-z]{1,8}",
        1 => any::<String>(),
    ]
}

/// Text made of pieces and words: closer to a document than random characters.
fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(prop_oneof![piece(), Just(" ".to_owned())], 0..80).prop_map(|p| p.concat())
}

/// Replaces `delete` bytes at `at`, both moved back to character boundaries, with `insert`.
fn mutate(text: &mut String, at: usize, delete: usize, insert: &str) {
    let boundary = |mut offset: usize| {
        offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let start = boundary(at);
    let end = boundary(start + delete);
    text.replace_range(start..end, insert);
}

/// Compiles `text` as a document under the time limit and checks the outcome.
fn check(text: &str) -> Result<(), TestCaseError> {
    let file = Path::new("fuzz.md");
    match fuzzing::timed(text, || compile_document(file, text, &TAXONOMY))? {
        Ok(document) => check_sound(document),
        Err(errors) => {
            prop_assert!(!errors.0.is_empty());
            let lines = text.lines().count() + 1;
            for error in &errors.0 {
                prop_assert!(error.file == file && error.line <= lines, "{error}");
                prop_assert!(!error.fix.trim().is_empty(), "{error}");
            }
            Ok(())
        }
    }
}

/// A compiled document loads into a corpus, and its figures point into its text.
fn check_sound(document: Document) -> Result<(), TestCaseError> {
    for paragraph in &document.paragraphs {
        let text = &paragraph.text;
        for figure in &paragraph.figures {
            let (written, sentence) = (figure.text.range(), figure.sentence.range());
            for range in [&written, &sentence] {
                prop_assert!(range.start <= range.end && range.end <= text.len(), "{figure:?} in {text:?}");
                prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            }
            prop_assert!(sentence.start <= written.start && written.end <= sentence.end);
        }
    }
    let data = CorpusData {
        version: String::new(),
        taxonomy: REAL.taxonomy.clone(),
        documents: vec![document],
        text_shards: Vec::new(),
        search_index: None,
    };
    prop_assert!(Corpus::new(data).is_ok());
    Ok(())
}

fuzz! {
    fn any_text_compiles_or_fails_cleanly(text in any::<String>()) {
        check(&text)?;
    }

    fn any_front_matter_and_body_compile_or_fail_cleanly(front in any::<String>(), body in soup()) {
        check(&format!("+++\n{front}\n+++\n{body}"))?;
    }

    fn mutated_real_documents_compile_or_fail_cleanly(
        document in any::<Index>(),
        edits in proptest::collection::vec((any::<Index>(), 0usize..40, piece()), 1..8),
    ) {
        let mut text = document.get(&SOURCES).clone();
        for (at, delete, insert) in &edits {
            let offset = at.index(text.len() + 1);
            mutate(&mut text, offset, *delete, insert);
        }
        check(&text)?;
    }

    fn hostile_bodies_under_real_front_matter_compile_or_fail_cleanly(
        document in any::<Index>(),
        body in soup(),
    ) {
        let source = document.get(&SOURCES);
        let closing = source[3..].find("\n+++\n").expect("a closing fence") + 3 + "\n+++\n".len();
        check(&format!("{}{body}", &source[..closing]))?;
    }
}

#[test]
fn mutating_keeps_text_on_character_boundaries() {
    let mut text = "£5 “said”".to_owned();
    mutate(&mut text, 1, 1, "X");
    assert_eq!(text, "X£5 “said”", "inside £, the edit moves to its start");
    mutate(&mut text, 6, 3, "");
    assert_eq!(text, "X£5 said”", "an edit inside “ starts at its start");
}

#[test]
fn the_real_documents_compile_one_at_a_time() {
    assert_eq!(SOURCES.len(), REAL.documents.len());
    for (source, compiled) in SOURCES.iter().zip(&REAL.documents) {
        let document = compile_document(Path::new("real.md"), source, &TAXONOMY).unwrap();
        assert_eq!(&document, compiled);
    }
}
