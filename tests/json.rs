//! The crate's own JSON reader and writer, checked against serde_json as the reference: every
//! text in the table must be accepted or rejected as serde_json does, read to the same value, and
//! strings must be written byte for byte as serde_json writes them.

// proptest needs a random source that wasm32-unknown-unknown lacks; these run natively.
#![cfg(not(target_arch = "wasm32"))]

use kz_work_permit::json::{parse, Json, ToJson, MAX_DEPTH};
use proptest::prelude::*;

/// Texts that exercise every branch of the reader: literals, numbers, escapes, nesting, errors.
const CASES: &[&str] = &[
    "null", "true", "false", "0", "-0", "7", "-12", "120", "1.5", "0.05", "1e3", "1E+2", "25e-1", "-3.25e2",
    "9007199254740993", "123456789012345678901234567890", "1e400", "1e-400", r#""""#, r#""plain""#,
    r#""\"\\\/\b\f\n\r\t""#, r#""\u0041\u00e9\u0416""#, r#""\ud83d\ude00""#, r#""Қазақстан""#, "[]", "{}",
    "[1, [2, [3]]]", r#"{"a": 1, "b": [true, null], "c": {"d": "e"}}"#, r#"{"a": 1, "a": 2}"#, " \n\t[ 1 ,2 ]\r\n",
    // Rejected.
    "", " ", "nul", "tru", "01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "[1,]", "[1 2]",
    "{\"a\" 1}", "{a: 1}", "{\"a\": 1,}", "{\"a\": 1", "[", "]", "\"open", "\"bad \\x escape\"", "\"\\u12\"",
    "\"\\ud83d\"", "\"\\ude00\"", "\"tab\tinside\"", "1 2", "[] []", "{\"a\":1}x",
];

fn same(ours: &Json, reference: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match (ours, reference) {
        (Json::Null, V::Null) => true,
        (Json::Bool(a), V::Bool(b)) => a == b,
        // serde_json keeps big integers exact; ours are f64 like JavaScript's, so compare as f64.
        (Json::Number(a), V::Number(b)) => b.as_f64().is_some_and(|b| (a - b).abs() <= b.abs() * 1e-15),
        (Json::String(a), V::String(b)) => a == b,
        (Json::Array(a), V::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
        // serde_json's map keeps the last of repeated names, as `get` does.
        (Json::Object(_), V::Object(b)) => b.iter().all(|(k, v)| ours.get(k).is_some_and(|o| same(o, v))),
        _ => false,
    }
}

#[test]
fn reads_as_serde_json_does() {
    let mut failures = Vec::new();
    for text in CASES {
        let reference = serde_json::from_str::<serde_json::Value>(text);
        match (parse(text), &reference) {
            (Ok(ours), Ok(reference)) if same(&ours, reference) => {}
            // serde_json rejects numbers out of f64 range; JavaScript reads them as Infinity/0 and so
            // do we (the engine then rejects them as too large).
            (Ok(Json::Number(_)), Err(_)) if text.starts_with("1e") => {}
            (Err(_), Err(_)) => {}
            (ours, reference) => failures.push(format!("{text:?}: ours {ours:?}, serde_json {reference:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errors_say_where() {
    let error = parse("{\n  \"a\": [1,\n  ]\n}").unwrap_err();
    assert_eq!((error.line, error.column), (3, 3), "{error}");
    assert_eq!(error.to_string(), "expected a value at line 3 column 3");
    let error = parse("\"Қаз\" x").unwrap_err();
    assert_eq!((error.line, error.column), (1, 7), "columns count characters, not bytes");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(parse(&ok).is_ok());
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
}

#[test]
fn writes_whole_numbers_and_null_for_others() {
    assert_eq!(parse("[0, -5, 1e3, 2.5]").unwrap().to_json(), "[0,-5,1000,null]");
    assert_eq!(u64::MAX.to_json(), "18446744073709551615");
    assert_eq!(Some(3u32).to_json(), "3");
    assert_eq!(None::<u32>.to_json(), "null");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any string is written exactly as serde_json writes it, and reads back to itself.
    #[test]
    fn strings_round_trip(text in "\\PC*|[\\x00-\\x1f\"\\\\]{0,8}") {
        let written = text.to_json();
        prop_assert_eq!(&written, &serde_json::to_string(&text).unwrap());
        prop_assert_eq!(parse(&written).unwrap(), Json::String(text));
    }

    /// Arbitrary text never makes the reader panic, and it agrees with serde_json on validity
    /// except for out-of-range numbers (which JavaScript accepts too).
    #[test]
    fn arbitrary_text_never_panics(text in "[\\[\\]{}\",:0-9eE.+\\-a-z \\\\]{0,40}") {
        let ours = parse(&text);
        let reference = serde_json::from_str::<serde_json::Value>(&text);
        if reference.is_ok() {
            prop_assert!(ours.is_ok(), "{:?}", ours);
        }
    }
}
