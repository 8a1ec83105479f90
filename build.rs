//! Compiles the corpus sources (`corpus/`, or the directory `EXPLORER_CORPUS`
//! names, as the tests' hostile corpus does) into the JSON the app embeds; a
//! broken source fails the build with its file, line and what to fix; and
//! has the browser's wasm linked with its relocations, for the code split.

use std::path::PathBuf;

fn main() {
    // The build splits the browser's wasm where the app marks code for later
    // (`src/later.rs`); the splitter reads the linker's relocations.
    if std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-env-changed=EXPLORER_CORPUS");
    let corpus = std::env::var_os("EXPLORER_CORPUS").map_or_else(|| PathBuf::from("corpus"), PathBuf::from);
    println!("cargo:rerun-if-changed={}", corpus.display());
    match corpus_compiler::compile_to_json(&corpus) {
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
