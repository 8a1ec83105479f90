//! The hostile test corpus (`tests/fixtures/hostile-corpus`, built into
//! `target/dist-hostile` by `scripts/test.sh`) renders inert: markup in its
//! titles and text shows as text, entities stay as written, nothing runs,
//! and a 10,000-character paragraph and a paragraph with 500 tags render.

use e2e::actions::*;
use e2e::{count, hostile_dist_dir, text, wait_for, Browser, Site, LOAD_TIMEOUT};
use std::time::Duration;

const MARKUP: &str = "2024-01-01-hostile-markup";
const LONG: &str = "2024-01-02-hostile-long-paragraph";
const MANY_TAGS: &str = "2024-01-03-hostile-many-tags";

async fn open_hostile(query: &str) -> (Site, Browser) {
    open_build(&hostile_dist_dir(), query, 1280, 900).await
}

async fn assert_nothing_ran(browser: &Browser) {
    assert!(browser.get_alert_text().await.is_err(), "no alert is open");
    let shipped = std::fs::read_to_string(hostile_dist_dir().join("index.html")).unwrap();
    let shipped: Vec<&str> = post_build::csp::inline_scripts(&shipped);
    let running =
        script(browser, "return [...document.scripts].filter(s => !s.src).map(s => s.textContent)").await;
    let running: Vec<String> = serde_json::from_value(running).unwrap();
    assert!(!running.is_empty(), "the page's own start-up scripts are found");
    for found in &running {
        assert!(
            shipped.contains(&found.as_str()),
            "a script the build did not ship is in the page:\n{found}"
        );
    }
    assert_eq!(count(browser, "img, [onerror], [onclick], a[href^='javascript:']").await, 0);
}

#[tokio::test]
async fn markup_and_entities_in_a_document_show_as_text_and_nothing_runs() {
    let (site, browser) = open_hostile(&format!("q=boats&doc={MARKUP}")).await;
    let title = text(&browser, ".reader-title").await;
    assert_eq!(title, "<script>alert(1)</script> Small boats <img src=x onerror=alert(1)>");
    let body = text(&browser, ".reader-text").await;
    for literal in [
        "<script>alert(document.cookie)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">",
        "\u{202e}txt.exe",
    ] {
        assert!(body.contains(literal), "{literal:?} is not shown as written in:\n{body}");
    }
    assert!(count(&browser, ".reader-text mark").await > 0, "search marks still work around hostile text");
    assert_nothing_ran(&browser).await;
    browser.goto(&site.url("q=%3Cscript%3E")).await.unwrap();
    wait_for_app(&browser).await;
    assert_nothing_ran(&browser).await;
    browser.close().await;
}

#[tokio::test]
async fn a_very_long_paragraph_and_a_paragraph_with_500_tags_render() {
    let (site, browser) = open_hostile(&format!("doc={LONG}")).await;
    let long = script(
        &browser,
        "return document.querySelector('[data-p=\"1\"] .paragraph-text').textContent.length",
    )
    .await;
    assert!(long.as_u64().unwrap() >= 10_000, "{long}");
    browser.goto(&site.url(&format!("doc={MANY_TAGS}"))).await.unwrap();
    wait_for(&browser, &format!("[data-reader=\"{MANY_TAGS}\"]"), Duration::from_secs(20)).await;
    assert_eq!(count(&browser, "[data-p=\"1\"] a.entity[data-entity-facet=\"place\"]").await, 500);
    browser.goto(&site.url("place=hostile-place-250")).await.unwrap();
    assert_eq!(results_once_count_is(&browser, 1).await, [MANY_TAGS]);
    browser.close().await;
}

#[tokio::test]
async fn hostile_searches_and_texts_render_as_text_in_every_analysis_view() {
    let (site, browser) = open_hostile("").await;
    for view in ["trends", "compare", "kwic"] {
        for q in ["script+alert", "%3Cimg+src%3Dx+onerror%3Dalert(1)%3E", "%22%3Cscript%3E%22"] {
            browser.goto(&site.url(&format!("q={q}&view={view}"))).await.unwrap();
            wait_for_app(&browser).await;
            assert_nothing_ran(&browser).await;
        }
    }
    browser.goto(&site.url("q=script&view=kwic")).await.unwrap();
    wait_for(&browser, "[data-kwic] mark", LOAD_TIMEOUT).await;
    let line = text(&browser, "[data-kwic]").await;
    assert!(line.contains('<') && line.contains("script"), "the markup is shown as written: {line}");
    assert_nothing_ran(&browser).await;
    browser.close().await;
}
