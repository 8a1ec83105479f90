//! Attributing quoted statements to their speakers, from the people table:
//! "Home Secretary Yvette Cooper said: “…" quotes Yvette Cooper, and so do
//! the paragraphs after it that carry the quotation on.
//!
//! A paragraph introduces a quotation when, before its first `“` (or at its
//! end), it reads "`<who>` said:" (or says, will say, added, adds, commented,
//! stated). The speaker is the person whose name (a person term) ends
//! nearest the verb; without a name, the holder on the document's date of
//! an office named there ("The Prime Minister said:"). The paragraphs after
//! it continue the quotation while they open with `“`, or while a quotation
//! is left open (more `“` than `”`) by the one before.

use crate::taxonomy::LoadedTaxonomy;
use crate::terms::{Matcher, Term};
use explorer_core::{Date, Facet};

const OPENING: char = '“';
const CLOSING: char = '”';
const SPEECH_VERBS: [&str; 7] = ["said", "says", "say", "added", "adds", "commented", "stated"];

/// A paragraph that introduces a quotation.
struct Introduction<'a> {
    /// The words before the verb: "Home Secretary Yvette Cooper".
    who: &'a str,
    /// Whether the paragraph holds quoted words itself, after the colon.
    quotes: bool,
}

fn introduction(text: &str) -> Option<Introduction<'_>> {
    let (before, quotes) = match text.find(OPENING) {
        Some(at) => (&text[..at], true),
        None => (text, false),
    };
    let lead = before.trim_end().strip_suffix(':')?.trim_end();
    let (who, verb) = lead.rsplit_once(' ')?;
    if !SPEECH_VERBS.contains(&verb) {
        return None;
    }
    let who = who.strip_suffix(" will").unwrap_or(who);
    Some(Introduction { who, quotes })
}

/// The last match of any of `terms` in the matcher's text: its end and `slug`.
fn last_match<'t>(matcher: &Matcher, terms: &[Term], slug: &'t str) -> Option<(usize, &'t str)> {
    let ends = terms.iter().flat_map(|term| matcher.find(term)).map(|(at, words)| at + words.len());
    ends.max().map(|end| (end, slug))
}

/// The person the words before a speech verb name, as a slug.
fn resolve<'t>(who: &str, date: Date, taxonomy: &'t LoadedTaxonomy) -> Option<&'t str> {
    let matcher = Matcher::new(who);
    let people = taxonomy.taggers.iter().filter(|tagger| tagger.facet == Facet::Person);
    let named = people.filter_map(|person| last_match(&matcher, &person.terms, &person.slug));
    let by_office = || {
        let offices = taxonomy.offices.iter();
        offices.filter_map(|office| last_match(&matcher, &office.terms, office.holder_on(date)?)).max()
    };
    named.max().or_else(by_office).map(|(_, slug)| slug)
}

/// How many more quotations a text opens than it closes.
fn balance(text: &str) -> isize {
    let count = |mark: char| text.chars().filter(|&c| c == mark).count() as isize;
    count(OPENING) - count(CLOSING)
}

/// The speaker (a person slug) of each paragraph of a document published on `date`.
pub fn speakers<'t>(paragraphs: &[&str], date: Date, taxonomy: &'t LoadedTaxonomy) -> Vec<Option<&'t str>> {
    let mut current: Option<&'t str> = None;
    let mut open = false;
    let mut speakers = Vec::with_capacity(paragraphs.len());
    for text in paragraphs {
        if let Some(introduction) = introduction(text) {
            current = resolve(introduction.who, date, taxonomy);
            open = !introduction.quotes || balance(text) > 0;
            speakers.push(current.filter(|_| introduction.quotes));
            continue;
        }
        let reopens = text.starts_with(OPENING);
        if current.is_some() && (reopens || open) {
            let carried = isize::from(open && !reopens);
            open = carried + balance(text) > 0;
        } else {
            current = None;
        }
        speakers.push(current);
    }
    speakers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::{Holder, Office, Tagger};
    use explorer_core::model::Taxonomy;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn terms(terms: &[&str]) -> Vec<Term> {
        terms.iter().map(|term| Term::parse(term).unwrap()).collect()
    }

    fn taxonomy() -> LoadedTaxonomy {
        let person = |slug: &str, names: &[&str]| Tagger {
            facet: Facet::Person,
            slug: slug.into(),
            terms: terms(names),
        };
        let holder = |person: &str, from: &str, to: Option<&str>| Holder {
            person: person.into(),
            from: date(from),
            to: to.map(date),
        };
        LoadedTaxonomy {
            compiled: Taxonomy::default(),
            taggers: vec![
                person("ann-lee", &["Ann Lee"]),
                person("bo-chan", &["Bo Chan", "Dr Chan"]),
                Tagger { facet: Facet::Topic, slug: "lee".into(), terms: terms(&["Lee"]) },
            ],
            offices: vec![Office {
                terms: terms(&["Prime Minister"]),
                holders: vec![
                    holder("ann-lee", "2020-01-01", Some("2022-01-01")),
                    holder("bo-chan", "2022-01-01", None),
                ],
            }],
            keys: Default::default(),
        }
    }

    fn attributed(paragraphs: &[&str], on: &str) -> Vec<Option<String>> {
        let taxonomy = taxonomy();
        speakers(paragraphs, date(on), &taxonomy).into_iter().map(|s| s.map(str::to_owned)).collect()
    }

    fn slugs(slugs: &[Option<&str>]) -> Vec<Option<String>> {
        slugs.iter().map(|s| s.map(str::to_owned)).collect()
    }

    #[test]
    fn an_introduction_and_its_continuations_quote_the_named_person() {
        let text = ["Minister Ann Lee said: “One.", "“Two.", "“Three.”", "Then the news.", "“Not hers.”"];
        let expected = [Some("ann-lee"), Some("ann-lee"), Some("ann-lee"), None, None];
        assert_eq!(attributed(&text, "2021-06-01"), slugs(&expected));
    }

    #[test]
    fn the_name_nearest_the_verb_wins_over_other_names_and_offices() {
        let text = ["Ann Lee’s adviser, Dr Chan, said: “Yes.”", "The Prime Minister Bo Chan will say: “No.”"];
        assert_eq!(attributed(&text, "2021-06-01"), slugs(&[Some("bo-chan"), Some("bo-chan")]));
    }

    #[test]
    fn an_office_alone_means_its_holder_on_the_date() {
        let text = ["The Prime Minister said: “Yes.”"];
        assert_eq!(attributed(&text, "2021-12-31"), slugs(&[Some("ann-lee")]));
        assert_eq!(attributed(&text, "2022-01-01"), slugs(&[Some("bo-chan")]));
        assert_eq!(attributed(&text, "2019-12-31"), slugs(&[None]));
    }

    #[test]
    fn an_unknown_speaker_is_nobody_and_ends_the_previous_quotation() {
        let text = ["Ann Lee said: “One.”", "A stranger said: “Two.", "“Three.”"];
        assert_eq!(attributed(&text, "2021-06-01"), slugs(&[Some("ann-lee"), None, None]));
    }

    #[test]
    fn an_introduction_without_quoted_words_attributes_what_follows() {
        let text = ["Ann Lee added:", "We will act:", "fast.”", "Later."];
        assert_eq!(attributed(&text, "2021-06-01"), slugs(&[None, Some("ann-lee"), Some("ann-lee"), None]));
    }

    #[test]
    fn other_colons_and_quotation_marks_introduce_nothing() {
        let text = [
            "Measures include: “pending relocation”.",
            "Ann Lee met officials: “talks”.",
            "People said “no”: Ann Lee.",
            "Ann Lee said that “it works”.",
            ":“",
            "said:",
        ];
        assert_eq!(attributed(&text, "2021-06-01"), vec![None; 6]);
    }
}
