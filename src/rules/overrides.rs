//! The site owner's overrides of rule parameters: a law firm may put its own verified value or
//! reading in place of a built-in one. Each override is checked against the rule table, as the
//! data file's entries are checked at build time (a known id; the kind of value the parameter
//! takes: a single number, a range, true/false, within its unit's bounds; dates in order); an
//! invalid one is reported with its path and left out, so the built-in value stays. A value is
//! always in the parameter's own unit: an override has no `unit` field, and one given is reported
//! as an unknown field.
//!
//! ```
//! use kz_work_permit::rules::{parse_overrides, ParameterId, RuleBook, SetBy, Value};
//! let (rows, problems) = parse_overrides(r#"{"parameters": [
//!   {"id": "feeGeneralPermit", "value": {"min": 150, "max": 230}, "citation": "Decree No. 819, table row B, checked by Karatau Legal"},
//!   {"id": "reviewWorkingDays", "value": "six", "citation": "our reading"}
//! ]}"#);
//! assert_eq!(problems.len(), 1);
//! assert_eq!(problems[0].path, "parameters[1].value");
//! let book = RuleBook::with_overrides(rows);
//! let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
//! let fee = book.get(ParameterId::FeeGeneralPermit, date).unwrap();
//! assert_eq!((fee.value, fee.set_by), (Value::Range { min: 150, max: 230 }, SetBy::SiteOwner));
//! ```

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use serde::de::Deserializer;

use crate::lenient::{self, Leaf, Node, Part};

use super::table::{ParameterId, PARAMETERS};
use super::{Citation, Confidence, Parameter, SetBy, Unit, Value};

/// One problem with the overrides, with the path of the offending field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct OverrideError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for OverrideError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The clause shown for every overridden value.
pub const SET_BY_SITE_OWNER: &str = "set by the site owner";

/// Parses overrides given as JSON text: `{"parameters": [{id, value, citation, url?, effectiveFrom?,
/// effectiveTo?, confidence?}]}` (a bare array of overrides is accepted too). Returns the valid
/// rows and a problem for every invalid field; invalid overrides are left out whole.
pub fn parse_overrides(json: &str) -> (Vec<Parameter>, Vec<OverrideError>) {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    match read_overrides(&mut deserializer).map(|raw| (raw, deserializer.end())) {
        Ok((raw, Ok(()))) => check_overrides(raw),
        Ok((_, Err(error))) | Err(error) => (Vec::new(), vec![problem("", &format!("not valid JSON: {error}"))]),
    }
}

/// The overrides as read, before they are checked against the table.
pub struct RawOverrides {
    top: Node,
}

/// How deep the overrides are read: the object, its `parameters` array, each override, and a
/// range's `{min, max}`; anything deeper is a wrong value, kept as `Leaf::Compound` to report it.
const DEPTH: usize = 4;

/// Reads overrides from a serde deserializer (serde_json's or serde-wasm-bindgen's) into the
/// lenient form that [`check_overrides`] checks.
pub fn read_overrides<'de, D: Deserializer<'de>>(deserializer: D) -> Result<RawOverrides, D::Error> {
    Ok(RawOverrides { top: Node::read(deserializer, DEPTH)? })
}

/// Checks read overrides against the rule table: the valid rows, and a problem for every invalid
/// field (an invalid override is left out whole, so the built-in value stays).
pub fn check_overrides(raw: RawOverrides) -> (Vec<Parameter>, Vec<OverrideError>) {
    let (items, prefix) = match raw.top {
        Node::List(items) => (items, ""),
        Node::Object(fields) => {
            let ([parameters], unknown) = lenient::fields(fields, ["parameters"]);
            if let Some(key) = unknown.first() {
                return (Vec::new(), vec![problem(key, "unknown field; the overrides object has only `parameters`")]);
            }
            match parameters {
                Some(Node::List(items)) => (items, "parameters"),
                _ => return (Vec::new(), vec![problem("parameters", "expected an array of overrides")]),
            }
        }
        Node::Leaf(_) => return (Vec::new(), vec![problem("", "expected an object with a `parameters` array")]),
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        match one(item, &format!("{prefix}[{index}]")) {
            Ok(row) => rows.push(row),
            Err(mut found) => problems.append(&mut found),
        }
    }
    (rows, problems)
}

/// The fields an override has, as the site owner writes them, in the order [`one`] reads them.
const OVERRIDE_FIELDS: [&str; 7] = ["id", "value", "citation", "url", "effectiveFrom", "effectiveTo", "confidence"];

/// A range's fields, in the order [`RawRange`] has them.
const RANGE_FIELDS: [&str; 2] = ["min", "max"];

/// A value given as an object: a range's bounds (its other fields are not read).
struct RawRange {
    min: Option<Leaf>,
    max: Option<Leaf>,
}

/// A value as read: an object as a range, anything else as a leaf.
fn part(value: Node) -> Part<RawRange> {
    match value {
        Node::Object(fields) => {
            let ([min, max], _) = lenient::fields(fields, RANGE_FIELDS);
            Part::Object(RawRange { min: min.map(Node::into_leaf), max: max.map(Node::into_leaf) })
        }
        other => Part::Other(other.into_leaf()),
    }
}

fn problem(path: &str, message: &str) -> OverrideError {
    OverrideError { path: path.to_owned(), message: message.to_owned() }
}

fn one(item: Node, path: &str) -> Result<Parameter, Vec<OverrideError>> {
    let Node::Object(fields) = item else {
        return Err(vec![problem(path, "expected an object {id, value, citation}")]);
    };
    let ([id, value, citation, url, effective_from, effective_to, confidence], unknown) = lenient::fields(fields, OVERRIDE_FIELDS);
    let leaf = |field: Option<Node>| field.map(Node::into_leaf);
    let (id, citation, url, effective_from, effective_to, confidence) =
        (leaf(id), leaf(citation), leaf(url), leaf(effective_from), leaf(effective_to), leaf(confidence));
    let mut problems = Vec::new();
    let at = |field: &str| format!("{path}.{field}");
    for key in &unknown {
        problems.push(problem(&at(key), &format!("unknown field; expected one of {}", OVERRIDE_FIELDS.join(", "))));
    }

    let id = match &id {
        Some(Leaf::Text(text)) => match ParameterId::from_name(text) {
            Some(id) => Some(id),
            None => {
                problems.push(problem(&at("id"), &format!("unknown parameter `{text}`; the rules page lists every id")));
                None
            }
        },
        _ => {
            problems.push(problem(&at("id"), "required: the parameter id, such as \"feeGeneralPermit\""));
            None
        }
    };
    let built_in = id.and_then(|id| PARAMETERS.iter().rev().find(|row| row.id == id));
    let value = match (built_in, value.map(part)) {
        (_, None) => {
            problems.push(problem(&at("value"), "required"));
            None
        }
        (None, Some(_)) => None,
        (Some(row), Some(given)) => match value_for(row, given) {
            Ok(value) => Some(value),
            Err(message) => {
                problems.push(problem(&at("value"), &message));
                None
            }
        },
    };
    let citation = match &citation {
        Some(Leaf::Text(text)) if !text.trim().is_empty() => Some(text.trim().to_owned()),
        _ => {
            problems.push(problem(&at("citation"), "required: the firm's own citation text for this value"));
            None
        }
    };
    let url = match &url {
        None | Some(Leaf::Null) => String::new(),
        Some(Leaf::Text(url)) if url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/') => url.clone(),
        Some(_) => {
            problems.push(problem(&at("url"), "expected an http(s) URL or a path"));
            String::new()
        }
    };
    let date = |field: &str, given: &Option<Leaf>, problems: &mut Vec<OverrideError>| {
        let parsed = match given {
            None | Some(Leaf::Null) => return None,
            Some(Leaf::Text(text)) => crate::lenient::parse_iso_date(text),
            Some(_) => None,
        };
        if parsed.is_none() {
            problems.push(problem(&at(field), "expected a date as YYYY-MM-DD"));
        }
        parsed
    };
    let from = date("effectiveFrom", &effective_from, &mut problems);
    let to = date("effectiveTo", &effective_to, &mut problems);
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            problems.push(problem(&at("effectiveTo"), "must not be before effectiveFrom"));
        }
    }
    let confidence = match &confidence {
        None | Some(Leaf::Null) => Confidence::Confirmed,
        Some(given) => {
            let named = match given {
                Leaf::Text(text) => Confidence::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(text)).ok(),
                _ => None,
            };
            named.unwrap_or_else(|| {
                problems.push(problem(&at("confidence"), "expected confirmed, likely or unconfirmed"));
                Confidence::Confirmed
            })
        }
    };

    match (id, built_in, value, citation) {
        (Some(id), Some(row), Some(value), Some(citation)) if problems.is_empty() => Ok(Parameter {
            id,
            value,
            unit: row.unit,
            day_kind: row.day_kind,
            effective_from: from.unwrap_or(NaiveDate::MIN),
            effective_to: to,
            citation: Citation { act: Cow::Owned(citation), act_id: None, clause: Cow::Borrowed(SET_BY_SITE_OWNER), clause_id: None, url: Cow::Owned(url) },
            confidence,
            set_by: SetBy::SiteOwner,
        }),
        _ => Err(problems),
    }
}

/// The message for a range parameter given something else, or a range without min or max.
const NEEDS_RANGE: &str = "expected a range {\"min\", \"max\"}";

/// The range parameters whose engine also takes a single figure.
const SINGLE_FIGURE_FOR_RANGE: &[ParameterId] = &[ParameterId::FeeGeneralPermit];

/// The value `given` as the kind the built-in `row` (the parameter's latest) takes, within the
/// bounds of its unit: a range only for a parameter whose value is a range, a single number only
/// for one whose value is not (or that is in [`SINGLE_FIGURE_FOR_RANGE`]).
fn value_for(row: &Parameter, given: Part<RawRange>) -> Result<Value, String> {
    // A table of rates (the general permit's fee by category and sector group) is overridden as a
    // range or a single figure: a firm gives the rate it has checked for its hires, and the engine
    // applies it whatever the category and the sector.
    let range = Value::Range { min: 0, max: 0 };
    let built_in = if matches!(row.value, Value::Rates(_)) { &range } else { &row.value };
    let maximum: u32 = match row.unit {
        Unit::Percent => 100,
        Unit::Days => 3650,
        Unit::Months => 120,
        Unit::Years | Unit::Extensions => 50,
        Unit::Employees => 1_000_000,
        // An income limit is only compared, never multiplied.
        Unit::Mci if row.id == ParameterId::SmallBusinessMaxAverageIncomeMci => 10_000_000,
        // A fee: times the MCI in tenge (at most 10,000,000) times the hires (at most 1,000,000),
        // the total stays within u64.
        Unit::Mci => 100_000,
        Unit::Tenge => 10_000_000,
        Unit::CountryCodes => return Err("this parameter (the list of EAEU states) cannot be overridden".into()),
        Unit::Rule => 1,
    };
    let number = |leaf: &Leaf| -> Result<u32, String> {
        Some(leaf)
            .and_then(|leaf| if let Leaf::Number(n) = leaf { Some(*n) } else { None })
            .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(maximum)).contains(n))
            .map(|n| n as u32)
            .ok_or_else(|| format!("expected a whole number from 0 to {maximum} ({})", crate::wire_name(&row.unit)))
    };
    match (row.unit, built_in, given) {
        (Unit::Rule, _, Part::Other(Leaf::Bool(flag))) => Ok(Value::Flag(flag)),
        (Unit::Rule, _, _) => Err("expected true or false".into()),
        (_, Value::Bands(_) | Value::Choices(_), _) => Err("this parameter (a table of bands or choices) cannot be overridden".into()),
        // The other kind: a single number for a range parameter, a range for a single-number one.
        (_, Value::Range { .. }, Part::Other(_)) if !SINGLE_FIGURE_FOR_RANGE.contains(&row.id) => Err(NEEDS_RANGE.into()),
        (_, value, Part::Object(_)) if !matches!(value, Value::Range { .. }) => number(&Leaf::Null).map(Value::Number),
        (_, _, Part::Object(RawRange { min, max })) => {
            let (Some(min), Some(max)) = (min, max) else { return Err(NEEDS_RANGE.into()) };
            let (min, max) = (number(&min)?, number(&max)?);
            if min > max {
                return Err("min must not be greater than max".into());
            }
            Ok(Value::Range { min, max })
        }
        (_, _, Part::Other(leaf)) => number(&leaf).map(Value::Number),
    }
}
