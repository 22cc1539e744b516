//! The facts the working-day calendar is built from, one row per fact, each with its source and
//! how sure we are of it. The rows are data, in `data/calendar.toml`: build.rs checks that file and
//! generates the constants below from it at build time (nothing is parsed at run time). Changing
//! the calendar means changing an entry there and a row in `tests/calendar.rs`; the code in
//! `mod.rs` only applies the rules to these rows.

use serde::Serialize;
use chrono::NaiveDate;

use crate::rules::Confidence;

/// A public holiday that is a day off under the Law "On holidays in the Republic of Kazakhstan".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Holiday {
    NewYear,
    OrthodoxChristmas,
    WomensDay,
    ConstitutionDay,
    Nauryz,
    UnityDay,
    DefenderDay,
    VictoryDay,
    CapitalDay,
    RepublicDay,
    IndependenceDay,
    KurbanAit,
}

/// A holiday on a fixed day of the year, in force for a range of years.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct FixedHoliday {
    pub holiday: Holiday,
    pub month: u32,
    pub day: u32,
    pub from_year: i32,
    pub to_year: i32,
    /// Religious holidays are days off but are not moved when they fall on a weekend.
    pub moves_off_weekend: bool,
    pub source: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
}

/// A holiday whose date changes every year (Kurban Ait, set by the Spiritual Administration).
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct MovableHoliday {
    pub holiday: Holiday,
    pub date: NaiveDate,
    pub moves_off_weekend: bool,
    pub source: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
}

/// A one-off act that makes a weekend day a working day and a weekday a day off.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Transfer {
    pub working_day: NaiveDate,
    pub day_off: NaiveDate,
    pub act: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
}

/// How sure we are of a whole year's calendar (a projection is less sure than a published one).
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct YearStatus {
    pub year: i32,
    pub working_days: u32,
    pub confidence: Confidence,
    pub note: &'static str,
}

const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in calendar facts"),
    }
}

/// First and last year the calendar knows.
pub const FIRST_YEAR: i32 = 2023;
pub const LAST_YEAR: i32 = 2027;

include!(concat!(env!("OUT_DIR"), "/calendar_facts.rs"));

/// The weekend rule (Law on holidays, art. 5) and its exception for religious holidays
/// (Labour Code art. 84 p. 5), cited wherever a moved day off is explained.
pub const WEEKEND_RULE: &str = "Law No. 267-II, art. 5: a holiday on a day off moves to the next working day";
pub const RELIGIOUS_EXCEPTION: &str = "Labour Code art. 84 p. 5: religious holidays are not moved";
