//! The "Is it a small business?" hint quotes the Entrepreneurial Code's limits from the rule table
//! (data/rules.toml: `smallBusinessMaxAverageHeadcount`, `smallBusinessMaxAverageIncomeMci`), not
//! from the sentence: in each language's number format, with a site owner's values when they set
//! them, and without figures when the rules in force on the day give none.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use kz_work_permit::rules::{parse_overrides, ParameterId, RuleBook, Value};
use kz_work_permit::text::Language;
use kz_work_permit::web::widget::page::first_step_with;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

/// The built-in value of `id` today, as the rule table holds it.
fn built_in(id: ParameterId) -> u32 {
    match RuleBook::built_in().get(id, today()).map(|row| &row.value) {
        Some(Value::Number(n)) => *n,
        other => panic!("{id:?} has no number today: {other:?}"),
    }
}

/// The hint paragraph of the small-business question.
fn hint(page: &str) -> &str {
    let start = page.find(r#"id="kzwp-employer-smallBusiness-hint">"#).expect("the hint is drawn") + r#"id="kzwp-employer-smallBusiness-hint">"#.len();
    &page[start..start + page[start..].find("</p>").unwrap()]
}

#[test]
fn the_hint_quotes_the_rule_tables_limits_in_each_languages_number_format() {
    assert_eq!((built_in(ParameterId::SmallBusinessMaxAverageHeadcount), built_in(ParameterId::SmallBusinessMaxAverageIncomeMci)), (100, 300_000));
    let rules = RuleBook::built_in();
    let en = first_step_with(Language::En, &rules, today());
    assert!(hint(&en).contains("head count of up to 100,") && hint(&en).contains("up to 300,000 MCI."), "{}", hint(&en));
    assert!(hint(&en).ends_with("never count as small."), "{}", hint(&en));
    let ru = first_step_with(Language::Ru, &rules, today());
    assert!(hint(&ru).contains("не более 100 человек") && hint(&ru).contains("не более 300\u{a0}000 МРП."), "{}", hint(&ru));
    let kk = first_step_with(Language::Kk, &rules, today());
    assert!(hint(&kk).contains("100 адамнан") && hint(&kk).contains("300\u{a0}000 АЕК-тен"), "{}", hint(&kk));
}

#[test]
fn a_site_owners_limits_replace_the_built_in_ones() {
    let (rows, problems) = parse_overrides(
        r#"{"parameters": [
            {"id": "smallBusinessMaxAverageHeadcount", "value": 250, "citation": "Karatau Legal: the Code as amended"},
            {"id": "smallBusinessMaxAverageIncomeMci", "value": 3000000, "citation": "Karatau Legal: the Code as amended"}]}"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let page = first_step_with(Language::En, &RuleBook::with_overrides(rows), today());
    assert!(hint(&page).contains("up to 250,") && hint(&page).contains("up to 3,000,000 MCI."), "{}", hint(&page));
}

#[test]
fn without_limits_in_force_the_hint_gives_no_figures() {
    // Before the Code's limits are in force the table has no row for them (a site owner can only
    // give them numbers).
    let before = first_step_with(Language::En, &RuleBook::built_in(), NaiveDate::from_ymd_opt(2015, 6, 1).unwrap());
    assert_eq!(hint(&before), "Banks, insurers, security firms, excise-goods wholesalers and some other activities never count as small.");
}
