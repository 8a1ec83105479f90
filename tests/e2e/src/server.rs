//! A static file server for a built site, on 127.0.0.1 in a background
//! thread; it can hold the WebAssembly back until a test lets it go, to
//! show the page as it is before the app arrives.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
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
}

/// Serves the files of a directory at `http://127.0.0.1:<port><sub_path>`
/// until dropped.
pub struct Site {
    server: Arc<Server>,
    thread: Option<JoinHandle<()>>,
    base: String,
    wasm: Arc<WasmGate>,
}

/// Whether `.wasm` requests are answered yet; a held request waits in its
/// own thread, so everything else is served meanwhile.
#[derive(Default)]
struct WasmGate {
    held: Mutex<bool>,
    released: Condvar,
}

impl WasmGate {
    fn wait(&self) {
        let mut held = self.held.lock().unwrap();
        while *held {
            held = self.released.wait(held).unwrap();
        }
    }

    fn set(&self, hold: bool) {
        *self.held.lock().unwrap() = hold;
        self.released.notify_all();
    }
}

impl Site {
    /// Serves `dist_dir` under `sub_path` ("/" or e.g. "/explorer/") on a
    /// free port of 127.0.0.1.
    pub fn start(dist_dir: &Path, sub_path: &str) -> Site {
        Site::start_with(dist_dir, sub_path, Caching::NoStore)
    }

    /// [`Site::start`], caching as `caching` says.
    pub fn start_with(dist_dir: &Path, sub_path: &str, caching: Caching) -> Site {
        assert!(
            sub_path.starts_with('/') && sub_path.ends_with('/'),
            "sub_path must start and end with '/', got {sub_path:?}"
        );
        let server = Arc::new(Server::http("127.0.0.1:0").expect("bind the static server to 127.0.0.1"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let root = Arc::new(dist_dir.to_path_buf());
        let prefix = Arc::new(sub_path.to_owned());
        let wasm = Arc::new(WasmGate::default());
        let thread = std::thread::Builder::new()
            .name(format!("site:{port}"))
            .spawn({
                let (server, wasm) = (Arc::clone(&server), Arc::clone(&wasm));
                move || {
                    for request in server.incoming_requests() {
                        if request.url().split('?').next().is_some_and(|path| path.ends_with(".wasm")) {
                            let (root, prefix, wasm) =
                                (Arc::clone(&root), Arc::clone(&prefix), Arc::clone(&wasm));
                            std::thread::spawn(move || {
                                wasm.wait();
                                respond(request, &root, &prefix, caching);
                            });
                        } else {
                            respond(request, &root, &prefix, caching);
                        }
                    }
                }
            })
            .expect("spawn the static server thread");
        Site { server, thread: Some(thread), base: format!("http://127.0.0.1:{port}{sub_path}"), wasm }
    }

    /// Holds every `.wasm` request unanswered until [`Site::release_wasm`]
    /// (or the site stops): the page as a reader sees it while the app downloads.
    pub fn hold_wasm(&self) {
        self.wasm.set(true);
    }

    /// Answers the held `.wasm` requests, and any later ones at once.
    pub fn release_wasm(&self) {
        self.wasm.set(false);
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
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn respond(request: Request, root: &Path, prefix: &str, caching: Caching) {
    let response = match file_for(request.url(), root, prefix) {
        Some((path, content_type)) => match (std::fs::read(&path), std::fs::metadata(&path)) {
            (Ok(bytes), Ok(metadata)) => {
                let response = Response::from_data(bytes).with_header(header("Content-Type", content_type));
                match caching {
                    Caching::NoStore => response.with_header(header("Cache-Control", "no-store")),
                    Caching::LastModified => {
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
    // The browser may hang up early; that is not a test failure.
    let _ = request.respond(response);
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
