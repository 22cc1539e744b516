//! Showing the state in the shadow root: the page around the steps (header, language buttons,
//! error summary, privacy line), the step itself (from `form` and `result`), and the focus. Every
//! render replaces the shadow root's content; nothing here changes the state.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, ShadowRoot};

use super::answers::Step;
use super::form::{self, FormView};
use super::page;
use super::result;
use super::state::State;
use super::takeaway;
use crate::web::html::Html;
use crate::web::ui_text::{ui, Ui};

/// The widget's shadow root.
#[derive(Clone)]
pub struct View {
    root: ShadowRoot,
}

impl View {
    /// The view of `root`. In the element's builds the element has adopted the stylesheet
    /// already (bundled into it by the build, with the first step it paints while the wasm loads), so the
    /// wasm does not carry it twice; the full build's widget, which a page may mount without the
    /// element, adopts it itself (a constructed sheet, parsed once, surviving every render).
    pub fn new(root: ShadowRoot) -> Result<View, JsValue> {
        #[cfg(not(feature = "embed"))]
        {
            let sheet = web_sys::CssStyleSheet::new()?;
            sheet.replace_sync(page::STYLESHEET)?;
            let sheets = js_sys::Array::of1(&sheet);
            js_sys::Reflect::set(&root, &JsValue::from_str("adoptedStyleSheets"), &sheets)?;
        }
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
        let today = state.today();
        let view = FormView { step: state.step, answers: &state.answers, errors: &state.errors, checks: &state.checks, language, rules: &state.rules, today };
        page::open(&mut html, &view);
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
            _ => view.render(&mut html),
        }
        page::close(&mut html, language);
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

fn focus_on(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}
