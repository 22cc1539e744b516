//! The plan checked against the working-day calendar: every posting day of 2026 forward, a grid of
//! target start dates backward, and each step status. The reference below counts day by day with
//! `is_working_day` only and reads every term from the rule table, so it shares no date arithmetic
//! with the engine (which uses the calendar's prefix counts and `deadlines::project`).

use chrono::{Days, NaiveDate};
use kz_work_permit::assess::{PlanStepId, PlanStepStatus, VerdictCode};
use kz_work_permit::calendar::is_working_day;
use kz_work_permit::rules::{ParameterId, RuleBook, Value};
use kz_work_permit::{assess_with, Assessment, Input};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date")
}

fn working(day: NaiveDate) -> bool {
    is_working_day(day).expect("the calendar covers the test dates")
}

/// `n` working days after `from`, counted one day at a time.
fn add_working(from: NaiveDate, n: u32) -> NaiveDate {
    let mut day = from;
    let mut left = n;
    while left > 0 {
        day = day + Days::new(1);
        if working(day) {
            left -= 1;
        }
    }
    day
}

/// The first working day on or after `day`.
fn on_or_after(mut day: NaiveDate) -> NaiveDate {
    while !working(day) {
        day = day + Days::new(1);
    }
    day
}

fn term(id: ParameterId, on: NaiveDate) -> u32 {
    match RuleBook::built_in().get(id, on).map(|p| p.value) {
        Some(Value::Number(n)) => n,
        other => panic!("{id:?} on {on}: {other:?}"),
    }
}

/// The reference plan for a permit hire whose vacancy is posted on `posted` and filed on the
/// first day it may be: (period ends, filing, decision, fee's last day, permit issued, contract
/// register's last day).
struct Reference {
    period_ends: NaiveDate,
    filing: NaiveDate,
    decision: NaiveDate,
    fee_latest: NaiveDate,
    issued: NaiveDate,
    register_latest: NaiveDate,
}

fn reference(posted: NaiveDate) -> Reference {
    // Civil Code art. 173: the period runs from the next day, so its last day is posted + the
    // term; art. 175: a last day that is not a working day moves to the next working day.
    let posting = term(ParameterId::VacancyPostingDays, posted);
    let period_ends = on_or_after(posted + Days::new(u64::from(posting)));
    let after = term(ParameterId::FirstApplicationDayAfterPosting, posted);
    let filing = on_or_after(period_ends + Days::new(u64::from(after)));
    let decision = add_working(filing, term(ParameterId::ReviewWorkingDays, filing));
    let fee_latest = add_working(decision, term(ParameterId::FeePaymentWorkingDays, decision));
    let issued = add_working(decision, term(ParameterId::PermitIssueWorkingDays, decision));
    let register_latest = add_working(issued, term(ParameterId::ContractRegistrationWorkingDays, issued));
    Reference { period_ends, filing, decision, fee_latest, issued, register_latest }
}

fn assessment(as_of: NaiveDate, dates: &str) -> Assessment {
    let json = format!(
        r#"{{"asOf": "{as_of}", "employer": {{"kind": "company", "smallBusiness": false, "employees": 120}},
        "staff": {{"category1": {{"citizens": 1, "foreigners": 0}}, "category2": {{"citizens": 1, "foreigners": 0}},
                   "category3": {{"citizens": 95, "foreigners": 0}}, "category4": {{"citizens": 0, "foreigners": 0}}}},
        "hire": {{"route": "permit", "category": 3, "count": 1, "citizenship": "IN"}}, "dates": {{{dates}}}}}"#
    );
    let input = Input::from_json(&json).unwrap_or_else(|e| panic!("{json}: {e:?}"));
    assess_with(&input, &RuleBook::built_in(), as_of).unwrap_or_else(|e| panic!("{json}: {e:?}"))
}

fn step(result: &Assessment, id: PlanStepId) -> &kz_work_permit::assess::PlanStep {
    let plan = result.plan.as_ref().expect("a plan");
    plan.steps.iter().find(|step| step.id == id).unwrap_or_else(|| panic!("{id:?} in the plan"))
}

fn deadline(result: &Assessment, id: &str) -> Option<NaiveDate> {
    result.deadlines.iter().find(|d| d.id.name() == id).and_then(|d| d.date)
}

#[test]
fn every_posting_day_of_2026_gives_the_reference_dates_and_agrees_with_the_deadline_list() {
    let mut posted = date("2026-01-01");
    let mut failures = Vec::new();
    while posted <= date("2026-12-31") {
        let result = assessment(posted, &format!(r#""vacancyPosted": "{posted}""#));
        assert_eq!(result.verdict.code, VerdictCode::CanApply);
        let want = reference(posted);
        let got = |id| step(&result, id);
        let checks = [
            ("postVacancy", got(PlanStepId::PostVacancy).date, Some(posted)),
            ("vacancyPeriodEnds", got(PlanStepId::VacancyPeriodEnds).date, Some(want.period_ends)),
            ("fileApplication", got(PlanStepId::FileApplication).date, Some(want.filing)),
            ("decision", got(PlanStepId::Decision).date, Some(want.decision)),
            ("payFee", got(PlanStepId::PayFee).date, Some(want.decision)),
            ("payFee.latest", got(PlanStepId::PayFee).latest, Some(want.fee_latest)),
            ("permitIssued", got(PlanStepId::PermitIssued).date, Some(want.issued)),
            ("startWork", got(PlanStepId::StartWork).date, Some(want.issued)),
            ("earliestStart", result.plan.as_ref().and_then(|p| p.earliest_start), Some(want.issued)),
            ("registerContract.latest", got(PlanStepId::RegisterContract).latest, Some(want.register_latest)),
            // The deadline list and the plan agree on the dates they share.
            ("deadline vacancyPeriodEnds", deadline(&result, "vacancyPeriodEnds"), Some(want.period_ends)),
            ("deadline earliestApplication", deadline(&result, "earliestApplication"), Some(want.filing)),
        ];
        for (name, got, want) in checks {
            if got != want {
                failures.push(format!("posted {posted}: {name}: got {got:?}, want {want:?}"));
            }
        }
        // Nothing is asked of the visitor on a day off.
        for id in [PlanStepId::FileApplication, PlanStepId::PayFee] {
            let step = got(id);
            for day in step.date.into_iter().chain(step.latest) {
                if !working(day) {
                    failures.push(format!("posted {posted}: {id:?} on {day}, not a working day"));
                }
            }
        }
        posted = posted + Days::new(1);
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_latest_posting_day_is_the_last_whose_permit_is_issued_by_the_target() {
    let mut failures = Vec::new();
    for as_of in ["2026-01-05", "2026-03-02", "2026-04-27", "2026-08-24", "2026-12-14", "2026-12-26"].map(date) {
        for weeks in 0..=20u64 {
            let target = as_of + Days::new(7 * weeks + 3);
            let result = assessment(as_of, &format!(r#""targetStart": "{target}""#));
            let plan = result.plan.as_ref().expect("a plan");
            let first_day = on_or_after(as_of);
            // The reference: walk every posting day from the first one the visitor has.
            let mut latest = None;
            let mut day = first_day;
            while day <= target {
                if reference(day).issued <= target {
                    latest = Some(day);
                }
                day = day + Days::new(1);
            }
            if plan.latest_posting != latest {
                failures.push(format!("asOf {as_of}, target {target}: latestPosting {:?}, want {latest:?}", plan.latest_posting));
            }
            let on_track = Some(latest.is_some_and(|latest| first_day <= latest));
            if plan.on_track != on_track {
                failures.push(format!("asOf {as_of}, target {target}: onTrack {:?}, want {on_track:?}", plan.on_track));
            }
            if plan.target_start != Some(target) {
                failures.push(format!("asOf {as_of}: targetStart {:?}", plan.target_start));
            }
        }
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_vacancy_posted_too_late_for_the_target_is_not_on_track() {
    // Posted on 1 June 2026, the permit comes weeks later; a start on 10 June cannot hold.
    let result = assessment(date("2026-06-03"), r#""vacancyPosted": "2026-06-01", "targetStart": "2026-06-10""#);
    let plan = result.plan.as_ref().expect("a plan");
    assert_eq!(plan.on_track, Some(false));
    assert_eq!(plan.latest_posting, None, "even posting on the first day would be too late");
    // With a start far enough ahead, the posting made holds.
    let result = assessment(date("2026-06-03"), r#""vacancyPosted": "2026-06-01", "targetStart": "2026-09-01""#);
    assert_eq!(result.plan.as_ref().and_then(|p| p.on_track), Some(true));
}

#[test]
fn each_status_against_the_assessment_date() {
    // Nothing done yet: posting is due now, the rest upcoming.
    let result = assessment(date("2026-05-04"), "");
    assert_eq!(step(&result, PlanStepId::PostVacancy).status, PlanStepStatus::DueSoon);
    assert!(!step(&result, PlanStepId::PostVacancy).given);
    assert_eq!(step(&result, PlanStepId::Decision).status, PlanStepStatus::Upcoming);

    // Posted and filed: those are done; the decision is due within three working days.
    let filed = date("2026-05-12");
    let decision = reference(date("2026-04-20")).decision;
    let as_of = decision - Days::new(1);
    let result = assessment(as_of, &format!(r#""vacancyPosted": "2026-04-20", "applicationRegistered": "{filed}""#));
    assert_eq!(step(&result, PlanStepId::PostVacancy).status, PlanStepStatus::Done);
    assert_eq!(step(&result, PlanStepId::FileApplication).status, PlanStepStatus::Done);
    assert_eq!(step(&result, PlanStepId::Decision).date, Some(add_working(filed, term(ParameterId::ReviewWorkingDays, filed))));
    assert_eq!(step(&result, PlanStepId::Decision).status, PlanStepStatus::DueSoon);

    // Notified long ago and the contract not signed: the fee's last day has passed.
    let result = assessment(date("2026-07-01"), r#""vacancyPosted": "2026-04-20", "applicationRegistered": "2026-05-12", "approvalNotified": "2026-05-20""#);
    assert_eq!(step(&result, PlanStepId::PayFee).date, Some(date("2026-05-20")));
    assert_eq!(step(&result, PlanStepId::PayFee).status, PlanStepStatus::Overdue);
    assert_eq!(step(&result, PlanStepId::Decision).status, PlanStepStatus::Done);

    // The contract signed: everything before it is done, the register is due or overdue by its date.
    let signed = date("2026-06-01");
    let result = assessment(date("2026-06-02"), &format!(r#""vacancyPosted": "2026-04-20", "applicationRegistered": "2026-05-12", "approvalNotified": "2026-05-20", "contractSigned": "{signed}""#));
    assert_eq!(step(&result, PlanStepId::PayFee).status, PlanStepStatus::Done);
    let register = step(&result, PlanStepId::RegisterContract);
    assert_eq!(register.latest, Some(add_working(signed, term(ParameterId::ContractRegistrationWorkingDays, signed))));
    assert_eq!(register.status, PlanStepStatus::Upcoming);
    let result = assessment(date("2026-06-30"), &format!(r#""vacancyPosted": "2026-04-20", "applicationRegistered": "2026-05-12", "approvalNotified": "2026-05-20", "contractSigned": "{signed}""#));
    assert_eq!(step(&result, PlanStepId::RegisterContract).status, PlanStepStatus::Overdue);
}

#[test]
fn no_plan_when_no_permit_is_needed_or_it_would_be_refused() {
    let json = r#"{"asOf": "2026-05-04", "employer": {"kind": "company", "smallBusiness": false, "employees": 120},
        "staff": {"category1": {"citizens": 1, "foreigners": 0}, "category2": {"citizens": 1, "foreigners": 0},
                  "category3": {"citizens": 9, "foreigners": 1}, "category4": {"citizens": 0, "foreigners": 0}},
        "hire": {"route": "permit", "category": 3, "count": 1, "citizenship": "IN"}}"#;
    let result = assess_with(&Input::from_json(json).expect("input"), &RuleBook::built_in(), date("2026-05-04")).expect("assessment");
    assert_eq!(result.verdict.code, VerdictCode::WouldBeRefused);
    assert!(result.plan.is_none());
    let json = json.replace(r#""IN""#, r#""KG""#);
    let result = assess_with(&Input::from_json(&json).expect("input"), &RuleBook::built_in(), date("2026-05-04")).expect("assessment");
    assert_eq!(result.verdict.code, VerdictCode::NoPermitNeeded);
    assert!(result.plan.is_none());
}

#[test]
fn a_transfer_without_a_clear_posting_duty_starts_at_filing_and_says_why() {
    let json = r#"{"asOf": "2026-05-04", "employer": {"kind": "company", "smallBusiness": false, "employees": 120},
        "staff": {"category1": {"citizens": 10, "foreigners": 0}, "category2": {"citizens": 12, "foreigners": 0},
                  "category3": {"citizens": 0, "foreigners": 0}, "category4": {"citizens": 0, "foreigners": 0}},
        "hire": {"route": "intraCorporateTransfer", "category": 2, "count": 1, "citizenship": "CN"}}"#;
    let result = assess_with(&Input::from_json(json).expect("input"), &RuleBook::built_in(), date("2026-05-04")).expect("assessment");
    let plan = result.plan.as_ref().expect("a plan");
    assert_eq!(plan.steps[0].id, PlanStepId::FileApplication);
    assert_eq!(plan.steps[0].date, Some(date("2026-05-04")));
    assert_eq!(plan.notes.len(), 1);
    assert!(plan.steps.iter().all(|step| step.id != PlanStepId::PayFee), "a transfer pays no fee");
}
