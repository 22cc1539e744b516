//! The calendar's data file and its checker (build/calendar.rs, which build.rs runs): the real
//! file passes; each kind of mistake fails with the file, the entry and the reason.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "../build/calendar.rs"]
mod calendar;

const FILE: &str = "data/calendar.toml";
const REAL: &str = include_str!("../data/calendar.toml");
const HOLIDAYS: &str = include_str!("../src/calendar/facts.rs");

fn rejects(text: &str, entry: &str, reason: &str) {
    let found = match calendar::check(text, FILE, &calendar::holidays(HOLIDAYS)) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(problems) => problems,
    };
    assert!(
        found.iter().any(|problem| problem.starts_with(FILE) && problem.contains(entry) && problem.contains(reason)),
        "expected a problem naming {entry} with `{reason}`, got {found:#?}"
    );
}

#[test]
fn the_real_file_passes() {
    let holidays = calendar::holidays(HOLIDAYS);
    assert!(holidays.contains(&"kurbanAit".to_owned()) && holidays.len() > 10, "{holidays:?}");
    let rust = calendar::check(REAL, FILE, &holidays).unwrap_or_else(|problems| panic!("{problems:#?}"));
    assert!(rust.contains("pub const FIXED_HOLIDAYS") && rust.contains("pub const YEARS"));
}

#[test]
fn an_unknown_holiday_fails() {
    let text = REAL.replacen("holiday = \"womensDay\"", "holiday = \"womansDay\"", 1);
    rejects(&text, "`womansDay` on 03-08", "unknown fixed holiday `womansDay`");
}

#[test]
fn a_day_that_is_not_in_the_year_fails() {
    let text = REAL.replacen("month = 12\nday = 16", "month = 12\nday = 32", 1);
    rejects(&text, "`independenceDay` on 12-32", "is not a day of the year");
}

#[test]
fn a_duplicate_or_overlapping_fixed_holiday_fails() {
    let text = REAL.to_owned() + "\n[[fixed]]\nholiday = \"victoryDay\"\nmonth = 5\nday = 9\nfromYear = 2020\nmovesOffWeekend = true\nsource = \"x\"\nurl = \"https://adilet.zan.kz/x\"\nconfidence = \"confirmed\"\n";
    rejects(&text, "`victoryDay` on 05-09", "duplicate");
}

#[test]
fn years_out_of_order_fail() {
    let text = REAL.replacen("fromYear = 2022", "fromYear = 2022\ntoYear = 2021", 1);
    rejects(&text, "`republicDay` on 10-25", "toYear 2021 is before fromYear 2022");
}

#[test]
fn two_kurban_ait_dates_in_one_year_fail() {
    let text = REAL.replacen("date = 2024-06-16", "date = 2023-06-29", 1);
    rejects(&text, "kurbanAit entry 2 (2023-06-29)", "duplicate");
}

#[test]
fn a_missing_url_is_only_for_an_unconfirmed_estimate() {
    let text = REAL.replacen("url = \"https://mgorod.kz/news/kalendar-vyhodnyh-na-2024-god\"", "url = \"\"", 1);
    rejects(&text, "kurbanAit entry 2 (2024-06-16)", "no url");
}

#[test]
fn a_transfer_to_the_same_day_fails() {
    let text = REAL.replacen("dayOff = 2023-07-07", "dayOff = 2023-07-01", 1);
    rejects(&text, "transfer entry 1", "the same day");
}

#[test]
fn a_duplicate_year_or_a_bad_confidence_fails() {
    let text = REAL.replacen("year = 2024", "year = 2023", 1);
    rejects(&text, "year entry 2 (2023)", "duplicate");
    let text = REAL.replacen("confidence = \"likely\"", "confidence = \"probable\"", 1);
    rejects(&text, FILE, "confidence `probable`");
}
