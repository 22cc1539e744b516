//! Legal scenarios and bad inputs as data, in the manner of OpenFisca's YAML tests.
//!
//! Every file in `tests/cases/` is a JSON array of cases. A case has a `name`, the `clause` it
//! exercises, an `input` (optionally merged over a named input from `tests/cases/bases.json`
//! with `"base": "<name>"`; a `null` in `input` removes the field), optionally `overrides` (the
//! site owner's overrides, in the form `parseOverrides` reads; every one must be valid), optionally a
//! `note` (why the expected values are what they are, worked by hand) and either:
//! - `expect`: a map from a path in the assessment's JSON to the expected value. A path is dotted
//!   (`localContent.groups.1.citizensToHire`); in `deadlines.<id>.<field>` the deadline is found by
//!   its id. Every listed value must match exactly; or
//! - `errors`: a list of `{path, code}` that the input must be rejected with (all of them present).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use kz_work_permit::rules::{parse_overrides, RuleBook};
use kz_work_permit::{assess_json, assess_with, Assessment, Input, InputErrors};
use serde_json::{Map, Value};

fn load(path: &Path) -> Vec<Value> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    match serde_json::from_str(&text) {
        Ok(Value::Array(cases)) => cases,
        Ok(_) => panic!("{}: expected an array of cases", path.display()),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(base), Value::Object(over)) => {
            for (key, value) in over {
                if value.is_null() {
                    base.remove(key);
                } else {
                    merge(base.entry(key.clone()).or_insert(Value::Null), value);
                }
            }
        }
        (base, over) => *base = over.clone(),
    }
}

/// Resolves a dotted path in the assessment's JSON; `deadlines.<id>` selects by id.
fn resolve<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    let mut current = root;
    for part in path.split('.') {
        current = match current {
            Value::Array(items) => match part.parse::<usize>() {
                Ok(index) => items.get(index)?,
                Err(_) => items.iter().find(|item| item.get("id").and_then(Value::as_str) == Some(part))?,
            },
            Value::Object(map) => map.get(part)?,
            _ => return None,
        };
    }
    Some(current)
}

/// Assesses the case's input, with the case's overrides when it has any.
fn assess_case(input: &Value, overrides: Option<&Value>, name: &str) -> Result<Assessment, InputErrors> {
    let Some(overrides) = overrides else {
        return assess_json(&input.to_string());
    };
    let (rows, problems) = parse_overrides(&overrides.to_string());
    assert!(problems.is_empty(), "{name}: invalid overrides: {problems:?}");
    let input = Input::from_json(&input.to_string())?;
    assess_with(&input, &RuleBook::with_overrides(rows), kz_work_permit::clock::today_in_kazakhstan())
}

fn input_of(case: &Map<String, Value>, bases: &Map<String, Value>, name: &str) -> Value {
    let mut input = match case.get("base").and_then(Value::as_str) {
        Some(base) => bases.get(base).unwrap_or_else(|| panic!("{name}: unknown base {base}")).clone(),
        None => Value::Object(Map::new()),
    };
    if let Some(over) = case.get("input") {
        merge(&mut input, over);
    }
    input
}

#[test]
fn every_case_in_tests_cases_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let bases = match fs::read_to_string(dir.join("bases.json")) {
        Ok(text) => serde_json::from_str::<Map<String, Value>>(&text).expect("bases.json"),
        Err(_) => Map::new(),
    };
    let mut files: Vec<_> = fs::read_dir(&dir).expect("tests/cases").map(|e| e.expect("entry").path()).collect();
    files.sort();
    let mut failures = Vec::new();
    let (mut scenarios, mut bad_inputs) = (0, 0);
    for file in files.iter().filter(|f| f.file_name().is_some_and(|n| n != "bases.json")) {
        for case in load(file) {
            let case = case.as_object().cloned().expect("a case is an object");
            let name = case.get("name").and_then(Value::as_str).unwrap_or("(unnamed)").to_owned();
            assert!(case.get("clause").and_then(Value::as_str).is_some_and(|c| !c.is_empty()), "{name}: needs a clause");
            let input = input_of(&case, &bases, &name);
            let result = assess_case(&input, case.get("overrides"), &name);
            match (case.get("expect"), case.get("errors")) {
                (Some(Value::Object(expect)), None) => {
                    scenarios += 1;
                    let assessment = match result {
                        Ok(a) => serde_json::to_value(&a).expect("our JSON serialises"),
                        Err(e) => {
                            failures.push(format!("{name}: rejected: {e}"));
                            continue;
                        }
                    };
                    // Every act cited is named, in the case's language and in Russian (a built-in
                    // citation is named by its id when the assessment is rendered).
                    let mut unnamed = Vec::new();
                    unnamed_acts(&assessment, "", &mut unnamed);
                    let mut russian = input.clone();
                    russian["language"] = Value::from("ru");
                    if let Ok(assessment) = assess_case(&russian, case.get("overrides"), &name) {
                        unnamed_acts(&serde_json::to_value(&assessment).expect("our JSON serialises"), "(ru) ", &mut unnamed);
                    }
                    failures.extend(unnamed.into_iter().map(|path| format!("{name}: {path}: the act is not named")));
                    for (path, expected) in expect {
                        let actual = resolve(&assessment, path);
                        if actual != Some(expected) {
                            failures.push(format!("{name}: {path}: expected {expected}, got {}", actual.map_or("nothing".into(), |v| v.to_string())));
                        }
                    }
                }
                (None, Some(Value::Array(errors))) => {
                    bad_inputs += 1;
                    let got = match result {
                        Err(e) => e.errors,
                        Ok(_) => {
                            failures.push(format!("{name}: accepted, expected errors"));
                            continue;
                        }
                    };
                    for error in errors {
                        let path = error.get("path").and_then(Value::as_str).unwrap_or_default();
                        let code = error.get("code").and_then(Value::as_str).unwrap_or_default();
                        if !got.iter().any(|e| e.path == path && e.code.as_str() == code && !e.message.is_empty()) {
                            let seen: Vec<String> = got.iter().map(|e| format!("{} {}", e.path, e.code.as_str())).collect();
                            failures.push(format!("{name}: expected {path} {code}, got {seen:?}"));
                        }
                    }
                }
                _ => failures.push(format!("{name}: needs exactly one of expect (object) or errors (array)")),
            }
        }
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
    assert!(scenarios >= 40, "only {scenarios} legal scenarios; the catalogue needs at least 40");
    assert!(bad_inputs >= 30, "only {bad_inputs} bad inputs; the catalogue needs at least 30");
}

/// The paths of every `act` that is empty (a citation or a rule set whose act was not named).
fn unnamed_acts(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if map.get("act").is_some_and(|act| act.as_str().is_none_or(|act| act.trim().is_empty())) {
                out.push(format!("{path}.act"));
            }
            for (key, value) in map {
                unnamed_acts(value, &format!("{path}.{key}"), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                unnamed_acts(item, &format!("{path}.{index}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn typed_input_round_trips_through_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/bases.json");
    let bases: Map<String, Value> = serde_json::from_str(&fs::read_to_string(dir).expect("bases")).expect("json");
    for (name, base) in bases {
        let input = Input::from_json(&base.to_string()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = Input::from_json(&serde_json::to_string(&input).expect("serialisable")).expect("reparse");
        assert_eq!(input, again, "{name}");
    }
}
