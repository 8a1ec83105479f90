//! Trunk's post-build hook (`Trunk.toml`): finishes the built site in
//! `$TRUNK_STAGING_DIR`: the first view and the Content-Security-Policy in
//! `index.html`, the app's code in parts, the corpus's files (their text in shards of
//! `$EXPLORER_SHARD_KB`, 128 unless set), and the service worker for its files.

use std::path::PathBuf;

fn main() {
    let staging = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).unwrap_or_else(|| {
        eprintln!("post_build: TRUNK_STAGING_DIR is not set; Trunk runs this after a build");
        std::process::exit(2);
    });
    // The page's path on the host (`trunk build --public-url /explorer/`), which its links begin with.
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let setting = std::env::var(post_build::corpus_file::SHARD_KB).ok();
    let shard_bytes = post_build::corpus_file::shard_bytes(setting.as_deref()).unwrap_or_else(|problem| {
        eprintln!("post_build: {problem}");
        std::process::exit(2);
    });
    let profile = std::env::var("TRUNK_PROFILE").unwrap_or_else(|_| "debug".to_owned());
    let source = std::env::var_os("TRUNK_SOURCE_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let wasm = post_build::code_split::artifact(&source, &profile);
    let settings =
        post_build::Settings { path: &public_url, shard_bytes, wasm: &wasm, optimise: profile == "release" };
    if let Err(error) = post_build::finish(&staging, &settings) {
        eprintln!("post_build: {}: {error}", staging.display());
        std::process::exit(1);
    }
}
