//! Compiles `corpus/` into the JSON the app embeds; a broken source fails
//! the build with its file, line and what to fix.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=corpus");
    let corpus = Path::new("corpus");
    match corpus_compiler::compile_to_json(corpus) {
        Ok(json) => {
            let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(out.join("corpus.json"), json).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprintln!("{errors}");
            std::process::exit(1);
        }
    }
}
