//! The plan: every step from posting the vacancy to registering the contract, dated on the
//! working-day calendar, forward from what the visitor has done and backward from the day the
//! worker should start.
//!
//! The plan projects the dates the visitor has not given yet with the same code as the deadline
//! list (`deadlines::project`), so the two agree on every date they share.

use chrono::NaiveDate;
use serde::Serialize;

use super::deadlines::{self, Deadline, DeadlineId};
use super::input::{Input, Route};
use super::{Context, Finding};
use crate::calendar;
use crate::rules::{Confidence, ParameterId, Value};
use crate::text::{Message, Sentence};

/// A step due within this many working days of the assessment date is "due soon". It is a choice
/// of how the plan is shown, not a rule of the permit procedure, so it is not a rule parameter.
pub const DUE_SOON_WORKING_DAYS: u32 = 3;

/// The steps of the plan, in the order they happen (their ids are part of the JSON contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum PlanStepId {
    PostVacancy,
    VacancyPeriodEnds,
    FileApplication,
    Decision,
    PayFee,
    PermitIssued,
    WorkVisa,
    StartWork,
    RegisterContract,
}

crate::wire_names!(PlanStepId);

/// Where a step stands on the assessment date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum PlanStepStatus {
    /// Given by the visitor, implied by a later date they gave, or an event already past.
    Done,
    /// Its last day is before the assessment date and nothing says it was done.
    Overdue,
    /// Due within [`DUE_SOON_WORKING_DAYS`] working days.
    DueSoon,
    Upcoming,
}

crate::wire_names!(PlanStepStatus);

/// The date the plan counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[cfg_attr(target_arch = "wasm32", serde(rename_all = "camelCase"))]
pub enum PlanFrom {
    /// The day the visitor posted the vacancy.
    VacancyPosted,
    /// The day the visitor filed the application (a hire without a clear posting duty).
    ApplicationRegistered,
    /// The assessment date: "if you start today".
    AsOf,
}

crate::wire_names!(PlanFrom);

/// One step of the plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct PlanStep {
    pub id: PlanStepId,
    /// The day of the step (given or projected); `None` when no rule dates it.
    pub date: Option<NaiveDate>,
    /// The last day for a step with a window (the fee, the contract register).
    pub latest: Option<NaiveDate>,
    /// Whether `date` is the visitor's own date rather than a projection.
    pub given: bool,
    pub status: PlanStepStatus,
    pub finding: Finding,
}

/// The dated plan for a permit.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", tsify(missing_as_null))]
pub struct Plan {
    pub from: PlanFrom,
    pub steps: Vec<PlanStep>,
    /// The first day the worker can start: the permit's issue, plus the visa's term when known.
    pub earliest_start: Option<NaiveDate>,
    pub target_start: Option<NaiveDate>,
    /// The last posting day whose permit is issued on or before `target_start`.
    pub latest_posting: Option<NaiveDate>,
    /// Whether the vacancy is posted (or, posted on the plan's first day, would be) by `latest_posting`.
    pub on_track: Option<bool>,
    /// The lowest confidence of the steps.
    pub confidence: Confidence,
    /// How the plan was read: where it starts and why.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string[]"))]
    pub notes: Vec<Sentence>,
}

/// The plan for a hire that needs a permit and can apply for one; `None` otherwise, or when the
/// rules in force have no vacancy posting term (the plan describes the procedure that has one).
pub(crate) fn assess(context: &mut Context, input: &Input, can_apply: bool) -> Option<Plan> {
    if !can_apply {
        return None;
    }
    let dates = input.dates;
    let as_of = context.as_of;
    let posting_rule = context.book.get(ParameterId::VacancyPostingDays, dates.vacancy_posted.unwrap_or(as_of));
    if !matches!(posting_rule.map(|p| p.value), Some(Value::Number(_))) {
        return None;
    }
    let first_day = next_working_day(as_of)?;
    let mut notes = Vec::new();
    // The vacancy posting's own gate, as the deadline list decides it: required for a permit, and
    // for a transfer or seasonal hire only when the rules say so.
    let posting_applies = deadlines::posting_required(context, input.hire.route, dates.vacancy_posted.unwrap_or(first_day));
    if !posting_applies {
        notes.push(Message::PlanStartsAtFiling.into());
    }
    let from = match (posting_applies, dates.vacancy_posted, dates.application_registered) {
        (true, Some(_), _) => PlanFrom::VacancyPosted,
        (false, _, Some(_)) => PlanFrom::ApplicationRegistered,
        _ => PlanFrom::AsOf,
    };

    let mut planner = Planner { context, input, first_day, steps: Vec::new() };
    let chain = planner.forward(posting_applies);
    let mut steps = planner.steps;

    // Backward from the target start: the latest posting day whose permit is still issued by then.
    let target_start = dates.target_start;
    let (latest_posting, on_track) = match target_start {
        Some(target) if posting_applies => {
            let posted = dates.vacancy_posted.unwrap_or(first_day);
            match latest_posting(context, input, first_day, target) {
                Some(latest) => (latest, Some(latest.is_some_and(|latest| posted <= latest))),
                None => (None, None),
            }
        }
        Some(target) => (None, chain.permit_issued.map(|issued| issued <= target)),
        None => (None, None),
    };

    for step in &mut steps {
        step.status = status(step, as_of, &dates);
    }
    // A plan that runs into a year whose calendar is a projection says so, as a deadline does.
    let days = steps.iter().flat_map(|step| step.date.into_iter().chain(step.latest));
    if let (Some(first), Some(last)) = (days.clone().min(), days.max()) {
        if let Some((low, high)) = calendar::projected_years_between(first, last) {
            let years = if low == high { low.to_string() } else { format!("{low}–{high}") };
            notes.push(Message::CalendarProjected.with("years", years));
        }
    }
    // An undated step (the visa, without a term) promises nothing, so it lowers nothing.
    let confidence = steps.iter().filter(|step| step.date.is_some()).map(|step| step.finding.confidence).min().unwrap_or(Confidence::Confirmed);
    Some(Plan {
        from,
        earliest_start: chain.start,
        steps,
        target_start,
        latest_posting,
        on_track,
        confidence,
        notes,
    })
}

/// Gives each checklist item the day to have it done by: the plan's date of the step it belongs to.
pub(crate) fn date_checklist(plan: &Plan, checklist: &mut [super::ChecklistItem]) {
    let step = |id: PlanStepId| plan.steps.iter().find(|step| step.id == id);
    for item in checklist {
        let (id, last_day) = match item.id {
            "vacancy" => (PlanStepId::PostVacancy, false),
            "documents" | "apostille" | "filing" => (PlanStepId::FileApplication, false),
            "feePayment" => (PlanStepId::PayFee, true),
            "workVisa" => (PlanStepId::PermitIssued, false),
            "contractRegister" => (PlanStepId::RegisterContract, true),
            "iin" | "migrationReporting" => (PlanStepId::StartWork, false),
            _ => continue,
        };
        item.due = step(id).and_then(|step| if last_day { step.latest.or(step.date) } else { step.date });
    }
}

/// The dates the forward pass found, for the plan's summary fields.
struct Chain {
    permit_issued: Option<NaiveDate>,
    start: Option<NaiveDate>,
}

struct Planner<'c, 'b, 'i> {
    context: &'c mut Context<'b>,
    input: &'i Input,
    /// The first working day on or after the assessment date: nothing is asked of the visitor on
    /// a day that is not a working day.
    first_day: NaiveDate,
    steps: Vec<PlanStep>,
}

impl Planner<'_, '_, '_> {
    /// Walks the procedure forward; each date the visitor gave replaces the projection from its
    /// step on.
    fn forward(&mut self, posting_applies: bool) -> Chain {
        let dates = self.input.dates;
        let on = dates.vacancy_posted.unwrap_or(self.first_day);
        let mut filing_from = Some(self.first_day);
        if posting_applies {
            let posted = dates.vacancy_posted.unwrap_or(self.first_day);
            let days = self.number(ParameterId::VacancyPostingDays, on);
            let finding = self.finding(Message::PlanPostVacancy, days, &[ParameterId::VacancyPostingDays], on);
            self.push(PlanStepId::PostVacancy, Some(posted), None, dates.vacancy_posted.is_some(), finding);

            let ends = self.project(DeadlineId::VacancyPeriodEnds, Some(posted));
            let finding = self.from_deadline(Message::PlanVacancyPeriodEnds, &ends);
            self.push(PlanStepId::VacancyPeriodEnds, ends.date, None, false, finding);

            let earliest = self.project(DeadlineId::EarliestApplication, Some(posted));
            // The first filing day is a working day: a calendar-day count may end on a weekend.
            let earliest_day = earliest.date.and_then(next_working_day);
            filing_from = earliest_day.map(|day| day.max(self.first_day));
            let finding = self.from_deadline(Message::PlanFileApplication, &earliest);
            let filed = dates.application_registered;
            self.push(PlanStepId::FileApplication, filed.or(earliest_day), None, filed.is_some(), finding);
        } else {
            let finding = self.finding(Message::PlanFileApplication, None, &[], self.first_day);
            let filed = dates.application_registered;
            self.push(PlanStepId::FileApplication, filed.or(Some(self.first_day)), None, filed.is_some(), finding);
        }
        let filed = dates.application_registered.or(filing_from);

        let review = self.project(DeadlineId::ReviewDue, filed);
        let finding = self.from_deadline(Message::PlanDecision, &review);
        let decided = dates.approval_notified.or(review.date);
        self.push(PlanStepId::Decision, decided, None, dates.approval_notified.is_some(), finding);

        if self.input.hire.route != Route::IntraCorporateTransfer {
            let fee = self.project(DeadlineId::FeePaymentDue, decided);
            let finding = self.from_deadline(Message::PlanPayFee, &fee);
            self.push(PlanStepId::PayFee, decided, fee.date, false, finding);
        }

        let issue_on = decided.unwrap_or(self.first_day);
        let issue_days = self.number(ParameterId::PermitIssueWorkingDays, issue_on);
        let permit_issued = match (decided, issue_days) {
            (Some(decided), Some(days)) => calendar::add_working_days(decided, days).ok(),
            _ => None,
        };
        let finding = self.finding(Message::PlanPermitIssued, issue_days, &[ParameterId::PermitIssueWorkingDays], issue_on);
        self.push(PlanStepId::PermitIssued, permit_issued, None, false, finding);

        // The visa's term is the consulate's, not the Rules': it is known only when the site owner
        // sets it by an override, and its absence is not an unknown of the Rules.
        let unknown_before = self.context.unknown.len();
        let visa_days = self.number(ParameterId::WorkVisaWorkingDays, issue_on);
        let visa_message = if visa_days.is_some() { Message::PlanWorkVisa } else { Message::PlanWorkVisaUndated };
        let finding = self.finding(visa_message, visa_days, &[ParameterId::WorkVisaWorkingDays], issue_on);
        self.context.unknown.truncate(unknown_before);
        let visa_ready = match (permit_issued, visa_days) {
            (Some(issued), Some(days)) => calendar::add_working_days(issued, days).ok(),
            _ => None,
        };
        self.push(PlanStepId::WorkVisa, visa_ready, None, false, finding);

        let start = if visa_days.is_some() { visa_ready } else { permit_issued };
        let message = if visa_days.is_some() { Message::PlanStartWork } else { Message::PlanStartWorkAfterVisa };
        let finding = self.finding(message, None, &[ParameterId::PermitIssueWorkingDays], issue_on);
        self.push(PlanStepId::StartWork, start, None, false, finding);

        let signed = dates.contract_signed.or(start);
        let register = self.project(DeadlineId::ContractRegistrationDue, signed);
        let finding = self.from_deadline(Message::PlanRegisterContract, &register);
        self.push(PlanStepId::RegisterContract, signed, register.date, dates.contract_signed.is_some(), finding);

        Chain { permit_issued, start }
    }

    fn push(&mut self, id: PlanStepId, date: Option<NaiveDate>, latest: Option<NaiveDate>, given: bool, finding: Finding) {
        self.steps.push(PlanStep { id, date, latest, given, status: PlanStepStatus::Upcoming, finding });
    }

    /// The deadline `id` counted from `from`, or an undated one when `from` is unknown.
    fn project(&mut self, id: DeadlineId, from: Option<NaiveDate>) -> Deadline {
        let from = from.unwrap_or(self.first_day);
        deadlines::project(self.context, self.input, true, id, from)
    }

    /// A step's finding resting on the same parameters, with the same confidence, as `deadline`.
    fn from_deadline(&self, message: Message, deadline: &Deadline) -> Finding {
        let mut finding = deadline.finding.clone();
        let sentence = match deadline.finding.args.iter().find(|(name, _)| *name == "days") {
            Some((_, days)) => message.with("days", days),
            None => message.into(),
        };
        finding.code = sentence.message;
        finding.args = sentence.args;
        finding
    }

    fn finding(&mut self, message: Message, days: Option<u32>, ids: &[ParameterId], on: NaiveDate) -> Finding {
        let sentence = match days {
            Some(days) => message.with("days", days),
            None => message.into(),
        };
        self.context.finding_on(sentence, ids, on)
    }

    fn number(&mut self, id: ParameterId, on: NaiveDate) -> Option<u32> {
        match self.context.param_on(id, on)?.value {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }
}

/// The latest posting day whose permit is issued on or before `target`, found by bisection: the
/// permit's issue day never moves earlier when the posting day moves later. `Some(None)` when even
/// posting on `first_day` would be too late; `None` when the calendar does not cover the dates.
fn latest_posting(context: &mut Context, input: &Input, first_day: NaiveDate, target: NaiveDate) -> Option<Option<NaiveDate>> {
    // The input as if only the posting were known, its day changed at each probe.
    let mut posted_input = input.clone();
    posted_input.dates = super::input::Dates::default();
    let mut issued_by = |context: &mut Context, posted: NaiveDate| -> Option<bool> {
        posted_input.dates.vacancy_posted = Some(posted);
        let mut planner = Planner { context, input: &posted_input, first_day: posted, steps: Vec::new() };
        planner.forward(true).permit_issued.map(|issued| issued <= target)
    };
    let unknown_before = context.unknown.len();
    // The search never starts before the first day the visitor could post, so the answer is a
    // day they can still act on.
    let result = (|| {
        if target < first_day || !issued_by(context, first_day)? {
            return Some(None);
        }
        let (mut good, mut bad) = (first_day, target);
        if issued_by(context, bad)? {
            return Some(Some(bad));
        }
        while bad.signed_duration_since(good).num_days() > 1 {
            let middle = good + chrono::Days::new(bad.signed_duration_since(good).num_days().unsigned_abs() / 2);
            if issued_by(context, middle)? {
                good = middle;
            } else {
                bad = middle;
            }
        }
        Some(Some(good))
    })();
    context.unknown.truncate(unknown_before);
    result
}

/// Where `step` stands on `as_of`.
fn status(step: &PlanStep, as_of: NaiveDate, dates: &super::input::Dates) -> PlanStepStatus {
    use PlanStepId::*;
    // A later date the visitor gave means the earlier steps are behind them.
    let later_given = match step.id {
        PostVacancy | VacancyPeriodEnds => dates.application_registered.or(dates.approval_notified).or(dates.contract_signed),
        FileApplication => dates.approval_notified.or(dates.contract_signed),
        Decision | PayFee | PermitIssued | WorkVisa | StartWork => dates.contract_signed,
        RegisterContract => None,
    };
    // A given date with a window after it (the contract signed) says when the window opened, not
    // that the step inside it (the register) is done.
    if later_given.is_some() || (step.given && step.latest.is_none()) {
        return PlanStepStatus::Done;
    }
    let is_event = matches!(step.id, VacancyPeriodEnds | Decision | PermitIssued | WorkVisa | StartWork);
    let due = step.latest.or(step.date);
    match due {
        Some(due) if due < as_of => {
            if is_event {
                PlanStepStatus::Done
            } else if step.latest.is_some() {
                PlanStepStatus::Overdue
            } else {
                // An action whose day has passed but which has no last day (filing) is open now.
                PlanStepStatus::DueSoon
            }
        }
        Some(due) => match calendar::add_working_days(as_of, DUE_SOON_WORKING_DAYS) {
            Ok(soon) if due <= soon => PlanStepStatus::DueSoon,
            _ => PlanStepStatus::Upcoming,
        },
        None => PlanStepStatus::Upcoming,
    }
}

/// `date` if it is a working day, else the next working day; `None` outside the calendar.
fn next_working_day(date: NaiveDate) -> Option<NaiveDate> {
    match calendar::is_working_day(date).ok()? {
        true => Some(date),
        false => calendar::add_working_days(date, 1).ok(),
    }
}
