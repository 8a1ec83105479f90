//! `--from-file`: importing a saved Content API response or page, with no
//! request made; the document is the one a fetch would have written.

mod support;

use support::*;

fn saved(scratch: &Scratch, name: &str, text: &str) -> String {
    let path = scratch.corpus().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn a_saved_response_and_a_saved_page_import_as_their_fetches_do() {
    let server = serve_fixtures();
    let fetched = Scratch::new();
    import_from(&server, fetched.corpus(), &[&g7_address(), &pac_address()]);
    let offline = Scratch::new();
    let json = saved(&offline, "g7.json", &fixture("govuk-g7-press-release.json"));
    let page = saved(&offline, "pac.html", &pac_page());
    // No test origin: a request would go to the real hosts, which this machine cannot reach.
    assert_eq!(import(offline.corpus(), &["--from-file", &json, &g7_address()]).code, 0);
    assert_eq!(import(offline.corpus(), &["--from-file", &page, &pac_address()]).code, 0);
    let unrecorded = |scratch: &Scratch, id: &str| corpus_import::render::split_record(&scratch.read(id)).0;
    assert_eq!(unrecorded(&offline, G7_ID), unrecorded(&fetched, G7_ID));
    assert_eq!(unrecorded(&offline, PAC_ID), unrecorded(&fetched, PAC_ID));
    assert!(offline.read(G7_ID).contains(&format!("imported = {{ from = \"{}\"", g7_api())));
}

#[test]
fn a_saved_file_must_be_what_its_address_serves() {
    let scratch = Scratch::new();
    let page = saved(&scratch, "pac.html", &pac_page());
    let run = import(scratch.corpus(), &["--from-file", &page, &g7_address()]);
    assert!(run.stdout.contains("not imported: the response is not a Content API item"), "{}", run.stdout);
    let huge = saved(&scratch, "huge.html", &"<p>words</p>".repeat(500_000));
    let run = import(scratch.corpus(), &["--from-file", &huge, &pac_address()]);
    assert!(run.stdout.contains("huge.html is over 5 MB: not a document page"), "{}", run.stdout);
    let run = import(scratch.corpus(), &["--from-file", &page, &pac_address(), &g7_address()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--from-file reads one document: give the one address it was saved from"));
    assert!(scratch.documents().is_empty());
}
