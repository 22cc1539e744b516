//! The typed input of an assessment and its reading from JSON.

use serde::{Deserialize, Serialize};
use chrono::NaiveDate;

use super::error::{structure_error, ErrorCode, InputError, InputErrors};
use super::raw::{shape_problems, Leaf, Part, Raw, RawCategory, RawInput};
use crate::rules::{SectorGroup, RULE_SETS};
use crate::text::{Language, Message, Sentence};

/// The largest head count accepted anywhere: above any real employer in Kazakhstan, far below any
/// integer overflow.
pub const MAX_COUNT: u32 = 1_000_000;

/// The earliest and latest dates accepted in the input.
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};
pub const LATEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(date) => date,
    None => NaiveDate::MAX,
};

/// What the employer is, for the local-content exemptions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum EmployerKind {
    /// A Kazakh legal entity or individual entrepreneur.
    Company,
    /// A branch or representative office of a foreign legal entity.
    ForeignBranch,
    /// A state institution or state enterprise.
    StateBody,
}

crate::wire_names!(EmployerKind);

/// How the foreign worker is to be engaged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Route {
    /// A permit to engage foreign labour in categories 1-4.
    Permit,
    /// A permit for an intra-corporate transfer.
    IntraCorporateTransfer,
    /// A permit for seasonal foreign workers.
    Seasonal,
}

crate::wire_names!(Route);

/// The employer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Employer {
    pub kind: EmployerKind,
    pub small_business: bool,
    pub employees: u32,
}

/// The staff in one category, before the hire. EAEU citizens count as citizens here, since the
/// ratios do not count them as foreigners.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CategoryStaff {
    pub citizens: u32,
    pub foreigners: u32,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub intra_corporate_transfers: u32,
}

/// Current staff by category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Staff {
    pub category1: CategoryStaff,
    pub category2: CategoryStaff,
    pub category3: CategoryStaff,
    pub category4: CategoryStaff,
}

impl Staff {
    /// The staff of category 1 to 4.
    pub fn category(&self, category: u8) -> CategoryStaff {
        match category {
            1 => self.category1,
            2 => self.category2,
            3 => self.category3,
            4 => self.category4,
            _ => CategoryStaff::default(),
        }
    }

    /// Everyone counted in the four categories.
    pub fn total(&self) -> u64 {
        [self.category1, self.category2, self.category3, self.category4]
            .iter()
            .map(|c| u64::from(c.citizens) + u64::from(c.foreigners) + u64::from(c.intra_corporate_transfers))
            .sum()
    }
}

/// The hire the employer wants to make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Hire {
    pub route: Route,
    /// 1 to 4; optional for a seasonal hire.
    #[cfg_attr(target_arch = "wasm32", tsify(optional, type = "1 | 2 | 3 | 4"))]
    pub category: Option<u8>,
    pub count: u32,
    /// ISO 3166-1 alpha-2 code, upper case.
    pub citizenship: String,
    /// Required for a seasonal hire only.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub seasonal_days: Option<u32>,
    /// The sector group of the employer's activity in the general-permit fee table, if known: it
    /// narrows the category's range of rates to one. Used for the permit route only.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sector_group: Option<SectorGroup>,
}

/// The dates known so far; each deadline needs only its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Dates {
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub vacancy_posted: Option<NaiveDate>,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub application_registered: Option<NaiveDate>,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub approval_notified: Option<NaiveDate>,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub contract_signed: Option<NaiveDate>,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub permit_expires: Option<NaiveDate>,
    /// The day the worker should start; the plan works back from it.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub target_start: Option<NaiveDate>,
}

/// Everything the assessment needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Input {
    /// The date the rules are applied at; `None` means today in Kazakhstan.
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub as_of: Option<NaiveDate>,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub language: Language,
    pub employer: Employer,
    pub staff: Staff,
    pub hire: Hire,
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub dates: Dates,
}

impl Input {
    /// Parses the JSON text of an input, reporting every problem.
    ///
    /// ```
    /// use kz_work_permit::Input;
    /// let errors = Input::from_json(r#"{"hire": {"count": -1}}"#).unwrap_err();
    /// assert!(errors.errors.iter().any(|e| e.path == "hire.count" && e.code.as_str() == "negative"));
    /// assert!(errors.errors.iter().any(|e| e.path == "employer" && e.code.as_str() == "missingField"));
    /// ```
    pub fn from_json(json: &str) -> Result<Input, InputErrors> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let raw = super::raw::read(&mut deserializer);
        match raw.map(|raw| (raw, deserializer.end())) {
            Ok((raw, Ok(()))) => Input::from_raw(raw, Language::En),
            Ok((_, Err(trailing))) => {
                Err(InputErrors::from(InputError::new("", ErrorCode::InvalidJson, Message::InvalidJson.with("detail", trailing))).render(Language::En))
            }
            // A syntax error is `invalidJson` (serde_json names the line and column); any other
            // error of the reader is a part of the wrong shape at its path.
            Err(error) if error.inner().is_syntax() || error.inner().is_eof() => {
                Err(InputErrors::from(InputError::new("", ErrorCode::InvalidJson, Message::InvalidJson.with("detail", error.inner()))).render(Language::En))
            }
            Err(error) => Err(InputErrors::from(structure_error(&error.path().to_string(), &error.inner().to_string())).render(Language::En)),
        }
    }

    /// Builds the typed input from the lenient form, reporting every problem.
    pub fn from_raw(raw: Raw, fallback: Language) -> Result<Input, InputErrors> {
        let language = match &raw.input {
            Part::Object(RawInput { language: Some(Leaf::Text(tag)), .. }) => Language::parse(tag).unwrap_or(fallback),
            _ => fallback,
        };
        let problems = shape_problems(&raw);
        let raw = match raw.input {
            Part::Object(raw) if problems.is_empty() => raw,
            _ => return Err(InputErrors { errors: problems }.render(language)),
        };
        let mut p = Parser { errors: Vec::new(), language: fallback };
        if let Some(leaf) = &raw.language {
            p.language = p.language_field("language", leaf).unwrap_or(fallback);
        }
        let as_of = raw.as_of.as_ref().and_then(|leaf| p.optional_date("asOf", leaf));

        let employer = match raw.employer {
            None | Some(Part::Other(_)) => p.missing("employer"),
            Some(Part::Object(e)) => {
                let kind = p.required("employer.kind", e.kind.as_ref()).and_then(|leaf| {
                    p.choice::<EmployerKind>("employer.kind", leaf)
                });
                let small = p.required("employer.smallBusiness", e.small_business.as_ref()).and_then(|l| p.boolean("employer.smallBusiness", l));
                let employees = p.required("employer.employees", e.employees.as_ref()).and_then(|l| p.count("employer.employees", l, 0));
                match (kind, small, employees) {
                    (Some(kind), Some(small_business), Some(employees)) => Some(Employer { kind, small_business, employees }),
                    _ => None,
                }
            }
        };

        let staff = match raw.staff {
            None | Some(Part::Other(_)) => p.missing("staff"),
            Some(Part::Object(s)) => {
                let c1 = p.category_staff("staff.category1", s.category1);
                let c2 = p.category_staff("staff.category2", s.category2);
                let c3 = p.category_staff("staff.category3", s.category3);
                let c4 = p.category_staff("staff.category4", s.category4);
                match (c1, c2, c3, c4) {
                    (Some(category1), Some(category2), Some(category3), Some(category4)) => {
                        Some(Staff { category1, category2, category3, category4 })
                    }
                    _ => None,
                }
            }
        };

        let hire = match raw.hire {
            None | Some(Part::Other(_)) => p.missing("hire"),
            Some(Part::Object(h)) => {
                let route = p.required("hire.route", h.route.as_ref()).and_then(|leaf| {
                    p.choice::<Route>("hire.route", leaf)
                });
                let category = h.category.as_ref().filter(|l| **l != Leaf::Null).and_then(|l| p.count("hire.category", l, 0));
                let count = p.required("hire.count", h.count.as_ref()).and_then(|l| p.count("hire.count", l, 1));
                let citizenship = p.required("hire.citizenship", h.citizenship.as_ref()).and_then(|l| p.country("hire.citizenship", l));
                let seasonal_days = h.seasonal_days.as_ref().filter(|l| **l != Leaf::Null).and_then(|l| p.count("hire.seasonalDays", l, 0));
                let sector_group = h.sector_group.as_ref().and_then(|l| p.optional_choice::<SectorGroup>("hire.sectorGroup", l));
                match (route, count, citizenship) {
                    (Some(route), Some(count), Some(citizenship)) => Some(Hire {
                        route,
                        category: category.map(|c| u8::try_from(c).unwrap_or(u8::MAX)),
                        count,
                        citizenship,
                        seasonal_days,
                        sector_group,
                    }),
                    _ => None,
                }
            }
        };

        let dates = match raw.dates {
            None | Some(Part::Other(_)) => Dates::default(),
            Some(Part::Object(d)) => Dates {
                vacancy_posted: d.vacancy_posted.as_ref().and_then(|l| p.optional_date("dates.vacancyPosted", l)),
                application_registered: d.application_registered.as_ref().and_then(|l| p.optional_date("dates.applicationRegistered", l)),
                approval_notified: d.approval_notified.as_ref().and_then(|l| p.optional_date("dates.approvalNotified", l)),
                contract_signed: d.contract_signed.as_ref().and_then(|l| p.optional_date("dates.contractSigned", l)),
                permit_expires: d.permit_expires.as_ref().and_then(|l| p.optional_date("dates.permitExpires", l)),
                target_start: d.target_start.as_ref().and_then(|l| p.optional_date("dates.targetStart", l)),
            },
        };

        match (employer, staff, hire) {
            (Some(employer), Some(staff), Some(hire)) if p.errors.is_empty() => {
                let input = Input { as_of, language: p.language, employer, staff, hire, dates };
                match input.check() {
                    Ok(()) => Ok(input),
                    Err(errors) => Err(errors),
                }
            }
            _ => Err(InputErrors { errors: p.errors }.render(p.language)),
        }
    }

    /// Checks the rules that involve more than one field. `assess` calls it, so an `Input` built
    /// in Rust is held to the same rules as one parsed from JSON.
    pub fn check(&self) -> Result<(), InputErrors> {
        let mut p = Parser { errors: Vec::new(), language: self.language };
        if let Some(date) = self.as_of {
            if date < RULE_SETS[0].starts {
                p.push("asOf", ErrorCode::BeforeRuleSets, Message::BeforeRuleSets.with("date", RULE_SETS[0].starts));
            }
        }
        let e = &self.employer;
        for (path, value) in [("employer.employees", e.employees), ("hire.count", self.hire.count)] {
            p.bound(path, value);
        }
        for (category, staff) in [("1", self.staff.category1), ("2", self.staff.category2), ("3", self.staff.category3), ("4", self.staff.category4)] {
            for (field, value) in [("citizens", staff.citizens), ("foreigners", staff.foreigners), ("intraCorporateTransfers", staff.intra_corporate_transfers)] {
                p.bound(&format!("staff.category{category}.{field}"), value);
            }
        }
        let total = self.staff.total();
        if total > u64::from(e.employees) {
            p.push("employer.employees", ErrorCode::StaffExceedsEmployees, Message::StaffExceedsEmployees.with("total", total).with("employees", e.employees));
        }

        let hire = &self.hire;
        if hire.count == 0 {
            p.push("hire.count", ErrorCode::TooSmall, Message::ExpectedAtLeastOne);
        }
        match (hire.route, hire.category) {
            (_, Some(category)) if !(1..=4).contains(&category) => {
                p.push("hire.category", ErrorCode::OutOfRange, Message::CategoryOutOfRange);
            }
            (Route::IntraCorporateTransfer, Some(4)) => p.push("hire.category", ErrorCode::IctCategory, Message::IctCategory),
            (Route::Permit | Route::IntraCorporateTransfer, None) => {
                p.push("hire.category", ErrorCode::CategoryRequired, Message::CategoryRequired);
            }
            _ => {}
        }
        match (hire.route, hire.seasonal_days) {
            (Route::Seasonal, None) => p.push("hire.seasonalDays", ErrorCode::SeasonalDaysRequired, Message::SeasonalDaysRequired),
            // The upper bound is the seasonal permit's term, a rule parameter: `assess` checks it.
            (Route::Seasonal, Some(0)) => p.push("hire.seasonalDays", ErrorCode::OutOfRange, Message::ExpectedAtLeastOne),
            (Route::Permit | Route::IntraCorporateTransfer, Some(_)) => {
                p.push("hire.seasonalDays", ErrorCode::SeasonalDaysNotApplicable, Message::SeasonalDaysNotApplicable);
            }
            _ => {}
        }
        check_country(&mut p, "hire.citizenship", &hire.citizenship);

        let d = &self.dates;
        let dated = [
            ("dates.vacancyPosted", d.vacancy_posted),
            ("dates.applicationRegistered", d.application_registered),
            ("dates.approvalNotified", d.approval_notified),
            ("dates.contractSigned", d.contract_signed),
            ("dates.permitExpires", d.permit_expires),
            ("dates.targetStart", d.target_start),
        ];
        for (path, date) in dated {
            if let Some(date) = date {
                p.date_range(path, date);
            }
        }
        let order = [
            (d.vacancy_posted, d.application_registered, "dates.applicationRegistered", Message::ApplicationBeforeVacancy),
            (d.application_registered, d.approval_notified, "dates.approvalNotified", Message::ApprovalBeforeApplication),
            (d.approval_notified, d.permit_expires, "dates.permitExpires", Message::ExpiryBeforeApproval),
        ];
        for (earlier, later, path, message) in order {
            if let (Some(earlier), Some(later)) = (earlier, later) {
                if later < earlier {
                    p.push(path, ErrorCode::DateOrder, message);
                }
            }
        }
        if p.errors.is_empty() {
            Ok(())
        } else {
            Err(InputErrors { errors: p.errors }.render(self.language))
        }
    }
}

const COUNTRY_CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Whether `code` is an ISO 3166-1 alpha-2 country code (upper case).
pub fn is_country_code(code: &str) -> bool {
    // The list is read as three-byte steps ("AD ", "AE ", …): splitting it at the spaces searched
    // for each one, which made this check a sixth of an assessment's instructions.
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) && COUNTRY_CODES.as_bytes().chunks(3).any(|known| known.starts_with(code.as_bytes()))
}

fn check_country(p: &mut Parser, path: &str, code: &str) {
    if code == "KZ" {
        p.push(path, ErrorCode::KazakhCitizen, Message::KazakhCitizen);
    } else if !is_country_code(code) {
        p.push(path, ErrorCode::UnknownCountry, Message::UnknownCountry.with("code", code));
    }
}

/// The error of reading an enum from its name: the names it has, which serde passes to
/// `unknown_variant` from the enum's derive (so the list is never typed out).
#[derive(Debug)]
struct ChoiceError {
    options: &'static [&'static str],
}

impl serde::de::Error for ChoiceError {
    fn custom<T: std::fmt::Display>(_message: T) -> Self {
        ChoiceError { options: &[] }
    }

    fn unknown_variant(_variant: &str, expected: &'static [&'static str]) -> Self {
        ChoiceError { options: expected }
    }
}

impl std::fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "expected one of {}", self.options.join(", "))
    }
}

impl std::error::Error for ChoiceError {}

/// Collects errors while reading leaves, and the input's language once read.
struct Parser {
    errors: Vec<InputError>,
    language: Language,
}

impl Parser {
    fn push(&mut self, path: &str, code: ErrorCode, sentence: impl Into<Sentence>) {
        self.errors.push(InputError::new(path, code, sentence));
    }

    fn missing<T>(&mut self, path: &str) -> Option<T> {
        self.push(path, ErrorCode::MissingField, Message::Required);
        None
    }

    fn required<'a>(&mut self, path: &str, leaf: Option<&'a Leaf>) -> Option<&'a Leaf> {
        match leaf {
            None | Some(Leaf::Null) => self.missing(path),
            Some(leaf) => Some(leaf),
        }
    }

    fn count(&mut self, path: &str, leaf: &Leaf, minimum: u32) -> Option<u32> {
        let Leaf::Number(number) = leaf else {
            self.push(path, ErrorCode::InvalidType, Message::ExpectedNumber);
            return None;
        };
        let number = *number;
        if number.fract() != 0.0 {
            self.push(path, ErrorCode::NotInteger, Message::ExpectedWholeNumber);
            None
        } else if number < 0.0 {
            self.push(path, ErrorCode::Negative, Message::ExpectedNonNegative);
            None
        } else if number > f64::from(MAX_COUNT) {
            self.push(path, ErrorCode::TooLarge, Message::TooLarge.with("max", MAX_COUNT));
            None
        } else if number < f64::from(minimum) {
            self.push(path, ErrorCode::TooSmall, Message::ExpectedAtLeastOne);
            None
        } else {
            Some(number as u32)
        }
    }

    fn bound(&mut self, path: &str, value: u32) {
        if value > MAX_COUNT {
            self.push(path, ErrorCode::TooLarge, Message::TooLarge.with("max", MAX_COUNT));
        }
    }

    fn boolean(&mut self, path: &str, leaf: &Leaf) -> Option<bool> {
        match leaf {
            Leaf::Bool(value) => Some(*value),
            _ => {
                self.push(path, ErrorCode::InvalidType, Message::ExpectedYesNo);
                None
            }
        }
    }

    fn text<'a>(&mut self, path: &str, leaf: &'a Leaf) -> Option<&'a str> {
        match leaf {
            Leaf::Text(text) => Some(text),
            _ => {
                self.push(path, ErrorCode::InvalidType, Message::ExpectedText);
                None
            }
        }
    }

    /// One of an enum's values by its wire name; the error lists every name serde knows.
    fn choice<T: serde::de::DeserializeOwned>(&mut self, path: &str, leaf: &Leaf) -> Option<T> {
        use serde::de::IntoDeserializer;
        let text = self.text(path, leaf)?;
        let name: serde::de::value::StrDeserializer<'_, ChoiceError> = text.into_deserializer();
        match T::deserialize(name) {
            Ok(value) => Some(value),
            Err(ChoiceError { options }) => {
                self.push(path, ErrorCode::InvalidValue, Message::UnknownOption.with("options", options.join(", ")));
                None
            }
        }
    }

    /// An optional choice: absent when null or empty.
    fn optional_choice<T: serde::de::DeserializeOwned>(&mut self, path: &str, leaf: &Leaf) -> Option<T> {
        if *leaf == Leaf::Null || *leaf == Leaf::Text(String::new()) {
            return None;
        }
        self.choice(path, leaf)
    }

    fn language_field(&mut self, path: &str, leaf: &Leaf) -> Option<Language> {
        let language = match leaf {
            Leaf::Text(text) => Language::parse(text),
            _ => None,
        };
        if language.is_none() {
            self.push(path, ErrorCode::InvalidValue, Message::UnknownOption.with("options", "kk, ru, en"));
        }
        language
    }

    fn country(&mut self, path: &str, leaf: &Leaf) -> Option<String> {
        let text = self.text(path, leaf)?.trim().to_ascii_uppercase();
        let before = self.errors.len();
        check_country(self, path, &text);
        (self.errors.len() == before).then_some(text)
    }

    fn optional_date(&mut self, path: &str, leaf: &Leaf) -> Option<NaiveDate> {
        if *leaf == Leaf::Null || *leaf == Leaf::Text(String::new()) {
            return None;
        }
        self.date(path, leaf)
    }

    fn date(&mut self, path: &str, leaf: &Leaf) -> Option<NaiveDate> {
        let text = match leaf {
            Leaf::Text(text) => text.as_str(),
            _ => {
                self.push(path, ErrorCode::InvalidType, Message::ExpectedDate);
                return None;
            }
        };
        let shaped = text.len() == 10 && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        if !shaped {
            self.push(path, ErrorCode::InvalidDate, Message::ExpectedDate);
            return None;
        }
        match crate::calendar::parse_iso_date(text) {
            Some(date) => {
                let before = self.errors.len();
                self.date_range(path, date);
                (self.errors.len() == before).then_some(date)
            }
            None => {
                self.push(path, ErrorCode::InvalidDate, Message::InvalidDate.with("text", text));
                None
            }
        }
    }

    fn date_range(&mut self, path: &str, date: NaiveDate) {
        if date < EARLIEST_DATE || date > LATEST_DATE {
            let (first, last) = (EARLIEST_DATE.to_string(), LATEST_DATE.to_string());
            self.push(path, ErrorCode::OutOfRange, Message::DateOutOfRange.with("first", first).with("last", last));
        }
    }

    fn category_staff(&mut self, path: &str, raw: Option<Part<RawCategory>>) -> Option<CategoryStaff> {
        let Some(Part::Object(raw)) = raw else { return self.missing(path) };
        let citizens_path = format!("{path}.citizens");
        let foreigners_path = format!("{path}.foreigners");
        let ict_path = format!("{path}.intraCorporateTransfers");
        let citizens = self.required(&citizens_path, raw.citizens.as_ref()).and_then(|l| self.count(&citizens_path, l, 0));
        let foreigners = self.required(&foreigners_path, raw.foreigners.as_ref()).and_then(|l| self.count(&foreigners_path, l, 0));
        let ict = match raw.intra_corporate_transfers.as_ref().filter(|l| **l != Leaf::Null) {
            None => Some(0),
            Some(leaf) => self.count(&ict_path, leaf, 0),
        };
        Some(CategoryStaff { citizens: citizens?, foreigners: foreigners?, intra_corporate_transfers: ict? })
    }
}
