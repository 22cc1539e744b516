//! The `<kz-work-permit>` widget: Rust renders the journey into the element's shadow root and
//! handles its events; `src/web/element.js` (served minified as `www/kz-work-permit.js`) only defines the element and forwards attributes.

mod answers;
mod form;
mod result;
pub mod takeaway;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot};

use crate::assess::{Assessment, ErrorCode, InputError};
use crate::rules::RuleBook;
use crate::text::Language;
use crate::web::html::Html;
use crate::web::ui_text::{ui, Ui};
use crate::Input;
pub use answers::{Answers, Step};

// widget.css without comments and spare white space (see build.rs).
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// One widget on the page.
#[wasm_bindgen]
pub struct Widget {
    state: Rc<RefCell<State>>,
    /// Every listener with the target and event it is registered for, removed again on drop.
    listeners: Vec<Listener>,
}

/// An event listener: where it listens, to which event, and the closure it runs.
type Listener = (web_sys::EventTarget, &'static str, Closure<dyn FnMut(Event)>);

/// The element replaces a widget when the visitor switches to a language another build carries;
/// the old one must stop listening to the shadow root and the window it shares with the new one.
impl Drop for Widget {
    fn drop(&mut self) {
        for (target, event, closure) in &self.listeners {
            let _ = target.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

struct State {
    root: ShadowRoot,
    host: HtmlElement,
    language: Language,
    as_of: Option<String>,
    contact_url: String,
    contact_label: String,
    answers: Answers,
    step: Step,
    /// Set when a Change link on the summary opened a step: Continue goes back to the summary.
    from_summary: bool,
    errors: Vec<InputError>,
    result: Option<Assessment>,
    /// The id to focus after the next render; `None` focuses nothing (typing continues).
    focus: Option<String>,
    /// Whether to keep the URL fragment in step with the answers.
    use_fragment: bool,
    /// The built-in rules with the site owner's overrides.
    rules: RuleBook,
    /// The site owner's invalid overrides, reported with the result.
    override_errors: Vec<crate::rules::OverrideError>,
}

#[wasm_bindgen]
impl Widget {
    /// Mounts a widget into `root`, the shadow root of `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(root: ShadowRoot, host: HtmlElement) -> Result<Widget, JsValue> {
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLES)?;
        let sheets = js_sys::Array::of1(&sheet);
        js_sys::Reflect::set(&root, &JsValue::from_str("adoptedStyleSheets"), &sheets)?;
        let language = Language::ONLY.unwrap_or_else(|| language_of(&host));
        let host_has_no_url_state = host.has_attribute("no-url-state");
        let state = Rc::new(RefCell::new(State {
            root: root.clone(),
            host,
            language,
            as_of: None,
            contact_url: String::new(),
            contact_label: String::new(),
            answers: Answers::default(),
            step: Step::Employer,
            from_summary: false,
            errors: Vec::new(),
            result: None,
            focus: None,
            // Read here, before the first render restores answers from the fragment.
            use_fragment: !host_has_no_url_state,
            rules: RuleBook::built_in(),
            override_errors: Vec::new(),
        }));
        let mut listeners = Vec::new();
        for (event, handler) in [("click", on_click as fn(&Rc<RefCell<State>>, &Event)), ("submit", on_submit), ("input", on_input), ("change", on_input)] {
            let state = state.clone();
            let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| handler(&state, &event));
            root.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
            listeners.push((root.clone().into(), event, closure));
        }
        if let Some(window) = web_sys::window() {
            let state = state.clone();
            let closure = Closure::<dyn FnMut(Event)>::new(move |_event: Event| {
                let detail = with_state(&state, |s| {
                    s.restore_fragment();
                    s.render()
                });
                dispatch(&state, detail.flatten());
            });
            window.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref())?;
            listeners.push((window.into(), "popstate", closure));
        }
        let widget = Widget { state, listeners };
        let detail = with_state(&widget.state, |s| {
            s.restore_fragment();
            s.render()
        });
        dispatch(&widget.state, detail.flatten());
        Ok(widget)
    }

    /// Applies the site owner's rule overrides (`{parameters: [...]}`, or `null` for none). Each
    /// invalid override is reported on the console and in the result event's `overrideErrors`,
    /// and the built-in value stays.
    #[wasm_bindgen(js_name = setOverrides)]
    pub fn set_overrides(&self, overrides: JsValue) {
        let detail = with_state(&self.state, |s| {
            let (rules, problems) = crate::web::bridge::rule_book(&overrides);
            s.rules = rules;
            s.override_errors = problems;
            s.refresh()
        });
        dispatch(&self.state, detail.flatten());
    }

    /// The answers and the step, as the URL fragment holds them, for [`Widget::restore`].
    pub fn snapshot(&self) -> String {
        with_state(&self.state, |s| s.answers.to_fragment(s.step, |v| js_sys::encode_uri_component(v).into())).unwrap_or_default()
    }

    /// Restores a [`Widget::snapshot`] taken from another widget (the element does this when the
    /// visitor switches language), then focuses the element with id `focus_id`, if any.
    pub fn restore(&self, snapshot: &str, focus_id: &str) {
        let detail = with_state(&self.state, |s| {
            let decode = |v: &str| js_sys::decode_uri_component(v).ok().map(String::from);
            let restored = Answers::from_fragment(snapshot, decode).filter(|(answers, step)| *answers != s.answers || *step != s.step);
            let Some((answers, step)) = restored else {
                // Already showing these answers (the URL fragment had them): only move the focus.
                s.focus_element(focus_id);
                return None;
            };
            s.answers = answers;
            s.errors.clear();
            s.step = step;
            s.focus = if focus_id.is_empty() { None } else { Some(focus_id.to_owned()) };
            s.render()
        });
        dispatch(&self.state, detail.flatten());
    }

    /// Pins the assessment date (`YYYY-MM-DD`); an empty string means today in Kazakhstan.
    #[wasm_bindgen(js_name = setAsOf)]
    pub fn set_as_of(&self, date: &str) {
        let detail = with_state(&self.state, |s| {
            s.as_of = crate::calendar::parse_iso_date(date).map(|date| date.to_string());
            s.refresh()
        });
        dispatch(&self.state, detail.flatten());
    }

    /// Sets the site owner's call to action shown on the result screen.
    #[wasm_bindgen(js_name = setContact)]
    pub fn set_contact(&self, url: &str, label: &str) {
        let detail = with_state(&self.state, |s| {
            // Only web links are allowed, so an attribute cannot smuggle in a `javascript:` URL.
            let safe = url.starts_with("https://") || url.starts_with("http://") || url.starts_with("mailto:") || url.starts_with("tel:") || url.starts_with('/');
            s.contact_url = if safe { url.to_owned() } else { String::new() };
            s.contact_label = label.to_owned();
            s.refresh()
        });
        dispatch(&self.state, detail.flatten());
    }

    /// Whether the widget keeps its answers in the page's URL fragment (on by default).
    #[wasm_bindgen(js_name = setUseFragment)]
    pub fn set_use_fragment(&self, on: bool) {
        with_state(&self.state, |s| s.use_fragment = on);
    }

    /// The current step's name (`employer`, `staff`, `hire`, `dates`, `summary`, `result`).
    pub fn step(&self) -> String {
        with_state(&self.state, |s| s.step.name().to_owned()).unwrap_or_default()
    }
}

/// Runs `f` on the state unless it is already in use (a host page reacting to our event by calling
/// back into the widget); skipping is safe where a panic would kill the widget.
fn with_state<T>(state: &Rc<RefCell<State>>, f: impl FnOnce(&mut State) -> T) -> Option<T> {
    state.try_borrow_mut().ok().map(|mut s| f(&mut s))
}

/// Sends the `kz-work-permit-result` event once the state is released.
fn dispatch(state: &Rc<RefCell<State>>, detail: Option<JsValue>) {
    let Some(detail) = detail else { return };
    let Some(host) = state.try_borrow().ok().map(|s| s.host.clone()) else { return };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("kz-work-permit-result", &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn language_of(host: &HtmlElement) -> Language {
    let own = host.get_attribute("lang");
    let page = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
    own.or(page).and_then(|tag| Language::parse(&tag)).unwrap_or(Language::Ru)
}

fn on_click(state: &Rc<RefCell<State>>, event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(button) = target.closest("[data-action]").ok().flatten() else { return };
    let action = button.get_attribute("data-action").unwrap_or_default();
    event.prevent_default();
    let wanted = button.get_attribute("data-lang").and_then(|l| Language::parse(&l));
    if let (Some(only), Some(wanted), "lang") = (Language::ONLY, wanted, action.as_str()) {
        if wanted != only {
            // This build has one language: the element loads the other language's build when its
            // `lang` attribute changes, and asks this widget for the answers to carry over, so
            // the state must not be borrowed here.
            let host = state.try_borrow().ok().map(|s| s.host.clone());
            if let Some(host) = host {
                let _ = host.set_attribute("lang", wanted.code());
            }
        }
        return;
    }
    let detail = with_state(state, |s| {
        match action.as_str() {
            "back" => s.go(s.step.previous()),
            "change" => {
                let step = button.get_attribute("data-step").and_then(|n| Step::parse(&n)).unwrap_or(Step::Employer);
                s.from_summary = true;
                s.errors.clear();
                s.step = step;
                s.focus = button.get_attribute("data-key").map(|k| form::focus_target(&k));
                s.push_history();
                return s.render();
            }
            "result" => return s.show_result(),
            "answers" => s.go(Step::Summary),
            "restart" => {
                s.answers.clear();
                s.result = None;
                s.go(Step::Employer);
            }
            "lang" => {
                if let Some(language) = button.get_attribute("data-lang").and_then(|l| Language::parse(&l)) {
                    s.language = language;
                    s.focus = Some(format!("kzwp-lang-{}", language.code()));
                    return s.refresh();
                }
            }
            "ics" => {
                s.download_calendar();
                return None;
            }
            "copy-summary" => {
                let link = current_url();
                let text = s.result.as_ref().map(|r| takeaway::summary_text(r, &link)).unwrap_or_default();
                s.copy(&text);
                return None;
            }
            "copy-link" => {
                s.copy(&current_url());
                return None;
            }
            "print" => {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
                return None;
            }
            "focus" => {
                if let Some(id) = button.get_attribute("data-target") {
                    s.focus_element(&id);
                }
                return None;
            }
            _ => {}
        }
        s.render()
    });
    dispatch(state, detail.flatten());
}

fn on_submit(state: &Rc<RefCell<State>>, event: &Event) {
    event.prevent_default();
    let detail = with_state(state, |s| {
        s.errors = s.step_errors(s.step);
        if s.errors.is_empty() {
            let next = if s.from_summary { Step::Summary } else { s.step.next() };
            s.go(next);
        } else {
            s.focus = Some("kzwp-error-summary".to_owned());
        }
        s.render()
    });
    dispatch(state, detail.flatten());
}

fn on_input(state: &Rc<RefCell<State>>, event: &Event) {
    let Some(target) = event.target() else { return };
    let (name, value) = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        (input.name(), input.value())
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        (select.name(), select.value())
    } else {
        return;
    };
    with_state(state, |s| {
        s.answers.set(&name, &value);
        s.replace_history();
        // Questions that depend on an answer are shown or hidden in place, never redrawn, so
        // the control in use keeps its focus and no event fires while the DOM is replaced.
        if name == "hire.route" {
            s.set_shown(form::SEASONAL_ONLY, value == "seasonal");
        } else if name == "hire.citizenship" {
            s.set_shown(form::OTHER_COUNTRY_ONLY, value == answers::OTHER);
        }
    });
}

impl State {
    /// Moves to `step` (a new history entry), clearing the errors shown.
    fn go(&mut self, step: Step) {
        self.errors.clear();
        if step == Step::Summary || step == Step::Employer {
            self.from_summary = false;
        }
        self.step = step;
        self.focus = Some("kzwp-heading".to_owned());
        self.push_history();
    }

    /// The engine's errors for the questions of `step`, later questions filled with neutral answers.
    fn step_errors(&self, step: Step) -> Vec<InputError> {
        let raw = self.answers.to_raw(self.language, self.as_of.as_deref(), step);
        match Input::from_raw(raw, self.language) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .errors
                .into_iter()
                .filter(|e| Step::of_path(&e.path) == step || (step == Step::Staff && e.code == ErrorCode::StaffExceedsEmployees))
                .collect(),
        }
    }

    fn show_result(&mut self) -> Option<JsValue> {
        for step in Step::QUESTIONS {
            let errors = self.step_errors(step);
            if !errors.is_empty() {
                self.errors = errors;
                self.step = step;
                self.focus = Some("kzwp-error-summary".to_owned());
                return self.render();
            }
        }
        self.go(Step::Result);
        self.render()
    }

    /// Recomputes the result (if shown) and redraws, keeping the step and the answers.
    fn refresh(&mut self) -> Option<JsValue> {
        if !self.errors.is_empty() {
            self.errors = self.step_errors(self.step);
        }
        self.render()
    }

    /// Draws the current step; returns the assessment to announce when the result is shown.
    fn render(&mut self) -> Option<JsValue> {
        let language = self.language;
        let mut announce = None;
        if self.step == Step::Result {
            let raw = self.answers.to_raw(language, self.as_of.as_deref(), Step::Result);
            let assessed = Input::from_raw(raw, language)
                .and_then(|input| crate::assess_with(&input, &self.rules, crate::clock::today_in_kazakhstan()));
            match assessed {
                Ok(assessment) => {
                    announce = crate::web::bridge::assessment_to_js(&assessment, &self.override_errors).ok();
                    self.result = Some(assessment);
                }
                Err(errors) => {
                    self.result = None;
                    let step = errors.errors.first().map(|e| Step::of_path(&e.path)).unwrap_or(Step::Employer);
                    self.errors = errors.errors;
                    self.step = step;
                }
            }
        }

        let mut html = Html::new();
        html.open("div", &[("class", "kzwp"), ("part", "container"), ("lang", language.code())]);
        self.header(&mut html);
        html.open("div", &[("class", "kzwp-live"), ("aria-live", "polite"), ("role", "status")]).close("div");
        self.error_summary(&mut html);
        match self.step {
            Step::Summary => form::summary(&mut html, &self.answers, language),
            Step::Result => {
                if let Some(result) = &self.result {
                    let contact = (!self.contact_url.is_empty()).then(|| result::Contact {
                        url: &self.contact_url,
                        label: if self.contact_label.is_empty() { ui(Ui::ContactDefault, language) } else { &self.contact_label },
                    });
                    html.open("div", &[("part", "result"), ("class", "kzwp-result")]);
                    result::render(&mut html, result, contact);
                    // The answers, for the printed summary only.
                    html.open("div", &[("class", "kzwp-print-only")]);
                    form::answers_list(&mut html, &self.answers, language);
                    html.close("div");
                    html.close("div");
                }
            }
            step => form::FormView { step, answers: &self.answers, errors: &self.errors, language }.render(&mut html),
        }
        html.element("p", &[("class", "kzwp-privacy")], ui(Ui::Privacy, language));
        html.close("div");
        self.root.set_inner_html(&html.finish());

        if let Some(id) = self.focus.take() {
            if id == "kzwp-heading" {
                if let Ok(Some(heading)) = self.root.query_selector(".kzwp-heading") {
                    focus(&heading);
                }
            } else {
                self.focus_element(&id);
            }
        }
        announce
    }

    /// Offers the deadlines as an `.ics` file, made in the page (nothing is uploaded).
    fn download_calendar(&self) {
        let Some(result) = &self.result else { return };
        let stamp = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).map(|t| t.naive_utc()).unwrap_or_default();
        let text = takeaway::calendar_file(result, stamp);
        let parts = js_sys::Array::of1(&JsValue::from_str(&text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/calendar;charset=utf-8");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        let Some(document) = self.root.owner_document() else { return };
        if let Ok(anchor) = document.create_element("a") {
            let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
            anchor.set_href(&url);
            anchor.set_download(&format!("kz-work-permit-{}.ics", result.as_of));
            anchor.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }

    /// Copies `text` and says so in the live region.
    fn copy(&self, text: &str) {
        let Some(window) = web_sys::window() else { return };
        let promise = window.navigator().clipboard().write_text(text);
        let (root, language) = (self.root.clone(), self.language);
        let say = move |key: Ui| {
            if let Ok(Some(live)) = root.query_selector(".kzwp-live") {
                live.set_text_content(Some(ui(key, language)));
            }
        };
        let said = say.clone();
        let done = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| said(Ui::Copied));
        let failed = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| say(Ui::CopyFailed));
        let _ = promise.then2(&done, &failed);
        // Each runs at most once, when the clipboard answers; they are small and must outlive this call.
        done.forget();
        failed.forget();
    }

    fn set_shown(&self, id: &str, shown: bool) {
        if let Some(element) = self.root.get_element_by_id(id) {
            let _ = if shown { element.remove_attribute("hidden") } else { element.set_attribute("hidden", "") };
        }
    }

    fn focus_element(&self, id: &str) {
        if let Some(element) = self.root.get_element_by_id(id) {
            focus(&element);
        }
    }

    fn header(&self, html: &mut Html) {
        html.open("header", &[("class", "kzwp-header"), ("part", "header")]);
        html.element("p", &[("class", "kzwp-title")], ui(Ui::Title, self.language));
        html.open("div", &[("class", "kzwp-languages"), ("role", "group"), ("aria-label", ui(Ui::LanguageLabel, self.language))]);
        for (language, name) in [(Language::Kk, "Қазақша"), (Language::Ru, "Русский"), (Language::En, "English")] {
            let id = format!("kzwp-lang-{}", language.code());
            let pressed = if language == self.language { "true" } else { "false" };
            html.element(
                "button",
                &[("type", "button"), ("id", &id), ("class", "kzwp-lang"), ("data-action", "lang"), ("data-lang", language.code()), ("lang", language.code()), ("aria-pressed", pressed)],
                name,
            );
        }
        html.close("div").close("header");
        if self.step == Step::Employer && self.errors.is_empty() {
            html.element("p", &[("class", "kzwp-intro")], ui(Ui::Intro, self.language));
        }
    }

    fn error_summary(&self, html: &mut Html) {
        if self.errors.is_empty() || matches!(self.step, Step::Summary | Step::Result) {
            return;
        }
        html.open("div", &[("class", "kzwp-error-summary"), ("id", "kzwp-error-summary"), ("tabindex", "-1"), ("role", "alert"), ("aria-labelledby", "kzwp-error-summary-title")]);
        html.element("h2", &[("id", "kzwp-error-summary-title")], ui(Ui::ErrorSummaryTitle, self.language));
        html.open("ul", &[]);
        for error in &self.errors {
            let key = form::error_key(error, &self.answers);
            let target = form::focus_target(&key);
            html.open("li", &[]);
            html.element("a", &[("href", &format!("#{target}")), ("data-action", "focus"), ("data-target", &target)], &error.message);
            html.close("li");
        }
        html.close("ul").close("div");
    }

    fn push_history(&self) {
        self.write_history(true);
    }

    fn replace_history(&self) {
        self.write_history(false);
    }

    /// Keeps the answers in the URL fragment (never the query, so they never reach a server).
    fn write_history(&self, push: bool) {
        if !self.use_fragment {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let fragment = self.answers.to_fragment(self.step, |v| js_sys::encode_uri_component(v).into());
        let url = format!("#{fragment}");
        if let Ok(history) = window.history() {
            if window.location().hash().ok().as_deref() == Some(url.as_str()) {
                return;
            }
            let _ = if push {
                history.push_state_with_url(&JsValue::NULL, "", Some(&url))
            } else {
                history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
            };
        }
    }

    fn restore_fragment(&mut self) {
        if !self.use_fragment {
            return;
        }
        let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else { return };
        let decode = |v: &str| js_sys::decode_uri_component(v).ok().map(String::from);
        if let Some((answers, step)) = Answers::from_fragment(&hash, decode) {
            self.answers = answers;
            self.errors.clear();
            self.step = step;
            self.focus = None;
        }
    }
}

fn current_url() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}
