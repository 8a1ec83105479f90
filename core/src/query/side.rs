//! A side of the compare view (`a=`, `b=`): one facet value
//! (`period:sunak-2022`) or a date range (`2024-01-01..2024-06-30`, either
//! end open), taken within the view's own filters.

use crate::date::DateError;
use crate::{Date, Facet, Query};
use std::fmt;

/// What one side of a comparison selects, beyond the view's filters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Side {
    Value(Facet, String),
    Dates { from: Option<Date>, to: Option<Date> },
}

/// Why a value is not a side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SideError {
    /// Neither `facet:slug` nor `from..to`.
    Malformed,
    UnknownFacet,
    BadDate(DateError),
    /// A facet value the taxonomy lacks.
    UnknownValue,
}

impl fmt::Display for SideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SideError::Malformed => f.write_str("a side is facet:value or a date range from..to"),
            SideError::UnknownFacet => {
                let keys: Vec<&str> = Facet::ALL.iter().map(|facet| facet.key()).collect();
                write!(f, "a side's facet is one of {}", keys.join(", "))
            }
            SideError::BadDate(error) => write!(f, "{error}"),
            SideError::UnknownValue => f.write_str("the taxonomy has no such value"),
        }
    }
}

impl Side {
    /// Reads `facet:slug` or `from..to` (ISO dates, either one may be left out).
    pub fn parse(text: &str) -> Result<Side, SideError> {
        let text = text.trim();
        if let Some((from, to)) = text.split_once("..") {
            let date = |part: &str| match part.trim() {
                "" => Ok(None),
                part => Date::parse(part).map(Some).map_err(SideError::BadDate),
            };
            let (from, to) = (date(from)?, date(to)?);
            if from.is_none() && to.is_none() {
                return Err(SideError::Malformed);
            }
            return Ok(Side::Dates { from, to });
        }
        let (key, slug) = text.split_once(':').ok_or(SideError::Malformed)?;
        let facet = Facet::from_key(key.trim().to_lowercase().as_str()).ok_or(SideError::UnknownFacet)?;
        match slug.trim() {
            "" => Err(SideError::Malformed),
            slug => Ok(Side::Value(facet, slug.to_owned())),
        }
    }

    /// The side as the URL writes it.
    pub fn key(&self) -> String {
        match self {
            Side::Value(facet, slug) => format!("{}:{slug}", facet.key()),
            Side::Dates { from, to } => {
                let date = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
                format!("{}..{}", date(from), date(to))
            }
        }
    }

    /// Narrows a query to this side: the facet holds only the side's value;
    /// the date range is the overlap of the query's and the side's.
    pub fn narrow(&self, query: &mut Query) {
        match self {
            Side::Value(facet, slug) => {
                query.filters.insert(*facet, [slug.clone()].into());
            }
            Side::Dates { from, to } => {
                query.from = query.from.max(*from);
                query.to = match (query.to, *to) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
        }
    }
}
