//! The input as it arrives from JSON or JavaScript: every leaf accepts any scalar, so a wrong type
//! is reported together with every other problem. The shape (objects where objects belong, no
//! unknown fields) is checked first, and every shape problem is reported with its path.

use crate::prelude::*;
use super::error::{ErrorCode, InputError};
use crate::json::Json;
use crate::text::{Language, Message};

/// A JSON scalar, or a marker that something else (an object or array) was given.
#[derive(Clone, Debug, PartialEq)]
pub enum Leaf {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Compound,
}

/// A part of the input that must be a JSON object (never an array of its field values).
#[derive(Debug, Default)]
pub struct Object<T>(pub T);

/// Reads the raw input from parsed JSON, or returns every shape problem found.
pub(crate) fn read_input(json: &Json, language: Language) -> Result<RawInput, Vec<InputError>> {
    let mut shape = Shape { problems: Vec::new(), language };
    let raw = Object::<RawInput>::read(json, "", &mut shape);
    match raw {
        Some(Object(raw)) if shape.problems.is_empty() => Ok(raw),
        _ => Err(shape.problems),
    }
}

/// Shape problems found so far, in the language of the messages.
pub(crate) struct Shape {
    problems: Vec<InputError>,
    language: Language,
}

/// A part of the raw input that can be read from JSON at a path.
pub(crate) trait ReadJson: Sized {
    /// `None` for a JSON `null` (the same as an absent field) or a shape problem.
    fn read(json: &Json, path: &str, shape: &mut Shape) -> Option<Self>;
}

impl ReadJson for Leaf {
    fn read(json: &Json, _path: &str, _shape: &mut Shape) -> Option<Leaf> {
        Some(match json {
            Json::Null => return None,
            Json::Bool(flag) => Leaf::Bool(*flag),
            Json::Number(n) => Leaf::Number(*n),
            Json::String(text) => Leaf::Text(text.clone()),
            Json::Array(_) | Json::Object(_) => Leaf::Compound,
        })
    }
}

/// The fields of an object part, read member by member.
pub(crate) trait ReadMembers: Default {
    fn member(&mut self, name: &str, value: &Json, path: &str, shape: &mut Shape) -> bool;
}

impl<T: ReadMembers> ReadJson for Object<T> {
    fn read(json: &Json, path: &str, shape: &mut Shape) -> Option<Object<T>> {
        let members = match json {
            Json::Null => return None,
            Json::Object(members) => members,
            _ => {
                shape.problems.push(InputError::new(path, ErrorCode::InvalidStructure, Message::InvalidStructure, &[""], shape.language));
                return None;
            }
        };
        let mut part = T::default();
        for (name, value) in members {
            let full = if path.is_empty() { name.clone() } else { crate::text::concat(&[path, ".", name]) };
            if !part.member(name, value, &full, shape) {
                shape.problems.push(InputError::new(&full, ErrorCode::UnknownField, Message::UnknownField, &[name], shape.language));
            }
        }
        Some(Object(part))
    }
}

/// Declares a raw part: its fields, each optional, with the JSON name it is read from.
macro_rules! raw_part {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $json:literal => $kind:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Default)]
        pub struct $name {
            $(pub $field: Option<$kind>,)*
        }

        impl ReadMembers for $name {
            fn member(&mut self, name: &str, value: &Json, path: &str, shape: &mut Shape) -> bool {
                match name {
                    $($json => self.$field = ReadJson::read(value, path, shape),)*
                    _ => return false,
                }
                true
            }
        }
    };
}

raw_part!(
    /// The top level of the input.
    RawInput {
        as_of: "asOf" => Leaf,
        language: "language" => Leaf,
        employer: "employer" => Object<RawEmployer>,
        staff: "staff" => Object<RawStaff>,
        hire: "hire" => Object<RawHire>,
        dates: "dates" => Object<RawDates>,
    }
);

raw_part!(RawEmployer { kind: "kind" => Leaf, small_business: "smallBusiness" => Leaf, employees: "employees" => Leaf });

raw_part!(RawStaff {
    category1: "category1" => Object<RawCategory>,
    category2: "category2" => Object<RawCategory>,
    category3: "category3" => Object<RawCategory>,
    category4: "category4" => Object<RawCategory>,
});

raw_part!(RawCategory {
    citizens: "citizens" => Leaf,
    foreigners: "foreigners" => Leaf,
    intra_corporate_transfers: "intraCorporateTransfers" => Leaf,
});

raw_part!(RawHire {
    route: "route" => Leaf,
    category: "category" => Leaf,
    count: "count" => Leaf,
    citizenship: "citizenship" => Leaf,
    seasonal_days: "seasonalDays" => Leaf,
});

raw_part!(RawDates {
    vacancy_posted: "vacancyPosted" => Leaf,
    application_registered: "applicationRegistered" => Leaf,
    approval_notified: "approvalNotified" => Leaf,
    contract_signed: "contractSigned" => Leaf,
    permit_expires: "permitExpires" => Leaf,
});
