//! What the visitor takes away: the plan as an iCalendar file with reminders, the result as plain
//! text (copied, or prefilled in an email to the firm), and the digest the printed page shares.

use chrono::{Days, NaiveDate};

use super::result::{confidence_label, deadline_title, fee_lines, footer, is_official, percent_text, start_text, status_label, step_title, verified_clause};
use crate::assess::{Assessment, DeadlineStatus, Finding};
use crate::ics::{self, Event};
use crate::rules::Confidence;
use crate::text::fill_named;
use crate::web::ui_text::{self, ui, Ui};

/// The reminders before each dated step, in working days: a product choice (enough time to act,
/// and a last call), not a rule parameter.
const REMINDERS_WORKING_DAYS: [u32; 2] = [3, 1];

/// The result in short, in the visitor's language: what the summary, the email and the printed
/// page say, computed once.
pub struct Digest {
    pub verdict: String,
    pub start: Option<String>,
    pub plan: Vec<DigestStep>,
    pub fee: Vec<String>,
    pub ratios: Vec<String>,
    pub acts: Vec<Act>,
}

/// One step of the plan: its date (or "no date yet"), what to do, the last day, the status.
pub struct DigestStep {
    pub date: String,
    pub title: String,
    pub latest: String,
    pub status: Ui,
}

/// An act cited: its name and the clauses verified, its official address (or empty), and the
/// weakest confidence of the parameters that cite it.
pub struct Act {
    pub text: String,
    pub url: &'static str,
    pub confidence: Confidence,
}

impl Digest {
    pub fn of(result: &Assessment) -> Digest {
        let language = result.language;
        let t = |key| ui(key, language);
        let plan = result
            .plan
            .iter()
            .flat_map(|plan| &plan.steps)
            .map(|step| DigestStep {
                date: step.date.map_or_else(|| t(Ui::NoDateYet).to_owned(), |day| ui_text::date_with_weekday(day, language)),
                title: t(step_title(step.id)).to_owned(),
                latest: step.latest.map(|day| fill_named(t(Ui::LastDay), &[("date", ui_text::date(day, language))])).unwrap_or_default(),
                status: status_label(step.status),
            })
            .collect();
        let ratios = if result.permit_needed {
            result
                .local_content
                .groups
                .iter()
                .map(|group| {
                    let [a, b] = group.categories;
                    let caption = fill_named(t(Ui::GroupCaption), &[("first", a.to_string()), ("second", b.to_string()), ("percent", group.min_citizen_percent.to_string())]);
                    format!(
                        "{caption}. {}: {}; {}: {}; {} {}. {}",
                        t(Ui::Citizens),
                        group.citizens,
                        t(Ui::Foreigners),
                        group.foreigners,
                        t(Ui::CitizensShare),
                        percent_text(group.citizens, group.foreigners, group.min_citizen_percent, language),
                        t(if group.meets { Ui::MetAfterHire } else { Ui::NotMetAfterHire })
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        Digest {
            verdict: result.verdict.finding.message.clone(),
            start: start_text(result),
            plan,
            fee: if result.permit_needed { fee_lines(result) } else { Vec::new() },
            ratios,
            acts: acts(result),
        }
    }
}

/// Every act the answers rest on, once, with the clauses verified.
fn acts(result: &Assessment) -> Vec<Act> {
    let mut findings: Vec<&Finding> = vec![&result.verdict.finding, &result.permit_reason, &result.local_content.finding, &result.fee.finding];
    findings.extend(result.plan.iter().flat_map(|plan| plan.steps.iter().map(|step| &step.finding)));
    findings.extend(result.intra_corporate_transfer.iter().map(|ict| &ict.finding));
    findings.extend(result.permit_term.iter());
    findings.extend(result.obligations.iter());
    findings.extend(result.deadlines.iter().filter(|d| d.status == DeadlineStatus::Computed).map(|d| &d.finding));
    let mut acts: Vec<(String, Vec<String>, &'static str, Confidence)> = Vec::new();
    for parameter in findings.iter().flat_map(|finding| finding.parameters.iter()) {
        let citation = &parameter.citation;
        // A site owner's override may bring its own address: only an official one is shown.
        let url: &'static str = match &citation.url {
            std::borrow::Cow::Borrowed(url) if is_official(url) => url,
            _ => "",
        };
        let clause = verified_clause(&citation.clause, result.language).map(str::to_owned);
        match acts.iter_mut().find(|(act, ..)| *act == citation.act) {
            Some((_, clauses, address, confidence)) => {
                if let Some(clause) = clause.filter(|c| !clauses.contains(c)) {
                    clauses.push(clause);
                }
                if address.is_empty() {
                    *address = url;
                }
                *confidence = (*confidence).min(parameter.confidence);
            }
            None => acts.push((citation.act.to_string(), clause.into_iter().collect(), url, parameter.confidence)),
        }
    }
    acts.into_iter()
        .map(|(act, clauses, url, confidence)| Act { text: if clauses.is_empty() { act } else { format!("{act}, {}", clauses.join("; ")) }, url, confidence })
        .collect()
}

/// Every dated step of the plan (and the dates outside it), as all-day events with reminders
/// three and one working days before, titled by what to do, with the firm's name and contact.
pub fn calendar_file(result: &Assessment, stamp: chrono::NaiveDateTime, firm: &str, contact: &str) -> String {
    let language = result.language;
    let t = |key| ui(key, language);
    let signature = match (firm.is_empty(), contact.strip_prefix("mailto:").or(contact.strip_prefix("tel:")).unwrap_or(contact)) {
        (true, "") => String::new(),
        (false, "") => firm.to_owned(),
        (true, contact) => contact.to_owned(),
        (false, contact) => format!("{firm}: {contact}"),
    };
    let mut events = Vec::new();
    let mut add = |uid: String, date: NaiveDate, summary: String, mut description: String| {
        if !signature.is_empty() {
            description.push_str("\n\n");
            description.push_str(&signature);
        }
        // 09:00 in Kazakhstan (UTC+5), on the working days before; none for a day already past.
        let alarms = REMINDERS_WORKING_DAYS
            .iter()
            .filter_map(|&n| working_days_before(date, n))
            .filter(|day| *day >= result.as_of)
            .filter_map(|day| day.and_hms_opt(4, 0, 0))
            .collect();
        events.push(Event { uid, date, summary, description, alarms });
    };
    if let Some(plan) = &result.plan {
        for step in &plan.steps {
            let title = t(step_title(step.id));
            let name = crate::wire_name(&step.id);
            if let Some(date) = step.date {
                add(format!("{name}-{}", ics::compact_date(date)), date, title.to_owned(), step.finding.message.clone());
            }
            if let Some(latest) = step.latest.filter(|latest| Some(*latest) != step.date) {
                let summary = fill_named(t(Ui::LastDayTitle), &[("title", title.to_owned())]);
                add(format!("{name}-last-{}", ics::compact_date(latest)), latest, summary, step.finding.message.clone());
            }
        }
    }
    let plan_ids = super::result::PLAN_DEADLINES;
    for deadline in result.deadlines.iter().filter(|d| d.status == DeadlineStatus::Computed && (result.plan.is_none() || !plan_ids.contains(&d.id))) {
        let Some(date) = deadline.date else { continue };
        let mut description = deadline.finding.message.clone();
        for note in &deadline.notes {
            description.push('\n');
            description.push_str(&note.text);
        }
        add(format!("{}-{}", deadline.id.name(), ics::compact_date(date)), date, t(deadline_title(deadline.id)).to_owned(), description);
    }
    ics::calendar(&events, stamp, language.code())
}

/// The working day `n` working days before `date`, if the calendar covers it.
fn working_days_before(date: NaiveDate, n: u32) -> Option<NaiveDate> {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day = day.checked_sub_days(Days::new(1))?;
        if crate::calendar::is_working_day(day).ok()? {
            left -= 1;
        }
    }
    Some(day)
}

/// The result as plain text a person can paste into an email: the answers, the verdict, the plan
/// with its dates, the fee in tenge, the ratios, the acts cited, the date of the assessment.
pub fn summary_text(result: &Assessment, answers: &[(String, String)], firm: &str, link: &str) -> String {
    let language = result.language;
    let t = |key| ui(key, language);
    let digest = Digest::of(result);
    let mut lines = vec![t(Ui::Title).to_owned()];
    if !firm.is_empty() {
        lines.push(firm.to_owned());
    }
    lines.push(fill_named(t(Ui::AssessmentOf), &[("date", ui_text::date(result.as_of, language))]));
    lines.push(String::new());
    lines.push(digest.verdict.clone());
    lines.extend(digest.start.iter().cloned());
    if let Some(note) = &result.verify_with_counsel {
        lines.push(format!("{}: {}", t(Ui::VerifyTitle), note.text));
    }
    let mut section = |title: Ui, items: Vec<String>| {
        if !items.is_empty() {
            lines.push(String::new());
            lines.push(t(title).to_owned());
            lines.extend(items.into_iter().map(|item| format!("- {item}")));
        }
    };
    section(
        Ui::PlanTitle,
        digest
            .plan
            .iter()
            .map(|step| {
                let latest = if step.latest.is_empty() { String::new() } else { format!(" ({})", step.latest) };
                format!("{}: {}{latest} [{}]", step.date, step.title, t(step.status))
            })
            .collect(),
    );
    section(Ui::FeeTitle, digest.fee.clone());
    section(Ui::RatiosTitle, digest.ratios.clone());
    section(Ui::YourAnswersPrint, answers.iter().map(|(label, value)| format!("{label}: {value}")).collect());
    section(
        Ui::ActsTitle,
        digest
            .acts
            .iter()
            .map(|act| {
                let url = if act.url.is_empty() { String::new() } else { format!(", {}", act.url) };
                format!("{}{url} ({})", act.text, t(confidence_label(act.confidence)))
            })
            .collect(),
    );
    lines.push(String::new());
    lines.push(footer(result, language));
    if !link.is_empty() {
        lines.push(link.to_owned());
    }
    lines.join("\n")
}

/// The call to action's address: a `mailto:` one gets a subject and a body with the summary, in
/// the visitor's language (the visitor sees them in their mail program; the widget sends nothing).
pub fn contact_href(url: &str, result: &Assessment, answers: &[(String, String)], firm: &str, link: &str) -> String {
    if !url.starts_with("mailto:") {
        return url.to_owned();
    }
    let language = result.language;
    let subject = fill_named(ui(Ui::MailSubject, language), &[("date", ui_text::date(result.as_of, language))]);
    let body = format!("{}\n\n{}", ui(Ui::MailGreeting, language), summary_text(result, answers, firm, link));
    // Line ends as mail wants them (RFC 6068 §5: a line break is %0D%0A).
    let body = body.replace('\n', "\r\n");
    let encode = |text: &str| String::from(js_sys::encode_uri_component(text));
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}subject={}&body={}", encode(&subject), encode(&body))
}
