//! Scans the sources of the app, the core and the compiler, and `index.html`,
//! for HTML-string rendering and script evaluation, and checks that every
//! link to an outside address carries `rel="noopener noreferrer"`.

use std::path::{Path, PathBuf};

/// What would render a string as HTML or run a string as script.
const FORBIDDEN: [&str; 10] = [
    "inner_html",
    "set_inner_html",
    "outer_html",
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "document.write",
    "eval(",
    "new Function",
    "dangerously",
];

const EXTERNAL_REL: &str = r#"rel="noopener noreferrer""#;

/// Words in an `href` expression that mean the address comes from outside
/// the app (a document's source, a provenance address, a licence).
const OUTSIDE_ADDRESS_WORDS: [&str; 5] = ["source", "licence", "url", "address", "confirmed"];

/// `file:line: what` for every forbidden word in `text`, as a whole word.
fn forbidden_uses(file: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        for word in FORBIDDEN {
            let whole = line.match_indices(word).any(|(at, _)| {
                let before = line[..at].chars().next_back();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            if whole {
                found.push(format!("{file}:{}: uses {word}", number + 1));
            }
        }
    }
    found
}

/// `file:line: what` for every `<a …>` tag of a Leptos view whose `href`
/// leads outside the app and that lacks `rel="noopener noreferrer"`.
fn external_links_without_rel(file: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices("<a") {
        let after = text[start + 2..].chars().next();
        if !after.is_some_and(char::is_whitespace) {
            continue;
        }
        let tag = opening_tag(&text[start..]);
        let leads_outside = href_value(tag).is_some_and(|href| {
            let literal = href.trim_start_matches('"');
            literal.starts_with("https:")
                || literal.starts_with("http:")
                || literal.starts_with("//")
                || OUTSIDE_ADDRESS_WORDS.iter().any(|word| href.contains(word))
        });
        if leads_outside && !tag.contains(EXTERNAL_REL) {
            let line = text[..start].matches('\n').count() + 1;
            found.push(format!("{file}:{line}: an outside link without {EXTERNAL_REL}"));
        }
    }
    found
}

/// `<a …>` up to its closing `>`, skipping `>` inside strings and brackets.
fn opening_tag(text: &str) -> &str {
    let (mut depth, mut in_string) = (0_i32, false);
    for (at, c) in text.char_indices().skip(1) {
        match c {
            '"' => in_string = !in_string,
            '(' | '{' | '[' if !in_string => depth += 1,
            ')' | '}' | ']' if !in_string => depth -= 1,
            '>' if !in_string && depth <= 0 => return &text[..=at],
            _ => {}
        }
    }
    text
}

/// The text of the tag's `href=` value, up to the next attribute.
fn href_value(tag: &str) -> Option<&str> {
    let start = tag.find("href=")? + "href=".len();
    let value = &tag[start..];
    let next_attribute = value.char_indices().find(|&(at, c)| {
        c.is_whitespace() && {
            let rest = value[at..].trim_start();
            let name_end = rest.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'));
            name_end.is_some_and(|end| end > 0 && rest[end..].starts_with('='))
        }
    });
    Some(&value[..next_attribute.map_or(value.len(), |(at, _)| at)])
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn no_source_renders_html_strings_or_evaluates_script() {
    let root = workspace();
    let mut files = vec![root.join("index.html")];
    for dir in ["src", "core/src", "compiler/src"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 40, "the scan finds the sources: {files:?}");
    let found: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let name = file.strip_prefix(&root).unwrap().display().to_string();
            forbidden_uses(&name, &std::fs::read_to_string(file).unwrap())
        })
        .collect();
    assert!(found.is_empty(), "render text as text, never as HTML:\n{}", found.join("\n"));
}

#[test]
fn every_link_leading_outside_the_app_has_noopener_noreferrer() {
    let root = workspace();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut outside_links = 0;
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        outside_links += text.matches(EXTERNAL_REL).count();
        found.extend(external_links_without_rel(&file.display().to_string(), &text));
    }
    assert!(outside_links >= 4, "the source, provenance and licence links are found");
    assert!(found.is_empty(), "add {EXTERNAL_REL}:\n{}", found.join("\n"));
}

#[test]
fn the_word_scan_finds_each_forbidden_use_as_a_whole_word() {
    let text = "let a = 1;\nel.set_inner_html(&html);\nwindow.eval(code)\nlet retrieval(x) = dangerously;\n";
    assert_eq!(
        forbidden_uses("x.rs", text),
        ["x.rs:2: uses set_inner_html", "x.rs:3: uses eval(", "x.rs:4: uses dangerously",]
    );
    assert_eq!(forbidden_uses("x.rs", "retrieval(x); evaluation(y)"), Vec::<String>::new());
}

#[test]
fn the_link_scan_finds_outside_links_without_rel() {
    let view = r##"view! {
        <a href="https://evil.example/">"literal"</a>
        <a href=document.source.value.clone() data-source="">"source"</a>
        <a
            href=licence.url>"licence"</a>
        <a href=address.clone() rel="noopener noreferrer">"kept"</a>
        <a href=move || state.href_with(|q| q.toggle(facet, slug)) data-noscroll="">"inside"</a>
        <a class="skip-link" href="#main">"inside"</a>
        <abbr title="x">"not a link"</abbr>
    }"##;
    let lines: Vec<String> = external_links_without_rel("v.rs", view);
    assert_eq!(
        lines,
        [
            "v.rs:2: an outside link without rel=\"noopener noreferrer\"",
            "v.rs:3: an outside link without rel=\"noopener noreferrer\"",
            "v.rs:4: an outside link without rel=\"noopener noreferrer\"",
        ]
    );
}

#[test]
fn a_tag_ends_at_its_own_closing_bracket() {
    let tag = opening_tag(r#"<a href=move || f(|q| q > 1) title=">">"text"</a>"#);
    assert_eq!(tag, r#"<a href=move || f(|q| q > 1) title=">">"#);
    assert_eq!(href_value(tag), Some("move || f(|q| q > 1)"));
}
