//! The Kazakh working-day calendar on the five-day week, 2023-01-01 to 2030-12-31: the published
//! calendars to 2026, and from 2027 projections from the law (see [`CalendarStatus`]).
//!
//! The calendar is built once from the facts in [`facts`] (holidays, the weekend rule and its
//! religious exception, one-off transfer acts, Kurban Ait dates) into a bitset and a prefix count of
//! working days, so every query is O(1) or O(log n) and allocates nothing.
//!
//! ```
//! use chrono::NaiveDate;
//! use kz_work_permit::calendar;
//!
//! let friday = NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
//! // 21-23 March is Nauryz; 21 and 22 fall on a weekend, so 24 and 25 March are days off too.
//! let due = calendar::add_working_days(friday, 6).unwrap();
//! assert_eq!(due, NaiveDate::from_ymd_opt(2026, 4, 2).unwrap());
//! assert!(calendar::add_working_days(NaiveDate::from_ymd_opt(2031, 1, 6).unwrap(), 1).is_err());
//! ```

use serde::Serialize;
pub mod facts;

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::rules::Confidence;
use crate::text::Language;
pub use facts::{CalendarStatus, Holiday};
use facts::{DAY_COUNT, FIRST_YEAR, LAST_YEAR};

/// A date the calendar cannot answer for, because its year is not in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarError {
    /// The year that is not covered.
    pub year: i32,
}

impl CalendarError {
    /// The message in the given language.
    pub fn message(&self, language: Language) -> String {
        crate::text::calendar_not_covered(language, self.year, FIRST_YEAR, LAST_YEAR)
    }
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for CalendarError {}

/// Why a day is not an ordinary weekday or weekend day, written as `{"kind": "holiday", "holiday": …}`:
/// the kind, then the variant's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum DayReason {
    /// A Saturday or Sunday with nothing special about it.
    Weekend,
    /// A public holiday (on a weekday, or on a weekend day for the record).
    Holiday { holiday: Holiday },
    /// The day off that a holiday falling on a weekend moved to.
    MovedHoliday { holiday: Holiday, from: NaiveDate },
    /// A weekday made a day off by a transfer act, in exchange for `working_day`. `act` is the
    /// act's name (in the answer's language once rendered: `text::render_day`).
    TransferDayOff {
        working_day: NaiveDate,
        act: &'static str,
        #[serde(skip)]
        act_id: crate::rules::ActId,
    },
    /// A weekend day made a working day by a transfer act, in exchange for `day_off`.
    TransferWorkingDay {
        day_off: NaiveDate,
        act: &'static str,
        #[serde(skip)]
        act_id: crate::rules::ActId,
    },
}

/// One day of the calendar with the reason it is (not) a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Day {
    #[serde(serialize_with = "crate::lenient::serialize_date")]
    pub date: NaiveDate,
    pub working: bool,
    /// `None` for an ordinary weekday.
    pub reason: Option<DayReason>,
}

/// Reads a date written exactly as `YYYY-MM-DD` (kept here for callers of the calendar).
pub use crate::lenient::parse_iso_date;



/// The first and last dates the calendar covers.
pub fn coverage() -> (NaiveDate, NaiveDate) {
    (first_day(), last_day())
}

/// Whether `date` is a working day on the five-day week.
///
/// ```
/// # use chrono::NaiveDate;
/// # use kz_work_permit::calendar::is_working_day;
/// // Nauryz 2026 fell on Sat 21 and Sun 22 March, so Tue 24 March was a day off.
/// assert_eq!(is_working_day(NaiveDate::from_ymd_opt(2026, 3, 24).unwrap()), Ok(false));
/// // Sat 4 May 2024 was worked in exchange for Wed 8 May.
/// assert_eq!(is_working_day(NaiveDate::from_ymd_opt(2024, 5, 4).unwrap()), Ok(true));
/// ```
pub fn is_working_day(date: NaiveDate) -> Result<bool, CalendarError> {
    let index = index_of(date)?;
    Ok(calendar().is_working(index))
}

/// The date `n` working days after `date`. The start date is never counted, so the result is the
/// last day of a period "within `n` working days from `date`"; `n = 0` returns `date` itself.
pub fn add_working_days(date: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
    let index = index_of(date)?;
    if n == 0 {
        return Ok(date);
    }
    let table = calendar();
    let target = u32::from(table.prefix[index + 1]).saturating_add(n);
    // prefix[k] counts the working days before day k; the first k that reaches the target is one
    // past the n-th working day.
    let k = table.prefix.partition_point(|&count| u32::from(count) < target);
    if k >= table.prefix.len() {
        return Err(CalendarError { year: LAST_YEAR + 1 });
    }
    Ok(date_at(k - 1))
}

/// The number of working days after `from` up to and including `to`; negative when `to` is
/// before `from`. It is the inverse of [`add_working_days`].
///
/// ```
/// # use chrono::NaiveDate;
/// # use kz_work_permit::calendar::working_days_between;
/// let from = NaiveDate::from_ymd_opt(2026, 3, 20).unwrap();
/// let to = NaiveDate::from_ymd_opt(2026, 4, 2).unwrap();
/// assert_eq!(working_days_between(from, to), Ok(6));
/// assert_eq!(working_days_between(to, from), Ok(-6));
/// ```
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> Result<i64, CalendarError> {
    let (a, b) = (index_of(from)?, index_of(to)?);
    let prefix = &calendar().prefix;
    Ok(i64::from(prefix[b + 1]) - i64::from(prefix[a + 1]))
}

/// The day with the reason it is or is not a working day.
pub fn day(date: NaiveDate) -> Result<Day, CalendarError> {
    let index = index_of(date)?;
    let table = calendar();
    let working = table.is_working(index);
    let reason = match table.notes.binary_search_by_key(&date, |note| note.date) {
        Ok(found) => Some(table.notes[found].reason),
        Err(_) if is_weekend(date) => Some(DayReason::Weekend),
        Err(_) => None,
    };
    Ok(Day { date, working, reason })
}

/// The non-working days after `from` up to and including `to`, in order: the days a period
/// counted in working days skips.
pub fn non_working_days(from: NaiveDate, to: NaiveDate) -> Result<impl Iterator<Item = Day>, CalendarError> {
    let (a, b) = (index_of(from)?, index_of(to)?);
    let table = calendar();
    Ok((a + 1..=b).filter(move |&i| !table.is_working(i)).filter_map(|i| day(date_at(i)).ok()))
}

/// A year's exceptions to the plain five-day week: weekdays that are days off and weekend days
/// that are working days, each with its reason.
pub fn year_exceptions(year: i32) -> Result<Vec<Day>, CalendarError> {
    check_year(year)?;
    let table = calendar();
    Ok(table
        .notes
        .iter()
        .filter(|note| note.date.year() == year)
        .filter_map(|note| day(note.date).ok())
        .filter(|day| day.working == is_weekend(day.date))
        .collect())
}

/// The number of working days in `year`.
pub fn working_days_in_year(year: i32) -> Result<u32, CalendarError> {
    check_year(year)?;
    let first = index_of(NaiveDate::from_ymd_opt(year, 1, 1).ok_or(CalendarError { year })?)?;
    let last = index_of(NaiveDate::from_ymd_opt(year, 12, 31).ok_or(CalendarError { year })?)?;
    let prefix = &calendar().prefix;
    Ok(u32::from(prefix[last + 1]) - u32::from(prefix[first]))
}

/// The lowest confidence of the yearly calendars that the dates `from..=to` touch.
pub fn confidence_between(from: NaiveDate, to: NaiveDate) -> Confidence {
    years_between(from, to).map(|status| status.confidence).min().unwrap_or(Confidence::Unconfirmed)
}

/// The first and last projected year among the years that the dates `from..=to` touch, or `None`
/// when every one of them has its official calendar. An answer counted across such a year rests
/// on a projection and says so.
///
/// ```
/// # use chrono::NaiveDate;
/// # use kz_work_permit::calendar::projected_years_between;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(projected_years_between(day(2026, 3, 20), day(2026, 4, 2)), None);
/// assert_eq!(projected_years_between(day(2026, 12, 28), day(2028, 1, 5)), Some((2027, 2028)));
/// ```
pub fn projected_years_between(from: NaiveDate, to: NaiveDate) -> Option<(i32, i32)> {
    let mut projected = years_between(from, to).filter(|status| status.status == CalendarStatus::Projected).map(|status| status.year);
    let first = projected.next()?;
    Some((first, projected.last().unwrap_or(first)))
}

/// How far ahead of today the calendar must reach: a deadline counted from today runs at most a
/// few months, and a calendar that is short by then is extended long before a visitor meets its end.
pub const MONTHS_AHEAD_REQUIRED: u32 = 18;

/// Checks that the calendar (official or projected) covers at least [`MONTHS_AHEAD_REQUIRED`]
/// months after `today`; the error says what to add to `data/calendar.toml`. The native tests run
/// it with today in Kazakhstan, so a stale calendar fails `cargo test` before a visitor meets it.
///
/// ```
/// # use chrono::NaiveDate;
/// # use kz_work_permit::calendar::check_coverage_ahead;
/// assert!(check_coverage_ahead(NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()).is_ok());
/// assert!(check_coverage_ahead(NaiveDate::from_ymd_opt(2029, 7, 1).unwrap()).is_err());
/// ```
pub fn check_coverage_ahead(today: NaiveDate) -> Result<(), String> {
    let needed = today.checked_add_months(chrono::Months::new(MONTHS_AHEAD_REQUIRED)).unwrap_or(NaiveDate::MAX);
    let last = last_day();
    if last >= needed {
        return Ok(());
    }
    let years = match (LAST_YEAR + 1, needed.year()) {
        (first, last) if first == last => format!("for {first}"),
        (first, last) => format!("for each year from {first} to {last}"),
    };
    Err(format!(
        "the working-day calendar ends on {last}, less than {MONTHS_AHEAD_REQUIRED} months after today ({today}): it must reach {needed}. \
         Add to data/calendar.toml a [[year]] entry {years} (status = \"projected\" until the year's calendar is published), \
         each with its [[kurbanAit]] date (an estimate until DUMK announces it), and its total in tests/calendar.rs"
    ))
}

/// The status of each covered year that the dates `from..=to` touch.
fn years_between(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &'static facts::YearStatus> {
    let (low, high) = if from <= to { (from.year(), to.year()) } else { (to.year(), from.year()) };
    facts::YEARS.iter().filter(move |status| (low..=high).contains(&status.year))
}

// ---------------------------------------------------------------------------------------------
// The precomputed table.

struct Calendar {
    working: [u64; DAY_COUNT.div_ceil(64)],
    /// `prefix[k]` is the number of working days among the first `k` days of the coverage.
    prefix: [u16; DAY_COUNT + 1],
    /// Every day that is not a plain weekday or weekend day, sorted by date.
    notes: Vec<Note>,
}

#[derive(Clone, Copy)]
struct Note {
    date: NaiveDate,
    reason: DayReason,
}

impl Calendar {
    fn is_working(&self, index: usize) -> bool {
        self.working[index / 64] & (1 << (index % 64)) != 0
    }
}

/// The calendar, built on first use.
fn calendar() -> &'static Calendar {
    static CALENDAR: std::sync::OnceLock<Calendar> = std::sync::OnceLock::new();
    CALENDAR.get_or_init(build)
}

fn build() -> Calendar {
    // Each day's reason, in date order by construction (so nothing needs sorting); a day keeps
    // the first reason given to it, which is the holiday itself when a holiday also moved.
    let mut reasons: Vec<Option<DayReason>> = vec![None; DAY_COUNT];
    let mut note = |index: usize, reason: DayReason| {
        reasons[index].get_or_insert(reason);
    };
    let mut day_off = [false; DAY_COUNT];
    // The holiday on each day, and whether it moves off a weekend.
    let mut holiday: Vec<Option<(Holiday, bool)>> = vec![None; DAY_COUNT];

    for year in FIRST_YEAR..=LAST_YEAR {
        let fixed = facts::FIXED_HOLIDAYS
            .iter()
            .filter(|row| (row.from_year..=row.to_year).contains(&year))
            .filter_map(|row| Some((NaiveDate::from_ymd_opt(year, row.month, row.day)?, row.holiday, row.moves_off_weekend)));
        let movable = facts::KURBAN_AIT
            .iter()
            .filter(|row| row.date.year() == year)
            .map(|row| (row.date, row.holiday, row.moves_off_weekend));
        for (date, name, moves) in fixed.chain(movable) {
            let Ok(index) = index_of(date) else { continue };
            holiday[index] = Some((name, moves));
            day_off[index] = true;
            note(index, DayReason::Holiday { holiday: name });
        }
    }

    // The weekend rule: each holiday on a weekend gives the next day after it that is neither a
    // weekend, a holiday nor an already moved day off. Taking them in date order assigns the days
    // of a multi-day holiday in order after its last day.
    for from_index in 0..DAY_COUNT {
        let from = date_at(from_index);
        let Some((name, true)) = holiday[from_index] else { continue };
        if !is_weekend(from) {
            continue;
        }
        let mut candidate = from;
        while let Some(next) = candidate.checked_add_days(Days::new(1)) {
            candidate = next;
            let Ok(index) = index_of(candidate) else { break };
            if !is_weekend(candidate) && holiday[index].is_none() && !day_off[index] {
                day_off[index] = true;
                note(index, DayReason::MovedHoliday { holiday: name, from });
                break;
            }
        }
    }

    let mut working_weekend = [false; DAY_COUNT];
    for transfer in facts::TRANSFERS {
        if let Ok(index) = index_of(transfer.working_day) {
            working_weekend[index] = true;
            note(index, DayReason::TransferWorkingDay { day_off: transfer.day_off, act: transfer.act, act_id: transfer.act_id });
        }
        if let Ok(index) = index_of(transfer.day_off) {
            day_off[index] = true;
            note(index, DayReason::TransferDayOff { working_day: transfer.working_day, act: transfer.act, act_id: transfer.act_id });
        }
    }
    let notes: Vec<Note> = reasons
        .iter()
        .enumerate()
        .filter_map(|(index, reason)| Some(Note { date: date_at(index), reason: (*reason)? }))
        .collect();

    let mut working = [0u64; DAY_COUNT.div_ceil(64)];
    let mut prefix = [0u16; DAY_COUNT + 1];
    for index in 0..DAY_COUNT {
        let date = date_at(index);
        let is_working = working_weekend[index] || (!is_weekend(date) && !day_off[index]);
        if is_working {
            working[index / 64] |= 1 << (index % 64);
        }
        prefix[index + 1] = prefix[index] + u16::from(is_working);
    }
    Calendar { working, prefix, notes }
}

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or(NaiveDate::MIN)
}

fn check_year(year: i32) -> Result<(), CalendarError> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(CalendarError { year })
    }
}

fn index_of(date: NaiveDate) -> Result<usize, CalendarError> {
    check_year(date.year())?;
    let offset = date.signed_duration_since(first_day()).num_days();
    usize::try_from(offset).ok().filter(|&i| i < DAY_COUNT).ok_or(CalendarError { year: date.year() })
}

fn date_at(index: usize) -> NaiveDate {
    first_day().checked_add_days(Days::new(index as u64)).unwrap_or(NaiveDate::MAX)
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}
