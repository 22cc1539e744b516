//! The facts the working-day calendar is built from, one row per fact, each with its source and
//! how sure we are of it. The rows are data, in `data/calendar.toml`: build.rs checks that file and
//! generates the constants below from it at build time (nothing is parsed at run time). Changing
//! the calendar means changing an entry there and a row in `tests/calendar.rs`; the code in
//! `mod.rs` only applies the rules to these rows.

use serde::Serialize;
use chrono::NaiveDate;

use crate::rules::{ActId, Confidence};

/// A public holiday that is a day off under the Law "On holidays in the Republic of Kazakhstan".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
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

crate::wire_names!(Holiday);

/// Where a fact comes from: the act (or, for an estimated Kurban Ait, how it was estimated), the
/// clause, the act's official address ("" when there is none) and the secondary sources read. Only
/// the full build has it (the rules page shows it); the element's builds leave it out.
#[cfg(not(feature = "embed"))]
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Source {
    pub act: &'static str,
    pub clause: &'static str,
    pub url: &'static str,
    pub evidence: &'static [Evidence],
}

/// A secondary source: a press report, a data set, a law firm's note.
#[cfg(not(feature = "embed"))]
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Evidence {
    pub title: &'static str,
    pub url: &'static str,
    pub date: Option<&'static str>,
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
    pub confidence: Confidence,
    #[cfg(not(feature = "embed"))]
    pub source: Source,
}

/// A holiday whose date changes every year (Kurban Ait, announced by the Spiritual Administration).
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct MovableHoliday {
    pub holiday: Holiday,
    pub date: NaiveDate,
    pub moves_off_weekend: bool,
    /// `true` when nobody has announced the date yet and it is our estimate.
    pub estimated: bool,
    pub confidence: Confidence,
    #[cfg(not(feature = "embed"))]
    pub source: Source,
}

/// A one-off act that makes a weekend day a working day and a weekday a day off.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Transfer {
    pub working_day: NaiveDate,
    pub day_off: NaiveDate,
    /// The act's name, which the days it moves carry as their reason: in an element's build in its
    /// language from the start, in the full build named by `act_id` when an answer is rendered.
    pub act: &'static str,
    /// The act (its name in each language is in `data/words/*.toml` [act]). Not part of the JSON.
    #[serde(skip)]
    pub act_id: crate::rules::ActId,
    pub confidence: Confidence,
    #[cfg(not(feature = "embed"))]
    pub source: Source,
}

/// Whether a year's calendar is published or projected from the law.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum CalendarStatus {
    /// Published: its transfer order, if any, and its Kurban Ait date are known.
    Official,
    /// The law's rules applied ahead: holidays, the weekend rule and its religious exceptions, an
    /// estimated Kurban Ait, and no transfers, which are not known yet.
    Projected,
}

crate::wire_names!(CalendarStatus);

/// A year the calendar covers: official or projected, and how sure we are of it.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct YearStatus {
    pub year: i32,
    pub status: CalendarStatus,
    pub working_days: u32,
    pub confidence: Confidence,
    /// What the year's calendar rests on.
    #[cfg(not(feature = "embed"))]
    pub basis: &'static str,
}

const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in calendar facts"),
    }
}

// FIRST_YEAR, LAST_YEAR and DAY_COUNT come from the [[year]] entries, with the facts.
include!(concat!(env!("OUT_DIR"), "/calendar_facts.rs"));

/// The weekend rule (Law on holidays, art. 5) and its exception for religious holidays
/// (Labour Code art. 84 p. 5), cited wherever a moved day off is explained.
pub const WEEKEND_RULE: &str = "Law No. 267-II, art. 5: a holiday on a day off moves to the next working day";
pub const RELIGIOUS_EXCEPTION: &str = "Labour Code art. 84 p. 5: religious holidays are not moved";
