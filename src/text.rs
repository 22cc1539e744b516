//! Every sentence the engine writes, in Kazakh, Russian and English. The web layer has its own
//! table for the interface; this one holds the engine's error messages and findings so that a
//! caller of the JSON API gets them in the visitor's language too.
//!
//! Templates use `{0}`, `{1}`, … for values filled in by [`fill`].

use serde::{Deserialize, Serialize};

/// A language of the interface and of every message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Kk,
    Ru,
    #[default]
    En,
}

impl Language {
    /// Every language, in the order the interface offers them.
    pub const ALL: [Language; 3] = [Language::Kk, Language::Ru, Language::En];

    /// Parses `"kk"`, `"ru"` or `"en"` (also with a region, like `"ru-KZ"`).
    ///
    /// ```
    /// use kz_work_permit::text::Language;
    /// assert_eq!(Language::parse("ru-KZ"), Some(Language::Ru));
    /// assert_eq!(Language::parse("de"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "kk" | "kz" => Some(Language::Kk),
            "ru" => Some(Language::Ru),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        match self {
            Language::Kk => "kk",
            Language::Ru => "ru",
            Language::En => "en",
        }
    }
}

/// Replaces `{0}`, `{1}`, … in `template` with `values`.
///
/// ```
/// assert_eq!(kz_work_permit::text::fill("{0} of {1}", &["7", "10"]), "7 of 10");
/// ```
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('}');
        let index = end.and_then(|end| after[..end].parse::<usize>().ok());
        match (end, index.and_then(|i| values.get(i))) {
            (Some(end), Some(value)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The message that a year is outside the working-day calendar.
pub fn calendar_not_covered(language: Language, year: i32, first: i32, last: i32) -> String {
    let template = pick(
        language,
        "The working-day calendar for {0} is not known yet (it covers {1} to {2}).",
        "Производственный календарь на {0} год ещё не известен (он охватывает {1}–{2} годы).",
        "{0} жылға арналған өндірістік күнтізбе әлі белгісіз (ол {1}–{2} жылдарды қамтиды).",
    );
    fill(template, &[&year.to_string(), &first.to_string(), &last.to_string()])
}

fn pick(language: Language, en: &'static str, ru: &'static str, kk: &'static str) -> &'static str {
    match language {
        Language::En => en,
        Language::Ru => ru,
        Language::Kk => kk,
    }
}

/// A sentence of the engine, looked up in the visitor's language with [`Message::text`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Message {
    // Input errors.
    Required,
    ExpectedNumber,
    ExpectedWholeNumber,
    ExpectedNonNegative,
    ExpectedAtLeastOne,
    TooLarge,
    ExpectedYesNo,
    ExpectedText,
    ExpectedDate,
    InvalidDate,
    DateOutOfRange,
    BeforeRuleSets,
    UnknownOption,
    UnknownField,
    InvalidStructure,
    InvalidJson,
    UnknownCountry,
    KazakhCitizen,
    CategoryOutOfRange,
    CategoryRequired,
    IctCategory,
    SeasonalDaysRequired,
    SeasonalDaysNotApplicable,
    SeasonalDaysOutOfRange,
    StaffExceedsEmployees,
    ApplicationBeforeVacancy,
    ApprovalBeforeApplication,
    ExpiryBeforeApproval,
    // Findings.
    PermitNotNeededEaeu,
    PermitNeeded,
    LocalContentApplies,
    ExemptSmallBusiness,
    ExemptForeignBranch,
    ExemptStateBody,
    SmallBusinessOverThreshold,
    ForeignBranchOverThreshold,
    LocalContentNotForEaeu,
    IctWithinCap,
    IctOverCap,
    DeadlineVacancyPeriodEnds,
    DeadlineEarliestApplication,
    DeadlineReviewDue,
    DeadlineFeePaymentDue,
    DeadlineContractRegistrationDue,
    DeadlineExtensionWindowOpens,
    DeadlineExtensionWindowCloses,
    ReadingDayAfter,
    StatusNeedsDate,
    StatusNotApplicable,
    StatusRuleUnclear,
    StatusUnknown,
    StatusCalendarNotCovered,
    LandsOnNonWorkingDay,
    FeeSeasonal,
    FeeIct,
    FeeGeneral,
    FeeNone,
    FeePaidAtPaymentDayMci,
    FeeMciUnknown,
    FeeGeneralUnconfirmed,
    TermCategory1,
    TermCategories2And3,
    TermCategory4,
    TermSeasonal,
    TermIct,
    ObligationCategory4Replacement,
    ObligationIctSpecialCondition,
    ObligationIctPriorService,
    CheckVacancy,
    CheckFiling,
    CheckContractRegister,
    CheckIin,
    CheckMigrationReporting,
    CheckApostille,
    CheckFeePayment,
    OpenPointsChecked,
    OpenPointAmendment2025,
    OpenPointOrder213,
    OpenPointFeeTable,
    OpenPointReviewTerm,
    VerifyWithCounsel,
}

impl Message {
    /// The sentence in `language`.
    pub fn text(self, language: Language) -> &'static str {
        let [en, ru, kk] = catalogue(self);
        pick(language, en, ru, kk)
    }
}

/// The English, Russian and Kazakh text of each message.
fn catalogue(message: Message) -> [&'static str; 3] {
    use Message as M;
    match message {
        M::Required => ["This answer is required.", "", ""],
        M::ExpectedNumber => ["Enter a number.", "", ""],
        M::ExpectedWholeNumber => ["Enter a whole number.", "", ""],
        M::ExpectedNonNegative => ["Enter zero or more.", "", ""],
        M::ExpectedAtLeastOne => ["Enter 1 or more.", "", ""],
        M::TooLarge => ["Enter at most {0}.", "", ""],
        M::ExpectedYesNo => ["Answer yes or no.", "", ""],
        M::ExpectedText => ["Enter text.", "", ""],
        M::ExpectedDate => ["Enter a date as YYYY-MM-DD.", "", ""],
        M::InvalidDate => ["{0} is not a real date; enter a date as YYYY-MM-DD.", "", ""],
        M::DateOutOfRange => ["Enter a date between {0} and {1}.", "", ""],
        M::BeforeRuleSets => ["The calculator covers the rules in force from {0}; pick a later date.", "", ""],
        M::UnknownOption => ["Choose one of: {0}.", "", ""],
        M::UnknownField => ["This field is not part of the input: {0}.", "", ""],
        M::InvalidStructure => ["The input does not have the expected shape: {0}.", "", ""],
        M::InvalidJson => ["The input is not valid JSON: {0}.", "", ""],
        M::UnknownCountry => ["{0} is not a country code; use the two-letter ISO code, such as IN or TR.", "", ""],
        M::KazakhCitizen => ["A citizen of Kazakhstan is not foreign labour and needs no permit.", "", ""],
        M::CategoryOutOfRange => ["Choose a category from 1 to 4.", "", ""],
        M::CategoryRequired => ["Choose the worker's category.", "", ""],
        M::IctCategory => ["An intra-corporate transfer covers managers and specialists (categories 1 to 3).", "", ""],
        M::SeasonalDaysRequired => ["Enter how many days the seasonal work lasts.", "", ""],
        M::SeasonalDaysNotApplicable => ["The number of seasonal days applies to a seasonal hire only.", "", ""],
        M::SeasonalDaysOutOfRange => ["A seasonal permit lasts from 1 to 365 days.", "", ""],
        M::StaffExceedsEmployees => ["The staff by category add up to {0}, more than the {1} employees entered.", "", ""],
        M::ApplicationBeforeVacancy => ["The application cannot be registered before the vacancy was posted.", "", ""],
        M::ApprovalBeforeApplication => ["The approval cannot come before the application was registered.", "", ""],
        M::ExpiryBeforeApproval => ["The permit cannot expire before it was approved.", "", ""],
        M::PermitNotNeededEaeu => ["No permit is needed: citizens of EAEU member states (Armenia, Belarus, Kyrgyzstan, Russia) work in Kazakhstan without one. The employment contract must still be registered.", "", ""],
        M::PermitNeeded => ["A permit to engage foreign labour is needed: the worker is not a citizen of an EAEU member state.", "", ""],
        M::LocalContentApplies => ["The employer must meet the local-content ratios: at least {0} % citizens among categories 1-2 and {1} % among categories 3-4.", "", ""],
        M::ExemptSmallBusiness => ["Exempt from the local-content ratios as a small business with at most {0} employees.", "", ""],
        M::ExemptForeignBranch => ["Exempt from the local-content ratios as a branch or representative office of a foreign legal entity with at most {0} staff.", "", ""],
        M::ExemptStateBody => ["Exempt from the local-content ratios as a state institution or state enterprise.", "", ""],
        M::SmallBusinessOverThreshold => ["A small business with more than {0} employees must meet the local-content ratios since 1 September 2025.", "", ""],
        M::ForeignBranchOverThreshold => ["A branch or representative office with more than {0} staff must meet the local-content ratios.", "", ""],
        M::LocalContentNotForEaeu => ["Citizens of EAEU member states are not counted as foreigners in the ratios.", "", ""],
        M::IctWithinCap => ["Within the cap: transferees in category {0} may be at most {1} % of the citizens in that category ({2}).", "", ""],
        M::IctOverCap => ["Over the cap: transferees in category {0} may be at most {1} % of the citizens in that category ({2}); {3} would be too many.", "", ""],
        M::DeadlineVacancyPeriodEnds => ["The vacancy has been on the electronic labour exchange for {0} calendar days.", "", ""],
        M::DeadlineEarliestApplication => ["Earliest day to apply for the permit.", "", ""],
        M::DeadlineReviewDue => ["The local executive body reviews the application within {0} working days of registration.", "", ""],
        M::DeadlineFeePaymentDue => ["Pay the fee within {0} working days of the positive notification, or the permit is not issued.", "", ""],
        M::DeadlineContractRegistrationDue => ["Register the employment contract in the national register (ESUTD) within {0} working days of signing.", "", ""],
        M::DeadlineExtensionWindowOpens => ["The window to apply for an extension opens {0} calendar days before the permit expires.", "", ""],
        M::DeadlineExtensionWindowCloses => ["Last day to apply for an extension: {0} calendar days before the permit expires. After it a new permit is needed.", "", ""],
        M::ReadingDayAfter => ["Our reading: a period counted in days starts the day after the event, so the first safe day to apply is the day after the {0}th day. Verify with counsel.", "", ""],
        M::StatusNeedsDate => ["Enter the date this deadline counts from.", "", ""],
        M::StatusNotApplicable => ["Does not apply to this hire under the rules in force.", "", ""],
        M::StatusRuleUnclear => ["The sources do not say whether this applies to this kind of permit; no date is given. Verify with counsel.", "", ""],
        M::StatusUnknown => ["The term for this step under these rules could not be established; no date is given.", "", ""],
        M::StatusCalendarNotCovered => ["The dates fall outside the working-day calendar, so no date is given.", "", ""],
        M::LandsOnNonWorkingDay => ["This date is not a working day.", "", ""],
        M::FeeSeasonal => ["Seasonal permit for {0} days: {1} MCI (band up to {2} days).", "", ""],
        M::FeeIct => ["An intra-corporate transfer permit is free.", "", ""],
        M::FeeGeneral => ["The fee depends on the category and the sector: {0} to {1} MCI in the last confirmed table.", "", ""],
        M::FeeNone => ["No permit, so no permit fee.", "", ""],
        M::FeePaidAtPaymentDayMci => ["The fee is paid at the MCI in force on the day of payment; the tenge amount uses the MCI of {0}.", "", ""],
        M::FeeMciUnknown => ["The MCI for {0} is not known to the calculator, so no tenge amount is given.", "", ""],
        M::FeeGeneralUnconfirmed => ["The 2026 rate table (Government Decree No. 819) has not been seen; this range is from the last confirmed table. Verify the rate for your sector with counsel.", "", ""],
        M::TermCategory1 => ["Category 1: a permit for 1, 2 or 3 years, extendable by 1, 2 or 3 years each time with no limit on the number of extensions.", "", ""],
        M::TermCategories2And3 => ["Categories 2 and 3: a permit for 12 months, extendable by 12 months at most 3 times (4 years in all).", "", ""],
        M::TermCategory4 => ["Category 4: a permit for 12 months with no extension.", "", ""],
        M::TermSeasonal => ["Seasonal: a permit for up to {0} days with no extension.", "", ""],
        M::TermIct => ["Intra-corporate transfer: a permit for up to 3 years (not beyond the contract) and one extension of up to 1 year.", "", ""],
        M::ObligationCategory4Replacement => ["Category 4: the employer undertakes to replace the foreigner with a citizen in the same post within {0} to {1} months; failing that blocks new permits and extensions.", "", ""],
        M::ObligationIctSpecialCondition => ["Intra-corporate transfer: the employer picks one special condition, training or upskilling citizens in the foreigner's speciality or creating extra jobs for citizens, and reports on it at extension.", "", ""],
        M::ObligationIctPriorService => ["Intra-corporate transfer: the worker must have worked at least {0} year for the sending company.", "", ""],
        M::CheckVacancy => ["Post the vacancy on the electronic labour exchange (enbek.kz) and keep its publication code for the application.", "", ""],
        M::CheckFiling => ["Apply through elicense.kz, egov.kz or migration.enbek.kz.", "", ""],
        M::CheckContractRegister => ["Register the employment contract (or the transfer agreement) in the national contract register (ESUTD) within 5 working days of signing.", "", ""],
        M::CheckIin => ["Make sure the worker obtains an individual identification number (IIN).", "", ""],
        M::CheckMigrationReporting => ["Enter the foreign staff engaged, the special conditions and the replacement by citizens in migration.enbek.kz.", "", ""],
        M::CheckApostille => ["Have the education documents legalised or apostilled: the local executive body asks the Ministry of Foreign Affairs to check them.", "", ""],
        M::CheckFeePayment => ["Pay the fee to the budget of the region that issues the permit.", "", ""],
        M::OpenPointsChecked => ["Rules checked against public sources up to {0}.", "", ""],
        M::OpenPointAmendment2025 => ["Order No. 279 was amended again as of 17.10.2025; the content of that amendment is not known.", "", ""],
        M::OpenPointOrder213 => ["Omnibus Order No. 213 of 28.05.2026 may touch Order No. 279; not verified.", "", ""],
        M::OpenPointFeeTable => ["The 2026 general-permit rate table (Decree No. 819) has not been seen.", "", ""],
        M::OpenPointReviewTerm => ["The 6-working-day review term rests on one practitioner article.", "", ""],
        M::VerifyWithCounsel => ["Some facts behind this answer are not confirmed; verify with counsel before relying on it.", "", ""],
    }
}
