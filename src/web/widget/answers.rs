//! The visitor's answers as the form holds them (text, keyed by the input's JSON path), their
//! conversion to the engine's input, and their encoding in the URL fragment.

use crate::assess::raw::{Leaf, Part, RawCategory, RawDates, RawEmployer, RawHire, RawInput, RawStaff};
use crate::assess::{ErrorCode, InputError};
use crate::lenient::parse_typed_date;
use crate::text::Language;
use crate::web::ui_text::{self, ui, Ui};

/// The steps of the journey, in order. Their names (in the URL fragment and the element's `step`
/// property) are their serde names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Step {
    Employer,
    Staff,
    Hire,
    Dates,
    Summary,
    Result,
}

crate::wire_names!(Step);

impl Step {
    pub const QUESTIONS: [Step; 4] = [Step::Employer, Step::Staff, Step::Hire, Step::Dates];

    pub fn name(self) -> &'static str {
        crate::wire_name(&self)
    }

    pub fn parse(name: &str) -> Option<Step> {
        use serde::Deserialize;
        Step::deserialize(serde::de::value::StrDeserializer::<serde::de::value::Error>::new(name)).ok()
    }

    /// The step after this one.
    pub fn next(self) -> Step {
        match self {
            Step::Employer => Step::Staff,
            Step::Staff => Step::Hire,
            Step::Hire => Step::Dates,
            Step::Dates | Step::Summary => Step::Summary,
            Step::Result => Step::Result,
        }
    }

    /// The step before this one.
    pub fn previous(self) -> Step {
        match self {
            Step::Employer | Step::Staff => Step::Employer,
            Step::Hire => Step::Staff,
            Step::Dates => Step::Hire,
            Step::Summary => Step::Dates,
            Step::Result => Step::Summary,
        }
    }

    /// The step that asks the question at `path`.
    pub fn of_path(path: &str) -> Step {
        match path.split('.').next() {
            Some("employer") => Step::Employer,
            Some("staff") => Step::Staff,
            Some("hire") => Step::Hire,
            _ => Step::Dates,
        }
    }
}

pub const STAFF_FIELDS: [&str; 3] = ["citizens", "foreigners", "intraCorporateTransfers"];

/// Every answer key the widget knows, in the order of the questions.
pub fn keys() -> Vec<String> {
    let mut keys: Vec<String> = ["employer.kind", "employer.smallBusiness", "employer.employees"].map(String::from).to_vec();
    for category in 1..=4u8 {
        for field in STAFF_FIELDS {
            keys.push(format!("staff.category{category}.{field}"));
        }
    }
    for key in ["hire.route", "hire.category", "hire.count", "hire.citizenship", "hire.seasonalDays", "hire.sectorGroup"] {
        keys.push(key.to_owned());
    }
    keys.extend(super::form::DATE_FIELDS.iter().map(|(key, _)| (*key).to_owned()));
    keys
}

/// The first part of a URL fragment that holds the widget's answers (`#kzwp&step=hire&…`).
pub const FRAGMENT_MARK: &str = "kzwp";

/// An unusual answer the visitor is asked to confirm: the answer's key and what is unusual.
pub struct Check {
    pub key: String,
    pub message: String,
}

/// The answers, keyed by path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    values: Vec<(String, String)>,
}

impl Answers {
    pub fn get(&self, key: &str) -> &str {
        self.values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    pub fn set(&mut self, key: &str, value: &str) {
        if keys().iter().any(|k| k == key) {
            if value.is_empty() {
                self.values.retain(|(k, _)| k != key);
            } else {
                match self.values.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
                    Ok(i) => self.values[i].1 = value.to_owned(),
                    Err(i) => self.values.insert(i, (key.to_owned(), value.to_owned())),
                }
            }
        }
    }

    pub fn clear(&mut self) {
        self.values.clear();
    }

    /// The citizenship code the answer gives: a listed country's name or any ISO code, as
    /// typed (`None` when nothing that is a country was typed).
    pub fn citizenship(&self, language: Language) -> Option<String> {
        ui_text::country_code(self.get("hire.citizenship"), language)
    }

    /// What the engine cannot see, because the widget reads it before the engine does: a date
    /// typed that is not a date, a country typed that is not one. Each is an error on its
    /// question, never dropped.
    pub fn typed_problems(&self, step: Step, language: Language) -> Vec<InputError> {
        let mut problems = Vec::new();
        let mut problem = |path: &str, key: Ui| {
            problems.push(InputError { path: path.to_owned(), code: ErrorCode::InvalidValue, sentence: None, message: ui(key, language).to_owned() });
        };
        match step {
            Step::Hire if !self.get("hire.citizenship").trim().is_empty() && self.citizenship(language).is_none() => problem("hire.citizenship", Ui::CountryNotListed),
            Step::Dates => {
                for (key, _) in super::form::DATE_FIELDS {
                    if parse_typed_date(self.get(key)).is_err() {
                        problem(key, Ui::DateInvalid);
                    }
                }
            }
            _ => {}
        }
        problems
    }

    /// The engine's lenient input for these answers. Questions of steps after `through` are
    /// filled with neutral answers, so that a step can be checked before the later ones are asked.
    pub fn to_raw(&self, language: Language, as_of: Option<&str>, through: Step) -> RawInput {
        let asked = |step: Step| Step::QUESTIONS.iter().position(|s| *s == step) <= Step::QUESTIONS.iter().position(|s| *s == through) || through == Step::Summary || through == Step::Result;
        let text = |key: &str| Some(self.get(key)).filter(|v| !v.is_empty()).map(|v| Leaf::Text(v.to_owned()));
        // A date as typed, in the engine's ISO form; one that is not a date is left out here and
        // reported by `typed_problems`, in the form's words.
        let date = |key: &str| parse_typed_date(self.get(key)).ok().flatten().map(|d| Leaf::Text(d.to_string()));
        let number = |key: &str| Some(self.get(key).trim()).filter(|v| !v.is_empty()).map(number_leaf);
        let zero_if_empty = |key: &str| Some(number(key).unwrap_or(Leaf::Number(0.0)));
        let boolean = |key: &str| match self.get(key) {
            "yes" => Some(Leaf::Bool(true)),
            "no" => Some(Leaf::Bool(false)),
            _ => None,
        };

        let employer = RawEmployer { kind: text("employer.kind"), small_business: boolean("employer.smallBusiness"), employees: number("employer.employees") };
        let staff = if asked(Step::Staff) {
            let category = |c: u8| {
                let key = |field: &str| format!("staff.category{c}.{field}");
                Some(Part::Object(RawCategory {
                    citizens: zero_if_empty(&key("citizens")),
                    foreigners: zero_if_empty(&key("foreigners")),
                    intra_corporate_transfers: zero_if_empty(&key("intraCorporateTransfers")),
                }))
            };
            RawStaff { category1: category(1), category2: category(2), category3: category(3), category4: category(4) }
        } else {
            let zero = || Some(Part::Object(RawCategory { citizens: Some(Leaf::Number(0.0)), foreigners: Some(Leaf::Number(0.0)), intra_corporate_transfers: None }));
            RawStaff { category1: zero(), category2: zero(), category3: zero(), category4: zero() }
        };
        let hire = if asked(Step::Hire) {
            let route = self.get("hire.route");
            // A country typed that is none is reported by `typed_problems`; the engine is given
            // the text, so that it never reads the answer as missing.
            let citizenship = self.citizenship(language).unwrap_or_else(|| self.get("hire.citizenship").trim().to_owned());
            RawHire {
                route: text("hire.route"),
                category: number("hire.category"),
                count: number("hire.count"),
                citizenship: Some(citizenship).filter(|c| !c.is_empty()).map(Leaf::Text),
                // The number of days is asked for a seasonal hire only.
                seasonal_days: if route == "seasonal" { number("hire.seasonalDays") } else { None },
                // The sector group is asked for a general permit only.
                sector_group: if route == "permit" { text("hire.sectorGroup") } else { None },
            }
        } else {
            RawHire {
                route: Some(Leaf::Text("permit".into())),
                category: Some(Leaf::Number(1.0)),
                count: Some(Leaf::Number(1.0)),
                citizenship: Some(Leaf::Text("US".into())),
                seasonal_days: None,
                sector_group: None,
            }
        };
        let dates = RawDates {
            vacancy_posted: date("dates.vacancyPosted"),
            application_registered: date("dates.applicationRegistered"),
            approval_notified: date("dates.approvalNotified"),
            contract_signed: date("dates.contractSigned"),
            permit_expires: date("dates.permitExpires"),
            target_start: date("dates.targetStart"),
        };
        RawInput {
            as_of: as_of.map(|d| Leaf::Text(d.to_owned())),
            language: Some(Leaf::Text(language.code().to_owned())),
            employer: Some(Part::Object(employer)),
            staff: Some(Part::Object(staff)),
            hire: Some(Part::Object(hire)),
            dates: if asked(Step::Dates) { Some(Part::Object(dates)) } else { None },
        }
    }

    /// The answers and step as a URL fragment: `kzwp&step=hire&employer.kind=company…`.
    pub fn to_fragment(&self, step: Step, encode: impl Fn(&str) -> String) -> String {
        let mut out = format!("{FRAGMENT_MARK}&step={}", step.name());
        for (key, value) in &self.values {
            out.push('&');
            out.push_str(key);
            out.push('=');
            out.push_str(&encode(value));
        }
        out
    }

    /// Reads a fragment written by [`Answers::to_fragment`]; `None` if it is not one.
    pub fn from_fragment(fragment: &str, decode: impl Fn(&str) -> Option<String>) -> Option<(Answers, Step)> {
        let mut parts = fragment.trim_start_matches('#').split('&');
        if parts.next() != Some(FRAGMENT_MARK) {
            return None;
        }
        let mut answers = Answers::default();
        let mut step = Step::Employer;
        for part in parts {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            let value = decode(value).unwrap_or_default();
            if key == "step" {
                step = Step::parse(&value).unwrap_or(Step::Employer);
            } else {
                answers.set(key, &value);
            }
        }
        Some((answers, step))
    }
}

/// A number typed by the visitor: a number leaf if it reads as one (spaces between thousands are
/// allowed), otherwise text, which the engine reports as "enter a number". A comma is ambiguous
/// (a decimal comma in Russian, a thousands separator in English), so it is not guessed at.
pub(super) fn number_leaf(text: &str) -> Leaf {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{202f}').collect();
    // JavaScript's Number() instead of Rust's f64 parser, whose tables are about 10 KB of
    // WebAssembly. Only decimal notation is passed to it (Number() would also read "0x10").
    let decimal = !cleaned.is_empty() && cleaned.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    let number = if decimal { js_number(&cleaned) } else { f64::NAN };
    if number.is_finite() { Leaf::Number(number) } else { Leaf::Text(text.to_owned()) }
}

/// `Number(text)` in JavaScript; Rust's parser natively, where only tests and the build's
/// prerendering of the first step run this code.
#[cfg(target_arch = "wasm32")]
fn js_number(text: &str) -> f64 {
    // `new Number(text).valueOf()`: deprecated in js-sys in favour of a cast that does not convert.
    #[allow(deprecated)]
    js_sys::Number::new(&wasm_bindgen::JsValue::from_str(text)).value_of()
}

#[cfg(not(target_arch = "wasm32"))]
fn js_number(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}
