//! What the importer's tests share: the fixtures, a fixture server on
//! 127.0.0.1, a scratch corpus with the project's taxonomy, and running the
//! `import` binary.

#![allow(dead_code)] // each test file uses its own part

pub mod fixtures;
pub mod server;

pub use fixtures::*;

use explorer_core::model::{Block, Document};
use server::{FixtureServer, Reply};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The G7 press release as the Content API returns it, to change in a test.
pub fn g7_json() -> serde_json::Value {
    serde_json::from_str(&fixture("govuk-g7-press-release.json")).unwrap()
}

pub fn pac_page() -> String {
    fixture("parliament-pac-news.html")
}

/// A document of the project's own corpus, compiled: the text as published.
pub fn project_document(id: &str) -> Document {
    let corpus =
        corpus_compiler::compile(&repository().join("corpus")).expect("the project's corpus compiles");
    corpus.documents.into_iter().find(|document| document.id == id).expect("the project has the document")
}

/// A document's paragraphs and list items, to compare its text with another's.
pub fn blocks(document: &Document) -> Vec<(Block, String)> {
    document.paragraphs.iter().map(|p| (p.block, p.text.clone())).collect()
}

/// A scratch corpus: the project's taxonomy and no documents.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    pub fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("documents")).unwrap();
        std::fs::create_dir(dir.path().join("taxonomy")).unwrap();
        for entry in std::fs::read_dir(repository().join("corpus/taxonomy")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.path().join("taxonomy").join(path.file_name().unwrap())).unwrap();
        }
        Scratch { dir }
    }

    /// A scratch corpus with the project's documents too.
    pub fn with_project_documents() -> Scratch {
        let scratch = Scratch::new();
        for entry in std::fs::read_dir(repository().join("corpus/documents")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, scratch.dir.path().join("documents").join(path.file_name().unwrap()))
                .unwrap();
        }
        scratch
    }

    pub fn corpus(&self) -> &Path {
        self.dir.path()
    }

    pub fn document(&self, id: &str) -> PathBuf {
        self.dir.path().join("documents").join(format!("{id}.md"))
    }

    pub fn read(&self, id: &str) -> String {
        std::fs::read_to_string(self.document(id)).unwrap_or_else(|error| panic!("read {id}: {error}"))
    }

    /// The names of the files in documents/.
    pub fn documents(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path().join("documents"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// The document `id` of the scratch corpus, compiled as the build does.
    pub fn compiled(&self, id: &str) -> Document {
        let corpus = self.compile().unwrap_or_else(|errors| panic!("{errors}"));
        corpus.documents.into_iter().find(|document| document.id == id).expect("the imported document")
    }

    /// Compiles the scratch corpus as the build does.
    pub fn compile(&self) -> Result<explorer_core::model::CorpusData, corpus_compiler::SourceErrors> {
        corpus_compiler::compile(self.dir.path())
    }
}

/// What a run of the import binary printed, and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `scripts/import.sh`'s binary on `corpus`, with a progress folder
/// inside the corpus, no delay unless `args` give one, and the `args`.
pub fn import(corpus: &Path, args: &[&str]) -> Run {
    let delay: &[&str] = if args.contains(&"--delay") { &[] } else { &["--delay", "0"] };
    let output = Command::new(env!("CARGO_BIN_EXE_import"))
        .arg("--corpus")
        .arg(corpus)
        .arg("--progress-dir")
        .arg(corpus.join("progress"))
        .args(delay)
        .args(args)
        .output()
        .expect("run the import binary");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    };
    eprintln!("import {args:?} → {}\n{}{}", run.code, run.stdout, run.stderr);
    run
}

/// A fixture server with the G7 press release and the PAC news page.
pub fn serve_fixtures() -> FixtureServer {
    let server = FixtureServer::start();
    for (path, body) in served() {
        server.route(&path, vec![Reply::ok(body)]);
    }
    server
}

/// `import` with the server standing in for both hosts.
pub fn import_from(server: &FixtureServer, corpus: &Path, args: &[&str]) -> Run {
    let mut all: Vec<String> = server.origin_args();
    all.extend(args.iter().map(|arg| (*arg).to_owned()));
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    import(corpus, &all)
}
