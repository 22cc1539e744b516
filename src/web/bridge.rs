//! What the JavaScript API and the widget share: engine values to JavaScript values, and the site
//! owner's overrides from a JavaScript value.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::json::{Json, ToJson, MAX_DEPTH};
use crate::rules::{overrides_from_value, OverrideError, RuleBook};

/// The rule book for overrides given as a JavaScript value (`undefined` or `null` for none); each
/// invalid override is reported on the console and returned.
pub fn rule_book(overrides: &JsValue) -> (RuleBook, Vec<OverrideError>) {
    if overrides.is_undefined() || overrides.is_null() {
        return (RuleBook::built_in(), Vec::new());
    }
    let (rows, problems) = match plain_json(overrides) {
        Some(json) => overrides_from_value(&json),
        None => (Vec::new(), vec![OverrideError { path: String::new(), message: "not valid JSON (JSON.stringify failed)".into() }]),
    };
    for problem in &problems {
        web_sys::console::warn_1(&JsValue::from_str(&crate::text::concat(&["kz-work-permit: rule override ignored, the built-in value stays: ", &problem.path, ": ", &problem.message])));
    }
    (RuleBook::with_overrides(rows), problems)
}

/// Serialises to plain objects and arrays, with `null` for absent values (through JSON, so the
/// JavaScript value is exactly the JSON contract).
pub fn to_js<T: ToJson>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&value.to_json())
}

/// An assessment as the JS API returns it and the widget's result event carries it: the JSON
/// contract plus `overrideErrors`, the site owner's invalid overrides.
pub fn assessment_to_js(assessment: &crate::Assessment, override_errors: &[OverrideError]) -> Result<JsValue, JsValue> {
    let result = to_js(assessment)?;
    js_sys::Reflect::set(&result, &JsValue::from_str("overrideErrors"), &to_js(&override_errors)?)?;
    Ok(result)
}

/// The value as JSON sees it: through `JSON.stringify` and `JSON.parse` (so `undefined` members go,
/// `NaN` becomes `null`, `toJSON` applies), then read from the plain objects directly rather than
/// by parsing text, which keeps the JSON reader out of the element's builds. `None` when
/// `JSON.stringify` throws (a cycle, a BigInt).
fn plain_json(value: &JsValue) -> Option<Json> {
    let text = js_sys::JSON::stringify(value).ok()?;
    let plain = js_sys::JSON::parse(&String::from(text)).ok()?;
    Some(from_plain(&plain, 0))
}

fn from_plain(value: &JsValue, depth: usize) -> Json {
    if let Some(flag) = value.as_bool() {
        Json::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        Json::Number(number)
    } else if let Some(text) = value.as_string() {
        Json::String(text)
    } else if depth >= MAX_DEPTH || !value.is_object() {
        // Deeper than any valid override (the validator reports the wrong shape), or null.
        Json::Null
    } else if js_sys::Array::is_array(value) {
        Json::Array(js_sys::Array::from(value).iter().map(|item| from_plain(&item, depth + 1)).collect())
    } else {
        let entries = js_sys::Object::entries(value.unchecked_ref());
        Json::Object(
            entries
                .iter()
                .map(|entry| {
                    let entry = js_sys::Array::from(&entry);
                    (entry.get(0).as_string().unwrap_or_default(), from_plain(&entry.get(1), depth + 1))
                })
                .collect(),
        )
    }
}
