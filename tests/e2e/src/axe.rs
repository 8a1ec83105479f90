//! Accessibility checks with axe-core (npm, `node_modules/axe-core`), run
//! inside the page: WCAG 2.0–2.2 A and AA rules and axe's best practices.

use crate::{workspace_root, Browser};

/// axe's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its best practices.
const RULE_TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']";

/// Every violation on the page now, one line each: rule, impact, help and
/// up to five offending elements. Empty when the page passes.
pub async fn violations(browser: &Browser) -> Vec<String> {
    let path = workspace_root().join("node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("read {} ({error}); scripts/setup.sh installs it", path.display()));
    browser.execute(&source, vec![]).await.expect("load axe-core into the page");
    let run = format!(
        "const done = arguments[arguments.length - 1];
         axe.run(document, {{ runOnly: {{ type: 'tag', values: {RULE_TAGS} }} }}).then(
           result => done(result.violations.map(v =>
             `${{v.id}} (${{v.impact}}): ${{v.help}} at ${{v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}}`)),
           error => done([`axe failed: ${{error}}`]));"
    );
    let found = browser.execute_async(&run, vec![]).await.expect("run axe-core");
    found.as_array().expect("a list").iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect()
}
