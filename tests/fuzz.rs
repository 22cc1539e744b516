//! No panics, ever: random and mutated inputs through the JSON entry of `assess`. A short run is
//! part of `cargo xtask test`; `cargo xtask fuzz` runs the same generator for ten minutes
//! (`KZWP_FUZZ_SECONDS`) and reports the number of executions.
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use kz_work_permit::assess::{CategoryStaff, Dates, Employer, EmployerKind, Hire, Route, Staff};
use kz_work_permit::rules::RuleBook;
use kz_work_permit::text::Language;
use kz_work_permit::{assess_json, assess_with, Input};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::{json, Map, Value};

const BASE: &str = include_str!("../docs/example-input.json");

/// A JSON leaf: mostly plausible values (so that many inputs reach the assessment), sometimes
/// hostile ones.
fn leaf() -> impl Strategy<Value = Value> {
    let plausible = prop_oneof![
        (0i64..400).prop_map(Value::from),
        (2023i32..2028, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Value::from(format!("{y}-{m:02}-{d:02}"))),
        prop::sample::select(vec!["company", "foreignBranch", "stateBody", "permit", "intraCorporateTransfer", "seasonal", "IN", "KG", "TR", "kk", "ru", "en"]).prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
    ];
    let hostile = prop_oneof![
        Just(Value::Null),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        (0u32..6).prop_map(|n| Value::from(u64::from(u32::MAX) - u64::from(n))),
        "(19|20|21|99)[0-9]{2}-(0[0-9]|1[0-3])-([0-3][0-9])".prop_map(Value::from),
        prop::sample::select(vec!["KZ", "", "<script>", "\u{0}", "2028-02-29", "2023-06-30", "2025-02-30"]).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
    ];
    prop_oneof![4 => plausible, 1 => hostile]
}

/// The paths of every leaf in a JSON value.
fn leaves(value: &Value, path: Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let mut next = path.clone();
                next.push(key.clone());
                leaves(child, next, out);
            }
        }
        _ => out.push(path),
    }
}

fn set(value: &mut Value, path: &[String], new: Option<Value>) {
    let Some((last, parents)) = path.split_last() else { return };
    let mut current = value;
    for key in parents {
        match current.get_mut(key) {
            Some(next) => current = next,
            None => return,
        }
    }
    if let Value::Object(map) = current {
        match new {
            Some(new) => {
                map.insert(last.clone(), new);
            }
            None => {
                map.remove(last);
            }
        }
    }
}

/// Inputs close to valid ones (a few leaves replaced, removed or added) and arbitrary text.
fn input() -> impl Strategy<Value = String> {
    let base: Value = serde_json::from_str(BASE).expect("example input");
    let mut paths = Vec::new();
    leaves(&base, Vec::new(), &mut paths);
    for extra in [["hire", "seasonalDays"], ["hire", "route"], ["asOf", ""], ["language", ""], ["staff", "category1"], ["dates", "permitExpires"]] {
        paths.push(extra.iter().filter(|s| !s.is_empty()).map(|s| s.to_string()).collect());
    }
    let mutation = (prop::sample::select(paths), prop::option::weighted(0.85, leaf()));
    let mutated = prop::collection::vec(mutation, 0..4).prop_map(move |mutations| {
        let mut value = base.clone();
        for (path, new) in mutations {
            set(&mut value, &path, new);
        }
        value.to_string()
    });
    prop_oneof![
        8 => mutated,
        1 => ".{0,64}",
        1 => prop::collection::vec(leaf(), 0..4).prop_map(|v| Value::Array(v).to_string()),
        1 => prop::collection::btree_map("[a-zA-Z]{1,14}", leaf(), 0..5).prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>()).to_string()),
    ]
}

/// Runs the generator; returns the number of executions and how many were valid assessments.
fn run(cases: u64, limit: Duration) -> (u64, u64) {
    let mut runner = TestRunner::default();
    let strategy = input();
    let started = Instant::now();
    let (mut executions, mut assessed) = (0, 0);
    while executions < cases && started.elapsed() < limit {
        let text = strategy.new_tree(&mut runner).expect("generate").current();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            assess_json(&text).map(|assessment| {
                // A result must also serialise: the web layer sends it through JSON.
                serde_json::to_string(&assessment).expect("serialisable");
            })
        }));
        match outcome {
            Ok(result) => assessed += u64::from(result.is_ok()),
            Err(_) => panic!("panic on input: {text}"),
        }
        executions += 1;
    }
    (executions, assessed)
}

#[test]
fn no_input_makes_the_engine_panic() {
    let seconds: u64 = std::env::var("KZWP_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let (cases, limit) = if seconds > 0 { (u64::MAX, Duration::from_secs(seconds)) } else { (if cfg!(debug_assertions) { 5_000 } else { 20_000 }, Duration::from_secs(120)) };
    let started = Instant::now();
    let (executions, assessed) = run(cases, limit);
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "fuzz: {executions} executions ({assessed} valid assessments) in {elapsed:.1} s ({:.0}/s), no panic",
        executions as f64 / elapsed.max(1e-9)
    );
    // The generator must reach the assessment itself, not only the input checks.
    assert!(assessed * 20 > executions, "only {assessed} of {executions} inputs were valid");
}

#[test]
fn counts_at_u32_max_are_errors_not_overflows() {
    let max = CategoryStaff { citizens: u32::MAX, foreigners: u32::MAX, intra_corporate_transfers: u32::MAX };
    let input = Input {
        as_of: None,
        language: Language::En,
        employer: Employer { kind: EmployerKind::Company, small_business: false, employees: u32::MAX },
        staff: Staff { category1: max, category2: max, category3: max, category4: max },
        hire: Hire { route: Route::Seasonal, category: Some(3), count: u32::MAX, citizenship: "IN".into(), seasonal_days: Some(u32::MAX), sector_group: None },
        dates: Dates::default(),
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let errors = assess_with(&input, &RuleBook::built_in(), today).unwrap_err();
    assert!(errors.errors.iter().any(|e| e.path == "hire.count" && e.code.as_str() == "tooLarge"));
    assert!(errors.errors.iter().any(|e| e.path == "staff.category4.intraCorporateTransfers" && e.code.as_str() == "tooLarge"));
    let check = kz_work_permit::assess::group_check(u64::from(u32::MAX) * 4, u64::from(u32::MAX) * 8, 90);
    assert!(!check.meets);
    assert_eq!(check.citizens_to_hire, Some(u64::from(u32::MAX) * 72 - u64::from(u32::MAX) * 4));
}
