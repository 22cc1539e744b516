//! The question steps and the "Your answers" summary.

use chrono::NaiveDate;

use super::answers::{Answers, Check, Step, STAFF_FIELDS};
use crate::assess::InputError;
use crate::rules::{ParameterId, RuleBook, Value};
use crate::text::{self, fill_named, Language};
use crate::web::html::Html;
use crate::web::ui_text::{self, ui, Ui};

/// The id of the form control for an answer key: `hire.count` → `kzwp-hire-count`.
pub fn field_id(key: &str) -> String {
    format!("kzwp-{}", key.replace('.', "-"))
}

/// What a step needs to render.
pub struct FormView<'a> {
    pub step: Step,
    pub answers: &'a Answers,
    pub errors: &'a [InputError],
    pub checks: &'a [Check],
    pub language: Language,
    /// The rules the hints quote (the built-in ones with the site owner's overrides), on `today`.
    pub rules: &'a RuleBook,
    pub today: NaiveDate,
}

impl FormView<'_> {
    fn t(&self, key: Ui) -> &'static str {
        ui(key, self.language)
    }

    /// The error for the control of `key`, if any.
    fn error_for(&self, key: &str) -> Option<&InputError> {
        self.errors.iter().find(|e| e.path == key)
    }

    pub fn render(&self, html: &mut Html) {
        let number = Step::QUESTIONS.iter().position(|s| *s == self.step).map_or(0, |i| i + 1);
        html.element("p", &[("class", "kzwp-progress")], &fill_named(self.t(Ui::StepOf), &[("step", number.to_string()), ("steps", "4".into())]));
        html.element("h2", &[("tabindex", "-1"), ("class", "kzwp-heading"), ("part", "heading")], self.t(step_title(self.step)));
        html.open("form", &[("novalidate", ""), ("class", "kzwp-form"), ("part", "step")]);
        match self.step {
            Step::Employer => self.employer(html),
            Step::Staff => self.staff(html),
            Step::Hire => self.hire(html),
            _ => self.dates(html),
        }
        html.open("div", &[("class", "kzwp-actions")]);
        html.element("button", &[("type", "submit"), ("class", "kzwp-button"), ("part", "button")], self.t(Ui::Continue));
        if self.step != Step::Employer {
            html.element("button", &[("type", "button"), ("class", "kzwp-link"), ("data-action", "back")], self.t(Ui::Back));
        }
        html.close("div").close("form");
    }

    fn employer(&self, html: &mut Html) {
        self.radios(html, "employer.kind", Ui::KindLegend, None, &[
            ("company", Ui::KindCompany),
            ("foreignBranch", Ui::KindForeignBranch),
            ("stateBody", Ui::KindStateBody),
        ]);
        self.radios(html, "employer.smallBusiness", Ui::SmallBusinessLegend, Some(&self.small_business_hint()), &[("yes", Ui::Yes), ("no", Ui::No)]);
        self.number(html, "employer.employees", self.t(Ui::EmployeesLabel), Some(Ui::EmployeesHint));
    }

    fn staff(&self, html: &mut Html) {
        html.element("p", &[("class", "kzwp-hint"), ("id", "kzwp-staff-hint")], self.t(Ui::StaffHint));
        for (category, title) in [(1, Ui::Category1), (2, Ui::Category2), (3, Ui::Category3), (4, Ui::Category4)] {
            html.open("fieldset", &[("class", "kzwp-fieldset kzwp-staff")]);
            html.element("legend", &[], self.t(title));
            html.open("div", &[("class", "kzwp-staff-row")]);
            for (field, label) in STAFF_FIELDS.iter().zip([Ui::Citizens, Ui::Foreigners, Ui::Transferees]) {
                self.number(html, &format!("staff.category{category}.{field}"), self.t(label), None);
            }
            html.close("div").close("fieldset");
        }
    }

    /// What makes a business small, with the Entrepreneurial Code's limits from the rule table;
    /// without them on a day no row of the table covers.
    fn small_business_hint(&self) -> String {
        let limit = |id| match self.rules.get(id, self.today).map(|row| &row.value) {
            Some(Value::Number(n)) => Some(text::number(u64::from(*n), self.language)),
            _ => None,
        };
        let never_small = self.t(Ui::NeverSmallBusiness);
        match (limit(ParameterId::SmallBusinessMaxAverageHeadcount), limit(ParameterId::SmallBusinessMaxAverageIncomeMci)) {
            (Some(headcount), Some(income)) => format!("{} {never_small}", fill_named(self.t(Ui::SmallBusinessHint), &[("headcount", headcount), ("income", income)])),
            _ => never_small.to_owned(),
        }
    }

    fn hire(&self, html: &mut Html) {
        self.radios(html, "hire.route", Ui::RouteLegend, None, &[
            ("permit", Ui::RoutePermit),
            ("intraCorporateTransfer", Ui::RouteIct),
            ("seasonal", Ui::RouteSeasonal),
        ]);
        let seasonal = self.answers.get("hire.route") == "seasonal";
        let legend_hint = if seasonal { Some(self.t(Ui::Optional)) } else { None };
        self.radios(html, "hire.category", Ui::CategoryLegend, legend_hint, &[
            ("1", Ui::Category1),
            ("2", Ui::Category2),
            ("3", Ui::Category3),
            ("4", Ui::Category4),
        ]);
        self.number(html, "hire.count", self.t(Ui::CountLabel), None);
        self.country(html);
        // Shown and hidden in place as the route changes, so typing is never interrupted.
        html.open("div", &conditional(SEASONAL_ONLY, seasonal));
        self.number(html, "hire.seasonalDays", self.t(Ui::SeasonalDaysLabel), None);
        html.close("div");
        // The sector group narrows the general permit's fee; optional, "not sure" keeps the range.
        html.open("div", &conditional(PERMIT_ONLY, self.answers.get("hire.route") == "permit"));
        self.radios(html, "hire.sectorGroup", Ui::SectorGroupLegend, Some(self.t(Ui::SectorGroupHint)), SECTOR_GROUPS);
        html.close("div");
    }

    fn dates(&self, html: &mut Html) {
        html.element("p", &[("class", "kzwp-hint")], self.t(Ui::DatesHint));
        for (key, label) in DATE_FIELDS {
            let label = format!("{} {}", self.t(*label), self.t(Ui::Optional));
            // Text, not type=date: a browser's date field hands over nothing for a date that does
            // not exist (30.02.2025), so the form could not say what is wrong with it.
            self.control(html, key, &label, Some(Ui::DateHint), "text", &[("inputmode", "decimal"), ("autocomplete", "off"), ("class", "kzwp-input kzwp-date-input")]);
        }
    }

    /// The citizenship: a text field offering the listed countries' names in the visitor's
    /// language (a datalist, which phones show as suggestions); any ISO code is taken too.
    fn country(&self, html: &mut Html) {
        let key = "hire.citizenship";
        let answer = self.answers.get(key);
        let shown = ui_text::country_name(answer, self.language).unwrap_or(answer);
        let list = "kzwp-countries";
        self.control_with_value(html, key, self.t(Ui::CitizenshipLabel), Some(Ui::CountryHint), shown, &[("list", list), ("autocomplete", "off"), ("class", "kzwp-input")]);
        html.open("datalist", &[("id", list)]);
        for name in ui_text::country_names(self.language) {
            html.open("option", &[("value", name)]);
        }
        html.close("datalist");
    }

    fn number(&self, html: &mut Html, key: &str, label: &str, hint: Option<Ui>) {
        self.control(html, key, label, hint, "text", &[("inputmode", "numeric"), ("autocomplete", "off"), ("class", "kzwp-input kzwp-short")]);
    }

    /// A labelled input with its hint and error, described by both.
    fn control(&self, html: &mut Html, key: &str, label: &str, hint: Option<Ui>, kind: &str, extra: &[(&str, &str)]) {
        self.control_with_value(html, key, label, hint, self.answers.get(key), &[&[("type", kind)], extra].concat());
    }

    /// [`FormView::control`] showing `value`, with an unusual answer's "is this right?" below.
    fn control_with_value(&self, html: &mut Html, key: &str, label: &str, hint: Option<Ui>, value: &str, extra: &[(&str, &str)]) {
        let id = field_id(key);
        let error = self.error_for(key);
        html.open("div", &[("class", if error.is_some() { "kzwp-field kzwp-field-error" } else { "kzwp-field" })]);
        html.element("label", &[("for", &id), ("class", "kzwp-label")], label);
        let mut described: Vec<String> = Vec::new();
        if let Some(hint) = hint {
            let hint_id = format!("{id}-hint");
            html.element("p", &[("class", "kzwp-hint"), ("id", &hint_id)], self.t(hint));
            described.push(hint_id);
        }
        if let Some(error_id) = self.error_line(html, key) {
            described.push(error_id);
        }
        let check = self.checks.iter().find(|c| c.key == key);
        if check.is_some() {
            described.push(format!("{id}-check"));
        }
        let described = described.join(" ");
        let mut attributes = vec![("id", id.as_str()), ("name", key), ("value", value)];
        if !extra.iter().any(|(name, _)| *name == "class") {
            attributes.push(("class", "kzwp-input"));
        }
        attributes.extend_from_slice(extra);
        if !described.is_empty() {
            attributes.push(("aria-describedby", &described));
        }
        if error.is_some() {
            attributes.push(("aria-invalid", "true"));
        }
        html.open("input", &attributes);
        if let Some(check) = check {
            // Unusual, not wrong: the visitor ticks that it is right, and Continue goes on.
            let confirm_id = format!("{id}-confirm");
            html.open("div", &[("class", "kzwp-check")]);
            html.element("p", &[("class", "kzwp-warning-text"), ("id", &format!("{id}-check"))], &check.message);
            html.open("div", &[("class", "kzwp-radio")]);
            html.open("input", &[("type", "checkbox"), ("id", &confirm_id), ("name", CONFIRM), ("value", key)]);
            html.element("label", &[("for", &confirm_id)], self.t(Ui::ConfirmYes));
            html.close("div").close("div");
        }
        html.close("div");
    }

    /// Writes the error message of `key` and returns its id.
    fn error_line(&self, html: &mut Html, key: &str) -> Option<String> {
        let error = self.error_for(key)?;
        let error_id = format!("{}-error", field_id(key));
        html.open("p", &[("class", "kzwp-error"), ("id", &error_id)]);
        html.element("span", &[("class", "kzwp-visually-hidden")], self.t(Ui::ErrorPrefix));
        html.text(" ").text(&error.message).close("p");
        Some(error_id)
    }

    fn radios(&self, html: &mut Html, key: &str, legend: Ui, hint: Option<&str>, options: &[(&str, Ui)]) {
        let id = field_id(key);
        let error = self.error_for(key);
        let mut described = Vec::new();
        html.open("div", &[("class", if error.is_some() { "kzwp-field kzwp-field-error" } else { "kzwp-field" })]);
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        if hint.is_some() {
            described.push(hint_id.clone());
        }
        if error.is_some() {
            described.push(error_id.clone());
        }
        let described = described.join(" ");
        let mut fieldset = vec![("class", "kzwp-fieldset"), ("id", id.as_str())];
        if !described.is_empty() {
            fieldset.push(("aria-describedby", &described));
        }
        html.open("fieldset", &fieldset);
        html.element("legend", &[("class", "kzwp-label")], self.t(legend));
        if let Some(hint) = hint {
            html.element("p", &[("class", "kzwp-hint"), ("id", &hint_id)], hint);
        }
        self.error_line(html, key);
        let chosen = self.answers.get(key);
        for (index, (value, label)) in options.iter().enumerate() {
            let option_id = format!("{id}-{index}");
            html.open("div", &[("class", "kzwp-radio")]);
            let mut attributes = vec![("type", "radio"), ("id", option_id.as_str()), ("name", key), ("value", *value)];
            if chosen == *value {
                attributes.push(("checked", ""));
            }
            html.open("input", &attributes);
            html.element("label", &[("for", &option_id)], self.t(*label));
            html.close("div");
        }
        html.close("fieldset").close("div");
    }
}

/// The ids of the blocks shown for a seasonal hire only and for a general permit only.
pub const SEASONAL_ONLY: &str = "kzwp-seasonal-only";
pub const PERMIT_ONLY: &str = "kzwp-permit-only";

/// The name of the "yes, this is right" boxes of unusual answers (their value is the answer's key).
pub const CONFIRM: &str = "kzwp-confirm";

fn conditional(id: &'static str, shown: bool) -> Vec<(&'static str, &'static str)> {
    if shown {
        vec![("id", id)]
    } else {
        vec![("id", id), ("hidden", "")]
    }
}

/// The answers to the sector-group question: "not sure" (no answer) first, then the fee table's
/// groups by their wire names.
const SECTOR_GROUPS: &[(&str, Ui)] = &[("", Ui::SectorGroupUnknown), ("a", Ui::SectorGroupA), ("b", Ui::SectorGroupB), ("c", Ui::SectorGroupC)];

pub const DATE_FIELDS: &[(&str, Ui)] = &[
    ("dates.vacancyPosted", Ui::VacancyPosted),
    ("dates.applicationRegistered", Ui::ApplicationRegistered),
    ("dates.approvalNotified", Ui::ApprovalNotified),
    ("dates.contractSigned", Ui::ContractSigned),
    ("dates.permitExpires", Ui::PermitExpires),
    ("dates.targetStart", Ui::TargetStart),
];

/// The question at `key` as the error summary names it: "How many employees…", "Category 3:
/// specialists — Foreigners".
pub fn question_label(key: &str, language: Language) -> String {
    let t = |key| ui(key, language);
    let staff = key.strip_prefix("staff.category").and_then(|rest| rest.split_once('.'));
    if let Some((category, field)) = staff {
        let title = match category {
            "1" => Ui::Category1,
            "2" => Ui::Category2,
            "3" => Ui::Category3,
            _ => Ui::Category4,
        };
        let label = STAFF_FIELDS.iter().zip([Ui::Citizens, Ui::Foreigners, Ui::Transferees]).find(|(f, _)| **f == field).map_or("", |(_, l)| t(l));
        return format!("{} — {label}", t(title));
    }
    let fixed = [
        ("employer.kind", Ui::KindLegend),
        ("employer.smallBusiness", Ui::SmallBusinessLegend),
        ("employer.employees", Ui::EmployeesLabel),
        ("hire.route", Ui::RouteLegend),
        ("hire.category", Ui::CategoryLegend),
        ("hire.count", Ui::CountLabel),
        ("hire.citizenship", Ui::CitizenshipLabel),
        ("hire.seasonalDays", Ui::SeasonalDaysLabel),
    ];
    fixed.iter().chain(DATE_FIELDS).find(|(k, _)| *k == key).map_or_else(String::new, |(_, label)| t(*label).to_owned())
}

/// The id of the control that an error's link should focus.
pub fn focus_target(key: &str) -> String {
    let id = field_id(key);
    if ["employer.kind", "employer.smallBusiness", "hire.route", "hire.category", "hire.sectorGroup"].contains(&key) {
        format!("{id}-0")
    } else {
        id
    }
}

pub fn step_title(step: Step) -> Ui {
    match step {
        Step::Employer => Ui::StepEmployer,
        Step::Staff => Ui::StepStaff,
        Step::Hire => Ui::StepHire,
        Step::Dates => Ui::StepDates,
        Step::Summary => Ui::StepSummary,
        Step::Result => Ui::StepResult,
    }
}

/// The "Your answers" summary: one row per answer with a Change button that keeps later answers.
pub fn summary(html: &mut Html, answers: &Answers, language: Language) {
    let t = |key| ui(key, language);
    html.element("h2", &[("tabindex", "-1"), ("class", "kzwp-heading"), ("part", "heading")], t(Ui::StepSummary));
    for step in Step::QUESTIONS {
        html.element("h3", &[("class", "kzwp-subheading")], t(step_title(step)));
        html.open("dl", &[("class", "kzwp-summary"), ("part", "summary")]);
        for (key, label, value) in summary_rows(step, answers, language) {
            html.open("div", &[("class", "kzwp-summary-row")]);
            html.element("dt", &[], &label);
            html.element("dd", &[], if value.is_empty() { t(Ui::NotGiven) } else { &value });
            html.open("dd", &[("class", "kzwp-summary-action")]);
            html.open("button", &[("type", "button"), ("class", "kzwp-link"), ("data-action", "change"), ("data-step", step.name()), ("data-key", &key)]);
            html.text(t(Ui::Change)).element("span", &[("class", "kzwp-visually-hidden")], &format!(" {label}"));
            html.close("button").close("dd").close("div");
        }
        html.close("dl");
    }
    html.open("div", &[("class", "kzwp-actions")]);
    html.element("button", &[("type", "button"), ("class", "kzwp-button"), ("part", "button"), ("data-action", "result")], t(Ui::SeeResult));
    html.element("button", &[("type", "button"), ("class", "kzwp-link"), ("data-action", "back")], t(Ui::Back));
    html.close("div");
}

/// The answers as a plain list (for the printed result), without Change buttons.
pub fn answers_list(html: &mut Html, answers: &Answers, language: Language) {
    html.element("h3", &[], ui(Ui::YourAnswersPrint, language));
    html.open("dl", &[("class", "kzwp-summary")]);
    for (label, value) in answer_rows(answers, language) {
        html.open("div", &[("class", "kzwp-summary-row")]);
        html.element("dt", &[], &label).element("dd", &[], &value);
        html.close("div");
    }
    html.close("dl");
}

/// Each answer as (question, answer), "not given" for an empty one: the printed page's, the
/// copied summary's and the email's.
pub fn answer_rows(answers: &Answers, language: Language) -> Vec<(String, String)> {
    Step::QUESTIONS
        .into_iter()
        .flat_map(|step| summary_rows(step, answers, language))
        .map(|(_, label, value)| (label, if value.is_empty() { ui(Ui::NotGiven, language).to_owned() } else { value }))
        .collect()
}

fn summary_rows(step: Step, answers: &Answers, language: Language) -> Vec<(String, String, String)> {
    let t = |key| ui(key, language).to_owned();
    let choice = |key: &str, options: &[(&str, Ui)]| {
        let value = answers.get(key);
        options.iter().find(|(v, _)| *v == value).map(|(_, label)| t(*label)).unwrap_or_default()
    };
    match step {
        Step::Employer => vec![
            ("employer.kind".into(), t(Ui::KindLegend), choice("employer.kind", &[("company", Ui::KindCompany), ("foreignBranch", Ui::KindForeignBranch), ("stateBody", Ui::KindStateBody)])),
            ("employer.smallBusiness".into(), t(Ui::SmallBusinessLegend), choice("employer.smallBusiness", &[("yes", Ui::Yes), ("no", Ui::No)])),
            ("employer.employees".into(), t(Ui::EmployeesLabel), answers.get("employer.employees").to_owned()),
        ],
        Step::Staff => (1..=4)
            .map(|category| {
                let title = [Ui::Category1, Ui::Category2, Ui::Category3, Ui::Category4][category - 1];
                let value = STAFF_FIELDS
                    .iter()
                    .zip([Ui::Citizens, Ui::Foreigners, Ui::Transferees])
                    .map(|(field, label)| {
                        let count = answers.get(&format!("staff.category{category}.{field}"));
                        format!("{}: {}", t(label), if count.is_empty() { "0" } else { count })
                    })
                    .collect::<Vec<_>>();
                (format!("staff.category{category}.citizens"), t(title), value.join(", "))
            })
            .collect(),
        Step::Hire => {
            let country = match answers.citizenship(language) {
                Some(code) => ui_text::country_name(&code, language).map_or_else(|| code.clone(), |name| format!("{name} ({code})")),
                None => answers.get("hire.citizenship").to_owned(),
            };
            let mut rows = vec![
                ("hire.route".into(), t(Ui::RouteLegend), choice("hire.route", &[("permit", Ui::RoutePermit), ("intraCorporateTransfer", Ui::RouteIct), ("seasonal", Ui::RouteSeasonal)])),
                ("hire.category".into(), t(Ui::CategoryLegend), choice("hire.category", &[("1", Ui::Category1), ("2", Ui::Category2), ("3", Ui::Category3), ("4", Ui::Category4)])),
                ("hire.count".into(), t(Ui::CountLabel), answers.get("hire.count").to_owned()),
                ("hire.citizenship".into(), t(Ui::CitizenshipLabel), country),
            ];
            if answers.get("hire.route") == "seasonal" {
                rows.push(("hire.seasonalDays".into(), t(Ui::SeasonalDaysLabel), answers.get("hire.seasonalDays").to_owned()));
            }
            if answers.get("hire.route") == "permit" {
                rows.push(("hire.sectorGroup".into(), t(Ui::SectorGroupLegend), choice("hire.sectorGroup", SECTOR_GROUPS)));
            }
            rows
        }
        _ => DATE_FIELDS
            .iter()
            .map(|(key, label)| {
                let value = match crate::lenient::parse_typed_date(answers.get(key)) {
                    Ok(Some(day)) => ui_text::date(day, language),
                    _ => answers.get(key).to_owned(),
                };
                ((*key).to_owned(), t(*label), value)
            })
            .collect(),
    }
}
