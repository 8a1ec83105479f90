//! Bad input gets a clear message and writes nothing; markup that is only
//! text (and the text of hostile markup) is imported as text.

mod support;

use support::server::{FixtureServer, Reply};
use support::*;

/// Serves `reply` for the G7 address and imports it; the run must refuse
/// it, saying `reason`, and write nothing.
fn assert_refused(server: &FixtureServer, reply: Reply, reason: &str) {
    server.route(&format!("/api/content{G7_PATH}"), vec![reply]);
    let scratch = Scratch::new();
    let run = import_from(server, scratch.corpus(), &[&g7_address()]);
    assert_eq!(run.code, 1, "{reason}");
    assert!(
        run.stdout.contains("not imported: ") && run.stdout.contains(reason),
        "{reason:?} in:\n{}",
        run.stdout
    );
    assert!(scratch.documents().is_empty(), "nothing written for {reason:?}");
}

fn changed(change: impl FnOnce(&mut serde_json::Value)) -> Reply {
    let mut json = g7_json();
    change(&mut json);
    Reply::ok(json.to_string())
}

#[test]
fn addresses_that_are_not_govuk_or_parliament_documents_are_refused_before_any_request() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    for (address, reason) in [
        ("https://example.org/government/news/x", "is not a GOV.UK or parliament.uk address"),
        ("http://www.gov.uk/government/news/x", "is not an https:// address"),
        (
            "https://committees.parliament.uk/committee/127/public-accounts-committee/",
            "is not a committee news page",
        ),
    ] {
        let run = import_from(&server, scratch.corpus(), &[address]);
        assert_eq!(run.code, 1);
        assert!(run.stdout.contains(reason), "{reason:?} in:\n{}", run.stdout);
    }
    assert!(server.requests().is_empty());
    assert!(scratch.documents().is_empty());
}

#[test]
fn a_govuk_page_that_is_not_a_document_is_refused() {
    let server = serve_fixtures();
    let organisation = changed(|json| json["schema_name"] = "organisation".into());
    assert_refused(&server, organisation, "not a document with a text (its schema is organisation)");
}

#[test]
fn a_response_without_a_body_or_a_date_is_refused() {
    let server = serve_fixtures();
    let without_body = changed(|json| {
        json["details"].as_object_mut().unwrap().remove("body");
    });
    assert_refused(&server, without_body, "the response has no text: details.body is missing or empty");
    assert_refused(
        &server,
        changed(|json| json["details"]["body"] = " ".into()),
        "details.body is missing or empty",
    );
    let without_date = changed(|json| {
        json.as_object_mut().unwrap().remove("first_published_at");
    });
    assert_refused(&server, without_date, "the response has no first_published_at date");
    let bad_date = changed(|json| json["first_published_at"] = "4 October 2024".into());
    assert_refused(&server, bad_date, "\"4 October 2024\" is not an ISO 8601 date and time");
}

#[test]
fn a_body_with_script_or_a_table_is_refused_with_the_reason() {
    let server = serve_fixtures();
    let script = changed(|json| {
        json["details"]["body"] = "<p>Text.</p><script>alert(document.cookie)</script>".into()
    });
    assert_refused(&server, script, "the text holds a <script> element, which runs or embeds something");
    let iframe = changed(|json| {
        json["details"]["body"] = "<p>Text.</p><iframe src=\"https://x.example\"></iframe>".into()
    });
    assert_refused(&server, iframe, "holds a <iframe> element");
    let table = changed(|json| {
        json["details"]["body"] = "<p>Text.</p><table><tr><th>a</th></tr><tr><td>1</td></tr></table>".into()
    });
    assert_refused(&server, table, "the text holds a table (2 rows)");
}

#[test]
fn a_huge_page_a_missing_page_a_moved_page_and_not_json_are_refused() {
    let server = serve_fixtures();
    let huge =
        changed(|json| json["details"]["body"] = format!("<p>{}</p>", "words ".repeat(1_000_000)).into());
    assert_refused(&server, huge, "the response is over 5 MB: not a document page");
    assert_refused(&server, Reply::status(404), "there is no page at this address (404)");
    let moved = Reply::status(301)
        .with_header("Location", "https://www.gov.uk/api/content/government/news/elsewhere");
    assert_refused(
        &server,
        moved,
        "the page has moved (301) to https://www.gov.uk/api/content/government/news/elsewhere",
    );
    assert_refused(
        &server,
        Reply::ok("<html><body>Not JSON</body></html>"),
        "not a Content API item in GOV.UK's documented shape",
    );
    let requested: Vec<String> = server.requests().into_iter().map(|(url, _)| url).collect();
    assert!(requested.iter().all(|url| url.ends_with(G7_PATH)), "no redirect followed: {requested:?}");
}

#[test]
fn hostile_markup_is_imported_as_text_and_nothing_of_it_as_markup() {
    let server = serve_fixtures();
    let body = "<p>&lt;script&gt;alert(document.cookie)&lt;/script&gt; &amp;lt;b&amp;gt; &quot;quoted&quot;</p>\
                <p onmouseover=\"alert(1)\"><a href=\"javascript:alert(1)\" onclick=\"alert(1)\">Read more</a> \u{202e}txt.exe</p>";
    let hostile = changed(|json| {
        json["title"] = "<img src=x onerror=alert(1)> Small boats".into();
        json["description"] = "".into();
        json["details"]["body"] = body.into();
    });
    server.route(&format!("/api/content{G7_PATH}"), vec![hostile]);
    let scratch = Scratch::new();
    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains("dropped 3 event-handler attribute(s) or javascript: link(s) with the markup"),
        "{}",
        run.stdout
    );
    let corpus = scratch.compile().unwrap_or_else(|errors| panic!("{errors}"));
    let document = &corpus.documents[0];
    assert_eq!(document.title, "<img src=x onerror=alert(1)> Small boats");
    let texts: Vec<&str> = document.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        ["<script>alert(document.cookie)</script> &lt;b&gt; \"quoted\"", "Read more \u{202e}txt.exe"]
    );
}
