//! The fee, the permit term, the special obligations, the checklist of digital steps and the open
//! points of the research.

use serde::Serialize;
use chrono::{Datelike, NaiveDate};

use super::input::{Hire, Input, Route};
use super::{Context, Finding};
use crate::rules::{Confidence, ParameterId, Value, RULES_CHECKED_TO};
use crate::text::{Message, Sentence};

/// Which fee applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum FeeKind {
    General,
    Seasonal,
    IntraCorporateTransfer,
    /// No permit, no fee.
    None,
}

/// What the fee figures cannot promise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum FeeFlag {
    /// The fee is paid at the MCI in force on the day of payment, which may differ from `mciYear`.
    PaidAtMciOnPaymentDay,
    /// No MCI is known for `mciYear`, so there is no tenge amount.
    MciUnknownForYear,
    /// The general-permit table in force is not confirmed: only a range is given.
    GeneralTableUnconfirmed,
}

/// A minimum and maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Range {
    pub min: u64,
    pub max: u64,
}

/// The permit fee, per worker and for the whole hire.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Fee {
    pub kind: FeeKind,
    /// The fee per worker in MCI, when a single figure is known.
    pub mci: Option<u64>,
    /// The range per worker in MCI, when only a range is known.
    pub mci_range: Option<Range>,
    /// The fee per worker in tenge at the MCI of `mciYear`.
    pub tenge: Option<u64>,
    pub tenge_range: Option<Range>,
    /// The number of workers (one permit each).
    pub count: u32,
    pub total_tenge: Option<u64>,
    pub total_tenge_range: Option<Range>,
    pub mci_year: i32,
    /// The value of one MCI in tenge for `mciYear`, if known.
    pub mci_value: Option<u32>,
    pub flags: Vec<FeeFlag>,
    pub finding: Finding,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string[]"))]
    pub notes: Vec<Sentence>,
}

/// One step of the digital procedure.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct ChecklistItem {
    pub id: &'static str,
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub message: Sentence,
    pub links: Vec<&'static str>,
    pub finding: Finding,
    /// The day to have it done by, from the plan (set when the plan has that step's date).
    pub due: Option<NaiveDate>,
}

pub(crate) fn fee(context: &mut Context, input: &Input, permit_needed: bool) -> Fee {
    let hire = &input.hire;
    let count = hire.count;
    let mci_year = context.as_of.year();
    let mut flags = Vec::new();
    let mut notes = Vec::new();
    let (kind, mci, mci_range, finding) = if !permit_needed {
        (FeeKind::None, Some(0), None, context.finding(Message::FeeNone, &[ParameterId::EaeuMemberStates]))
    } else {
        match hire.route {
            Route::IntraCorporateTransfer => {
                let id = ParameterId::FeeIntraCorporateTransfer;
                let mci = context.number(id).map(u64::from);
                (FeeKind::IntraCorporateTransfer, mci, None, context.finding(Message::FeeIct, &[id]))
            }
            Route::Seasonal => {
                let id = ParameterId::FeeSeasonal;
                let days = hire.seasonal_days.unwrap_or(0);
                let band = match context.param(id).map(|p| p.value) {
                    Some(Value::Bands(bands)) => bands.iter().find(|band| days <= band.max_days).copied(),
                    _ => None,
                };
                let (mci, max_days) = band.map_or((None, String::new()), |b| (Some(u64::from(b.mci)), b.max_days.to_string()));
                let shown = mci.map(|m| m.to_string()).unwrap_or_default();
                let finding = context.finding(Message::FeeSeasonal.with("days", days).with("mci", shown).with("bandDays", max_days), &[id]);
                (FeeKind::Seasonal, mci, None, finding)
            }
            Route::Permit => {
                let id = ParameterId::FeeGeneralPermit;
                let value = context.param(id).map(|p| (p.value, p.confidence));
                let (mci, range) = match value.map(|(v, _)| v) {
                    Some(Value::Number(n)) => (Some(u64::from(n)), None),
                    Some(Value::Range { min, max }) => (None, Some(Range { min: u64::from(min), max: u64::from(max) })),
                    _ => (None, None),
                };
                if value.is_some_and(|(_, c)| c == crate::rules::Confidence::Unconfirmed) {
                    flags.push(FeeFlag::GeneralTableUnconfirmed);
                    notes.push(Message::FeeGeneralUnconfirmed.into());
                }
                let (low, high) = range.map_or((String::new(), String::new()), |r| (r.min.to_string(), r.max.to_string()));
                let finding = context.finding(Message::FeeGeneral.with("min", low).with("max", high), &[id]);
                (FeeKind::General, mci, range, finding)
            }
        }
    };

    let mut finding = finding;
    let charged = kind == FeeKind::General || kind == FeeKind::Seasonal;
    let mci_value = context.book.get(ParameterId::Mci, context.as_of).and_then(|p| match p.value {
        Value::Number(n) => Some(n),
        _ => None,
    });
    if charged {
        if let Some(row) = context.param(ParameterId::Mci).cloned() {
            finding.confidence = finding.confidence.min(row.confidence);
            finding.parameters.push(row);
        }
        if let Some(row) = context.param(ParameterId::FeePaidAtMciOnPaymentDay).cloned() {
            finding.confidence = finding.confidence.min(row.confidence);
            finding.parameters.push(row);
        }
        flags.push(FeeFlag::PaidAtMciOnPaymentDay);
        notes.push(Message::FeePaidAtPaymentDayMci.with("year", mci_year));
        if mci_value.is_none() {
            flags.push(FeeFlag::MciUnknownForYear);
            notes.push(Message::FeeMciUnknown.with("year", mci_year));
        }
    }
    // Zero-fee kinds need no MCI: their tenge amount is exactly zero.
    let to_tenge = |mci: u64| if mci == 0 { Some(0) } else { mci_value.map(|v| mci * u64::from(v)) };
    let tenge = mci.and_then(to_tenge);
    let tenge_range = mci_range.and_then(|r| Some(Range { min: to_tenge(r.min)?, max: to_tenge(r.max)? }));
    let workers = u64::from(count);
    Fee {
        kind,
        mci,
        mci_range,
        tenge,
        tenge_range,
        count,
        total_tenge: tenge.map(|t| t * workers),
        total_tenge_range: tenge_range.map(|r| Range { min: r.min * workers, max: r.max * workers }),
        mci_year,
        mci_value,
        flags,
        finding,
        notes,
    }
}

pub(crate) fn permit_term(context: &mut Context, hire: &Hire) -> Finding {
    match (hire.route, hire.category) {
        (Route::Seasonal, _) => {
            let days = context.number(ParameterId::PermitTermSeasonal).unwrap_or(0).to_string();
            context.finding(Message::TermSeasonal.with("days", days), &[ParameterId::PermitTermSeasonal, ParameterId::ExtensionsSeasonal])
        }
        (Route::IntraCorporateTransfer, _) => {
            let years = number_or_unknown(context, ParameterId::PermitTermIntraCorporateTransfer);
            context.finding(
                Message::TermIct.with("years", years),
                &[ParameterId::PermitTermIntraCorporateTransfer, ParameterId::ExtensionsIntraCorporateTransfer],
            )
        }
        (Route::Permit, Some(1)) => {
            context.finding(Message::TermCategory1, &[ParameterId::PermitTermCategory1, ParameterId::ExtensionsCategory1])
        }
        (Route::Permit, Some(4)) => {
            let months = number_or_unknown(context, ParameterId::PermitTermCategory4);
            context.finding(Message::TermCategory4.with("months", months), &[ParameterId::PermitTermCategory4, ParameterId::ExtensionsCategory4])
        }
        (Route::Permit, _) => {
            let months = context.number(ParameterId::PermitTermCategories2And3);
            let extensions = context.number(ParameterId::ExtensionsCategories2And3);
            // The whole stay: the first permit and every extension, each as long as the first.
            let total_years = months.zip(extensions).map(|(months, extensions)| months * (1 + extensions) / 12);
            let shown = |value: Option<u32>| value.map_or_else(|| "?".to_owned(), |value| value.to_string());
            let sentence = Message::TermCategories2And3
                .with("months", shown(months))
                .with("extensions", shown(extensions))
                .with("totalYears", shown(total_years));
            context.finding(sentence, &[ParameterId::PermitTermCategories2And3, ParameterId::ExtensionsCategories2And3])
        }
    }
}

/// A number parameter's value as text, or "?" when it is unknown (the parameter is then listed
/// in `unknownParameters`).
fn number_or_unknown(context: &mut Context, id: ParameterId) -> String {
    context.number(id).map_or_else(|| "?".to_owned(), |value| value.to_string())
}

pub(crate) fn obligations(context: &mut Context, hire: &Hire) -> Vec<Finding> {
    let mut out = Vec::new();
    if hire.route == Route::Permit && hire.category == Some(4) {
        let id = ParameterId::Category4ReplacementMonths;
        let (low, high) = match context.param(id).map(|p| p.value) {
            Some(Value::Range { min, max }) => (min.to_string(), max.to_string()),
            _ => (String::new(), String::new()),
        };
        out.push(context.finding(Message::ObligationCategory4Replacement.with("min", low).with("max", high), &[id]));
    }
    if hire.route == Route::IntraCorporateTransfer {
        out.push(context.finding(Message::ObligationIctSpecialCondition, &[ParameterId::IctSpecialCondition]));
        let years = context.number(ParameterId::IctPriorServiceYears).unwrap_or(0).to_string();
        out.push(context.finding(Message::ObligationIctPriorService.with("years", years), &[ParameterId::IctPriorServiceYears]));
    }
    out
}

pub(crate) fn checklist(context: &mut Context, input: &Input, permit_needed: bool) -> Vec<ChecklistItem> {
    let amended = digital_procedure(context);
    let route = input.hire.route;
    let mut items = Vec::new();
    let mut add = |context: &mut Context, id: &'static str, message: Sentence, links: Vec<&'static str>, ids: &[ParameterId]| {
        let finding = context.finding(message.clone(), ids);
        items.push(ChecklistItem { id, message, links, finding, due: None });
    };
    if permit_needed && route == Route::Permit && amended {
        add(context, "vacancy", Message::CheckVacancy.into(), vec!["https://www.enbek.kz"], &[ParameterId::VacancyPostingDays]);
    }
    if permit_needed {
        add(context, "documents", Message::CheckDocuments.into(), vec![], &[]);
        let links = if amended {
            vec!["https://elicense.kz", "https://egov.kz", "https://migration.enbek.kz"]
        } else {
            vec!["https://elicense.kz", "https://egov.kz"]
        };
        let filing = if amended { Message::CheckFiling } else { Message::CheckFilingBefore2025 };
        add(context, "filing", filing.into(), links, &[]);
        if amended {
            add(context, "apostille", Message::CheckApostille.into(), vec![], &[ParameterId::ApostilleCheck]);
        }
        if route != Route::IntraCorporateTransfer {
            add(context, "feePayment", Message::CheckFeePayment.into(), vec![], &[ParameterId::FeePaymentWorkingDays]);
        }
        add(context, "workVisa", Message::CheckWorkVisa.into(), vec![], &[]);
    }
    let register_days = number_or_unknown(context, ParameterId::ContractRegistrationWorkingDays);
    add(
        context,
        "contractRegister",
        Message::CheckContractRegister.with("days", register_days),
        vec!["https://www.enbek.kz"],
        &[ParameterId::ContractRegistrationWorkingDays],
    );
    add(context, "iin", Message::CheckIin.into(), vec!["https://egov.kz"], &[]);
    if permit_needed && amended {
        add(context, "migrationReporting", Message::CheckMigrationReporting.into(), vec!["https://migration.enbek.kz"], &[ParameterId::MigrationReporting]);
    }
    items
}

pub(crate) fn open_points(context: &mut Context, permit_needed: bool, hire: &Hire) -> Vec<Sentence> {
    let in_force = |context: &Context, id| context.book.get(id, context.as_of).cloned();
    let mut points = vec![
        Message::OpenPointsChecked.with("date", RULES_CHECKED_TO),
        Message::OpenPointAmendment2025.into(),
        Message::OpenPointOrder213.into(),
    ];
    // The fee table is an open point while the general fee in force is unconfirmed (the 2026 table).
    let fee = in_force(context, ParameterId::FeeGeneralPermit);
    if permit_needed && hire.route == Route::Permit && fee.is_some_and(|p| p.confidence == Confidence::Unconfirmed) {
        points.push(Message::OpenPointFeeTable.into());
    }
    // The review term is an open point while its value in force is known but not confirmed.
    let review = in_force(context, ParameterId::ReviewWorkingDays);
    if permit_needed && review.is_some_and(|p| matches!(p.value, Value::Number(_)) && p.confidence < Confidence::Confirmed) {
        points.push(Message::OpenPointReviewTerm.with("days", number_or_unknown(context, ParameterId::ReviewWorkingDays)));
    }
    points
}

/// Whether the digital procedure of the rules from 1 September 2025 (Order No. 93) is in force:
/// the vacancy on enbek.kz, filing through migration.enbek.kz, the apostille check and the
/// reporting duty. Read from the data (the reporting duty's entry), never from a rule-set id.
fn digital_procedure(context: &Context) -> bool {
    matches!(context.book.get(ParameterId::MigrationReporting, context.as_of).map(|p| p.value), Some(Value::Flag(true)))
}
