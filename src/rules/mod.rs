//! Dated rule sets: every parameter of the permit rules as a row of data with its value, unit, day
//! kind, effective dates, citation and confidence (the table is in [`table`]).
//!
//! ```
//! use chrono::NaiveDate;
//! use kz_work_permit::rules::{ParameterId, RuleBook, Value, rule_set_for};
//!
//! let date = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
//! assert_eq!(rule_set_for(date).unwrap().id, "2025-09-01");
//! let book = RuleBook::built_in();
//! let review = book.get(ParameterId::ReviewWorkingDays, date).unwrap();
//! assert_eq!(review.value, Value::Number(6));
//! ```

use serde::{Deserialize, Serialize};
mod overrides;
pub mod table;

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;

pub use overrides::{check_overrides, parse_overrides, read_overrides, OverrideError, RawOverrides, SET_BY_SITE_OWNER};
pub use table::{ActId, ClauseId, ParameterId, SectorGroup};

/// How sure we are of a fact. Ordered from least to most sure, so `min` gives the weakest link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Confidence {
    /// A single weak or secondary source, an inference, or sources that conflict.
    Unconfirmed,
    /// One credible source, or agreeing sources that predate the current rules.
    Likely,
    /// Two or more independent sources, or an official text.
    Confirmed,
}

crate::wire_names!(Confidence);

/// Whether a period is counted in calendar days or in working days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum DayKind {
    Calendar,
    Working,
}

crate::wire_names!(DayKind);

/// The unit of a parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum Unit {
    Days,
    Months,
    Years,
    Percent,
    Employees,
    Extensions,
    /// Monthly calculation index: fees are set in MCI and paid in tenge.
    Mci,
    Tenge,
    CountryCodes,
    /// A yes/no rule.
    Rule,
}

crate::wire_names!(Unit);

/// A seasonal fee band: up to `max_days` of work costs `mci` MCI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Band {
    pub max_days: u32,
    pub mci: u32,
}

/// A general-permit fee rate: a worker of `category` (1 to 4) hired by an employer of
/// `sector_group` costs `mci` MCI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Rate {
    pub category: u8,
    pub sector_group: SectorGroup,
    pub mci: u32,
}

/// The value of a parameter, written as `{"kind": "range", "value": {"min": 1, "max": 2}}`; kinds
/// without a value have no `value` member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
pub enum Value {
    Number(u32),
    Range { min: u32, max: u32 },
    Choices(&'static [u32]),
    Bands(&'static [Band]),
    /// A fee table by worker category and sector group.
    Rates(&'static [Rate]),
    Codes(&'static [&'static str]),
    Flag(bool),
    /// No upper limit (for example, every small business was exempt before 1 September 2025).
    Unlimited,
    /// The rule set has no such requirement.
    NotRequired,
    /// The rule exists but its value could not be established: say so, never invent one.
    Unknown,
}

/// Where a parameter comes from: the act, the clause verified (or `""`) and the act's official
/// address (adilet.zan.kz or another government site), or an empty `url` when none is known.
///
/// A built-in row names its act by `act_id` and its clause by `clause_id`; `act` and `clause` are
/// their texts in a language once rendered (`text::render_citation`: `Assessment::render` and
/// `ruleSets(language)` do it), as a message's text is, and empty before (in an element's build,
/// in its one language from compile time). A site owner's override has its own `act` text and no id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Citation {
    pub act: Cow<'static, str>,
    /// The built-in act (its name in each language is in `data/words/*.toml` [act]); `None` for
    /// a site owner's citation. Not part of the JSON.
    #[serde(skip)]
    pub act_id: Option<ActId>,
    pub clause: Cow<'static, str>,
    /// The built-in clause (a reference each language writes, `data/words/*.toml` [clause]);
    /// `None` when none was verified, and for a site owner's citation. Not part of the JSON.
    #[serde(skip)]
    pub clause_id: Option<ClauseId>,
    pub url: Cow<'static, str>,
}

/// A secondary source read for a parameter (a law firm's article, a news item): shown on the
/// rules page only, never as a citation (those link official texts). Full build only.
#[cfg(not(feature = "embed"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Evidence {
    pub title: &'static str,
    pub address: &'static str,
    /// As far as known: a year, a month (`2025-09`) or a day.
    pub date: Option<&'static str>,
}

/// Who set a parameter's value: this project's table, or the site owner's override.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum SetBy {
    BuiltIn,
    SiteOwner,
}

crate::wire_names!(SetBy);

/// One row of the rule table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Parameter {
    pub id: ParameterId,
    pub value: Value,
    pub unit: Unit,
    pub day_kind: Option<DayKind>,
    #[serde(serialize_with = "crate::lenient::serialize_date")]
    pub effective_from: NaiveDate,
    /// Inclusive; `None` while in force.
    #[serde(serialize_with = "crate::lenient::serialize_optional_date")]
    pub effective_to: Option<NaiveDate>,
    pub citation: Citation,
    pub confidence: Confidence,
    pub set_by: SetBy,
}

impl Parameter {
    /// Whether the row is in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective_from <= date && self.effective_to.is_none_or(|to| date <= to)
    }
}

/// A version of the permit Rules (Order No. 279) as amended at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct RuleSet {
    /// The date the version took effect, as `YYYY-MM-DD`; also its identifier.
    pub id: &'static str,
    #[serde(serialize_with = "crate::lenient::serialize_date")]
    pub starts: NaiveDate,
    #[serde(serialize_with = "crate::lenient::serialize_optional_date")]
    pub ends: Option<NaiveDate>,
    /// The act's name in the assessment's language once rendered (`Assessment::render`,
    /// `ruleSets(language)`), from `act_id`; empty before.
    pub act: &'static str,
    /// The act (its name in each language is in `data/words/*.toml` [act]). Not part of the JSON.
    #[serde(skip)]
    pub act_id: ActId,
    pub url: &'static str,
}

// RULES_CHECKED_TO: the date up to which the rules were last checked against public sources,
// data/rules.toml `checkedTo`.
include!(concat!(env!("OUT_DIR"), "/checked_to.rs"));

/// Every version of the Rules the engine knows, oldest first.
pub const RULE_SETS: &[RuleSet] = &[
    RuleSet {
        id: "2023-07-01",
        starts: table::ymd(2023, 7, 1),
        ends: Some(table::ymd(2025, 8, 31)),
        act: crate::text::table_act_name(ActId::Order279),
        act_id: ActId::Order279,
        url: "https://adilet.zan.kz/kaz/docs/V2300032977",
    },
    RuleSet {
        id: "2025-09-01",
        starts: table::ymd(2025, 9, 1),
        ends: None,
        act: crate::text::table_act_name(ActId::Order93),
        act_id: ActId::Order93,
        // The consolidated text of Order No. 279 on adilet, which carries Order No. 93's amendments.
        url: "https://adilet.zan.kz/rus/docs/V2300032977",
    },
];

/// A date the rule sets do not cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RulesError {
    pub date: NaiveDate,
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no rule set covers {}: the engine models Order No. 279 from 2023-07-01", self.date)
    }
}

impl std::error::Error for RulesError {}

/// The rule set in force on `date`.
pub fn rule_set_for(date: NaiveDate) -> Result<&'static RuleSet, RulesError> {
    RULE_SETS
        .iter()
        .rev()
        .find(|set| set.starts <= date && set.ends.is_none_or(|end| date <= end))
        .ok_or(RulesError { date })
}

/// The built-in table with any parameters the site owner has overridden.
#[derive(Clone, Debug, Default)]
pub struct RuleBook {
    overrides: Vec<Parameter>,
}

impl RuleBook {
    /// The table as this project publishes it.
    pub fn built_in() -> Self {
        Self::default()
    }

    /// A book where each of `overrides` takes precedence over built-in rows with the same id
    /// in force on the same dates.
    pub fn with_overrides(overrides: Vec<Parameter>) -> Self {
        Self { overrides }
    }

    /// The row for `id` in force on `date`, overrides first; `None` when no row covers the date.
    pub fn get(&self, id: ParameterId, date: NaiveDate) -> Option<&Parameter> {
        self.overrides
            .iter()
            .chain(table::PARAMETERS.iter())
            .find(|row| row.id == id && row.in_force_on(date))
    }

    /// Every built-in row followed by the overrides.
    pub fn rows(&self) -> impl Iterator<Item = &Parameter> {
        table::PARAMETERS.iter().chain(self.overrides.iter())
    }

    /// The site owner's overrides.
    pub fn overrides(&self) -> &[Parameter] {
        &self.overrides
    }
}
