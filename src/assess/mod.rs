//! The permit assessment: from an [`Input`] to an [`Assessment`] that says whether a permit is
//! needed, whether the local-content ratios apply and hold, every dated deadline, the fee, the
//! permit term, the obligations and the checklist, each finding with the parameters it rests on.

use serde::Serialize;
mod advice;
mod deadlines;
mod error;
mod input;
mod local_content;
mod plan;
pub mod raw;
mod verdict;

use chrono::NaiveDate;

pub use deadlines::{Deadline, DeadlineId, DeadlineStatus};
pub use error::{ErrorCode, InputError, InputErrors};
#[cfg(target_arch = "wasm32")]
pub(crate) use error::structure_error;
pub use input::{
    is_country_code, CategoryStaff, Dates, Employer, EmployerKind, Hire, Input, Route, Staff, MAX_COUNT,
};
pub use local_content::{group_check, GroupCheck, IctCheck, LocalContent, LocalContentExemption, LocalContentGroup};
pub use advice::{ChecklistItem, Fee, FeeFlag, FeeKind};
pub use plan::{Plan, PlanFrom, PlanStep, PlanStepId, PlanStepStatus, DUE_SOON_WORKING_DAYS};
pub use verdict::{Verdict, VerdictCode};

use crate::rules::{rule_set_for, Confidence, Parameter, ParameterId, RuleBook, RuleSet, Value, RULES_CHECKED_TO};
use crate::text::{Language, Message, Sentence};

/// The result of an assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Assessment {
    /// The date the rules were applied at.
    #[serde(serialize_with = "crate::lenient::serialize_date")]
    pub as_of: NaiveDate,
    /// Whether `as_of` came from the input or is today in Kazakhstan.
    pub as_of_given: bool,
    pub language: Language,
    pub rule_set: RuleSet,
    pub rules_checked_to: &'static str,
    /// The answer to "can I hire?": a code and one plain sentence.
    pub verdict: Verdict,
    pub permit_needed: bool,
    pub permit_reason: Finding,
    pub local_content: LocalContent,
    /// Present for the intra-corporate transfer route.
    pub intra_corporate_transfer: Option<IctCheck>,
    /// Every step from the posting to the contract register, dated; `None` when no permit is
    /// needed or it would be refused.
    pub plan: Option<Plan>,
    pub deadlines: Vec<Deadline>,
    pub fee: Fee,
    /// `None` when no permit is needed.
    pub permit_term: Option<Finding>,
    pub obligations: Vec<Finding>,
    pub checklist: Vec<ChecklistItem>,
    /// What the rules research could not settle.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string[]"))]
    pub open_points: Vec<Sentence>,
    /// Parameters the answer needed that have no known value for the rule set.
    pub unknown_parameters: Vec<ParameterId>,
    /// The lowest confidence of any finding.
    pub confidence: Confidence,
    /// A plain "verify with counsel" note when some finding is unconfirmed.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string | null"))]
    pub verify_with_counsel: Option<Sentence>,
}

/// One answer with the rule parameters behind it: a message and its named values (rendered in the
/// visitor's language into `message` by [`Assessment::render`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Finding {
    pub code: Message,
    #[serde(skip)]
    #[cfg_attr(target_arch = "wasm32", tsify(skip))]
    pub args: Vec<(&'static str, String)>,
    pub message: String,
    /// The rows of the rule table used, with their citations.
    pub parameters: Vec<Parameter>,
    /// The lowest confidence among the parameters (and the calendar, for deadlines).
    pub confidence: Confidence,
}

/// Assesses `input` with the built-in rules. Without `asOf` the date is today in Kazakhstan.
///
/// ```
/// use kz_work_permit::{assess, Input};
///
/// let input = Input::from_json(r#"{
///   "asOf": "2026-11-25",
///   "employer": {"kind": "company", "smallBusiness": false, "employees": 120},
///   "staff": {"category1": {"citizens": 2, "foreigners": 0}, "category2": {"citizens": 5, "foreigners": 1},
///             "category3": {"citizens": 45, "foreigners": 4}, "category4": {"citizens": 50, "foreigners": 0}},
///   "hire": {"route": "permit", "category": 3, "count": 1, "citizenship": "IN"},
///   "dates": {"vacancyPosted": "2026-03-06"}
/// }"#).unwrap();
/// let result = assess(&input).unwrap();
/// assert!(result.permit_needed);
/// assert_eq!(result.rule_set.id, "2025-09-01");
/// assert!(result.local_content.groups[1].meets); // 95 citizens, 10 foreigners with the hire: 90.5 %
/// ```
pub fn assess(input: &Input) -> Result<Assessment, InputErrors> {
    assess_with(input, &RuleBook::built_in(), crate::clock::today_in_kazakhstan())
}

/// Assesses `input` with `book` (built-in rules plus any overrides), taking `today` as the date
/// when the input has no `asOf`. This is the pure core: no clock, no I/O.
pub fn assess_with(input: &Input, book: &RuleBook, today: NaiveDate) -> Result<Assessment, InputErrors> {
    let mut assessment = evaluate(input, book, today).map_err(|errors| errors.render(input.language))?;
    assessment.render();
    Ok(assessment)
}

/// The assessment before it is put into words: every finding a message and its named values.
/// The engine proper: no clock, no I/O, no language.
pub fn evaluate(input: &Input, book: &RuleBook, today: NaiveDate) -> Result<Assessment, InputErrors> {
    input.check()?;
    let as_of = input.as_of.unwrap_or(today);
    let rule_set = *rule_set_for(as_of).map_err(|_| {
        InputError::new("asOf", ErrorCode::BeforeRuleSets, Message::BeforeRuleSets.with("date", crate::rules::RULE_SETS[0].starts))
    })?;
    let mut context = Context { book, as_of, unknown: Vec::new() };
    // A seasonal permit lasts at most its term (a rule parameter, so checked here with the rules).
    if let (Route::Seasonal, Some(days)) = (input.hire.route, input.hire.seasonal_days) {
        if let Some(term) = context.number(ParameterId::PermitTermSeasonal).filter(|&term| days > term) {
            return Err(InputError::new("hire.seasonalDays", ErrorCode::OutOfRange, Message::SeasonalDaysOutOfRange.with("max", term)).into());
        }
    }

    let eaeu = context.param(ParameterId::EaeuMemberStates);
    let is_eaeu = matches!(eaeu.map(|p| p.value), Some(Value::Codes(codes)) if codes.contains(&input.hire.citizenship.as_str()));
    let permit_needed = !is_eaeu;
    let permit_reason = context.finding(
        if permit_needed { Message::PermitNeeded } else { Message::PermitNotNeededEaeu },
        &[ParameterId::EaeuMemberStates],
    );

    let local_content = local_content::assess(&mut context, input, permit_needed);
    let intra_corporate_transfer = local_content::ict(&mut context, input, permit_needed);
    let verdict = verdict::assess(&mut context, input, permit_needed, &local_content, intra_corporate_transfer.as_ref());
    let deadlines = deadlines::assess(&mut context, input, permit_needed);
    let plan = plan::assess(&mut context, input, verdict.code == VerdictCode::CanApply);
    let payment_due = deadlines.iter().find(|d| d.id == DeadlineId::FeePaymentDue).and_then(|d| d.date);
    let fee = advice::fee(&mut context, input, permit_needed, payment_due);
    let permit_term = permit_needed.then(|| advice::permit_term(&mut context, &input.hire));
    let obligations = if permit_needed { advice::obligations(&mut context, &input.hire) } else { Vec::new() };
    let mut checklist = advice::checklist(&mut context, input, permit_needed);
    if let Some(plan) = &plan {
        plan::date_checklist(plan, &mut checklist);
    }
    let open_points = advice::open_points(&mut context, permit_needed, &input.hire);

    let confidence = std::iter::once(permit_reason.confidence)
        .chain(std::iter::once(verdict.finding.confidence))
        .chain(std::iter::once(local_content.finding.confidence))
        .chain(local_content.groups.iter().map(|g| g.confidence))
        .chain(intra_corporate_transfer.iter().map(|c| c.finding.confidence))
        .chain(deadlines.iter().filter(|d| d.date.is_some()).map(|d| d.finding.confidence))
        .chain(std::iter::once(fee.finding.confidence))
        .chain(permit_term.iter().map(|t| t.confidence))
        .chain(obligations.iter().map(|o| o.confidence))
        .min()
        .unwrap_or(Confidence::Unconfirmed);
    let verify_with_counsel = (confidence == Confidence::Unconfirmed).then(|| Message::VerifyWithCounsel.into());
    let mut unknown_parameters = context.unknown;
    crate::sort_by_key(&mut unknown_parameters, |id| *id);
    unknown_parameters.dedup();

    Ok(Assessment {
        as_of,
        as_of_given: input.as_of.is_some(),
        language: input.language,
        rule_set,
        rules_checked_to: RULES_CHECKED_TO,
        verdict,
        permit_needed,
        permit_reason,
        local_content,
        intra_corporate_transfer,
        plan,
        deadlines,
        fee,
        permit_term,
        obligations,
        checklist,
        open_points,
        unknown_parameters,
        confidence,
        verify_with_counsel,
    })
}

/// Parses JSON text and assesses it with the built-in rules: the JSON entry point.
///
/// ```
/// let errors = kz_work_permit::assess_json("{").unwrap_err();
/// assert_eq!(errors.errors[0].code.as_str(), "invalidJson");
/// assert!(errors.errors[0].message.contains("line 1 column 1"));
/// let errors = kz_work_permit::assess_json(r#"{"employer": ["company", false, 120]}"#).unwrap_err();
/// assert_eq!((errors.errors[0].path.as_str(), errors.errors[0].code.as_str()), ("employer", "invalidStructure"));
/// ```
pub fn assess_json(json: &str) -> Result<Assessment, InputErrors> {
    assess(&Input::from_json(json)?)
}

/// What every part of the assessment needs: the rules and the date, and a record of the
/// parameters that turned out to be unknown.
pub(crate) struct Context<'a> {
    pub book: &'a RuleBook,
    pub as_of: NaiveDate,
    pub unknown: Vec<ParameterId>,
}

impl Context<'_> {
    /// The parameter in force on the assessment date; records it as unknown when no row covers
    /// the date or the row's value is unknown.
    pub fn param(&mut self, id: ParameterId) -> Option<&Parameter> {
        self.param_on(id, self.as_of)
    }

    /// The parameter in force on `date` (a deadline follows the rules in force at its event).
    pub fn param_on(&mut self, id: ParameterId, date: NaiveDate) -> Option<&Parameter> {
        let found = self.book.get(id, date);
        if found.is_none_or(|p| p.value == Value::Unknown) {
            self.unknown.push(id);
        }
        found
    }

    /// A numeric parameter's value, or `None` when it is not a number.
    pub fn number(&mut self, id: ParameterId) -> Option<u32> {
        match self.param(id)?.value {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// A finding of `sentence` resting on `ids`.
    pub fn finding(&mut self, sentence: impl Into<Sentence>, ids: &[ParameterId]) -> Finding {
        self.finding_on(sentence, ids, self.as_of)
    }

    /// A finding resting on the parameters in force on `date`.
    pub fn finding_on(&mut self, sentence: impl Into<Sentence>, ids: &[ParameterId], date: NaiveDate) -> Finding {
        let Sentence { message, args, .. } = sentence.into();
        let parameters: Vec<Parameter> = ids.iter().filter_map(|&id| self.param_on(id, date).cloned()).collect();
        let confidence = if parameters.len() == ids.len() {
            parameters.iter().map(|p| p.confidence).min().unwrap_or(Confidence::Confirmed)
        } else {
            Confidence::Unconfirmed
        };
        Finding { code: message, args, message: String::new(), parameters, confidence }
    }
}

impl Finding {
    /// Puts the finding into words in `language`.
    pub fn render(&mut self, language: Language) {
        self.message = self.code.render(&self.args, language);
        // An element's build has its acts' names already (`text::table_act_name`).
        #[cfg(not(feature = "embed"))]
        for parameter in &mut self.parameters {
            crate::text::render_citation(&mut parameter.citation, language);
        }
    }
}

impl Assessment {
    /// Puts every finding, note and open point into words in the assessment's language: the one
    /// place where the assessment meets the text layer.
    pub fn render(&mut self) {
        let language = self.language;
        let mut findings: Vec<&mut Finding> = vec![&mut self.verdict.finding, &mut self.permit_reason, &mut self.local_content.finding, &mut self.fee.finding];
        findings.extend(self.intra_corporate_transfer.iter_mut().map(|check| &mut check.finding));
        findings.extend(self.deadlines.iter_mut().map(|deadline| &mut deadline.finding));
        findings.extend(self.plan.iter_mut().flat_map(|plan| plan.steps.iter_mut().map(|step| &mut step.finding)));
        findings.extend(self.permit_term.iter_mut());
        findings.extend(self.obligations.iter_mut());
        findings.extend(self.checklist.iter_mut().map(|item| &mut item.finding));
        for finding in findings {
            finding.render(language);
        }
        let mut sentences: Vec<&mut Sentence> = self.fee.notes.iter_mut().collect();
        sentences.extend(self.deadlines.iter_mut().flat_map(|deadline| deadline.notes.iter_mut()));
        sentences.extend(self.plan.iter_mut().flat_map(|plan| plan.notes.iter_mut()));
        sentences.extend(self.open_points.iter_mut());
        sentences.extend(self.verify_with_counsel.iter_mut());
        for sentence in sentences {
            sentence.render(language);
        }
        // The acts, in the full build; an element's build has them in its language already
        // (`text::table_act_name`).
        #[cfg(not(feature = "embed"))]
        {
            let mut citations: Vec<&mut crate::rules::Citation> = self.deadlines.iter_mut().filter_map(|deadline| deadline.citation.as_mut()).collect();
            citations.extend(self.local_content.groups.iter_mut().flat_map(|group| group.parameters.iter_mut().map(|parameter| &mut parameter.citation)));
            for citation in citations {
                crate::text::render_citation(citation, language);
            }
            self.rule_set.act = crate::text::act_name(self.rule_set.act_id, language);
            for deadline in &mut self.deadlines {
                for day in deadline.skipped.iter_mut().chain(deadline.non_working_date.as_mut()) {
                    crate::text::render_day(day, language);
                }
            }
        }
        // A checklist item's message is its finding's sentence, already rendered above.
        for item in &mut self.checklist {
            item.message.text.clone_from(&item.finding.message);
        }
    }
}
