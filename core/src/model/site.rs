//! The website a document was published on, read from its source address:
//! its name for citations and the licence its pages are reused under.

/// A publishing website.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// `gov.uk` and its subdomains.
    GovUk,
    /// `parliament.uk` and its subdomains (`committees.parliament.uk`).
    Parliament,
    /// Any other host.
    Other,
}

/// The licence a document is reused under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Licence {
    pub name: &'static str,
    pub url: &'static str,
}

const OPEN_PARLIAMENT_LICENCE: Licence = Licence {
    name: "Open Parliament Licence v3.0",
    url: "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/",
};

const OPEN_GOVERNMENT_LICENCE: Licence = Licence {
    name: "Open Government Licence v3.0",
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
};

impl Site {
    /// The site of an `https://` address.
    pub fn of(address: &str) -> Site {
        let host = address.trim_start_matches("https://").split(['/', '?', '#']).next().unwrap_or("");
        let on = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
        if on("gov.uk") {
            Site::GovUk
        } else if on("parliament.uk") {
            Site::Parliament
        } else {
            Site::Other
        }
    }

    /// The site's name as citations give it (the "website" of a web page).
    pub fn name(self) -> Option<&'static str> {
        match self {
            Site::GovUk => Some("GOV.UK"),
            Site::Parliament => Some("UK Parliament"),
            Site::Other => None,
        }
    }

    /// Parliament's pages are under the Open Parliament Licence; the rest
    /// under the Open Government Licence.
    pub fn licence(self) -> Licence {
        match self {
            Site::Parliament => OPEN_PARLIAMENT_LICENCE,
            Site::GovUk | Site::Other => OPEN_GOVERNMENT_LICENCE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Site;

    #[test]
    fn a_site_is_read_from_the_host_alone() {
        assert_eq!(Site::of("https://www.gov.uk/government/news/x"), Site::GovUk);
        assert_eq!(Site::of("https://committees.parliament.uk/committee/83/"), Site::Parliament);
        assert_eq!(Site::of("https://parliament.uk"), Site::Parliament);
        assert_eq!(Site::of("https://notgov.uk/x"), Site::Other);
        assert_eq!(Site::of("https://example.org/www.gov.uk"), Site::Other);
        assert_eq!(Site::GovUk.name(), Some("GOV.UK"));
        assert_eq!(Site::Parliament.licence().name, "Open Parliament Licence v3.0");
        assert_eq!(Site::Other.licence().name, "Open Government Licence v3.0");
    }
}
