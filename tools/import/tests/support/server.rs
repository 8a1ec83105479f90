//! A fixture server on 127.0.0.1 standing in for www.gov.uk and
//! committees.parliament.uk (their paths do not overlap): each path answers
//! with the replies given for it, in turn, the last one repeated. Every
//! request is logged. It stops when dropped.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Instant;
use tiny_http::{Header, Response, Server};

#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    pub fn ok(body: impl Into<Vec<u8>>) -> Reply {
        Reply { status: 200, body: body.into(), headers: Vec::new() }
    }

    pub fn status(status: u16) -> Reply {
        Reply { status, body: Vec::new(), headers: Vec::new() }
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
}

type Routes = Arc<Mutex<HashMap<String, VecDeque<Reply>>>>;

pub struct FixtureServer {
    server: Arc<Server>,
    thread: Option<JoinHandle<()>>,
    routes: Routes,
    log: Arc<Mutex<Vec<(String, Instant)>>>,
    pub origin: String,
}

impl FixtureServer {
    pub fn start() -> FixtureServer {
        let server = Arc::new(Server::http("127.0.0.1:0").expect("bind the fixture server to 127.0.0.1"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let routes: Routes = Arc::default();
        let log: Arc<Mutex<Vec<(String, Instant)>>> = Arc::default();
        let thread = std::thread::spawn({
            let (server, routes, log) = (Arc::clone(&server), Arc::clone(&routes), Arc::clone(&log));
            move || {
                for request in server.incoming_requests() {
                    let url = request.url().to_owned();
                    log.lock().unwrap().push((url.clone(), Instant::now()));
                    let reply = next_reply(&routes, &url);
                    let mut response = Response::from_data(reply.body).with_status_code(reply.status);
                    for (name, value) in &reply.headers {
                        response.add_header(Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap());
                    }
                    let _ = request.respond(response);
                }
            }
        });
        FixtureServer {
            server,
            thread: Some(thread),
            routes,
            log,
            origin: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Answers `path` (with its query, if the route has one) with `replies` in turn.
    pub fn route(&self, path: &str, replies: Vec<Reply>) {
        self.routes.lock().unwrap().insert(path.to_owned(), replies.into());
    }

    /// The URLs requested so far, with when.
    pub fn requests(&self) -> Vec<(String, Instant)> {
        self.log.lock().unwrap().clone()
    }

    /// The `--test-origin` arguments that send both hosts here.
    pub fn origin_args(&self) -> Vec<String> {
        ["www.gov.uk", "committees.parliament.uk"]
            .iter()
            .flat_map(|host| ["--test-origin".to_owned(), format!("{host}={}", self.origin)])
            .collect()
    }
}

fn next_reply(routes: &Routes, url: &str) -> Reply {
    let mut routes = routes.lock().unwrap();
    let path = url.split('?').next().unwrap_or(url);
    let key = if routes.contains_key(url) { url } else { path };
    let Some(replies) = routes.get_mut(key) else {
        return Reply::status(404);
    };
    if replies.len() > 1 {
        replies.pop_front().unwrap()
    } else {
        replies.front().cloned().unwrap_or_else(|| Reply::status(404))
    }
}

impl Drop for FixtureServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
