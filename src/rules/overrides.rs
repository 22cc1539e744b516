//! The site owner's overrides of rule parameters: a law firm may put its own verified value or
//! reading in place of a built-in one. Each override is checked against the rule table (a known
//! id, a value of the right kind and unit, dates in order); an invalid one is reported and left
//! out, so the built-in value stays.
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
use serde_json::Value as Json;

use super::table::{ParameterId, PARAMETERS};
use super::{Citation, Confidence, Parameter, SetBy, Unit, Value};

/// One problem with the overrides, with the path of the offending field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
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
    match serde_json::from_str::<Json>(json) {
        Ok(value) => overrides_from_value(&value),
        Err(error) => (Vec::new(), vec![OverrideError { path: String::new(), message: format!("not valid JSON: {error}") }]),
    }
}

/// Like [`parse_overrides`], from an already parsed JSON value.
pub fn overrides_from_value(value: &Json) -> (Vec<Parameter>, Vec<OverrideError>) {
    let (list, prefix) = match value {
        Json::Array(list) => (list, ""),
        Json::Object(members) => {
            if let Some((key, _)) = members.iter().find(|(k, _)| *k != "parameters") {
                return (Vec::new(), vec![problem(key, "unknown field; the overrides object has only `parameters`")]);
            }
            match value.get("parameters") {
                Some(Json::Array(list)) => (list, "parameters"),
                _ => return (Vec::new(), vec![problem("parameters", "expected an array of overrides")]),
            }
        }
        _ => return (Vec::new(), vec![problem("", "expected an object with a `parameters` array")]),
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, item) in list.iter().enumerate() {
        let path = format!("{prefix}[{index}]");
        match one(item, &path) {
            Ok(row) => rows.push(row),
            Err(mut found) => problems.append(&mut found),
        }
    }
    (rows, problems)
}

fn problem(path: &str, message: &str) -> OverrideError {
    OverrideError { path: path.to_owned(), message: message.to_owned() }
}

const FIELDS: &[&str] = &["id", "value", "citation", "url", "effectiveFrom", "effectiveTo", "confidence"];

fn one(item: &Json, path: &str) -> Result<Parameter, Vec<OverrideError>> {
    let Json::Object(members) = item else {
        return Err(vec![problem(path, "expected an object {id, value, citation}")]);
    };
    let map = item;
    let mut problems = Vec::new();
    let at = |field: &str| format!("{path}.{field}");
    for (key, _) in members.iter().filter(|(k, _)| !FIELDS.contains(&k.as_str())) {
        problems.push(problem(&at(key), &format!("unknown field; expected one of {}", FIELDS.join(", "))));
    }

    let id = match map.get("id") {
        Some(Json::String(text)) => match ParameterId::from_name(text) {
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
    let value = match (built_in, map.get("value")) {
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
    let citation = match map.get("citation") {
        Some(Json::String(text)) if !text.trim().is_empty() => Some(text.trim().to_owned()),
        _ => {
            problems.push(problem(&at("citation"), "required: the firm's own citation text for this value"));
            None
        }
    };
    let url = match map.get("url") {
        None | Some(Json::Null) => String::new(),
        Some(Json::String(url)) if url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/') => url.clone(),
        Some(_) => {
            problems.push(problem(&at("url"), "expected an http(s) URL or a path"));
            String::new()
        }
    };
    let date = |field: &str, problems: &mut Vec<OverrideError>| match map.get(field) {
        None | Some(Json::Null) => None,
        Some(Json::String(text)) => match crate::calendar::parse_iso_date(text) {
            Some(date) => Some(date),
            _ => {
                problems.push(problem(&at(field), "expected a date as YYYY-MM-DD"));
                None
            }
        },
        Some(_) => {
            problems.push(problem(&at(field), "expected a date as YYYY-MM-DD"));
            None
        }
    };
    let from = date("effectiveFrom", &mut problems);
    let to = date("effectiveTo", &mut problems);
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            problems.push(problem(&at("effectiveTo"), "must not be before effectiveFrom"));
        }
    }
    let given = map.get("confidence").and_then(Json::as_str);
    let confidence = match given.map(|text| Confidence::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(text))) {
        None => Confidence::Confirmed,
        Some(Ok(value)) => value,
        Some(Err(_)) => {
            problems.push(problem(&at("confidence"), "expected confirmed, likely or unconfirmed"));
            Confidence::Confirmed
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
            citation: Citation { act: Cow::Owned(citation), clause: Cow::Borrowed(SET_BY_SITE_OWNER), url: Cow::Owned(url) },
            confidence,
            set_by: SetBy::SiteOwner,
        }),
        _ => Err(problems),
    }
}

/// The value `given` as the kind the built-in `row` takes, within the bounds of its unit.
fn value_for(row: &Parameter, given: &Json) -> Result<Value, String> {
    let maximum: u32 = match row.unit {
        Unit::Percent => 100,
        Unit::Days => 3650,
        Unit::Months => 120,
        Unit::Years | Unit::Extensions => 50,
        Unit::Employees => 1_000_000,
        Unit::Mci => 100_000,
        Unit::Tenge => 10_000_000,
        Unit::CountryCodes => return Err("this parameter (the list of EAEU states) cannot be overridden".into()),
        Unit::Rule => 1,
    };
    let number = |json: &Json| -> Result<u32, String> {
        json.as_u64()
            .filter(|n| *n <= u64::from(maximum))
            .map(|n| n as u32)
            .ok_or_else(|| format!("expected a whole number from 0 to {maximum} ({})", unit_name(row.unit)))
    };
    match (row.unit, &row.value, given) {
        (Unit::Rule, _, Json::Bool(flag)) => Ok(Value::Flag(*flag)),
        (Unit::Rule, _, _) => Err("expected true or false".into()),
        (_, Value::Bands(_) | Value::Choices(_), _) => Err("this parameter (a table of bands or choices) cannot be overridden".into()),
        (_, _, range @ Json::Object(_)) if range.get("min").is_some() || range.get("max").is_some() => {
            let min = range.get("min").ok_or("a range needs min and max")?;
            let max = range.get("max").ok_or("a range needs min and max")?;
            let (min, max) = (number(min)?, number(max)?);
            if min > max {
                return Err("min must not be greater than max".into());
            }
            Ok(Value::Range { min, max })
        }
        (_, _, json) => number(json).map(Value::Number),
    }
}

fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Days => "days",
        Unit::Months => "months",
        Unit::Years => "years",
        Unit::Percent => "percent",
        Unit::Employees => "employees",
        Unit::Extensions => "extensions",
        Unit::Mci => "MCI",
        Unit::Tenge => "tenge",
        Unit::CountryCodes => "country codes",
        Unit::Rule => "yes or no",
    }
}
