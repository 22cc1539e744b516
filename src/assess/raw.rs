//! The input as it arrives from JSON or JavaScript, read with serde into a lenient form: every leaf
//! accepts any scalar and every part records a wrong shape instead of failing, so that a wrong
//! type, an array where an object belongs and an unknown field are all reported together, each
//! with its path, by [`shape_problems`] and then the typed reading in `input.rs`.
//!
//! The same `Deserialize` impls serve `serde_json` (the native entry points) and
//! `serde-wasm-bindgen` (the JavaScript API and the widget).

use serde::de::Deserializer;
use serde::Deserialize;

pub use crate::lenient::{Leaf, Part};

use super::error::{ErrorCode, InputError};
use crate::text::Message;

/// The raw input with the fields it has no place for, each as the dotted path of its object and
/// its name.
#[derive(Debug)]
pub struct Raw {
    pub input: Part<RawInput>,
    pub unknown: Vec<(String, String)>,
}

impl From<RawInput> for Raw {
    fn from(input: RawInput) -> Raw {
        Raw { input: Part::Object(input), unknown: Vec::new() }
    }
}

/// Reads the raw input from a serde deserializer (serde_json's or serde-wasm-bindgen's). The
/// fields the input has no place for are collected by `serde_ignored`, without reading their
/// values (so a cyclic JavaScript object cannot recurse); whatever the lenient types still cannot
/// take is an error with its path, from `serde_path_to_error`.
pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Raw, serde_path_to_error::Error<D::Error>> {
    let mut unknown = Vec::new();
    let mut record = |path: serde_ignored::Path| {
        if let serde_ignored::Path::Map { parent, key } = path {
            unknown.push((crate::lenient::dotted(parent), key));
        }
    };
    let input = serde_path_to_error::deserialize(serde_ignored::Deserializer::new(deserializer, &mut record))?;
    Ok(Raw { input, unknown })
}


/// The top level of the input.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RawInput {
    pub as_of: Option<Leaf>,
    pub language: Option<Leaf>,
    pub employer: Option<Part<RawEmployer>>,
    pub staff: Option<Part<RawStaff>>,
    pub hire: Option<Part<RawHire>>,
    pub dates: Option<Part<RawDates>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RawEmployer {
    pub kind: Option<Leaf>,
    pub small_business: Option<Leaf>,
    pub employees: Option<Leaf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RawStaff {
    pub category1: Option<Part<RawCategory>>,
    pub category2: Option<Part<RawCategory>>,
    pub category3: Option<Part<RawCategory>>,
    pub category4: Option<Part<RawCategory>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RawCategory {
    pub citizens: Option<Leaf>,
    pub foreigners: Option<Leaf>,
    pub intra_corporate_transfers: Option<Leaf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RawHire {
    pub route: Option<Leaf>,
    pub category: Option<Leaf>,
    pub count: Option<Leaf>,
    pub citizenship: Option<Leaf>,
    pub seasonal_days: Option<Leaf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RawDates {
    pub vacancy_posted: Option<Leaf>,
    pub application_registered: Option<Leaf>,
    pub approval_notified: Option<Leaf>,
    pub contract_signed: Option<Leaf>,
    pub permit_expires: Option<Leaf>,
    pub target_start: Option<Leaf>,
}

/// Every shape problem of the raw input (a part that is not an object, an unknown field), each
/// with its path.
pub(crate) fn shape_problems(raw: &Raw) -> Vec<InputError> {
    let mut shape = Shape { problems: Vec::new(), unknown: &raw.unknown };
    if let Some(input) = shape.object("", Some(&raw.input)) {
        shape.unknown("");
        if shape.object("employer", input.employer.as_ref()).is_some() {
            shape.unknown("employer");
        }
        if let Some(staff) = shape.object("staff", input.staff.as_ref()) {
            shape.unknown("staff");
            let categories = [&staff.category1, &staff.category2, &staff.category3, &staff.category4];
            for (number, category) in (1..).zip(categories) {
                let path = format!("staff.category{number}");
                if shape.object(&path, category.as_ref()).is_some() {
                    shape.unknown(&path);
                }
            }
        }
        if shape.object("hire", input.hire.as_ref()).is_some() {
            shape.unknown("hire");
        }
        if shape.object("dates", input.dates.as_ref()).is_some() {
            shape.unknown("dates");
        }
    }
    shape.problems
}

/// Shape problems found so far, in the language of the messages.
struct Shape<'a> {
    problems: Vec<InputError>,
    unknown: &'a [(String, String)],
}

impl Shape<'_> {
    fn object<'a, T>(&mut self, path: &str, part: Option<&'a Part<T>>) -> Option<&'a T> {
        match part? {
            Part::Object(object) => Some(object),
            Part::Other(_) => {
                self.problems.push(InputError::new(path, ErrorCode::InvalidStructure, Message::InvalidStructure.with("detail", "")));
                None
            }
        }
    }

    /// The unknown fields of the object at `path` (not those inside a value given where a scalar
    /// belongs: that value is already wrong as a whole).
    fn unknown(&mut self, path: &str) {
        for (_, name) in self.unknown.iter().filter(|(parent, _)| parent == path) {
            let full = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
            self.problems.push(InputError::new(&full, ErrorCode::UnknownField, Message::UnknownField.with("field", name)));
        }
    }
}
