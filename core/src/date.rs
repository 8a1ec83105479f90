//! Calendar dates as the corpus and the URL write them: ISO `YYYY-MM-DD`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day in the Gregorian calendar; ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a string is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Malformed,
    /// Well formed, but no such day (`2024-13-45`, `2023-02-29`).
    Impossible,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Malformed => "not a date of the form YYYY-MM-DD",
            DateError::Impossible => "no such day in the calendar",
        })
    }
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting days that do not exist.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Malformed);
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u16>().unwrap_or(0);
        let (year, month, day) = (number(0..4), number(5..7) as u8, number(8..10) as u8);
        if year == 0 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Impossible);
        }
        Ok(Date { year, month, day })
    }

    /// The day, if the calendar has it.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let possible = year > 0 && (1..=12).contains(&month) && day > 0 && day <= days_in_month(year, month);
        possible.then_some(Date { year, month, day })
    }

    /// The last day of a month (1–12) of a year.
    pub fn end_of_month(year: u16, month: u8) -> Date {
        Date { year, month, day: days_in_month(year, month) }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The day `days` after 1 January 1970 (what a clock's seconds since the
    /// Unix epoch, divided by 86,400, count), by the proleptic Gregorian
    /// calendar (H. Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: u64) -> Date {
        let z = days + 719_468;
        let era = z / 146_097;
        let day_of_era = z % 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u8;
        let year = year_of_era + era * 400 + u64::from(month <= 2);
        Date { year: u16::try_from(year).unwrap_or(u16::MAX), month, day }
    }

    /// "4 November 2024", the way GOV.UK writes dates for people.
    pub fn long_form(self) -> String {
        format!("{} {} {}", self.day, MONTH_NAMES[usize::from(self.month - 1)], self.year)
    }
}

/// The months' names in English, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(|e| serde::de::Error::custom(format!("{text:?}: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date = Date::parse("2024-11-04").unwrap();
        assert_eq!(date.to_string(), "2024-11-04");
        assert_eq!(date.long_form(), "4 November 2024");
        assert_eq!(date.year(), 2024);
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for text in ["", "2024-1-04", "2024/11/04", "20x4-11-04", "2024-11-04T00", "２０２４-11-04"] {
            assert_eq!(Date::parse(text), Err(DateError::Malformed), "{text}");
        }
        for text in ["2024-13-45", "2023-02-29", "0000-01-01", "2024-04-31", "2024-00-10"] {
            assert_eq!(Date::parse(text), Err(DateError::Impossible), "{text}");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn orders_chronologically() {
        let dates = ["2023-03-10", "2023-03-18", "2024-01-01"].map(|d| Date::parse(d).unwrap());
        assert!(dates.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn days_since_the_epoch_count_from_the_first_of_january_1970() {
        let day = |days| Date::from_days_since_epoch(days).to_string();
        assert_eq!(day(0), "1970-01-01");
        assert_eq!(day(59), "1970-03-01");
        assert_eq!(day(11_016), "2000-02-29", "a leap day of a century divisible by 400");
        assert_eq!(day(19_782), "2024-02-29");
        assert_eq!(day(20_059), "2024-12-02");
        // Every day from 1970 to 2100 follows the one before it.
        for days in 0..47_482 {
            assert!(Date::from_days_since_epoch(days) < Date::from_days_since_epoch(days + 1), "{days}");
        }
    }
}
