//! What the widget knows: the answers, the step shown, the errors and the assessment, the site
//! owner's settings, and how the answers are kept in the URL fragment and the browser's history.
//! Nothing here draws; the controller changes the state and then asks the view to show it.

use wasm_bindgen::JsValue;
use chrono::NaiveDate;

use super::answers::{Answers, Check, Step};
use crate::assess::{Assessment, ErrorCode, InputError};
use crate::lenient::parse_typed_date;
use crate::rules::{OverrideError, RuleBook};
use crate::text::{fill_named, Language};
use crate::web::ui_text::{self, ui, ui_count, Ui};
use crate::Input;

/// How far from today, in years, a date may be before the form asks "is this right?". A check of
/// the form on typing slips (2062 for 2026), not a rule of the law: a correct date further away
/// is kept once the visitor confirms it.
pub const UNUSUAL_YEARS: u32 = 5;

/// How many times the current head count a hire may be before the form asks "is this right?".
/// A check of the form on typing slips (an extra zero), not a rule of the law.
pub const UNUSUAL_HIRE_TIMES: u64 = 10;

pub struct State {
    pub language: Language,
    /// The assessment date the site owner pinned (`YYYY-MM-DD`); `None` is today in Kazakhstan.
    pub as_of: Option<String>,
    pub contact_url: String,
    pub contact_label: String,
    /// The firm's name (`firm-name`), in the result's header, the printed page and the calendar.
    pub firm_name: String,
    /// Whether the element has a logo (`<img slot="logo">`) to show beside the firm's name.
    pub has_logo: bool,
    pub answers: Answers,
    pub step: Step,
    /// Set when a Change link on the summary opened a step: Continue goes back to the summary.
    pub from_summary: bool,
    pub errors: Vec<InputError>,
    /// Unusual answers of the step shown, not yet confirmed: Continue waits for a tick on each.
    pub checks: Vec<Check>,
    /// The answers the visitor confirmed as right, each with the value confirmed (a changed
    /// answer is asked about again).
    pub confirmed: Vec<(String, String)>,
    pub result: Option<Assessment>,
    /// The id to focus after the next render; `None` focuses nothing (typing continues).
    pub focus: Option<String>,
    /// Whether to keep the URL fragment in step with the answers.
    pub use_fragment: bool,
    /// The built-in rules with the site owner's overrides.
    pub rules: RuleBook,
    /// The site owner's invalid overrides, reported with the result.
    pub override_errors: Vec<OverrideError>,
}

impl State {
    /// A widget on its first step, with no answers and the built-in rules.
    pub fn new(language: Language, use_fragment: bool) -> State {
        State {
            language,
            as_of: None,
            contact_url: String::new(),
            contact_label: String::new(),
            firm_name: String::new(),
            has_logo: false,
            answers: Answers::default(),
            step: Step::Employer,
            from_summary: false,
            errors: Vec::new(),
            checks: Vec::new(),
            confirmed: Vec::new(),
            result: None,
            focus: None,
            use_fragment,
            rules: RuleBook::built_in(),
            override_errors: Vec::new(),
        }
    }

    /// The day the answers are assessed on: the site owner's `as-of`, else today in Kazakhstan.
    pub fn today(&self) -> NaiveDate {
        self.as_of.as_deref().and_then(crate::lenient::parse_iso_date).unwrap_or_else(crate::clock::today_in_kazakhstan)
    }

    /// Moves to `step` (a new history entry), clearing the errors shown.
    pub fn go(&mut self, step: Step) {
        self.errors.clear();
        self.checks.clear();
        if step == Step::Summary || step == Step::Employer {
            self.from_summary = false;
        }
        self.step = step;
        self.focus = Some("kzwp-heading".to_owned());
        self.push_history();
    }

    /// The errors of the questions of `step`: what the form itself cannot read (a date or a
    /// country typed that is none), then the engine's, later questions filled with neutral answers.
    pub fn step_errors(&self, step: Step) -> Vec<InputError> {
        let mut errors = self.answers.typed_problems(step, self.language);
        let raw = self.answers.to_raw(self.language, self.as_of.as_deref(), step);
        if let Err(found) = Input::from_raw(raw.into(), self.language) {
            let typed: Vec<String> = errors.iter().map(|e| e.path.clone()).collect();
            errors.extend(found.errors.into_iter().filter(|e| {
                (Step::of_path(&e.path) == step || (step == Step::Staff && e.code == ErrorCode::StaffExceedsEmployees)) && !typed.contains(&e.path)
            }));
        }
        errors
    }

    /// The unusual answers of `step` the visitor has not confirmed: a date more than
    /// [`UNUSUAL_YEARS`] from today, a hire of more than [`UNUSUAL_HIRE_TIMES`] the head count.
    pub fn unconfirmed_checks(&self, step: Step) -> Vec<Check> {
        let language = self.language;
        let mut checks = Vec::new();
        match step {
            Step::Hire => {
                // Read as the form reads numbers for the engine (the engine has checked them by now).
                let count = |key: &str| match super::answers::number_leaf(self.answers.get(key)) {
                    crate::lenient::Leaf::Number(n) if n >= 0.0 => Some(n as u64),
                    _ => None,
                };
                if let (Some(hire), Some(employees)) = (count("hire.count"), count("employer.employees")) {
                    if hire > employees.saturating_mul(UNUSUAL_HIRE_TIMES) {
                        let values = [("count", crate::text::number(hire, language)), ("times", UNUSUAL_HIRE_TIMES.to_string()), ("employees", crate::text::number(employees, language))];
                        checks.push(Check { key: "hire.count".to_owned(), message: fill_named(ui(Ui::HireManyTimes, language), &values) });
                    }
                }
            }
            Step::Dates => {
                let today = self.today();
                // Years of 365.25 days: a day more or less does not matter to a check on slips.
                let span = i64::from(UNUSUAL_YEARS) * 36525 / 100;
                for (key, _) in super::form::DATE_FIELDS {
                    if let Ok(Some(day)) = parse_typed_date(self.answers.get(key)) {
                        if (day - today).num_days().abs() > span {
                            let template = ui_count(Ui::DateFarAway, u64::from(UNUSUAL_YEARS), language);
                            let message = fill_named(template, &[("date", ui_text::date(day, language)), ("years", UNUSUAL_YEARS.to_string())]);
                            checks.push(Check { key: (*key).to_owned(), message });
                        }
                    }
                }
            }
            _ => {}
        }
        checks.retain(|check| !self.confirmed.iter().any(|(key, value)| *key == check.key && value == self.answers.get(key)));
        checks
    }

    /// Keeps (or forgets) the visitor's tick on "yes, this is right" for the answer at `key`.
    pub fn confirm(&mut self, key: &str, confirmed: bool) {
        self.confirmed.retain(|(k, _)| k != key);
        if confirmed {
            self.confirmed.push((key.to_owned(), self.answers.get(key).to_owned()));
        }
    }

    /// Goes to the result, or, with its errors shown, to the first step whose answers have one.
    pub fn go_to_result(&mut self) {
        for step in Step::QUESTIONS {
            let errors = self.step_errors(step);
            if !errors.is_empty() {
                self.errors = errors;
                self.step = step;
                self.focus = Some("kzwp-error-summary".to_owned());
                return;
            }
        }
        self.go(Step::Result);
    }

    /// On the result step, assesses the answers and returns the assessment for the page's
    /// `kz-work-permit-result` event. Answers the engine rejects (say, the pinned date changed)
    /// send the visitor back to the step of the first error instead.
    pub fn assess(&mut self) -> Option<JsValue> {
        if self.step != Step::Result {
            return None;
        }
        // What the form reads itself (a date or a country typed that is none) would be left out
        // of the input; a link straight to the result must not drop it silently.
        for step in Step::QUESTIONS {
            let problems = self.answers.typed_problems(step, self.language);
            if !problems.is_empty() {
                self.result = None;
                self.errors = problems;
                self.step = step;
                return None;
            }
        }
        let raw = self.answers.to_raw(self.language, self.as_of.as_deref(), Step::Result);
        let assessed = Input::from_raw(raw.into(), self.language)
            .and_then(|input| crate::assess_with(&input, &self.rules, crate::clock::today_in_kazakhstan()));
        match assessed {
            Ok(assessment) => {
                let announce = crate::web::bridge::assessment_to_js(&assessment, &self.override_errors).ok();
                self.result = Some(assessment);
                announce
            }
            Err(errors) => {
                self.result = None;
                let step = errors.errors.first().map(|e| Step::of_path(&e.path)).unwrap_or(Step::Employer);
                self.errors = errors.errors;
                self.step = step;
                None
            }
        }
    }

    /// Checks the errors shown again after a setting changed (they may have gone or changed).
    pub fn recheck(&mut self) {
        if !self.errors.is_empty() {
            self.errors = self.step_errors(self.step);
        }
    }

    /// The site owner's call to action. Only web, mail and phone links are kept, so that an
    /// attribute cannot smuggle in a `javascript:` URL.
    pub fn set_contact(&mut self, url: &str, label: &str) {
        let safe = url.starts_with("https://") || url.starts_with("http://") || url.starts_with("mailto:") || url.starts_with("tel:") || url.starts_with('/');
        self.contact_url = if safe { url.to_owned() } else { String::new() };
        self.contact_label = label.to_owned();
    }

    /// The answers and the step as the URL fragment holds them (without the `#`).
    pub fn snapshot(&self) -> String {
        self.answers.to_fragment(self.step, |v| js_sys::encode_uri_component(v).into())
    }

    /// Takes the answers and step of a [`State::snapshot`] or URL fragment. Returns false, changing
    /// nothing, if it is not one or if it holds what is shown already.
    pub fn restore(&mut self, snapshot: &str) -> bool {
        let decode = |v: &str| js_sys::decode_uri_component(v).ok().map(String::from);
        let restored = Answers::from_fragment(snapshot, decode).filter(|(answers, step)| *answers != self.answers || *step != self.step);
        let Some((answers, step)) = restored else { return false };
        self.answers = answers;
        self.errors.clear();
        self.checks.clear();
        self.step = step;
        true
    }

    /// Takes the answers and step from the page's URL fragment, if it holds some (on the first
    /// render and when the visitor goes back or forward in the history).
    pub fn restore_fragment(&mut self) {
        if !self.use_fragment {
            return;
        }
        let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else { return };
        let decode = |v: &str| js_sys::decode_uri_component(v).ok().map(String::from);
        if let Some((answers, step)) = Answers::from_fragment(&hash, decode) {
            self.answers = answers;
            self.errors.clear();
            self.checks.clear();
            self.step = step;
            self.focus = None;
        }
    }

    /// A new history entry for a new step, so that the browser's Back button goes back a step.
    pub fn push_history(&self) {
        self.write_history(true);
    }

    /// The current history entry updated as the visitor types, so that a reload keeps the answers.
    pub fn replace_history(&self) {
        self.write_history(false);
    }

    /// Keeps the answers in the URL fragment (never the query, so they never reach a server).
    fn write_history(&self, push: bool) {
        if !self.use_fragment {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let url = format!("#{}", self.snapshot());
        if let Ok(history) = window.history() {
            if window.location().hash().ok().as_deref() == Some(url.as_str()) {
                return;
            }
            let _ = if push {
                history.push_state_with_url(&JsValue::NULL, "", Some(&url))
            } else {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
            };
        }
    }
}
