//! Harness for the end-to-end tests: serves a built site on 127.0.0.1 and
//! drives it in headless Chromium over WebDriver.
//!
//! ```no_run
//! # async fn demo() {
//! use e2e::{dist_dir, wait_for, Browser, Site};
//! use std::time::Duration;
//! let site = Site::start(&dist_dir(), "/");
//! let browser = Browser::start(1280, 800).await;
//! browser.goto(&site.url("q=rwanda")).await.unwrap();
//! wait_for(&browser, "[data-result-count]", Duration::from_secs(20)).await;
//! browser.close().await;
//! # }
//! ```

pub mod actions;
pub mod axe;
pub mod benchmark;
mod browser;
pub mod cdp;
pub mod generate;
mod hold;
pub mod lighthouse;
mod link;
pub mod load;
mod page;
pub mod pagefind_site;
mod paths;
pub mod random_actions;
pub mod rng;
mod server;

pub use browser::Browser;
pub use fantoccini::{elements::Element, Client, Locator};
pub use link::Throttle;
pub use page::{all_attrs, attr, count, screenshot, text, wait_for, wait_until_gone, LOAD_TIMEOUT};
pub use paths::{
    built_metadata, copy_files, corpus_ids_newest_first, dist_dir, generated_corpus_dir, generated_dist_dir,
    hostile_dist_dir, imported_corpus_dir, imported_dist_dir, site_without, sub_path_dist_dir,
    workspace_root,
};
pub use server::{gzip, is_text_file, Caching, Served, Site};

/// A TCP port on 127.0.0.1 that was free a moment ago.
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .expect("bind a free port on 127.0.0.1")
        .port()
}
