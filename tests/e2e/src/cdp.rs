//! Chromium DevTools Protocol commands through chromedriver's
//! `goog/cdp/execute` endpoint, for what WebDriver cannot do (going offline).

use crate::Browser;
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

#[derive(Debug)]
struct CdpCommand {
    method: String,
    params: Value,
}

impl WebDriverCompatibleCommand for CdpCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.method, "params": self.params }).to_string()))
    }
}

/// Runs a DevTools command (`Network.emulateNetworkConditions`, …) and returns its result.
pub async fn execute(browser: &Browser, method: &str, params: Value) -> Value {
    let command = CdpCommand { method: method.to_owned(), params };
    browser.issue_cmd(command).await.unwrap_or_else(|error| panic!("DevTools {method}: {error}"))
}

/// Turns the page's network off (or back on).
pub async fn set_offline(browser: &Browser, offline: bool) {
    execute(browser, "Network.enable", json!({})).await;
    let conditions =
        json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    execute(browser, "Network.emulateNetworkConditions", conditions).await;
}
