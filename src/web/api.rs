//! The JavaScript API: `assess`, the calendar functions, `ruleSets` and `version`. Every export
//! returns a value or throws an `Error`; none can trap. Not in the element's per-language builds
//! (Cargo feature `embed`), which carry the widget alone.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::assess::{ErrorCode, InputError, InputErrors};
use crate::calendar;
use super::bridge::{assessment_to_js, rule_book, to_js};
use crate::rules::{OverrideError, RuleBook, RULES_CHECKED_TO, RULE_SETS};
use crate::text::Language;
use crate::Input;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

/// Assesses an input object, with the site owner's rule overrides if given. Throws an `Error`
/// whose `errors` property lists `{path, code, message}`. Invalid overrides never throw: each is
/// reported on the console and in the result's `overrideErrors`, and the built-in value stays.
#[wasm_bindgen(js_name = assess, unchecked_return_type = "AssessmentResult")]
pub fn assess_js(
    #[wasm_bindgen(unchecked_param_type = "AssessmentInput")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RuleOverrides | undefined")] overrides: JsValue,
) -> Result<JsValue, JsValue> {
    let (assessment, problems) = assess_value(input, &overrides)?;
    assessment_to_js(&assessment, &problems)
}

/// The plan's dated steps and the other deadlines of an assessment as an iCalendar (.ics) file in
/// the input's language, with reminders three and one working days before each.
#[wasm_bindgen(js_name = deadlinesCalendar)]
pub fn deadlines_calendar(
    #[wasm_bindgen(unchecked_param_type = "AssessmentInput")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RuleOverrides | undefined")] overrides: JsValue,
) -> Result<String, JsValue> {
    let (assessment, _problems) = assess_value(input, &overrides)?;
    let stamp = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).map(|t| t.naive_utc()).unwrap_or_default();
    Ok(crate::web::widget::takeaway::calendar_file(&assessment, stamp, "", ""))
}

/// Assesses a JavaScript input with the given overrides, today being today in Kazakhstan.
fn assess_value(input: JsValue, overrides: &JsValue) -> Result<(crate::Assessment, Vec<OverrideError>), JsValue> {
    let (book, problems) = rule_book(overrides);
    let input = parse_input(input).map_err(errors_to_js)?;
    let assessment = crate::assess_with(&input, &book, crate::clock::today_in_kazakhstan()).map_err(errors_to_js)?;
    Ok((assessment, problems))
}

/// Reads a JavaScript value into the engine's input (messages in English unless the input names
/// its language).
pub(crate) fn parse_input(input: JsValue) -> Result<Input, InputErrors> {
    super::bridge::input_from_js(input, Language::En)
}

/// Whether a `YYYY-MM-DD` date is a working day in Kazakhstan.
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(date: &str) -> Result<bool, JsValue> {
    let date = parse_date("date", date)?;
    calendar::is_working_day(date).map_err(calendar_error)
}

/// The date `n` working days after `date` (the start date is not counted).
#[wasm_bindgen(js_name = addWorkingDays)]
pub fn add_working_days(date: &str, n: f64) -> Result<String, JsValue> {
    let date = parse_date("date", date)?;
    if !(n.fract() == 0.0 && (0.0..=10_000.0).contains(&n)) {
        return Err(single_error("n", ErrorCode::InvalidValue, "n must be a whole number from 0 to 10000"));
    }
    calendar::add_working_days(date, n as u32).map(|date| date.to_string()).map_err(calendar_error)
}

/// The number of working days after `from` up to and including `to` (negative if `to` is earlier).
#[wasm_bindgen(js_name = workingDaysBetween)]
pub fn working_days_between(from: &str, to: &str) -> Result<f64, JsValue> {
    let (from, to) = (parse_date("from", from)?, parse_date("to", to)?);
    calendar::working_days_between(from, to).map(|n| n as f64).map_err(calendar_error)
}

/// Every rule set, every parameter with its citation, confidence, evidence and note, the calendar's
/// facts, and the acts' names, the parameters' labels and explanations and the holidays' names in `language`
/// (English if not given; data/words).
#[wasm_bindgen(js_name = ruleSets, unchecked_return_type = "RuleCatalogue")]
pub fn rule_sets(
    #[wasm_bindgen(unchecked_optional_param_type = "\"kk\" | \"ru\" | \"en\"")] language: Option<String>,
) -> Result<JsValue, JsValue> {
    /// Every rule set, parameter and calendar fact (the rules page reads it).
    #[derive(Serialize, tsify::Tsify)]
    #[serde(rename_all = "camelCase")]
    #[tsify(rename = "RuleCatalogue", missing_as_null)]
    struct Catalogue {
        version: &'static str,
        rules_checked_to: &'static str,
        /// The rule sets, their acts named in `language`.
        rule_sets: Vec<crate::rules::RuleSet>,
        /// The parameters, their acts named in `language`.
        parameters: Vec<CatalogueParameter>,
        calendar: CalendarFacts,
        /// The language of `labels`, `explanations` and `holidays`.
        language: Language,
        /// Each parameter's label, by its id (data/words/*.toml [parameter]).
        #[tsify(type = "Record<ParameterId, string>")]
        labels: BTreeMap<&'static str, &'static str>,
        /// Each parameter's one-line explanation for an HR manager, by its id (data/words/*.toml
        /// [explanation]).
        #[tsify(type = "Record<ParameterId, string>")]
        explanations: BTreeMap<&'static str, &'static str>,
        /// Each holiday's name, by its id (data/words/*.toml [holiday]).
        #[tsify(type = "Record<Holiday, string>")]
        holidays: BTreeMap<&'static str, &'static str>,
    }
    /// A row of the rule table with the secondary sources read for it and the data's note on its
    /// source (the rules page's only).
    #[derive(Serialize, tsify::Tsify)]
    #[serde(rename_all = "camelCase")]
    #[tsify(missing_as_null)]
    struct CatalogueParameter {
        #[serde(flatten)]
        parameter: crate::rules::Parameter,
        evidence: &'static [crate::rules::Evidence],
        /// What the data says of the source, in English (`data/rules.toml` `note`; `""` when none):
        /// why no clause was verified, what a clause covers.
        note: &'static str,
    }
    #[derive(Serialize, tsify::Tsify)]
    #[serde(rename_all = "camelCase")]
    #[tsify(missing_as_null)]
    struct CalendarFacts {
        first_year: i32,
        last_year: i32,
        fixed_holidays: &'static [calendar::facts::FixedHoliday],
        kurban_ait: &'static [calendar::facts::MovableHoliday],
        transfers: Vec<calendar::facts::Transfer>,
        years: &'static [calendar::facts::YearStatus],
        weekend_rule: &'static str,
        religious_exception: &'static str,
        exceptions: Vec<calendar::Day>,
    }
    let language = match language.as_deref() {
        None => Language::En,
        Some(tag) => Language::parse(tag)
            .ok_or_else(|| single_error("language", ErrorCode::InvalidValue, &format!("{tag:?} is not a language: use \"kk\", \"ru\" or \"en\"")))?,
    };
    let book = RuleBook::built_in();
    let labels = book.rows().map(|row| (row.id.name(), crate::text::parameter_label(row.id, language))).collect();
    let explanations = book.rows().map(|row| (row.id.name(), crate::text::parameter_explanation(row.id, language))).collect();
    // The built-in rows, each with its evidence and note (EVIDENCE and NOTES are in the table's order).
    let parameters = crate::rules::table::PARAMETERS
        .iter()
        .zip(crate::rules::table::EVIDENCE)
        .zip(crate::rules::table::NOTES)
        .map(|((parameter, evidence), note)| {
            let mut parameter = parameter.clone();
            crate::text::render_citation(&mut parameter.citation, language);
            CatalogueParameter { parameter, evidence, note }
        })
        .collect();
    let rule_sets = RULE_SETS.iter().map(|set| crate::rules::RuleSet { act: crate::text::act_name(set.act_id, language), ..*set }).collect();
    let holidays = calendar::facts::FIXED_HOLIDAYS
        .iter()
        .map(|fixed| fixed.holiday)
        .chain([calendar::Holiday::KurbanAit])
        .map(|holiday| (crate::wire_name(&holiday), super::ui_text::holiday_name(holiday, language)))
        .collect();
    let mut exceptions: Vec<calendar::Day> = (calendar::facts::FIRST_YEAR..=calendar::facts::LAST_YEAR)
        .filter_map(|year| calendar::year_exceptions(year).ok())
        .flatten()
        .collect();
    for day in &mut exceptions {
        crate::text::render_day(day, language);
    }
    // The transfers' acts in the page's language, in the list and in their sources.
    let transfers = calendar::facts::TRANSFERS
        .iter()
        .map(|transfer| {
            let act = crate::text::act_name(transfer.act_id, language);
            calendar::facts::Transfer { act, source: calendar::facts::Source { act, ..transfer.source }, ..*transfer }
        })
        .collect();
    to_js(&Catalogue {
        version: env!("CARGO_PKG_VERSION"),
        rules_checked_to: RULES_CHECKED_TO,
        rule_sets,
        parameters,
        calendar: CalendarFacts {
            first_year: calendar::facts::FIRST_YEAR,
            last_year: calendar::facts::LAST_YEAR,
            fixed_holidays: calendar::facts::FIXED_HOLIDAYS,
            kurban_ait: calendar::facts::KURBAN_AIT,
            transfers,
            years: calendar::facts::YEARS,
            weekend_rule: calendar::facts::WEEKEND_RULE,
            religious_exception: calendar::facts::RELIGIOUS_EXCEPTION,
            exceptions,
        },
        language,
        labels,
        explanations,
        holidays,
    })
}

/// The version of the engine and its rule data.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// A JavaScript `Error` with an `errors` array of `{path, code, message}`.
pub(crate) fn errors_to_js(errors: InputErrors) -> JsValue {
    let error = js_sys::Error::new(&errors.to_string());
    if let Ok(list) = to_js(&errors.errors) {
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str("errors"), &list);
    }
    error.into()
}

fn single_error(path: &str, code: ErrorCode, message: &str) -> JsValue {
    errors_to_js(InputErrors { errors: vec![InputError { path: path.to_owned(), code, sentence: None, message: message.to_owned() }] })
}

fn parse_date(path: &str, text: &str) -> Result<NaiveDate, JsValue> {
    calendar::parse_iso_date(text)
        .ok_or_else(|| single_error(path, ErrorCode::InvalidDate, &format!("{text:?} is not a date as YYYY-MM-DD")))
}

fn calendar_error(error: calendar::CalendarError) -> JsValue {
    single_error("date", ErrorCode::OutOfRange, &error.to_string())
}
