//! The engine's input errors: each with the JSON path of the field, a stable code and a message in
//! the visitor's language.

use crate::prelude::*;
use core::fmt;

use crate::text::{fill, Language, Message};

/// A stable, machine-readable kind of input problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    InvalidJson,
    InvalidStructure,
    UnknownField,
    MissingField,
    InvalidType,
    NotInteger,
    Negative,
    TooSmall,
    TooLarge,
    InvalidDate,
    OutOfRange,
    BeforeRuleSets,
    InvalidValue,
    UnknownCountry,
    KazakhCitizen,
    CategoryRequired,
    IctCategory,
    SeasonalDaysRequired,
    SeasonalDaysNotApplicable,
    StaffExceedsEmployees,
    DateOrder,
}

impl crate::json::ToJson for ErrorCode {
    fn write_json(&self, out: &mut crate::json::Writer) {
        out.string(self.as_str());
    }
}

impl ErrorCode {
    /// The code as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        use ErrorCode::*;
        match self {
            InvalidJson => "invalidJson",
            InvalidStructure => "invalidStructure",
            UnknownField => "unknownField",
            MissingField => "missingField",
            InvalidType => "invalidType",
            NotInteger => "notInteger",
            Negative => "negative",
            TooSmall => "tooSmall",
            TooLarge => "tooLarge",
            InvalidDate => "invalidDate",
            OutOfRange => "outOfRange",
            BeforeRuleSets => "beforeRuleSets",
            InvalidValue => "invalidValue",
            UnknownCountry => "unknownCountry",
            KazakhCitizen => "kazakhCitizen",
            CategoryRequired => "categoryRequired",
            IctCategory => "ictCategory",
            SeasonalDaysRequired => "seasonalDaysRequired",
            SeasonalDaysNotApplicable => "seasonalDaysNotApplicable",
            StaffExceedsEmployees => "staffExceedsEmployees",
            DateOrder => "dateOrder",
        }
    }
}

/// One problem with the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The JSON path of the field, such as `hire.count` or `staff.category3.citizens`.
    pub path: String,
    pub code: ErrorCode,
    pub message: String,
}
crate::json_object!(InputError { path: "path", code: "code", message: "message" });

impl InputError {
    pub(crate) fn new(path: &str, code: ErrorCode, message: Message, values: &[&str], language: Language) -> Self {
        Self { path: path.to_owned(), code, message: fill(message.text(language), values) }
    }
}

/// Every problem found in an input; never empty when returned as an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputErrors {
    pub errors: Vec<InputError>,
}
crate::json_object!(InputErrors { errors: "errors" });

impl fmt::Display for InputErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {} ({})", error.path, error.message, error.code.as_str())?;
        }
        Ok(())
    }
}

impl core::error::Error for InputErrors {}

impl From<InputError> for InputErrors {
    fn from(error: InputError) -> Self {
        Self { errors: vec![error] }
    }
}
