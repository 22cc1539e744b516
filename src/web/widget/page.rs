//! The page around every step (the container, the title and language buttons, the live region,
//! the error summary, the privacy line), and the first step as the element paints it before the
//! WebAssembly has arrived.
//!
//! Plain Rust, compiled natively too: `examples/prerender.rs` writes [`first_step`] and
//! [`STYLESHEET`] into the module the build bundles into the element, so the first paint and every
//! later render come from this same code.

use chrono::NaiveDate;

use super::answers::{Answers, Step};
use super::form::{field_id, focus_target, question_label, FormView};
use crate::rules::RuleBook;
use crate::text::Language;
use crate::web::html::Html;
use crate::web::ui_text::{ui, Ui};

/// widget.css without comments and spare white space (see build.rs). The element, which the build
/// bundles it into, adopts it before the widget is mounted; the full build's widget adopts it itself.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// The first step (about the employer) with no answers, as the widget's first render draws it
/// for a visitor in `language` whose page address holds no answers to restore.
pub fn first_step(language: Language) -> String {
    first_step_with(language, &RuleBook::built_in(), crate::clock::today_in_kazakhstan())
}

/// The first step as [`first_step`] draws it, with `rules` in force on `today` (the widget's own
/// rules: a site owner's overrides change the limits its hints quote).
pub fn first_step_with(language: Language, rules: &RuleBook, today: NaiveDate) -> String {
    let answers = Answers::default();
    let view = FormView { step: Step::Employer, answers: &answers, errors: &[], checks: &[], language, rules, today };
    let mut html = Html::new();
    open(&mut html, &view);
    view.render(&mut html);
    close(&mut html, language);
    html.finish()
}

/// Opens the page around the step of `view`: the container, the header, the live region and,
/// on a question step, the error summary.
pub fn open(html: &mut Html, view: &FormView) {
    html.open("div", &[("class", "kzwp"), ("part", "container"), ("lang", view.language.code())]);
    header(html, view);
    html.open("div", &[("class", "kzwp-live"), ("aria-live", "polite"), ("role", "status")]).close("div");
    error_summary(html, view);
}

/// Closes the page [`open`] began, with the privacy line.
pub fn close(html: &mut Html, language: Language) {
    html.element("p", &[("class", "kzwp-privacy")], ui(Ui::Privacy, language));
    html.close("div");
}

/// The title and the language buttons; the introduction on the first step.
fn header(html: &mut Html, view: &FormView) {
    html.open("header", &[("class", "kzwp-header"), ("part", "header")]);
    html.element("p", &[("class", "kzwp-title")], ui(Ui::Title, view.language));
    html.open("div", &[("class", "kzwp-languages"), ("role", "group"), ("aria-label", ui(Ui::LanguageLabel, view.language))]);
    for (language, name) in [(Language::Kk, "Қазақша"), (Language::Ru, "Русский"), (Language::En, "English")] {
        let id = format!("kzwp-lang-{}", language.code());
        let pressed = if language == view.language { "true" } else { "false" };
        html.element(
            "button",
            &[("type", "button"), ("id", &id), ("class", "kzwp-lang"), ("data-action", "lang"), ("data-lang", language.code()), ("lang", language.code()), ("aria-pressed", pressed)],
            name,
        );
    }
    html.close("div").close("header");
    if view.step == Step::Employer && view.errors.is_empty() {
        html.element("p", &[("class", "kzwp-intro")], ui(Ui::Intro, view.language));
    }
}

/// The errors of a question step, each naming its question and a link that focuses its control
/// (the GOV.UK error summary); or else the unusual answers to confirm, each a link to its tick box.
fn error_summary(html: &mut Html, view: &FormView) {
    if matches!(view.step, Step::Summary | Step::Result) {
        return;
    }
    let language = view.language;
    // Each line: the control its link focuses, the question it names, what is wrong.
    let (title, class, items): (Ui, &str, Vec<(String, &str, &str)>) = if !view.errors.is_empty() {
        let items = view.errors.iter().map(|e| (focus_target(&e.path), e.path.as_str(), e.message.as_str())).collect();
        (Ui::ErrorSummaryTitle, "kzwp-error-summary", items)
    } else if !view.checks.is_empty() {
        let items = view.checks.iter().map(|c| (format!("{}-confirm", field_id(&c.key)), c.key.as_str(), c.message.as_str())).collect();
        (Ui::ConfirmTitle, "kzwp-error-summary kzwp-check-summary", items)
    } else {
        return;
    };
    html.open("div", &[("class", class), ("id", "kzwp-error-summary"), ("tabindex", "-1"), ("role", "alert"), ("aria-labelledby", "kzwp-error-summary-title")]);
    html.element("h2", &[("id", "kzwp-error-summary-title")], ui(title, language));
    html.open("ul", &[]);
    for (target, key, message) in items {
        let label = question_label(key, language);
        let text = if label.is_empty() { message.to_owned() } else { format!("{label}: {message}") };
        html.open("li", &[]);
        html.element("a", &[("href", &format!("#{target}")), ("data-action", "focus"), ("data-target", &target)], &text);
        html.close("li");
    }
    html.close("ul").close("div");
}

