//! Reading a source file as text, refusing in so many words what would
//! otherwise be read wrong in silence: a folder named like a file, bytes
//! that are not UTF-8, lines ended by a lone carriage return, and invisible
//! control characters.

use crate::SourceErrors;
use std::path::Path;

/// The file's text, or `None` with the problem recorded.
pub fn read(file: &Path, errors: &mut SourceErrors) -> Option<String> {
    if file.is_dir() {
        errors.push(
            file,
            0,
            "this is a folder, not a file, though its name ends like a source file's",
            "rename the folder, or move what it holds out of it: each source is one file",
        );
        return None;
    }
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            errors.push(
                file,
                0,
                format!("cannot read the file: {error}"),
                "check that the file exists and is readable",
            );
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(error) => {
            let bytes = error.as_bytes();
            let at = error.utf8_error().valid_up_to();
            let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |newline| newline + 1);
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            errors.push(
                file,
                line,
                format!(
                    "the file is not UTF-8: byte {} (0x{:02X}, character {} of the line) starts no UTF-8 character",
                    at + 1,
                    bytes[at],
                    1 + String::from_utf8_lossy(&bytes[line_start..at]).chars().count()
                ),
                "save the file as UTF-8 (a byte such as 0xA3 or 0xE9 is £ or é in Windows-1252 or Latin-1)",
            );
            None
        }
    }
}

/// The name people know a control character by.
fn control_name(c: char) -> String {
    match c {
        '\0' => "NUL".into(),
        '\u{7}' => "BEL".into(),
        '\u{8}' => "backspace".into(),
        '\u{b}' => "vertical tab".into(),
        '\u{c}' => "form feed".into(),
        '\u{1b}' => "ESC".into(),
        '\u{7f}' => "DEL".into(),
        c => format!("U+{:04X}", c as u32),
    }
}

/// Checks a source's characters: line endings (LF or CRLF, never a lone CR)
/// and no control character but tab. Records a problem on each line that
/// has one; `true` when there is none.
pub fn check_characters(file: &Path, text: &str, errors: &mut SourceErrors) -> bool {
    let before = errors.0.len();
    for (line, content) in (1..).zip(text.split('\n')) {
        let content = content.strip_suffix('\r').unwrap_or(content);
        if content.contains('\r') {
            errors.push(
                file,
                line,
                "a line ends with a carriage return alone (the line endings of old Mac files), so lines run together",
                "save the file with LF (Unix) or CRLF (Windows) line endings",
            );
        } else if let Some((column, c)) =
            content.chars().enumerate().find(|&(_, c)| c.is_control() && c != '\t')
        {
            errors.push(
                file,
                line,
                format!(
                    "the line holds the invisible control character {} at character {}",
                    control_name(c),
                    column + 1
                ),
                "delete the character: it cannot be seen, and other tools read it differently",
            );
        }
    }
    errors.0.len() == before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<(usize, String)> {
        let mut errors = SourceErrors::default();
        check_characters(Path::new("f.md"), text, &mut errors);
        errors.0.into_iter().map(|e| (e.line, e.problem)).collect()
    }

    #[test]
    fn line_endings_may_be_lf_or_crlf_but_not_a_lone_cr() {
        assert_eq!(problems("a\nb\r\nc\td\n"), []);
        let lone = problems("a\rb\rc");
        assert_eq!(lone.len(), 1);
        assert!(lone[0].1.contains("carriage return alone"), "{lone:?}");
        assert_eq!(problems("one\ntwo\rthree\n")[0].0, 2);
    }

    #[test]
    fn control_characters_are_named_on_their_line() {
        let found = problems("fine\nbad \u{0} here\nalso \u{1b}[31m\n\u{7}\n\u{85}");
        let named: Vec<(usize, &str)> = found.iter().map(|(line, p)| (*line, p.as_str())).collect();
        assert_eq!(named.len(), 4, "{found:?}");
        assert!(named[0].0 == 2 && named[0].1.contains("NUL at character 5"), "{found:?}");
        assert!(named[1].0 == 3 && named[1].1.contains("ESC"), "{found:?}");
        assert!(named[2].0 == 4 && named[2].1.contains("BEL"), "{found:?}");
        assert!(named[3].0 == 5 && named[3].1.contains("U+0085"), "{found:?}");
    }
}
