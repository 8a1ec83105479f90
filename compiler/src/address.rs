//! The strict check every address in the sources passes (`source`, and the
//! `confirmed` address of any value): the app turns these into links, so
//! only a plain `https://` address on a named host gets through.
//!
//! Hand-written rather than parsed with the `url` crate: that crate repairs
//! what it reads (it turns `\` into `/`, percent-encodes spaces, accepts
//! user names and ports), while a source should say exactly what is linked.

/// The longest address accepted.
pub const MAX_LENGTH: usize = 2_000;

/// Why an address is refused; displays as the end of a sentence about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressProblem {
    NotHttps,
    TooLong,
    UserInfo,
    Port,
    BadHost(String),
    /// A host with a letter outside ASCII, which can pass for a Latin one
    /// (Cyrillic `о` in `gоv.uk`).
    LookAlikeHost(char),
    /// A host with an internationalised (punycode, `xn--`) label, the ASCII
    /// form of one that can imitate a known site.
    PunycodeHost(String),
    BadCharacter(char),
    BadPercent,
}

impl AddressProblem {
    /// What the problem is, after "the address …".
    pub fn describe(&self) -> String {
        match self {
            AddressProblem::NotHttps => "is not an https:// address".into(),
            AddressProblem::TooLong => format!("is longer than {MAX_LENGTH} characters"),
            AddressProblem::UserInfo => "has a user name or password (an @ before the host)".into(),
            AddressProblem::Port => "names a port after the host".into(),
            AddressProblem::BadHost(host) => format!("has the host {host:?}, which is not a domain name"),
            AddressProblem::LookAlikeHost(c) => format!(
                "has the character {c:?} (U+{:04X}) in its host, which can pass for a Latin letter",
                *c as u32
            ),
            AddressProblem::PunycodeHost(label) => {
                format!(
                    "has the internationalised host label {label:?}, which can imitate another site's name"
                )
            }
            AddressProblem::BadCharacter(c) => format!("contains the character {c:?} (U+{:04X})", *c as u32),
            AddressProblem::BadPercent => "has a % not followed by two hexadecimal digits".into(),
        }
    }

    /// How to put it right.
    pub fn fix(&self) -> &'static str {
        match self {
            AddressProblem::NotHttps => "give the published page's full https:// address",
            AddressProblem::TooLong => "link the page by a shorter address, without tracking parameters",
            AddressProblem::UserInfo => {
                "remove everything from the scheme up to the @: link the page on its own host"
            }
            AddressProblem::Port => "remove the :port after the host; pages are linked on the standard port",
            AddressProblem::BadHost(_) => "write the site's domain name after https://, like www.gov.uk",
            AddressProblem::LookAlikeHost(_) | AddressProblem::PunycodeHost(_) => {
                "type the site's domain name in plain ASCII letters (like www.gov.uk), or check that the page is the real one"
            }
            AddressProblem::BadCharacter(_) => "remove the character, or percent-encode it (a space is %20)",
            AddressProblem::BadPercent => "write a literal % as %25",
        }
    }
}

/// The address quoted for an error message: escaped, and cut after 100 characters.
pub fn quoted(address: &str) -> String {
    match address.char_indices().nth(100) {
        Some((cut, _)) => format!("{:?}…", &address[..cut]),
        None => format!("{address:?}"),
    }
}

/// Checks an address: `https://`, a domain name host in ASCII and not
/// punycode (no user, no port), then only the characters an address may
/// hold unencoded, at most [`MAX_LENGTH`] long.
pub fn check(address: &str) -> Result<(), AddressProblem> {
    let rest = address.strip_prefix("https://").ok_or(AddressProblem::NotHttps)?;
    if address.len() > MAX_LENGTH {
        return Err(AddressProblem::TooLong);
    }
    let authority_end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    if let Some(letter) = authority.chars().find(|c| c.is_alphabetic() && !c.is_ascii()) {
        return Err(AddressProblem::LookAlikeHost(letter));
    }
    if let Some(bad) = address.chars().find(|&c| !is_address_character(c)) {
        return Err(AddressProblem::BadCharacter(bad));
    }
    if authority.contains('@') {
        return Err(AddressProblem::UserInfo);
    }
    if authority.contains(':') {
        return Err(AddressProblem::Port);
    }
    if !is_domain_name(authority) {
        return Err(AddressProblem::BadHost(authority.to_owned()));
    }
    if let Some(label) = authority.split('.').find(|label| label.to_ascii_lowercase().starts_with("xn--")) {
        return Err(AddressProblem::PunycodeHost(label.to_owned()));
    }
    if !percent_escapes_are_whole(path) {
        return Err(AddressProblem::BadPercent);
    }
    Ok(())
}

/// The characters RFC 3986 allows unencoded in an address, and `%`.
fn is_address_character(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
}

/// At least two dot-separated labels of letters, digits and inner hyphens,
/// each at most 63 long, the last (the top-level domain) letters only.
fn is_domain_name(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let label_ok = |label: &&str| {
        (1..=63).contains(&label.len())
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    labels.len() >= 2
        && labels.iter().all(label_ok)
        && labels.last().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_alphabetic()))
}

fn percent_escapes_are_whole(path: &str) -> bool {
    let bytes = path.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b'%')
        .all(|(at, _)| bytes.get(at + 1..at + 3).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_plain_https_addresses() {
        for good in [
            "https://www.gov.uk/government/news/x",
            "https://committees.parliament.uk/work/8252/?page=2#section-1",
            "https://example.org",
            "https://www.gov.uk/search?q=small%20boats&order=updated-newest",
        ] {
            assert_eq!(check(good), Ok(()), "{good}");
        }
    }

    #[test]
    fn refuses_each_kind_of_bad_address() {
        use AddressProblem::*;
        let long = format!("https://www.gov.uk/{}", "a".repeat(MAX_LENGTH));
        for (bad, problem) in [
            ("http://www.gov.uk/x", NotHttps),
            ("javascript:alert(1)", NotHttps),
            ("HTTPS://www.gov.uk/x", NotHttps),
            (" https://www.gov.uk/x", NotHttps),
            ("https://", BadHost(String::new())),
            ("https://localhost/x", BadHost("localhost".into())),
            ("https://127.0.0.1/x", BadHost("127.0.0.1".into())),
            ("https://-gov.uk/x", BadHost("-gov.uk".into())),
            ("https://gov..uk/x", BadHost("gov..uk".into())),
            ("https://user:pw@www.gov.uk/x", UserInfo),
            ("https://www.gov.uk@evil.example/x", UserInfo),
            ("https://www.gov.uk:8443/x", Port),
            ("https://gov uk/x", BadCharacter(' ')),
            ("https://www.gov.uk/x\ty", BadCharacter('\t')),
            ("https://www.gov.uk/\"onmouseover=\"x", BadCharacter('"')),
            ("https://www.gov.uk/<script>", BadCharacter('<')),
            ("https://www.gov.uk\\@evil.example/", BadCharacter('\\')),
            ("https://www.gov.uk/\u{202e}fdp.exe", BadCharacter('\u{202e}')),
            ("https://www.gov.uk/\u{2066}x", BadCharacter('\u{2066}')),
            ("https://www.gov.uk/café", BadCharacter('é')),
            ("https://www.gоv.uk/x", LookAlikeHost('о')),
            ("https://www.gov.ик/x", LookAlikeHost('и')),
            ("https://www.xn--gv-jta.uk/x", PunycodeHost("xn--gv-jta".into())),
            ("https://XN--80ak6aa92e.com/", PunycodeHost("XN--80ak6aa92e".into())),
            ("https://www.gov.uk/100%", BadPercent),
            ("https://www.gov.uk/%zz", BadPercent),
            (long.as_str(), TooLong),
        ] {
            assert_eq!(check(bad), Err(problem), "{bad:?}");
        }
    }

    #[test]
    fn long_addresses_are_cut_when_quoted() {
        assert_eq!(quoted("https://a.uk/\u{202e}"), "\"https://a.uk/\\u{202e}\"");
        assert_eq!(quoted(&"x".repeat(500)), format!("{:?}…", "x".repeat(100)));
    }

    #[test]
    fn problems_read_as_the_end_of_a_sentence() {
        assert_eq!(AddressProblem::NotHttps.describe(), "is not an https:// address");
        assert_eq!(
            AddressProblem::BadCharacter('\u{202e}').describe(),
            "contains the character '\\u{202e}' (U+202E)"
        );
    }
}
