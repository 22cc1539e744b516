//! The fee, the permit term, the special obligations, the checklist of digital steps and the open
//! points of the research.

use serde::Serialize;
use chrono::{Datelike, NaiveDate};

use super::input::{Hire, Input, Route};
use super::{Context, Finding};
use crate::rules::{Confidence, ParameterId, Rate, Value, RULES_CHECKED_TO};
use crate::text::{Message, Sentence};

/// Which fee applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum FeeKind {
    General,
    Seasonal,
    IntraCorporateTransfer,
    /// No permit, no fee.
    None,
}

crate::wire_names!(FeeKind);

/// What the fee figures cannot promise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum FeeFlag {
    /// The fee is paid at the MCI in force on the day of payment, which may differ from `mciYear`.
    PaidAtMciOnPaymentDay,
    /// No MCI is known for `mciYear`, so there is no tenge amount.
    MciUnknownForYear,
    /// The general-permit table in force is not confirmed: its rates are the last confirmed table's.
    GeneralTableUnconfirmed,
    /// The rate is the one of the sector group given (`hire.sectorGroup`), and which sectors belong
    /// to which group is not confirmed.
    SectorGroupUnconfirmed,
}

crate::wire_names!(FeeFlag);

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
    /// The fee per worker in tenge at the MCI of `mciYear`; `None` while that year's MCI is unknown.
    pub tenge: Option<u64>,
    pub tenge_range: Option<Range>,
    /// The number of workers (one permit each).
    pub count: u32,
    pub total_tenge: Option<u64>,
    pub total_tenge_range: Option<Range>,
    /// The year of the day of payment, whose MCI the fee is charged at: the year of the last day of
    /// the payment window when `dates.approvalNotified` is given, else of the assessment date.
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

/// The fee for the hire. `payment_due` is the last day of the payment window when it could be
/// computed (`dates.approvalNotified` given): the fee is charged at the MCI, and at the rates, in
/// force on the day of payment, so that day's year decides; without it, the assessment date's.
pub(crate) fn fee(context: &mut Context, input: &Input, permit_needed: bool, payment_due: Option<NaiveDate>) -> Fee {
    let hire = &input.hire;
    let count = hire.count;
    let paid_on = payment_due.unwrap_or(context.as_of);
    let mci_year = paid_on.year();
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
                let band = match context.param_on(id, paid_on).map(|p| p.value) {
                    Some(Value::Bands(bands)) => bands.iter().find(|band| days <= band.max_days).copied(),
                    _ => None,
                };
                let (mci, max_days) = band.map_or((None, String::new()), |b| (Some(u64::from(b.mci)), b.max_days.to_string()));
                let shown = mci.map(|m| m.to_string()).unwrap_or_default();
                let finding = context.finding_on(Message::FeeSeasonal.with("days", days).with("mci", shown).with("bandDays", max_days), &[id], paid_on);
                (FeeKind::Seasonal, mci, None, finding)
            }
            Route::Permit => {
                let id = ParameterId::FeeGeneralPermit;
                let value = context.param_on(id, paid_on).map(|p| (p.value, p.confidence, p.effective_from.year()));
                if let Some((_, Confidence::Unconfirmed, year)) = value {
                    flags.push(FeeFlag::GeneralTableUnconfirmed);
                    notes.push(Message::FeeGeneralUnconfirmed.with("year", year));
                }
                let category = hire.category.unwrap_or(0);
                let (mci, range, sentence) = match value.map(|(v, _, _)| v) {
                    // A site owner's single figure or range applies to every category and sector.
                    Some(Value::Number(n)) => (Some(u64::from(n)), None, Message::FeeGeneralFigure.with("mci", n)),
                    Some(Value::Range { min, max }) => {
                        (None, Some(Range { min: u64::from(min), max: u64::from(max) }), Message::FeeGeneral.with("min", min).with("max", max))
                    }
                    Some(Value::Rates(rates)) => {
                        let rates: Vec<&Rate> = rates.iter().filter(|rate| rate.category == category).collect();
                        let given = hire.sector_group.and_then(|group| rates.iter().find(|rate| rate.sector_group == group));
                        let low = rates.iter().map(|rate| rate.mci).min();
                        let high = rates.iter().map(|rate| rate.mci).max();
                        match (given, low.zip(high)) {
                            (Some(rate), _) => {
                                let group = crate::wire_name(&rate.sector_group).to_ascii_uppercase();
                                flags.push(FeeFlag::SectorGroupUnconfirmed);
                                notes.push(Message::FeeSectorGroupUnconfirmed.with("group", group.clone()));
                                let sentence = Message::FeeGeneralSectorGroup.with("category", category).with("group", group).with("mci", rate.mci);
                                (Some(u64::from(rate.mci)), None, sentence)
                            }
                            (None, Some((min, max))) => {
                                let sentence = Message::FeeGeneralCategory.with("category", category).with("min", min).with("max", max);
                                (None, Some(Range { min: u64::from(min), max: u64::from(max) }), sentence)
                            }
                            // The table has no rate for the category: nothing to show, and the
                            // parameter is reported as unknown.
                            (None, None) => {
                                context.unknown.push(id);
                                (None, None, Message::FeeGeneral.with("min", "?").with("max", "?"))
                            }
                        }
                    }
                    _ => (None, None, Message::FeeGeneral.with("min", "?").with("max", "?")),
                };
                let finding = context.finding_on(sentence, &[id], paid_on);
                (FeeKind::General, mci, range, finding)
            }
        }
    };

    let mut finding = finding;
    let charged = kind == FeeKind::General || kind == FeeKind::Seasonal;
    let mci_row = context.book.get(ParameterId::Mci, paid_on).map(|p| p.value);
    let mci_value = match mci_row {
        Some(Value::Number(n)) => Some(n),
        _ => None,
    };
    if charged {
        if let Some(row) = context.param_on(ParameterId::Mci, paid_on).cloned() {
            finding.confidence = finding.confidence.min(row.confidence);
            finding.parameters.push(row);
        }
        if let Some(row) = context.param_on(ParameterId::FeePaidAtMciOnPaymentDay, paid_on).cloned() {
            finding.confidence = finding.confidence.min(row.confidence);
            finding.parameters.push(row);
        }
        flags.push(FeeFlag::PaidAtMciOnPaymentDay);
        if mci_value.is_some() {
            notes.push(Message::FeePaidAtPaymentDayMci.with("year", mci_year));
        } else {
            flags.push(FeeFlag::MciUnknownForYear);
            // A year with an entry whose value is unknown is one whose MCI is awaited (its budget
            // law not yet found): the note says the tenge amount waits for it. A year with no entry
            // is one the data does not cover.
            let message = if mci_row == Some(Value::Unknown) { Message::FeeMciAwaited } else { Message::FeeMciUnknown };
            notes.push(message.with("year", mci_year));
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
            let extensions = number_or_unknown(context, ParameterId::ExtensionsIntraCorporateTransfer);
            let extension_years = number_or_unknown(context, ParameterId::ExtensionYearsIntraCorporateTransfer);
            context.finding(
                Message::TermIct.with("years", years).with("extensions", extensions).with("extensionYears", extension_years),
                &[
                    ParameterId::PermitTermIntraCorporateTransfer,
                    ParameterId::ExtensionsIntraCorporateTransfer,
                    ParameterId::ExtensionYearsIntraCorporateTransfer,
                ],
            )
        }
        (Route::Permit, Some(1)) => {
            // The terms the employer chooses among, as a list ("1, 2, 3").
            let years = match context.param(ParameterId::PermitTermCategory1).map(|p| p.value) {
                Some(Value::Choices(terms)) => terms.iter().map(u32::to_string).collect::<Vec<_>>().join(", "),
                Some(Value::Number(term)) => term.to_string(),
                _ => "?".to_owned(),
            };
            context.finding(Message::TermCategory1.with("years", years), &[ParameterId::PermitTermCategory1, ParameterId::ExtensionsCategory1])
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
    if let Some(fee) = fee.filter(|p| permit_needed && hire.route == Route::Permit && p.confidence == Confidence::Unconfirmed) {
        points.push(Message::OpenPointFeeTable.with("year", fee.effective_from.year()));
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
