//! Attributing quoted statements to their speakers, from the people table:
//! "Home Secretary Yvette Cooper said: “…" quotes Yvette Cooper, and so do
//! the paragraphs after it that carry the quotation on; together they are
//! one statement, whose quoted words start after the lead-in.
//!
//! A paragraph introduces a quotation when, before its first `“` (or at its
//! end), it reads `<who> said:` (or says, say, added, adds, commented,
//! stated). Announced in advance (`<who> will say:`, "is expected to say:",
//! "will set out:", "is set to announce:"), the statement is marked as
//! briefed. The speaker is the person whose name (a person term) ends
//! nearest the verb; without a name, the holder on the document's date of
//! an office named there ("The Prime Minister said:"). The paragraphs after
//! it continue the quotation while they open with `“`, or while a quotation
//! is left open (more `“` than `”`) by the one before.

use crate::taxonomy::LoadedTaxonomy;
use crate::terms::{Matcher, Term};
use explorer_core::model::Quote;
use explorer_core::{Date, Facet};

const OPENING: char = '“';
const CLOSING: char = '”';
/// Verbs of a statement reported as said.
const SAID: [&str; 7] = ["said", "says", "say", "added", "adds", "commented", "stated"];
/// What announces a statement before it is made: an auxiliary, then a verb.
const ADVANCE_AUXILIARIES: [&str; 5] =
    ["will", "is expected to", "are expected to", "is set to", "is due to"];
const ADVANCE_VERBS: [&str; 6] = ["say", "add", "announce", "set out", "state", "tell"];

/// A paragraph that introduces a quotation.
struct Introduction<'a> {
    /// The words before the verb: "Home Secretary Yvette Cooper".
    who: &'a str,
    /// Where its quoted words start (its first `“`), if it holds any.
    quoted_from: Option<usize>,
    /// Announced in advance ("will say").
    briefed: bool,
}

/// `lead` without `ending` and the space before it.
fn before<'a>(lead: &'a str, ending: &str) -> Option<&'a str> {
    lead.strip_suffix(ending)?.strip_suffix(' ')
}

/// The speaker words of a lead-in and whether it announces in advance.
fn speaker_words(lead: &str) -> Option<(&str, bool)> {
    let advance = ADVANCE_VERBS.iter().find_map(|verb| {
        let rest = before(lead, verb)?;
        ADVANCE_AUXILIARIES.iter().find_map(|auxiliary| before(rest, auxiliary))
    });
    match advance {
        Some(who) => Some((who, true)),
        None => SAID.iter().find_map(|verb| before(lead, verb)).map(|who| (who, false)),
    }
}

fn introduction(text: &str) -> Option<Introduction<'_>> {
    let quoted_from = text.find(OPENING);
    let lead = text[..quoted_from.unwrap_or(text.len())].trim_end().strip_suffix(':')?.trim_end();
    let (who, briefed) = speaker_words(lead)?;
    Some(Introduction { who, quoted_from, briefed })
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

/// A statement being read: who, whether briefed, and its paragraphs so far.
struct Open<'t> {
    speaker: &'t str,
    briefed: bool,
    /// The statement read so far, once it has a paragraph.
    quote: Option<Quote>,
}

impl Open<'_> {
    fn add(&mut self, number: u32, start: usize) {
        match &mut self.quote {
            Some(quote) => quote.last = number,
            None => {
                let start = u32::try_from(start).expect("a paragraph is shorter than 4 GiB");
                let speaker = self.speaker.to_owned();
                self.quote =
                    Some(Quote { speaker, first: number, last: number, start, briefed: self.briefed });
            }
        }
    }
}

/// The quoted statements of a document published on `date`, whose paragraphs are `paragraphs`.
pub fn statements(paragraphs: &[&str], date: Date, taxonomy: &LoadedTaxonomy) -> Vec<Quote> {
    let mut statements = Vec::new();
    let mut current: Option<Open> = None;
    let mut open = false;
    for (number, text) in (1..).zip(paragraphs) {
        if let Some(introduction) = introduction(text) {
            statements.extend(current.take().and_then(|c| c.quote));
            let speaker = resolve(introduction.who, date, taxonomy);
            current = speaker.map(|speaker| Open { speaker, briefed: introduction.briefed, quote: None });
            open = introduction.quoted_from.is_none() || balance(text) > 0;
            if let (Some(statement), Some(from)) = (current.as_mut(), introduction.quoted_from) {
                statement.add(number, from);
            }
            continue;
        }
        let reopens = text.starts_with(OPENING);
        match current.as_mut() {
            Some(statement) if reopens || open => {
                let carried = isize::from(open && !reopens);
                open = carried + balance(text) > 0;
                statement.add(number, 0);
            }
            _ => statements.extend(current.take().and_then(|c| c.quote)),
        }
    }
    statements.extend(current.and_then(|c| c.quote));
    statements
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

    /// The statements as (speaker, first, last, start, briefed).
    fn attributed(paragraphs: &[&str], on: &str) -> Vec<(String, u32, u32, u32, bool)> {
        let taxonomy = taxonomy();
        let found = statements(paragraphs, date(on), &taxonomy);
        found.into_iter().map(|q| (q.speaker, q.first, q.last, q.start, q.briefed)).collect()
    }

    fn statement(
        speaker: &str,
        paragraphs: (u32, u32),
        start: usize,
        briefed: bool,
    ) -> (String, u32, u32, u32, bool) {
        (speaker.to_owned(), paragraphs.0, paragraphs.1, start as u32, briefed)
    }

    #[test]
    fn an_introduction_and_its_continuations_are_one_statement_without_the_lead_in() {
        let text = ["Minister Ann Lee said: “One.", "“Two.", "“Three.”", "Then the news.", "“Not hers.”"];
        let start = text[0].find('“').unwrap();
        assert_eq!(attributed(&text, "2021-06-01"), [statement("ann-lee", (1, 3), start, false)]);
    }

    #[test]
    fn consecutive_statements_of_different_speakers_stay_apart() {
        let text = ["Ann Lee said: “One.”", "Dr Chan said: “Two.", "“Three.”"];
        let found = attributed(&text, "2021-06-01");
        assert_eq!(found, [statement("ann-lee", (1, 1), 14, false), statement("bo-chan", (2, 3), 14, false)]);
    }

    #[test]
    fn the_name_nearest_the_verb_wins_over_other_names_and_offices() {
        let text = ["Ann Lee’s adviser, Dr Chan, said: “Yes.”", "The Prime Minister Bo Chan will say: “No.”"];
        let speakers: Vec<String> = attributed(&text, "2021-06-01").into_iter().map(|s| s.0).collect();
        assert_eq!(speakers, ["bo-chan", "bo-chan"]);
    }

    #[test]
    fn a_statement_announced_in_advance_is_briefed() {
        for lead in ["will say", "is expected to say", "will set out", "is set to announce", "will add"] {
            let text = format!("Ann Lee {lead}: “We will act.”");
            let found = attributed(&[&text], "2021-06-01");
            assert_eq!(found.len(), 1, "{lead}");
            assert!(found[0].4, "{lead} is briefed in advance");
            assert_eq!(&text[found[0].3 as usize..], "“We will act.”");
        }
        for lead in ["said", "says", "added", "stated"] {
            let text = format!("Ann Lee {lead}: “We acted.”");
            assert!(!attributed(&[&text], "2021-06-01")[0].4, "{lead} is said");
        }
    }

    #[test]
    fn an_office_alone_means_its_holder_on_the_date() {
        let text = ["The Prime Minister said: “Yes.”"];
        let speaker = |on| attributed(&text, on).into_iter().map(|s| s.0).collect::<Vec<_>>();
        assert_eq!(speaker("2021-12-31"), ["ann-lee"]);
        assert_eq!(speaker("2022-01-01"), ["bo-chan"]);
        assert_eq!(speaker("2019-12-31"), Vec::<String>::new());
    }

    #[test]
    fn an_unknown_speaker_is_nobody_and_ends_the_previous_quotation() {
        let text = ["Ann Lee said: “One.”", "A stranger said: “Two.", "“Three.”"];
        assert_eq!(attributed(&text, "2021-06-01"), [statement("ann-lee", (1, 1), 14, false)]);
    }

    #[test]
    fn an_introduction_without_quoted_words_attributes_what_follows() {
        let text = ["Ann Lee added:", "We will act:", "fast.”", "Later."];
        assert_eq!(attributed(&text, "2021-06-01"), [statement("ann-lee", (2, 3), 0, false)]);
    }

    #[test]
    fn other_colons_and_quotation_marks_introduce_nothing() {
        let text = [
            "Measures include: “pending relocation”.",
            "Ann Lee met officials: “talks”.",
            "People said “no”: Ann Lee.",
            "Ann Lee said that “it works”.",
            "Ann Lee will act: “now”.",
            ":“",
            "said:",
        ];
        assert_eq!(attributed(&text, "2021-06-01"), []);
    }
}
