//! A static file server for a built site, on 127.0.0.1 in a background
//! thread; for the benchmarks, gzipped as a static host sends files, with a
//! log of what it sent; for the first-view tests, with the WebAssembly held
//! back until the test lets it go.

use crate::hold::Gate;
use crate::link::{Link, Paced, Throttle};
use flate2::{write::GzEncoder, Compression};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::SystemTime;
use tiny_http::{Header, Request, Response, Server};

/// How the server tells browsers to cache what it sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caching {
    /// `Cache-Control: no-store`: every load asks again (the tests' default).
    NoStore,
    /// As many static hosts (and python's http.server) do: the file's
    /// `Last-Modified`, no `Cache-Control`, and 304 to `If-Modified-Since`,
    /// so browsers keep files for a while without asking.
    LastModified,
    /// As the README's "Hosting" advises: files named by their content
    /// cached forever (`immutable`), the others revalidated (`no-cache`,
    /// with `Last-Modified` and 304).
    AsAdvised,
}

/// One response the server sent.
#[derive(Clone, Debug)]
pub struct Served {
    /// The URL's path and query, as requested.
    pub url: String,
    /// The request's `Referer`: the page, or the script of the worker that fetched.
    pub referer: Option<String>,
    /// The request was for a service worker's script (`Service-Worker: script`).
    pub service_worker_script: bool,
    /// The body's bytes as sent (gzipped when it was).
    pub bytes: usize,
    /// When the request arrived, and when its response had been sent.
    pub at: SystemTime,
    pub done: SystemTime,
}

/// Serves the files of a directory at `http://127.0.0.1:<port><sub_path>`
/// until dropped.
pub struct Site {
    server: Arc<Server>,
    thread: Option<JoinHandle<()>>,
    base: String,
    serving: Arc<Serving>,
}

/// What every request needs: where the files are, how to send them, and the log.
struct Serving {
    root: PathBuf,
    prefix: String,
    caching: Caching,
    /// When set, compressible files go gzipped to browsers that accept it,
    /// each compressed once and kept here; and requests are answered at once,
    /// each in its own thread, as a host does.
    gzipped: Option<Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>>,
    link: Link,
    log: Mutex<Vec<Served>>,
    /// Where `.wasm` requests wait while a test holds them.
    wasm: Gate,
    /// Where the documents' text shards (`text-<hash>.json`) and the search
    /// index's files (`search-` and `postings-<hash>.json`) wait while a test holds them.
    text: Gate,
    /// Where the text shards alone wait while a test holds them.
    shards: Gate,
}

impl Site {
    /// Serves `dist_dir` under `sub_path` ("/" or e.g. "/explorer/") on a
    /// free port of 127.0.0.1.
    pub fn start(dist_dir: &Path, sub_path: &str) -> Site {
        Site::start_with(dist_dir, sub_path, Caching::NoStore)
    }

    /// [`Site::start`], caching as `caching` says.
    pub fn start_with(dist_dir: &Path, sub_path: &str, caching: Caching) -> Site {
        Site::serve(dist_dir, sub_path, caching, false)
    }

    /// [`Site::start`] as a static host serves: pages, scripts, styles, data
    /// and wasm gzipped (level 9, as precompressed files are) to browsers
    /// that accept it, and several requests at a time.
    pub fn start_gzipped(dist_dir: &Path, sub_path: &str) -> Site {
        Site::serve(dist_dir, sub_path, Caching::NoStore, true)
    }

    fn serve(dist_dir: &Path, sub_path: &str, caching: Caching, gzipped: bool) -> Site {
        assert!(
            sub_path.starts_with('/') && sub_path.ends_with('/'),
            "sub_path must start and end with '/', got {sub_path:?}"
        );
        let server = Arc::new(Server::http("127.0.0.1:0").expect("bind the static server to 127.0.0.1"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let serving = Arc::new(Serving {
            root: dist_dir.to_path_buf(),
            prefix: sub_path.to_owned(),
            caching,
            gzipped: gzipped.then(Default::default),
            link: Link::default(),
            log: Mutex::default(),
            wasm: Gate::default(),
            text: Gate::default(),
            shards: Gate::default(),
        });
        let thread = std::thread::Builder::new()
            .name(format!("site:{port}"))
            .spawn({
                let (server, serving) = (Arc::clone(&server), Arc::clone(&serving));
                move || {
                    for request in server.incoming_requests() {
                        // A held request waits in a thread of its own; others are answered in turn.
                        let path = request.url().split('?').next().unwrap_or_default();
                        let file = path.rsplit('/').next().unwrap_or_default();
                        let wasm = serving.wasm.is_closed() && file.ends_with(".wasm");
                        let text = serving.text.is_closed() && is_text_file(file);
                        let shard =
                            serving.shards.is_closed() && file.starts_with("text-") && is_text_file(file);
                        if wasm || text || shard || serving.gzipped.is_some() {
                            let serving = Arc::clone(&serving);
                            std::thread::spawn(move || {
                                if wasm {
                                    serving.wasm.pass();
                                }
                                if text {
                                    serving.text.pass();
                                }
                                if shard {
                                    serving.shards.pass();
                                }
                                respond(request, &serving)
                            });
                        } else {
                            respond(request, &serving);
                        }
                    }
                }
            })
            .expect("spawn the static server thread");
        Site { server, thread: Some(thread), base: format!("http://127.0.0.1:{port}{sub_path}"), serving }
    }

    /// Every response sent so far, in the order the requests arrived.
    pub fn served(&self) -> Vec<Served> {
        self.serving.log.lock().expect("the log").clone()
    }

    /// Sends every response over a link of this round trip and bandwidth
    /// from now on (`None`: as fast as it can).
    pub fn throttle(&self, throttle: Option<Throttle>) {
        self.serving.link.set(throttle);
    }

    /// Holds every `.wasm` request unanswered until [`Site::release_wasm`]
    /// (or the site stops): the page as a reader sees it while the app downloads.
    pub fn hold_wasm(&self) {
        self.serving.wasm.close();
    }

    /// Answers the held `.wasm` requests, and any later ones at once.
    pub fn release_wasm(&self) {
        self.serving.wasm.open();
    }

    /// Holds every request for a text shard or a search index file
    /// unanswered until [`Site::release_text`] (or the site stops): the page
    /// while the text or the search loads.
    pub fn hold_text(&self) {
        self.serving.text.close();
    }

    /// Holds every request for a text shard unanswered until
    /// [`Site::release_shards`] (or the site stops); the search index's
    /// files are answered.
    pub fn hold_shards(&self) {
        self.serving.shards.close();
    }

    /// Answers the held shard requests, and any later ones at once.
    pub fn release_shards(&self) {
        self.serving.shards.open();
    }

    /// Answers the held text requests, and any later ones at once.
    pub fn release_text(&self) {
        self.serving.text.open();
    }

    /// Forgets what was sent so far.
    pub fn clear_log(&self) {
        self.serving.log.lock().expect("the log").clear();
    }

    /// The page's URL, with `?query` appended when `query` is not empty.
    pub fn url(&self, query: &str) -> String {
        if query.is_empty() {
            self.base.clone()
        } else {
            format!("{}?{}", self.base, query.trim_start_matches('?'))
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.release_wasm();
        self.release_text();
        self.release_shards();
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn respond(request: Request, serving: &Serving) {
    let at = SystemTime::now();
    let request_header = |name: &'static str| {
        request.headers().iter().find(|h| h.field.equiv(name)).map(|h| h.value.as_str().to_owned())
    };
    let accepts_gzip = request_header("Accept-Encoding").is_some_and(|v| v.contains("gzip"));
    let mut sent = 0;
    let response = match file_for(request.url(), &serving.root, &serving.prefix) {
        Some((path, content_type)) => match (std::fs::read(&path), std::fs::metadata(&path)) {
            (Ok(bytes), Ok(metadata)) => {
                let gzip = serving.gzipped.as_ref().filter(|_| accepts_gzip && compressible(content_type));
                let (bytes, encoding) = match gzip {
                    Some(kept) => (gzipped(kept, &path, bytes), Some(header("Content-Encoding", "gzip"))),
                    None => (bytes, None),
                };
                sent = bytes.len();
                let mut response =
                    Response::from_data(bytes).with_header(header("Content-Type", content_type));
                if let Some(encoding) = encoding {
                    response = response.with_header(encoding).with_header(header("Vary", "Accept-Encoding"));
                }
                let file_name = path.file_name().unwrap_or_default().to_string_lossy();
                let forever = post_build::service_worker::is_content_named(&file_name);
                match serving.caching {
                    Caching::NoStore => response.with_header(header("Cache-Control", "no-store")),
                    Caching::AsAdvised if forever => {
                        response.with_header(header("Cache-Control", "public, max-age=31536000, immutable"))
                    }
                    Caching::LastModified | Caching::AsAdvised => {
                        let response = match serving.caching {
                            Caching::AsAdvised => response.with_header(header("Cache-Control", "no-cache")),
                            _ => response,
                        };
                        let modified = metadata.modified().unwrap_or(std::time::SystemTime::UNIX_EPOCH);
                        let since = request
                            .headers()
                            .iter()
                            .find(|h| h.field.equiv("If-Modified-Since"))
                            .and_then(|h| httpdate::parse_http_date(h.value.as_str()).ok());
                        // HTTP dates have whole seconds.
                        let unchanged = since.is_some_and(|since| {
                            modified.duration_since(since).map_or(true, |newer| newer.as_secs() == 0)
                        });
                        let response =
                            response.with_header(header("Last-Modified", &httpdate::fmt_http_date(modified)));
                        if unchanged {
                            sent = 0;
                            response
                                .with_status_code(304)
                                .with_data(std::io::Cursor::new(Vec::new()), Some(0))
                        } else {
                            response
                        }
                    }
                }
            }
            _ => not_found(),
        },
        None => not_found(),
    };
    let (url, referer) = (request.url().to_owned(), request_header("Referer"));
    let service_worker_script = request_header("Service-Worker").is_some_and(|v| v == "script");
    serving.link.wait_round_trip();
    let (status, headers, length) =
        (response.status_code(), response.headers().to_vec(), response.data_length());
    let body = Paced { body: response.into_reader(), link: &serving.link };
    let response = Response::new(status, headers, body, length, None);
    // The browser may hang up early; that is not a test failure.
    let _ = request.respond(response);
    let done = SystemTime::now();
    let served = Served { url, referer, service_worker_script, bytes: sent, at, done };
    serving.log.lock().expect("the log").push(served);
}

/// Text, data and wasm; not images, nor files that are compressed already.
fn compressible(content_type: &str) -> bool {
    !matches!(content_type, "image/png" | "image/x-icon" | "application/octet-stream")
}

/// `bytes` gzipped at level 9, as precompressed files are.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory")
}

/// `bytes` of `path` gzipped, compressed the first time only.
fn gzipped(kept: &Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>, path: &Path, bytes: Vec<u8>) -> Vec<u8> {
    if let Some(done) = kept.lock().expect("the gzip cache").get(path) {
        return done.to_vec();
    }
    let done = Arc::new(gzip(&bytes));
    kept.lock().expect("the gzip cache").insert(path.to_path_buf(), Arc::clone(&done));
    done.to_vec()
}

/// The file a URL path names under `root`, with its Content-Type.
fn file_for(url: &str, root: &Path, prefix: &str) -> Option<(PathBuf, &'static str)> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let relative =
        path.strip_prefix(prefix).or_else(|| (path == prefix.trim_end_matches('/')).then_some(""))?;
    let mut file = root.to_path_buf();
    for part in Path::new(relative).components() {
        match part {
            Component::Normal(name) => file.push(name),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if relative.is_empty() || relative.ends_with('/') || file.is_dir() {
        file.push("index.html");
    }
    if !file.is_file() {
        return None;
    }
    let content_type = content_type(&file)?;
    Some((file, content_type))
}

fn content_type(file: &Path) -> Option<&'static str> {
    Some(match file.extension()?.to_str()? {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "ico" => "image/x-icon",
        // Pagefind's index, fragments and wasm, which it gzips itself.
        "pagefind" | "pf_meta" | "pf_index" | "pf_fragment" => "application/octet-stream",
        _ => return None,
    })
}

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string("not found")
        .with_status_code(404)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

/// Whether a built file is the documents' text or the search index: what
/// loads after the first view ([`Site::hold_text`]).
pub fn is_text_file(file: &str) -> bool {
    ["text-", "search-", "postings-"].iter().any(|kind| file.starts_with(kind)) && file.ends_with(".json")
}

#[cfg(test)]
mod tests {
    use super::file_for;

    #[test]
    fn maps_urls_to_files_under_the_sub_path_only() {
        let root = tempfile::tempdir().unwrap();
        for name in ["index.html", "app_bg.wasm", "app.js", "site.webmanifest", "notes.md"] {
            std::fs::write(root.path().join(name), "x").unwrap();
        }
        let found = |url: &str| {
            file_for(url, root.path(), "/explorer/")
                .map(|(path, kind)| (path.file_name().unwrap().to_owned(), kind))
        };
        assert_eq!(found("/explorer/").unwrap(), ("index.html".into(), "text/html; charset=utf-8"));
        assert_eq!(found("/explorer/?q=boats").unwrap().0, "index.html");
        assert_eq!(found("/explorer/app_bg.wasm").unwrap().1, "application/wasm");
        assert_eq!(found("/explorer/app.js").unwrap().1, "text/javascript; charset=utf-8");
        assert_eq!(found("/explorer/site.webmanifest").unwrap().1, "application/manifest+json");
        assert_eq!(found("/app.js"), None, "outside the sub-path");
        assert_eq!(found("/explorer/missing.js"), None);
        assert_eq!(found("/explorer/notes.md"), None, "no known Content-Type");
        assert_eq!(found("/explorer/../explorer/app.js"), None, "no climbing out");
    }
}
