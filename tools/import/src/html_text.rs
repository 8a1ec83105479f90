//! A page's HTML as the corpus's text: paragraphs and list items as the
//! page has them, entities decoded (by the HTML parser), markup dropped.
//!
//! - Every block element (`p`, `div`, `blockquote`, a heading, …) makes
//!   its text a paragraph of its own: the corpus has no headings or block
//!   quotes, and a heading's words stay a line of their own rather than
//!   run into the next paragraph. Block quotes keep their paragraphs.
//! - Each `li` (of `ul` or `ol`; nested lists too) is a list item, as is a
//!   paragraph the page starts with `•`, which the corpus format reads so.
//! - Inline markup (links, `abbr`, emphasis) is dropped and its text kept;
//!   `br` is a space; images and other media are left out and noted.
//! - A table is refused: running its cells together would misstate it.
//! - An element that runs or embeds something (`script`, `style`, `iframe`,
//!   `form`, …) refuses the page. Text that reads as markup (`&lt;script&gt;`)
//!   is text and is imported as written; event-handler attributes and
//!   `javascript:` links go with the rest of the markup, and are noted.

use explorer_core::model::Block;
use scraper::{ElementRef, Html, Node};
use std::collections::BTreeMap;

/// A page's text, and what was left out of it.
#[derive(Debug, Default)]
pub struct Text {
    pub blocks: Vec<(Block, String)>,
    pub notes: Vec<String>,
}

const ACTIVE: [&str; 20] = [
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
    "select", "textarea", "noscript", "template", "svg", "math", "link", "meta", "base",
];
const MEDIA: [&str; 10] =
    ["img", "picture", "video", "audio", "source", "track", "canvas", "map", "area", "hr"];
const BLOCKS: [&str; 29] = [
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "blockquote",
    "figure",
    "figcaption",
    "address",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "ul",
    "ol",
    "li",
    "hgroup",
];

/// Whitespace normalised as the corpus compiler does: runs become one space.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of an HTML fragment (a GOV.UK `details.body`).
pub fn from_fragment(html: &str) -> Result<Text, String> {
    let fragment = Html::parse_fragment(html);
    from_element(fragment.root_element(), &[])
}

/// The text of `root`, leaving out the elements in `skip` (a page's title
/// and date, read separately).
pub fn from_element(root: ElementRef, skip: &[ElementRef]) -> Result<Text, String> {
    let mut walker = Walker { skip, ..Walker::default() };
    walker.children(root)?;
    walker.flush();
    let mut notes = Vec::new();
    if !walker.left_out.is_empty() {
        let counts: Vec<String> = walker.left_out.iter().map(|(name, n)| format!("{n} <{name}>")).collect();
        notes.push(format!("left out what the corpus cannot hold: {}", counts.join(", ")));
    }
    if walker.dropped_scripting > 0 {
        notes.push(format!(
            "dropped {} event-handler attribute(s) or javascript: link(s) with the markup",
            walker.dropped_scripting
        ));
    }
    Ok(Text { blocks: walker.blocks, notes })
}

#[derive(Default)]
struct Walker<'s, 'a> {
    skip: &'s [ElementRef<'a>],
    blocks: Vec<(Block, String)>,
    line: String,
    open_items: usize,
    left_out: BTreeMap<String, usize>,
    dropped_scripting: usize,
}

impl<'a> Walker<'_, 'a> {
    fn children(&mut self, element: ElementRef<'a>) -> Result<(), String> {
        for child in element.children() {
            match child.value() {
                Node::Text(text) => self.line.push_str(text),
                Node::Element(_) => self.element(ElementRef::wrap(child).expect("an element node"))?,
                _ => {}
            }
        }
        Ok(())
    }

    fn element(&mut self, element: ElementRef<'a>) -> Result<(), String> {
        if self.skip.contains(&element) {
            return Ok(());
        }
        let name = element.value().name();
        if ACTIVE.contains(&name) {
            return Err(format!(
                "the text holds a <{name}> element, which runs or embeds something: nothing is imported \
                 from it (text that only reads as markup, like &lt;{name}&gt;, is imported as text)"
            ));
        }
        if name == "table" {
            let rows = element.descendent_elements().filter(|e| e.value().name() == "tr").count();
            return Err(format!(
                "the text holds a table ({rows} rows): the corpus has no tables, and running its cells \
                 together would misstate them; add this document by hand"
            ));
        }
        self.dropped_scripting +=
            element.value().attrs().filter(|(attr, value)| is_scripting(attr, value)).count();
        if MEDIA.contains(&name) {
            *self.left_out.entry(name.to_owned()).or_default() += 1;
            return Ok(());
        }
        if name == "br" {
            self.line.push(' ');
            return Ok(());
        }
        let block = BLOCKS.contains(&name);
        if block {
            self.flush();
        }
        let item = name == "li";
        self.open_items += usize::from(item);
        self.children(element)?;
        if block {
            self.flush();
        }
        self.open_items -= usize::from(item);
        Ok(())
    }

    /// Ends the block being gathered, if it has any text.
    fn flush(&mut self) {
        let text = normalise(&self.line);
        self.line.clear();
        let (block, text) = match text.strip_prefix('•') {
            Some(item) => (Block::ListItem, item.trim_start().to_owned()),
            None if self.open_items > 0 => (Block::ListItem, text),
            None => (Block::Paragraph, text),
        };
        if !text.is_empty() {
            self.blocks.push((block, text));
        }
    }
}

fn is_scripting(attribute: &str, value: &str) -> bool {
    let value = value.trim_start().to_ascii_lowercase();
    attribute.to_ascii_lowercase().starts_with("on")
        || value.starts_with("javascript:")
        || value.starts_with("vbscript:")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Block::{ListItem, Paragraph};

    fn blocks(html: &str) -> Vec<(Block, String)> {
        from_fragment(html).unwrap().blocks
    }

    fn owned(blocks: &[(Block, &str)]) -> Vec<(Block, String)> {
        blocks.iter().map(|(block, text)| (*block, (*text).to_owned())).collect()
    }

    #[test]
    fn decodes_entities_and_drops_inline_markup() {
        let html = "<div class=\"govspeak\"><p>The <abbr title=\"National Crime Agency\">NCA</abbr>&rsquo;s \
                    <a href=\"/x\">&pound;75&nbsp;million</a> &ndash; <strong>now</strong>.</p>\n\n<p>Second<br>line.</p></div>";
        assert_eq!(
            blocks(html),
            owned(&[(Paragraph, "The NCA’s £75 million – now."), (Paragraph, "Second line.")])
        );
    }

    #[test]
    fn keeps_list_items_headings_and_quoted_paragraphs_as_the_page_has_them() {
        let html = "<p>Measures include:</p><ul><li>one</li><li>two <ul><li>two a</li></ul></li></ul>\
                    <h2 id=\"background\">Background</h2><ol><li><p>first</p></li></ol>\
                    <blockquote><p>“Quoted.</p><p>More.”</p></blockquote><p>• a bullet the page typed</p>";
        assert_eq!(
            blocks(html),
            owned(&[
                (Paragraph, "Measures include:"),
                (ListItem, "one"),
                (ListItem, "two"),
                (ListItem, "two a"),
                (Paragraph, "Background"),
                (ListItem, "first"),
                (Paragraph, "“Quoted."),
                (Paragraph, "More.”"),
                (ListItem, "a bullet the page typed"),
            ])
        );
    }

    #[test]
    fn refuses_tables_and_active_markup_with_the_reason() {
        let table =
            from_fragment("<p>x</p><table><tr><td>1</td></tr><tr><td>2</td></tr></table>").unwrap_err();
        assert!(table.contains("a table (2 rows)"), "{table}");
        for active in
            ["<script>alert(1)</script>", "<iframe src=x></iframe>", "<style>p{}</style>", "<form></form>"]
        {
            let error = from_fragment(&format!("<p>x</p>{active}")).unwrap_err();
            assert!(error.contains("runs or embeds something"), "{active}: {error}");
        }
    }

    #[test]
    fn markup_written_as_text_stays_text_and_scripting_attributes_are_noted() {
        let html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;</p>\
                    <p onclick=\"alert(1)\"><a href=\"javascript:alert(1)\">Click</a><img src=x onerror=alert(1)></p>";
        let text = from_fragment(html).unwrap();
        assert_eq!(
            text.blocks,
            owned(&[(Paragraph, "<script>alert(1)</script> &amp;"), (Paragraph, "Click")])
        );
        assert_eq!(
            text.notes,
            [
                "left out what the corpus cannot hold: 1 <img>",
                "dropped 3 event-handler attribute(s) or javascript: link(s) with the markup"
            ]
        );
    }

    #[test]
    fn empty_blocks_and_comments_are_not_paragraphs() {
        assert_eq!(
            blocks("<p>&nbsp;</p><!-- note --><div> <p>Only</p> </div><p></p>"),
            owned(&[(Paragraph, "Only")])
        );
    }
}
