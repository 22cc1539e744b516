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
    assert!(rust.contains("pub const FIRST_YEAR: i32 = 2023;") && rust.contains("pub const LAST_YEAR: i32 = 2030;"));
    // 2023-01-01 to 2030-12-31, with 2024 and 2028 leap years.
    assert!(rust.contains("pub const DAY_COUNT: usize = 2922;"));
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
    let text = REAL.to_owned() + "\n[[fixed]]\nholiday = \"victoryDay\"\nmonth = 5\nday = 9\nfromYear = 2020\nmovesOffWeekend = true\nact = { name = \"x\", number = \"1\" }\nclause = \"art. 1\"\naddress = \"https://adilet.zan.kz/x\"\nconfidence = \"confirmed\"\n";
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
fn a_fact_with_no_address_and_no_evidence_is_only_an_unconfirmed_estimate() {
    let text = REAL
        .replacen("address = \"https://adilet.zan.kz/rus/docs/P2300000326\"\n", "", 1)
        .replacen("evidence = [{ title = \"Zakon.kz", "# evidence = [{ title = \"Zakon.kz", 1);
    rejects(&text, "transfer entry 1", "no address and no evidence");
}

#[test]
fn a_secondary_source_as_the_official_address_fails() {
    let text = REAL.replacen(
        "address = \"https://adilet.zan.kz/rus/docs/P2300000326\"",
        "address = \"https://zakon.kz/amp/sobytiia/6395425-kazakhstantsy-otdokhnut-4-dnya-na-den-stolitsy.html\"",
        1,
    );
    rejects(&text, "transfer entry 1", "is not an official site");
}

#[test]
fn confirmed_without_an_act_an_address_or_two_sources_fails() {
    // Kurban Ait 2025: DUMK's calendar has no date in the sources, so two pieces of evidence carry it.
    let text = REAL.replacen("  { title = \"Pobipb.kz: calendar of days off and holidays for 2025\", address = \"https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god\" },\n", "", 1);
    rejects(&text, "kurbanAit entry 3 (2025-06-06)", "confirmed without an act");
}

#[test]
fn an_announced_date_needs_its_act_and_an_estimate_its_method() {
    let text = REAL.replacen("act = { name = \"Spiritual Administration of Muslims of Kazakhstan (DUMK): religious calendar for 2025\" }\n", "", 1);
    rejects(&text, "kurbanAit entry 3 (2025-06-06)", "no act");
    let text = REAL.replacen("date = 2028-05-05\n", "date = 2028-05-05\nact = { name = \"DUMK\" }\n", 1);
    rejects(&text, "kurbanAit entry 6 (2028-05-05)", "both act and estimate");
}

#[test]
fn an_estimate_is_unconfirmed_and_only_in_a_projected_year() {
    let estimate_2028 = "DUMK's rule of 2023-2026); ±1 day: Thu 4 or Sat 6 May\"\nclause = \"Labour Code art. 84 p. 5\"\nconfidence = \"unconfirmed\"";
    assert!(REAL.contains(estimate_2028));
    let text = REAL.replacen(estimate_2028, &estimate_2028.replace("\"unconfirmed\"", "\"likely\""), 1);
    rejects(&text, "kurbanAit entry 6 (2028-05-05)", "an estimate is `likely`");
    let text = REAL.replacen("year = 2027\nstatus = \"projected\"", "year = 2027\nstatus = \"official\"", 1);
    rejects(&text, "kurbanAit entry 5 (2027-05-16)", "an estimate in the official year 2027");
}

#[test]
fn a_year_without_kurban_ait_fails() {
    let start = REAL.find("[[kurbanAit]]\ndate = 2029-04-24").unwrap();
    let end = start + REAL[start..].find("\n\n").unwrap();
    let text = REAL.replacen(&REAL[start..end], "", 1);
    rejects(&text, FILE, "year 2029 has no [[kurbanAit]] entry");
}

#[test]
fn an_unknown_year_status_fails() {
    let text = REAL.replacen("status = \"official\"", "status = \"published\"", 1);
    rejects(&text, "year entry 1 (2023)", "status `published`; expected official, projected");
}

#[test]
fn a_projected_year_before_an_official_one_fails() {
    let text = REAL.replacen("year = 2025\nstatus = \"official\"", "year = 2025\nstatus = \"projected\"", 1);
    rejects(&text, "year entry 4 (2026)", "an official year after the projected year 2025");
}

#[test]
fn a_confirmed_projection_fails() {
    let text = REAL.replacen("status = \"projected\"\nworkingDays = 245\nconfidence = \"unconfirmed\"", "status = \"projected\"\nworkingDays = 245\nconfidence = \"confirmed\"", 1);
    rejects(&text, "year entry 6 (2028)", "a projected year is confirmed");
}

#[test]
fn a_gap_between_years_fails() {
    let start = REAL.find("[[year]]\nyear = 2028").unwrap();
    let end = start + REAL[start..].find("\n\n").unwrap();
    let text = REAL.replacen(&REAL[start..end], "", 1);
    rejects(&text, "year entry 6 (2029)", "without a gap: 2029 comes after 2027");
}

#[test]
fn a_transfer_must_lie_in_an_official_year_of_the_calendar() {
    let transfer = "\n[[transfer]]\nworkingDay = {working}\ndayOff = {off}\nact = { id = \"transfer2028\", date = 2027-12-01 }\nclause = \"Labour Code art. 85 p. 3\"\naddress = \"https://adilet.zan.kz/rus/docs/X\"\nconfidence = \"confirmed\"\n";
    let text = REAL.to_owned() + &transfer.replace("{working}", "2028-01-08").replace("{off}", "2028-01-07");
    rejects(&text, "transfer entry 4 (2028-01-08 to 2028-01-07)", "a transfer in the projected year 2028");
    let text = REAL.to_owned() + &transfer.replace("{working}", "2031-01-04").replace("{off}", "2031-01-03");
    rejects(&text, "transfer entry 4 (2031-01-04 to 2031-01-03)", "2031 is not a year of the calendar");
}

/// A transfer's act is seen by visitors, so it is named in the words files, by an id.
#[test]
fn a_transfer_act_is_an_id_not_a_name() {
    let text = REAL.replacen("act = { id = \"transfer2023\", ", "act = { name = \"Government Decree No. 326\", ", 1);
    rejects(&text, "transfer entry 1", "act.id `` is not an id");
    rejects(&text, "transfer entry 1", "act.name: a transfer's act is named in data/words/*.toml [act]");
    let text = REAL.replacen("act = { id = \"transfer2023\", ", "act = { id = \"Transfer 2023\", ", 1);
    rejects(&text, "transfer entry 1", "act.id `Transfer 2023` is not an id");
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
