//! The rule table's data file, `data/rules.toml`: read, checked and turned into the static
//! `PARAMETERS` table (`OUT_DIR/parameters.rs`, included by `src/rules/table.rs`) at build time, so
//! nothing is parsed at run time. A bad file fails the build with the file, the entry (its number,
//! id and from-date) and the reason.
//!
//! `build.rs` calls [`build`]; `tests/rules_data.rs` includes this file too and calls [`check`] on
//! bad files, one per mistake. Everything but [`build`] works on strings, without I/O.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::source::{is_act_id, pascal, Clause, Evidence};

/// The data file, relative to the crate's root.
pub const DATA_FILE: &str = "data/rules.toml";
/// The source that declares `ParameterId` and `SectorGroup`, whose variants the data file's ids
/// and the fee rates' sector groups must match.
pub const ID_SOURCE: &str = "src/rules/table.rs";
/// The source that declares `RULE_SETS`, whose start dates the coverage check reads.
pub const RULE_SET_SOURCE: &str = "src/rules/mod.rs";

/// The value kinds each unit takes (a number of days may be a range or "not required", a
/// percentage only a number, and so on); every unit also takes "unknown" except the country list.
pub const KINDS_BY_UNIT: &[(&str, &[Kind])] = &[
    ("days", &[Kind::Number, Kind::Range, Kind::NotRequired, Kind::Unknown]),
    ("months", &[Kind::Number, Kind::Range, Kind::Choices, Kind::Unknown]),
    ("years", &[Kind::Number, Kind::Range, Kind::Choices, Kind::Unknown]),
    ("percent", &[Kind::Number, Kind::Unknown]),
    ("employees", &[Kind::Number, Kind::Unlimited, Kind::Unknown]),
    ("extensions", &[Kind::Number, Kind::Unlimited, Kind::Unknown]),
    ("mci", &[Kind::Number, Kind::Range, Kind::Bands, Kind::Rates, Kind::Unknown]),
    ("tenge", &[Kind::Number, Kind::Unknown]),
    ("countryCodes", &[Kind::Codes]),
    ("rule", &[Kind::Flag, Kind::Unknown]),
];

const CONFIDENCES: &[&str] = &["confirmed", "likely", "unconfirmed"];
const DAY_KINDS: &[&str] = &["calendar", "working"];

/// The kinds of value an entry can have, as the engine's `Value` has them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Number,
    Range,
    Choices,
    Bands,
    Rates,
    Codes,
    Flag,
    Unlimited,
    NotRequired,
    Unknown,
}

impl Kind {
    fn describe(self) -> &'static str {
        match self {
            Kind::Number => "a number",
            Kind::Range => "a range {min, max}",
            Kind::Choices => "a list of numbers",
            Kind::Bands => "a list of bands {maxDays, mci}",
            Kind::Rates => "a list of rates {category, sectorGroup, mci}",
            Kind::Codes => "a list of country codes",
            Kind::Flag => "true or false",
            Kind::Unlimited => "\"unlimited\"",
            Kind::NotRequired => "\"notRequired\"",
            Kind::Unknown => "\"unknown\"",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct File {
    /// The day up to which the rules were checked against their sources ("rules checked to").
    checked_to: Option<toml::value::Datetime>,
    #[serde(default)]
    parameter: Vec<Entry>,
}

/// The file's `checkedTo` date as Rust: `pub const RULES_CHECKED_TO: &str = "YYYY-MM-DD";`.
pub fn generate_checked_to(text: &str, file: &str) -> Result<String, Vec<String>> {
    let parsed: File = toml::from_str(text).map_err(|error| vec![format!("{file}: {}", error.to_string().trim_end())])?;
    match parsed.checked_to.and_then(|datetime| datetime.date) {
        Some(date) if datetime_is_date(&parsed.checked_to) => Ok(format!(
            "/// The day up to which the rules were checked against their sources (data/rules.toml `checkedTo`).\npub const RULES_CHECKED_TO: &str = \"{:04}-{:02}-{:02}\";\n",
            date.year, date.month, date.day
        )),
        _ => Err(vec![format!("{file}: `checkedTo` must be a date (YYYY-MM-DD) at the top of the file: the day the rules were last checked")]),
    }
}

fn datetime_is_date(datetime: &Option<toml::value::Datetime>) -> bool {
    datetime.as_ref().is_some_and(|datetime| datetime.time.is_none() && datetime.offset.is_none())
}

/// One `[[parameter]]` entry as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Entry {
    id: String,
    value: toml::Value,
    unit: String,
    day_kind: Option<String>,
    from: toml::value::Datetime,
    to: Option<toml::value::Datetime>,
    act: Act,
    clause: Option<toml::Value>,
    note: Option<String>,
    address: Option<String>,
    #[serde(default)]
    evidence: Vec<Evidence>,
    confidence: String,
    #[allow(dead_code)]
    source: Option<String>,
}

/// The act an entry rests on: `act = { id, number, date }`. The id names the act; its name, as
/// shown to users, is in each language's words (`data/words/*.toml` [act], build/words.rs), so a
/// name is typed once per language however many entries cite it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Act {
    id: String,
    number: Option<String>,
    date: Option<toml::value::Datetime>,
}

/// A checked value, ready to be written as Rust.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Number(u32),
    Range { min: u32, max: u32 },
    Choices(Vec<u32>),
    Bands(Vec<(u32, u32)>),
    /// (category, sector group, MCI).
    Rates(Vec<(u32, String, u32)>),
    Codes(Vec<String>),
    Flag(bool),
    Unlimited,
    NotRequired,
    Unknown,
}

impl Value {
    fn kind(&self) -> Kind {
        match self {
            Value::Number(_) => Kind::Number,
            Value::Range { .. } => Kind::Range,
            Value::Choices(_) => Kind::Choices,
            Value::Bands(_) => Kind::Bands,
            Value::Rates(_) => Kind::Rates,
            Value::Codes(_) => Kind::Codes,
            Value::Flag(_) => Kind::Flag,
            Value::Unlimited => Kind::Unlimited,
            Value::NotRequired => Kind::NotRequired,
            Value::Unknown => Kind::Unknown,
        }
    }
}

/// A date as (year, month, day); ordered as dates are.
pub type Date = (u16, u8, u8);

/// A checked entry: what one row of `PARAMETERS` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub value: Value,
    pub unit: String,
    pub day_kind: Option<String>,
    pub from: Date,
    pub to: Option<Date>,
    /// The act's id (camelCase, a variant of the generated `ActId`).
    pub act: String,
    /// The clause verified, as a reference each language writes (`None`: none was verified).
    pub clause: Option<Clause>,
    /// What the data says about the source in English (the rules page's only).
    pub note: String,
    /// The citation's address: the act's official address, or empty. A secondary source is never
    /// a citation's address: it is evidence, shown on the rules page only.
    pub url: String,
    pub confidence: String,
    /// The secondary sources read: title, address and date (as far as known), for the rules page.
    pub evidence: Vec<(String, String, Option<String>)>,
}

/// Reads the data file and the id source, writes `OUT_DIR/parameters.rs`; a bad file stops the
/// build with every problem found.
///
/// Returns the act ids the entries use and their clauses (once each), for the words' check and
/// the clauses' texts (build/words.rs).
pub fn build() -> (Vec<String>, Vec<Clause>) {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    println!("cargo:rerun-if-changed={ID_SOURCE}");
    println!("cargo:rerun-if-changed={RULE_SET_SOURCE}");
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let (text, ids, sets) = (read(DATA_FILE), read(ID_SOURCE), read(RULE_SET_SOURCE));
    let starts = rule_set_starts(&sets).unwrap_or_else(|error| panic!("{RULE_SET_SOURCE}: {error}"));
    let rows = check(&text, DATA_FILE, &names(&ids), &starts);
    crate::source::write_or_fail(DATA_FILE, "parameters.rs", rows.as_ref().map(|rows| generate(rows)).map_err(Clone::clone));
    let clauses = clauses(rows.as_deref().unwrap_or_default());
    crate::source::write_or_fail(DATA_FILE, "clauses.rs", Ok(generate_clause_ids(&clauses)));
    crate::source::write_or_fail(DATA_FILE, "evidence.rs", rows.map(|rows| generate_evidence(&rows)));
    crate::source::write_or_fail(DATA_FILE, "checked_to.rs", generate_checked_to(&text, DATA_FILE));
    // `acts.rs` is written by build.rs, with the calendar's transfer acts.
    let acts = act_ids(&text, DATA_FILE);
    if let Err(problems) = &acts {
        crate::source::write_or_fail(DATA_FILE, "acts.rs", Err(problems.clone()));
    }
    (acts.unwrap_or_default(), clauses)
}

/// The clauses the rows cite, once each, in the order of first use.
pub fn clauses(rows: &[Row]) -> Vec<Clause> {
    let mut clauses: Vec<Clause> = Vec::new();
    for clause in rows.iter().filter_map(|row| row.clause.as_ref()) {
        if !clauses.contains(clause) {
            clauses.push(clause.clone());
        }
    }
    clauses
}

/// The Rust of `ClauseId`: one variant per clause the rows cite (`{ article = "616", point = "1" }`
/// → `Art616P1`); each language's text is generated from its [clause] words (build/words.rs).
pub fn generate_clause_ids(clauses: &[Clause]) -> String {
    let mut out = String::from(
        "// Generated by build.rs (build/rules.rs) from the clauses of data/rules.toml: edit that file, not this one.\n\n\
         /// A clause the rules cite, by its reference in `data/rules.toml`; each language writes it\n\
         /// with its [clause] words (`data/words/*.toml`, `text::clause_text`).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub enum ClauseId {\n",
    );
    for clause in clauses {
        let _ = writeln!(out, "    {},", clause.variant());
    }
    out.push_str("}\n");
    out
}

/// The act ids the data file's entries use, once each, in the order of first use; or the file's
/// problem when it is not readable (the build reports it with the others).
pub fn act_ids(text: &str, file: &str) -> Result<Vec<String>, Vec<String>> {
    let parsed: File = toml::from_str(text).map_err(|error| vec![format!("{file}: {}", error.to_string().trim_end())])?;
    let mut ids: Vec<String> = Vec::new();
    for entry in parsed.parameter {
        if is_act_id(&entry.act.id) && !ids.contains(&entry.act.id) {
            ids.push(entry.act.id);
        }
    }
    Ok(ids)
}


/// The Rust of `ActId`: one variant per act id the data file uses (`order279` → `Order279`).
pub fn generate_acts(ids: &[String]) -> String {
    let mut out = String::from(
        "// Generated by build.rs (build/rules.rs) from the act ids of data/rules.toml and data/calendar.toml's transfers: edit those files, not this one.\n\n\
         /// An act the rules or a transfer of a day off rest on, by its id in the data files; its name in each language is in\n\
         /// `data/words/*.toml` [act] (`text::act_name`).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n\
         pub enum ActId {\n",
    );
    for id in ids {
        let _ = writeln!(out, "    {},", pascal(id));
    }
    out.push_str("}\n");
    out
}

/// The names the data file may use, read from the enums of the id source.
pub struct Names {
    /// The parameter ids: the variants of `ParameterId`.
    pub ids: Vec<String>,
    /// The sector groups of the fee rates: the variants of `SectorGroup`.
    pub sector_groups: Vec<String>,
}

/// The names of the id source `source`.
pub fn names(source: &str) -> Names {
    Names { ids: variants(source), sector_groups: crate::source::serde_names(source, "SectorGroup") }
}
/// The start dates of `RULE_SETS` in `source` (`starts: table::ymd(2025, 9, 1)`), oldest first.
pub fn rule_set_starts(source: &str) -> Result<Vec<Date>, String> {
    let body = source.split_once("pub const RULE_SETS").ok_or("no `pub const RULE_SETS`")?.1;
    let mut starts = Vec::new();
    for after in body.split("starts: table::ymd(").skip(1) {
        let numbers: Vec<&str> = after.split(')').next().unwrap_or("").split(',').map(str::trim).collect();
        let start = match numbers[..] {
            [year, month, day] => year.parse().ok().zip(month.parse().ok()).zip(day.parse().ok()).map(|((y, m), d)| (y, m, d)),
            _ => None,
        };
        starts.push(start.ok_or_else(|| format!("a rule set's start is not `table::ymd(year, month, day)`: {}", after.lines().next().unwrap_or("")))?);
    }
    if starts.is_empty() || starts.windows(2).any(|pair| pair[0] >= pair[1]) {
        return Err("RULE_SETS must list their starts (`starts: table::ymd(..)`) oldest first".to_owned());
    }
    Ok(starts)
}

/// The serde (camelCase) names of the variants of `pub enum ParameterId` in `source`.
pub fn variants(source: &str) -> Vec<String> {
    crate::source::serde_names(source, "ParameterId")
}

/// Checks the data file's `text` (named `file` in the messages) against the names of the id source
/// (`names`: the parameter ids and the sector groups) and the rule sets starting on `rule_set_starts` (oldest first): the rows in file order, or
/// every problem found.
///
/// Besides each entry's own checks and the overlaps, "a rule set without a value for a parameter
/// it uses": a parameter is used from its first entry's `from` on, and the newest rule set uses
/// every parameter (the engine looks each id up). So (1) the entries of one id leave no day
/// uncovered between the first `from` and the last entry's end (a period whose value is not known
/// is an entry with `value = "unknown"`, never a hole), and (2) every id is in force on the newest
/// rule set's first day. Together they keep every id covered from its first entry through the
/// newest rule set's start. A parameter may end after that (a yearly value such as the MCI):
/// after its last entry the engine reports it unknown, as it does for an older rule set's date
/// before a parameter's first entry (a parameter the amendment introduced).
pub fn check(text: &str, file: &str, names: &Names, rule_set_starts: &[Date]) -> Result<Vec<Row>, Vec<String>> {
    let ids = &names.ids;
    let parsed: File = toml::from_str(text).map_err(|error| vec![format!("{file}: {}", error.to_string().trim_end())])?;
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    for (index, entry) in parsed.parameter.iter().enumerate() {
        let from = date(&entry.from);
        let place = format!(
            "{file}: entry {} (`{}` from {})",
            index + 1,
            entry.id,
            from.map_or_else(|| entry.from.to_string(), show)
        );
        let mut fail = |reason: String| problems.push(format!("{place}: {reason}"));
        match one(entry, &names.sector_groups) {
            Ok(row) => rows.push((index, row)),
            Err(reasons) => reasons.into_iter().for_each(&mut fail),
        }
        if !ids.contains(&entry.id) {
            fail(format!("unknown id `{}`: it is not a variant of ParameterId in {ID_SOURCE}", entry.id));
        }
    }

    // Across the entries of one id: one unit and day kind, no two entries from the same date, no
    // overlapping periods.
    let mut by_id: BTreeMap<&str, Vec<&(usize, Row)>> = BTreeMap::new();
    for row in &rows {
        by_id.entry(row.1.id.as_str()).or_default().push(row);
    }
    for entries in by_id.values_mut() {
        let (first_index, first) = entries[0];
        for (index, row) in entries.iter().skip(1).map(|entry| (entry.0, &entry.1)) {
            let place = format!("{file}: entry {} (`{}` from {})", index + 1, row.id, show(row.from));
            if row.unit != first.unit {
                problems.push(format!(
                    "{place}: unit `{}`, but the parameter takes `{}` (entry {})",
                    row.unit,
                    first.unit,
                    first_index + 1
                ));
            }
            if row.day_kind != first.day_kind {
                problems.push(format!("{place}: day kind differs from entry {}'s", first_index + 1));
            }
        }
        entries.sort_by_key(|entry| entry.1.from);
        for pair in entries.windows(2) {
            let ((earlier_index, earlier), (index, row)) = ((pair[0].0, &pair[0].1), (pair[1].0, &pair[1].1));
            let place = format!("{file}: entry {} (`{}` from {})", index + 1, row.id, show(row.from));
            if earlier.from == row.from {
                problems.push(format!("{place}: duplicate entry: entry {} has the same id and from-date", earlier_index + 1));
            } else if earlier.to.is_none_or(|to| to >= row.from) {
                problems.push(format!(
                    "{place}: overlapping periods: entry {} (from {}{}) is still in force on {}",
                    earlier_index + 1,
                    show(earlier.from),
                    earlier.to.map_or_else(|| ", with no end".to_owned(), |to| format!(" to {}", show(to))),
                    show(row.from)
                ));
            }
        }
    }
    for (id, entries) in &by_id {
        for problem in coverage(id, entries, rule_set_starts) {
            problems.push(format!("{file}: `{id}`: {problem}"));
        }
    }
    for id in ids {
        if !by_id.contains_key(id.as_str()) && !parsed.parameter.iter().any(|entry| &entry.id == id) {
            problems.push(format!("{file}: no entry for `{id}` (a variant of ParameterId in {ID_SOURCE})"));
        }
    }
    if problems.is_empty() {
        Ok(rows.into_iter().map(|(_, row)| row).collect())
    } else {
        Err(problems)
    }
}

/// The coverage problems of one id's entries, sorted by their from-date (see [`check`]).
fn coverage(id: &str, entries: &[&(usize, Row)], rule_set_starts: &[Date]) -> Vec<String> {
    let mut problems = Vec::new();
    for pair in entries.windows(2) {
        let ((earlier_index, earlier), (index, row)) = ((pair[0].0, &pair[0].1), (pair[1].0, &pair[1].1));
        if let Some(to) = earlier.to.filter(|&to| next_day(to) < row.from) {
            problems.push(format!(
                "a rule set without a value: no entry covers {} to {}, between entry {} (to {}) and entry {} (from {}); \
                 give the period its value, or `value = \"unknown\"`",
                show(next_day(to)),
                show(previous_day(row.from)),
                earlier_index + 1,
                show(to),
                index + 1,
                show(row.from)
            ));
        }
    }
    let in_force = |date: Date| entries.iter().any(|(_, row)| row.from <= date && row.to.is_none_or(|to| date <= to));
    if let Some(&newest) = rule_set_starts.last() {
        if !in_force(newest) {
            problems.push(format!(
                "a rule set without a value: the rule set starting {} uses every parameter, but no entry of `{id}` is in force on that day",
                show(newest)
            ));
        }
    }
    problems
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

fn next_day((year, month, day): Date) -> Date {
    if day < days_in_month(year, month) {
        (year, month, day + 1)
    } else if month < 12 {
        (year, month + 1, 1)
    } else {
        (year + 1, 1, 1)
    }
}

fn previous_day((year, month, day): Date) -> Date {
    if day > 1 {
        (year, month, day - 1)
    } else if month > 1 {
        (year, month - 1, days_in_month(year, month - 1))
    } else {
        (year - 1, 12, 31)
    }
}

fn show((year, month, day): Date) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// A date without a time or an offset, and a real one.
fn date(given: &toml::value::Datetime) -> Option<Date> {
    let (Some(date), None, None) = (given.date, given.time, given.offset) else { return None };
    (1..=days_in_month(date.year, date.month)).contains(&date.day).then_some((date.year, date.month, date.day))
}

pub use crate::source::is_official;

/// One entry's own checks (those that need no other entry).
fn one(entry: &Entry, sector_groups: &[String]) -> Result<Row, Vec<String>> {
    let mut problems = Vec::new();
    let kinds = KINDS_BY_UNIT.iter().find(|(unit, _)| *unit == entry.unit).map(|(_, kinds)| *kinds);
    if kinds.is_none() {
        let units: Vec<&str> = KINDS_BY_UNIT.iter().map(|(unit, _)| *unit).collect();
        problems.push(format!("unknown unit `{}`; expected one of {}", entry.unit, units.join(", ")));
    }
    let value = match value(&entry.value, sector_groups) {
        Ok(value) => {
            if let Some(kinds) = kinds.filter(|kinds| !kinds.contains(&value.kind())) {
                let allowed: Vec<&str> = kinds.iter().map(|kind| kind.describe()).collect();
                problems.push(format!(
                    "the value is {}, which unit `{}` does not take; it takes {}",
                    value.kind().describe(),
                    entry.unit,
                    allowed.join(", ")
                ));
            }
            Some(value)
        }
        Err(reason) => {
            problems.push(reason);
            None
        }
    };
    match (&entry.day_kind, entry.unit.as_str()) {
        (None, "days") => problems.push("a number of days needs dayKind (calendar or working)".to_owned()),
        (Some(kind), "days") if !DAY_KINDS.contains(&kind.as_str()) => {
            problems.push(format!("dayKind `{kind}`; expected calendar or working"))
        }
        (Some(_), unit) if unit != "days" => problems.push(format!("dayKind is for days only, not for `{unit}`")),
        _ => {}
    }
    let from = date(&entry.from);
    if from.is_none() {
        problems.push(format!("from `{}` is not a date (YYYY-MM-DD)", entry.from));
    }
    let to = entry.to.as_ref().map(|to| (to, date(to)));
    if let Some((given, None)) = &to {
        problems.push(format!("to `{given}` is not a date (YYYY-MM-DD)"));
    }
    let to = to.and_then(|(_, to)| to);
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            problems.push(format!("to {} is before from {}", show(to), show(from)));
        }
    }
    if !is_act_id(&entry.act.id) {
        problems.push(format!(
            "act.id `{}` is not an id: camelCase letters and digits (`order279`); the act's name goes in data/words/*.toml [act]",
            entry.act.id
        ));
    }
    if let Some(given) = &entry.act.date {
        if date(given).is_none() {
            problems.push(format!("act.date `{given}` is not a date (YYYY-MM-DD)"));
        }
    }
    let clause = match entry.clause.as_ref().map(Clause::read) {
        None => None,
        Some(Ok(clause)) => Some(clause),
        Some(Err(reason)) => {
            problems.push(reason);
            None
        }
    };
    if entry.note.as_ref().is_some_and(|note| note.trim().is_empty()) {
        problems.push("note is empty: give the note, or leave it out".to_owned());
    }
    crate::source::check_address_and_evidence(entry.address.as_deref(), &entry.evidence, &mut problems);
    if entry.address.is_none() && entry.evidence.is_empty() {
        problems.push("no address and no evidence: give the act's official address or a source".to_owned());
    }
    if !CONFIDENCES.contains(&entry.confidence.as_str()) {
        problems.push(format!("confidence `{}`; expected {}", entry.confidence, CONFIDENCES.join(", ")));
    }
    let identified = entry.act.number.as_ref().is_some_and(|number| !number.trim().is_empty()) || entry.act.date.is_some();
    let official = entry.address.as_deref().is_some_and(is_official);
    if entry.confidence == "confirmed" && !identified && !official {
        problems.push(
            "confirmed without an act: give the act's number or date (act.number, act.date) or an official address, or lower the confidence"
                .to_owned(),
        );
    }
    match (value, from) {
        (Some(value), Some(from)) if problems.is_empty() => Ok(Row {
            id: entry.id.clone(),
            value,
            unit: entry.unit.clone(),
            day_kind: entry.day_kind.clone(),
            from,
            to,
            act: entry.act.id.clone(),
            clause,
            note: entry.note.clone().unwrap_or_default(),
            url: entry.address.clone().unwrap_or_default(),
            confidence: entry.confidence.clone(),
            evidence: entry.evidence.iter().map(|e| (e.title.clone(), e.address.clone(), e.date.clone())).collect(),
        }),
        _ => Err(problems),
    }
}

fn number(value: &toml::Value) -> Option<u32> {
    value.as_integer().and_then(|n| u32::try_from(n).ok())
}

/// The value as written: a number, `{min, max}`, a list (of numbers, of codes, of bands or of
/// rates), true/false, or one of the words "unlimited", "notRequired", "unknown".
fn value(given: &toml::Value, sector_groups: &[String]) -> Result<Value, String> {
    use toml::Value as T;
    let not_a_number = |what: &str| format!("{what} must be a whole number from 0 to {}", u32::MAX);
    match given {
        T::Integer(_) => number(given).map(Value::Number).ok_or_else(|| not_a_number("the value")),
        T::Boolean(flag) => Ok(Value::Flag(*flag)),
        T::String(word) => match word.as_str() {
            "unlimited" => Ok(Value::Unlimited),
            "notRequired" => Ok(Value::NotRequired),
            "unknown" => Ok(Value::Unknown),
            other => Err(format!("value `{other}`: the words are unlimited, notRequired and unknown")),
        },
        T::Table(table) => {
            if let Some(key) = table.keys().find(|key| *key != "min" && *key != "max") {
                return Err(format!("value has `{key}`: a range has only min and max"));
            }
            let (Some(min), Some(max)) = (table.get("min"), table.get("max")) else {
                return Err("a range needs min and max".to_owned());
            };
            let (min, max) = (number(min).ok_or_else(|| not_a_number("min"))?, number(max).ok_or_else(|| not_a_number("max"))?);
            if min > max {
                return Err(format!("range min {min} is greater than max {max}"));
            }
            Ok(Value::Range { min, max })
        }
        T::Array(items) if items.is_empty() => Err("the list is empty".to_owned()),
        T::Array(items) => {
            if items.iter().all(T::is_integer) {
                let numbers: Option<Vec<u32>> = items.iter().map(number).collect();
                let numbers = numbers.ok_or_else(|| not_a_number("each choice"))?;
                if numbers.windows(2).any(|pair| pair[0] >= pair[1]) {
                    return Err("the choices must be in increasing order".to_owned());
                }
                Ok(Value::Choices(numbers))
            } else if items.iter().all(T::is_str) {
                let codes: Vec<String> = items.iter().filter_map(|item| item.as_str().map(str::to_owned)).collect();
                if let Some(code) = codes.iter().find(|code| code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase())) {
                    return Err(format!("`{code}` is not a two-letter country code"));
                }
                Ok(Value::Codes(codes))
            } else if items.iter().all(|item| item.as_table().is_some_and(|table| table.contains_key("category"))) {
                rates(items, sector_groups)
            } else if items.iter().all(T::is_table) {
                let mut bands = Vec::new();
                for item in items {
                    let table = item.as_table().expect("checked");
                    if table.len() != 2 {
                        return Err("a band has maxDays and mci only".to_owned());
                    }
                    let band = table.get("maxDays").and_then(number).zip(table.get("mci").and_then(number));
                    bands.push(band.ok_or_else(|| "a band needs maxDays and mci, whole numbers".to_owned())?);
                }
                if bands.windows(2).any(|pair| pair[0].0 >= pair[1].0) {
                    return Err("the bands must be in increasing order of maxDays".to_owned());
                }
                Ok(Value::Bands(bands))
            } else {
                Err("a list holds numbers (choices), country codes, bands {maxDays, mci} or rates {category, sectorGroup, mci}, one kind only".to_owned())
            }
        }
        other => Err(format!("a value cannot be a {}", other.type_str())),
    }
}

/// A fee table: one rate per worker category (1 to 4) and sector group, every pair given once, in
/// order of category and then of group (so the table reads as the act prints it).
fn rates(items: &[toml::Value], sector_groups: &[String]) -> Result<Value, String> {
    let mut rates = Vec::new();
    for item in items {
        let table = item.as_table().ok_or("a rate is a table {category, sectorGroup, mci}")?;
        if table.len() != 3 {
            return Err("a rate has category, sectorGroup and mci only".to_owned());
        }
        let category = table.get("category").and_then(number).filter(|category| (1..=4).contains(category));
        let category = category.ok_or("a rate's category is a whole number from 1 to 4")?;
        let group = table.get("sectorGroup").and_then(toml::Value::as_str).unwrap_or("");
        if !sector_groups.iter().any(|known| known == group) {
            return Err(format!("a rate's sectorGroup `{group}`; expected one of {}", sector_groups.join(", ")));
        }
        let mci = table.get("mci").and_then(number).ok_or("a rate's mci is a whole number")?;
        rates.push((category, group.to_owned(), mci));
    }
    let position = |group: &str| sector_groups.iter().position(|known| known == group);
    if rates.windows(2).any(|pair| (pair[0].0, position(&pair[0].1)) >= (pair[1].0, position(&pair[1].1))) {
        return Err("the rates must be in order of category and then of sector group, each pair once".to_owned());
    }
    let categories: Vec<u32> = rates.iter().map(|rate| rate.0).collect();
    for category in categories {
        if rates.iter().filter(|rate| rate.0 == category).count() != sector_groups.len() {
            return Err(format!("category {category} needs a rate for every sector group ({})", sector_groups.join(", ")));
        }
    }
    Ok(Value::Rates(rates))
}

/// The Rust source of the `PARAMETERS` static, for `src/rules/table.rs` to include: one `row(..)`
/// per entry, in the file's order.
pub fn generate(rows: &[Row]) -> String {
    let mut out = String::from(
        "// Generated by build.rs (build/rules.rs) from data/rules.toml: edit that file, not this one.\n\n\
         /// The built-in rule table, one row per parameter and period (from `data/rules.toml`).\n\
         pub static PARAMETERS: &[Parameter] = &[\n",
    );
    let date = |(year, month, day): Date| format!("ymd({year}, {month}, {day})");
    for row in rows {
        let value = match &row.value {
            Value::Number(n) => format!("Value::Number({n})"),
            Value::Range { min, max } => format!("Value::Range {{ min: {min}, max: {max} }}"),
            Value::Choices(choices) => {
                format!("Value::Choices(&[{}])", choices.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
            }
            Value::Bands(bands) => format!(
                "Value::Bands(&[{}])",
                bands.iter().map(|(days, mci)| format!("Band {{ max_days: {days}, mci: {mci} }}")).collect::<Vec<_>>().join(", ")
            ),
            Value::Rates(rates) => format!(
                "Value::Rates(&[{}])",
                rates
                    .iter()
                    .map(|(category, group, mci)| format!("Rate {{ category: {category}, sector_group: SectorGroup::{}, mci: {mci} }}", pascal(group)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Codes(codes) => {
                format!("Value::Codes(&[{}])", codes.iter().map(|code| format!("{code:?}")).collect::<Vec<_>>().join(", "))
            }
            Value::Flag(flag) => format!("Value::Flag({flag})"),
            Value::Unlimited => "Value::Unlimited".to_owned(),
            Value::NotRequired => "Value::NotRequired".to_owned(),
            Value::Unknown => "Value::Unknown".to_owned(),
        };
        let _ = writeln!(
            out,
            "    row(ParameterId::{}, {value}, Unit::{}, {}, {}, {}, cite(ActId::{}, {}, {:?}), Confidence::{}),",
            pascal(&row.id),
            pascal(&row.unit),
            row.day_kind.as_deref().map_or_else(|| "None".to_owned(), |kind| format!("Some(DayKind::{})", pascal(kind))),
            date(row.from),
            row.to.map_or_else(|| "None".to_owned(), |to| format!("Some({})", date(to))),
            pascal(&row.act),
            row.clause.as_ref().map_or_else(|| "None".to_owned(), |clause| format!("Some(ClauseId::{})", clause.variant())),
            row.url,
            pascal(&row.confidence),
        );
    }
    out.push_str("];\n");
    out
}

/// The Rust source of the `EVIDENCE` static: each row's evidence, in the order of `PARAMETERS`
/// (the rules page shows it; the element's builds leave it out).
pub fn generate_evidence(rows: &[Row]) -> String {
    let mut out = String::from(
        "// Generated by build.rs (build/rules.rs) from data/rules.toml: edit that file, not this one.\n\n\
         /// The evidence of each row of `PARAMETERS`, in the same order.\n\
         pub static EVIDENCE: &[&[Evidence]] = &[\n",
    );
    for row in rows {
        let items: Vec<String> = row
            .evidence
            .iter()
            .map(|(title, address, date)| format!("Evidence {{ title: {title:?}, address: {address:?}, date: {date:?} }}"))
            .collect();
        let _ = writeln!(out, "    &[{}],", items.join(", "));
    }
    out.push_str("];\n\n/// The note of each row of `PARAMETERS` (\"\" when none), in the same order: English, for the rules page.\npub static NOTES: &[&str] = &[\n");
    for row in rows {
        let _ = writeln!(out, "    {:?},", row.note);
    }
    out.push_str("];\n");
    out
}
