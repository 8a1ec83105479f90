//! Importing a committees.parliament.uk committee news page (a fixture
//! served on 127.0.0.1): title, date and text from the page's article, the
//! committee from the address.

mod support;

use explorer_core::model::Provenance;
use support::server::Reply;
use support::*;

#[test]
fn a_committee_news_page_is_imported_word_for_word_with_its_provenance() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    let run = import_from(&server, scratch.corpus(), &[&pac_address()]);
    assert_eq!(run.code, 0);
    let imported = scratch.compiled(PAC_ID);
    let published = project_document("2024-05-29-pac-asylum-accommodation-rwanda");
    assert_eq!(imported.title, published.title);
    assert_eq!(blocks(&imported), blocks(&published), "no navigation, aside or footer text");
    assert_eq!(imported.date.value.to_string(), "2024-05-29");
    assert_eq!(imported.publishers.value, ["public-accounts-committee"]);
    assert_eq!(imported.doc_type.value, "committee-report-news");
    assert_eq!(imported.source.value, pac_address());
    let page = Provenance::Confirmed(pac_address());
    for provenance in
        [&imported.date.provenance, &imported.publishers.provenance, &imported.doc_type.provenance]
    {
        assert_eq!(provenance, &page);
    }
}

#[test]
fn an_unknown_committee_is_printed_with_its_number() {
    let path = "/committee/24/justice-committee/news/200000/report-published/";
    let page = pac_page()
        .replace("/committee/127/public-accounts-committee/", "/committee/24/justice-committee/")
        .replace(">Public Accounts Committee<", ">Justice Committee<");
    let server = serve_fixtures();
    server.route(path, vec![Reply::ok(page)]);
    let scratch = Scratch::new();
    let run = import_from(&server, scratch.corpus(), &[&format!("https://committees.parliament.uk{path}")]);
    assert_eq!(run.code, 1);
    for expected in [
        "not in the taxonomy: agency \"Justice Committee\"",
        "slug = \"justice-committee\"",
        "kind = \"UK Parliament\"",
        "committee = 24",
    ] {
        assert!(run.stdout.contains(expected), "{expected:?} in:\n{}", run.stdout);
    }
    assert_eq!(scratch.documents(), ["2024-05-29-report-published.md"]);
}

#[test]
fn a_page_without_a_title_or_date_in_its_article_is_refused() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    for (broken, missing) in [
        (
            pac_page().replace("<time datetime=\"2024-05-29T00:01:00\">29 May 2024</time>", "29 May 2024"),
            "publication date",
        ),
        (
            pac_page().replace("<h1 class=\"heading-level-1\">", "<h2>").replace("</h1>", "</h2>"),
            "<h1> title",
        ),
        (
            pac_page().replace("<article class=\"news-article\">", "<div>").replace("</article>", "</div>"),
            "<article>",
        ),
        (pac_page().replace("2024-05-29T00:01:00", "29/05/2024"), "the page's date \"29/05/2024\""),
    ] {
        server.route(PAC_PATH, vec![Reply::ok(broken)]);
        let run = import_from(&server, scratch.corpus(), &[&pac_address()]);
        assert_eq!(run.code, 1);
        assert!(
            run.stdout.contains("not imported: ") && run.stdout.contains(missing),
            "{missing:?} in:\n{}",
            run.stdout
        );
    }
    assert!(scratch.documents().is_empty(), "nothing written");
}
