//! The addresses the importer reads: a GOV.UK page (fetched through the
//! Content API) or a committees.parliament.uk committee news page. Anything
//! else is refused with the reason.

use url::Url;

pub const GOVUK_HOST: &str = "www.gov.uk";
pub const PARLIAMENT_HOST: &str = "committees.parliament.uk";

/// A document's address, as the importer reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    /// A GOV.UK page, by its base path (`/government/news/…`).
    GovUk { path: String },
    /// A committee news page: `/committee/<number>/<name>/news/<number>/<title>/`.
    CommitteeNews { committee: u32, committee_slug: String, path: String },
}

impl Address {
    /// Reads an address as written by a user (a GOV.UK page, its Content
    /// API address, or a committee news page); query and fragment are dropped.
    pub fn parse(text: &str) -> Result<Address, String> {
        let quoted = format!("{:?}", text.trim());
        let url = Url::parse(text.trim()).map_err(|error| format!("{quoted} is not an address ({error})"))?;
        if url.scheme() != "https" {
            return Err(format!("{quoted} is not an https:// address: give the page's https:// address"));
        }
        let segments: Vec<&str> =
            url.path_segments().into_iter().flatten().filter(|s| !s.is_empty()).collect();
        match url.host_str() {
            Some(GOVUK_HOST) => {
                let page = match segments.as_slice() {
                    ["api", "content", rest @ ..] => rest,
                    all => all,
                };
                if page.is_empty() || page[0] == "api" {
                    return Err(format!(
                        "{quoted} is not a GOV.UK page: give the address of a document on www.gov.uk"
                    ));
                }
                Ok(Address::GovUk { path: format!("/{}", page.join("/")) })
            }
            Some(PARLIAMENT_HOST) => match segments.as_slice() {
                ["committee", number, name, "news", news, title] if news.parse::<u32>().is_ok() => {
                    let committee = number
                        .parse()
                        .map_err(|_| format!("{quoted} has no committee number after /committee/"))?;
                    let path = format!("/committee/{number}/{name}/news/{news}/{title}/");
                    Ok(Address::CommitteeNews { committee, committee_slug: (*name).to_owned(), path })
                }
                _ => Err(format!(
                    "{quoted} is not a committee news page: the importer reads \
                     https://committees.parliament.uk/committee/<number>/<name>/news/<number>/<title>/"
                )),
            },
            _ => Err(format!(
                "{quoted} is not a GOV.UK or parliament.uk address: the importer reads www.gov.uk \
                 documents and committees.parliament.uk committee news pages"
            )),
        }
    }

    /// The published page: the document's `source`.
    pub fn page(&self) -> String {
        match self {
            Address::GovUk { path } => format!("https://{GOVUK_HOST}{path}"),
            Address::CommitteeNews { path, .. } => format!("https://{PARLIAMENT_HOST}{path}"),
        }
    }

    /// What is fetched, and what every imported value is confirmed by: the
    /// Content API's address of a GOV.UK page, or the committee page itself.
    pub fn fetched_from(&self) -> String {
        match self {
            Address::GovUk { path } => format!("https://{GOVUK_HOST}/api/content{path}"),
            Address::CommitteeNews { .. } => self.page(),
        }
    }

    /// The last segment of the path: the slug the document's id is made from.
    pub fn slug(&self) -> &str {
        let path = match self {
            Address::GovUk { path } | Address::CommitteeNews { path, .. } => path,
        };
        path.trim_end_matches('/').rsplit('/').next().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_govuk_pages_and_their_api_addresses_alike() {
        for text in [
            "https://www.gov.uk/government/news/g7-plan",
            "https://www.gov.uk/api/content/government/news/g7-plan",
            "https://www.gov.uk/government/news/g7-plan/?utm_source=x#top",
        ] {
            let address = Address::parse(text).unwrap();
            assert_eq!(address, Address::GovUk { path: "/government/news/g7-plan".into() }, "{text}");
            assert_eq!(address.fetched_from(), "https://www.gov.uk/api/content/government/news/g7-plan");
            assert_eq!(address.page(), "https://www.gov.uk/government/news/g7-plan");
            assert_eq!(address.slug(), "g7-plan");
        }
    }

    #[test]
    fn reads_committee_news_pages() {
        let text = "https://committees.parliament.uk/committee/83/home-affairs-committee/news/195596/no-case";
        let address = Address::parse(text).unwrap();
        assert!(matches!(&address, Address::CommitteeNews { committee: 83, committee_slug, .. }
            if committee_slug == "home-affairs-committee"));
        assert_eq!(address.page(), format!("{text}/"));
        assert_eq!(address.fetched_from(), address.page());
        assert_eq!(address.slug(), "no-case");
    }

    #[test]
    fn refuses_other_addresses_with_the_reason() {
        for (text, reason) in [
            ("http://www.gov.uk/government/news/x", "not an https:// address"),
            ("https://example.org/government/news/x", "not a GOV.UK or parliament.uk address"),
            ("https://gov.uk.example.org/x", "not a GOV.UK or parliament.uk address"),
            ("https://www.gov.uk/", "not a GOV.UK page"),
            ("https://www.gov.uk/api/search.json?q=x", "not a GOV.UK page"),
            (
                "https://committees.parliament.uk/committee/83/home-affairs-committee/",
                "not a committee news page",
            ),
            ("https://committees.parliament.uk/committee/x/y/news/1/z/", "no committee number"),
            ("not an address", "is not an address"),
        ] {
            let error = Address::parse(text).unwrap_err();
            assert!(error.contains(reason), "{text}: {error}");
        }
    }
}
