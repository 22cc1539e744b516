//! The rule table: one row per parameter and period. The rows are data, in `data/rules.toml`
//! (readable by a lawyer: value, unit, day kind, effective dates, the act, clause, official
//! address and evidence, confidence); build.rs checks that file and generates [`PARAMETERS`] from
//! it at build time, so nothing is parsed at run time. This module keeps the ids the engine
//! matches on; build.rs checks that every id has an entry and every entry a known id.
//!
//! Changing a rule is one entry in `data/rules.toml` and one case in `tests/cases/`.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{Band, Citation, Confidence, DayKind, Parameter, Rate, SetBy, Unit, Value};
#[cfg(not(feature = "embed"))]
use super::Evidence;

/// The identifier of a rule parameter, stable across versions (it is part of the JSON contract).
/// Its wire name is the variant's name in camelCase (`rename_all`); `Serialize` writes it from a
/// table build.rs generates from the same variants, smaller in the element than serde's derived
/// enum serialiser (docs/size.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ParameterId {
    EaeuMemberStates,
    LocalContentMinPercentCategories1And2,
    LocalContentMinPercentCategories3And4,
    SmallBusinessExemptMaxEmployees,
    SmallBusinessMaxAverageHeadcount,
    SmallBusinessMaxAverageIncomeMci,
    ForeignBranchExemptMaxStaff,
    StateBodyExempt,
    IctMaxPercentOfCitizens,
    VacancyPostingDays,
    FirstApplicationDayAfterPosting,
    VacancyPeriodCivilCodeCounting,
    VacancyPostingForIntraCorporateTransfer,
    VacancyPostingForSeasonal,
    ReviewWorkingDays,
    ObjectionWorkingDays,
    FeePaymentWorkingDays,
    PermitIssueWorkingDays,
    WorkVisaWorkingDays,
    ContractRegistrationWorkingDays,
    ContractAmendmentDays,
    ExtensionWindowOpensDaysBeforeExpiry,
    ExtensionWindowClosesDaysBeforeExpiry,
    ExtensionDecisionWorkingDays,
    PermitTermCategory1,
    ExtensionsCategory1,
    PermitTermCategories2And3,
    ExtensionsCategories2And3,
    PermitTermCategory4,
    ExtensionsCategory4,
    PermitTermSeasonal,
    ExtensionsSeasonal,
    PermitTermIntraCorporateTransfer,
    ExtensionYearsIntraCorporateTransfer,
    ExtensionsIntraCorporateTransfer,
    Category4ReplacementMonths,
    IctPriorServiceYears,
    IctSpecialCondition,
    FeeSeasonal,
    FeeIntraCorporateTransfer,
    FeeGeneralPermit,
    FeePaidAtMciOnPaymentDay,
    Mci,
    ContractRegisterForForeigners,
    MigrationReporting,
    ApostilleCheck,
}

crate::wire_names!(ParameterId);

/// The sector groups of the general-permit fee table (the last confirmed table, of 2017, has three:
/// A for most services, B for mining, trade and motor-vehicle repair, C for a group whose list of
/// sectors the sources do not show). Part of the JSON contract (`hire.sectorGroup` and the rates of
/// `feeGeneralPermit`); build.rs checks the data's group names against these variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum SectorGroup {
    A,
    B,
    C,
}

crate::wire_names!(SectorGroup);

impl ParameterId {
    /// The id as it appears in JSON and on the rules page (camelCase).
    pub fn name(self) -> &'static str {
        crate::wire_name(&self)
    }

    /// The id with the given JSON name: found among the table's rows, which hold every id (a
    /// test checks it), by the same serde name it is written with.
    pub fn from_name(name: &str) -> Option<ParameterId> {
        PARAMETERS.iter().map(|row| row.id).find(|id| id.name() == name)
    }
}


pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in the rule table"),
    }
}

/// A built-in row's citation: the act and the clause by their ids, written in a language when the
/// answer is rendered (`text::render_citation`), or in an element's build in its one language from
/// compile time, so a build carries the texts of its own language only.
const fn cite(act: ActId, clause: Option<ClauseId>, url: &'static str) -> Citation {
    Citation {
        act: Cow::Borrowed(crate::text::table_act_name(act)),
        act_id: Some(act),
        clause: Cow::Borrowed(crate::text::table_clause(clause)),
        clause_id: clause,
        url: Cow::Borrowed(url),
    }
}

#[allow(clippy::too_many_arguments)]
const fn row(
    id: ParameterId,
    value: Value,
    unit: Unit,
    day_kind: Option<DayKind>,
    effective_from: NaiveDate,
    effective_to: Option<NaiveDate>,
    citation: Citation,
    confidence: Confidence,
) -> Parameter {
    Parameter { id, value, unit, day_kind, effective_from, effective_to, citation, confidence, set_by: SetBy::BuiltIn }
}

// ActId: the acts the rows cite, generated by build.rs (build/rules.rs) from data/rules.toml.
include!(concat!(env!("OUT_DIR"), "/acts.rs"));

// ClauseId: the clauses the rows cite, generated by build.rs (build/rules.rs) from data/rules.toml.
include!(concat!(env!("OUT_DIR"), "/clauses.rs"));

include!(concat!(env!("OUT_DIR"), "/parameters.rs"));

// The evidence and the note of each row (`EVIDENCE`, `NOTES`, in the order of `PARAMETERS`): the
// rules page's, so the element's builds leave them out.
#[cfg(not(feature = "embed"))]
include!(concat!(env!("OUT_DIR"), "/evidence.rs"));
