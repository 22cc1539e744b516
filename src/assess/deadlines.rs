//! Every dated deadline of the procedure, counted on the Kazakh working-day calendar, with the
//! non-working days each one skips.

use serde::Serialize;
use chrono::{Days, NaiveDate};

use super::input::{Input, Route};
use super::{Context, Finding};
use crate::calendar::{self, Day};
use crate::rules::{Citation, Confidence, DayKind, ParameterId, Value};
use crate::text::Message;

/// The deadlines the engine computes (their ids are part of the JSON contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum DeadlineId {
    VacancyPeriodEnds,
    EarliestApplication,
    ReviewDue,
    FeePaymentDue,
    ContractRegistrationDue,
    ExtensionWindowOpens,
    ExtensionWindowCloses,
}

impl DeadlineId {
    /// The id as it appears in JSON (camelCase).
    pub fn name(self) -> &'static str {
        crate::wire_name(&self)
    }
}

/// Whether a deadline has a date, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum DeadlineStatus {
    Computed,
    /// The date it counts from was not given.
    NeedsDate,
    /// The step does not apply to this hire under the rule set.
    NotApplicable,
    /// The sources do not say whether the step applies to this kind of permit.
    RuleUnclear,
    /// The step applies but its term is unknown for the rule set.
    Unknown,
    /// The dates fall outside the working-day calendar.
    CalendarNotCovered,
}

/// One deadline.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Deadline {
    pub id: DeadlineId,
    pub status: DeadlineStatus,
    #[serde(serialize_with = "crate::lenient::serialize_optional_date")]
    pub date: Option<NaiveDate>,
    pub day_kind: Option<DayKind>,
    pub days: Option<u32>,
    /// `true` when the deadline is counted back from `from` (the extension window).
    pub before: bool,
    #[serde(serialize_with = "crate::lenient::serialize_optional_date")]
    pub from: Option<NaiveDate>,
    /// The input field `from` comes from, such as `dates.vacancyPosted`.
    pub from_field: &'static str,
    /// The citation of the rule that sets the period (the full list is in `finding.parameters`).
    pub citation: Option<Citation>,
    /// The lowest confidence of the rules and the yearly calendars the date rests on.
    pub confidence: Confidence,
    /// The non-working days between `from` and `date` that a working-day count skipped.
    pub skipped: Vec<Day>,
    /// Set when a calendar-day deadline lands on a day that is not a working day.
    pub non_working_date: Option<Day>,
    /// Whether the date is before the assessment date.
    pub passed: Option<bool>,
    pub finding: Finding,
    /// Why there is no date, or how the date was read (our reading of an unsettled rule).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string[]"))]
    pub notes: Vec<crate::text::Sentence>,
}

pub(crate) fn assess(context: &mut Context, input: &Input, permit_needed: bool) -> Vec<Deadline> {
    let dates = input.dates;
    let route = input.hire.route;
    let extension_id = match (route, input.hire.category) {
        (Route::Seasonal, _) => ParameterId::ExtensionsSeasonal,
        (Route::IntraCorporateTransfer, _) => ParameterId::ExtensionsIntraCorporateTransfer,
        (Route::Permit, Some(1)) => ParameterId::ExtensionsCategory1,
        (Route::Permit, Some(4)) => ParameterId::ExtensionsCategory4,
        (Route::Permit, _) => ParameterId::ExtensionsCategories2And3,
    };
    let vacancy = Spec {
        id: DeadlineId::VacancyPeriodEnds,
        gate: Gate::Vacancy,
        from: dates.vacancy_posted,
        from_field: "dates.vacancyPosted",
        steps: &[ParameterId::VacancyPostingDays],
        before: false,
        message: Message::DeadlineVacancyPeriodEnds,
        extra: &[],
    };
    let after = |id, gate, from, from_field, step: &'static [ParameterId], message| Spec {
        id,
        gate,
        from,
        from_field,
        steps: step,
        before: false,
        message,
        extra: &[],
    };
    let specs = [
        vacancy,
        Spec {
            id: DeadlineId::EarliestApplication,
            steps: &[ParameterId::VacancyPostingDays, ParameterId::FirstApplicationDayAfterPosting],
            message: Message::DeadlineEarliestApplication,
            ..vacancy
        },
        after(DeadlineId::ReviewDue, Gate::Permit, dates.application_registered, "dates.applicationRegistered", &[ParameterId::ReviewWorkingDays], Message::DeadlineReviewDue),
        after(DeadlineId::FeePaymentDue, Gate::Fee, dates.approval_notified, "dates.approvalNotified", &[ParameterId::FeePaymentWorkingDays], Message::DeadlineFeePaymentDue),
        after(DeadlineId::ContractRegistrationDue, Gate::Always, dates.contract_signed, "dates.contractSigned", &[ParameterId::ContractRegistrationWorkingDays], Message::DeadlineContractRegistrationDue),
        Spec {
            id: DeadlineId::ExtensionWindowOpens,
            gate: Gate::Extension(extension_id),
            from: dates.permit_expires,
            from_field: "dates.permitExpires",
            steps: &[ParameterId::ExtensionWindowOpensDaysBeforeExpiry],
            before: true,
            message: Message::DeadlineExtensionWindowOpens,
            extra: &[],
        },
        Spec {
            id: DeadlineId::ExtensionWindowCloses,
            gate: Gate::Extension(extension_id),
            from: dates.permit_expires,
            from_field: "dates.permitExpires",
            steps: &[ParameterId::ExtensionWindowClosesDaysBeforeExpiry],
            before: true,
            message: Message::DeadlineExtensionWindowCloses,
            extra: &[],
        },
    ];
    specs.iter().map(|spec| compute(context, spec, route, permit_needed)).collect()
}

/// Whether a deadline applies, decided on the rules in force on its event's date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gate {
    /// Applies to every hire (the contract register).
    Always,
    /// Applies when a permit is needed.
    Permit,
    /// Applies when a permit with a fee is needed.
    Fee,
    /// The vacancy posting: for the permit route when the rules require it; unclear for others.
    Vacancy,
    /// The extension window: when the permit can be extended (the parameter counts extensions).
    Extension(ParameterId),
}

/// How to compute one deadline: the date it counts from and the periods it adds in order.
#[derive(Clone, Copy)]
struct Spec {
    id: DeadlineId,
    gate: Gate,
    from: Option<NaiveDate>,
    from_field: &'static str,
    steps: &'static [ParameterId],
    before: bool,
    message: Message,
    /// Further parameters the deadline rests on.
    extra: &'static [ParameterId],
}

enum Applies {
    Yes,
    No,
    Unclear(ParameterId),
}

fn applies(context: &mut Context, gate: Gate, route: Route, permit_needed: bool, on: NaiveDate) -> Applies {
    let yes = |condition: bool| if condition { Applies::Yes } else { Applies::No };
    match gate {
        Gate::Always => Applies::Yes,
        Gate::Permit => yes(permit_needed),
        Gate::Fee => yes(permit_needed && route != Route::IntraCorporateTransfer),
        Gate::Extension(id) => {
            let extendable = !matches!(context.book.get(id, on).map(|p| p.value), Some(Value::Number(0)));
            yes(permit_needed && extendable)
        }
        Gate::Vacancy => {
            let required = matches!(context.book.get(ParameterId::VacancyPostingDays, on).map(|p| p.value), Some(Value::Number(_)));
            let rule = match route {
                Route::Permit => None,
                Route::IntraCorporateTransfer => Some(ParameterId::VacancyPostingForIntraCorporateTransfer),
                Route::Seasonal => Some(ParameterId::VacancyPostingForSeasonal),
            };
            match (permit_needed && required, rule) {
                (false, _) => Applies::No,
                (true, None) => Applies::Yes,
                (true, Some(id)) => match context.book.get(id, on).map(|p| p.value) {
                    Some(Value::Flag(true)) => Applies::Yes,
                    Some(Value::Flag(false) | Value::NotRequired) => Applies::No,
                    _ => Applies::Unclear(id),
                },
            }
        }
    }
}

fn compute(context: &mut Context, spec: &Spec, route: Route, permit_needed: bool) -> Deadline {
    // A deadline follows the rules in force on the day of its event (an application registered
    // before 1 September 2025 keeps the old review rules); without the date, those of `asOf`.
    let on = spec.from.unwrap_or(context.as_of);
    let unknown_before = context.unknown.len();
    let gate = applies(context, spec.gate, route, permit_needed, on);
    let mut ids: Vec<ParameterId> = spec.steps.to_vec();
    if let Applies::Unclear(id) = gate {
        ids.push(id);
    }
    if let Gate::Extension(id) = spec.gate {
        ids.push(id);
    }
    ids.extend_from_slice(spec.extra);
    let first_days = spec.steps.first().and_then(|&id| match context.book.get(id, on).map(|p| p.value) {
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    });
    let sentence = match first_days {
        Some(days) => spec.message.with("days", days),
        None => spec.message.into(),
    };
    let mut finding = context.finding_on(sentence, &ids, on);
    let last_step = spec.steps.last().and_then(|&id| context.book.get(id, on).cloned());
    let mut deadline = Deadline {
        id: spec.id,
        status: DeadlineStatus::Computed,
        date: None,
        day_kind: last_step.as_ref().and_then(|p| p.day_kind),
        days: None,
        before: spec.before,
        from: spec.from,
        from_field: spec.from_field,
        citation: last_step.as_ref().map(|p| p.citation.clone()),
        confidence: finding.confidence,
        skipped: Vec::new(),
        non_working_date: None,
        passed: None,
        finding: finding.clone(),
        notes: Vec::new(),
    };
    let stop = |deadline: &mut Deadline, status: DeadlineStatus, message: Message| {
        deadline.status = status;
        deadline.notes.push(message.into());
    };
    match gate {
        Applies::No => {
            // A step that does not apply has no unknown terms worth reporting.
            context.unknown.truncate(unknown_before);
            stop(&mut deadline, DeadlineStatus::NotApplicable, Message::StatusNotApplicable);
            return deadline;
        }
        Applies::Unclear(_) => {
            stop(&mut deadline, DeadlineStatus::RuleUnclear, Message::StatusRuleUnclear);
            return deadline;
        }
        Applies::Yes => {}
    }
    let Some(from) = spec.from else {
        stop(&mut deadline, DeadlineStatus::NeedsDate, Message::StatusNeedsDate);
        return deadline;
    };

    let mut date = from;
    let mut total_days: u32 = 0;
    let mut calendar_confidence = Confidence::Confirmed;
    for &id in spec.steps {
        let step = context.param_on(id, on).cloned();
        let (days, kind) = match step.as_ref().map(|p| (p.value, p.day_kind)) {
            Some((Value::Number(days), Some(kind))) => (days, kind),
            _ => {
                stop(&mut deadline, DeadlineStatus::Unknown, Message::StatusUnknown);
                return deadline;
            }
        };
        total_days = total_days.saturating_add(days);
        let next = match (kind, spec.before) {
            (DayKind::Working, false) => match calendar::add_working_days(date, days) {
                Ok(next) => {
                    deadline.skipped.extend(calendar::non_working_days(date, next).into_iter().flatten());
                    Ok(next)
                }
                Err(error) => Err(error),
            },
            (DayKind::Working, true) => Err(calendar::CalendarError { year: 0 }),
            (DayKind::Calendar, false) => date.checked_add_days(Days::new(u64::from(days))).ok_or(calendar::CalendarError { year: 0 }),
            (DayKind::Calendar, true) => date.checked_sub_days(Days::new(u64::from(days))).ok_or(calendar::CalendarError { year: 0 }),
        };
        let Ok(next) = next else {
            stop(&mut deadline, DeadlineStatus::CalendarNotCovered, Message::StatusCalendarNotCovered);
            return deadline;
        };
        // Every deadline is placed on the real calendar: a date the calendar does not know gets
        // no date rather than a guess about whether it is a working day.
        let Ok(day) = calendar::day(next) else {
            stop(&mut deadline, DeadlineStatus::CalendarNotCovered, Message::StatusCalendarNotCovered);
            return deadline;
        };
        calendar_confidence = calendar_confidence.min(calendar::confidence_between(date, next));
        deadline.non_working_date = (!day.working).then_some(day);
        date = next;
    }
    finding.confidence = finding.confidence.min(calendar_confidence);
    deadline.confidence = finding.confidence;
    deadline.finding = finding;
    deadline.days = Some(total_days);
    deadline.date = Some(date);
    deadline.passed = Some(date < context.as_of);
    deadline
}
