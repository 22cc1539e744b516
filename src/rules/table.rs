//! The rule table: one row per parameter and period, readable by a lawyer. Each row gives the
//! value, unit, day kind, effective dates, citation and confidence, as in the rules brief
//! (`shared/rules/rules-brief.md`, whose row numbers are quoted as "brief #n").
//!
//! Changing a rule is one row here and one row in `tests/cases/`.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Band, Citation, Confidence, DayKind, Parameter, SetBy, Unit, Value};
use Confidence::{Confirmed, Likely, Unconfirmed};

/// The identifier of a rule parameter, stable across versions (it is part of the JSON contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ParameterId {
    EaeuMemberStates,
    LocalContentMinPercentCategories1And2,
    LocalContentMinPercentCategories3And4,
    SmallBusinessExemptMaxEmployees,
    ForeignBranchExemptMaxStaff,
    StateBodyExempt,
    IctMaxPercentOfCitizens,
    VacancyPostingDays,
    FirstApplicationDayAfterPosting,
    VacancyPostingForIntraCorporateTransfer,
    VacancyPostingForSeasonal,
    ReviewWorkingDays,
    ObjectionWorkingDays,
    FeePaymentWorkingDays,
    PermitIssueWorkingDays,
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

const fn cite(act: &'static str, clause: &'static str, url: &'static str) -> Citation {
    Citation { act: Cow::Borrowed(act), clause: Cow::Borrowed(clause), url: Cow::Borrowed(url) }
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

use DayKind::{Calendar as CAL, Working as WD};
use ParameterId as P;

const NV: &str = "not verified";
const ORDER_279: &str = "Order No. 279 of 30.06.2023 (Rules for issuing permits to employers for foreign labour)";
const ORDER_93: &str = "Order No. 279 as amended by Order No. 93 of 28.03.2025";
const URL_279: &str = "https://adilet.zan.kz/kaz/docs/V2300032977";
const URL_EY_2025: &str =
    "https://www.ey.com/en_kz/technical/tax-alerts/2025/09/foreign-labor-permits-new-employer-rules-kazakhstan-2025";
const URL_DOS_2025: &str = "https://dos-immigration.kz/en/news/amends-in-rules-of-attracting-foreign-labor-force-in-2025";
const URL_FCHAIN: &str = "https://f-chain.com/changes-in-the-rules-for-issuing-work-permits-in-kazakhstan";
const URL_KPMG_2023: &str = "https://kpmg.com/kz/en/home/insights/2023/07/legal-alert-2.html";
const URL_DOS_RENEWAL: &str = "https://dos-immigration.kz/en/services/work-permit-renewal-process/";
const URL_DOS_2020: &str =
    "https://dos-immigration.kz/en/uncategorized/the-rules-for-issuing-permits-attracting-foreigners-to-work-have-changed/";
const URL_TGSTAT_ICT: &str = "https://kaz.tgstat.com/uz/channel/@wpkkz/775";
const FEE_DECREE: &str = "Government Decree No. 819 of 03.10.2025 (fee rates from 01.01.2026)";
const URL_FEE_819: &str = "https://kaz.zakon.kz/kogam-tynysy/6069425-2026-zhyla-sheteldk-zhmys-kshn-tartua-rsat-alu-tlem-mlsherlemeler-bektld.html";

const EAEU: &[&str] = &["AM", "BY", "KG", "RU"];
const SEASONAL_BANDS: &[Band] = &[
    Band { max_days: 90, mci: 12 },
    Band { max_days: 180, mci: 24 },
    Band { max_days: 270, mci: 36 },
    Band { max_days: 365, mci: 48 },
];

/// The built-in rule table.
pub static PARAMETERS: &[Parameter] = &[
    // Who needs a permit (brief #55).
    row(P::EaeuMemberStates, Value::Codes(EAEU), Unit::CountryCodes, None, ymd(2015, 1, 1), None,
        cite("Treaty on the Eurasian Economic Union of 29.05.2014", "art. 97 (general knowledge; sources confirm the exemption)", "https://newlandchase.com/immigration-capabilities/asia-pacific/kazakhstan/"), Confirmed),
    // Local content in staff (brief #11, #12, #15, #17, #18).
    row(P::LocalContentMinPercentCategories1And2, Value::Number(70), Unit::Percent, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_2025), Confirmed),
    row(P::LocalContentMinPercentCategories3And4, Value::Number(90), Unit::Percent, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_2025), Confirmed),
    row(P::SmallBusinessExemptMaxEmployees, Value::Unlimited, Unit::Employees, None, ymd(2017, 1, 1), Some(ymd(2025, 8, 31)),
        cite(ORDER_279, NV, URL_DOS_2025), Confirmed),
    row(P::SmallBusinessExemptMaxEmployees, Value::Number(20), Unit::Employees, None, ymd(2025, 9, 1), None,
        cite(ORDER_93, NV, URL_DOS_2025), Confirmed),
    row(P::ForeignBranchExemptMaxStaff, Value::Number(10), Unit::Employees, None, ymd(2023, 7, 1), None,
        cite(ORDER_279, NV, URL_KPMG_2023), Confirmed),
    row(P::StateBodyExempt, Value::Flag(true), Unit::Rule, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, "not verified (exemption known under Order No. 559)", "https://mg-partner.com/entry-into-kazakhstan-of-foreign-nationals-exercising-the-powers-of-the-first-executive"), Likely),
    // Intra-corporate transfer cap (brief #20).
    row(P::IctMaxPercentOfCitizens, Value::Number(50), Unit::Percent, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, "https://freevector.kz/visa-c3-en"), Confirmed),
    // Vacancy posting before applying (brief #21, §10.3, §13).
    row(P::VacancyPostingDays, Value::NotRequired, Unit::Days, Some(CAL), ymd(2023, 7, 1), Some(ymd(2025, 8, 31)),
        cite(ORDER_279, NV, URL_EY_2025), Confirmed),
    row(P::VacancyPostingDays, Value::Number(15), Unit::Days, Some(CAL), ymd(2025, 9, 1), None,
        cite(ORDER_93, NV, URL_EY_2025), Confirmed),
    row(P::FirstApplicationDayAfterPosting, Value::Number(1), Unit::Days, Some(CAL), ymd(2025, 9, 1), None,
        cite("Our reading: a period counted in days starts the day after the event, so the first safe filing day follows the 15th day", NV, URL_FCHAIN), Unconfirmed),
    row(P::VacancyPostingForIntraCorporateTransfer, Value::Unknown, Unit::Rule, None, ymd(2025, 9, 1), None,
        cite("Order No. 279 removed the local search for transfers on 01.07.2023; nothing says Order No. 93 restored it", NV, URL_KPMG_2023), Unconfirmed),
    row(P::VacancyPostingForSeasonal, Value::Unknown, Unit::Rule, None, ymd(2025, 9, 1), None,
        cite(ORDER_93, "no source either way", URL_EY_2025), Unconfirmed),
    // Procedure (brief #24-#30, #36, #37).
    row(P::ReviewWorkingDays, Value::Unknown, Unit::Days, Some(WD), ymd(2023, 7, 1), Some(ymd(2025, 8, 31)),
        cite(ORDER_279, "not found in the sources read", URL_279), Unconfirmed),
    row(P::ReviewWorkingDays, Value::Number(6), Unit::Days, Some(WD), ymd(2025, 9, 1), None,
        cite(ORDER_93, NV, URL_FCHAIN), Likely),
    row(P::ObjectionWorkingDays, Value::Number(2), Unit::Days, Some(WD), ymd(2023, 7, 1), None,
        cite(ORDER_279, NV, "https://signumlaw.com/en/posts/monthly-legal-alert-july-august-2023"), Likely),
    row(P::FeePaymentWorkingDays, Value::Number(10), Unit::Days, Some(WD), ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_RENEWAL), Likely),
    row(P::PermitIssueWorkingDays, Value::Number(1), Unit::Days, Some(WD), ymd(2017, 1, 1), None,
        cite("practice", NV, URL_DOS_RENEWAL), Likely),
    row(P::ContractRegistrationWorkingDays, Value::Number(5), Unit::Days, Some(WD), ymd(2020, 9, 18), None,
        cite("Labour Code; Order of the Minister of Labour No. 353 of 03.09.2020 (ESUTD)", NV, "https://taxsummaries.pwc.com/kazakhstan/individual/other-issues"), Confirmed),
    row(P::ContractAmendmentDays, Value::Number(15), Unit::Days, Some(CAL), ymd(2020, 9, 18), None,
        cite("Labour Code; Order of the Minister of Labour No. 353 of 03.09.2020 (ESUTD)", NV, "https://taxsummaries.pwc.com/kazakhstan/individual/other-issues"), Confirmed),
    row(P::ExtensionWindowOpensDaysBeforeExpiry, Value::Number(60), Unit::Days, Some(CAL), ymd(2020, 5, 1), None,
        cite(ORDER_279, NV, "https://new.wpk.kz/new_rules_eng"), Confirmed),
    row(P::ExtensionWindowClosesDaysBeforeExpiry, Value::Number(30), Unit::Days, Some(CAL), ymd(2020, 5, 1), None,
        cite(ORDER_279, NV, "https://new.wpk.kz/new_rules_eng"), Confirmed),
    row(P::ExtensionDecisionWorkingDays, Value::Number(3), Unit::Days, Some(WD), ymd(2017, 1, 1), None,
        cite("practice before 01.09.2025; not confirmed since", NV, URL_DOS_RENEWAL), Unconfirmed),
    // Permit terms and extensions (brief #5-#9).
    row(P::PermitTermCategory1, Value::Choices(&[1, 2, 3]), Unit::Years, None, ymd(2018, 3, 27), None,
        cite("Order No. 75 of 28.02.2018, carried into Order No. 279", NV, URL_DOS_2020), Likely),
    row(P::ExtensionsCategory1, Value::Unlimited, Unit::Extensions, None, ymd(2018, 3, 27), None,
        cite(ORDER_279, NV, "http://new.wpk.kz/faq_eng"), Likely),
    row(P::PermitTermCategories2And3, Value::Number(12), Unit::Months, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_RENEWAL), Confirmed),
    row(P::ExtensionsCategories2And3, Value::Number(3), Unit::Extensions, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_RENEWAL), Confirmed),
    row(P::PermitTermCategory4, Value::Number(12), Unit::Months, None, ymd(2021, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_2020), Likely),
    row(P::ExtensionsCategory4, Value::Number(0), Unit::Extensions, None, ymd(2021, 1, 1), None,
        cite(ORDER_279, "not verified (one older source says two extensions)", URL_DOS_2020), Likely),
    row(P::PermitTermSeasonal, Value::Number(365), Unit::Days, Some(CAL), ymd(2021, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_2020), Likely),
    row(P::ExtensionsSeasonal, Value::Number(0), Unit::Extensions, None, ymd(2021, 1, 1), None,
        cite(ORDER_279, NV, URL_DOS_2020), Likely),
    row(P::PermitTermIntraCorporateTransfer, Value::Number(3), Unit::Years, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, "not verified (not beyond the contract term)", URL_TGSTAT_ICT), Confirmed),
    row(P::ExtensionsIntraCorporateTransfer, Value::Number(1), Unit::Extensions, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, "not verified (one extension of up to 1 year)", URL_TGSTAT_ICT), Confirmed),
    // Special obligations (brief #10, #56, #57).
    row(P::Category4ReplacementMonths, Value::Range { min: 6, max: 12 }, Unit::Months, None, ymd(2020, 5, 1), None,
        cite(ORDER_279, NV, "https://new.wpk.kz/new_rules_eng"), Likely),
    row(P::IctPriorServiceYears, Value::Number(1), Unit::Years, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, URL_TGSTAT_ICT), Likely),
    row(P::IctSpecialCondition, Value::Flag(true), Unit::Rule, None, ymd(2017, 1, 1), None,
        cite(ORDER_279, NV, URL_TGSTAT_ICT), Confirmed),
    // Fees (brief #42-#49, §6, §13).
    row(P::FeeSeasonal, Value::Bands(SEASONAL_BANDS), Unit::Mci, None, ymd(2021, 1, 1), None,
        cite(FEE_DECREE, "para 1 (seasonal bands, kept since 01.01.2021)", URL_FEE_819), Confirmed),
    row(P::FeeIntraCorporateTransfer, Value::Number(0), Unit::Mci, None, ymd(2017, 1, 1), None,
        cite("Tax Code; fee decrees", NV, "https://invest.gov.kz/guide-to-investment/doing-business/labor-laws/attracting-foreign-labor-force/index_kz.php"), Confirmed),
    row(P::FeeGeneralPermit, Value::Range { min: 137, max: 250 }, Unit::Mci, None, ymd(2017, 1, 1), Some(ymd(2025, 12, 31)),
        cite("Government Decree No. 459 of 18.08.2016 and No. 157 of 03.04.2018 (table by category and sector)", NV, "https://www.bal.com/perspectives/bal-news/government-introduces-new-fees-on-employers-hiring-foreign-workers/"), Likely),
    row(P::FeeGeneralPermit, Value::Range { min: 137, max: 250 }, Unit::Mci, None, ymd(2026, 1, 1), None,
        cite(FEE_DECREE, "table not seen: the range is the last confirmed table's", URL_FEE_819), Unconfirmed),
    row(P::FeePaidAtMciOnPaymentDay, Value::Flag(true), Unit::Rule, None, ymd(2021, 11, 1), None,
        cite("Government Decree No. 811 of 2021, para 1", NV, "https://www.kt.kz/rus/state/_1377924818.html"), Likely),
    row(P::Mci, Value::Number(3932), Unit::Tenge, None, ymd(2025, 1, 1), Some(ymd(2025, 12, 31)),
        cite("Law No. 141-VIII of 04.12.2024 on the republican budget for 2025-2027", NV, "https://www.lada.kz/kazakhstan-news/146822-tokaev-podpisal-triokhletnii-biudzhet-chto-izmenitsia-dlia-kazakhstantsev.html"), Confirmed),
    row(P::Mci, Value::Number(4325), Unit::Tenge, None, ymd(2026, 1, 1), Some(ymd(2026, 12, 31)),
        cite("Law on the republican budget for 2026-2028 (signed 08.12.2025)", NV, "https://www.ddn.kz/tokaev-podpisal-zakon-o-byudzhete-na-2026-2028-gody-mrp-vyrastet-do-4325-tenge-pensiya-do-69-049-tenge-mzp-bez-izmenenij"), Confirmed),
    // Digital duties since 01.09.2025 (brief #22, #40, §8, seed article).
    row(P::ContractRegisterForForeigners, Value::Flag(true), Unit::Rule, None, ymd(2025, 9, 1), None,
        cite(ORDER_93, NV, URL_EY_2025), Confirmed),
    row(P::MigrationReporting, Value::Flag(true), Unit::Rule, None, ymd(2025, 9, 1), None,
        cite(ORDER_93, "not verified (periodicity not found)", URL_FCHAIN), Confirmed),
    row(P::ApostilleCheck, Value::Flag(true), Unit::Rule, None, ymd(2025, 9, 1), None,
        cite(ORDER_93, NV, URL_FCHAIN), Likely),
];
