//! The working-day calendar against the official facts: yearly totals, every transfer, every
//! exception to the weekend rule, the projected years 2027-2030 against a count by hand, coverage
//! errors, the 18-month coverage check, and properties of the arithmetic.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, NaiveDate, Weekday};
use kz_work_permit::calendar::{
    self, add_working_days, check_coverage_ahead, is_working_day, projected_years_between, working_days_between,
    working_days_in_year, year_exceptions, CalendarError, CalendarStatus, DayReason, Holiday,
};
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

/// The totals: the official calendars to 2026; 2027 from rules-update-2026-12 §1.2; 2028-2030
/// counted by hand below ([`PROJECTED_DAYS_OFF`]).
#[test]
fn yearly_totals_match_the_official_calendars_and_the_hand_counts() {
    for (year, expected) in [(2023, 246), (2024, 249), (2025, 246), (2026, 247), (2027, 247), (2028, 245), (2029, 247), (2030, 247)] {
        assert_eq!(working_days_in_year(year), Ok(expected), "working days in {year}");
    }
    // The data's own totals agree with the calendar built from its facts.
    for year in calendar::facts::YEARS {
        assert_eq!(working_days_in_year(year.year), Ok(year.working_days), "data/calendar.toml's workingDays for {}", year.year);
    }
}

/// The projected years, counted by hand from the Law on holidays (art. 1: 1-2 Jan, 7 Jan, 8 Mar,
/// 15 Mar from 2027, 21-23 Mar, 1, 7 and 9 May, 6 Jul, 25 Oct, 16 Dec; no 30 Aug from 2026), the
/// weekend rule (art. 5: a holiday on a Saturday or Sunday gives the next working day after it,
/// in order), the religious exception (7 Jan and Kurban Ait are not moved) and the estimated
/// Kurban Ait (data/calendar.toml), with no transfers. Each row: the year, its weekdays, and its
/// weekdays off with why; working days = weekdays - days off.
/// - 2028 (leap, starts on a Saturday: 366 days = 52 weeks + Sat 1 Jan, Sun 2 Jan → 260 weekdays).
/// - 2029 and 2030 (365 days, starting on a Monday and a Tuesday: 52 weeks + 1 weekday → 261).
const PROJECTED_DAYS_OFF: &[(i32, u32, &[(&str, &str)])] = &[
    (2028, 260, &[
        ("2028-01-03", "Sat 1 Jan moved to Mon 3"),
        ("2028-01-04", "Sun 2 Jan moved to Tue 4"),
        ("2028-01-07", "Christmas, Fri"),
        ("2028-03-08", "Wed"),
        ("2028-03-15", "Constitution Day, Wed"),
        ("2028-03-21", "Nauryz, Tue"),
        ("2028-03-22", "Nauryz, Wed"),
        ("2028-03-23", "Nauryz, Thu"),
        ("2028-05-01", "Unity Day, Mon"),
        ("2028-05-05", "Kurban Ait (estimate), Fri"),
        ("2028-05-08", "Sun 7 May moved to Mon 8"),
        ("2028-05-09", "Victory Day, Tue"),
        ("2028-07-06", "Capital Day, Thu"),
        ("2028-10-25", "Republic Day, Wed"),
        ("2028-12-18", "Sat 16 Dec moved to Mon 18"),
    ]),
    (2029, 261, &[
        ("2029-01-01", "Mon"),
        ("2029-01-02", "Tue"),
        // 7 Jan is a Sunday: religious, not moved.
        ("2029-03-08", "Thu"),
        ("2029-03-15", "Thu"),
        ("2029-03-21", "Wed"),
        ("2029-03-22", "Thu"),
        ("2029-03-23", "Fri"),
        ("2029-04-24", "Kurban Ait (estimate), Tue"),
        ("2029-05-01", "Tue"),
        ("2029-05-07", "Mon"),
        ("2029-05-09", "Wed"),
        ("2029-07-06", "Fri"),
        ("2029-10-25", "Thu"),
        ("2029-12-17", "Sun 16 Dec moved to Mon 17"),
    ]),
    (2030, 261, &[
        ("2030-01-01", "Tue"),
        ("2030-01-02", "Wed"),
        ("2030-01-07", "Christmas, Mon"),
        ("2030-03-08", "Fri"),
        ("2030-03-15", "Fri"),
        ("2030-03-21", "Thu"),
        ("2030-03-22", "Fri"),
        ("2030-03-25", "Sat 23 Mar moved to Mon 25"),
        // Kurban Ait (estimate) is Sat 13 April: religious, not moved.
        ("2030-05-01", "Wed"),
        ("2030-05-07", "Tue"),
        ("2030-05-09", "Thu"),
        ("2030-07-08", "Sat 6 Jul moved to Mon 8"),
        ("2030-10-25", "Fri"),
        ("2030-12-16", "Mon"),
    ]),
];

#[test]
fn projected_years_follow_the_law_as_counted_by_hand() {
    for (year, weekdays, days_off) in PROJECTED_DAYS_OFF {
        let mut expected: Vec<&str> = days_off.iter().map(|(date, _)| *date).collect();
        expected.sort_unstable();
        let found: Vec<String> = year_exceptions(*year).unwrap().iter().map(|day| day.date.to_string()).collect();
        assert_eq!(found, expected, "the weekdays off in {year}, and no weekend day worked");
        assert_eq!(working_days_in_year(*year), Ok(weekdays - days_off.len() as u32), "working days in {year}");
        let status = calendar::facts::YEARS.iter().find(|status| status.year == *year).unwrap();
        assert_eq!(status.status, CalendarStatus::Projected, "{year} is a projection");
    }
}

#[test]
fn projected_years_are_named_for_the_span_they_touch() {
    assert_eq!(projected_years_between(d("2026-01-05"), d("2026-12-31")), None);
    assert_eq!(projected_years_between(d("2026-12-28"), d("2027-01-05")), Some((2027, 2027)));
    assert_eq!(projected_years_between(d("2030-01-05"), d("2026-06-01")), Some((2027, 2030)));
    assert_eq!(projected_years_between(d("2023-01-05"), d("2026-06-01")), None);
}

#[test]
fn the_calendar_reaches_18_months_past_today_in_kazakhstan() {
    let today = kz_work_permit::clock::today_in_kazakhstan();
    if let Err(message) = check_coverage_ahead(today) {
        panic!("{message}");
    }
}

#[test]
fn the_coverage_check_fails_for_a_calendar_too_short_for_today() {
    // The calendar ends on 2030-12-31: enough up to 2029-06-30 (18 months later is 2030-12-30),
    // too short from 2029-07-01 on (18 months later is 2031-01-01).
    assert!(check_coverage_ahead(d("2026-12-03")).is_ok());
    assert!(check_coverage_ahead(d("2029-06-30")).is_ok());
    let message = check_coverage_ahead(d("2029-07-01")).unwrap_err();
    assert!(message.contains("2030-12-31") && message.contains("2031-01-01"), "{message}");
    assert!(message.contains("[[year]]") && message.contains("for 2031 ("), "{message}");
    let message = check_coverage_ahead(d("2031-03-01")).unwrap_err();
    assert!(message.contains("for each year from 2031 to 2032"), "{message}");
}

/// Each row: date, whether it is a working day, and the fact it exercises.
const DAYS: &[(&str, bool, &str)] = &[
    // Transfers (Labour Code art. 85 p. 3).
    ("2023-07-01", true, "2023 transfer: Sat 1 Jul worked (Decree No. 326)"),
    ("2023-07-07", false, "2023 transfer: Fri 7 Jul off"),
    ("2024-05-04", true, "2024 transfer: Sat 4 May worked"),
    ("2024-05-08", false, "2024 transfer: Wed 8 May off"),
    ("2025-01-05", true, "2025 transfer: Sun 5 Jan worked"),
    ("2025-01-03", false, "2025 transfer: Fri 3 Jan off"),
    ("2026-05-08", true, "2026: no transfer, Fri 8 May worked"),
    // Religious holidays are not moved (Labour Code art. 84 p. 5).
    ("2023-01-09", true, "Christmas on Sat 7 Jan 2023 not moved"),
    ("2024-01-08", true, "Christmas on Sun 7 Jan 2024 not moved"),
    ("2024-06-17", true, "Kurban Ait on Sun 16 Jun 2024 not moved"),
    ("2027-05-17", true, "Kurban Ait 2027 estimated on Sun 16 May, not moved"),
    ("2030-04-12", true, "Kurban Ait 2030 estimated on Sat 13 Apr, not moved"),
    ("2030-04-15", true, "Kurban Ait 2030 on a Saturday gives no Monday off"),
    ("2029-01-08", true, "Christmas on Sun 7 Jan 2029 not moved"),
    ("2023-06-28", false, "Kurban Ait 2023"),
    ("2025-06-06", false, "Kurban Ait 2025"),
    ("2026-05-27", false, "Kurban Ait 2026"),
    // The weekend rule (Law on holidays art. 5), with multi-day holidays.
    ("2023-01-03", false, "1 Jan 2023 (Sun) moves past 2 Jan to Tue 3 Jan"),
    ("2025-03-24", false, "Nauryz 2025: Sat 22 -> Mon 24"),
    ("2025-03-25", false, "Nauryz 2025: Sun 23 -> Tue 25"),
    ("2026-03-23", false, "Nauryz 2026: Mon 23 is itself a holiday"),
    ("2026-03-24", false, "Nauryz 2026: Sat 21 -> Tue 24"),
    ("2026-03-25", false, "Nauryz 2026: Sun 22 -> Wed 25"),
    ("2026-03-26", true, "Nauryz 2026 is over"),
    ("2027-03-24", false, "Nauryz 2027: Sun 21 -> Wed 24"),
    ("2026-05-11", false, "Victory Day on Sat 9 May 2026 -> Mon 11"),
    ("2026-10-26", false, "Republic Day on Sun 25 Oct 2026 -> Mon 26"),
    ("2025-09-01", false, "Constitution Day on Sat 30 Aug 2025 -> Mon 1 Sep"),
    // The 2026 Constitution change.
    ("2026-08-31", true, "30 Aug no longer a holiday from 2026: Mon 31 Aug worked"),
    ("2026-03-16", true, "15 Mar 2026 (Sun) not yet Constitution Day"),
    ("2027-03-15", false, "15 Mar 2027 Constitution Day"),
    ("2026-12-16", false, "Independence Day, one day only"),
    ("2026-12-17", true, "17 Dec no longer a holiday"),
    ("2026-12-01", true, "1 Dec no longer a holiday"),
    // The projected years: the law's rules only, no transfers.
    ("2028-01-03", false, "1 Jan 2028 (Sat) -> Mon 3"),
    ("2028-01-04", false, "2 Jan 2028 (Sun) -> Tue 4"),
    ("2028-08-30", true, "30 Aug 2028 (Wed) no longer a holiday"),
    ("2029-12-17", false, "Independence Day on Sun 16 Dec 2029 -> Mon 17"),
    ("2029-12-18", true, "17 Dec is not a holiday, so one day only"),
    ("2030-03-25", false, "Nauryz 2030: Sat 23 -> Mon 25"),
    ("2030-12-31", true, "the last day covered"),
];

#[test]
fn each_fact_gives_the_official_answer() {
    for (date, working, fact) in DAYS {
        assert_eq!(is_working_day(d(date)), Ok(*working), "{date}: {fact}");
    }
}

#[test]
fn exceptions_carry_their_reason() {
    let exceptions = year_exceptions(2026).unwrap();
    let moved = exceptions.iter().find(|day| day.date == d("2026-03-25")).unwrap();
    assert_eq!(moved.reason, Some(DayReason::MovedHoliday { holiday: Holiday::Nauryz, from: d("2026-03-22") }));
    let exceptions = year_exceptions(2024).unwrap();
    let worked = exceptions.iter().find(|day| day.date == d("2024-05-04")).unwrap();
    assert!(worked.working);
    assert!(matches!(worked.reason, Some(DayReason::TransferWorkingDay { day_off, .. }) if day_off == d("2024-05-08")));
    // Every listed day is a weekday off or a weekend day worked.
    for year in 2023..=2030 {
        for day in year_exceptions(year).unwrap() {
            let weekend = matches!(day.date.weekday(), Weekday::Sat | Weekday::Sun);
            assert_eq!(day.working, weekend, "{}", day.date);
            assert!(day.reason.is_some());
        }
    }
}

#[test]
fn dates_outside_coverage_are_errors_naming_the_year() {
    assert_eq!(is_working_day(d("2031-01-06")), Err(CalendarError { year: 2031 }));
    assert_eq!(is_working_day(d("2022-12-30")), Err(CalendarError { year: 2022 }));
    assert_eq!(add_working_days(d("2030-12-30"), 5), Err(CalendarError { year: 2031 }));
    assert!(CalendarError { year: 2031 }.to_string().contains("2031"));
    assert!(CalendarError { year: 2031 }.to_string().contains("2030"), "the message names the last year covered");
    assert_eq!(year_exceptions(2031).unwrap_err().year, 2031);
}

#[test]
fn counting_never_includes_the_start_date() {
    assert_eq!(add_working_days(d("2026-03-20"), 0), Ok(d("2026-03-20")));
    assert_eq!(add_working_days(d("2026-03-20"), 1), Ok(d("2026-03-26")));
    assert_eq!(add_working_days(d("2026-03-20"), 6), Ok(d("2026-04-02")));
    // Across a year end: 2 Jan 2027 is a Saturday, so Mon 4 Jan is a day off too.
    assert_eq!(add_working_days(d("2026-12-31"), 1), Ok(d("2027-01-05")));
    assert_eq!(add_working_days(d("2023-12-29"), 1), Ok(d("2024-01-03")));
    assert_eq!(working_days_between(d("2026-03-20"), d("2026-03-20")), Ok(0));
}

#[test]
fn non_working_days_lists_what_a_count_skips() {
    let skipped: Vec<_> = calendar::non_working_days(d("2026-03-20"), d("2026-04-02")).unwrap().collect();
    let dates: Vec<String> = skipped.iter().map(|day| day.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25", "2026-03-28", "2026-03-29"]
    );
}

fn covered_date() -> impl Strategy<Value = NaiveDate> {
    let (first, last) = calendar::coverage();
    let days = u64::try_from(last.signed_duration_since(first).num_days()).unwrap();
    (0u64..=days).prop_map(move |offset| first.checked_add_days(Days::new(offset)).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn added_days_land_on_working_days(start in covered_date(), n in 1u32..300) {
        if let Ok(end) = add_working_days(start, n) {
            prop_assert_eq!(is_working_day(end), Ok(true));
            prop_assert!(end > start);
        }
    }

    #[test]
    fn adding_grows_with_n(start in covered_date(), n in 0u32..300) {
        if let (Ok(a), Ok(b)) = (add_working_days(start, n), add_working_days(start, n + 1)) {
            prop_assert!(b > a);
        }
    }

    #[test]
    fn adding_agrees_with_counting(start in covered_date(), n in 0u32..300) {
        if let Ok(end) = add_working_days(start, n) {
            prop_assert_eq!(working_days_between(start, end), Ok(i64::from(n)));
        }
    }

    #[test]
    fn counting_agrees_with_a_day_by_day_walk(a in covered_date(), b in covered_date()) {
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let mut walked = 0i64;
        let mut day = from;
        while day < to {
            day = day.succ_opt().unwrap();
            if is_working_day(day).unwrap() { walked += 1; }
        }
        prop_assert_eq!(working_days_between(from, to), Ok(walked));
        prop_assert_eq!(working_days_between(to, from), Ok(-walked));
    }
}
