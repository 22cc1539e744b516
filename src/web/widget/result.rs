//! The result screen: the verdict first, then the local-content tables, the deadline timeline, the
//! fee, the permit term and obligations, the checklist, the sources with their confidence, and the
//! rule set and calendar the answer rests on.

use crate::assess::{Assessment, Deadline, DeadlineId, DeadlineStatus, FeeKind, Finding, LocalContentGroup};
use crate::calendar::{Day, DayReason};
use crate::rules::{Confidence, DayKind, Parameter};
use crate::text::{self, fill_named, Language, NO_BREAK_SPACE};
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

    // The verdict.
    html.open("section", &[("class", "kzwp-verdict"), ("part", "verdict")]);
    let verdict = if result.permit_needed { Ui::PermitNeeded } else { Ui::PermitNotNeeded };
    html.element("p", &[("class", "kzwp-verdict-title")], t(verdict));
    finding_text(html, &result.permit_reason, language);
    let local = &result.local_content;
    let local_title = if local.applies {
        format!("{}: {}", t(Ui::LocalContentApplies), t(if local.meets_all { Ui::MetAfterHire } else { Ui::NotMetAfterHire }))
    } else {
        t(Ui::LocalContentExempt).to_owned()
    };
    html.element("p", &[("class", if local.applies && !local.meets_all { "kzwp-verdict-line kzwp-bad" } else { "kzwp-verdict-line" })], &local_title);
    finding_text(html, &local.finding, language);
    if let Some(note) = &result.verify_with_counsel {
        html.open("div", &[("class", "kzwp-warning"), ("role", "note")]);
        html.element("strong", &[], t(Ui::VerifyTitle)).text(" ").text(&note.text).close("div");
    }
    html.close("section");

    // Local content.
    for group in &local.groups {
        group_table(html, group, language);
    }
    if let Some(ict) = &result.intra_corporate_transfer {
        html.open("section", &[("class", "kzwp-section")]);
        html.element("h3", &[], t(Ui::IctTitle));
        let line = fill_named(t(Ui::IctAfterHire), &[("category", ict.category.to_string()), ("count", ict.after_hire.to_string()), ("cap", ict.cap.to_string())]);
        html.element("p", &[("class", if ict.meets { "" } else { "kzwp-bad" })], &line);
        finding_text(html, &ict.finding, language);
        html.close("section");
    }

    // Deadlines.
    html.open("section", &[("class", "kzwp-section"), ("part", "timeline")]);
    html.element("h3", &[], t(Ui::DeadlinesTitle));
    html.open("ol", &[("class", "kzwp-timeline")]);
    for deadline in by_date(&result.deadlines) {
        deadline_item(html, deadline, language);
    }
    html.close("ol").close("section");

    // Fee, term, obligations.
    html.open("section", &[("class", "kzwp-section"), ("part", "fee")]);
    html.element("h3", &[], t(Ui::FeeTitle));
    let fee = &result.fee;
    let per_worker = match (fee.kind, fee.mci, fee.mci_range, fee.tenge, fee.tenge_range) {
        (FeeKind::None | FeeKind::IntraCorporateTransfer, _, _, _, _) => t(Ui::Free).to_owned(),
        (_, Some(mci), _, tenge, _) => with_tenge(&format!("{mci}{NO_BREAK_SPACE}{}", t(Ui::Mci)), tenge.map(|n| text::tenge(n, language))),
        (_, None, Some(range), _, tenge) => with_tenge(
            &format!("{}–{}{NO_BREAK_SPACE}{}", range.min, range.max, t(Ui::Mci)),
            tenge.map(|r| format!("{}–{}", text::number(r.min, language), text::tenge(r.max, language))),
        ),
        _ => t(Ui::NotGiven).to_owned(),
    };
    html.element("p", &[("class", "kzwp-fee")], &fill_named(t(Ui::PerWorker), &[("fee", per_worker)]));
    if fee.count > 1 {
        let total = match (fee.total_tenge, fee.total_tenge_range) {
            (Some(total), _) => Some(text::tenge(total, language)),
            (None, Some(r)) => Some(format!("{}–{}", text::number(r.min, language), text::tenge(r.max, language))),
            _ => None,
        };
        if let Some(total) = total {
            html.element("p", &[], &fill_named(t(Ui::ForWorkers), &[("count", text::number(u64::from(fee.count), language)), ("total", total)]));
        }
    }
    finding_text(html, &fee.finding, language);
    for note in &fee.notes {
        html.element("p", &[("class", "kzwp-note")], &note.text);
    }
    html.close("section");
    if let Some(term) = &result.permit_term {
        html.open("section", &[("class", "kzwp-section")]);
        html.element("h3", &[], t(Ui::TermTitle));
        finding_text(html, term, language);
        html.close("section");
    }
    if !result.obligations.is_empty() {
        html.open("section", &[("class", "kzwp-section")]);
        html.element("h3", &[], t(Ui::ObligationsTitle));
        html.open("ul", &[]);
        for obligation in &result.obligations {
            html.open("li", &[]);
            finding_text(html, obligation, language);
            html.close("li");
        }
        html.close("ul").close("section");
    }

    // Checklist.
    html.open("section", &[("class", "kzwp-section"), ("part", "checklist")]);
    html.element("h3", &[], t(Ui::ChecklistTitle));
    html.open("ol", &[("class", "kzwp-checklist")]);
    for item in &result.checklist {
        html.open("li", &[]).text(&item.message.text);
        for link in &item.links {
            html.text(" ");
            html.element("a", &[("href", link), ("target", "_blank"), ("rel", "noopener noreferrer")], link.strip_prefix("https://").unwrap_or(link));
        }
        html.close("li");
    }
    html.close("ol").close("section");

    if let Some(contact) = contact {
        html.open("p", &[("class", "kzwp-contact")]);
        html.element("a", &[("href", contact.url), ("class", "kzwp-button"), ("part", "contact")], contact.label);
        html.close("p");
    }

    sources(html, result);

    html.open("section", &[("class", "kzwp-section")]);
    html.element("h3", &[], t(Ui::OpenPointsTitle));
    html.open("ul", &[("class", "kzwp-notes")]);
    for point in &result.open_points {
        html.element("li", &[], &point.text);
    }
    html.close("ul").close("section");

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

fn confidence_mark(html: &mut Html, confidence: Confidence, language: Language) {
    let (class, label) = match confidence {
        Confidence::Confirmed => ("kzwp-badge kzwp-confirmed", Ui::Confirmed),
        Confidence::Likely => ("kzwp-badge kzwp-likely", Ui::Likely),
        Confidence::Unconfirmed => ("kzwp-badge kzwp-unconfirmed", Ui::Unconfirmed),
    };
    html.element("span", &[("class", class)], ui(label, language));
}

/// The share of citizens, rounded half up to one decimal ("92,9 %"), or a dash without staff.
fn percent_text(citizens: u64, foreigners: u64, language: Language) -> String {
    text::share(citizens, citizens + foreigners, language).unwrap_or_else(|| "—".to_owned())
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
        (t(Ui::CitizensShare), percent_text(group.citizens, group.foreigners_before_hire, language), percent_text(group.citizens, group.foreigners, language)),
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

/// Every rule parameter the answer used, once, with its citation and confidence.
fn sources(html: &mut Html, result: &Assessment) {
    let language = result.language;
    let mut findings: Vec<&Finding> = vec![&result.permit_reason, &result.local_content.finding, &result.fee.finding];
    findings.extend(result.intra_corporate_transfer.iter().map(|c| &c.finding));
    findings.extend(result.deadlines.iter().map(|d| &d.finding));
    findings.extend(result.permit_term.iter());
    findings.extend(result.obligations.iter());
    let parameters = findings
        .into_iter()
        .flat_map(|f| f.parameters.iter())
        .chain(result.local_content.groups.iter().flat_map(|g| g.parameters.iter()));
    let mut used: Vec<(String, &Parameter)> = Vec::new();
    for parameter in parameters {
        let key = format!("{}{}", parameter.id.name(), parameter.effective_from);
        if let Err(i) = used.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            used.insert(i, (key, parameter));
        }
    }

    html.open("section", &[("class", "kzwp-section"), ("part", "citations")]);
    html.element("h3", &[], ui(Ui::SourcesTitle, language));
    html.open("ul", &[("class", "kzwp-sources")]);
    for (_, parameter) in &used {
        html.open("li", &[]);
        confidence_mark(html, parameter.confidence, language);
        html.text(" ").element("code", &[], parameter.id.name()).text(": ");
        html.text(&parameter.citation.act).text(", ").text(&parameter.citation.clause);
        if !parameter.citation.url.is_empty() {
            html.text(" ");
            let host = parameter.citation.url.split('/').nth(2).unwrap_or(&parameter.citation.url);
            html.element("a", &[("href", &parameter.citation.url), ("target", "_blank"), ("rel", "noopener noreferrer")], host);
        }
        html.close("li");
    }
    html.close("ul").close("section");
}

/// The deadlines in date order, those without a date last (the result screen and the summary
/// share it, so the sort is compiled once).
pub(super) fn by_date(deadlines: &[Deadline]) -> Vec<&Deadline> {
    let mut sorted: Vec<&Deadline> = deadlines.iter().collect();
    sorted.sort_by_key(|d| (d.date.is_none(), d.date));
    sorted
}
