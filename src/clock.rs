//! Today's date on the reader's clock: a citation's access date and an export's date.

use explorer_core::Date;

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let text = format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date());
    Date::parse(&text).expect("the browser's clock gives a real day")
}
