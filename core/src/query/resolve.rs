//! Checking a parsed query against the corpus: unknown slugs, documents and
//! paragraphs are left out with a notice.

use super::{Notice, Query, Reason, Side, SideError};
use crate::Corpus;

impl Query {
    /// Leaves out what the corpus does not have, and says what was left out.
    pub fn retain_known(&mut self, corpus: &Corpus) -> Vec<Notice> {
        let mut notices = Vec::new();
        let taxonomy = corpus.taxonomy();
        for (facet, values) in &mut self.filters {
            values.retain(|value| {
                let known = taxonomy.label(*facet, value).is_some();
                if !known {
                    notices.push(Notice::new(facet.key(), value, Reason::UnknownValue));
                }
                known
            });
        }
        self.filters.retain(|_, values| !values.is_empty());
        for (key, side) in [("a", &mut self.a), ("b", &mut self.b)] {
            if let Some(Side::Value(facet, slug)) = side {
                if taxonomy.label(*facet, slug).is_none() {
                    notices.push(Notice::new(
                        key,
                        &format!("{}:{slug}", facet.key()),
                        Reason::BadSide(SideError::UnknownValue),
                    ));
                    *side = None;
                }
            }
        }
        if let Some(id) = &self.doc {
            match corpus.document(id) {
                None => {
                    notices.push(Notice::new("doc", id, Reason::UnknownDocument));
                    self.doc = None;
                    self.p = None;
                }
                Some(document) => {
                    if let Some(p) = self.p.filter(|&p| p > document.digest.paragraphs) {
                        notices.push(Notice::new("p", &p.to_string(), Reason::NoSuchParagraph));
                        self.p = None;
                    }
                }
            }
        }
        notices
    }

    /// Parses a query string and checks it against the corpus in one step.
    pub fn parse_for(query_string: &str, corpus: &Corpus) -> (Query, Vec<Notice>) {
        let (mut query, mut notices) = Query::parse(query_string);
        notices.extend(query.retain_known(corpus));
        (query, notices)
    }
}
