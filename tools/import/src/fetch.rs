//! Fetching over HTTPS, politely: one request at a time with a pause
//! between them, retries with a growing wait when the server is busy or
//! the network fails, no redirects followed, and a size limit.
//!
//! Tests serve fixtures from 127.0.0.1: a test origin (`--test-origin
//! www.gov.uk=http://127.0.0.1:PORT`) sends one real host's requests there.
//! Only 127.0.0.1 can be a test origin; without one, the real hosts are used.

use crate::address::{GOVUK_HOST, PARLIAMENT_HOST};
use std::io::Write;
use std::time::{Duration, Instant};

/// The largest response read: a larger one is refused as not a document page.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;
/// Tries of one request before giving up.
const ATTEMPTS: u32 = 4;
/// The longest wait a server's Retry-After can ask for.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// A real host whose requests go to a local server instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestOrigin {
    pub host: String,
    pub origin: String,
}

impl std::str::FromStr for TestOrigin {
    type Err = String;

    /// Reads `HOST=http://127.0.0.1:PORT`.
    fn from_str(text: &str) -> Result<TestOrigin, String> {
        let (host, origin) = text.split_once('=').ok_or("write HOST=http://127.0.0.1:PORT")?;
        if host != GOVUK_HOST && host != PARLIAMENT_HOST {
            return Err(format!("the host is {GOVUK_HOST} or {PARLIAMENT_HOST}, not {host:?}"));
        }
        let port =
            origin.strip_prefix("http://127.0.0.1:").ok_or("a test origin is http://127.0.0.1:PORT")?;
        port.parse::<u16>().map_err(|_| format!("{port:?} is not a port"))?;
        Ok(TestOrigin { host: host.to_owned(), origin: origin.to_owned() })
    }
}

/// Why a fetch failed.
#[derive(Debug)]
pub enum FetchError {
    /// The server answered with this status (after any retries).
    Status(u16, Option<String>),
    TooLarge,
    /// The network failed on every try.
    Network(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Status(404, _) => write!(f, "there is no page at this address (404)"),
            FetchError::Status(410, _) => write!(f, "the page has been removed (410)"),
            FetchError::Status(status, Some(location)) => {
                write!(f, "the page has moved ({status}) to {location}: import that address")
            }
            FetchError::Status(status, None) => write!(f, "the server answered {status}"),
            FetchError::TooLarge => {
                write!(f, "the response is over {} MB: not a document page", MAX_BYTES >> 20)
            }
            FetchError::Network(error) => write!(f, "the request failed: {error}"),
        }
    }
}

pub struct Fetcher {
    agent: ureq::Agent,
    test_origins: Vec<TestOrigin>,
    delay: Duration,
    last_request: Option<Instant>,
}

impl Fetcher {
    /// A fetcher that waits `delay` between requests.
    pub fn new(delay: Duration, test_origins: Vec<TestOrigin>) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(60)))
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(concat!("policy-corpus-explorer-import/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Fetcher { agent, test_origins, delay, last_request: None }
    }

    /// The address requested for `address`: the address itself, or its
    /// path on the host's test origin.
    fn locate(&self, address: &str) -> String {
        for test in &self.test_origins {
            if let Some(path) = address.strip_prefix(&format!("https://{}/", test.host)) {
                return format!("{}/{path}", test.origin);
            }
        }
        address.to_owned()
    }

    /// Fetches `address` as text, retrying what may pass; `log` hears of each retry.
    pub fn get(&mut self, address: &str, log: &mut dyn Write) -> Result<String, FetchError> {
        let target = self.locate(address);
        let mut attempt = 1;
        loop {
            self.wait_politely();
            let (retry_after, error) = match self
                .agent
                .get(&target)
                .header("Accept", "application/json, text/html")
                .call()
            {
                Ok(mut response) => {
                    let status = response.status().as_u16();
                    if status == 200 {
                        return read_limited(response.body_mut());
                    }
                    let header = |name: &str| {
                        response.headers().get(name).and_then(|value| value.to_str().ok()).map(str::to_owned)
                    };
                    let error = FetchError::Status(status, header("location"));
                    if ![429, 500, 502, 503, 504].contains(&status) {
                        return Err(error);
                    }
                    let retry_after = header("retry-after").and_then(|text| text.trim().parse::<u64>().ok());
                    (retry_after.map(|seconds| Duration::from_secs(seconds).min(MAX_RETRY_AFTER)), error)
                }
                Err(error) => (None, FetchError::Network(error.to_string())),
            };
            if attempt == ATTEMPTS {
                return Err(error);
            }
            let wait =
                retry_after.unwrap_or_else(|| self.delay.max(Duration::from_millis(50)) * 2u32.pow(attempt));
            let _ = writeln!(
                log,
                "  {error}; trying again in {:.1} s (try {} of {ATTEMPTS})",
                wait.as_secs_f64(),
                attempt + 1
            );
            std::thread::sleep(wait);
            attempt += 1;
        }
    }

    fn wait_politely(&mut self) {
        if let Some(last) = self.last_request {
            let since = last.elapsed();
            if since < self.delay {
                std::thread::sleep(self.delay - since);
            }
        }
        self.last_request = Some(Instant::now());
    }
}

fn read_limited(body: &mut ureq::Body) -> Result<String, FetchError> {
    body.with_config().limit(MAX_BYTES).read_to_string().map_err(|error| match error {
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge,
        other => FetchError::Network(other.to_string()),
    })
}

/// Reads a saved response or page, refusing one over [`MAX_BYTES`].
pub fn read_saved(path: &std::path::Path) -> Result<String, String> {
    let shown = path.display();
    let size = std::fs::metadata(path).map_err(|error| format!("cannot read {shown}: {error}"))?.len();
    if size > MAX_BYTES {
        return Err(format!("{shown} is over {} MB: not a document page", MAX_BYTES >> 20));
    }
    std::fs::read_to_string(path).map_err(|error| format!("cannot read {shown} as UTF-8 text: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_test_origin_is_a_known_host_on_127_0_0_1() {
        let origin: TestOrigin = "www.gov.uk=http://127.0.0.1:8080".parse().unwrap();
        let fetcher = Fetcher::new(Duration::ZERO, vec![origin]);
        assert_eq!(fetcher.locate("https://www.gov.uk/api/content/x"), "http://127.0.0.1:8080/api/content/x");
        assert_eq!(
            fetcher.locate("https://committees.parliament.uk/x"),
            "https://committees.parliament.uk/x"
        );
        for bad in [
            "example.org=http://127.0.0.1:8080",
            "www.gov.uk=http://10.0.0.1:8080",
            "www.gov.uk=https://127.0.0.1:8080",
            "www.gov.uk=http://127.0.0.1:http",
            "www.gov.uk",
        ] {
            assert!(bad.parse::<TestOrigin>().is_err(), "{bad}");
        }
    }
}
