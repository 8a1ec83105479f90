//! Trunk's post-build hook (`Trunk.toml`): finishes the built site in
//! `$TRUNK_STAGING_DIR`: the first view and the Content-Security-Policy in
//! `index.html`, and the service worker for its files.

use std::path::PathBuf;

fn main() {
    let staging = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).unwrap_or_else(|| {
        eprintln!("post_build: TRUNK_STAGING_DIR is not set; Trunk runs this after a build");
        std::process::exit(2);
    });
    // The page's path on the host (`trunk build --public-url /explorer/`), which its links begin with.
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    if let Err(error) = post_build::finish(&staging, &public_url) {
        eprintln!("post_build: {}: {error}", staging.display());
        std::process::exit(1);
    }
}
