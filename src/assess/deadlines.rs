//! Every dated deadline of the procedure, counted on the Kazakh working-day calendar, with the
//! non-working days each one skips.

use serde::Serialize;
use chrono::{Days, NaiveDate};

use super::input::{Input, Route};
use super::{Context, Finding};
use crate::calendar::{self, Day};
use crate::rules::{Citation, Confidence, DayKind, ParameterId, Value};
use crate::text::{Message, Sentence};

/// The deadlines the engine computes (their ids are part of the JSON contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum DeadlineId {
    VacancyPeriodEnds,
    EarliestApplication,
    ReviewDue,
    FeePaymentDue,
    ContractRegistrationDue,
    ExtensionWindowOpens,
    ExtensionWindowCloses,
}

crate::wire_names!(DeadlineId);

impl DeadlineId {
    /// The id as it appears in JSON (camelCase).
    pub fn name(self) -> &'static str {
        crate::wire_name(&self)
    }
}

/// Whether a deadline has a date, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
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

crate::wire_names!(DeadlineStatus);

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
    /// `true` when the count crosses a year whose calendar is a projection (data/calendar.toml):
    /// the date may move when that year's official calendar is published; a note says so.
    pub projected_calendar: bool,
    /// The non-working days between `from` and `date` that a working-day count skipped, or that
    /// the end of a calendar-day period was moved over to the next working day.
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
    let route = input.hire.route;
    specs(input).iter().map(|spec| compute(context, spec, route, permit_needed)).collect()
}

/// The deadline `id` counted from `from` instead of the input's date: the plan's projection, made
/// by the same code as the deadline list so that the two agree on every date they share.
pub(crate) fn project(context: &mut Context, input: &Input, permit_needed: bool, id: DeadlineId, from: NaiveDate) -> Deadline {
    let specs = specs(input);
    // Every id has a spec; the index keeps this function total without a panic path.
    let spec = specs.iter().find(|spec| spec.id == id).unwrap_or(&specs[0]);
    compute(context, &Spec { from: Some(from), ..*spec }, input.hire.route, permit_needed)
}

/// How each deadline is counted, from the dates of the input.
fn specs(input: &Input) -> [Spec; 7] {
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
        readings: Some(Readings {
            parameter: ParameterId::VacancyPeriodCivilCodeCounting,
            moved: Message::DeadlineVacancyPeriodEndsMoved,
            strict: Message::DeadlineVacancyPeriodEndsStrict,
        }),
        action_on_working_day: false,
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
        readings: None,
        action_on_working_day: false,
    };
    [
        vacancy,
        Spec {
            id: DeadlineId::EarliestApplication,
            steps: &[ParameterId::VacancyPostingDays, ParameterId::FirstApplicationDayAfterPosting],
            message: Message::DeadlineEarliestApplication,
            readings: Some(Readings {
                parameter: ParameterId::VacancyPeriodCivilCodeCounting,
                moved: Message::DeadlineEarliestApplicationMoved,
                strict: Message::DeadlineEarliestApplicationStrict,
            }),
            action_on_working_day: true,
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
            readings: None,
            action_on_working_day: false,
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
            readings: None,
            action_on_working_day: false,
        },
    ]
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
    /// When the end of the first period may be read two ways (the posting period).
    readings: Option<Readings>,
    /// An action of the visitor (filing): it falls on a working day, so a count that ends on a
    /// day off moves to the next working day. Nothing is asked of the visitor on a day off.
    action_on_working_day: bool,
}

/// The two readings of a period whose last day is not a working day: strictly, it ends on that
/// day; by the Civil Code (art. 175), on the next working day. `parameter` (a yes/no rule) says
/// which one the deadline takes; when they give different dates the sentence says which reading
/// was used and gives the other one's date.
#[derive(Clone, Copy)]
struct Readings {
    parameter: ParameterId,
    /// The sentence when the period was moved to the next working day; `{strictDate}` is the
    /// strict reading's date.
    moved: Message,
    /// The sentence when the period was read strictly; `{movedDate}` is the other reading's date.
    strict: Message,
}

enum Applies {
    Yes,
    No,
    Unclear(ParameterId),
}

/// Whether the vacancy must be posted before filing, for `route` under the rules in force on `on`
/// (the plan starts at filing when not).
pub(crate) fn posting_required(context: &mut Context, route: Route, on: NaiveDate) -> bool {
    matches!(applies(context, Gate::Vacancy, route, true, on), Applies::Yes)
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
    if let Some(readings) = spec.readings {
        ids.push(readings.parameter);
    }
    let first_days = spec.steps.first().and_then(|&id| match context.book.get(id, on).map(|p| p.value) {
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    });
    let with_days = |message: Message| match &first_days {
        Some(days) => message.with("days", days),
        None => message.into(),
    };
    // Without a known term the deadline's own sentence would show a gap where its number goes:
    // it says instead that no term is known under the rules in force on its date.
    let sentence = match first_days {
        Some(_) => with_days(spec.message),
        None => Message::DeadlineTermUnknown.with("date", on),
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
        projected_calendar: false,
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

    let strict = count(context, spec, from, on, false);
    let counted = match spec.readings {
        None => strict,
        Some(readings) => {
            let moved = count(context, spec, from, on, true);
            let moves = match context.book.get(readings.parameter, on).map(|p| p.value) {
                Some(Value::Flag(moves)) => Some(moves),
                _ => None,
            };
            // When the two readings give different dates, the sentence says which one was used
            // and gives the other's date.
            let sentence = match (&strict, &moved, moves) {
                (Ok(s), Ok(m), Some(true)) if s.date != m.date => Some(with_days(readings.moved).with("strictDate", s.date)),
                (Ok(s), Ok(m), Some(false)) if s.date != m.date => Some(with_days(readings.strict).with("movedDate", m.date)),
                _ => None,
            };
            if let Some(Sentence { message, args, .. }) = sentence {
                finding.code = message;
                finding.args = args;
            }
            match (moves, strict, moved) {
                (Some(true), _, moved) => moved,
                (Some(false), strict, _) => strict,
                // Without a known rule, a date only where the two readings agree.
                (None, Ok(strict), Ok(moved)) if strict.date == moved.date => Ok(strict),
                (None, Ok(_), Ok(_)) => Err(DeadlineStatus::Unknown),
                (None, Err(status), _) | (None, _, Err(status)) => Err(status),
            }
        }
    };
    let counted = match counted {
        Ok(counted) => counted,
        Err(status) => {
            let message = match status {
                DeadlineStatus::CalendarNotCovered => Message::StatusCalendarNotCovered,
                _ => Message::StatusUnknown,
            };
            stop(&mut deadline, status, message);
            return deadline;
        }
    };
    let mut counted = counted;
    if let (true, Some(day)) = (spec.action_on_working_day, counted.non_working_date) {
        match counted.move_to_working_day(counted.date, day) {
            Ok((working, _)) => {
                counted.non_working_date = None;
                counted.date = working;
            }
            Err(status) => {
                stop(&mut deadline, status, Message::StatusCalendarNotCovered);
                return deadline;
            }
        }
    }
    // A period moved to the next working day ends on the date the reading's rule set, so that
    // rule is the deadline's citation when the period's end is the deadline itself.
    if let (true, [_], Some(readings)) = (counted.moved, spec.steps, spec.readings) {
        deadline.citation = context.book.get(readings.parameter, on).map(|p| p.citation.clone());
    }
    finding.confidence = finding.confidence.min(counted.calendar_confidence);
    if let Some((first, last)) = counted.projected {
        let years = if first == last { first.to_string() } else { format!("{first}–{last}") };
        deadline.projected_calendar = true;
        deadline.notes.push(Message::CalendarProjected.with("years", years));
    }
    deadline.confidence = finding.confidence;
    deadline.finding = finding;
    deadline.skipped = counted.skipped;
    deadline.non_working_date = counted.non_working_date;
    deadline.days = Some(counted.total_days);
    deadline.date = Some(counted.date);
    deadline.passed = Some(counted.date < context.as_of);
    deadline
}

/// A deadline's steps counted from its date: the date reached and what the count passed over.
struct Count {
    date: NaiveDate,
    total_days: u32,
    skipped: Vec<Day>,
    non_working_date: Option<Day>,
    calendar_confidence: Confidence,
    /// Whether the end of the first period was moved off a non-working day.
    moved: bool,
    /// The first and last projected years the count crossed, if any.
    projected: Option<(i32, i32)>,
}

impl Count {
    /// Notes the calendar between `from` and `to`: its lowest confidence and any projected year.
    fn cross(&mut self, from: NaiveDate, to: NaiveDate) {
        self.calendar_confidence = self.calendar_confidence.min(calendar::confidence_between(from, to));
        if let Some((first, last)) = calendar::projected_years_between(from, to) {
            self.projected = Some(self.projected.map_or((first, last), |(low, high)| (low.min(first), high.max(last))));
        }
    }

    /// The first working day after `from`, a day off (`day`), with the days passed over noted in
    /// `skipped` and the calendar crossed noted as [`Count::cross`] does.
    fn move_to_working_day(&mut self, from: NaiveDate, day: Day) -> Result<(NaiveDate, Day), DeadlineStatus> {
        let Some((working, working_day)) = calendar::add_working_days(from, 1).ok().and_then(|w| Some((w, calendar::day(w).ok()?))) else {
            return Err(DeadlineStatus::CalendarNotCovered);
        };
        self.skipped.push(day);
        self.skipped.extend(calendar::non_working_days(from, working).into_iter().flatten());
        self.cross(from, working);
        Ok((working, working_day))
    }
}

/// Adds the steps of `spec` to `from` in order. With `move_off_day_off`, the first period, when
/// its last day is not a working day, ends on the next working day instead (the Civil Code's
/// reading), and the later steps count from there.
fn count(context: &mut Context, spec: &Spec, from: NaiveDate, on: NaiveDate, move_off_day_off: bool) -> Result<Count, DeadlineStatus> {
    let mut counted = Count {
        date: from,
        total_days: 0,
        skipped: Vec::new(),
        non_working_date: None,
        calendar_confidence: Confidence::Confirmed,
        moved: false,
        projected: None,
    };
    for (index, &id) in spec.steps.iter().enumerate() {
        let step = context.param_on(id, on).cloned();
        let Some((Value::Number(days), Some(kind))) = step.as_ref().map(|p| (p.value, p.day_kind)) else {
            return Err(DeadlineStatus::Unknown);
        };
        let date = counted.date;
        counted.total_days = counted.total_days.saturating_add(days);
        let next = match (kind, spec.before) {
            (DayKind::Working, false) => match calendar::add_working_days(date, days) {
                Ok(next) => {
                    counted.skipped.extend(calendar::non_working_days(date, next).into_iter().flatten());
                    Some(next)
                }
                Err(_) => None,
            },
            (DayKind::Working, true) => None,
            (DayKind::Calendar, false) => date.checked_add_days(Days::new(u64::from(days))),
            (DayKind::Calendar, true) => date.checked_sub_days(Days::new(u64::from(days))),
        };
        // Every deadline is placed on the real calendar: a date the calendar does not know gets
        // no date rather than a guess about whether it is a working day.
        let Some((mut next, mut day)) = next.and_then(|next| Some((next, calendar::day(next).ok()?))) else {
            return Err(DeadlineStatus::CalendarNotCovered);
        };
        counted.cross(date, next);
        if move_off_day_off && index == 0 && !day.working {
            (next, day) = counted.move_to_working_day(next, day)?;
            counted.moved = true;
        }
        counted.non_working_date = (!day.working).then_some(day);
        counted.date = next;
    }
    Ok(counted)
}
