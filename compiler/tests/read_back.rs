//! Every citation of the real corpus and of the hostile test corpus (each
//! document and each paragraph) in BibTeX, RIS and CSL-JSON, and every
//! list's CSV and JSON export, read back by tools nobody here wrote, and
//! compared with what the app meant: `tests/read-back/read_back.mjs` reads
//! them with citation-js (BibTeX, RIS, and CSL-JSON checked against the CSL
//! schema's field and type tables), @retorquere/bibtex-parser, citeproc-js
//! (APA) and csv-parse. The npm packages are pinned in `package.json`;
//! `scripts/setup.sh` installs them.

use corpus_compiler::compile;
use explorer_core::cite::{Citation, CitedParagraph, Format};
use explorer_core::export::Export;
use explorer_core::model::Document;
use explorer_core::research::{figures, quotes, FigureOrder};
use explorer_core::{Corpus, Date};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn corpus(dir: &str) -> Corpus {
    let data = compile(&workspace().join(dir)).unwrap_or_else(|errors| panic!("{errors}"));
    Corpus::new(data).unwrap()
}

fn date_parts(date: Date) -> serde_json::Value {
    json!([date.year(), date.month(), date.day()])
}

/// What a citation means, from the model rather than from any format's text.
fn meaning(citation: &Citation, file: &str) -> serde_json::Value {
    let document = citation.document;
    let unchecked: Vec<&str> = citation.unchecked().iter().map(|u| u.what).collect();
    json!({
        "file": file,
        "key": citation.key(),
        "title": document.title,
        "authors": citation.organisations,
        "kind": citation.kind,
        "website": document.site().name(),
        "issued": date_parts(document.date.value),
        "accessed": date_parts(citation.accessed),
        "source": document.source.value,
        "paragraph": citation.paragraph.as_ref().map(|p| json!({ "number": p.number, "link": p.link })),
        "unchecked": unchecked,
    })
}

/// Writes each citation's three formats, and what it means into `meanings`.
fn write_citations(corpus: &Corpus, dir: &Path, prefix: &str, meanings: &mut Vec<serde_json::Value>) {
    let accessed = Date::parse("2026-11-28").unwrap();
    for (d, document) in corpus.documents().iter().enumerate() {
        let paragraphs = (1..=document.paragraphs.len() as u32).map(Some);
        for number in std::iter::once(None).chain(paragraphs) {
            let cited = number.map(|number| CitedParagraph {
                number,
                link: format!("https://example.org/explorer/?doc={}&p={number}", document.id),
            });
            let citation = Citation::new(corpus, document, cited, accessed);
            let file = format!("{prefix}-{d}-{}", number.unwrap_or(0));
            for format in [Format::BibTex, Format::Ris, Format::CslJson] {
                let path = dir.join(format!("{file}.{}", format.extension()));
                std::fs::write(path, citation.to_format(format)).unwrap();
            }
            meanings.push(meaning(&citation, &file));
        }
    }
}

/// Writes every list of the whole corpus as CSV and JSON.
fn write_exports(corpus: &Corpus, dir: &Path) {
    let everything: Vec<usize> = (0..corpus.documents().len()).collect();
    let link = |document: &Document, paragraph: Option<u32>| match paragraph {
        Some(p) => format!("https://example.org/explorer/?doc={}&p={p}", document.id),
        None => format!("https://example.org/explorer/?doc={}", document.id),
    };
    let (view, day) = ("https://example.org/explorer/", Date::parse("2026-11-28").unwrap());
    let all_quotes = quotes(corpus, &everything, &[]);
    let all_figures = figures(corpus, &everything, FigureOrder::ValueDescending);
    for (name, export) in [
        ("documents", Export::documents(corpus, &everything, view, link, day)),
        ("quotes", Export::quotes(corpus, &all_quotes, view, link, day)),
        ("figures", Export::figures(corpus, &all_figures, view, link, day)),
    ] {
        std::fs::write(dir.join(format!("{name}.csv")), export.to_csv()).unwrap();
        std::fs::write(dir.join(format!("{name}.json")), export.to_json()).unwrap();
    }
}

#[test]
fn every_citation_and_export_reads_back_as_meant_in_tools_nobody_here_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let mut meanings = Vec::new();
    write_citations(&corpus("corpus"), dir.path(), "real", &mut meanings);
    write_citations(&corpus("tests/fixtures/hostile-corpus"), dir.path(), "hostile", &mut meanings);
    std::fs::write(dir.path().join("citations.json"), serde_json::to_string_pretty(&meanings).unwrap())
        .unwrap();
    write_exports(&corpus("corpus"), dir.path());
    let script = workspace().join("tests/read-back/read_back.mjs");
    let run = Command::new("node").arg(&script).arg(dir.path()).output().unwrap_or_else(|error| {
        panic!("cannot run node ({error}): scripts/setup.sh installs Node.js's packages for this test")
    });
    let (stdout, stderr) = (String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
    println!("{stdout}");
    assert!(run.status.success(), "{} read back wrong:\n{stdout}\n{stderr}", script.display());
    let checked = format!("{} citations read back", meanings.len());
    assert!(stdout.contains(&checked), "the script checked every citation: {stdout}");
}
