//! axe-core finds no WCAG 2.2 A/AA (or best-practice) violation on any view
//! (results, search, reader with an open citation, quotes, figures, an empty
//! view, notices) at desktop and phone widths, in the light and dark themes;
//! and the theme switch is remembered.

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

use e2e::actions::*;
use e2e::{attr, axe, wait_for, LOAD_TIMEOUT};
use std::time::Duration;

fn views() -> Vec<(&'static str, String)> {
    vec![
        ("results", String::new()),
        ("search", "q=small+boats&topic=funding".to_owned()),
        ("reader", format!("q=asylum&doc={HAC}&p=3")),
        ("quotes", "view=quotes&person=yvette-cooper".to_owned()),
        ("figures", "view=figures&sort=largest".to_owned()),
        ("empty", "q=Albania&period=starmer-2024".to_owned()),
        ("notices", "period=nonsense&from=2024-13-45".to_owned()),
    ]
}

async fn check_every_view(width: u32, height: u32) {
    let (site, browser) = open("", width, height).await;
    let mut failures = Vec::new();
    for theme in ["light", "dark"] {
        if theme == "dark" {
            click(&browser, "[data-theme-toggle]").await;
        }
        for (name, query) in views() {
            browser.goto(&site.url(&query)).await.unwrap();
            wait_for(&browser, "[data-result-count], [data-reader]", LOAD_TIMEOUT).await;
            assert_eq!(
                attr(&browser, "html", "data-theme").await.as_deref(),
                (theme == "dark").then_some("dark")
            );
            if name == "reader" {
                click(&browser, "[data-cite=\"3\"] summary").await;
                wait_for(&browser, "[data-cite=\"3\"] .cite-format", Duration::from_secs(5)).await;
            }
            for violation in axe::violations(&browser).await {
                failures.push(format!("{name} at {width}px, {theme}: {violation}"));
            }
        }
    }
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
    browser.close().await;
}

#[tokio::test]
async fn no_view_has_accessibility_violations_on_a_desktop() {
    check_every_view(1280, 900).await;
}

#[tokio::test]
async fn no_view_has_accessibility_violations_on_a_phone() {
    check_every_view(375, 812).await;
}

#[tokio::test]
async fn the_chosen_theme_is_remembered_and_the_system_s_is_followed_until_then() {
    let (site, browser) = open("", 1280, 900).await;
    let background = "return getComputedStyle(document.documentElement).backgroundColor";
    assert_eq!(script(&browser, background).await, "rgb(255, 255, 255)", "headless Chromium prefers light");
    assert_eq!(attr(&browser, "[data-theme-toggle]", "aria-pressed").await.as_deref(), Some("false"));
    click(&browser, "[data-theme-toggle]").await;
    assert_eq!(script(&browser, background).await, "rgb(17, 19, 20)");
    browser.goto(&site.url("view=quotes")).await.unwrap();
    wait_for(&browser, "[data-quote]", LOAD_TIMEOUT).await;
    assert_eq!(attr(&browser, "html", "data-theme").await.as_deref(), Some("dark"), "remembered");
    assert_eq!(attr(&browser, "[data-theme-toggle]", "aria-pressed").await.as_deref(), Some("true"));
    browser.close().await;
}
