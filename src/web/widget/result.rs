//! The result screen, as GOV.UK's patterns would have it: the answer first (the verdict in one
//! sentence, the next step with its date and status, the earliest start), then the plan step by
//! step, the fee, the ratios with their headroom, the dated checklist, the term and obligations,
//! and each answer's sources behind its own "why?". Sections that do not apply are left out.

use crate::assess::{Assessment, Deadline, DeadlineId, DeadlineStatus, FeeKind, Finding, LocalContentGroup, PlanFrom, PlanStep, PlanStepId, PlanStepStatus, VerdictCode};
use crate::calendar::{Day, DayReason};
use crate::rules::{Confidence, DayKind, Parameter};
use crate::text::{fill_named, Language};
use crate::web::html::Html;
use crate::web::ui_text::{self, ui, Ui};

/// The site owner's call to action.
pub struct Contact<'a> {
    pub url: &'a str,
    pub label: &'a str,
}

pub fn render(html: &mut Html, result: &Assessment, contact: Option<Contact>) {
    let language = result.language;
    let t = |key| ui(key, language);
    html.element("h2", &[("tabindex", "-1"), ("class", "kzwp-heading"), ("part", "heading")], t(Ui::StepResult));

    // The answer first: can I hire, what next and by when, when can the worker start.
    let verdict_class = match result.verdict.code {
        VerdictCode::WouldBeRefused => "kzwp-answer kzwp-answer-bad",
        _ => "kzwp-answer kzwp-answer-good",
    };
    html.open("section", &[("class", verdict_class), ("part", "verdict"), ("data-verdict", crate::wire_name(&result.verdict.code))]);
    html.element("p", &[("class", "kzwp-verdict-title")], &result.verdict.finding.message);
    why(html, &[&result.verdict.finding], language);
    next_step(html, result);
    start_line(html, result);
    if let Some(contact) = &contact {
        contact_button(html, contact);
    }
    if let Some(note) = &result.verify_with_counsel {
        html.open("p", &[("class", "kzwp-warning"), ("role", "note")]);
        html.element("strong", &[], t(Ui::VerifyTitle)).text(" ").text(&note.text).close("p");
    }
    html.close("section");

    // The plan, step by step.
    if let Some(plan) = &result.plan {
        html.open("section", &[("class", "kzwp-section"), ("part", "timeline")]);
        html.element("h3", &[], t(Ui::PlanTitle));
        for note in &plan.notes {
            html.element("p", &[("class", "kzwp-note")], &note.text);
        }
        html.open("ol", &[("class", "kzwp-steps")]);
        for step in &plan.steps {
            plan_step(html, step, language);
        }
        html.close("ol").close("section");
    }

    // The fee in tenge for the count.
    if result.permit_needed {
        fee_section(html, result);
    }

    // The ratios before and after, with the headroom.
    let local = &result.local_content;
    if result.permit_needed && !local.groups.is_empty() {
        html.open("section", &[("class", "kzwp-section"), ("part", "ratios")]);
        html.element("h3", &[], t(Ui::RatiosTitle));
        let local_title = if local.applies {
            format!("{}: {}", t(Ui::LocalContentApplies), t(if local.meets_all { Ui::MetAfterHire } else { Ui::NotMetAfterHire }))
        } else {
            t(Ui::LocalContentExempt).to_owned()
        };
        html.element("p", &[("class", if local.applies && !local.meets_all { "kzwp-bad" } else { "kzwp-good" })], &local_title);
        html.element("p", &[("class", "kzwp-finding")], &local.finding.message);
        why(html, &[&local.finding], language);
        for group in &local.groups {
            group_table(html, group, language);
        }
        html.close("section");
    }
    if let Some(ict) = &result.intra_corporate_transfer {
        html.open("section", &[("class", "kzwp-section")]);
        html.element("h3", &[], t(Ui::IctTitle));
        let line = fill_named(t(Ui::IctAfterHire), &[("category", ict.category.to_string()), ("count", ict.after_hire.to_string()), ("cap", ict.cap.to_string())]);
        html.element("p", &[("class", if ict.meets { "kzwp-good" } else { "kzwp-bad" })], &line);
        html.element("p", &[("class", "kzwp-finding")], &ict.finding.message);
        why(html, &[&ict.finding], language);
        html.close("section");
    }

    // The dated checklist: documents, steps, and what comes after the permit.
    html.open("section", &[("class", "kzwp-section"), ("part", "checklist")]);
    html.element("h3", &[], t(Ui::ChecklistTitle));
    html.open("ul", &[("class", "kzwp-tasks")]);
    for item in &result.checklist {
        html.open("li", &[("class", "kzwp-task"), ("data-task", item.id)]);
        if let Some(due) = item.due {
            html.open("p", &[("class", "kzwp-date")]);
            html.element("time", &[("datetime", &due.to_string())], &ui_text::date_with_weekday(due, language));
            html.close("p");
        }
        html.open("p", &[]).text(&item.message.text);
        for link in &item.links {
            html.text(" ");
            html.element("a", &[("href", link), ("target", "_blank"), ("rel", "noopener noreferrer")], link.strip_prefix("https://").unwrap_or(link));
        }
        html.close("p").close("li");
    }
    html.close("ul").close("section");

    // The permit's term and special obligations.
    if let Some(term) = &result.permit_term {
        html.open("section", &[("class", "kzwp-section")]);
        html.element("h3", &[], t(Ui::TermTitle));
        html.element("p", &[("class", "kzwp-finding")], &term.message);
        why(html, &[term], language);
        html.close("section");
    }
    if !result.obligations.is_empty() {
        html.open("section", &[("class", "kzwp-section")]);
        html.element("h3", &[], t(Ui::ObligationsTitle));
        html.open("ul", &[]);
        for obligation in &result.obligations {
            html.open("li", &[]).text(&obligation.message);
            why(html, &[obligation], language);
            html.close("li");
        }
        html.close("ul").close("section");
    }

    // Dates the plan does not hold (the extension window), when the visitor's dates give them.
    let plan_ids = [DeadlineId::VacancyPeriodEnds, DeadlineId::EarliestApplication, DeadlineId::ReviewDue, DeadlineId::FeePaymentDue, DeadlineId::ContractRegistrationDue];
    let others: Vec<&Deadline> = by_date(&result.deadlines)
        .into_iter()
        .filter(|d| d.status == DeadlineStatus::Computed && (result.plan.is_none() || !plan_ids.contains(&d.id)))
        .collect();
    if !others.is_empty() {
        html.open("section", &[("class", "kzwp-section")]);
        html.element("h3", &[], t(Ui::OtherDatesTitle));
        html.open("ol", &[("class", "kzwp-timeline")]);
        for deadline in others {
            deadline_item(html, deadline, language);
        }
        html.close("ol").close("section");
    }

    html.open("details", &[("class", "kzwp-section kzwp-open-points")]);
    html.element("summary", &[], t(Ui::OpenPointsTitle));
    html.open("ul", &[("class", "kzwp-notes")]);
    for point in &result.open_points {
        html.element("li", &[], &point.text);
    }
    html.close("ul").close("details");

    if let Some(contact) = &contact {
        contact_button(html, contact);
    }
    let footer = footer(result, language);
    html.element("p", &[("class", "kzwp-footer")], &footer);
    html.open("div", &[("class", "kzwp-actions kzwp-takeaway")]);
    for (action, label) in [("ics", Ui::DownloadIcs), ("copy-summary", Ui::CopySummary), ("copy-link", Ui::CopyLink), ("print", Ui::Print)] {
        html.element("button", &[("type", "button"), ("class", "kzwp-button kzwp-secondary"), ("part", "button"), ("data-action", action)], t(label));
    }
    html.close("div");
    html.open("div", &[("class", "kzwp-actions")]);
    html.element("button", &[("type", "button"), ("class", "kzwp-button kzwp-secondary"), ("part", "button"), ("data-action", "answers")], t(Ui::ChangeAnswers));
    html.element("button", &[("type", "button"), ("class", "kzwp-link"), ("data-action", "restart")], t(Ui::StartAgain));
    html.close("div");
}

fn contact_button(html: &mut Html, contact: &Contact) {
    html.open("p", &[("class", "kzwp-contact")]);
    html.element("a", &[("href", contact.url), ("class", "kzwp-button"), ("part", "contact")], contact.label);
    html.close("p");
}

/// The first step of the plan not yet done, with its date and status; without a plan, what the
/// visitor does next (the verdict says it when the permit would be refused).
fn next_step(html: &mut Html, result: &Assessment) {
    let language = result.language;
    let t = |key| ui(key, language);
    let next = result.plan.as_ref().and_then(|plan| plan.steps.iter().find(|step| step.status != PlanStepStatus::Done && step.date.is_some()));
    if let Some(step) = next {
        html.open("div", &[("class", "kzwp-next"), ("part", "next-step"), ("data-status", crate::wire_name(&step.status))]);
        html.element("p", &[("class", "kzwp-next-label")], t(Ui::NextStep));
        html.open("p", &[("class", "kzwp-next-title")]).text(t(step_title(step.id)));
        status_tag(html, step.status, language);
        html.close("p");
        if let Some(day) = step.latest.or(step.date) {
            let text = if step.latest.is_some() { fill_named(t(Ui::LastDay), &[("date", ui_text::date_with_weekday(day, language))]) } else { ui_text::date_with_weekday(day, language) };
            html.open("p", &[("class", "kzwp-date")]).element("time", &[("datetime", &day.to_string())], &text).close("p");
        }
        html.close("div");
    } else if !result.permit_needed {
        if let Some(item) = result.checklist.iter().find(|item| item.id == "contractRegister") {
            html.open("div", &[("class", "kzwp-next"), ("part", "next-step")]);
            html.element("p", &[("class", "kzwp-next-label")], t(Ui::NextStep));
            html.element("p", &[("class", "kzwp-next-title")], &item.message.text);
            html.close("div");
        }
    }
}

/// The earliest start, or whether the target start holds.
fn start_line(html: &mut Html, result: &Assessment) {
    let language = result.language;
    let t = |key| ui(key, language);
    let Some(plan) = &result.plan else { return };
    let Some(earliest) = plan.earliest_start else { return };
    let date = |day| ui_text::date(day, language);
    let visa_undated = plan.steps.iter().any(|step| step.id == PlanStepId::WorkVisa && step.date.is_none());
    let text = match (plan.target_start, plan.on_track, plan.latest_posting) {
        (Some(target), Some(true), Some(latest)) if plan.from != PlanFrom::AsOf => fill_named(t(Ui::TargetHoldsPosted), &[("target", date(target)), ("latest", date(latest))]),
        (Some(target), Some(true), Some(latest)) => fill_named(t(Ui::TargetHolds), &[("target", date(target)), ("latest", date(latest))]),
        (Some(target), Some(true), None) => fill_named(t(Ui::TargetHoldsPosted), &[("target", date(target))]),
        (Some(target), Some(false), _) => fill_named(t(Ui::TargetMissed), &[("target", date(target)), ("date", date(earliest))]),
        _ if visa_undated => fill_named(t(Ui::EarliestStartAfterVisa), &[("date", date(earliest))]),
        _ => fill_named(t(Ui::EarliestStart), &[("date", date(earliest))]),
    };
    let class = if plan.on_track == Some(false) { "kzwp-start kzwp-bad" } else { "kzwp-start" };
    html.element("p", &[("class", class), ("part", "start")], &text);
}

fn plan_step(html: &mut Html, step: &PlanStep, language: Language) {
    let t = |key| ui(key, language);
    let class = match step.status {
        PlanStepStatus::Done => "kzwp-step kzwp-step-done",
        PlanStepStatus::Overdue => "kzwp-step kzwp-step-overdue",
        PlanStepStatus::DueSoon => "kzwp-step kzwp-step-soon",
        PlanStepStatus::Upcoming => "kzwp-step",
    };
    html.open("li", &[("class", class), ("data-step", crate::wire_name(&step.id)), ("data-status", crate::wire_name(&step.status))]);
    html.open("p", &[("class", "kzwp-date")]);
    match step.date {
        Some(day) => {
            html.element("time", &[("datetime", &day.to_string())], &ui_text::date_with_weekday(day, language));
        }
        None => {
            html.text(t(Ui::NoDateYet));
        }
    }
    html.close("p");
    html.open("p", &[("class", "kzwp-step-title")]).text(t(step_title(step.id)));
    status_tag(html, step.status, language);
    html.close("p");
    if let Some(latest) = step.latest {
        html.element("p", &[("class", "kzwp-latest")], &fill_named(t(Ui::LastDay), &[("date", ui_text::date_with_weekday(latest, language))]));
    }
    html.element("p", &[("class", "kzwp-finding")], &step.finding.message);
    why(html, &[&step.finding], language);
    html.close("li");
}

fn step_title(id: PlanStepId) -> Ui {
    match id {
        PlanStepId::PostVacancy => Ui::PlanPostVacancy,
        PlanStepId::VacancyPeriodEnds => Ui::PlanVacancyPeriodEnds,
        PlanStepId::FileApplication => Ui::PlanFileApplication,
        PlanStepId::Decision => Ui::PlanDecision,
        PlanStepId::PayFee => Ui::PlanPayFee,
        PlanStepId::PermitIssued => Ui::PlanPermitIssued,
        PlanStepId::WorkVisa => Ui::PlanWorkVisa,
        PlanStepId::StartWork => Ui::PlanStartWork,
        PlanStepId::RegisterContract => Ui::PlanRegisterContract,
    }
}

fn status_tag(html: &mut Html, status: PlanStepStatus, language: Language) {
    let (class, label) = match status {
        PlanStepStatus::Done => ("kzwp-tag kzwp-tag-done", Ui::StatusDone),
        PlanStepStatus::Overdue => ("kzwp-tag kzwp-tag-overdue", Ui::StatusOverdue),
        PlanStepStatus::DueSoon => ("kzwp-tag kzwp-tag-soon", Ui::StatusDueSoon),
        PlanStepStatus::Upcoming => ("kzwp-tag", Ui::StatusUpcoming),
    };
    html.text(" ").element("strong", &[("class", class)], ui(label, language));
}

/// The "why?" disclosure of an answer: each parameter it rests on, once, by its label in the
/// visitor's language, with the act, the clause, the official link and how sure we are.
fn why(html: &mut Html, findings: &[&Finding], language: Language) {
    let mut parameters: Vec<&Parameter> = Vec::new();
    for parameter in findings.iter().flat_map(|finding| finding.parameters.iter()) {
        if !parameters.iter().any(|seen| seen.id == parameter.id && seen.effective_from == parameter.effective_from) {
            parameters.push(parameter);
        }
    }
    if parameters.is_empty() {
        return;
    }
    html.open("details", &[("class", "kzwp-why")]);
    html.element("summary", &[], ui(Ui::Why, language));
    html.open("ul", &[("class", "kzwp-sources")]);
    for parameter in parameters {
        html.open("li", &[]);
        html.element("strong", &[], crate::text::parameter_label(parameter.id, language)).text(": ");
        html.text(&parameter.citation.act);
        if !parameter.citation.clause.is_empty() {
            html.text(", ").text(&parameter.citation.clause);
        }
        if is_official(&parameter.citation.url) {
            html.text(" ");
            let host = parameter.citation.url.split('/').nth(2).unwrap_or(&parameter.citation.url);
            html.element("a", &[("href", &parameter.citation.url), ("target", "_blank"), ("rel", "noopener noreferrer")], host);
        }
        html.text(" ");
        confidence_mark(html, parameter.confidence, language);
        html.close("li");
    }
    html.close("ul").close("details");
}

/// Whether `url` is an official text (adilet.zan.kz or a government site): the only links a
/// visitor is shown as a source.
fn is_official(url: &str) -> bool {
    let host = url.strip_prefix("https://").unwrap_or("").split('/').next().unwrap_or("");
    host == "adilet.zan.kz" || host == "egov.kz" || host.ends_with(".egov.kz") || host.ends_with(".gov.kz")
}

fn fee_section(html: &mut Html, result: &Assessment) {
    let language = result.language;
    let t = |key| ui(key, language);
    html.open("section", &[("class", "kzwp-section"), ("part", "fee")]);
    html.element("h3", &[], t(Ui::FeeTitle));
    let fee = &result.fee;
    let per_worker = match (fee.kind, fee.mci, fee.mci_range, fee.tenge, fee.tenge_range) {
        (FeeKind::None | FeeKind::IntraCorporateTransfer, _, _, _, _) => t(Ui::Free).to_owned(),
        (_, Some(mci), _, tenge, _) => with_tenge(&format!("{mci} {}", t(Ui::Mci)), tenge.map(ui_text::amount)),
        (_, None, Some(range), _, tenge) => with_tenge(
            &format!("{}–{} {}", range.min, range.max, t(Ui::Mci)),
            tenge.map(|r| format!("{}–{}", ui_text::amount(r.min), ui_text::amount(r.max))),
        ),
        _ => t(Ui::NotGiven).to_owned(),
    };
    html.element("p", &[("class", "kzwp-fee")], &fill_named(t(Ui::PerWorker), &[("fee", per_worker)]));
    if fee.count > 1 {
        let total = match (fee.total_tenge, fee.total_tenge_range) {
            (Some(total), _) => Some(format!("{} ₸", ui_text::amount(total))),
            (None, Some(r)) => Some(format!("{}–{} ₸", ui_text::amount(r.min), ui_text::amount(r.max))),
            _ => None,
        };
        if let Some(total) = total {
            html.element("p", &[("class", "kzwp-fee")], &fill_named(t(Ui::ForWorkers), &[("count", fee.count.to_string()), ("total", total)]));
        }
    }
    html.element("p", &[("class", "kzwp-finding")], &fee.finding.message);
    for note in &fee.notes {
        html.element("p", &[("class", "kzwp-note")], &note.text);
    }
    why(html, &[&fee.finding], language);
    html.close("section");
}

fn with_tenge(mci: &str, tenge: Option<String>) -> String {
    match tenge {
        Some(tenge) => format!("{mci} = {tenge} ₸"),
        None => mci.to_owned(),
    }
}

/// A finding's sentence with a confidence mark when it is not confirmed.
fn finding_text(html: &mut Html, finding: &Finding, language: Language) {
    html.open("p", &[("class", "kzwp-finding")]).text(&finding.message);
    if finding.confidence != Confidence::Confirmed {
        html.text(" ");
        confidence_mark(html, finding.confidence, language);
    }
    html.close("p");
}

fn confidence_mark(html: &mut Html, confidence: Confidence, language: Language) {
    let (class, label) = match confidence {
        Confidence::Confirmed => ("kzwp-badge kzwp-confirmed", Ui::Confirmed),
        Confidence::Likely => ("kzwp-badge kzwp-likely", Ui::Likely),
        Confidence::Unconfirmed => ("kzwp-badge kzwp-unconfirmed", Ui::Unconfirmed),
    };
    html.element("span", &[("class", class)], ui(label, language));
}

fn percent_text(citizens: u64, foreigners: u64) -> String {
    let total = citizens + foreigners;
    if total == 0 {
        return "—".to_owned();
    }
    // One decimal, rounded down, so that a share just under the minimum never shows as meeting it.
    // Counts are at most a few million (MAX_COUNT per field), so `citizens * 1000` fits in u64
    // (a u128 division would cost 1 KB of WebAssembly); past 10^16 the share is computed from a
    // total scaled down instead, still without overflow.
    let tenths = citizens.checked_mul(1000).map_or_else(|| (citizens / (total / 1000)).min(1000), |n| n / total);
    format!("{}.{} %", tenths / 10, tenths % 10)
}

fn group_table(html: &mut Html, group: &LocalContentGroup, language: Language) {
    let t = |key| ui(key, language);
    let [a, b] = group.categories;
    html.open("section", &[("class", "kzwp-section")]);
    html.open("table", &[("class", "kzwp-table"), ("part", "table")]);
    html.element("caption", &[], &fill_named(t(Ui::GroupCaption), &[("first", a.to_string()), ("second", b.to_string()), ("percent", group.min_citizen_percent.to_string())]));
    html.open("thead", &[]).open("tr", &[]);
    html.element("td", &[], "");
    html.element("th", &[("scope", "col")], t(Ui::Now));
    html.element("th", &[("scope", "col")], t(Ui::AfterHire));
    html.close("tr").close("thead").open("tbody", &[]);
    let rows = [
        (t(Ui::Citizens), group.citizens.to_string(), group.citizens.to_string()),
        (t(Ui::Foreigners), group.foreigners_before_hire.to_string(), group.foreigners.to_string()),
        (t(Ui::CitizensShare), percent_text(group.citizens, group.foreigners_before_hire), percent_text(group.citizens, group.foreigners)),
        (t(Ui::Minimum), format!("{} %", group.min_citizen_percent), format!("{} %", group.min_citizen_percent)),
    ];
    for (label, now, after) in rows {
        html.open("tr", &[]).element("th", &[("scope", "row")], label).element("td", &[], &now).element("td", &[], &after).close("tr");
    }
    html.close("tbody").close("table");
    let status = if group.meets { Ui::MetAfterHire } else { Ui::NotMetAfterHire };
    html.element("p", &[("class", if group.meets { "kzwp-good" } else { "kzwp-bad" })], t(status));
    html.element("p", &[], &fill_named(t(Ui::MaxForeigners), &[("count", group.max_foreigners.to_string())]));
    if let Some(hire) = group.citizens_to_hire.filter(|n| *n > 0) {
        html.element("p", &[("class", "kzwp-bad")], &fill_named(t(Ui::CitizensToHire), &[("count", hire.to_string())]));
    } else if group.meets {
        let more = group.foreigners_more_allowed;
        html.element("p", &[("class", "kzwp-headroom")], &fill_named(ui_text::ui_count(Ui::ForeignersMoreAllowed, more, language), &[("count", more.to_string())]));
    }
    html.close("section");
}

pub fn deadline_title(id: DeadlineId) -> Ui {
    match id {
        DeadlineId::VacancyPeriodEnds => Ui::VacancyPeriodEnds,
        DeadlineId::EarliestApplication => Ui::EarliestApplication,
        DeadlineId::ReviewDue => Ui::ReviewDue,
        DeadlineId::FeePaymentDue => Ui::FeePaymentDue,
        DeadlineId::ContractRegistrationDue => Ui::ContractRegistrationDue,
        DeadlineId::ExtensionWindowOpens => Ui::ExtensionWindowOpens,
        DeadlineId::ExtensionWindowCloses => Ui::ExtensionWindowCloses,
    }
}

fn deadline_item(html: &mut Html, deadline: &Deadline, language: Language) {
    let t = |key| ui(key, language);
    let computed = deadline.status == DeadlineStatus::Computed;
    html.open("li", &[("class", if computed { "kzwp-deadline" } else { "kzwp-deadline kzwp-muted" }), ("data-deadline", deadline.id.name())]);
    if let Some(date) = deadline.date {
        html.open("p", &[("class", "kzwp-date")]);
        html.element("time", &[("datetime", &date.to_string())], &ui_text::date_with_weekday(date, language));
        html.close("p");
    }
    html.element("p", &[("class", "kzwp-deadline-title")], t(deadline_title(deadline.id)));
    if let (true, Some(days), Some(from)) = (computed, deadline.days, deadline.from) {
        let template = match (deadline.day_kind, deadline.before) {
            (_, true) => Ui::CalendarDaysBefore,
            (Some(DayKind::Working), _) => Ui::WorkingDaysAfter,
            _ => Ui::CalendarDaysAfter,
        };
        html.element("p", &[("class", "kzwp-note")], &fill_named(ui_text::ui_count(template, u64::from(days), language), &[("count", days.to_string()), ("date", ui_text::date(from, language))]));
    }
    finding_text(html, &deadline.finding, language);
    if !deadline.skipped.is_empty() {
        html.open("details", &[("class", "kzwp-skipped")]);
        html.element("summary", &[], &format!("{} {}", t(Ui::Skips), deadline.skipped.len()));
        html.open("ul", &[]);
        for day in &deadline.skipped {
            html.element("li", &[], &day_text(day, language));
        }
        html.close("ul").close("details");
    }
    if let Some(day) = &deadline.non_working_date {
        html.element("p", &[("class", "kzwp-warning-text")], &format!("{}: {}", t(Ui::NotWorkingDay), day_text(day, language)));
    }
    if deadline.passed == Some(true) {
        html.element("p", &[("class", "kzwp-note")], t(Ui::Passed));
    }
    for note in &deadline.notes {
        html.element("p", &[("class", "kzwp-note")], &note.text);
    }
    html.close("li");
}

/// The rule set, the sources' date and the day assessed, as the result's foot and the summary's.
pub fn footer(result: &Assessment, language: Language) -> String {
    let rule_set = &result.rule_set;
    let values = [
        ("act", rule_set.act.to_owned()),
        ("ruleSet", rule_set.id.to_owned()),
        ("checkedTo", result.rules_checked_to.to_owned()),
        ("asOf", ui_text::date(result.as_of, language)),
    ];
    fill_named(ui(Ui::Footer, language), &values)
}

/// "Tuesday, 24 March 2026: Nauryz, day off moved from 21 March 2026".
pub fn day_text(day: &Day, language: Language) -> String {
    let t = |key| ui(key, language);
    let reason = match day.reason {
        None => String::new(),
        Some(DayReason::Weekend) => t(Ui::Weekend).to_owned(),
        Some(DayReason::Holiday { holiday }) => ui_text::holiday_name(holiday, language).to_owned(),
        Some(DayReason::MovedHoliday { holiday, from }) => {
            format!("{}, {}", ui_text::holiday_name(holiday, language), fill_named(t(Ui::MovedFrom), &[("date", ui_text::date(from, language))]))
        }
        Some(DayReason::TransferDayOff { act, .. }) => format!("{} ({act})", t(Ui::TransferDayOff)),
        Some(DayReason::TransferWorkingDay { act, .. }) => format!("{} ({act})", t(Ui::TransferWorkingDay)),
    };
    format!("{}: {reason}", ui_text::date_with_weekday(day.date, language))
}

/// The deadlines in date order, those without a date last (the result screen and the summary
/// share it, so the sort is compiled once).
pub(super) fn by_date(deadlines: &[Deadline]) -> Vec<&Deadline> {
    let mut sorted: Vec<&Deadline> = deadlines.iter().collect();
    crate::sort_by_key(&mut sorted, |d| (d.date.is_none(), d.date));
    sorted
}
