//! Mapping what a source names to the taxonomy: organisations by their
//! GOV.UK base path or committee number, the document type by GOV.UK's
//! `document_type` (or the kind of parliament.uk page), people by their
//! GOV.UK base path. Nothing is matched by name: an unknown value becomes
//! an entry to add, and the document names that entry's slug, so that it
//! fails the build until the entry exists.

use crate::fetched::{Fetched, Named};
use corpus_compiler::Taxonomy;

pub struct Mapping {
    pub doc_type: String,
    pub publishers: Vec<String>,
    /// The taxonomy entries to add, for the type, the publishers and the
    /// people (who are tagged from the text once they have an entry).
    pub missing: Vec<Named>,
}

/// Maps a document's type, publishers and people; refuses when the slug an
/// unknown value would get already names another entry.
pub fn map(fetched: &Fetched, taxonomy: &Taxonomy) -> Result<Mapping, String> {
    let mut missing = Vec::new();
    let mut slug_of = |named: &Named| -> Result<String, String> {
        if let Some(slug) = taxonomy.slug_for(named.facet, &named.key) {
            return Ok(slug.to_owned());
        }
        if taxonomy.compiled().label(named.facet, &named.slug).is_some() {
            return Err(format!(
                "{name:?} ({key}) is not in the taxonomy by its key, and its slug {slug:?} is another {facet}'s: \
                 if {slug} is {name:?}, add `{key}` to that entry; if not, add an entry of its own. Nothing written.",
                name = named.name,
                key = named.key,
                slug = named.slug,
                facet = named.facet.key(),
            ));
        }
        missing.push(named.clone());
        Ok(named.slug.clone())
    };
    let doc_type = slug_of(&fetched.kind)?;
    let publishers = fetched.publishers.iter().map(&mut slug_of).collect::<Result<Vec<_>, _>>()?;
    for person in &fetched.people {
        slug_of(person)?;
    }
    Ok(Mapping { doc_type, publishers, missing })
}
