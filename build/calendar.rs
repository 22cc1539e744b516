//! The calendar's data file, `data/calendar.toml`: read, checked and turned into the constants of
//! `src/calendar/facts.rs` (`OUT_DIR/calendar_facts.rs`) at build time, so nothing is parsed at run
//! time. A bad file fails the build with the file, the entry and the reason.
//!
//! `build.rs` calls [`build`]; `tests/calendar_data.rs` includes this file too and calls [`check`].

use std::fmt::Write as _;

use serde::Deserialize;

use crate::source::{is_act_id, pascal, Act, Evidence};

/// The data file, relative to the crate's root.
pub const DATA_FILE: &str = "data/calendar.toml";
/// The source that declares `Holiday`, whose variants the data file's holidays must match.
pub const HOLIDAY_SOURCE: &str = "src/calendar/facts.rs";

const CONFIDENCES: &[&str] = &["confirmed", "likely", "unconfirmed"];
const STATUSES: &[&str] = &["official", "projected"];

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

/// Where a fact comes from, as data/rules.toml gives it: the act, the clause, the act's official
/// address, the secondary sources read, and how sure we are (the fields every fact has; serde's
/// `flatten` would not let the facts deny unknown fields).
struct Sources<'a> {
    act: Option<&'a Act>,
    clause: &'a str,
    address: Option<&'a str>,
    evidence: &'a [Evidence],
    confidence: &'a str,
}

macro_rules! sources {
    ($entry:expr) => {
        Sources {
            act: $entry.act.as_ref(),
            clause: &$entry.clause,
            address: $entry.address.as_deref(),
            evidence: &$entry.evidence,
            confidence: &$entry.confidence,
        }
    };
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
    act: Option<Act>,
    clause: String,
    address: Option<String>,
    #[serde(default)]
    evidence: Vec<Evidence>,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kurban {
    date: toml::value::Datetime,
    estimate: Option<String>,
    act: Option<Act>,
    clause: String,
    address: Option<String>,
    #[serde(default)]
    evidence: Vec<Evidence>,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Transfer {
    working_day: toml::value::Datetime,
    day_off: toml::value::Datetime,
    act: Option<Act>,
    clause: String,
    address: Option<String>,
    #[serde(default)]
    evidence: Vec<Evidence>,
    confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Year {
    year: i32,
    status: String,
    working_days: u32,
    confidence: String,
    basis: String,
}

/// The act ids of the transfers, once each, in the order of the file (their names are in the words
/// files, checked with the rules' acts); none when the file does not read (the build reports it).
pub fn act_ids(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let Ok(parsed) = toml::from_str::<File>(text) else { return ids };
    for id in parsed.transfer.iter().filter_map(|entry| entry.act.as_ref()?.id.clone()) {
        if is_act_id(&id) && !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Reads the data file and the holiday source, writes `OUT_DIR/calendar_facts.rs`; a bad file stops
/// the build with every problem found. Returns the transfers' act ids.
pub fn build() -> Vec<String> {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    println!("cargo:rerun-if-changed={HOLIDAY_SOURCE}");
    let text = std::fs::read_to_string(DATA_FILE).unwrap_or_else(|error| panic!("{DATA_FILE}: {error}"));
    let source = std::fs::read_to_string(HOLIDAY_SOURCE).unwrap_or_else(|error| panic!("{HOLIDAY_SOURCE}: {error}"));
    crate::source::write_or_fail(DATA_FILE, "calendar_facts.rs", check(&text, DATA_FILE, &holidays(&source)));
    act_ids(&text)
}

/// The serde (camelCase) names of the variants of `pub enum Holiday` in `source`.
pub fn holidays(source: &str) -> Vec<String> {
    crate::source::serde_names(source, "Holiday")
}

fn date(given: &toml::value::Datetime) -> Option<(u16, u8, u8)> {
    let (Some(date), None, None) = (given.date, given.time, given.offset) else { return None };
    (date.month >= 1 && date.month <= 12 && date.day >= 1 && u32::from(date.day) <= days_in(date.year, date.month))
        .then_some((date.year, date.month, date.day))
}

fn days_in(year: u16, month: u8) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if leap(i32::from(year)) => 29,
        2 => 28,
        _ => 31,
    }
}

fn leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn known_confidence(confidence: &str, problems: &mut Vec<String>) {
    if !CONFIDENCES.contains(&confidence) {
        problems.push(format!("confidence `{confidence}`; expected {}", CONFIDENCES.join(", ")));
    }
}

/// The checks every fact's sources have: an act (or, for Kurban Ait, an estimate instead), a
/// clause, an official address if any, evidence with titles and addresses, something to link to
/// unless it is an unconfirmed estimate, a known confidence, and "confirmed" only for an
/// identified act, an official address or two pieces of evidence.
fn sourced(sources: &Sources, estimate: Option<&str>, problems: &mut Vec<String>) {
    match (&sources.act, estimate) {
        (Some(_), Some(_)) => problems.push("both act and estimate: an announced date has an act, an estimate has none".to_owned()),
        (None, None) => problems.push("no act: give the act (name, number, date) it rests on".to_owned()),
        (Some(act), None) if act.id.is_none() && act.name.trim().is_empty() => problems.push("act.name is empty".to_owned()),
        (None, Some(estimate)) if estimate.trim().is_empty() => problems.push("estimate is empty: say how the date was estimated".to_owned()),
        _ => {}
    }
    if let Some(given) = sources.act.as_ref().and_then(|act| act.date.as_ref()) {
        if date(given).is_none() {
            problems.push(format!("act.date `{given}` is not a date (YYYY-MM-DD)"));
        }
    }
    if sources.clause.trim().is_empty() {
        problems.push("clause is empty: give the article the fact rests on".to_owned());
    }
    crate::source::check_address_and_evidence(sources.address.as_deref(), sources.evidence, problems);
    known_confidence(&sources.confidence, problems);
    if sources.address.is_none() && sources.evidence.is_empty() && sources.confidence != "unconfirmed" {
        problems.push("no address and no evidence: only an unconfirmed estimate may have neither".to_owned());
    }
    if estimate.is_some() && sources.confidence != "unconfirmed" {
        problems.push(format!("an estimate is `{}`: an estimate is unconfirmed until its date is announced", sources.confidence));
    }
    let identified = sources
        .act
        .as_ref()
        .is_some_and(|act| act.number.as_ref().is_some_and(|number| !number.trim().is_empty()) || act.date.is_some());
    if sources.confidence == "confirmed" && !identified && sources.address.is_none() && sources.evidence.len() < 2 {
        problems.push(
            "confirmed without an act: give the act's number or date, an official address or two pieces of evidence, or lower the confidence"
                .to_owned(),
        );
    }
}

/// The Rust of a fact's `source` (left out of the element's builds, which never show it).
fn source_rust(sources: &Sources, estimate: Option<&str>) -> String {
    let act = estimate.map_or_else(|| sources.act.as_ref().map_or("", |act| act.name.as_str()), |estimate| estimate);
    let evidence: Vec<String> = sources
        .evidence
        .iter()
        .map(|evidence| format!("Evidence {{ title: {:?}, url: {:?}, date: {:?} }}", evidence.title, evidence.address, evidence.date.as_deref()))
        .collect();
    format!(
        "#[cfg(not(feature = \"embed\"))] source: Source {{ act: {act:?}, clause: {:?}, url: {:?}, evidence: &[{}] }}",
        sources.clause,
        sources.address.as_deref().unwrap_or(""),
        evidence.join(", ")
    )
}

/// Checks the data file's `text` (named `file` in the messages) against the holiday names
/// `holidays`: the Rust source of the calendar's constants, or every problem found.
pub fn check(text: &str, file: &str, holidays: &[String]) -> Result<String, Vec<String>> {
    let parsed: File = toml::from_str(text).map_err(|error| vec![format!("{file}: {}", error.to_string().trim_end())])?;
    let mut all = Vec::new();
    let mut out = String::from("// Generated by build.rs (build/calendar.rs) from data/calendar.toml: edit that file, not this one.\n\n");
    let ymd = |(year, month, day): (u16, u8, u8)| format!("ymd({year}, {month}, {day})");
    let confidence = |name: &str| format!("Confidence::{}", pascal(name));

    // The years first: they decide what the calendar covers, which the other facts are checked against.
    let mut years = String::from("/// The years the calendar covers, each official or projected, with its working days on the five-day week.\npub const YEARS: &[YearStatus] = &[\n");
    for (index, entry) in parsed.year.iter().enumerate() {
        let mut problems = Vec::new();
        if let Some(other) = parsed.year[..index].iter().position(|other| other.year == entry.year) {
            problems.push(format!("duplicate: year entry {} is the same year", other + 1));
        } else if let Some(previous) = index.checked_sub(1).map(|previous| &parsed.year[previous]) {
            if entry.year != previous.year + 1 {
                problems.push(format!("the years must follow each other without a gap: {} comes after {}", entry.year, previous.year));
            }
        }
        if !(200..=366).contains(&entry.working_days) {
            problems.push(format!("{} working days is not a year's", entry.working_days));
        }
        known_confidence(&entry.confidence, &mut problems);
        if !STATUSES.contains(&entry.status.as_str()) {
            problems.push(format!("status `{}`; expected {}", entry.status, STATUSES.join(", ")));
        }
        if entry.status == "official" {
            if let Some(projected) = parsed.year[..index].iter().find(|other| other.status == "projected") {
                problems.push(format!(
                    "an official year after the projected year {}: a projection cannot precede a published calendar",
                    projected.year
                ));
            }
        }
        if entry.status == "projected" && entry.confidence == "confirmed" {
            problems.push("a projected year is confirmed: a projection is at most likely".to_owned());
        }
        if entry.basis.trim().is_empty() {
            problems.push("basis is empty: say what the year's calendar rests on".to_owned());
        }
        let place = format!("{file}: year entry {} ({})", index + 1, entry.year);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        let _ = writeln!(
            years,
            "    YearStatus {{ year: {}, status: CalendarStatus::{}, working_days: {}, confidence: {}, #[cfg(not(feature = \"embed\"))] basis: {:?} }},",
            entry.year,
            pascal(&entry.status),
            entry.working_days,
            confidence(&entry.confidence),
            entry.basis
        );
    }
    years.push_str("];\n");
    let (first, last) = match (parsed.year.first(), parsed.year.last()) {
        (Some(first), Some(last)) => (first.year, last.year),
        _ => {
            all.push(format!("{file}: no [[year]] entry: the calendar covers the years listed there"));
            (0, -1)
        }
    };
    let year_of = |year: i32| parsed.year.iter().find(|entry| entry.year == year);
    let day_count: i32 = (first..=last).map(|year| if leap(year) { 366 } else { 365 }).sum();
    let _ = writeln!(
        out,
        "/// The first and last year the calendar covers, and its number of days.\npub const FIRST_YEAR: i32 = {first};\npub const LAST_YEAR: i32 = {last};\npub const DAY_COUNT: usize = {day_count};\n"
    );

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
        sourced(&sources!(entry), None, &mut problems);
        let place = format!("{file}: fixed entry {} (`{}` on {:02}-{:02})", index + 1, entry.holiday, entry.month, entry.day);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        let _ = writeln!(
            out,
            "    FixedHoliday {{ holiday: Holiday::{}, month: {}, day: {}, from_year: {}, to_year: {to_year}, moves_off_weekend: {}, confidence: {},\n        {} }},",
            pascal(&entry.holiday),
            entry.month,
            entry.day,
            entry.from_year,
            entry.moves_off_weekend,
            confidence(&entry.confidence),
            source_rust(&sources!(entry), None)
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
                match year_of(i32::from(year)) {
                    None => problems.push(format!("{year} is not a year of the calendar (a [[year]] entry)")),
                    Some(covered) if entry.estimate.is_some() && covered.status == "official" => problems.push(format!(
                        "an estimate in the official year {year}: an official year's Kurban Ait has been announced (give the act)"
                    )),
                    Some(_) => {}
                }
            }
        }
        sourced(&sources!(entry), entry.estimate.as_deref(), &mut problems);
        let place = format!("{file}: kurbanAit entry {} ({})", index + 1, entry.date);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        if let Some(day) = day {
            let _ = writeln!(
                out,
                "    MovableHoliday {{ holiday: Holiday::KurbanAit, date: {}, moves_off_weekend: false, estimated: {}, confidence: {},\n        {} }},",
                ymd(day),
                entry.estimate.is_some(),
                confidence(&entry.confidence),
                source_rust(&sources!(entry), entry.estimate.as_deref())
            );
        }
    }
    for year in first..=last {
        if !parsed.kurban_ait.iter().any(|entry| date(&entry.date).is_some_and(|d| i32::from(d.0) == year)) {
            all.push(format!("{file}: year {year} has no [[kurbanAit]] entry: give its date, or an estimate in a projected year"));
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
        for (year, ..) in [working, off].into_iter().flatten() {
            match year_of(i32::from(year)) {
                None => problems.push(format!("{year} is not a year of the calendar (a [[year]] entry)")),
                Some(covered) if covered.status == "projected" => problems.push(format!(
                    "a transfer in the projected year {year}: a year whose transfer order is known is official (its status)"
                )),
                Some(_) => {}
            }
        }
        sourced(&sources!(entry), None, &mut problems);
        let act_id = entry.act.as_ref().and_then(|act| act.id.as_deref()).unwrap_or("");
        if let Some(act) = &entry.act {
            if !is_act_id(act_id) {
                problems.push(format!("act.id `{act_id}` is not an id: a transfer's act is named in data/words/*.toml [act] by a camelCase id (`transfer2024`)"));
            }
            if !act.name.is_empty() {
                problems.push("act.name: a transfer's act is named in data/words/*.toml [act], by its id".to_owned());
            }
        }
        let place = format!("{file}: transfer entry {} ({} to {})", index + 1, entry.working_day, entry.day_off);
        all.extend(problems.into_iter().map(|problem| format!("{place}: {problem}")));
        if let (Some(working), Some(off)) = (working, off) {
            let _ = writeln!(
                out,
                "    Transfer {{ working_day: {}, day_off: {}, act: crate::text::table_act_name(ActId::{act}), act_id: ActId::{act}, confidence: {},\n        {} }},",
                ymd(working),
                ymd(off),
                confidence(&entry.confidence),
                source_rust(&sources!(entry), None),
                act = pascal(act_id),
            );
        }
    }
    out.push_str("];\n\n");
    out.push_str(&years);
    if all.is_empty() {
        Ok(out)
    } else {
        Err(all)
    }
}
