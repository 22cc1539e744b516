//! What the JavaScript API and the widget share: engine values to JavaScript values, and the site
//! owner's overrides from a JavaScript value.

use wasm_bindgen::prelude::*;

use crate::json::ToJson;
use crate::rules::{parse_overrides, OverrideError, RuleBook};

/// The rule book for overrides given as a JavaScript value (`undefined` or `null` for none); each
/// invalid override is reported on the console and returned.
pub fn rule_book(overrides: &JsValue) -> (RuleBook, Vec<OverrideError>) {
    if overrides.is_undefined() || overrides.is_null() {
        return (RuleBook::built_in(), Vec::new());
    }
    let json = js_sys::JSON::stringify(overrides).ok().and_then(|s| s.as_string()).unwrap_or_default();
    let (rows, problems) = parse_overrides(&json);
    for problem in &problems {
        web_sys::console::warn_1(&JsValue::from_str(&format!("kz-work-permit: rule override ignored, the built-in value stays: {problem}")));
    }
    (RuleBook::with_overrides(rows), problems)
}

/// Serialises to plain objects and arrays, with `null` for absent values (through JSON, so the
/// JavaScript value is exactly the JSON contract).
pub fn to_js<T: ToJson + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&value.to_json())
}

