//! Every sentence the engine writes, in Kazakh, Russian and English: the engine's error messages
//! and findings, so that a caller of the JSON API gets them in the visitor's language too. The
//! words live in `data/words/{en,ru,kk}.toml` (`[message]`, one key per [`Message`]); build.rs
//! checks them and generates a `match` per language (build/words.rs), included here.
//!
//! The engine returns a [`Sentence`] (a [`Message`] and its named values); [`Sentence::render`]
//! puts it into words in a language. Templates name their values: `{days}`, `{date}`.
//!
//! Numbers, percentages, amounts and dates are written here too, the way each language writes
//! them ([`number`], [`share`], [`percent`], [`tenge`], [`date`]): a date among a sentence's
//! values is put into words, so no sentence shows an ISO date.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A language of the interface and of every message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "lowercase"))]
pub enum Language {
    Kk,
    Ru,
    #[default]
    En,
}

crate::wire_names!(Language);

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
        // Compared in place rather than lower-cased into a new string: smaller in the wasm.
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let is = |code: &str| primary.eq_ignore_ascii_case(code);
        if is("kk") || is("kz") {
            Some(Language::Kk)
        } else if is("ru") {
            Some(Language::Ru)
        } else if is("en") {
            Some(Language::En)
        } else {
            None
        }
    }

    /// The only language of a single-language build (the element's per-language builds, Cargo
    /// features `embed-kk`, `embed-ru`, `embed-en`); `None` in a full build.
    pub const ONLY: Option<Language> = if cfg!(feature = "embed-kk") {
        Some(Language::Kk)
    } else if cfg!(feature = "embed-ru") {
        Some(Language::Ru)
    } else if cfg!(feature = "embed-en") {
        Some(Language::En)
    } else {
        None
    };

    /// The language text is chosen in: the build's only language in a single-language build
    /// (so `match language.in_build() { … }` lets the compiler drop the other languages' arms),
    /// else this one.
    pub fn in_build(self) -> Language {
        Language::ONLY.unwrap_or(self)
    }

    /// The BCP 47 tag.
    pub fn code(self) -> &'static str {
        crate::wire_name(&self)
    }
}

/// A plural category of a whole number (CLDR): Russian takes one/few/many ("1 день", "2 дня",
/// "5 дней"), English and Kazakh one/other. A message or a word of the interface with plural
/// forms is chosen by it (`data/words/*.toml`, build/words.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Language {
    /// The plural category of `count` in this language.
    ///
    /// ```
    /// use kz_work_permit::text::{Language, Plural};
    /// assert_eq!(Language::Ru.plural(21), Plural::One);
    /// assert_eq!(Language::Ru.plural(3), Plural::Few);
    /// assert_eq!(Language::Ru.plural(12), Plural::Many);
    /// assert_eq!(Language::En.plural(1), Plural::One);
    /// assert_eq!(Language::Kk.plural(5), Plural::Other);
    /// ```
    pub fn plural(self, count: u64) -> Plural {
        match self.in_build() {
            Language::Ru => match (count % 10, count % 100) {
                (1, n) if n != 11 => Plural::One,
                (2..=4, n) if !(12..=14).contains(&n) => Plural::Few,
                _ => Plural::Many,
            },
            Language::En | Language::Kk if count == 1 => Plural::One,
            Language::En | Language::Kk => Plural::Other,
        }
    }
}

/// A sentence of the engine before it is put into words: the message and its named values, and
/// its text once [`Sentence::render`] has rendered it. It is written to JSON as its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    pub message: Message,
    pub args: Vec<(&'static str, String)>,
    pub text: String,
}

impl Sentence {
    /// The sentence with one more named value.
    pub fn with(mut self, name: &'static str, value: impl std::fmt::Display) -> Sentence {
        self.args.push((name, value.to_string()));
        self
    }

    /// Puts the sentence into words in `language`.
    pub fn render(&mut self, language: Language) {
        self.text = self.message.render(&self.args, language);
    }
}

impl From<Message> for Sentence {
    fn from(message: Message) -> Sentence {
        Sentence { message, args: Vec::new(), text: String::new() }
    }
}

impl Serialize for Sentence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

/// Replaces each `{name}` in `template` with its value in `args`; a placeholder without a value
/// stays as it is, so a missing value shows instead of vanishing.
///
/// ```
/// let args = [("days", "6".to_string())];
/// assert_eq!(kz_work_permit::text::fill_named("within {days} working days", &args), "within 6 working days");
/// ```
pub fn fill_named(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let value = after.split_once('}').and_then(|(name, tail)| Some((args.iter().find(|(n, _)| *n == name)?, tail)));
        match value {
            Some(((_, value), tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
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
    #[allow(unreachable_patterns)]
    let template = match language.in_build() {
        #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
        Language::En => en::CALENDAR_NOT_COVERED,
        #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
        Language::Ru => ru::CALENDAR_NOT_COVERED,
        #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
        Language::Kk => kk::CALENDAR_NOT_COVERED,
        _ => "",
    };
    fill_named(template, &[("year", year.to_string()), ("first", first.to_string()), ("last", last.to_string())])
}

/// A sentence of the engine, looked up in the visitor's language with [`Message::text`].
///
/// Its wire name (JSON's `code`) is the variant's name in camelCase, as `rename_all` says (the
/// attribute gives the TypeScript type its names), written from the table build.rs generates from
/// the same variants ([`crate::WireName`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum Message {
    // Input errors.
    #[default]
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
    IctWithinCap,
    IctOverCap,
    VerdictNoPermitNeeded,
    VerdictCanApply,
    VerdictCanApplyExempt,
    VerdictRefusedRatio,
    VerdictRefusedRatios,
    VerdictRefusedRatioUnreachable,
    VerdictRefusedIct,
    PlanPostVacancy,
    PlanVacancyPeriodEnds,
    PlanFileApplication,
    PlanDecision,
    PlanPayFee,
    PlanPermitIssued,
    PlanWorkVisa,
    PlanWorkVisaUndated,
    PlanStartWork,
    PlanStartWorkAfterVisa,
    PlanRegisterContract,
    PlanStartsAtFiling,
    DeadlineVacancyPeriodEnds,
    DeadlineEarliestApplication,
    DeadlineVacancyPeriodEndsMoved,
    DeadlineVacancyPeriodEndsStrict,
    DeadlineEarliestApplicationMoved,
    DeadlineEarliestApplicationStrict,
    DeadlineReviewDue,
    DeadlineFeePaymentDue,
    DeadlineContractRegistrationDue,
    DeadlineExtensionWindowOpens,
    DeadlineExtensionWindowCloses,
    DeadlineTermUnknown,
    StatusNeedsDate,
    StatusNotApplicable,
    StatusRuleUnclear,
    StatusUnknown,
    StatusCalendarNotCovered,
    CalendarProjected,
    FeeSeasonal,
    FeeIct,
    FeeGeneral,
    FeeNone,
    FeePaidAtPaymentDayMci,
    FeeMciUnknown,
    FeeGeneralUnconfirmed,
    FeeGeneralCategory,
    FeeGeneralSectorGroup,
    FeeGeneralFigure,
    FeeSectorGroupUnconfirmed,
    FeeMciAwaited,
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
    CheckFilingBefore2025,
    CheckContractRegister,
    CheckIin,
    CheckMigrationReporting,
    CheckApostille,
    CheckFeePayment,
    CheckDocuments,
    CheckWorkVisa,
    OpenPointsChecked,
    OpenPointAmendment2025,
    OpenPointOrder213,
    OpenPointFeeTable,
    OpenPointReviewTerm,
    VerifyWithCounsel,
}

crate::wire_names!(Message);

impl Message {
    /// The message's stable code, as it appears in JSON (camelCase).
    pub fn code(self) -> &'static str {
        crate::wire_name(&self)
    }

    /// The sentence in `language` with its named values filled in, in the plural form its count
    /// takes where the words have plural forms (`data/words/*.toml`: `{ count = "days", one = …}`);
    /// a value that is an ISO date (`2026-11-25`) is written in words ("25 November 2026"), as the
    /// language writes dates.
    pub fn render(self, args: &[(&str, String)], language: Language) -> String {
        let args: Vec<(&str, String)> = args
            .iter()
            .map(|(name, value)| (*name, crate::lenient::parse_iso_date(value).map_or_else(|| value.clone(), |day| date(day, language))))
            .collect();
        fill_named(self.template(&args, language), &args)
    }
    /// The template in `language` for these values: the plural form of the value its words name
    /// as their count ("1 рабочий день", "2 рабочих дня", "5 рабочих дней"), or the last form
    /// (`many`, `other`) when the value is not a whole number (an unknown value shown as "?").
    pub fn template(self, args: &[(&str, String)], language: Language) -> &'static str {
        let form = |count: Option<&str>| {
            let value = count.and_then(|name| args.iter().find(|(n, _)| *n == name)).and_then(|(_, value)| value.parse::<u64>().ok());
            value.map_or(Plural::Other, |value| language.plural(value))
        };
        #[allow(unreachable_patterns)]
        match language.in_build() {
            #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
            Language::En => en::plural(self, form(en::count(self))),
            #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
            Language::Ru => ru::plural(self, form(ru::count(self))),
            #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
            Language::Kk => kk::plural(self, form(kk::count(self))),
            _ => "",
        }
    }

    /// The sentence with one named value (see [`Sentence::with`]).
    pub fn with(self, name: &'static str, value: impl std::fmt::Display) -> Sentence {
        Sentence::from(self).with(name, value)
    }

    /// The template in `language` (a message with plural forms: its last form, `many` or
    /// `other`; [`Message::template`] picks the form for a count).
    pub fn text(self, language: Language) -> &'static str {
        // The arms of the languages a build leaves out are gone; `in_build` never returns them.
        #[allow(unreachable_patterns)]
        match language.in_build() {
            #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
            Language::En => en::text(self),
            #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
            Language::Ru => ru::text(self),
            #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
            Language::Kk => kk::text(self),
            _ => "",
        }
    }
}


// The words of each language in the build, generated by build.rs from data/words/*.toml
// (build/words.rs): `text(Message) -> &'static str`, the [engine] constants and the [lists]. A
// single-language build compiles its own.
#[cfg(any(not(feature = "embed"), feature = "embed-en"))]
pub(crate) mod en {
    include!(concat!(env!("OUT_DIR"), "/message_en.rs"));
    include!(concat!(env!("OUT_DIR"), "/engine_en.rs"));
    /// The weekdays, months and countries (`[lists]`; the countries are the widget's only).
    #[allow(dead_code)]
    pub mod lists {
        include!(concat!(env!("OUT_DIR"), "/lists_en.rs"));
    }
}
#[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
pub(crate) mod ru {
    include!(concat!(env!("OUT_DIR"), "/message_ru.rs"));
    include!(concat!(env!("OUT_DIR"), "/engine_ru.rs"));
    /// The weekdays, months and countries (`[lists]`; the countries are the widget's only).
    #[allow(dead_code)]
    pub mod lists {
        include!(concat!(env!("OUT_DIR"), "/lists_ru.rs"));
    }
}
#[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
pub(crate) mod kk {
    include!(concat!(env!("OUT_DIR"), "/message_kk.rs"));
    include!(concat!(env!("OUT_DIR"), "/engine_kk.rs"));
    /// The weekdays, months and countries (`[lists]`; the countries are the widget's only).
    #[allow(dead_code)]
    pub mod lists {
        include!(concat!(env!("OUT_DIR"), "/lists_kk.rs"));
    }
}

// The rule parameters' one-line explanations (data/words/*.toml [explanation]), for the rules
// page as the labels are. Not in the element's builds.
#[cfg(not(feature = "embed"))]
mod explanation {
    pub mod en {
        include!(concat!(env!("OUT_DIR"), "/explanation_en.rs"));
    }
    pub mod ru {
        include!(concat!(env!("OUT_DIR"), "/explanation_ru.rs"));
    }
    pub mod kk {
        include!(concat!(env!("OUT_DIR"), "/explanation_kk.rs"));
    }
}

/// A rule parameter's one-line explanation in `language`, for an HR manager: what the rule means
/// for the employer (the rules page shows it beside the label and the value).
#[cfg(not(feature = "embed"))]
pub fn parameter_explanation(id: crate::rules::ParameterId, language: Language) -> &'static str {
    match language {
        Language::En => explanation::en::text(id),
        Language::Ru => explanation::ru::text(id),
        Language::Kk => explanation::kk::text(id),
    }
}

/// A table of words keyed by a rules enum (data/words/*.toml `[$table]`, generated by
/// build/words.rs): `mod $table` with the `text()` of each language compiled in (a single-language
/// build compiles its own), the lookup `$lookup(id, language)`, and optionally `$in_build(id)`, a
/// `const fn` for the rule table's constants: in an element's build the words of the build's one
/// language, put there at compile time so that the element carries no code to fill them in
/// afterwards (about 500 B brotli for the acts); in the full build `""`, filled in when an
/// answer is rendered in its language ([`render_citation`], [`render_day`]).
macro_rules! keyed_words {
    ($(#[$doc:meta])* $table:ident: $key:ty => fn $lookup:ident $(, $(#[$own_doc:meta])* const fn $in_build:ident)?) => {
        mod $table {
            #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
            pub mod en {
                include!(concat!(env!("OUT_DIR"), "/", stringify!($table), "_en.rs"));
            }
            #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
            pub mod ru {
                include!(concat!(env!("OUT_DIR"), "/", stringify!($table), "_ru.rs"));
            }
            #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
            pub mod kk {
                include!(concat!(env!("OUT_DIR"), "/", stringify!($table), "_kk.rs"));
            }
        }

        $(#[$doc])*
        pub fn $lookup(id: $key, language: Language) -> &'static str {
            #[allow(unreachable_patterns)]
            match language.in_build() {
                #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
                Language::En => $table::en::text(id),
                #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
                Language::Ru => $table::ru::text(id),
                #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
                Language::Kk => $table::kk::text(id),
                _ => "",
            }
        }

        $(
            $(#[$own_doc])*
            pub const fn $in_build(id: $key) -> &'static str {
                #[cfg(feature = "embed-en")]
                return $table::en::text(id);
                #[cfg(all(feature = "embed-ru", not(feature = "embed-en")))]
                return $table::ru::text(id);
                #[cfg(all(feature = "embed-kk", not(any(feature = "embed-en", feature = "embed-ru"))))]
                return $table::kk::text(id);
                #[cfg(not(any(feature = "embed-en", feature = "embed-ru", feature = "embed-kk")))]
                {
                    let _ = id;
                    ""
                }
            }
        )?
    };
}

keyed_words! {
    /// A rule parameter's label in `language`: the rules page reads the labels through
    /// `ruleSets(language)`, the widget's "why?" shows them beside each citation.
    parameter: crate::rules::ParameterId => fn parameter_label
}

keyed_words! {
    /// An act's name in `language` (data/words/*.toml [act]): every built-in citation and transfer
    /// names its act by id (rules::ActId).
    act: crate::rules::ActId => fn act_name,
    /// An act's name as the rule table holds it before an answer is rendered.
    const fn table_act_name
}

keyed_words! {
    /// A clause as `language` writes it ("art. 616(1)", "ст. 616, п. 1", "616-баптың 1-тармағы"),
    /// from the [clause] formats and the clauses data/rules.toml cites (rules::ClauseId).
    clause: crate::rules::ClauseId => fn clause_text,
    /// A clause as the rule table holds it before an answer is rendered.
    const fn clause_in_build
}

/// A built-in citation's clause as the rule table holds it ([`clause_in_build`]); `""` for none.
pub const fn table_clause(id: Option<crate::rules::ClauseId>) -> &'static str {
    match id {
        Some(id) => clause_in_build(id),
        None => "",
    }
}

/// Names the transfer act a day's reason carries in `language` (an element's build has it named
/// already: `table_act_name`).
pub fn render_day(day: &mut crate::calendar::Day, language: Language) {
    #[cfg(not(feature = "embed"))]
    if let Some(crate::calendar::DayReason::TransferDayOff { act, act_id, .. } | crate::calendar::DayReason::TransferWorkingDay { act, act_id, .. }) = &mut day.reason {
        *act = act_name(*act_id, language);
    }
    #[cfg(feature = "embed")]
    let _ = (day, language);
}

/// Names a built-in citation's act and writes its clause in `language`; a site owner's citation
/// keeps its own text. An element's build has them in its language already ([`table_act_name`],
/// [`table_clause`]).
pub fn render_citation(citation: &mut crate::rules::Citation, language: Language) {
    #[cfg(not(feature = "embed"))]
    if let Some(id) = citation.act_id {
        citation.act = std::borrow::Cow::Borrowed(act_name(id, language));
        citation.clause = std::borrow::Cow::Borrowed(citation.clause_id.map_or("", |clause| clause_text(clause, language)));
    }
    #[cfg(feature = "embed")]
    let _ = (citation, language);
}

/// A language's list of words (weekdays, months, countries): `lists!(language, MONTHS, 12)`.
macro_rules! lists {
    ($language:expr, $list:ident, $length:literal) => {{
        #[allow(unreachable_patterns)]
        match $language.in_build() {
            #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
            Language::En => &crate::text::en::lists::$list,
            #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
            Language::Ru => &crate::text::ru::lists::$list,
            #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
            Language::Kk => &crate::text::kk::lists::$list,
            _ => &[""; $length],
        }
    }};
}
// The widget reads the countries with it (web/ui_text.rs); natively it is this module's only.
#[allow(unused_imports)]
pub(crate) use lists;

/// The no-break space (U+00A0): between the thousands of a number in Russian and Kazakh, and
/// between a number and its unit, so that a line never breaks inside "1 081 250 ₸" or "92,9 %".
pub const NO_BREAK_SPACE: char = '\u{a0}';

/// A whole number with its thousands grouped as the language groups them (CLDR): "1,081,250" in
/// English, "1 081 250" with no-break spaces in Russian and Kazakh.
pub fn number(value: u64, language: Language) -> String {
    let separator = match language.in_build() {
        Language::En => ',',
        Language::Ru | Language::Kk => NO_BREAK_SPACE,
    };
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// An amount in tenge: "1,081,250 ₸", "1 081 250 ₸" (a no-break space before the sign).
pub fn tenge(value: u64, language: Language) -> String {
    format!("{}{NO_BREAK_SPACE}₸", number(value, language))
}

/// A whole percentage, such as a rule's minimum: "70%" in English, "70 %" in Russian and Kazakh.
pub fn percent(value: u64, language: Language) -> String {
    with_percent_sign(number(value, language), language)
}

/// The share `part` of `whole` as a percentage with one decimal, rounded half up, computed on the
/// counts in whole numbers (no float): 1857 of 2000 is "92.9%" in English, "92,9 %" in Russian
/// and Kazakh. `None` when `whole` is 0.
pub fn share(part: u64, whole: u64, language: Language) -> Option<String> {
    share_tenths(part, whole).map(|tenths| share_text(tenths, language))
}

/// The share as [`share`] writes it beside a minimum it is compared with: a share below the
/// minimum is never rounded up to it, so 6,999 of 10,000 against 70 % reads "69.9%", not a
/// "70.0%" next to "not met".
pub fn share_against(part: u64, whole: u64, minimum_percent: u64, language: Language) -> Option<String> {
    let tenths = share_tenths(part, whole)?;
    let below = u128::from(part) * 100 < u128::from(minimum_percent) * u128::from(whole);
    let tenths = if below { tenths.min((minimum_percent * 10).saturating_sub(1)) } else { tenths };
    Some(share_text(tenths, language))
}

/// Tenths of a percent of `part` in `whole`, rounded half up; `None` when `whole` is 0.
fn share_tenths(part: u64, whole: u64) -> Option<u64> {
    if whole == 0 {
        return None;
    }
    // Counts are at most a few million, so `part * 2000` fits in u64 many times over; for
    // anything near u64's range both are scaled down first (the share stays the same to far
    // below a tenth of a percent), so the arithmetic can never overflow.
    let scale = part.max(whole) / (u64::MAX / 4000) + 1;
    let (part, whole) = (part / scale, (whole / scale).max(1));
    // (1000 part / whole + 1/2), in integers.
    Some((part * 2000 + whole) / (2 * whole))
}

fn share_text(tenths: u64, language: Language) -> String {
    let decimal = match language.in_build() {
        Language::En => '.',
        Language::Ru | Language::Kk => ',',
    };
    with_percent_sign(format!("{}{decimal}{}", number(tenths / 10, language), tenths % 10), language)
}

fn with_percent_sign(number: String, language: Language) -> String {
    match language.in_build() {
        Language::En => format!("{number}%"),
        Language::Ru | Language::Kk => format!("{number}{NO_BREAK_SPACE}%"),
    }
}

/// The weekday's name.
pub fn weekday(date: NaiveDate, language: Language) -> &'static str {
    let weekdays: &[&str; 7] = lists!(language, WEEKDAYS, 7);
    weekdays[date.weekday().num_days_from_monday() as usize]
}

/// A date as the language usually writes it: "2 April 2026", "2 апреля 2026 г.", "2026 ж. 2 сәуір".
pub fn date(date: NaiveDate, language: Language) -> String {
    let (day, year) = (date.day(), date.year());
    let months: &[&str; 12] = lists!(language, MONTHS, 12);
    let month = months[date.month0() as usize];
    match language.in_build() {
        Language::En => format!("{day} {month} {year}"),
        Language::Ru => format!("{day} {month} {year} г."),
        Language::Kk => format!("{year} ж. {day} {month}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NBSP: &str = "\u{a0}";

    #[test]
    fn numbers_group_thousands_as_each_language_does() {
        assert_eq!(number(1_081_250, Language::En), "1,081,250");
        assert_eq!(number(1_081_250, Language::Ru), format!("1{NBSP}081{NBSP}250"));
        assert_eq!(number(1_081_250, Language::Kk), format!("1{NBSP}081{NBSP}250"));
        assert_eq!(number(999, Language::Ru), "999");
        assert_eq!(number(1000, Language::En), "1,000");
        assert_eq!(number(0, Language::Kk), "0");
        assert_eq!(number(u64::MAX, Language::En), "18,446,744,073,709,551,615");
        assert_eq!(tenge(1_081_250, Language::En), format!("1,081,250{NBSP}₸"));
        assert_eq!(tenge(1_081_250, Language::Ru), format!("1{NBSP}081{NBSP}250{NBSP}₸"));
        assert_eq!(tenge(4_325, Language::Kk), format!("4{NBSP}325{NBSP}₸"));
        assert_eq!(percent(70, Language::En), "70%");
        assert_eq!(percent(90, Language::Ru), format!("90{NBSP}%"));
        assert_eq!(percent(90, Language::Kk), format!("90{NBSP}%"));
    }

    #[test]
    fn shares_round_half_up_to_one_decimal() {
        // 92.85 % exactly: up to 92.9; 92.84 %: down to 92.8.
        assert_eq!(share(1857, 2000, Language::Ru).unwrap(), format!("92,9{NBSP}%"));
        assert_eq!(share(9284, 10000, Language::Ru).unwrap(), format!("92,8{NBSP}%"));
        assert_eq!(share(1857, 2000, Language::En).unwrap(), "92.9%");
        assert_eq!(share(9284, 10000, Language::En).unwrap(), "92.8%");
        assert_eq!(share(1857, 2000, Language::Kk).unwrap(), format!("92,9{NBSP}%"));
        // 13 of 14 is 92.857…: 92.9, where the old truncation showed 92.8.
        assert_eq!(share(13, 14, Language::Ru).unwrap(), format!("92,9{NBSP}%"));
        // The ends, and a third (33.33…) and two thirds (66.66…).
        assert_eq!(share(5, 5, Language::Ru).unwrap(), format!("100,0{NBSP}%"));
        assert_eq!(share(5, 5, Language::En).unwrap(), "100.0%");
        assert_eq!(share(0, 7, Language::Kk).unwrap(), format!("0,0{NBSP}%"));
        // Below the minimum, never rounded up to it; at or above it, rounded as usual.
        assert_eq!(share(6999, 10000, Language::Ru).unwrap(), format!("70,0{NBSP}%"));
        assert_eq!(share_against(6999, 10000, 70, Language::Ru).unwrap(), format!("69,9{NBSP}%"));
        assert_eq!(share_against(8999, 10000, 90, Language::En).unwrap(), "89.9%");
        assert_eq!(share_against(7000, 10000, 70, Language::En).unwrap(), "70.0%");
        assert_eq!(share_against(6996, 10000, 70, Language::En).unwrap(), "69.9%");
        assert_eq!(share_against(6949, 10000, 70, Language::En).unwrap(), "69.5%");
        assert_eq!(share_against(9284, 10000, 90, Language::En).unwrap(), "92.8%");
        assert_eq!(share_against(0, 0, 70, Language::En), None);
        assert_eq!(share(1, 3, Language::En).unwrap(), "33.3%");
        assert_eq!(share(2, 3, Language::En).unwrap(), "66.7%");
        // Just under a half-tenth stays down; exactly a half-tenth goes up (0.05 % of 1 in 2000).
        assert_eq!(share(1, 2000, Language::En).unwrap(), "0.1%");
        assert_eq!(share(1, 2001, Language::En).unwrap(), "0.0%");
        assert_eq!(share(0, 0, Language::En), None);
        // Big counts, at the edge of u64, neither overflow nor panic.
        assert_eq!(share(u64::MAX, u64::MAX, Language::En).unwrap(), "100.0%");
        assert_eq!(share(u64::MAX / 2, u64::MAX, Language::En).unwrap(), "50.0%");
        assert_eq!(share(3_000_000, 3_000_001, Language::En).unwrap(), "100.0%");
    }

    #[test]
    fn dates_are_written_in_words() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 27).unwrap();
        assert_eq!(date(day, Language::En), "27 March 2026");
        assert_eq!(date(day, Language::Ru), "27 марта 2026 г.");
        assert_eq!(date(day, Language::Kk), "2026 ж. 27 наурыз");
        assert_eq!(weekday(day, Language::En), "Friday");
        assert_eq!(weekday(day, Language::Ru), "пятница");
        assert_eq!(weekday(day, Language::Kk), "жұма");
    }

    #[test]
    fn a_date_among_a_sentences_values_is_written_in_words() {
        for (language, expected) in [(Language::En, "25 November 2026"), (Language::Ru, "25 ноября 2026 г."), (Language::Kk, "2026 ж. 25 қараша")] {
            let text = Message::OpenPointsChecked.render(&[("date", "2026-11-25".to_owned())], language);
            assert!(text.contains(expected), "{text}");
            assert!(!text.contains("2026-11-25"), "{text}");
        }
        // Text that only looks like a date stays as it was typed.
        let text = Message::InvalidDate.render(&[("text", "2025-02-30".to_owned())], Language::En);
        assert!(text.starts_with("2025-02-30"), "{text}");
    }

    #[test]
    fn counts_take_the_plural_form_of_their_language() {
        let ru = [(0, Plural::Many), (1, Plural::One), (2, Plural::Few), (4, Plural::Few), (5, Plural::Many), (11, Plural::Many), (12, Plural::Many), (14, Plural::Many), (21, Plural::One), (22, Plural::Few), (111, Plural::Many), (1_000_001, Plural::One)];
        for (count, form) in ru {
            assert_eq!(Language::Ru.plural(count), form, "ru {count}");
        }
        for (count, form) in [(0, Plural::Other), (1, Plural::One), (2, Plural::Other), (21, Plural::Other)] {
            assert_eq!(Language::En.plural(count), form, "en {count}");
            assert_eq!(Language::Kk.plural(count), form, "kk {count}");
        }
    }
}
