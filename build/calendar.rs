//! The calendar's data file, `data/calendar.toml`: read, checked and turned into the constants of
//! `src/calendar/facts.rs` (`OUT_DIR/calendar_facts.rs`) at build time, so nothing is parsed at run
//! time. A bad file fails the build with the file, the entry and the reason.
//!
//! `build.rs` calls [`build`]; `tests/calendar_data.rs` includes this file too and calls [`check`].

use std::fmt::Write as _;

use serde::Deserialize;

/// The data file, relative to the crate's root.
pub const DATA_FILE: &str = "data/calendar.toml";
/// The source that declares `Holiday`, whose variants the data file's holidays must match.
pub const HOLIDAY_SOURCE: &str = "src/calendar/facts.rs";

const CONFIDENCES: &[&str] = &["confirmed", "likely", "unconfirmed"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct File {
    #[serde(default)]
    fixed: Vec<Fixed>,
    #[serde(default)]
    kurban_ait: Vec<Kurban>,
    #[serde(default)]
    transfer: Vec<Transfer>,
    #[serde(default)]
    year: Vec<Year>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Fixed {
    holiday: String,
    month: u32,
    day: u32,
    from_year: i32,
    to_year: Option<i32>,
    moves_off_weekend: bool,
    source: String,
    url: String,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kurban {
    date: toml::value::Datetime,
    source: String,
    url: String,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Transfer {
    working_day: toml::value::Datetime,
    day_off: toml::value::Datetime,
    act: String,
    url: String,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Year {
    year: i32,
    working_days: u32,
    confidence: String,
    note: String,
}

/// Reads the data file and the holiday source, writes `OUT_DIR/calendar_facts.rs`; a bad file stops
/// the build with every problem found.
pub fn build() {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    println!("cargo:rerun-if-changed={HOLIDAY_SOURCE}");
    let text = std::fs::read_to_string(DATA_FILE).unwrap_or_else(|error| panic!("{DATA_FILE}: {error}"));
    let source = std::fs::read_to_string(HOLIDAY_SOURCE).unwrap_or_else(|error| panic!("{HOLIDAY_SOURCE}: {error}"));
    match check(&text, DATA_FILE, &holidays(&source)) {
        Ok(rust) => {
            let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("calendar_facts.rs");
            std::fs::write(out, rust).expect("OUT_DIR is writable");
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            panic!("{DATA_FILE} has {} problem(s):\n{}", problems.len(), problems.join("\n"));
        }
    }
}

/// The serde (camelCase) names of the variants of `pub enum Holiday` in `source`.
pub fn holidays(source: &str) -> Vec<String> {
    let Some(start) = source.find("pub enum Holiday {") else { return Vec::new() };
    let body = &source[start + "pub enum Holiday {".len()..];
    let body = &body[..body.find('}').unwrap_or(body.len())];
    body.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//") && !line.starts_with('#'))
        .map(|line| {
            let mut chars = line.trim_end_matches(',').chars();
            chars.next().map(|first| first.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

fn pascal(camel: &str) -> String {
    let mut chars = camel.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

fn date(given: &toml::value::Datetime) -> Option<(u16, u8, u8)> {
    let (Some(date), None, None) = (given.date, given.time, given.offset) else { return None };
    (date.month >= 1 && date.month <= 12 && date.day >= 1 && u32::from(date.day) <= days_in(date.year, date.month))
        .then_some((date.year, date.month, date.day))
}

fn days_in(year: u16, month: u8) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// The checks every entry has: a known confidence, and an address unless it is an unconfirmed
/// estimate.
fn sourced(url: &str, confidence: &str, problems: &mut Vec<String>) {
    if !CONFIDENCES.contains(&confidence) {
        problems.push(format!("confidence `{confidence}`; expected {}", CONFIDENCES.join(", ")));
    }
    if url.is_empty() {
        if confidence != "unconfirmed" {
            problems.push("no url: only an unconfirmed estimate may have none".to_owned());
        }
    } else if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
        problems.push(format!("url `{url}` is not an http(s) address"));
    }
}

/// Checks the data file's `text` (named `file` in the messages) against the holiday names
/// `holidays`: the Rust source of the calendar's constants, or every problem found.
pub fn check(text: &str, file: &str, holidays: &[String]) -> Result<String, Vec<String>> {
    let parsed: File = toml::from_str(text).map_err(|error| vec![format!("{file}: {}", error.to_string().trim_end())])?;
    let mut all = Vec::new();
    let mut out = String::from("// Generated by build.rs (build/calendar.rs) from data/calendar.toml: edit that file, not this one.\n\n");
    let ymd = |(year, month, day): (u16, u8, u8)| format!("ymd({year}, {month}, {day})");
    let confidence = |name: &str| format!("Confidence::{}", pascal(name));

    out.push_str("/// Fixed holidays. Years are inclusive; `9999` means \"still in force\".\npub const FIXED_HOLIDAYS: &[FixedHoliday] = &[\n");
    for (index, entry) in parsed.fixed.iter().enumerate() {
        let mut problems = Vec::new();
        if !holidays.contains(&entry.holiday) || entry.holiday == "kurbanAit" {
            problems.push(format!("unknown fixed holiday `{}`: not a variant of Holiday in {HOLIDAY_SOURCE} (Kurban Ait is under [[kurbanAit]])", entry.holiday));
        }
        if !(1..=12).contains(&entry.month) || entry.day == 0 || entry.day > days_in(2000, entry.month as u8) {
            problems.push(format!("{}-{} is not a day of the year", entry.month, entry.day));
        }
        let to_year = entry.to_year.unwrap_or(9999);
        if to_year < entry.from_year {
            problems.push(format!("toYear {to_year} is before fromYear {}", entry.from_year));
        }
        let overlapping = parsed.fixed[..index].iter().position(|other| {
            other.month == entry.month && other.day == entry.day && other.from_year <= to_year && entry.from_year <= other.to_year.unwrap_or(9999)
        });
        if let Some(other) = overlapping {
            problems.push(format!("duplicate: fixed entry {} is the same day in the same years", other + 1));
        }
        sourced(&entry.url, &entry.confidence, &mut problems);
        let place = format!("{file}: fixed entry {} (`{}` on {:02}-{:02})", index + 1, entry.holiday, entry.month, entry.day);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        let _ = writeln!(
            out,
            "    FixedHoliday {{ holiday: Holiday::{}, month: {}, day: {}, from_year: {}, to_year: {to_year}, moves_off_weekend: {}, source: {:?}, url: {:?}, confidence: {} }},",
            pascal(&entry.holiday),
            entry.month,
            entry.day,
            entry.from_year,
            entry.moves_off_weekend,
            entry.source,
            entry.url,
            confidence(&entry.confidence)
        );
    }
    out.push_str("];\n\n/// The first day of Kurban Ait, a religious holiday: a day off that is never moved.\npub const KURBAN_AIT: &[MovableHoliday] = &[\n");
    for (index, entry) in parsed.kurban_ait.iter().enumerate() {
        let mut problems = Vec::new();
        let day = date(&entry.date);
        match day {
            None => problems.push(format!("`{}` is not a date (YYYY-MM-DD)", entry.date)),
            Some((year, ..)) => {
                if let Some(other) = parsed.kurban_ait[..index].iter().position(|other| date(&other.date).is_some_and(|d| d.0 == year)) {
                    problems.push(format!("duplicate: kurbanAit entry {} is in the same year", other + 1));
                }
            }
        }
        sourced(&entry.url, &entry.confidence, &mut problems);
        let place = format!("{file}: kurbanAit entry {} ({})", index + 1, entry.date);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        if let Some(day) = day {
            let _ = writeln!(
                out,
                "    MovableHoliday {{ holiday: Holiday::KurbanAit, date: {}, moves_off_weekend: false, source: {:?}, url: {:?}, confidence: {} }},",
                ymd(day),
                entry.source,
                entry.url,
                confidence(&entry.confidence)
            );
        }
    }
    out.push_str("];\n\n/// One-off transfers of a day off (Labour Code art. 85 p. 3).\npub const TRANSFERS: &[Transfer] = &[\n");
    for (index, entry) in parsed.transfer.iter().enumerate() {
        let mut problems = Vec::new();
        let (working, off) = (date(&entry.working_day), date(&entry.day_off));
        if working.is_none() || off.is_none() {
            problems.push("workingDay and dayOff must be dates (YYYY-MM-DD)".to_owned());
        }
        if working.is_some() && working == off {
            problems.push("workingDay and dayOff are the same day".to_owned());
        }
        if entry.act.trim().is_empty() {
            problems.push("act is empty".to_owned());
        }
        sourced(&entry.url, &entry.confidence, &mut problems);
        let place = format!("{file}: transfer entry {} ({} to {})", index + 1, entry.working_day, entry.day_off);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        if let (Some(working), Some(off)) = (working, off) {
            let _ = writeln!(
                out,
                "    Transfer {{ working_day: {}, day_off: {}, act: {:?}, url: {:?}, confidence: {} }},",
                ymd(working),
                ymd(off),
                entry.act,
                entry.url,
                confidence(&entry.confidence)
            );
        }
    }
    out.push_str("];\n\n/// Expected working days per year on the five-day week; the calendar is checked against these.\npub const YEARS: &[YearStatus] = &[\n");
    for (index, entry) in parsed.year.iter().enumerate() {
        let mut problems = Vec::new();
        if let Some(other) = parsed.year[..index].iter().position(|other| other.year == entry.year) {
            problems.push(format!("duplicate: year entry {} is the same year", other + 1));
        }
        if !(200..=366).contains(&entry.working_days) {
            problems.push(format!("{} working days is not a year's", entry.working_days));
        }
        sourced("https://", &entry.confidence, &mut problems);
        let place = format!("{file}: year entry {} ({})", index + 1, entry.year);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        let _ = writeln!(
            out,
            "    YearStatus {{ year: {}, working_days: {}, confidence: {}, note: {:?} }},",
            entry.year,
            entry.working_days,
            confidence(&entry.confidence),
            entry.note
        );
    }
    out.push_str("];\n");
    if all.is_empty() {
        Ok(out)
    } else {
        Err(all)
    }
}
