//! Reading a committees.parliament.uk committee news page (HTML).
//!
//! The page is read by its semantic structure: the news item is the page's
//! `<article>`, its title the article's `<h1>`, its date the article's first
//! `<time datetime="YYYY-MM-DD">`, and its text the rest of the article. The
//! committee is the one the address names (`/committee/<number>/…`), under
//! the name the page's link to it gives. A page without that structure is
//! refused, saying what is missing, rather than read by guesswork.

use crate::address::Address;
use crate::fetched::{Fetched, Named};
use crate::html_text::{self, normalise};
use corpus_compiler::{ImportKey, PARLIAMENT_PAGE_KINDS};
use explorer_core::{Date, Facet};
use scraper::{ElementRef, Html, Selector};

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// Reads the committee news page at `address`.
pub fn read(html: &str, address: &Address) -> Result<Fetched, String> {
    let Address::CommitteeNews { committee, committee_slug, .. } = address else {
        unreachable!("parliament::read is given committee news addresses")
    };
    let page = Html::parse_document(html);
    let missing = |what: &str| {
        format!("the page has no {what}: it is not a committee news page as the importer reads them (see src/parliament.rs)")
    };
    let article = page.select(&selector("article")).next().ok_or_else(|| missing("<article>"))?;
    let heading =
        article.select(&selector("h1")).next().ok_or_else(|| missing("<h1> title in its <article>"))?;
    let title = normalise(&heading.text().collect::<String>());
    if title.is_empty() {
        return Err("the page's title (<h1>) is empty".into());
    }
    let time = article
        .select(&selector("time[datetime]"))
        .next()
        .ok_or_else(|| missing("publication date (<time datetime=\"YYYY-MM-DD\">) in its <article>"))?;
    let written = time.value().attr("datetime").unwrap_or_default();
    let date = Date::parse(written.get(..10).unwrap_or(written))
        .map_err(|error| format!("the page's date {written:?} is {error}"))?;
    let date_line =
        time.parent().and_then(ElementRef::wrap).filter(|parent| *parent != article).unwrap_or(time);
    let text = html_text::from_element(article, &[heading, date_line])?;
    let committee_link = selector(&format!("a[href*=\"/committee/{committee}/\"]"));
    let committee_name = page
        .select(&committee_link)
        .map(|link| normalise(&link.text().collect::<String>()))
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| committee_slug.replace('-', " "));
    let kind = PARLIAMENT_PAGE_KINDS[0];
    Ok(Fetched {
        address: address.clone(),
        title,
        text: text.blocks,
        date,
        updated: None,
        kind: Named {
            facet: Facet::Type,
            name: "Committee news".into(),
            key: ImportKey::Parliament(kind.into()),
            slug: kind.into(),
        },
        publishers: vec![Named {
            facet: Facet::Agency,
            name: committee_name,
            key: ImportKey::Committee(*committee),
            slug: committee_slug.clone(),
        }],
        people: Vec::new(),
        government: None,
        notes: text.notes,
    })
}
