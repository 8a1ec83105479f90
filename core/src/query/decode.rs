//! Splitting a query string into its pairs and decoding each part as a
//! browser's form encoding writes it (`+` for a space, `%XX` for a byte),
//! keeping what cannot be decoded as it was written and saying where.

use crate::order;

/// A key or value, decoded, with the escapes that could not be.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Decoded {
    pub text: String,
    /// Each escape (or run of escapes) kept as written: a `%` not followed by
    /// two hex digits, or bytes that are not UTF-8 text.
    pub kept: Vec<String>,
}

/// The pairs of a query string (without `?`), in order; a part without `=`
/// is a key with an empty value.
pub(super) fn pairs(query_string: &str) -> impl Iterator<Item = (Decoded, Decoded)> + '_ {
    query_string.split('&').filter(|part| !part.is_empty()).map(|part| {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        (decode(key), decode(value))
    })
}

/// Decodes one part. Valid escapes become their bytes; the text of any
/// escape that is malformed, or whose bytes are not UTF-8, is kept literally.
pub(super) fn decode(part: &str) -> Decoded {
    // Each byte, the text it was written as when it came from an escape, and where that began.
    let mut bytes: Vec<(u8, Option<&str>, usize)> = Vec::with_capacity(part.len());
    // What was kept as written, with where it began, to list in text order.
    let mut kept: Vec<(usize, String)> = Vec::new();
    let raw = part.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'+' => bytes.push((b' ', None, i)),
            b'%' => match part.get(i + 1..i + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                Some(byte) if raw[i + 1].is_ascii_hexdigit() && raw[i + 2].is_ascii_hexdigit() => {
                    bytes.push((byte, Some(&part[i..i + 3]), i));
                    i += 3;
                    continue;
                }
                _ => {
                    kept.push((i, part[i..].chars().take(3).collect()));
                    bytes.push((b'%', None, i));
                }
            },
            byte => bytes.push((byte, None, i)),
        }
        i += 1;
    }
    let mut text = String::with_capacity(bytes.len());
    let mut rest = bytes.as_slice();
    while !rest.is_empty() {
        let plain: Vec<u8> = rest.iter().map(|(byte, _, _)| *byte).collect();
        match std::str::from_utf8(&plain) {
            Ok(valid) => {
                text.push_str(valid);
                break;
            }
            Err(error) => {
                let valid_up_to = error.valid_up_to();
                text.push_str(std::str::from_utf8(&plain[..valid_up_to]).expect("checked up to here"));
                let bad = error.error_len().unwrap_or(plain.len() - valid_up_to);
                let invalid = &rest[valid_up_to..valid_up_to + bad];
                let written: String = invalid
                    .iter()
                    .map(|(byte, escape, _)| {
                        escape.map_or_else(|| char::from(*byte).to_string(), str::to_owned)
                    })
                    .collect();
                text.push_str(&written);
                kept.push((invalid[0].2, written));
                rest = &rest[valid_up_to + bad..];
            }
        }
    }
    order::sort_by_key(&mut kept, |(at, _)| *at);
    Decoded { text, kept: kept.into_iter().map(|(_, written)| written).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_as_browsers_encode() {
        assert_eq!(decode("small+boats%21").text, "small boats!");
        assert_eq!(decode("%C2%A375m").text, "£75m");
        assert_eq!(decode("%E2%80%9Cgangs%E2%80%9D"), Decoded { text: "“gangs”".into(), kept: vec![] });
        assert_eq!(decode("£75").text, "£75", "raw UTF-8 passes through");
    }

    #[test]
    fn keeps_what_it_cannot_decode_and_says_so() {
        assert_eq!(decode("50%"), Decoded { text: "50%".into(), kept: vec!["%".into()] });
        assert_eq!(decode("a%zzb"), Decoded { text: "a%zzb".into(), kept: vec!["%zz".into()] });
        // A truncated UTF-8 sequence is not turned into U+FFFD.
        assert_eq!(
            decode("rw%E2%80anda"),
            Decoded { text: "rw%E2%80anda".into(), kept: vec!["%E2%80".into()] }
        );
        assert_eq!(decode("%FF"), Decoded { text: "%FF".into(), kept: vec!["%FF".into()] });
    }

    #[test]
    fn splits_pairs_in_order() {
        let keys: Vec<(String, String)> =
            pairs("q=a&&topic&Q=b%20c").map(|(key, value)| (key.text, value.text)).collect();
        assert_eq!(keys, [("q".into(), "a".into()), ("topic".into(), "".into()), ("Q".into(), "b c".into())]);
    }
}
