//! The widget in headless Chromium: each step renders, errors show and are announced, a language
//! switch keeps the answers, hostile text stays text, and the result screen shows the deadlines
//! the engine computed. Run by `cargo xtask test` (wasm-bindgen-test-runner with chromedriver).
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use kz_work_permit::rules::RuleBook;
use kz_work_permit::web::widget::Widget;
use kz_work_permit::{assess_with, Input};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    widget: Widget,
    root: ShadowRoot,
}

fn mount(lang: &str) -> Mounted {
    let window = web_sys::window().unwrap();
    let _ = window.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#"));
    let document = window.document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    host.set_attribute("lang", lang).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let widget = Widget::new(root.clone(), host).unwrap();
    widget.set_use_fragment(false);
    widget.set_as_of("2026-11-25");
    Mounted { widget, root }
}

impl Mounted {
    fn find(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
    }
    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }
    fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).unwrap().is_some()
    }
    fn click(&self, selector: &str) {
        self.find(selector).dyn_into::<HtmlElement>().unwrap().click();
    }
    fn fill(&self, id: &str, value: &str) {
        let input: HtmlInputElement = self.find(&format!("#{id}")).dyn_into().unwrap();
        input.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    }
    fn choose(&self, id: &str) {
        self.click(&format!("#{id}"));
    }
    fn select(&self, id: &str, value: &str) {
        let select: HtmlSelectElement = self.find(&format!("#{id}")).dyn_into().unwrap();
        select.set_value(value);
        let init = EventInit::new();
        init.set_bubbles(true);
        select.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    }
    fn submit(&self) {
        self.click("button[type=submit]");
    }
    fn heading(&self) -> String {
        self.text(".kzwp-heading")
    }

    fn answer_employer(&self) {
        self.choose("kzwp-employer-kind-0");
        self.choose("kzwp-employer-smallBusiness-1");
        self.fill("kzwp-employer-employees", "120");
        self.submit();
    }
    fn answer_staff(&self) {
        self.fill("kzwp-staff-category1-citizens", "2");
        self.fill("kzwp-staff-category2-citizens", "5");
        self.fill("kzwp-staff-category2-foreigners", "1");
        self.fill("kzwp-staff-category3-citizens", "45");
        self.fill("kzwp-staff-category3-foreigners", "4");
        self.fill("kzwp-staff-category4-citizens", "50");
        self.submit();
    }
    fn answer_hire(&self) {
        self.choose("kzwp-hire-route-0");
        self.choose("kzwp-hire-category-2");
        self.fill("kzwp-hire-count", "1");
        self.select("kzwp-hire-citizenship", "IN");
        self.submit();
    }
}

#[wasm_bindgen_test]
fn each_step_renders_in_order() {
    let w = mount("en");
    assert_eq!(w.heading(), "About the employer");
    assert_eq!(w.widget.step(), "employer");
    w.answer_employer();
    assert_eq!(w.heading(), "Current staff by category");
    w.answer_staff();
    assert_eq!(w.heading(), "The hire");
    w.answer_hire();
    assert_eq!(w.heading(), "Dates known so far");
    w.submit();
    assert_eq!(w.heading(), "Your answers");
    assert!(w.text(".kzwp-summary").contains("120"));
    w.click("[data-action=back]");
    assert_eq!(w.heading(), "Dates known so far");
}

#[wasm_bindgen_test]
fn errors_show_next_to_fields_and_in_an_announced_summary() {
    let w = mount("en");
    w.submit();
    assert!(w.has("#kzwp-error-summary[role=alert]"));
    assert!(w.text("#kzwp-error-summary").contains("This answer is required."));
    assert!(w.has("#kzwp-employer-employees[aria-invalid=true]"));
    let described = w.find("#kzwp-employer-employees").get_attribute("aria-describedby").unwrap();
    assert!(described.contains("kzwp-employer-employees-error"));
    w.choose("kzwp-employer-kind-0");
    w.choose("kzwp-employer-smallBusiness-1");
    w.fill("kzwp-employer-employees", "-3");
    w.submit();
    assert!(w.text("#kzwp-employer-employees-error").contains("Enter zero or more."));
    assert_eq!(w.heading(), "About the employer");
}

#[wasm_bindgen_test]
fn staff_above_employees_is_an_error_on_the_staff_step() {
    let w = mount("en");
    w.choose("kzwp-employer-kind-0");
    w.choose("kzwp-employer-smallBusiness-1");
    w.fill("kzwp-employer-employees", "10");
    w.submit();
    w.fill("kzwp-staff-category3-citizens", "45");
    w.submit();
    assert_eq!(w.heading(), "Current staff by category");
    assert!(w.text("#kzwp-error-summary").contains("45"));
}

#[wasm_bindgen_test]
fn switching_language_keeps_every_answer() {
    let w = mount("en");
    w.answer_employer();
    w.fill("kzwp-staff-category3-citizens", "45");
    w.click("#kzwp-lang-ru");
    assert_eq!(w.heading(), "Текущая численность работников по категориям");
    let input: HtmlInputElement = w.find("#kzwp-staff-category3-citizens").dyn_into().unwrap();
    assert_eq!(input.value(), "45");
    w.click("#kzwp-lang-kk");
    assert_eq!(w.find(".kzwp").get_attribute("lang").as_deref(), Some("kk"));
    w.click("[data-action=back]");
    let employees: HtmlInputElement = w.find("#kzwp-employer-employees").dyn_into().unwrap();
    assert_eq!(employees.value(), "120");
}

#[wasm_bindgen_test]
fn change_from_the_summary_returns_to_the_summary_and_keeps_later_answers() {
    let w = mount("en");
    w.answer_employer();
    w.answer_staff();
    w.answer_hire();
    w.submit();
    w.click("[data-action=change][data-key='employer.employees']");
    assert_eq!(w.heading(), "About the employer");
    w.fill("kzwp-employer-employees", "130");
    w.submit();
    assert_eq!(w.heading(), "Your answers");
    assert!(w.text(".kzwp-summary").contains("130"));
    assert!(w.text(".kzwp").contains("IN"));
}

#[wasm_bindgen_test]
fn markup_in_answers_renders_as_text() {
    let w = mount("en");
    w.answer_employer();
    w.answer_staff();
    w.choose("kzwp-hire-route-0");
    w.choose("kzwp-hire-category-2");
    w.fill("kzwp-hire-count", "1");
    w.select("kzwp-hire-citizenship", "other");
    w.fill("kzwp-hire-otherCountry", "<img src=x onerror=alert(1)>");
    w.submit();
    assert!(!w.has("img"));
    assert!(w.text("#kzwp-error-summary").contains("<IMG SRC=X ONERROR=ALERT(1)>"));
}

#[wasm_bindgen_test]
fn the_result_shows_the_deadlines_the_engine_computed() {
    let w = mount("en");
    w.answer_employer();
    w.answer_staff();
    w.answer_hire();
    w.fill("kzwp-dates-vacancyPosted", "2026-03-06");
    w.fill("kzwp-dates-applicationRegistered", "2026-03-20");
    w.fill("kzwp-dates-contractSigned", "2026-12-28");
    w.submit();
    w.click("[data-action=result]");
    assert_eq!(w.widget.step(), "result");
    assert!(w.text("[part=verdict]").contains("A permit is needed"));

    let input = Input::from_json(
        r#"{"asOf":"2026-11-25","employer":{"kind":"company","smallBusiness":false,"employees":120},
        "staff":{"category1":{"citizens":2,"foreigners":0},"category2":{"citizens":5,"foreigners":1},
        "category3":{"citizens":45,"foreigners":4},"category4":{"citizens":50,"foreigners":0}},
        "hire":{"route":"permit","category":3,"count":1,"citizenship":"IN"},
        "dates":{"vacancyPosted":"2026-03-06","applicationRegistered":"2026-03-20","contractSigned":"2026-12-28"}}"#,
    )
    .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let expected = assess_with(&input, &RuleBook::built_in(), today).unwrap();
    let mut computed = 0;
    for deadline in expected.deadlines.iter().filter(|d| d.date.is_some()) {
        let selector = format!("[data-deadline={}] time", deadline.id.name());
        assert_eq!(w.find(&selector).get_attribute("datetime"), deadline.date.map(|d| d.to_string()), "{selector}");
        computed += 1;
    }
    assert_eq!(computed, 4);
    assert_eq!(w.find("[data-deadline=reviewDue] time").get_attribute("datetime").as_deref(), Some("2026-04-02"));
    // Nauryz is named among the days the review skips.
    assert!(w.text("[data-deadline=reviewDue] .kzwp-skipped").contains("Nauryz"));
    w.click("[data-action=restart]");
    assert_eq!(w.heading(), "About the employer");
}
