//! What the JavaScript API and the widget share: engine values to JavaScript values and back,
//! through serde-wasm-bindgen (no JSON text in between).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::assess::raw;
use crate::assess::structure_error;
use crate::rules::{check_overrides, read_overrides, OverrideError, RuleBook};
#[cfg(feature = "interning")]
use crate::rules::{RULES_CHECKED_TO, RULE_SETS};
use crate::text::Language;
use crate::{Assessment, Input, InputErrors};

/// The rule book for overrides given as a JavaScript value (`undefined` or `null` for none); each
/// invalid override is reported on the console and returned.
pub fn rule_book(overrides: &JsValue) -> (RuleBook, Vec<OverrideError>) {
    if overrides.is_undefined() || overrides.is_null() {
        return (RuleBook::built_in(), Vec::new());
    }
    let (rows, problems) = match read_overrides(serde_wasm_bindgen::Deserializer::from(overrides.clone())) {
        Ok(raw) => check_overrides(raw),
        Err(error) => (Vec::new(), vec![OverrideError { path: String::new(), message: format!("not readable: {error}") }]),
    };
    for problem in &problems {
        let message = format!("kz-work-permit: rule override ignored, the built-in value stays: {}: {}", problem.path, problem.message);
        web_sys::console::warn_1(&JsValue::from_str(&message));
    }
    (RuleBook::with_overrides(rows), problems)
}

/// Reads the engine's input from a JavaScript value, reporting every problem with its path. Messages
/// are in the input's own `language` when it names one, else in `fallback`.
pub fn input_from_js(input: JsValue, fallback: Language) -> Result<Input, InputErrors> {
    match raw::read(serde_wasm_bindgen::Deserializer::from(input)) {
        Ok(raw) => Input::from_raw(raw, fallback),
        Err(error) => Err(InputErrors::from(structure_error(&error.path().to_string(), &error.inner().to_string())).render(fallback)),
    }
}

/// Serialises to plain objects and arrays, with `null` for absent values, exactly as the JSON
/// contract has them (serde-wasm-bindgen's JSON-compatible serializer).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}

/// An assessment as the JS API returns it and the widget's result event carries it: the JSON
/// contract plus `overrideErrors`, the site owner's invalid overrides.
///
/// The assessment is serialised as the struct it is and `overrideErrors` set on the object after:
/// a `#[serde(flatten)]` wrapper would go through serde's map path, where every top-level key is
/// a new string sent from wasm memory instead of a cached field name.
pub fn assessment_to_js(assessment: &Assessment, override_errors: &[OverrideError]) -> Result<JsValue, JsValue> {
    #[cfg(feature = "interning")]
    intern_rule_texts();
    let result = to_js(assessment)?;
    js_sys::Reflect::set(&result, &JsValue::from_str("overrideErrors"), &to_js(override_errors)?)?;
    Ok(result)
}

/// Interns the texts every assessment repeats: each built-in parameter's citation (a result cites
/// about thirty rows, each with its act, clause and address) and the rule sets' names. wasm-bindgen
/// then hands JavaScript its cached string instead of decoding the text from wasm memory again;
/// that decoding, one `TextDecoder.decode` call per string, was a third of the time of `assess` in
/// the browser (bench/README.md). Done once, on the first assessment sent to JavaScript; the
/// JavaScript API's build only (feature `interning`), the element sends one result per click.
#[cfg(feature = "interning")]
fn intern_rule_texts() {
    static INTERNED: std::sync::Once = std::sync::Once::new();
    INTERNED.call_once(|| {
        for row in RuleBook::built_in().rows() {
            for text in [&row.citation.clause, &row.citation.url] {
                wasm_bindgen::intern(text);
            }
            // The act is named in the assessment's language: its name in each.
            for language in [Language::En, Language::Ru, Language::Kk] {
                if let Some(id) = row.citation.act_id {
                    wasm_bindgen::intern(crate::text::act_name(id, language));
                }
            }
        }
        for set in RULE_SETS {
            for text in [set.id, set.url] {
                wasm_bindgen::intern(text);
            }
        }
        wasm_bindgen::intern(RULES_CHECKED_TO);
    });
}
