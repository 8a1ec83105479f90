//! Splitting a document's text into its title and paragraphs.
//!
//! The first line is the title. Blank lines separate paragraphs; a line
//! starting with `•` is a list item of its own. Whitespace is normalised
//! (runs, including non-breaking spaces, become one space) and nothing
//! else of the text changes.

use explorer_core::model::Block;

pub struct Body {
    pub title: String,
    pub blocks: Vec<(Block, String)>,
}

const BULLET: char = '•';

fn normalise(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits a text; `None` when it has no title or no paragraph after it.
pub fn split(text: &str) -> Option<Body> {
    let mut lines = text.lines().map(normalise).skip_while(String::is_empty);
    let title = lines.next()?;
    let mut blocks: Vec<(Block, String)> = Vec::new();
    let mut paragraph_open = false;
    for line in lines {
        if line.is_empty() {
            paragraph_open = false;
        } else if let Some(item) = line.strip_prefix(BULLET) {
            blocks.push((Block::ListItem, item.trim_start().to_owned()));
            paragraph_open = false;
        } else if paragraph_open {
            let (_, paragraph) = blocks.last_mut().expect("an open paragraph exists");
            paragraph.push(' ');
            paragraph.push_str(&line);
        } else {
            blocks.push((Block::Paragraph, line));
            paragraph_open = true;
        }
    }
    (!blocks.is_empty()).then_some(Body { title, blocks })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_title_paragraphs_and_list_items() {
        let text = "Title here\n\nFirst\u{a0} paragraph \ncontinued.\n\n  • one \n  • two\n\nLast.\n";
        let body = split(text).unwrap();
        assert_eq!(body.title, "Title here");
        assert_eq!(
            body.blocks,
            vec![
                (Block::Paragraph, "First paragraph continued.".to_owned()),
                (Block::ListItem, "one".to_owned()),
                (Block::ListItem, "two".to_owned()),
                (Block::Paragraph, "Last.".to_owned()),
            ]
        );
    }

    #[test]
    fn a_text_without_paragraphs_is_empty() {
        assert!(split("").is_none());
        assert!(split("\n \n").is_none());
        assert!(split("Only a title\n\n").is_none());
    }
}
