//! Showing the state in the shadow root: the page around the steps (header, language buttons,
//! error summary, privacy line), the step itself (from `form` and `result`), and the focus. Every
//! render replaces the shadow root's content; nothing here changes the state.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, HtmlElement, ShadowRoot};

use super::answers::Step;
use super::form;
use super::result;
use super::state::State;
use super::takeaway;
use crate::text::Language;
use crate::web::html::Html;
use crate::web::ui_text::{ui, Ui};

// widget.css without comments and spare white space (see build.rs).
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// The widget's shadow root.
#[derive(Clone)]
pub struct View {
    root: ShadowRoot,
}

impl View {
    /// The view of `root`, with the widget's stylesheet adopted into it (a constructed sheet, so
    /// the rules are parsed once and survive every render).
    pub fn new(root: ShadowRoot) -> Result<View, JsValue> {
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLES)?;
        let sheets = js_sys::Array::of1(&sheet);
        js_sys::Reflect::set(&root, &JsValue::from_str("adoptedStyleSheets"), &sheets)?;
        Ok(View { root })
    }

    /// The document the widget is in, for the download link.
    pub fn document(&self) -> Option<Document> {
        self.root.owner_document()
    }

    /// Draws `state`, then focuses the element with id `focus`: the step's heading for
    /// `kzwp-heading` (a new step is announced from its heading), nothing for `None`.
    pub fn render(&self, state: &State, focus: Option<&str>) {
        let language = state.language;
        let mut html = Html::new();
        html.open("div", &[("class", "kzwp"), ("part", "container"), ("lang", language.code())]);
        header(&mut html, state);
        html.open("div", &[("class", "kzwp-live"), ("aria-live", "polite"), ("role", "status")]).close("div");
        error_summary(&mut html, state);
        match state.step {
            Step::Summary => form::summary(&mut html, &state.answers, language),
            Step::Result => {
                if let Some(result) = &state.result {
                    let answers = form::answer_rows(&state.answers, language);
                    let link = super::browser::current_url();
                    // A call to action with an address, or with a label only (a firm that opens its
                    // own form on the kz-work-permit-contact event).
                    let contact = (!state.contact_url.is_empty() || !state.contact_label.is_empty()).then(|| result::Contact {
                        href: (!state.contact_url.is_empty()).then(|| takeaway::contact_href(&state.contact_url, result, &answers, &state.firm_name, &link)),
                        label: if state.contact_label.is_empty() { ui(Ui::ContactDefault, language) } else { &state.contact_label },
                    });
                    let brand = result::Brand { name: &state.firm_name, logo: state.has_logo };
                    html.open("div", &[("part", "result"), ("class", "kzwp-result")]);
                    result::render(&mut html, result, contact, &brand);
                    // The printed page: a summary of its own (the screen's result is not printed).
                    result::print_summary(&mut html, result, &takeaway::Digest::of(result), |html| form::answers_list(html, &state.answers, language));
                    html.close("div");
                }
            }
            step => form::FormView { step, answers: &state.answers, errors: &state.errors, checks: &state.checks, language }.render(&mut html),
        }
        html.element("p", &[("class", "kzwp-privacy")], ui(Ui::Privacy, language));
        html.close("div");
        self.root.set_inner_html(&html.finish());

        match focus {
            Some("kzwp-heading") => {
                if let Ok(Some(heading)) = self.root.query_selector(".kzwp-heading") {
                    focus_on(&heading);
                }
            }
            Some(id) => self.focus(id),
            None => {}
        }
    }

    /// Focuses the element with id `id`, if there is one.
    pub fn focus(&self, id: &str) {
        if let Some(element) = self.root.get_element_by_id(id) {
            focus_on(&element);
        }
    }

    /// Shows or hides the block with id `id` in place, without a render, so that the control the
    /// visitor is using keeps its focus.
    pub fn set_shown(&self, id: &str, shown: bool) {
        if let Some(element) = self.root.get_element_by_id(id) {
            let _ = if shown { element.remove_attribute("hidden") } else { element.set_attribute("hidden", "") };
        }
    }

    /// Puts `text` in the live region, which screen readers read out: on the result, the one
    /// beside the takeaway buttons, which shows it too.
    pub fn announce(&self, text: &str) {
        let region = self.root.query_selector(".kzwp-feedback").ok().flatten().or_else(|| self.root.query_selector(".kzwp-live").ok().flatten());
        if let Some(region) = region {
            region.set_text_content(Some(text));
        }
    }
}

/// The title and the language buttons; the introduction on the first step.
fn header(html: &mut Html, state: &State) {
    html.open("header", &[("class", "kzwp-header"), ("part", "header")]);
    html.element("p", &[("class", "kzwp-title")], ui(Ui::Title, state.language));
    html.open("div", &[("class", "kzwp-languages"), ("role", "group"), ("aria-label", ui(Ui::LanguageLabel, state.language))]);
    for (language, name) in [(Language::Kk, "Қазақша"), (Language::Ru, "Русский"), (Language::En, "English")] {
        let id = format!("kzwp-lang-{}", language.code());
        let pressed = if language == state.language { "true" } else { "false" };
        html.element(
            "button",
            &[("type", "button"), ("id", &id), ("class", "kzwp-lang"), ("data-action", "lang"), ("data-lang", language.code()), ("lang", language.code()), ("aria-pressed", pressed)],
            name,
        );
    }
    html.close("div").close("header");
    if state.step == Step::Employer && state.errors.is_empty() {
        html.element("p", &[("class", "kzwp-intro")], ui(Ui::Intro, state.language));
    }
}

/// The errors of a question step, each naming its question and a link that focuses its control
/// (the GOV.UK error summary); or else the unusual answers to confirm, each a link to its tick box.
fn error_summary(html: &mut Html, state: &State) {
    if matches!(state.step, Step::Summary | Step::Result) {
        return;
    }
    let language = state.language;
    // Each line: the control its link focuses, the question it names, what is wrong.
    let (title, class, items): (Ui, &str, Vec<(String, &str, &str)>) = if !state.errors.is_empty() {
        let items = state.errors.iter().map(|e| (form::focus_target(&e.path), e.path.as_str(), e.message.as_str())).collect();
        (Ui::ErrorSummaryTitle, "kzwp-error-summary", items)
    } else if !state.checks.is_empty() {
        let items = state.checks.iter().map(|c| (format!("{}-confirm", form::field_id(&c.key)), c.key.as_str(), c.message.as_str())).collect();
        (Ui::ConfirmTitle, "kzwp-error-summary kzwp-check-summary", items)
    } else {
        return;
    };
    html.open("div", &[("class", class), ("id", "kzwp-error-summary"), ("tabindex", "-1"), ("role", "alert"), ("aria-labelledby", "kzwp-error-summary-title")]);
    html.element("h2", &[("id", "kzwp-error-summary-title")], ui(title, language));
    html.open("ul", &[]);
    for (target, key, message) in items {
        let label = form::question_label(key, language);
        let text = if label.is_empty() { message.to_owned() } else { format!("{label}: {message}") };
        html.open("li", &[]);
        html.element("a", &[("href", &format!("#{target}")), ("data-action", "focus"), ("data-target", &target)], &text);
        html.close("li");
    }
    html.close("ul").close("div");
}

fn focus_on(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}
