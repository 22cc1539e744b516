//! The JavaScript class the `<kz-work-permit>` element creates: one widget on the page, its
//! settings and its snapshots for a language switch.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};

use super::controller::{self, update, with, Controller, Listener, Shared};
use super::state::State;
use super::view::View;
use crate::text::Language;

/// One widget on the page.
#[wasm_bindgen]
pub struct Widget {
    shared: Shared,
    /// Every listener with the target and event it is registered for, removed again on drop.
    listeners: Vec<Listener>,
}

/// The element replaces a widget when the visitor switches to a language another build carries;
/// the old one must stop listening to the shadow root and the window it shares with the new one.
impl Drop for Widget {
    fn drop(&mut self) {
        for (target, event, closure) in &self.listeners {
            let _ = target.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

#[wasm_bindgen]
impl Widget {
    /// Mounts a widget into `root`, the shadow root of `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(root: ShadowRoot, host: HtmlElement) -> Result<Widget, JsValue> {
        let view = View::new(root.clone())?;
        let language = Language::ONLY.unwrap_or_else(|| super::browser::language_of(&host));
        // Read here, before the first render restores answers from the fragment.
        let use_fragment = !host.has_attribute("no-url-state");
        let shared = Rc::new(RefCell::new(Controller { state: State::new(language, use_fragment), view, host }));
        let listeners = controller::listen(&shared, &root)?;
        let widget = Widget { shared, listeners };
        update(&widget.shared, Controller::show_fragment);
        Ok(widget)
    }

    /// Applies the site owner's rule overrides (`{parameters: [...]}`, or `null` for none). Each
    /// invalid override is reported on the console and in the result event's `overrideErrors`,
    /// and the built-in value stays.
    #[wasm_bindgen(js_name = setOverrides)]
    pub fn set_overrides(&self, overrides: JsValue) {
        update(&self.shared, |c| {
            let (rules, problems) = crate::web::bridge::rule_book(&overrides);
            c.state.rules = rules;
            c.state.override_errors = problems;
            c.setting_changed()
        });
    }

    /// The answers and the step, as the URL fragment holds them, for [`Widget::restore`].
    pub fn snapshot(&self) -> String {
        with(&self.shared, |c| c.state.snapshot()).unwrap_or_default()
    }

    /// Restores a [`Widget::snapshot`] taken from another widget (the element does this when the
    /// visitor switches language), then focuses the element with id `focus_id`, if any.
    pub fn restore(&self, snapshot: &str, focus_id: &str) {
        update(&self.shared, |c| c.restore(snapshot, focus_id));
    }

    /// Pins the assessment date (`YYYY-MM-DD`); an empty string means today in Kazakhstan.
    #[wasm_bindgen(js_name = setAsOf)]
    pub fn set_as_of(&self, date: &str) {
        update(&self.shared, |c| {
            c.state.as_of = crate::calendar::parse_iso_date(date).map(|date| date.to_string());
            c.setting_changed()
        });
    }

    /// Sets the site owner's call to action shown on the result screen.
    #[wasm_bindgen(js_name = setContact)]
    pub fn set_contact(&self, url: &str, label: &str) {
        update(&self.shared, |c| {
            c.state.set_contact(url, label);
            c.setting_changed()
        });
    }

    /// Sets the firm's name (`firm-name`), shown with its logo in the result's header and in print.
    #[wasm_bindgen(js_name = setFirm)]
    pub fn set_firm(&self, name: &str) {
        update(&self.shared, |c| {
            c.state.firm_name = name.trim().to_owned();
            c.refresh()
        });
    }

    /// Whether the widget keeps its answers in the page's URL fragment (on by default).
    #[wasm_bindgen(js_name = setUseFragment)]
    pub fn set_use_fragment(&self, on: bool) {
        with(&self.shared, |c| c.state.use_fragment = on);
    }

    /// The current step's name (`employer`, `staff`, `hire`, `dates`, `summary`, `result`).
    pub fn step(&self) -> String {
        with(&self.shared, |c| c.state.step.name().to_owned()).unwrap_or_default()
    }
}
