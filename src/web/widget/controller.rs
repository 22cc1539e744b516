//! What the visitor's clicks, form submissions and typing do: each event changes the state, then
//! the view draws it, and the page hears of a new result through the `kz-work-permit-result`
//! event.
//!
//! The widget's parts live in one `RefCell`, borrowed with `try_borrow_mut`: a host page that
//! calls back into the widget while it handles an event finds it busy and is skipped, where a
//! second borrow would panic and kill the widget.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, Event, EventTarget, HtmlElement, HtmlInputElement, ShadowRoot};

use super::answers::Step;
use super::browser;
use super::form;
use super::state::State;
use super::takeaway;
use super::view::View;
use crate::text::Language;
use crate::web::ui_text::{self, ui, Ui};

/// The state, the view that shows it, and the element they belong to.
pub struct Controller {
    pub state: State,
    pub view: View,
    pub host: HtmlElement,
}

/// The controller, shared by the widget and its event listeners.
pub type Shared = Rc<RefCell<Controller>>;

/// An event listener: where it listens, to which event, and the closure it runs.
pub type Listener = (EventTarget, &'static str, Closure<dyn FnMut(Event)>);

/// Runs `f` on the controller unless it is already in use (a host page reacting to our event by
/// calling back into the widget); skipping is safe where a panic would kill the widget.
pub fn with<T>(shared: &Shared, f: impl FnOnce(&mut Controller) -> T) -> Option<T> {
    shared.try_borrow_mut().ok().map(|mut c| f(&mut c))
}

/// Runs `f`, which returns the assessment to announce if it showed one, then sends the page the
/// `kz-work-permit-result` event once the controller is released (a listener may call back).
pub fn update(shared: &Shared, f: impl FnOnce(&mut Controller) -> Option<JsValue>) {
    let detail = with(shared, f).flatten();
    dispatch(shared, detail);
}

fn dispatch(shared: &Shared, detail: Option<JsValue>) {
    let Some(detail) = detail else { return };
    send(shared, "kz-work-permit-result", &detail);
}

/// Sends the page the event `name` with `detail` from the element (cancelable); returns whether
/// a listener cancelled it.
fn send(shared: &Shared, name: &str, detail: &JsValue) -> bool {
    let Some(host) = shared.try_borrow().ok().map(|c| c.host.clone()) else { return false };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => !host.dispatch_event(&event).unwrap_or(true),
        Err(_) => false,
    }
}

/// Listens for the visitor's events in the shadow root, and for the browser's Back and Forward
/// buttons on the window. The widget removes the listeners again when it is dropped.
pub fn listen(shared: &Shared, root: &ShadowRoot) -> Result<Vec<Listener>, JsValue> {
    let mut listeners = Vec::new();
    for (event, handler) in [("click", on_click as fn(&Shared, &Event)), ("submit", on_submit), ("input", on_input), ("change", on_input)] {
        let shared = shared.clone();
        let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| handler(&shared, &event));
        root.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
        listeners.push((root.clone().into(), event, closure));
    }
    if let Some(window) = web_sys::window() {
        let shared = shared.clone();
        let closure = Closure::<dyn FnMut(Event)>::new(move |_event: Event| update(&shared, Controller::show_fragment));
        window.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref())?;
        listeners.push((window.into(), "popstate", closure));
    }
    Ok(listeners)
}

/// A button with `data-action`: what it names, done.
fn on_click(shared: &Shared, event: &Event) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(button) = target.closest("[data-action]").ok().flatten() else { return };
    let action = button.get_attribute("data-action").unwrap_or_default();
    if action == "contact" {
        // The firm's call to action: the page hears of it with the assessment; a link is followed
        // unless a listener cancels the event (a firm that opens its own form instead).
        let detail = with(shared, |c| c.state.result.as_ref().and_then(|r| crate::web::bridge::assessment_to_js(r, &c.state.override_errors).ok())).flatten();
        if send(shared, "kz-work-permit-contact", &detail.unwrap_or(JsValue::NULL)) {
            event.prevent_default();
        }
        return;
    }
    event.prevent_default();
    let wanted = button.get_attribute("data-lang").and_then(|l| Language::parse(&l));
    if let (Some(only), Some(wanted), "lang") = (Language::ONLY, wanted, action.as_str()) {
        if wanted != only {
            // This build has one language: the element loads the other language's build when its
            // `lang` attribute changes, and asks this widget for the answers to carry over, so
            // the controller must not be borrowed here.
            let host = shared.try_borrow().ok().map(|c| c.host.clone());
            if let Some(host) = host {
                let _ = host.set_attribute("lang", wanted.code());
            }
        }
        return;
    }
    update(shared, |c| c.act(&action, &button));
}

/// Continue: the step's answers are checked, then the next step (or the summary, when a Change
/// link opened this one) is shown, or the errors are, or the unusual answers still to confirm.
fn on_submit(shared: &Shared, event: &Event) {
    event.prevent_default();
    update(shared, |c| {
        let s = &mut c.state;
        s.errors = s.step_errors(s.step);
        s.checks = if s.errors.is_empty() { s.unconfirmed_checks(s.step) } else { Vec::new() };
        if s.errors.is_empty() && s.checks.is_empty() {
            let next = if s.from_summary { Step::Summary } else { s.step.next() };
            s.go(next);
        } else {
            s.focus = Some("kzwp-error-summary".to_owned());
        }
        c.render()
    });
}

/// Typing or choosing: the answer is kept (and the URL fragment with it), without a render.
fn on_input(shared: &Shared, event: &Event) {
    let Some(target) = event.target() else { return };
    let Some(input) = target.dyn_ref::<HtmlInputElement>() else { return };
    let (name, value) = (input.name(), input.value());
    with(shared, |c| {
        if name == form::CONFIRM {
            // A tick on "yes, this is right": the value of its input is the answer's key.
            let checked = target.dyn_ref::<HtmlInputElement>().is_some_and(|i| i.checked());
            c.state.confirm(&value, checked);
            return;
        }
        // A country is kept as its code once the text names one, so that the answer holds in
        // every language; other text is kept as typed, and reported on Continue.
        let value = if name == "hire.citizenship" { ui_text::country_code(&value, c.state.language).unwrap_or(value) } else { value };
        c.state.answers.set(&name, &value);
        c.state.replace_history();
        // Questions that depend on an answer are shown or hidden in place, never redrawn, so
        // the control in use keeps its focus and no event fires while the DOM is replaced.
        if name == "hire.route" {
            c.view.set_shown(form::SEASONAL_ONLY, value == "seasonal");
            c.view.set_shown(form::PERMIT_ONLY, value == "permit");
        }
    });
}

impl Controller {
    /// Draws the state; returns the assessment to announce when the result is shown.
    pub fn render(&mut self) -> Option<JsValue> {
        let announce = self.state.assess();
        self.state.has_logo = self.host.query_selector("[slot=logo]").ok().flatten().is_some();
        let focus = self.state.focus.take();
        self.view.render(&self.state, focus.as_deref());
        announce
    }

    /// Checks the errors shown again and redraws, keeping the step and the answers (after a
    /// setting changed: the language, the date, the contact or the rules).
    pub fn refresh(&mut self) -> Option<JsValue> {
        self.state.recheck();
        self.render()
    }

    /// After a setting that only the result screen and the errors show changed (the date, the
    /// contact, the rules): redraws when one of them is on screen, else nothing shown changed. The
    /// element applies its settings one by one right after mounting, and redrawing the first
    /// question for each of them tripled the work before the first paint.
    pub fn setting_changed(&mut self) -> Option<JsValue> {
        if self.state.step == Step::Result || !self.state.errors.is_empty() {
            self.refresh()
        } else {
            None
        }
    }

    /// Shows the answers of the page's URL fragment (on mounting, and on Back and Forward).
    pub fn show_fragment(&mut self) -> Option<JsValue> {
        self.state.restore_fragment();
        self.render()
    }

    /// Shows the answers of another widget's snapshot, focusing `focus_id` (if not empty); if
    /// they are shown already (the URL fragment had them), only the focus moves.
    pub fn restore(&mut self, snapshot: &str, focus_id: &str) -> Option<JsValue> {
        if !self.state.restore(snapshot) {
            self.view.focus(focus_id);
            return None;
        }
        self.state.focus = if focus_id.is_empty() { None } else { Some(focus_id.to_owned()) };
        self.render()
    }

    /// The `data-action` of `button`.
    fn act(&mut self, action: &str, button: &Element) -> Option<JsValue> {
        let s = &mut self.state;
        match action {
            "back" => s.go(s.step.previous()),
            "change" => {
                // A Change link on the summary: the step, its control focused, and Continue
                // coming back to the summary.
                let step = button.get_attribute("data-step").and_then(|n| Step::parse(&n)).unwrap_or(Step::Employer);
                s.from_summary = true;
                s.errors.clear();
                s.checks.clear();
                s.step = step;
                s.focus = button.get_attribute("data-key").map(|k| form::focus_target(&k));
                s.push_history();
            }
            "result" => s.go_to_result(),
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
                    return self.refresh();
                }
            }
            "ics" => {
                self.download_calendar();
                return None;
            }
            "copy-summary" => {
                let link = browser::current_url();
                let answers = form::answer_rows(&s.answers, s.language);
                let text = s.result.as_ref().map(|r| takeaway::summary_text(r, &answers, &s.firm_name, &link)).unwrap_or_default();
                self.copy(&text);
                return None;
            }
            "copy-link" => {
                self.copy(&browser::current_url());
                return None;
            }
            "print" => {
                if let (Some(document), Some(result)) = (self.view.document(), &s.result) {
                    let assessment = crate::text::fill_named(ui(Ui::AssessmentOf, s.language), &[("date", crate::web::ui_text::date(result.as_of, s.language))]);
                    let title = if s.firm_name.is_empty() { format!("{} — {assessment}", ui(Ui::Title, s.language)) } else { format!("{} — {assessment}", s.firm_name) };
                    browser::print_alone(&document, &self.host, &title);
                }
                return None;
            }
            "focus" => {
                if let Some(id) = button.get_attribute("data-target") {
                    self.view.focus(&id);
                }
                return None;
            }
            _ => {}
        }
        self.render()
    }

    /// Offers the deadlines as an `.ics` file.
    fn download_calendar(&self) {
        let Some(result) = &self.state.result else { return };
        let Some(document) = self.view.document() else { return };
        let text = takeaway::calendar_file(result, browser::now(), &self.state.firm_name, &self.state.contact_url);
        browser::download(&document, &format!("kz-work-permit-{}.ics", result.as_of), "text/calendar;charset=utf-8", &text);
    }

    /// Copies `text` and says in the live region whether it worked.
    fn copy(&self, text: &str) {
        let (view, language) = (self.view.clone(), self.state.language);
        browser::copy(text, move |copied| view.announce(ui(if copied { Ui::Copied } else { Ui::CopyFailed }, language)));
    }
}
