//! axe-core finds no WCAG 2.2 A/AA (or best-practice) violation on any view
//! (results, search, reader with an open citation, quotes, figures, an empty
//! view, notices, trends, compare, in context) at desktop and phone widths, in the light and dark themes;
//! and the theme switch is remembered.

#[path = "../../fixtures/document_ids.rs"]
mod document_ids;

use document_ids::*;

use e2e::actions::*;
use e2e::{attr, axe, wait_for, LOAD_TIMEOUT};
use serde_json::json;
use std::time::Duration;

fn views() -> Vec<(&'static str, String)> {
    vec![
        ("results", String::new()),
        ("search", "q=small+boats&topic=funding".to_owned()),
        ("reader", format!("q=asylum&doc={HAC}&p=3")),
        ("quotes", "view=quotes&person=yvette-cooper".to_owned()),
        ("figures", "view=figures&sort=largest".to_owned()),
        ("empty", "q=Albania&period=starmer-2024".to_owned()),
        ("search note", "q=illegal+migration+act".to_owned()),
        ("did you mean", "q=%22Rwnda%22".to_owned()),
        ("notices", "period=nonsense&from=2024-13-45".to_owned()),
        ("trends", "view=trends".to_owned()),
        ("trends of a search", "q=rwanda+OR+albania&view=trends".to_owned()),
        ("compare", "view=compare".to_owned()),
        ("in context", "q=%22small+boats%22&view=kwic".to_owned()),
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

/// Presses Tab on the focused element (or the page) and says what has focus.
async fn tab(browser: &e2e::Browser) -> String {
    let focused = browser.active_element().await.unwrap();
    focused.send_keys("\u{e004}").await.unwrap();
    let describe = "const e = document.activeElement;
        const what = e.tagName === 'INPUT' ? e.type + ' ' + (e.closest('[data-value]')?.dataset.value ?? e.id) : e.textContent.trim();
        return (e.dataset.themeToggle !== undefined ? 'theme ' : '') + e.tagName + ':' + what;";
    script(browser, describe).await.as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_keyboard_reaches_the_controls_in_reading_order_with_a_visible_focus() {
    let (_site, browser) = open("", 1280, 900).await;
    results_once_count_is(&browser, 6).await;
    let order = [tab(&browser).await, tab(&browser).await, tab(&browser).await, tab(&browser).await];
    assert_eq!(
        order,
        [
            "A:Skip to main content",
            "A:Policy corpus explorer",
            "theme BUTTON:Dark theme",
            "INPUT:checkbox sunak-2022"
        ],
        "skip link, masthead, theme switch, then the filters (left of the results), largest value first"
    );
    let outline = "return getComputedStyle(document.activeElement).outlineStyle";
    assert_eq!(script(&browser, outline).await, "solid", "the focused control shows it");
    // Esc from the reader returns to the same view, and focus lands in the reader when it opens.
    click(&browser, &format!("[data-doc-id=\"{PAC}\"] h2 a")).await;
    wait_for(&browser, &format!("[data-reader=\"{PAC}\"]"), LOAD_TIMEOUT).await;
    let focused_heading = "return document.activeElement.classList.contains('reader-title')";
    assert_eq!(script(&browser, focused_heading).await, true);
    browser.active_element().await.unwrap().send_keys("\u{e00c}").await.unwrap();
    results_once_count_is(&browser, 6).await;
    browser.close().await;
}

#[tokio::test]
async fn reduced_motion_stops_animation_and_print_gives_the_text_with_its_citation() {
    let (_site, browser) = open(&format!("doc={HAC}"), 1280, 900).await;
    let spinner =
        "const p = document.createElement('p'); p.className = 'loading-message'; document.body.append(p);
                   return getComputedStyle(p, '::before').animationName;";
    assert_eq!(script(&browser, spinner).await, "spin");
    let reduce = json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] });
    e2e::cdp::execute(&browser, "Emulation.setEmulatedMedia", reduce).await;
    assert_eq!(script(&browser, spinner).await, "none");
    e2e::cdp::execute(&browser, "Emulation.setEmulatedMedia", json!({ "media": "print" })).await;
    let shown =
        |selector: &str| format!("return getComputedStyle(document.querySelector('{selector}')).display");
    for hidden in [".masthead", ".back-link", ".reader-actions", ".paragraph-tools", ".footer"] {
        assert_eq!(script(&browser, &shown(hidden)).await, "none", "{hidden} is not printed");
    }
    assert_eq!(script(&browser, &shown(".print-citation")).await, "block");
    let citation = e2e::text(&browser, ".print-citation").await;
    assert!(citation.starts_with("Cite as: Home Affairs Committee (2023)"), "{citation}");
    assert!(citation.contains("https://committees.parliament.uk/"), "{citation}");
    browser.close().await;
}
