//! Reading a query string in any key order and form into a [`Query`]:
//! keys in any case, facet values repeated or comma-separated; a key that
//! takes one value uses its first and names the others.

use super::decode::pairs;
use super::{Notice, Query, Reason, Side, Sort};
use crate::model::FigureKind;
use crate::{Date, Facet, View};

/// Keys that take one value.
const SINGLE_VALUED: [&str; 9] = ["from", "to", "sort", "doc", "p", "view", "a", "b", "ctx"];

pub(super) fn parse(query_string: &str) -> (Query, Vec<Notice>) {
    let query_string = query_string.strip_prefix('?').unwrap_or(query_string);
    let mut query = Query::default();
    let mut notices = Vec::new();
    let mut searches = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in pairs(query_string) {
        let key_text = key.text.trim().to_lowercase();
        for kept in key.kept.iter().chain(&value.kept) {
            notices.push(Notice::new(&key_text, kept, Reason::BadEscape));
        }
        let (key, value) = (key_text.as_str(), value.text.as_str());
        if let Some(facet) = Facet::from_key(key) {
            let values = value.split(',').map(str::trim).filter(|v| !v.is_empty());
            for value in values {
                query.filters.entry(facet).or_default().insert(value.to_owned());
            }
            continue;
        }
        if let Some(single) = SINGLE_VALUED.into_iter().find(|single| *single == key) {
            if seen.contains(&single) {
                notices.push(Notice::new(key, value, Reason::Repeated));
                continue;
            }
            seen.push(single);
        }
        match key {
            "q" if !value.is_empty() => searches.push(value.to_owned()),
            "from" | "to" => match Date::parse(value.trim()) {
                Ok(date) if key == "from" => query.from = Some(date),
                Ok(date) => query.to = Some(date),
                Err(error) => notices.push(Notice::new(key, value, Reason::BadDate(error))),
            },
            "sort" => match Sort::from_key(value.trim()) {
                Some(sort) => query.sort = Some(sort),
                None => notices.push(Notice::new(key, value, Reason::UnknownSort)),
            },
            "doc" if !value.trim().is_empty() => query.doc = Some(value.trim().to_owned()),
            "p" => match value.trim().parse::<u32>() {
                Ok(p) if p >= 1 => query.p = Some(p),
                _ => notices.push(Notice::new(key, value, Reason::BadParagraph)),
            },
            "view" => match View::from_key(value.trim()) {
                Some(view) => query.view = view,
                None => notices.push(Notice::new(key, value, Reason::UnknownView)),
            },
            "a" | "b" => match Side::parse(value) {
                Ok(side) if key == "a" => query.a = Some(side),
                Ok(side) => query.b = Some(side),
                Err(error) => notices.push(Notice::new(key, value, Reason::BadSide(error))),
            },
            "ctx" => match value.trim().parse::<u8>() {
                Ok(words) if (1..=Query::MAX_CONTEXT).contains(&words) => query.set_context(words),
                _ => notices.push(Notice::new(key, value, Reason::BadContext)),
            },
            "kind" => {
                for value in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                    match FigureKind::from_key(value) {
                        Some(kind) => _ = query.kinds.insert(kind),
                        None => notices.push(Notice::new(key, value, Reason::UnknownKind)),
                    }
                }
            }
            _ => {}
        }
    }
    query.q = searches.join(" ");
    if query.doc.is_none() {
        if let Some(p) = query.p.take() {
            notices.push(Notice::new("p", &p.to_string(), Reason::NoSuchParagraph));
        }
    }
    notices.extend(query.normalise_sort());
    notices.extend(query.normalise_kinds());
    notices.extend(query.normalise_view_keys());
    (query, notices)
}
