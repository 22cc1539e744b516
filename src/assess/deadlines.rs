//! Every dated deadline of the procedure, counted on the Kazakh working-day calendar, with the
//! non-working days each one skips.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::input::{Input, Route};
use super::{Context, Finding};
use crate::calendar::{self, Day};
use crate::rules::{Confidence, DayKind, ParameterId, Value};
use crate::text::Message;

/// The deadlines the engine computes (their ids are part of the JSON contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
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

/// Whether a deadline has a date, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    pub id: DeadlineId,
    pub status: DeadlineStatus,
    pub date: Option<NaiveDate>,
    pub day_kind: Option<DayKind>,
    pub days: Option<u32>,
    /// `true` when the deadline is counted back from `from` (the extension window).
    pub before: bool,
    pub from: Option<NaiveDate>,
    /// The input field `from` comes from, such as `dates.vacancyPosted`.
    pub from_field: &'static str,
    /// The non-working days between `from` and `date` that a working-day count skipped.
    pub skipped: Vec<Day>,
    /// Set when a calendar-day deadline lands on a day that is not a working day.
    pub non_working_date: Option<Day>,
    /// Whether the date is before the assessment date.
    pub passed: Option<bool>,
    pub finding: Finding,
    /// Why there is no date, or how the date was read (our reading of an unsettled rule).
    pub notes: Vec<String>,
}

pub(crate) fn assess(context: &mut Context, input: &Input, permit_needed: bool) -> Vec<Deadline> {
    let dates = input.dates;
    let route = input.hire.route;
    let vacancy_rule = match route {
        Route::Permit => None,
        Route::IntraCorporateTransfer => Some(ParameterId::VacancyPostingForIntraCorporateTransfer),
        Route::Seasonal => Some(ParameterId::VacancyPostingForSeasonal),
    };
    let posting_required = context.param(ParameterId::VacancyPostingDays).is_some_and(|p| matches!(p.value, Value::Number(_)));
    let vacancy_gate = match (permit_needed && posting_required, vacancy_rule) {
        (false, _) => Gate::NotApplicable,
        (true, None) => Gate::Open,
        (true, Some(id)) => match context.param(id).map(|p| p.value) {
            Some(Value::Flag(true)) => Gate::Open,
            Some(Value::Flag(false)) | Some(Value::NotRequired) => Gate::NotApplicable,
            _ => Gate::Unclear(id),
        },
    };
    let fee_gate = if permit_needed && route != Route::IntraCorporateTransfer { Gate::Open } else { Gate::NotApplicable };
    let extension_id = match (route, input.hire.category) {
        (Route::Seasonal, _) => ParameterId::ExtensionsSeasonal,
        (Route::IntraCorporateTransfer, _) => ParameterId::ExtensionsIntraCorporateTransfer,
        (Route::Permit, Some(1)) => ParameterId::ExtensionsCategory1,
        (Route::Permit, Some(4)) => ParameterId::ExtensionsCategory4,
        (Route::Permit, _) => ParameterId::ExtensionsCategories2And3,
    };
    let extendable = !matches!(context.param(extension_id).map(|p| p.value), Some(Value::Number(0)));
    let extension_gate = if permit_needed && extendable { Gate::Open } else { Gate::NotApplicable };
    let gate = |open: bool| if open { Gate::Open } else { Gate::NotApplicable };

    let vacancy_days = context.number(ParameterId::VacancyPostingDays).unwrap_or(0).to_string();
    let vacancy_ends = Spec {
        id: DeadlineId::VacancyPeriodEnds,
        gate: vacancy_gate,
        from: dates.vacancy_posted,
        from_field: "dates.vacancyPosted",
        steps: &[ParameterId::VacancyPostingDays],
        before: false,
        message: Message::DeadlineVacancyPeriodEnds,
        extra: &[],
    };
    let vacancy_end = compute(context, &vacancy_ends, &[&vacancy_days]);
    let mut earliest = compute(
        context,
        &Spec {
            id: DeadlineId::EarliestApplication,
            steps: &[ParameterId::VacancyPostingDays, ParameterId::FirstApplicationDayAfterPosting],
            message: Message::DeadlineEarliestApplication,
            ..vacancy_ends
        },
        &[],
    );
    if earliest.status == DeadlineStatus::Computed {
        earliest.notes.push(crate::text::fill(Message::ReadingDayAfter.text(context.language), &[&vacancy_days]));
    }

    let review_days = context.number(ParameterId::ReviewWorkingDays).unwrap_or(0).to_string();
    let review = compute(
        context,
        &Spec {
            id: DeadlineId::ReviewDue,
            gate: gate(permit_needed),
            from: dates.application_registered,
            from_field: "dates.applicationRegistered",
            steps: &[ParameterId::ReviewWorkingDays],
            before: false,
            message: Message::DeadlineReviewDue,
            extra: &[],
        },
        &[&review_days],
    );
    let fee_days = context.number(ParameterId::FeePaymentWorkingDays).unwrap_or(0).to_string();
    let fee = compute(
        context,
        &Spec {
            id: DeadlineId::FeePaymentDue,
            gate: fee_gate,
            from: dates.approval_notified,
            from_field: "dates.approvalNotified",
            steps: &[ParameterId::FeePaymentWorkingDays],
            before: false,
            message: Message::DeadlineFeePaymentDue,
            extra: &[],
        },
        &[&fee_days],
    );
    let contract_days = context.number(ParameterId::ContractRegistrationWorkingDays).unwrap_or(0).to_string();
    let contract = compute(
        context,
        &Spec {
            id: DeadlineId::ContractRegistrationDue,
            gate: Gate::Open,
            from: dates.contract_signed,
            from_field: "dates.contractSigned",
            steps: &[ParameterId::ContractRegistrationWorkingDays],
            before: false,
            message: Message::DeadlineContractRegistrationDue,
            extra: &[],
        },
        &[&contract_days],
    );
    let opens_days = context.number(ParameterId::ExtensionWindowOpensDaysBeforeExpiry).unwrap_or(0).to_string();
    let opens = compute(
        context,
        &Spec {
            id: DeadlineId::ExtensionWindowOpens,
            gate: extension_gate,
            from: dates.permit_expires,
            from_field: "dates.permitExpires",
            steps: &[ParameterId::ExtensionWindowOpensDaysBeforeExpiry],
            before: true,
            message: Message::DeadlineExtensionWindowOpens,
            extra: &[extension_id],
        },
        &[&opens_days],
    );
    let closes_days = context.number(ParameterId::ExtensionWindowClosesDaysBeforeExpiry).unwrap_or(0).to_string();
    let closes = compute(
        context,
        &Spec {
            id: DeadlineId::ExtensionWindowCloses,
            gate: extension_gate,
            from: dates.permit_expires,
            from_field: "dates.permitExpires",
            steps: &[ParameterId::ExtensionWindowClosesDaysBeforeExpiry],
            before: true,
            message: Message::DeadlineExtensionWindowCloses,
            extra: &[extension_id],
        },
        &[&closes_days],
    );
    vec![vacancy_end, earliest, review, fee, contract, opens, closes]
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gate {
    Open,
    NotApplicable,
    Unclear(ParameterId),
}

/// How to compute one deadline: the date it counts from and the periods it adds in order.
#[derive(Clone, Copy)]
struct Spec<'a> {
    id: DeadlineId,
    gate: Gate,
    from: Option<NaiveDate>,
    from_field: &'static str,
    steps: &'static [ParameterId],
    before: bool,
    message: Message,
    /// Further parameters the deadline rests on (such as the number of extensions allowed).
    extra: &'a [ParameterId],
}

fn compute(context: &mut Context, spec: &Spec<'_>, values: &[&str]) -> Deadline {
    let mut ids: Vec<ParameterId> = spec.steps.to_vec();
    if let Gate::Unclear(id) = spec.gate {
        ids.push(id);
    }
    ids.extend_from_slice(spec.extra);
    let mut finding = context.finding(spec.message, values, &ids);
    let last_step = spec.steps.last().and_then(|&id| context.param(id).cloned());
    let mut deadline = Deadline {
        id: spec.id,
        status: DeadlineStatus::Computed,
        date: None,
        day_kind: last_step.as_ref().and_then(|p| p.day_kind),
        days: None,
        before: spec.before,
        from: spec.from,
        from_field: spec.from_field,
        skipped: Vec::new(),
        non_working_date: None,
        passed: None,
        finding: finding.clone(),
        notes: Vec::new(),
    };
    let language = context.language;
    let stop = |deadline: &mut Deadline, status: DeadlineStatus, message: Message| {
        deadline.status = status;
        deadline.notes.push(message.text(language).to_owned());
    };
    match spec.gate {
        Gate::NotApplicable => {
            stop(&mut deadline, DeadlineStatus::NotApplicable, Message::StatusNotApplicable);
            return deadline;
        }
        Gate::Unclear(_) => {
            stop(&mut deadline, DeadlineStatus::RuleUnclear, Message::StatusRuleUnclear);
            return deadline;
        }
        Gate::Open => {}
    }
    let Some(from) = spec.from else {
        stop(&mut deadline, DeadlineStatus::NeedsDate, Message::StatusNeedsDate);
        return deadline;
    };

    let mut date = from;
    let mut total_days: u32 = 0;
    let mut calendar_confidence = Confidence::Confirmed;
    for &id in spec.steps {
        let step = context.param(id).cloned();
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
        if calendar::day(date).is_err() {
            stop(&mut deadline, DeadlineStatus::CalendarNotCovered, Message::StatusCalendarNotCovered);
            return deadline;
        }
        calendar_confidence = calendar_confidence.min(calendar::confidence_between(date, next));
        deadline.non_working_date = (!day.working).then_some(day);
        date = next;
    }
    if deadline.non_working_date.is_some() {
        deadline.notes.push(Message::LandsOnNonWorkingDay.text(language).to_owned());
    }
    finding.confidence = finding.confidence.min(calendar_confidence);
    deadline.finding = finding;
    deadline.days = Some(total_days);
    deadline.date = Some(date);
    deadline.passed = Some(date < context.as_of);
    deadline
}
