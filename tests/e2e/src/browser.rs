//! Headless Chromium behind its own chromedriver, torn down with its whole
//! process group even when a test panics.

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub(crate) const CHROMIUM: &str = "/usr/bin/chromium";
const MIN_WINDOW_WIDTH: u32 = 500;
const DRIVER_START_TIMEOUT: Duration = Duration::from_secs(20);
/// A session is tried this many times, each with a new chromedriver on a new
/// port: a port found free can be taken (by another test's Chromium) before
/// chromedriver binds it, and the session request then goes to that other
/// listener, which does not answer it.
const SESSION_ATTEMPTS: usize = 3;

/// A WebDriver session in a fresh headless Chromium. Derefs to the
/// [`fantoccini::Client`]; call [`Browser::close`] at the end of a test.
pub struct Browser {
    client: Client,
    // Dropped after `client`: kills chromedriver's process group, removes the profile.
    driver: Driver,
}

/// chromedriver's process (leading its own process group) and Chromium's
/// temporary profile directory.
struct Driver {
    process: Child,
    profile: Option<TempDir>,
}

impl Browser {
    /// Starts chromedriver on a free port (in its own process group) and
    /// opens a session in a `width`×`height` headless Chromium window.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, &[]).await
    }

    /// [`Browser::start`] with more Chromium switches (the benchmarks' memory figures need some).
    pub async fn start_with(width: u32, height: u32, switches: &[&str]) -> Browser {
        let mut failures = Vec::new();
        for _ in 0..SESSION_ATTEMPTS {
            match Browser::try_start(width, height, switches).await {
                Ok(browser) => return browser,
                Err(failure) => failures.push(failure),
            }
        }
        panic!("open a WebDriver session in {CHROMIUM}, {SESSION_ATTEMPTS} tries: {}", failures.join("; "))
    }

    /// One try at a chromedriver and a session.
    async fn try_start(width: u32, height: u32, switches: &[&str]) -> Result<Browser, String> {
        let profile = tempfile::Builder::new()
            .prefix("e2e-chromium-")
            .tempdir()
            .expect("create a temporary Chromium profile directory");
        let port = crate::free_port();
        let process = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|error| {
                panic!("start {CHROMEDRIVER} ({error}); scripts/setup.sh --test installs it")
            });
        // From here on, Driver's Drop cleans up whatever happens.
        let mut driver = Driver { process, profile: Some(profile) };
        driver.wait_until_listening(port).await?;

        let mut args = vec![
            "--headless".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            format!("--user-data-dir={}", driver.profile.as_ref().expect("profile").path().display()),
            format!("--window-size={width},{height}"),
        ];
        args.extend(switches.iter().map(|switch| switch.to_string()));
        let mut capabilities = Capabilities::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        let mut options = json!({ "binary": CHROMIUM, "args": args });
        // Headless windows are at least 500 px wide; phones are emulated.
        if width < MIN_WINDOW_WIDTH {
            options["mobileEmulation"] = json!({ "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0, "touch": true, "mobile": true } });
        }
        capabilities.insert("goog:chromeOptions".into(), options);
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .map_err(|error| error.to_string())?;
        Ok(Browser { client, driver })
    }

    /// The WebDriver client (also reachable through `Deref`).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Ends the WebDriver session (closing Chromium); Drop then stops
    /// chromedriver and removes the profile.
    pub async fn close(self) {
        let Browser { client, driver } = self;
        let _ = client.close().await;
        drop(driver);
    }
}

impl Driver {
    /// Waits for chromedriver to listen; fails if it exits first or takes too long.
    async fn wait_until_listening(&mut self, port: u16) -> Result<(), String> {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.process.try_wait() {
                return Err(format!("{CHROMEDRIVER} exited at start ({status})"));
            }
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(());
            }
            if started.elapsed() > DRIVER_START_TIMEOUT {
                return Err(format!(
                    "{CHROMEDRIVER} did not listen on port {port} within {DRIVER_START_TIMEOUT:?}"
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl std::ops::Deref for Browser {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // chromedriver leads its own process group, which holds Chromium and
        // its helpers too: end them all, then reap chromedriver.
        let group = self.process.id() as libc::pid_t;
        unsafe {
            libc::kill(-group, libc::SIGKILL);
        }
        let _ = self.process.wait();
        if let Some(profile) = self.profile.take() {
            let path = profile.path().to_path_buf();
            if profile.close().is_err() {
                // A Chromium helper may still have been writing; try once more.
                std::thread::sleep(Duration::from_millis(200));
                let _ = std::fs::remove_dir_all(path);
            }
        }
    }
}
