//! Importing an address already in the corpus: nothing is written when
//! nothing changed; a change is shown and written only when asked; a
//! document written or edited by hand is never overwritten silently.

mod support;

use support::server::Reply;
use support::*;

const OLD_PARAGRAPH: &str = "New joint investigative actions will be carried out by law enforcement teams";
const NEW_PARAGRAPH: &str = "New joint investigative actions will be led by law enforcement teams";

/// The G7 release as changed at the source: a new title, one sentence, a later update.
fn changed_at_the_source() -> Reply {
    let mut json = g7_json();
    json["title"] = "G7 nations agree a new plan to dismantle migrant smuggling gangs".into();
    let body = json["details"]["body"].as_str().unwrap().replace(OLD_PARAGRAPH, NEW_PARAGRAPH);
    json["details"]["body"] = body.into();
    json["public_updated_at"] = "2024-11-01T09:00:00.000+00:00".into();
    Reply::ok(json.to_string())
}

fn modified(scratch: &Scratch) -> std::time::SystemTime {
    std::fs::metadata(scratch.document(G7_ID)).unwrap().modified().unwrap()
}

#[test]
fn importing_again_without_changes_writes_nothing() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    import_from(&server, scratch.corpus(), &[&g7_address()]);
    let (before, written) = (scratch.read(G7_ID), modified(&scratch));
    let run = import_from(&server, scratch.corpus(), &["--update", &g7_address()]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.contains(&format!("unchanged: {}", scratch.document(G7_ID).display())),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("0 new, 0 updated, 1 unchanged"), "{}", run.stdout);
    assert_eq!(scratch.read(G7_ID), before);
    assert_eq!(modified(&scratch), written, "the file was not even rewritten");
    assert_eq!(scratch.documents(), [format!("{G7_ID}.md")]);
}

#[test]
fn a_change_at_the_source_is_shown_and_written_only_with_update() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    import_from(&server, scratch.corpus(), &[&g7_address()]);
    let before = scratch.read(G7_ID);
    server.route(&format!("/api/content{G7_PATH}"), vec![changed_at_the_source()]);

    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert_eq!(run.code, 0, "a change is not a failure");
    for expected in [
        "differs from the source (- in the corpus, + from the source):",
        "updated: 2024-10-21 (confirmed) → 2024-11-01 (confirmed)",
        "title: \"G7 nations agree new plan to dismantle migrant smuggling gangs\" → \"G7 nations agree a new plan to dismantle migrant smuggling gangs\"",
        &format!("  - {OLD_PARAGRAPH}"),
        &format!("  + {NEW_PARAGRAPH}"),
        "nothing written; --update writes it",
        "0 new, 0 updated, 0 unchanged, 1 changed but not written",
    ] {
        assert!(run.stdout.contains(expected), "{expected:?} in:\n{}", run.stdout);
    }
    assert_eq!(scratch.read(G7_ID), before);

    let run = import_from(&server, scratch.corpus(), &["--update", &g7_address()]);
    assert!(run.stdout.contains(&format!("updated {}", scratch.document(G7_ID).display())), "{}", run.stdout);
    let after = scratch.read(G7_ID);
    assert!(after.contains(NEW_PARAGRAPH) && !after.contains(OLD_PARAGRAPH));
    assert_eq!(scratch.documents(), [format!("{G7_ID}.md")], "the id stays, though the title changed");
    let run = import_from(&server, scratch.corpus(), &[&g7_address()]);
    assert!(run.stdout.contains("unchanged: "), "an update is recorded as imported: {}", run.stdout);
}

#[test]
fn a_document_edited_by_hand_is_not_overwritten_unless_asked() {
    let server = serve_fixtures();
    let scratch = Scratch::new();
    import_from(&server, scratch.corpus(), &[&g7_address()]);
    let edited = scratch.read(G7_ID).replace("migrant smugglers.", "migrant smugglers. [Editor's note.]");
    std::fs::write(scratch.document(G7_ID), &edited).unwrap();
    server.route(&format!("/api/content{G7_PATH}"), vec![changed_at_the_source()]);

    for update in [&[][..], &["--update"][..]] {
        let run = import_from(&server, scratch.corpus(), &[update, &[g7_address().as_str()]].concat());
        assert!(
            run.stdout.contains("edited by hand after it was imported: not overwritten"),
            "{}",
            run.stdout
        );
        assert_eq!(scratch.read(G7_ID), edited);
    }
    let run = import_from(&server, scratch.corpus(), &["--update", &g7_address()]);
    assert!(
        run.stdout.contains("it was edited by hand after it was imported: not overwritten; --update --overwrite-hand-edits replaces it"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("[Editor's note.]"), "the diff shows the hand edit: {}", run.stdout);
    assert_eq!(scratch.read(G7_ID), edited);

    let run = import_from(&server, scratch.corpus(), &["--update", "--overwrite-hand-edits", &g7_address()]);
    assert!(run.stdout.contains("updated "), "{}", run.stdout);
    assert!(!scratch.read(G7_ID).contains("[Editor's note.]"));
}

#[test]
fn a_document_written_by_hand_keeps_its_id_and_shows_what_the_import_would_confirm() {
    let server = serve_fixtures();
    let scratch = Scratch::with_project_documents();
    let hand_written = "2024-10-04-g7-anti-smuggling-action-plan";
    let before = scratch.read(hand_written);
    let run = import_from(&server, scratch.corpus(), &["--update", &g7_address()]);
    for expected in [
        &format!("{} differs from the source", scratch.document(hand_written).display()),
        "type: press-release (inferred) → press-release (confirmed)",
        "date: 2024-10-04 (inferred) → 2024-10-04 (confirmed)",
        "source: https://www.gov.uk/government/news/g7-nations-agree-new-plan-to-dismantle-migrant-smuggling-gangs (inferred) → https://www.gov.uk/government/news/g7-nations-agree-new-plan-to-dismantle-migrant-smuggling-gangs (confirmed)",
        "it was written by hand: not overwritten",
    ] {
        assert!(run.stdout.contains(expected), "{expected:?} in:\n{}", run.stdout);
    }
    assert!(
        !run.stdout.contains("title:") && !run.stdout.contains("text:"),
        "the text is the same: {}",
        run.stdout
    );
    assert_eq!(scratch.read(hand_written), before);
    assert_eq!(scratch.documents().len(), 6, "no second copy under a new id");
}
