//! The result screen, as GOV.UK's patterns would have it: the answer first (the verdict in one
//! sentence, the next step with its date and status, the earliest start), then the plan step by
//! step, the fee, the ratios with their headroom, the dated checklist, the term and obligations,
//! and each answer's sources behind its own "why?". Sections that do not apply are left out.

use crate::assess::{Assessment, Deadline, DeadlineId, DeadlineStatus, FeeKind, Finding, LocalContentGroup, PlanFrom, PlanStep, PlanStepId, PlanStepStatus, VerdictCode};
use crate::calendar::{Day, DayReason};
use crate::rules::{Confidence, DayKind, Parameter};
use crate::text::{self, fill_named, Language, NO_BREAK_SPACE};
use crate::web::html::Html;
use crate::web::ui_text::{self, ui, Ui};

/// The site owner's call to action: a link (a `mailto:` one with the subject and body filled in),
/// or, without an address, a button that only sends the page the `kz-work-permit-contact` event.
pub struct Contact<'a> {
    pub href: Option<String>,
    pub label: &'a str,
}

/// The firm the widget is embedded for: its name, and whether its logo is slotted in.
pub struct Brand<'a> {
    pub name: &'a str,
    pub logo: bool,
}

pub fn render(html: &mut Html, result: &Assessment, contact: Option<Contact>, brand: &Brand) {
    let language = result.language;
    let t = |key| ui(key, language);
    // The firm's name and logo, on screen and in print.
    if !brand.name.is_empty() || brand.logo {
        html.open("div", &[("class", "kzwp-brand"), ("part", "brand")]);
        html.element("slot", &[("name", "logo")], "");
        if !brand.name.is_empty() {
            html.element("p", &[("class", "kzwp-firm")], brand.name);
        }
        html.close("div");
    }
    html.element("h2", &[("tabindex", "-1"), ("class", "kzwp-heading"), ("part", "heading")], t(Ui::StepResult));
    html.open("div", &[("class", "kzwp-screen-only")]);

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
    let plan_ids = PLAN_DEADLINES;
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
    // What a copy did, beside the buttons (and read out: a live region).
    html.element("p", &[("class", "kzwp-feedback"), ("role", "status"), ("aria-live", "polite")], "");
    html.close("div");
    html.open("div", &[("class", "kzwp-actions")]);
    html.element("button", &[("type", "button"), ("class", "kzwp-button kzwp-secondary"), ("part", "button"), ("data-action", "answers")], t(Ui::ChangeAnswers));
    html.element("button", &[("type", "button"), ("class", "kzwp-link"), ("data-action", "restart")], t(Ui::StartAgain));
    html.close("div");
    html.close("div");
}

/// The deadlines the plan holds as its steps (the others are listed apart).
pub(super) const PLAN_DEADLINES: [DeadlineId; 5] = [DeadlineId::VacancyPeriodEnds, DeadlineId::EarliestApplication, DeadlineId::ReviewDue, DeadlineId::FeePaymentDue, DeadlineId::ContractRegistrationDue];

fn contact_button(html: &mut Html, contact: &Contact) {
    html.open("p", &[("class", "kzwp-contact")]);
    match &contact.href {
        Some(href) => html.element("a", &[("href", href), ("class", "kzwp-button"), ("part", "contact"), ("data-action", "contact")], contact.label),
        None => html.element("button", &[("type", "button"), ("class", "kzwp-button"), ("part", "contact"), ("data-action", "contact")], contact.label),
    };
    html.close("p");
}

/// The printed summary: the answers (given by the caller), the verdict, the plan with its dates,
/// the fee, the ratios, the acts cited and the date of the assessment, on one or two pages.
pub fn print_summary(html: &mut Html, result: &Assessment, digest: &super::takeaway::Digest, answers: impl FnOnce(&mut Html)) {
    let language = result.language;
    let t = |key| ui(key, language);
    html.open("div", &[("class", "kzwp-print-only"), ("part", "print")]);
    html.element("p", &[("class", "kzwp-print-date")], &fill_named(t(Ui::AssessmentOf), &[("date", ui_text::date(result.as_of, language))]));
    html.element("p", &[("class", "kzwp-print-verdict")], &digest.verdict);
    if let Some(line) = &digest.start {
        html.element("p", &[("class", "kzwp-print-start")], line);
    }
    if !digest.plan.is_empty() {
        html.element("h3", &[], t(Ui::PlanTitle));
        html.open("table", &[("class", "kzwp-print-plan")]).open("tbody", &[]);
        for step in &digest.plan {
            html.open("tr", &[]);
            html.element("td", &[], &step.date);
            html.element("th", &[("scope", "row")], &step.title);
            html.element("td", &[], &step.latest);
            html.element("td", &[], t(step.status));
            html.close("tr");
        }
        html.close("tbody").close("table");
    }
    if !digest.fee.is_empty() {
        html.element("h3", &[], t(Ui::FeeTitle));
        for line in &digest.fee {
            html.element("p", &[], line);
        }
    }
    if !digest.ratios.is_empty() {
        html.element("h3", &[], t(Ui::RatiosTitle));
        for line in &digest.ratios {
            html.element("p", &[], line);
        }
    }
    answers(html);
    html.element("h3", &[], t(Ui::ActsTitle));
    html.open("ul", &[("class", "kzwp-print-acts")]);
    for act in &digest.acts {
        html.open("li", &[]).text(&act.text);
        if !act.url.is_empty() {
            html.text(" ").element("span", &[("class", "kzwp-url")], act.url);
        }
        html.text(" ");
        confidence_mark(html, act.confidence, language);
        html.close("li");
    }
    html.close("ul");
    if let Some(note) = &result.verify_with_counsel {
        html.element("p", &[], &note.text);
    }
    html.element("p", &[("class", "kzwp-print-footer")], &footer(result, language));
    html.close("div");
}

/// The first step of the plan not yet done, with its date and status; without a plan, what the
/// visitor does next (the verdict says it when the permit would be refused).
fn next_step(html: &mut Html, result: &Assessment) {
    let language = result.language;
    let t = |key| ui(key, language);
    // The next thing the visitor does, not an event they wait for (the posting period's end, the
    // decision).
    let is_action = |id| matches!(id, PlanStepId::PostVacancy | PlanStepId::FileApplication | PlanStepId::PayFee | PlanStepId::RegisterContract);
    let next = result
        .plan
        .as_ref()
        .and_then(|plan| plan.steps.iter().find(|step| step.status != PlanStepStatus::Done && step.date.is_some() && is_action(step.id)));
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
    let Some(text) = start_text(result) else { return };
    let bad = result.plan.as_ref().is_some_and(|plan| plan.on_track == Some(false));
    html.element("p", &[("class", if bad { "kzwp-start kzwp-bad" } else { "kzwp-start" }), ("part", "start")], &text);
}

/// The sentence of [`start_line`], shared with the summary and the printed page.
pub(super) fn start_text(result: &Assessment) -> Option<String> {
    let language = result.language;
    let t = |key| ui(key, language);
    let plan = result.plan.as_ref()?;
    let earliest = plan.earliest_start?;
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
    Some(text)
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
    // The step's rule, in words, sits with its sources behind "why?": the list stays short.
    why_explained(html, Some(&step.finding.message), &[&step.finding], language);
    html.close("li");
}

pub(super) fn step_title(id: PlanStepId) -> Ui {
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
    let class = match status {
        PlanStepStatus::Done => "kzwp-tag kzwp-tag-done",
        PlanStepStatus::Overdue => "kzwp-tag kzwp-tag-overdue",
        PlanStepStatus::DueSoon => "kzwp-tag kzwp-tag-soon",
        PlanStepStatus::Upcoming => "kzwp-tag",
    };
    html.text(" ").element("strong", &[("class", class)], ui(status_label(status), language));
}

pub(super) fn status_label(status: PlanStepStatus) -> Ui {
    match status {
        PlanStepStatus::Done => Ui::StatusDone,
        PlanStepStatus::Overdue => Ui::StatusOverdue,
        PlanStepStatus::DueSoon => Ui::StatusDueSoon,
        PlanStepStatus::Upcoming => Ui::StatusUpcoming,
    }
}

/// The "why?" disclosure of an answer: each parameter it rests on, once, by its label in the
/// visitor's language, with the act, the clause, the official link and how sure we are.
fn why(html: &mut Html, findings: &[&Finding], language: Language) {
    why_explained(html, None, findings, language);
}

/// [`why`] with the answer's own sentence first inside the disclosure.
fn why_explained(html: &mut Html, explanation: Option<&str>, findings: &[&Finding], language: Language) {
    let mut parameters: Vec<&Parameter> = Vec::new();
    for parameter in findings.iter().flat_map(|finding| finding.parameters.iter()) {
        if !parameters.iter().any(|seen| seen.id == parameter.id && seen.effective_from == parameter.effective_from) {
            parameters.push(parameter);
        }
    }
    if parameters.is_empty() && explanation.is_none() {
        return;
    }
    html.open("details", &[("class", "kzwp-why")]);
    html.element("summary", &[], ui(Ui::Why, language));
    if let Some(explanation) = explanation {
        html.element("p", &[("class", "kzwp-finding")], explanation);
    }
    html.open("ul", &[("class", "kzwp-sources")]);
    for parameter in parameters {
        html.open("li", &[]);
        html.element("strong", &[], crate::text::parameter_label(parameter.id, language)).text(": ");
        html.text(&parameter.citation.act);
        if let Some(clause) = verified_clause(&parameter.citation.clause, language) {
            html.text(", ").text(clause);
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

/// A citation's clause, in the visitor's language, when one was verified (the confidence says
/// how sure we are of the rest); a site owner's value says so in the visitor's language.
pub(super) fn verified_clause(clause: &str, language: Language) -> Option<&str> {
    if clause == crate::rules::SET_BY_SITE_OWNER {
        return Some(ui(Ui::SetBySiteOwner, language));
    }
    (!clause.is_empty()).then_some(clause)
}

/// Whether `url` is an official text (adilet.zan.kz or a government site): the only links a
/// visitor is shown as a source.
pub(super) fn is_official(url: &str) -> bool {
    let host = url.strip_prefix("https://").unwrap_or("").split('/').next().unwrap_or("");
    host == "adilet.zan.kz" || host == "egov.kz" || host.ends_with(".egov.kz") || host.ends_with(".gov.kz")
}

fn fee_section(html: &mut Html, result: &Assessment) {
    let language = result.language;
    let t = |key| ui(key, language);
    html.open("section", &[("class", "kzwp-section"), ("part", "fee")]);
    html.element("h3", &[], t(Ui::FeeTitle));
    for line in fee_lines(result) {
        html.element("p", &[("class", "kzwp-fee")], &line);
    }
    let fee = &result.fee;
    html.element("p", &[("class", "kzwp-finding")], &fee.finding.message);
    for note in &fee.notes {
        html.element("p", &[("class", "kzwp-note")], &note.text);
    }
    why(html, &[&fee.finding], language);
    html.close("section");
}

/// The fee per worker in MCI and tenge, and the total for the count: the screen's, the summary's
/// and the printed page's.
pub(super) fn fee_lines(result: &Assessment) -> Vec<String> {
    let language = result.language;
    let t = |key| ui(key, language);
    let fee = &result.fee;
    let mut lines = Vec::new();
    let per_worker = match (fee.kind, fee.mci, fee.mci_range, fee.tenge, fee.tenge_range) {
        (FeeKind::None | FeeKind::IntraCorporateTransfer, _, _, _, _) => t(Ui::Free).to_owned(),
        (_, Some(mci), _, tenge, _) => with_tenge(&format!("{mci}{NO_BREAK_SPACE}{}", t(Ui::Mci)), tenge.map(|n| text::tenge(n, language))),
        (_, None, Some(range), _, tenge) => with_tenge(
            &format!("{}–{}{NO_BREAK_SPACE}{}", range.min, range.max, t(Ui::Mci)),
            tenge.map(|r| format!("{}–{}", text::number(r.min, language), text::tenge(r.max, language))),
        ),
        _ => t(Ui::NotGiven).to_owned(),
    };
    lines.push(fill_named(t(Ui::PerWorker), &[("fee", per_worker)]));
    if fee.count > 1 {
        let total = match (fee.total_tenge, fee.total_tenge_range) {
            (Some(total), _) => Some(text::tenge(total, language)),
            (None, Some(r)) => Some(format!("{}–{}", text::number(r.min, language), text::tenge(r.max, language))),
            _ => None,
        };
        if let Some(total) = total {
            lines.push(fill_named(t(Ui::ForWorkers), &[("count", text::number(u64::from(fee.count), language)), ("total", total)]));
        }
    }
    lines
}

fn with_tenge(mci: &str, tenge: Option<String>) -> String {
    match tenge {
        Some(tenge) => format!("{mci} = {tenge}"),
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

pub(super) fn confidence_label(confidence: Confidence) -> Ui {
    match confidence {
        Confidence::Confirmed => Ui::Confirmed,
        Confidence::Likely => Ui::Likely,
        Confidence::Unconfirmed => Ui::Unconfirmed,
    }
}

fn confidence_mark(html: &mut Html, confidence: Confidence, language: Language) {
    let class = match confidence {
        Confidence::Confirmed => "kzwp-badge kzwp-confirmed",
        Confidence::Likely => "kzwp-badge kzwp-likely",
        Confidence::Unconfirmed => "kzwp-badge kzwp-unconfirmed",
    };
    html.element("span", &[("class", class)], ui(confidence_label(confidence), language));
}

/// The share of citizens, rounded half up to one decimal ("92,9 %") but never up to a minimum it
/// does not reach, or a dash without staff.
pub(super) fn percent_text(citizens: u64, foreigners: u64, minimum_percent: u32, language: Language) -> String {
    text::share_against(citizens, citizens + foreigners, minimum_percent.into(), language).unwrap_or_else(|| "—".to_owned())
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
        (t(Ui::CitizensShare), percent_text(group.citizens, group.foreigners_before_hire, group.min_citizen_percent, language), percent_text(group.citizens, group.foreigners, group.min_citizen_percent, language)),
        (t(Ui::Minimum), text::percent(group.min_citizen_percent.into(), language), text::percent(group.min_citizen_percent.into(), language)),
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

/// A computed deadline the plan does not hold.
fn deadline_item(html: &mut Html, deadline: &Deadline, language: Language) {
    let t = |key| ui(key, language);
    html.open("li", &[("class", "kzwp-deadline"), ("data-deadline", deadline.id.name())]);
    if let Some(date) = deadline.date {
        html.open("p", &[("class", "kzwp-date")]);
        html.element("time", &[("datetime", &date.to_string())], &ui_text::date_with_weekday(date, language));
        html.close("p");
    }
    html.element("p", &[("class", "kzwp-deadline-title")], t(deadline_title(deadline.id)));
    if let (Some(days), Some(from)) = (deadline.days, deadline.from) {
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
    // The rule set's id and the sources' date are ISO dates: written in words, as every date shown.
    let words = |text: &str| crate::lenient::parse_iso_date(text).map_or_else(|| text.to_owned(), |day| ui_text::date(day, language));
    let values = [
        ("act", rule_set.act.to_owned()),
        ("ruleSet", words(rule_set.id)),
        ("checkedTo", words(result.rules_checked_to)),
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
