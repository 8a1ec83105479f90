//! Reading a query string in any key order and form into a [`Query`].

use super::{Notice, Query, Reason, Sort, View};
use crate::model::FigureKind;
use crate::{Date, Facet};

pub(super) fn parse(query_string: &str) -> (Query, Vec<Notice>) {
    let query_string = query_string.strip_prefix('?').unwrap_or(query_string);
    let mut query = Query::default();
    let mut notices = Vec::new();
    let mut searches = Vec::new();
    for (key, value) in form_urlencoded::parse(query_string.as_bytes()) {
        let (key, value) = (key.as_ref(), value.as_ref());
        if let Some(facet) = Facet::from_key(key) {
            let values = value.split(',').map(str::trim).filter(|v| !v.is_empty());
            for value in values {
                query.filters.entry(facet).or_default().insert(value.to_owned());
            }
            continue;
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
    (query, notices)
}
