//! Random in-page actions from a seed, as a person (or a faster one) would
//! do them: facet ticks, typing with pauses inside and outside the search's
//! quiet time, tabs, sort, dates, chips, "Clear all filters", opening and
//! closing the reader, names and paragraph links, Back and Forward. After
//! each step nothing has panicked, and a fresh page opened at the address
//! bar's URL renders the same thing: the same items in order, counts,
//! marks, notices and the address of every link.

use crate::actions::wait_for_app;
use crate::rng::Rng;
use crate::{wait_until_gone, Browser, Locator, Site, LOAD_TIMEOUT};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// What the search box is given, typed whole or a key at a time.
const TYPED: [&str; 14] = [
    "rwanda",
    "small boats",
    "\"small boats\"",
    "asylum",
    "smugg",
    "albania OR rwanda",
    "rwanda -france",
    "rwanda OR kigali",
    "rwanda partnership",
    "£75",
    "<script>alert(1)</script>",
    "zzzz",
    "Home Office",
    " ",
];

/// Pauses between the actions of a step: none, inside the search's quiet
/// time (120 ms), just past it, and past the pause that ends a typing run.
const PAUSES_MS: [u64; 5] = [0, 40, 90, 200, 1100];

/// How long the page gets to settle after a step before it is compared.
const SETTLE: Duration = Duration::from_millis(400);

/// What is read off a page to compare it with a fresh load of its address.
const SNAPSHOT: &str = r#"
const main = document.querySelector('#main');
const all = (selector, read) => [...document.querySelectorAll(selector)].map(read);
return {
  address: location.search,
  title: document.title,
  bug: document.querySelector('.bug-report') !== null,
  count: main.querySelector('[data-result-count]')?.dataset.resultCount ?? null,
  documents: all('#main [data-doc-id]', e => e.dataset.docId),
  items: all('#main [data-quote], #main [data-figure]', e => e.dataset.quote ?? e.dataset.figure),
  facets: all('#main [data-facet]:not([hidden])', e =>
    [e.dataset.facet, e.dataset.value, e.querySelector('[data-count]')?.dataset.count, e.querySelector('input')?.checked]),
  marks: all('#main mark', e => e.textContent),
  links: all('a[href]', a => a.getAttribute('href')),
  reader: main.querySelector('[data-reader]')?.dataset.reader ?? null,
  highlighted: all('#main .paragraph.highlighted', e => e.dataset.p),
  search: document.querySelector('[data-search]')?.value ?? null,
  sort: document.querySelector('[data-sort]')?.value ?? null,
  dates: all('[data-date]', e => e.value),
  notices: all('[data-notice]', e => e.textContent),
  tabs: all('[data-view-tab][aria-current]', e => e.dataset.viewTab),
};
"#;

/// One thing a person does.
#[derive(Debug)]
enum Action {
    Click(&'static str),
    Type { text: &'static str, key_at_a_time: bool },
    ClearSearch,
    Enter,
    Escape,
    Back,
    Forward,
    Sort,
    Date,
    Pause(u64),
}

/// Runs `steps` steps from `seed` on the build in `dist`; the error names
/// the seed, the step, the actions so far and what differed.
pub async fn walk(dist: &Path, seed: u64, steps: usize) -> Result<(), String> {
    let site = Site::start(dist, "/");
    let person = Browser::start(1280, 900).await;
    let fresh = Browser::start(1280, 900).await;
    person.goto(&site.url("")).await.map_err(|e| e.to_string())?;
    wait_for_app(&person).await;
    let mut rng = Rng(seed);
    let mut log: Vec<String> = Vec::new();
    let mut outcome = Ok(());
    for step in 1..=steps {
        let actions = step_actions(&mut rng);
        log.push(format!("{step}: {actions:?}"));
        for action in &actions {
            perform(&person, &site, action, &mut rng).await;
        }
        tokio::time::sleep(SETTLE).await;
        if let Err(difference) = compare(&person, &fresh, &site).await {
            let recent = log.iter().rev().take(12).rev().cloned().collect::<Vec<_>>().join("\n  ");
            outcome = Err(format!("seed {seed}, step {step}: {difference}\nlast steps:\n  {recent}"));
            break;
        }
    }
    person.close().await;
    fresh.close().await;
    outcome
}

/// One to three actions, with pauses of every kind between them.
fn step_actions(rng: &mut Rng) -> Vec<Action> {
    let mut actions = Vec::new();
    for _ in 0..rng.between(1, 3) {
        if !actions.is_empty() {
            actions.push(Action::Pause(*rng.pick(&PAUSES_MS)));
        }
        actions.push(random_action(rng));
    }
    actions
}

fn random_action(rng: &mut Rng) -> Action {
    match rng.below(100) {
        0..=17 => Action::Click("[data-facet]:not([hidden]) input:not(:disabled)"),
        18..=33 => Action::Type { text: TYPED[rng.below(TYPED.len())], key_at_a_time: rng.chance(50) },
        34..=37 => Action::ClearSearch,
        38..=40 => Action::Enter,
        41..=46 => Action::Click("[data-view-tab]"),
        47..=49 => Action::Sort,
        50..=51 => Action::Date,
        52..=55 => Action::Click("[data-chip], [data-clear-all], [data-recovery] a"),
        56..=63 => {
            Action::Click(".result-title a, [data-passage], .source-line a, .kwic-source, [data-term-link]")
        }
        64..=67 => Action::Click("[data-tag], .quote-speaker a, a.entity"),
        68..=71 => Action::Click("[data-back], .paragraph-number, .masthead-title"),
        72..=74 => Action::Escape,
        75..=86 => Action::Back,
        87..=95 => Action::Forward,
        _ => Action::Click(".result-title a"),
    }
}

async fn perform(browser: &Browser, site: &Site, action: &Action, rng: &mut Rng) {
    match action {
        Action::Click(selector) => {
            let candidates = browser.find_all(Locator::Css(selector)).await.unwrap_or_default();
            if !candidates.is_empty() {
                let element = &candidates[rng.below(candidates.len())];
                // An element that is covered or scrolled away is clicked as a script would.
                if element.click().await.is_err() {
                    let _ = browser
                        .execute("arguments[0].click()", vec![serde_json::to_value(element).unwrap()])
                        .await;
                }
            }
        }
        Action::Type { text, key_at_a_time } => {
            if let Ok(input) = browser.find(Locator::Css("[data-search]")).await {
                if *key_at_a_time {
                    for key in text.chars() {
                        let _ = input.send_keys(&key.to_string()).await;
                        tokio::time::sleep(Duration::from_millis(*rng.pick(&[10, 60, 150]))).await;
                    }
                } else {
                    let _ = input.send_keys(text).await;
                }
            }
        }
        Action::ClearSearch => {
            if let Ok(input) = browser.find(Locator::Css("[data-search]")).await {
                // Ctrl+A, then Backspace: as a person empties the box.
                let _ = input.send_keys("\u{e009}a\u{e009}\u{e003}").await;
            }
        }
        Action::Enter => {
            if let Ok(input) = browser.find(Locator::Css("[data-search]")).await {
                let _ = input.send_keys("\u{e007}").await;
            }
        }
        Action::Escape => {
            if let Ok(body) = browser.find(Locator::Css("body")).await {
                let _ = body.send_keys("\u{e00c}").await;
            }
        }
        Action::Back | Action::Forward => {
            let _ =
                if matches!(action, Action::Back) { browser.back().await } else { browser.forward().await };
            // Back past the first view leaves the explorer; come back to it.
            let here = browser.current_url().await.map(|url| url.to_string()).unwrap_or_default();
            if !here.starts_with(&site.url("")) {
                let _ = browser.forward().await;
            }
            let _ = browser.wait().at_most(LOAD_TIMEOUT).for_element(Locator::Css("#main")).await;
        }
        Action::Sort => {
            let options = browser.find_all(Locator::Css("[data-sort] option")).await.unwrap_or_default();
            if !options.is_empty() {
                let _ = options[rng.below(options.len())].click().await;
            }
        }
        Action::Date => {
            let (field, date) =
                (*rng.pick(&["from", "to"]), *rng.pick(&["2023-06-01", "2024-07-05", "", "2024-10-04"]));
            let set = format!(
                "const input = document.querySelector('[data-date=\"{field}\"]');
                 if (input) {{ input.value = '{date}'; input.dispatchEvent(new Event('change', {{ bubbles: true }})); }}"
            );
            let _ = browser.execute(&set, vec![]).await;
        }
        Action::Pause(ms) => tokio::time::sleep(Duration::from_millis(*ms)).await,
    }
}

/// Nothing panicked, and a fresh load of the address renders the same.
async fn compare(person: &Browser, fresh: &Browser, site: &Site) -> Result<(), String> {
    wait_for_parts(person).await;
    let seen = snapshot(person).await?;
    if seen["bug"] == Value::Bool(true) {
        return Err("the page panicked (its bug report is on show)".to_owned());
    }
    let address = seen["address"].as_str().unwrap_or_default().trim_start_matches('?').to_owned();
    fresh.goto(&site.url(&address)).await.map_err(|e| e.to_string())?;
    // A fresh load read before the app took over is the build's first view, not the address's.
    wait_for_app(fresh).await;
    wait_for_parts(fresh).await;
    let loaded = snapshot(fresh).await?;
    let fields = seen.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
    for field in fields {
        if seen[&field] != loaded[&field] {
            return Err(format!(
                "at ?{address}, {field} differs from a fresh load:\n    after the actions: {}\n    fresh load:        {}",
                seen[&field], loaded[&field]
            ));
        }
    }
    Ok(())
}

/// Waits until the view's code parts have arrived (a part is fetched, or
/// read from the worker's cache, after the app shows the view around it)
/// and its results' texts (in a corpus in several shards, a result's
/// passages arrive after it).
async fn wait_for_parts(browser: &Browser) {
    wait_until_gone(browser, "[data-part-loading]", LOAD_TIMEOUT).await;
    wait_until_gone(browser, ".result[aria-busy]", LOAD_TIMEOUT).await;
}

async fn snapshot(browser: &Browser) -> Result<Value, String> {
    browser.execute(SNAPSHOT, vec![]).await.map_err(|e| format!("read the page: {e}"))
}
