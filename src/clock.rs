//! "Today" in Kazakhstan: the one place that reads the clock. The rules core takes the date as a
//! value; this module supplies it from the system clock natively and from the browser's clock on
//! WebAssembly, shifted to UTC+5 so that the answer does not depend on the visitor's time zone.

use chrono::{DateTime, NaiveDate};

/// Kazakhstan's offset from UTC, in milliseconds (a single time zone, UTC+5, since 1 March 2024).
pub const KAZAKHSTAN_OFFSET_MS: i64 = 5 * 60 * 60 * 1000;

/// The calendar date in Kazakhstan at `unix_ms` milliseconds after the Unix epoch (UTC).
///
/// ```
/// use kz_work_permit::clock::kazakhstan_date_at;
/// // 2026-11-24 19:00 UTC is already 25 November in Kazakhstan.
/// let ms = 1_795_546_800_000; // 2026-11-24T19:00:00Z
/// assert_eq!(kazakhstan_date_at(ms).unwrap().to_string(), "2026-11-25");
/// // One millisecond before 19:00 UTC it is still the 24th in Kazakhstan.
/// assert_eq!(kazakhstan_date_at(ms - 1).unwrap().to_string(), "2026-11-24");
/// ```
pub fn kazakhstan_date_at(unix_ms: i64) -> Option<NaiveDate> {
    let shifted = unix_ms.checked_add(KAZAKHSTAN_OFFSET_MS)?;
    DateTime::from_timestamp_millis(shifted).map(|moment| moment.date_naive())
}

/// Today in Kazakhstan; falls back to the first day of the rule sets if the clock is unreadable.
pub fn today_in_kazakhstan() -> NaiveDate {
    kazakhstan_date_at(now_unix_ms()).unwrap_or(crate::rules::RULE_SETS[0].starts)
}

#[cfg(not(target_arch = "wasm32"))]
fn now_unix_ms() -> i64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(target_arch = "wasm32")]
fn now_unix_ms() -> i64 {
    js_sys::Date::now() as i64
}
