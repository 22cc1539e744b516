//! The engine's input errors: each with the JSON path of the field, a stable code and a message in
//! the visitor's language.

use serde::Serialize;
use std::fmt;

use crate::text::{Language, Message, Sentence};

/// A stable, machine-readable kind of input problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
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

crate::wire_names!(ErrorCode);

impl ErrorCode {
    /// The code as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        crate::wire_name(&self)
    }
}

/// One problem with the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct InputError {
    /// The JSON path of the field, such as `hire.count` or `staff.category3.citizens`.
    pub path: String,
    pub code: ErrorCode,
    /// What to say, before it is put into words (`None` for a message written directly).
    #[serde(skip)]
    #[cfg_attr(target_arch = "wasm32", tsify(skip))]
    pub sentence: Option<Sentence>,
    pub message: String,
}

impl InputError {
    /// A problem at `path`, to be put into words by [`InputErrors::render`].
    pub(crate) fn new(path: &str, code: ErrorCode, sentence: impl Into<Sentence>) -> Self {
        Self { path: path.to_owned(), code, sentence: Some(sentence.into()), message: String::new() }
    }
}

/// A part of the input the reader could not take, at `path` (as serde_path_to_error writes it, `.`
/// for the whole input), with the reader's own words.
pub(crate) fn structure_error(path: &str, detail: &str) -> InputError {
    let path = if path == "." { "" } else { path };
    InputError::new(path, ErrorCode::InvalidStructure, Message::InvalidStructure.with("detail", format!(": {detail}")))
}

/// Every problem found in an input; never empty when returned as an error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct InputErrors {
    pub errors: Vec<InputError>,
}

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

impl std::error::Error for InputErrors {}

impl InputErrors {
    /// Puts every problem into words in `language`.
    pub fn render(mut self, language: Language) -> Self {
        for error in &mut self.errors {
            if let Some(sentence) = &mut error.sentence {
                sentence.render(language);
                error.message = sentence.text.clone();
            }
        }
        self
    }
}

impl From<InputError> for InputErrors {
    fn from(error: InputError) -> Self {
        Self { errors: vec![error] }
    }
}
