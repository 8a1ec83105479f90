//! Trunk's post-build hook (`Trunk.toml`): finishes the built site in
//! `$TRUNK_STAGING_DIR` by adding the Content-Security-Policy to
//! `index.html` and writing the service worker for its files.

use std::path::PathBuf;

fn main() {
    let staging = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).unwrap_or_else(|| {
        eprintln!("post_build: TRUNK_STAGING_DIR is not set; Trunk runs this after a build");
        std::process::exit(2);
    });
    if let Err(error) = post_build::finish(&staging) {
        eprintln!("post_build: {}: {error}", staging.display());
        std::process::exit(1);
    }
}
