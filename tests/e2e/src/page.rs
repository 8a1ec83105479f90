//! Reading the page: waiting for elements, their attributes and text, and
//! screenshots for humans.

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use std::path::Path;
use std::time::Duration;

/// How long the app may take to download, start and render.
pub const LOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// Waits up to `timeout` for an element matching `css_selector`; panics
/// with the page's URL if none appears.
pub async fn wait_for(client: &Client, css_selector: &str, timeout: Duration) -> Element {
    match client.wait().at_most(timeout).for_element(Locator::Css(css_selector)).await {
        Ok(element) => element,
        Err(error) => {
            let url = client.current_url().await.map(|url| url.to_string()).unwrap_or_default();
            panic!("no element matches {css_selector:?} within {timeout:?} at {url}: {error}")
        }
    }
}

/// Waits up to `timeout` until no element matches `css_selector`.
pub async fn wait_until_gone(client: &Client, css_selector: &str, timeout: Duration) {
    let deadline = std::time::Instant::now() + timeout;
    while count(client, css_selector).await > 0 {
        if std::time::Instant::now() > deadline {
            panic!("{css_selector:?} still present after {timeout:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// How many elements match `css_selector` now.
pub async fn count(client: &Client, css_selector: &str) -> usize {
    find_all(client, css_selector).await.len()
}

/// The attribute `name` of the first element matching `css_selector`
/// (`None` if it has no such attribute); panics if nothing matches.
pub async fn attr(client: &Client, css_selector: &str, name: &str) -> Option<String> {
    let element = client
        .find(Locator::Css(css_selector))
        .await
        .unwrap_or_else(|error| panic!("no element matches {css_selector:?}: {error}"));
    element.attr(name).await.unwrap_or_else(|error| panic!("read {name} of {css_selector:?}: {error}"))
}

/// The attribute `name` of every element matching `css_selector`, in
/// document order (missing attributes are skipped).
pub async fn all_attrs(client: &Client, css_selector: &str, name: &str) -> Vec<String> {
    let mut values = Vec::new();
    for element in find_all(client, css_selector).await {
        if let Some(value) = element
            .attr(name)
            .await
            .unwrap_or_else(|error| panic!("read {name} of {css_selector:?}: {error}"))
        {
            values.push(value);
        }
    }
    values
}

/// The rendered text of the first element matching `css_selector`.
pub async fn text(client: &Client, css_selector: &str) -> String {
    let element = client
        .find(Locator::Css(css_selector))
        .await
        .unwrap_or_else(|error| panic!("no element matches {css_selector:?}: {error}"));
    element.text().await.unwrap_or_else(|error| panic!("read the text of {css_selector:?}: {error}"))
}

/// Saves a PNG screenshot of the viewport to `path`.
pub async fn screenshot(client: &Client, path: &Path) {
    let png = client.screenshot().await.unwrap_or_else(|error| panic!("take a screenshot: {error}"));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|error| panic!("create {}: {error}", parent.display()));
    }
    std::fs::write(path, png).unwrap_or_else(|error| panic!("write {}: {error}", path.display()));
}

async fn find_all(client: &Client, css_selector: &str) -> Vec<Element> {
    client
        .find_all(Locator::Css(css_selector))
        .await
        .unwrap_or_else(|error| panic!("look for {css_selector:?}: {error}"))
}
