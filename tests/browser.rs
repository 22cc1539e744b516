//! The widget in headless Chromium: each step renders, errors show and are announced, a language
//! switch keeps the answers, hostile text stays text, and the result screen shows the deadlines
//! the engine computed. Run by `cargo xtask test` (wasm-bindgen-test-runner with chromedriver).
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use kz_work_permit::rules::RuleBook;
use kz_work_permit::text::Language;
use kz_work_permit::web::ui_text::{self, ui, Ui};
use kz_work_permit::web::widget::Widget;
use kz_work_permit::{assess_with, Input};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

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
    /// The text of every element `selector` matches, in document order.
    fn texts(&self, selector: &str) -> Vec<String> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)).map(|node| node.text_content().unwrap_or_default()).collect()
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
        self.fill("kzwp-hire-citizenship", "IN");
        self.submit();
    }
    /// Answers every step, leaves the dates empty and opens the result from the summary.
    fn answer_all_and_see_the_result(&self) {
        self.answer_employer();
        self.answer_staff();
        self.answer_hire();
        self.submit();
        self.click("[data-action=result]");
    }
}

/// The element paints `page::first_step` (bundled into it by the build) while the wasm loads, and the widget's
/// first render replaces it: the two must be the same page, or the visitor sees it jump.
#[wasm_bindgen_test]
fn the_first_render_is_the_page_prerendered_for_the_first_paint() {
    let document = web_sys::window().unwrap().document().unwrap();
    for lang in ["kk", "ru", "en"] {
        let mounted = mount(lang);
        let language = Language::parse(lang).unwrap();
        // Through the DOM, so both are serialised alike (`novalidate=""`).
        let prerendered = document.create_element("div").unwrap();
        prerendered.set_inner_html(&kz_work_permit::web::widget::page::first_step(language));
        assert_eq!(mounted.root.inner_html(), prerendered.inner_html(), "{lang}");
        assert!(mounted.has(".kzwp-intro") && mounted.heading() == ui(Ui::StepEmployer, language), "{lang}");
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
    w.fill("kzwp-hire-citizenship", "<img src=x onerror=alert(1)>");
    w.submit();
    assert!(!w.has("img"));
    assert!(w.text("#kzwp-error-summary").contains(ui(Ui::CountryNotListed, Language::En)));
    let input: HtmlInputElement = w.find("#kzwp-hire-citizenship").dyn_into().unwrap();
    assert_eq!(input.value(), "<img src=x onerror=alert(1)>");
}

#[wasm_bindgen_test]
fn the_result_shows_the_verdict_and_the_plan_the_engine_computed() {
    let w = mount("en");
    w.answer_employer();
    w.answer_staff();
    w.answer_hire();
    w.fill("kzwp-dates-vacancyPosted", "06.03.2026");
    w.fill("kzwp-dates-applicationRegistered", "20/3/2026");
    w.fill("kzwp-dates-contractSigned", "2026-12-28");
    w.submit();
    w.click("[data-action=result]");
    assert_eq!(w.widget.step(), "result");

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
    // The answer first: the verdict's own sentence.
    assert_eq!(w.text("[part=verdict] .kzwp-verdict-title"), expected.verdict.finding.message);
    // The plan: every dated step on the screen with the engine's date.
    let plan = expected.plan.as_ref().expect("a plan");
    let mut dated = 0;
    for step in plan.steps.iter().filter(|step| step.date.is_some()) {
        let selector = format!("[data-step={}] .kzwp-date time", kz_work_permit::wire_name(&step.id));
        assert_eq!(w.find(&selector).get_attribute("datetime"), step.date.map(|d| d.to_string()), "{selector}");
        dated += 1;
    }
    assert!(dated >= 7, "{dated} dated steps");
    // The decision counted from the filing on 20 March skips Nauryz: 2 April 2026.
    assert_eq!(w.find("[data-step=decision] .kzwp-date time").get_attribute("datetime").as_deref(), Some("2026-04-02"));
    w.click("[data-action=restart]");
    assert_eq!(w.heading(), "About the employer");
}

/// The "why?" of an answer and the printed summary name the act in the visitor's language, never
/// by its English name (issue 13); the result's foot names the rule set's act in it too.
#[wasm_bindgen_test]
fn the_sources_name_the_act_in_the_visitors_language() {
    use kz_work_permit::rules::ActId;
    use kz_work_permit::text::act_name;
    for (language, code) in LANGUAGES {
        let w = mount(code);
        w.answer_all_and_see_the_result();
        assert_eq!(w.widget.step(), "result", "{code}");
        // The local-content ratios rest on Order No. 279; the amended Rules set the terms.
        let sources = w.texts(".kzwp-why .kzwp-sources li");
        assert!(!sources.is_empty(), "{code}: no sources behind a why?");
        for act in [ActId::Order279, ActId::Order93] {
            let name = act_name(act, language);
            assert!(sources.iter().any(|source| source.contains(name)), "{code}: {name:?} not among {sources:#?}");
            assert!(w.text(".kzwp-print-acts").contains(name), "{code}: {name:?} not in the printed summary");
        }
        if language != Language::En {
            let english = act_name(ActId::Order279, Language::En);
            let screen = w.text(".kzwp");
            assert!(!screen.contains(english) && !screen.contains("Order No."), "{code}: an English act name on the screen");
        }
    }
    let w = mount("ru");
    w.answer_all_and_see_the_result();
    let why = w.text(".kzwp-why .kzwp-sources");
    assert!(why.contains("Приказ № 279 от 30.06.2023 (Правила выдачи разрешений работодателям на привлечение иностранной рабочей силы)"), "{why}");
}

/// The "why?" and the printed summary write a clause in the visitor's language (data/words/*.toml
/// [clause]), never as the data's English, and show no note (the rules page's only).
#[wasm_bindgen_test]
fn the_sources_write_the_clause_in_the_visitors_language() {
    use kz_work_permit::rules::ClauseId;
    use kz_work_permit::text::clause_text;
    let w = mount("ru");
    w.answer_all_and_see_the_result();
    let why = w.texts(".kzwp-why .kzwp-sources li").join("\n");
    // The vacancy's period is counted by the Civil Code's articles 173 and 175.
    assert_eq!(clause_text(ClauseId::Arts173And175, Language::Ru), "ст. 173, 175");
    assert!(why.contains("ст. 173, 175"), "{why}");
    assert!(w.text(".kzwp-print-acts").contains("ст. 173, 175"), "the printed summary");
    let screen = w.text(".kzwp");
    for english in ["art. ", "arts. ", "para. ", "not verified", "by our reading", "not found in the sources"] {
        assert!(!screen.contains(english), "{english:?} on the Russian screen");
    }
    assert_eq!(clause_text(ClauseId::Art616P1, Language::Kk), "616-баптың 1-тармағы");
    assert_eq!(clause_text(ClauseId::Art616P1, Language::En), "art. 616(1)");
}

/// Every language, with its language code.
const LANGUAGES: [(Language, &str); 3] = [(Language::Kk, "kk"), (Language::Ru, "ru"), (Language::En, "en")];

#[wasm_bindgen_test]
fn the_error_summary_names_each_question() {
    for (language, code) in LANGUAGES {
        let w = mount(code);
        w.submit();
        let items: Vec<String> = (1..=3).map(|n| w.text(&format!("#kzwp-error-summary li:nth-child({n})"))).collect();
        let required = kz_work_permit::text::Message::Required.text(language);
        for (item, label) in items.iter().zip([Ui::KindLegend, Ui::SmallBusinessLegend, Ui::EmployeesLabel]) {
            assert_eq!(item, &format!("{}: {required}", ui(label, language)), "{code}");
        }
        // Three different lines, not one sentence three times.
        assert!(items[0] != items[1] && items[1] != items[2], "{code}: {items:?}");
    }
}

#[wasm_bindgen_test]
fn a_country_is_typed_by_name_or_code_and_anything_else_is_an_error() {
    for (language, code) in LANGUAGES {
        let india = ui_text::country_name("IN", language).unwrap();
        let w = mount(code);
        w.answer_employer();
        w.answer_staff();
        w.choose("kzwp-hire-route-0");
        w.choose("kzwp-hire-category-2");
        w.fill("kzwp-hire-count", "1");
        // The list offers the names in the visitor's language.
        assert!(w.has(&format!("datalist#kzwp-countries option[value='{india}']")), "{code}");
        assert_eq!(w.find("#kzwp-hire-citizenship").get_attribute("list").as_deref(), Some("kzwp-countries"));
        // A name that is not listed is an error, never cut to a code ("Vietnam" is not "VI").
        w.fill("kzwp-hire-citizenship", "Vietnam");
        w.submit();
        assert_eq!(w.widget.step(), "hire", "{code}");
        assert!(w.text("#kzwp-hire-citizenship-error").contains(ui(Ui::CountryNotListed, language)), "{code}");
        assert!(w.text("#kzwp-error-summary").contains(ui(Ui::CitizenshipLabel, language)), "{code}");
        // A code, in any case, is taken.
        w.fill("kzwp-hire-citizenship", "vn");
        w.submit();
        assert_eq!(w.widget.step(), "dates", "{code}");
        w.click("[data-action=back]");
        // A listed name, in any case, is taken and shown as the name with its code.
        w.fill("kzwp-hire-citizenship", &india.to_uppercase());
        w.submit();
        assert_eq!(w.widget.step(), "dates", "{code}: {}", w.text(".kzwp"));
        w.submit();
        assert_eq!(w.widget.step(), "summary", "{code}: {}", w.text(".kzwp"));
        assert!(w.text(".kzwp").contains(&format!("{india} (IN)")), "{code}");
    }
    assert_eq!(ui_text::country_code(" germany ", Language::En).as_deref(), Some("DE"));
    assert_eq!(ui_text::country_code("Германия", Language::Ru).as_deref(), Some("DE"));
    assert_eq!(ui_text::country_code("np", Language::Kk).as_deref(), Some("NP"));
    assert_eq!(ui_text::country_code("Vietnam", Language::En), None);
    assert_eq!(ui_text::country_code("XX", Language::En), None);
}

#[wasm_bindgen_test]
fn a_date_that_does_not_exist_is_an_error_on_its_question() {
    for (language, code) in LANGUAGES {
        let w = mount(code);
        w.answer_employer();
        w.answer_staff();
        w.answer_hire();
        for typed in ["30.02.2025", "2025-02-30", "02/30/2025", "soon"] {
            w.fill("kzwp-dates-vacancyPosted", typed);
            w.submit();
            assert_eq!(w.widget.step(), "dates", "{code} {typed}");
            assert!(w.text("#kzwp-dates-vacancyPosted-error").contains(ui(Ui::DateInvalid, language)), "{code} {typed}");
            assert!(w.text("#kzwp-error-summary").contains(ui(Ui::VacancyPosted, language)), "{code} {typed}");
        }
        // The optional target start date is asked, and read like the others.
        w.fill("kzwp-dates-vacancyPosted", "");
        w.fill("kzwp-dates-targetStart", "1.6.2026");
        w.submit();
        assert_eq!(w.widget.step(), "summary", "{code}");
        let june = ui_text::date(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(), language);
        assert!(w.text(".kzwp").contains(&june), "{code}: no {june}");
    }
}

#[wasm_bindgen_test]
fn an_unusual_answer_asks_is_this_right_before_going_on() {
    for (language, code) in LANGUAGES {
        let w = mount(code);
        w.answer_employer();
        w.answer_staff();
        // 1,500 to hire with 120 employees: more than ten times the head count.
        w.choose("kzwp-hire-route-0");
        w.choose("kzwp-hire-category-2");
        w.fill("kzwp-hire-count", "1500");
        w.fill("kzwp-hire-citizenship", "IN");
        w.submit();
        assert_eq!(w.widget.step(), "hire", "{code}");
        assert!(w.text("#kzwp-error-summary h2").contains(ui(Ui::ConfirmTitle, language)), "{code}");
        assert!(w.has("#kzwp-hire-count-confirm"), "{code}");
        w.click("#kzwp-hire-count-confirm");
        w.submit();
        assert_eq!(w.widget.step(), "dates", "{code}");
        // A date ten years back (as of 25 November 2026): asked, then taken once ticked.
        w.fill("kzwp-dates-permitExpires", "01.01.2016");
        w.submit();
        assert_eq!(w.widget.step(), "dates", "{code}");
        let date = ui_text::date(NaiveDate::from_ymd_opt(2016, 1, 1).unwrap(), language);
        assert!(w.text("#kzwp-dates-permitExpires-check").contains(&date), "{code}");
        w.click("#kzwp-dates-permitExpires-confirm");
        w.submit();
        assert_eq!(w.widget.step(), "summary", "{code}");
    }
}

#[wasm_bindgen_test]
fn counts_take_their_plural_form() {
    let days = |count, language| ui_text::count(Ui::WorkingDaysAfter, count, language);
    assert!(days(1, Language::Ru).starts_with("1 рабочий день"));
    assert!(days(3, Language::Ru).starts_with("3 рабочих дня"));
    assert!(days(11, Language::Ru).starts_with("11 рабочих дней"));
    assert!(days(21, Language::Ru).starts_with("21 рабочий день"));
    assert!(days(1, Language::En).starts_with("1 working day "));
    assert!(days(2, Language::En).starts_with("2 working days"));
    assert!(days(1000, Language::En).starts_with("1,000 working days"));
    assert!(days(5, Language::Kk).contains("5 жұмыс күні"));
}

#[wasm_bindgen_test]
fn a_link_to_the_result_with_a_date_that_does_not_exist_shows_the_error_instead() {
    let w = mount("ru");
    let answers = "employer.kind=company&employer.smallBusiness=no&employer.employees=120&staff.category3.citizens=45&hire.route=permit&hire.category=3&hire.count=1&hire.citizenship=IN";
    w.widget.restore(&format!("kzwp&step=result&{answers}&dates.vacancyPosted=30.02.2025"), "");
    assert_eq!(w.widget.step(), "dates");
    assert!(w.text("#kzwp-dates-vacancyPosted-error").contains(ui(Ui::DateInvalid, Language::Ru)));
}

/// The generated wire names of the enums without data (build/source.rs, `WireName`) are serde's:
/// tsify's TypeScript type of each enum, which applies the enum's `rename_all` through serde's own
/// rules, lists the same names in the same order; `Step`, which has no TypeScript type, reads its
/// names back through its derived `Deserialize`.
#[wasm_bindgen_test]
fn the_generated_wire_names_are_serdes() {
    use kz_work_permit::WireName;
    fn check<T: WireName + tsify::Tsify>() {
        let names: Vec<String> = T::ALL.iter().map(|value| format!("\"{}\"", value.wire_name())).collect();
        let union = T::DECL.split_once(" = ").map(|(_, union)| union.trim_end_matches(';'));
        assert_eq!(union, Some(names.join(" | ").as_str()), "{}", T::DECL);
    }
    use kz_work_permit::{assess::*, calendar::*, rules::*, text::*};
    check::<Language>();
    check::<Message>();
    check::<Confidence>();
    check::<DayKind>();
    check::<Unit>();
    check::<SetBy>();
    check::<ParameterId>();
    check::<SectorGroup>();
    check::<Holiday>();
    check::<CalendarStatus>();
    check::<EmployerKind>();
    check::<Route>();
    check::<ErrorCode>();
    check::<LocalContentExemption>();
    check::<FeeKind>();
    check::<FeeFlag>();
    check::<DeadlineId>();
    check::<DeadlineStatus>();
    check::<VerdictCode>();
    check::<PlanStepId>();
    check::<PlanStepStatus>();
    check::<PlanFrom>();
    use kz_work_permit::web::widget::Step;
    for step in Step::ALL {
        let read: Step = serde_wasm_bindgen::from_value(wasm_bindgen::JsValue::from_str(step.wire_name())).unwrap();
        assert_eq!(read, *step);
    }
}
