//! Every sentence the engine writes, in Kazakh, Russian and English: the engine's error messages
//! and findings, so that a caller of the JSON API gets them in the visitor's language too. The
//! words live in `data/words/{en,ru,kk}.toml` (`[message]`, one key per [`Message`]); build.rs
//! checks them and generates a `match` per language (build/words.rs), included here.
//!
//! The engine returns a [`Sentence`] (a [`Message`] and its named values); [`Sentence::render`]
//! puts it into words in a language. Templates name their values: `{days}`, `{date}`.

use serde::Serialize;

/// A language of the interface and of every message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
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
    LocalContentNotForEaeu,
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
    ReadingDayAfter,
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

impl Message {
    /// The message's stable code, as it appears in JSON (camelCase).
    pub fn code(self) -> &'static str {
        crate::wire_name(&self)
    }

    /// The sentence in `language` with its named values filled in, in the plural form its count
    /// takes where the words have plural forms (`data/words/*.toml`: `{ count = "days", one = …}`).
    pub fn render(self, args: &[(&str, String)], language: Language) -> String {
        fill_named(self.template(args, language), args)
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
// (build/words.rs): `text(Message) -> &'static str` and the [engine] constants. A
// single-language build compiles its own.
#[cfg(any(not(feature = "embed"), feature = "embed-en"))]
mod en {
    include!(concat!(env!("OUT_DIR"), "/message_en.rs"));
    include!(concat!(env!("OUT_DIR"), "/engine_en.rs"));
}
#[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
mod ru {
    include!(concat!(env!("OUT_DIR"), "/message_ru.rs"));
    include!(concat!(env!("OUT_DIR"), "/engine_ru.rs"));
}
#[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
mod kk {
    include!(concat!(env!("OUT_DIR"), "/message_kk.rs"));
    include!(concat!(env!("OUT_DIR"), "/engine_kk.rs"));
}

// The rule parameters' labels (data/words/*.toml [parameter], generated by build/words.rs): the
// rules page reads them through `ruleSets(language)`, the widget's "why?" shows them beside each
// citation. A single-language build compiles its own.
mod parameter {
    #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
    pub mod en {
        include!(concat!(env!("OUT_DIR"), "/parameter_en.rs"));
    }
    #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
    pub mod ru {
        include!(concat!(env!("OUT_DIR"), "/parameter_ru.rs"));
    }
    #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
    pub mod kk {
        include!(concat!(env!("OUT_DIR"), "/parameter_kk.rs"));
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

/// A rule parameter's label in `language`, as the rules page and the widget show it.
pub fn parameter_label(id: crate::rules::ParameterId, language: Language) -> &'static str {
    #[allow(unreachable_patterns)]
    match language.in_build() {
        #[cfg(any(not(feature = "embed"), feature = "embed-en"))]
        Language::En => parameter::en::text(id),
        #[cfg(any(not(feature = "embed"), feature = "embed-ru"))]
        Language::Ru => parameter::ru::text(id),
        #[cfg(any(not(feature = "embed"), feature = "embed-kk"))]
        Language::Kk => parameter::kk::text(id),
        _ => "",
    }
}
