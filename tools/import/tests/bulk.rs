//! Bulk imports: a file of addresses or a GOV.UK search, with progress,
//! a polite delay between requests, retries with back-off, and resuming.

mod support;

use std::time::Duration;
use support::server::Reply;
use support::*;

fn requests_of(server: &support::server::FixtureServer, path: &str) -> usize {
    server.requests().iter().filter(|(url, _)| url.contains(path)).count()
}

#[test]
fn a_list_shows_progress_retries_a_busy_server_and_resumes_where_it_stopped() {
    let server = serve_fixtures();
    let g7 = fixture("govuk-g7-press-release.json");
    let busy = Reply::status(503).with_header("Retry-After", "0");
    server.route(&format!("/api/content{G7_PATH}"), vec![busy, Reply::status(502), Reply::ok(g7)]);
    let scratch = Scratch::new();
    let list = scratch.corpus().join("addresses.txt");
    let addresses =
        format!("# to import\n{}\n\n{}\nhttps://example.org/not-a-source\n", g7_address(), pac_address());
    std::fs::write(&list, addresses).unwrap();
    let list = list.to_str().unwrap();

    let run = import_from(&server, scratch.corpus(), &["--list", list]);
    assert_eq!(run.code, 1);
    for expected in [
        &format!("[1/3] {}", g7_address()),
        "the server answered 503; trying again in 0.0 s (try 2 of 4)",
        "the server answered 502; trying again in 0.2 s (try 3 of 4)",
        &format!("[2/3] {}", pac_address()),
        "[3/3] https://example.org/not-a-source",
        "2 new, 0 updated, 0 unchanged, 0 changed but not written, 1 not imported",
        "1 not done: the same command tries them again",
    ] {
        assert!(run.stdout.contains(expected), "{expected:?} in:\n{}", run.stdout);
    }
    assert_eq!(requests_of(&server, G7_PATH), 3);
    assert_eq!(scratch.documents(), [format!("{PAC_ID}.md"), format!("{G7_ID}.md")]);

    let run = import_from(&server, scratch.corpus(), &["--list", list]);
    assert_eq!(run.stdout.matches("  done by an earlier run\n").count(), 2, "{}", run.stdout);
    assert!(run.stdout.contains(
        "0 new, 0 updated, 0 unchanged, 0 changed but not written, 1 not imported, 2 done by an earlier run"
    ));
    assert_eq!(
        (requests_of(&server, G7_PATH), requests_of(&server, PAC_PATH)),
        (3, 1),
        "nothing fetched again"
    );

    let run = import_from(&server, scratch.corpus(), &["--list", list, "--restart"]);
    assert!(run.stdout.contains("0 new, 0 updated, 2 unchanged"), "{}", run.stdout);
    assert_eq!((requests_of(&server, G7_PATH), requests_of(&server, PAC_PATH)), (4, 2));
}

#[test]
fn a_finished_list_leaves_no_progress_behind() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    let list = scratch.corpus().join("addresses.txt");
    std::fs::write(&list, format!("{}\n{}\n", g7_address(), pac_address())).unwrap();
    let run = import_from(&server, scratch.corpus(), &["--list", list.to_str().unwrap(), "--delay", "0.3"]);
    assert_eq!(run.code, 0);
    let times: Vec<_> = server.requests().into_iter().map(|(_, at)| at).collect();
    assert_eq!(times.len(), 2);
    let gap = times[1].duration_since(times[0]);
    // The server logs a request when it picks it up, a little after it was sent.
    assert!(gap >= Duration::from_millis(250), "the requests wait politely: {gap:?}");
    let progress = scratch.corpus().join("progress");
    assert!(
        std::fs::read_dir(&progress).map_or(true, |mut files| files.next().is_none()),
        "no progress file left"
    );
    let run = import_from(&server, scratch.corpus(), &["--list", list.to_str().unwrap()]);
    assert!(run.stdout.contains("2 unchanged"), "a new run checks every address again: {}", run.stdout);
}

#[test]
fn a_server_that_stays_busy_is_given_up_after_four_tries() {
    let server = serve_fixtures();
    server.route(&format!("/api/content{G7_PATH}"), vec![Reply::status(503)]);
    let scratch = Scratch::new();
    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert!(run.stdout.contains("try 4 of 4"), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!("not imported: {}: the server answered 503", g7_api())),
        "{}",
        run.stdout
    );
    assert_eq!(requests_of(&server, G7_PATH), 4);
}

#[test]
fn a_govuk_search_is_paged_through_its_documented_parameters_up_to_the_limit() {
    let server = serve_fixtures();
    let first = "/api/search.json?q=smuggling+gangs&filter_organisations=home-office&filter_organisations=prime-ministers-office-10-downing-street&count=3&start=0&fields=link";
    let second = "/api/search.json?q=smuggling+gangs&filter_organisations=home-office&filter_organisations=prime-ministers-office-10-downing-street&count=1&start=2&fields=link";
    let results = |links: &[&str]| {
        let results: Vec<_> = links.iter().map(|link| serde_json::json!({ "link": link })).collect();
        Reply::ok(serde_json::json!({ "results": results, "total": 40, "start": 0 }).to_string())
    };
    server.route(first, vec![results(&[G7_PATH, "/government/news/withdrawn-long-ago"])]);
    server.route(second, vec![results(&["/government/organisations/home-office"])]);
    let scratch = Scratch::new();
    let run = import_from(
        &server,
        scratch.corpus(),
        &[
            "--search",
            "smuggling gangs",
            "--organisation",
            "home-office",
            "--organisation",
            "prime-ministers-office-10-downing-street",
            "--limit",
            "3",
        ],
    );
    for expected in [
        &format!("[1/3] {}", g7_address()),
        "[2/3] https://www.gov.uk/government/news/withdrawn-long-ago",
        "there is no page at this address (404)",
        "[3/3] https://www.gov.uk/government/organisations/home-office",
        "1 new, 0 updated, 0 unchanged, 0 changed but not written, 2 not imported",
    ] {
        assert!(run.stdout.contains(expected), "{expected:?} in:\n{}", run.stdout);
    }
    let requested: Vec<String> = server.requests().into_iter().map(|(url, _)| url).collect();
    assert_eq!(&requested[..2], [first, second], "the search pages come first");
    assert_eq!(scratch.documents(), [format!("{G7_ID}.md")]);
}
