//! An iCalendar (RFC 5545) file of all-day events: CRLF line ends, lines folded at 75 octets
//! without splitting a character, text escaped, a stable UID per event and a DTSTAMP.
//!
//! ```
//! use chrono::NaiveDate;
//! use kz_work_permit::ics::{calendar, Event};
//! let date = NaiveDate::from_ymd_opt(2026, 4, 2).unwrap();
//! let stamp = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(9, 30, 0).unwrap();
//! let alarm = NaiveDate::from_ymd_opt(2026, 3, 27).unwrap().and_hms_opt(4, 0, 0).unwrap();
//! let text = calendar(&[Event { uid: "reviewDue-20260402".into(), date, summary: "Review due; 6 working days".into(), description: String::new(), alarms: vec![alarm] }], stamp, "en");
//! assert!(text.contains("DTSTART;VALUE=DATE:20260402\r\n"));
//! assert!(text.contains("SUMMARY;LANGUAGE=en:Review due\\; 6 working days\r\n"));
//! assert!(text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"));
//! assert!(text.contains("TRIGGER;VALUE=DATE-TIME:20260327T040000Z\r\n"));
//! assert!(text.lines().all(|line| line.len() <= 75));
//! ```

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};


/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique within the file; `@kz-work-permit` is appended.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
    /// When to remind (UTC): a display alarm each.
    pub alarms: Vec<NaiveDateTime>,
}

/// The calendar file; `stamp` is the UTC time it is made (DTSTAMP), `language` a BCP 47 tag.
pub fn calendar(events: &[Event], stamp: NaiveDateTime, language: &str) -> String {
    let mut out = String::new();
    let stamp = utc(stamp);
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kz-work-permit//deadlines//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
        push(&mut out, line);
    }
    for event in events {
        let next = event.date.checked_add_days(Days::new(1)).unwrap_or(event.date);
        push(&mut out, "BEGIN:VEVENT");
        push(&mut out, &format!("UID:{}@kz-work-permit", escape(&event.uid)));
        push(&mut out, &format!("DTSTAMP:{stamp}"));
        push(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact_date(event.date)));
        push(&mut out, &format!("DTEND;VALUE=DATE:{}", compact_date(next)));
        push(&mut out, &format!("SUMMARY;LANGUAGE={language}:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            push(&mut out, &format!("DESCRIPTION;LANGUAGE={language}:{}", escape(&event.description)));
        }
        push(&mut out, "TRANSP:TRANSPARENT");
        for alarm in &event.alarms {
            push(&mut out, "BEGIN:VALARM");
            push(&mut out, "ACTION:DISPLAY");
            push(&mut out, &format!("DESCRIPTION;LANGUAGE={language}:{}", escape(&event.summary)));
            push(&mut out, &format!("TRIGGER;VALUE=DATE-TIME:{}", utc(*alarm)));
            push(&mut out, "END:VALARM");
        }
        push(&mut out, "END:VEVENT");
    }
    push(&mut out, "END:VCALENDAR");
    out
}

/// A UTC time in iCalendar's basic format, `YYYYMMDDTHHMMSSZ`.
fn utc(time: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}{:02}Z", compact_date(time.date()), time.hour(), time.minute(), time.second())
}

/// `date` in the basic format iCalendar uses, `YYYYMMDD`.
pub fn compact_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// Escapes text values: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (a CRLF and a space start each continuation).
fn push(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
}
