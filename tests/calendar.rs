//! The working-day calendar against the official facts: yearly totals, every transfer, every
//! exception to the weekend rule, coverage errors, and properties of the arithmetic.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, NaiveDate, Weekday};
use kz_work_permit::calendar::{
    self, add_working_days, is_working_day, working_days_between, working_days_in_year, year_exceptions, CalendarError,
    DayReason, Holiday,
};
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

#[test]
fn yearly_totals_match_the_official_calendars() {
    for (year, expected) in [(2023, 246), (2024, 249), (2025, 246), (2026, 247), (2027, 247)] {
        assert_eq!(working_days_in_year(year), Ok(expected), "working days in {year}");
    }
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
    for year in 2023..=2027 {
        for day in year_exceptions(year).unwrap() {
            let weekend = matches!(day.date.weekday(), Weekday::Sat | Weekday::Sun);
            assert_eq!(day.working, weekend, "{}", day.date);
            assert!(day.reason.is_some());
        }
    }
}

#[test]
fn dates_outside_coverage_are_errors_naming_the_year() {
    assert_eq!(is_working_day(d("2028-01-03")), Err(CalendarError { year: 2028 }));
    assert_eq!(is_working_day(d("2022-12-30")), Err(CalendarError { year: 2022 }));
    assert_eq!(add_working_days(d("2027-12-30"), 5), Err(CalendarError { year: 2028 }));
    assert!(CalendarError { year: 2028 }.to_string().contains("2028"));
    assert_eq!(year_exceptions(2030).unwrap_err().year, 2030);
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
    (0u64..1826).prop_map(|offset| d("2023-01-01").checked_add_days(Days::new(offset)).unwrap())
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
