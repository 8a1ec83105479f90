//! The page's Content-Security-Policy, as a `<meta>` element: only the
//! site's own files, WebAssembly compilation but no `eval`, and inline
//! scripts only by the SHA-256 of each (Trunk writes one, to start the app).

use base64::Engine;
use sha2::{Digest, Sha256};

/// Where the policy goes: right after the charset, before anything it governs.
const ANCHOR: &str = "<meta charset=\"utf-8\" />";

/// The policy, with the allowed inline scripts' hashes in `script-src`.
pub fn policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes.iter().map(|hash| format!(" 'sha256-{hash}'")).collect();
    [
        "default-src 'none'".to_owned(),
        format!("script-src 'self'{hashes} 'wasm-unsafe-eval'"),
        "style-src 'self'".to_owned(),
        "img-src 'self' data:".to_owned(),
        "connect-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'self'".to_owned(),
    ]
    .join("; ")
}

/// The text of every inline `<script>` (one without `src`), as the browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let Some(close) = after.find("</script>") else { break };
        if !after[..open_end].contains(" src=") && open_end < close {
            scripts.push(&after[open_end + 1..close]);
        }
        rest = &after[close + "</script>".len()..];
    }
    scripts
}

/// The base64 SHA-256 of a script, as CSP writes it.
pub fn hash(script: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()))
}

/// `html` with the policy's `<meta>` after its charset.
pub fn with_policy(html: &str) -> Result<String, String> {
    if html.contains("Content-Security-Policy") {
        return Err("index.html already has a Content-Security-Policy".to_owned());
    }
    let at =
        html.find(ANCHOR).ok_or_else(|| format!("index.html has no {ANCHOR} to put the policy after"))?;
    let hashes: Vec<String> = inline_scripts(html).into_iter().map(hash).collect();
    let meta =
        format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />", policy(&hashes));
    let end = at + ANCHOR.len();
    Ok(format!("{}{meta}{}", &html[..end], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str =
        "<head><meta charset=\"utf-8\" /><script type=\"module\">\nimport init from '/a.js';\n</script>\
                        <script src=\"/b.js\"></script><script>x()</script></head>";

    #[test]
    fn finds_only_inline_scripts_with_their_exact_text() {
        assert_eq!(inline_scripts(PAGE), ["\nimport init from '/a.js';\n", "x()"]);
        assert_eq!(inline_scripts("<p>no scripts</p>"), Vec::<&str>::new());
        assert_eq!(inline_scripts("<script>unclosed"), Vec::<&str>::new());
    }

    #[test]
    fn hashes_as_browsers_do() {
        // `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64`
        assert_eq!(hash("alert(1)"), "bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
    }

    #[test]
    fn the_policy_goes_after_the_charset_with_each_inline_script_s_hash_and_no_eval() {
        let html = with_policy(PAGE).unwrap();
        let meta_at = html.find("Content-Security-Policy").unwrap();
        assert!(html.find("<meta charset").unwrap() < meta_at && meta_at < html.find("<script").unwrap());
        for script in inline_scripts(PAGE) {
            assert!(html.contains(&format!("'sha256-{}'", hash(script))));
        }
        assert!(!html.contains("unsafe-eval'") || html.contains("'wasm-unsafe-eval'"));
        assert!(!html.contains("'unsafe-inline'") && !html.contains(" 'unsafe-eval'"));
        assert!(with_policy(&html).is_err(), "never two policies");
        assert!(with_policy("<head></head>").is_err(), "no charset, no policy");
    }
}
