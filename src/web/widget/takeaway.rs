//! What the visitor takes away: the deadlines as an iCalendar file and the result as plain text.

use super::result::{deadline_title, footer};
use crate::assess::{Assessment, DeadlineStatus};
use crate::ics::{self, Event};
use crate::text::fill_named;
use crate::web::ui_text::{self, ui, Ui};

/// Every dated deadline as an all-day event, in the assessment's language.
pub fn calendar_file(result: &Assessment, stamp: chrono::NaiveDateTime) -> String {
    let language = result.language;
    let events: Vec<Event> = result
        .deadlines
        .iter()
        .filter(|d| d.status == DeadlineStatus::Computed)
        .filter_map(|d| {
            let date = d.date?;
            let mut description = d.finding.message.clone();
            for note in &d.notes {
                description.push('\n');
                description.push_str(&note.text);
            }
            Some(Event { uid: format!("{}-{}", d.id.name(), crate::ics::compact_date(date)), date, summary: ui(deadline_title(d.id), language).to_owned(), description })
        })
        .collect();
    ics::calendar(&events, stamp, language.code())
}

/// The result as plain text, for "Copy summary".
pub fn summary_text(result: &Assessment, link: &str) -> String {
    let language = result.language;
    let t = |key| ui(key, language);
    let mut lines = vec![t(Ui::Title).to_owned(), String::new()];
    lines.push(t(if result.permit_needed { Ui::PermitNeeded } else { Ui::PermitNotNeeded }).to_owned());
    lines.push(result.permit_reason.message.clone());
    lines.push(result.local_content.finding.message.clone());
    for group in &result.local_content.groups {
        let [a, b] = group.categories;
        let caption = fill_named(t(Ui::GroupCaption), &[("first", a.to_string()), ("second", b.to_string()), ("percent", group.min_citizen_percent.to_string())]);
        let status = t(if group.meets { Ui::MetAfterHire } else { Ui::NotMetAfterHire });
        lines.push(format!("- {caption}: {} {}, {} {}; {status}", group.citizens, t(Ui::Citizens), group.foreigners, t(Ui::Foreigners)));
    }
    lines.push(String::new());
    lines.push(t(Ui::DeadlinesTitle).to_owned());
    for deadline in super::result::by_date(&result.deadlines) {
        if let Some(date) = deadline.date {
            lines.push(format!("- {}: {}", ui_text::date_with_weekday(date, language), t(deadline_title(deadline.id))));
        }
    }
    lines.push(String::new());
    lines.push(format!("{}: {}", t(Ui::FeeTitle), result.fee.finding.message));
    if let Some(note) = &result.verify_with_counsel {
        lines.push(note.text.clone());
    }
    lines.push(footer(result, language));
    if !link.is_empty() {
        lines.push(link.to_owned());
    }
    lines.join("\n")
}
