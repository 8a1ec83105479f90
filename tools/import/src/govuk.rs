//! Reading a GOV.UK Content API response (`https://www.gov.uk/api/content/<path>`)
//! in the shape GOV.UK's content schemas document: `title`, `description`,
//! `document_type`, `schema_name`, `first_published_at`, `public_updated_at`,
//! `details.body` (HTML), `details.government`, `links.organisations`,
//! `links.primary_publishing_organisation`, `links.people`, `links.speaker`
//! and `links.government`.

use crate::address::Address;
use crate::fetched::{day_of, slug_of, Fetched, GovernmentLabel, Named};
use crate::html_text::{self, normalise};
use corpus_compiler::ImportKey;
use explorer_core::model::Block;
use explorer_core::Facet;
use serde::Deserialize;
use serde_json::Value;

/// The schemas whose `details.body` holds the document's text.
pub const DOCUMENT_SCHEMAS: [&str; 6] = [
    "news_article",
    "speech",
    "case_study",
    "detailed_guide",
    "world_location_news_article",
    "html_publication",
];

#[derive(Deserialize)]
struct ContentItem {
    title: Option<String>,
    description: Option<String>,
    document_type: Option<String>,
    schema_name: Option<String>,
    first_published_at: Option<String>,
    public_updated_at: Option<String>,
    #[serde(default)]
    details: Details,
    #[serde(default)]
    links: Links,
    withdrawn_notice: Option<Value>,
}

#[derive(Deserialize, Default)]
struct Details {
    body: Option<Value>,
    government: Option<DetailsGovernment>,
}

#[derive(Deserialize)]
struct DetailsGovernment {
    title: String,
    #[serde(default)]
    current: bool,
}

#[derive(Deserialize, Default)]
struct Links {
    #[serde(default)]
    primary_publishing_organisation: Vec<Link>,
    #[serde(default)]
    organisations: Vec<Link>,
    #[serde(default)]
    people: Vec<Link>,
    #[serde(default)]
    speaker: Vec<Link>,
    #[serde(default)]
    government: Vec<GovernmentLink>,
}

#[derive(Deserialize, Clone)]
struct Link {
    title: String,
    base_path: String,
}

#[derive(Deserialize)]
struct GovernmentLink {
    #[serde(default)]
    details: GovernmentDates,
}

#[derive(Deserialize, Default)]
struct GovernmentDates {
    started_on: Option<String>,
    ended_on: Option<String>,
}

/// Reads the Content API's JSON for the page at `address`.
pub fn read(json: &str, address: &Address) -> Result<Fetched, String> {
    let item: ContentItem = serde_json::from_str(json).map_err(|error| {
        format!("the response is not a Content API item in GOV.UK's documented shape: {error}")
    })?;
    let schema = item.schema_name.as_deref().unwrap_or("(none)");
    if !DOCUMENT_SCHEMAS.contains(&schema) {
        return Err(format!(
            "this GOV.UK page is not a document with a text (its schema is {schema}); the importer reads {}",
            DOCUMENT_SCHEMAS.join(", ")
        ));
    }
    let title = normalise(item.title.as_deref().unwrap_or_default());
    if title.is_empty() {
        return Err("the response has no title".into());
    }
    let published =
        item.first_published_at.as_deref().ok_or("the response has no first_published_at date")?;
    let date = day_of(published)?;
    let updated =
        item.public_updated_at.as_deref().map(day_of).transpose()?.filter(|updated| *updated > date);
    let document_type = item.document_type.ok_or("the response has no document_type")?;
    let body = html_body(item.details.body.as_ref())
        .ok_or("the response has no text: details.body is missing or empty")?;
    let body = html_text::from_fragment(body)?;
    let mut text: Vec<(Block, String)> = Vec::new();
    let description = normalise(item.description.as_deref().unwrap_or_default());
    if !description.is_empty() {
        text.push((Block::Paragraph, description));
    }
    text.extend(body.blocks);
    let mut notes = body.notes;
    if item.withdrawn_notice.as_ref().is_some_and(|notice| notice.as_object().is_some_and(|o| !o.is_empty()))
    {
        notes.push("GOV.UK has withdrawn this document (it has a withdrawn notice)".into());
    }
    let links = item.links;
    let organisations = [links.primary_publishing_organisation, links.organisations].concat();
    let publishers = named(Facet::Agency, organisations);
    if publishers.is_empty() {
        return Err("the response names no organisation (links.organisations)".into());
    }
    let government = item.details.government.map(|label| {
        let dates = links.government.into_iter().next().map(|link| link.details).unwrap_or_default();
        let day = |text: Option<String>| text.and_then(|text| day_of(&text).ok());
        GovernmentLabel {
            title: label.title,
            current: label.current,
            started: day(dates.started_on),
            ended: day(dates.ended_on),
        }
    });
    let kind = Named {
        facet: Facet::Type,
        name: humanise(&document_type),
        slug: slug_of(&document_type),
        key: ImportKey::GovUk(document_type),
    };
    Ok(Fetched {
        address: address.clone(),
        title,
        text,
        date,
        updated,
        kind,
        publishers,
        people: named(Facet::Person, [links.people, links.speaker].concat()),
        government,
        notes,
    })
}

/// `details.body`: HTML, or a list of formats of which one is `text/html`.
fn html_body(body: Option<&Value>) -> Option<&str> {
    let html = match body? {
        Value::String(html) => html.as_str(),
        Value::Array(formats) => formats
            .iter()
            .find(|format| format["content_type"] == "text/html")
            .and_then(|format| format["content"].as_str())?,
        _ => return None,
    };
    (!html.trim().is_empty()).then_some(html)
}

/// Organisations or people by their base paths, each once, in order.
fn named(facet: Facet, links: Vec<Link>) -> Vec<Named> {
    let mut named: Vec<Named> = Vec::new();
    for link in links {
        let key = ImportKey::GovUk(link.base_path.clone());
        if named.iter().all(|known| known.key != key) {
            let slug = slug_of(link.base_path.rsplit('/').next().unwrap_or_default());
            named.push(Named { facet, name: normalise(&link.title), key, slug });
        }
    }
    named
}

/// `press_release` as a label: "Press release".
fn humanise(document_type: &str) -> String {
    let words = document_type.replace('_', " ");
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
