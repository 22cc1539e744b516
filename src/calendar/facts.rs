//! The facts the working-day calendar is built from, one row per fact, each with its source and
//! how sure we are of it. Changing the calendar means changing a row here and a row in
//! `tests/calendar.rs`; the code in `mod.rs` only applies the rules to these rows.

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

const HOLIDAYS_LAW: &str = "Law No. 267-II of 13.12.2001 \"On holidays in the Republic of Kazakhstan\", art. 1";
const HOLIDAYS_LAW_URL: &str = "https://adilet.zan.kz/rus/docs/Z010000267_";
const CONSTITUTION_2026: &str =
    "Constitution of 2026, art. 94 p. 2, and Law No. 267-II as amended in 2026 (MTSZN, Taspanews 18.03.2026)";
const CONSTITUTION_2026_URL: &str =
    "https://web.archive.org/web/20260710112450/https://adilet.zan.kz/kaz/docs/Z010000267_/history";

const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in calendar facts"),
    }
}

const fn fixed(holiday: Holiday, month: u32, day: u32, from_year: i32, to_year: i32, moves: bool) -> FixedHoliday {
    FixedHoliday {
        holiday,
        month,
        day,
        from_year,
        to_year,
        moves_off_weekend: moves,
        source: HOLIDAYS_LAW,
        url: HOLIDAYS_LAW_URL,
        confidence: Confidence::Confirmed,
    }
}

/// First and last year the calendar knows.
pub const FIRST_YEAR: i32 = 2023;
pub const LAST_YEAR: i32 = 2027;

/// Fixed holidays. Years are inclusive; `9999` means "still in force".
pub const FIXED_HOLIDAYS: &[FixedHoliday] = &[
    fixed(Holiday::NewYear, 1, 1, 2001, 9999, true),
    fixed(Holiday::NewYear, 1, 2, 2001, 9999, true),
    fixed(Holiday::OrthodoxChristmas, 1, 7, 2001, 9999, false),
    fixed(Holiday::WomensDay, 3, 8, 2001, 9999, true),
    FixedHoliday {
        source: CONSTITUTION_2026,
        url: CONSTITUTION_2026_URL,
        confidence: Confidence::Likely,
        ..fixed(Holiday::ConstitutionDay, 3, 15, 2027, 9999, true)
    },
    fixed(Holiday::Nauryz, 3, 21, 2001, 9999, true),
    fixed(Holiday::Nauryz, 3, 22, 2001, 9999, true),
    fixed(Holiday::Nauryz, 3, 23, 2001, 9999, true),
    fixed(Holiday::UnityDay, 5, 1, 2001, 9999, true),
    fixed(Holiday::DefenderDay, 5, 7, 2001, 9999, true),
    fixed(Holiday::VictoryDay, 5, 9, 2001, 9999, true),
    fixed(Holiday::CapitalDay, 7, 6, 2001, 9999, true),
    FixedHoliday {
        source: CONSTITUTION_2026,
        url: CONSTITUTION_2026_URL,
        confidence: Confidence::Likely,
        ..fixed(Holiday::ConstitutionDay, 8, 30, 2001, 2025, true)
    },
    fixed(Holiday::RepublicDay, 10, 25, 2022, 9999, true),
    fixed(Holiday::IndependenceDay, 12, 16, 2001, 9999, true),
];

const DUMK: &str = "Spiritual Administration of Muslims of Kazakhstan (DUMK) religious calendar";

/// The first day of Kurban Ait, a religious holiday: a day off that is never moved.
pub const KURBAN_AIT: &[MovableHoliday] = &[
    kurban_ait(ymd(2023, 6, 28), "https://www.ratel.kz/kaz/kak_otdohnut_kazahstantsy_v_2023_godu", Confidence::Confirmed),
    kurban_ait(ymd(2024, 6, 16), "https://mgorod.kz/news/kalendar-vyhodnyh-na-2024-god", Confidence::Confirmed),
    kurban_ait(ymd(2025, 6, 6), "https://pobipb.kz/kalendar-vyxodnyx-i-prazdnichnyx-dnej-na-2025-god", Confidence::Confirmed),
    kurban_ait(ymd(2026, 5, 27), "https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6", Confidence::Likely),
    // No DUMK calendar for 2027 was found: the date is an estimate from the new moon of 06.05.2027,
    // following the pattern of 2023-2026. A Sunday, so it creates no weekday off either way.
    kurban_ait(ymd(2027, 5, 16), "", Confidence::Unconfirmed),
];

const fn kurban_ait(date: NaiveDate, url: &'static str, confidence: Confidence) -> MovableHoliday {
    MovableHoliday { holiday: Holiday::KurbanAit, date, moves_off_weekend: false, source: DUMK, url, confidence }
}

/// One-off transfers of a day off (Labour Code art. 85 p. 3).
pub const TRANSFERS: &[Transfer] = &[
    Transfer {
        working_day: ymd(2023, 7, 1),
        day_off: ymd(2023, 7, 7),
        act: "Government Decree No. 326 of 25.04.2023 \"On moving a day of rest in 2023\"",
        url: "https://adilet.zan.kz/rus/docs/P2300000326",
        confidence: Confidence::Confirmed,
    },
    Transfer {
        working_day: ymd(2024, 5, 4),
        day_off: ymd(2024, 5, 8),
        act: "Act \"On moving a day of rest in 2024\" (adilet G24G0000109)",
        url: "https://adilet.zan.kz/kaz/docs/G24G0000109",
        confidence: Confidence::Confirmed,
    },
    Transfer {
        working_day: ymd(2025, 1, 5),
        day_off: ymd(2025, 1, 3),
        act: "Act of 21.11.2024 on moving a day of rest in 2025 (adilet G24G0000436)",
        url: "https://adilet.zan.kz/kaz/docs/G24G0000436",
        confidence: Confidence::Confirmed,
    },
];

/// Expected working days per year on the five-day week; the calendar is checked against these.
pub const YEARS: &[YearStatus] = &[
    YearStatus { year: 2023, working_days: 246, confidence: Confidence::Confirmed, note: "official calendar" },
    YearStatus { year: 2024, working_days: 249, confidence: Confidence::Confirmed, note: "official calendar" },
    YearStatus { year: 2025, working_days: 246, confidence: Confidence::Confirmed, note: "official calendar" },
    YearStatus {
        year: 2026,
        working_days: 247,
        confidence: Confidence::Likely,
        note: "official calendar, with 31 August a working day after the 2026 Constitution (press reports of MTSZN)",
    },
    YearStatus {
        year: 2027,
        working_days: 247,
        confidence: Confidence::Unconfirmed,
        note: "projection: no transfer act and no official Kurban Ait date yet",
    },
];

/// The weekend rule (Law on holidays, art. 5) and its exception for religious holidays
/// (Labour Code art. 84 p. 5), cited wherever a moved day off is explained.
pub const WEEKEND_RULE: &str = "Law No. 267-II, art. 5: a holiday on a day off moves to the next working day";
pub const RELIGIOUS_EXCEPTION: &str = "Labour Code art. 84 p. 5: religious holidays are not moved";
