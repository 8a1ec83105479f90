//! Takes screenshots of the built site's main views at desktop and phone
//! widths into `target/screenshots/`, for people to look at.

use e2e::actions::wait_for_app;
use e2e::{dist_dir, screenshot, workspace_root, Browser, Locator, Site};
use std::time::Duration;

const VIEWS: [(&str, &str); 13] = [
    ("results", "topic=rwanda-partnership"),
    ("trends", "q=rwanda+OR+albania&view=trends"),
    ("compare", "view=compare"),
    ("kwic", "q=%22small+boats%22&view=kwic&sort=1L"),
    ("search", "q=small+boats+france"),
    ("empty", "q=Albania&period=starmer-2024"),
    ("reader", "doc=2023-06-12-hac-albania-asylum-claims&p=3"),
    ("bullets", "doc=2024-11-04-starmer-interpol-border-security-investment&p=12"),
    ("quotes", "view=quotes&person=yvette-cooper"),
    ("figures", "view=figures&sort=largest"),
    ("cite", "doc=2024-11-04-starmer-interpol-border-security-investment"),
    ("notices", "period=nonsense&topic=%3Cscript%3Ealert(1)%3C/script%3E&from=2024-13-45&doc=missing"),
    // Last: it switches the browser to the dark theme.
    ("dark", "q=crime&doc=2024-11-04-starmer-interpol-border-security-investment&p=30"),
];

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let site = Site::start(&dist_dir(), "/");
    let out = workspace_root().join("target/screenshots");
    for (width, height, device) in [(1280, 900, "desktop"), (375, 812, "phone")] {
        let browser = Browser::start(width, height).await;
        for (name, query) in VIEWS {
            browser.goto(&site.url(query)).await.expect("open the page");
            wait_for_app(&browser).await;
            if name == "dark" {
                browser
                    .find(Locator::Css("[data-theme-toggle]"))
                    .await
                    .expect("switch")
                    .click()
                    .await
                    .expect("dark");
            }
            if name == "cite" {
                let summary =
                    browser.find(Locator::Css("[data-cite='document'] summary")).await.expect("Cite");
                summary.click().await.expect("open Cite");
                let reveal = "document.querySelector('[data-cite=document]').scrollIntoView()";
                browser.execute(reveal, vec![]).await.expect("scroll to the citations");
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
            let path = out.join(format!("{name}-{device}.png"));
            screenshot(&browser, &path).await;
            println!("{}", path.display());
        }
        browser.close().await;
    }
}
