//! The site owner's overrides: valid ones replace the built-in value and are cited as set by the
//! site owner; invalid ones are reported with their path and leave the built-in value in place.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use kz_work_permit::rules::{parse_overrides, RuleBook, SetBy, SET_BY_SITE_OWNER};
use kz_work_permit::{assess_with, Input};

const INPUT: &str = include_str!("../docs/example-input.json");

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn deadline(assessment: &kz_work_permit::Assessment, id: &str) -> serde_json::Value {
    let json = serde_json::to_value(assessment).unwrap();
    json["deadlines"].as_array().unwrap().iter().find(|d| d["id"] == id).unwrap().clone()
}

#[test]
fn a_valid_override_replaces_the_value_and_is_cited_as_the_site_owners() {
    let (rows, problems) = parse_overrides(
        r#"{"parameters": [{"id": "firstApplicationDayAfterPosting", "value": 0,
            "citation": "Karatau Legal: the 15th day is the first filing day", "url": "https://karatau.example/notes/15-days"}]}"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let input = Input::from_json(INPUT).unwrap();
    let result = assess_with(&input, &RuleBook::with_overrides(rows), today()).unwrap();
    let earliest = deadline(&result, "earliestApplication");
    // Posted 2026-03-06: no extra day after the posting period, which ends on Thu 26 March (its
    // 15th day, Sat 21 March, is Nauryz; 22-25 March are off, so the Civil Code's reading moves
    // the end to the next working day).
    assert_eq!(earliest["date"], "2026-03-26");
    let cited = earliest["finding"]["parameters"].as_array().unwrap().iter().find(|p| p["setBy"] == "siteOwner").unwrap();
    assert_eq!(cited["citation"]["clause"], SET_BY_SITE_OWNER);
    assert_eq!(cited["citation"]["act"], "Karatau Legal: the 15th day is the first filing day");
}

#[test]
fn a_fee_table_override_gives_a_single_figure() {
    let (rows, problems) = parse_overrides(r#"[{"id": "feeGeneralPermit", "value": 179, "citation": "Decree No. 819, group A, category 3", "effectiveFrom": "2026-01-01"}]"#);
    assert!(problems.is_empty(), "{problems:?}");
    let input = Input::from_json(INPUT).unwrap();
    let result = assess_with(&input, &RuleBook::with_overrides(rows), today()).unwrap();
    assert_eq!(result.fee.mci, Some(179));
    assert_eq!(result.fee.tenge, Some(179 * 4325));
    assert!(result.fee.finding.parameters.iter().any(|p| p.set_by == SetBy::SiteOwner));
    // The firm's figure is the fee, whatever the sector group: the sentence gives it.
    assert!(result.fee.finding.message.contains("179"), "{}", result.fee.finding.message);
    assert!(!result.fee.flags.contains(&kz_work_permit::assess::FeeFlag::SectorGroupUnconfirmed));
}

#[test]
fn a_fee_range_override_replaces_the_table_for_every_category() {
    // The built-in value is a table of rates by category and sector group; a firm's range applies
    // to every hire instead, and a sector group given does not narrow it.
    let (rows, problems) = parse_overrides(r#"[{"id": "feeGeneralPermit", "value": {"min": 150, "max": 230}, "citation": "Karatau Legal: Decree No. 819"}]"#);
    assert!(problems.is_empty(), "{problems:?}");
    let book = RuleBook::with_overrides(rows);
    for (category, group) in [(1, "a"), (4, "c")] {
        let text = INPUT.replacen("\"category\": 3", &format!("\"category\": {category}, \"sectorGroup\": \"{group}\""), 1);
        let input = Input::from_json(&text).unwrap();
        assert_eq!(input.hire.category, Some(category));
        let result = assess_with(&input, &book, today()).unwrap();
        assert_eq!((result.fee.mci, result.fee.mci_range.map(|r| (r.min, r.max))), (None, Some((150, 230))));
        assert_eq!(result.fee.tenge_range.map(|r| (r.min, r.max)), Some((150 * 4325, 230 * 4325)));
    }
}

#[test]
fn invalid_overrides_are_reported_and_the_built_in_value_stays() {
    let cases = [
        (r#"[{"id": "noSuchRule", "value": 1, "citation": "x"}]"#, "[0].id"),
        (r#"[{"id": "reviewWorkingDays", "value": "six", "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "reviewWorkingDays", "value": -1, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "localContentMinPercentCategories3And4", "value": 120, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "feeGeneralPermit", "value": {"min": 250, "max": 137}, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "eaeuMemberStates", "value": 1, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "feeSeasonal", "value": 12, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "stateBodyExempt", "value": 3, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "reviewWorkingDays", "value": 7}]"#, "[0].citation"),
        (r#"[{"id": "reviewWorkingDays", "value": 7, "citation": "x", "effectiveFrom": "2026-01-01", "effectiveTo": "2025-01-01"}]"#, "[0].effectiveTo"),
        (r#"[{"id": "reviewWorkingDays", "value": 7, "citation": "x", "effectiveFrom": "2026-02-30"}]"#, "[0].effectiveFrom"),
        (r#"[{"id": "reviewWorkingDays", "value": 7, "citation": "x", "url": "javascript:alert(1)"}]"#, "[0].url"),
        (r#"[{"id": "reviewWorkingDays", "value": 7, "citation": "x", "colour": "red"}]"#, "[0].colour"),
        // Checked against the same schema as the data file: the kind of value and the unit the
        // parameter takes.
        (r#"[{"id": "reviewWorkingDays", "value": {"min": 5, "max": 7}, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "category4ReplacementMonths", "value": 9, "citation": "x"}]"#, "[0].value"),
        (r#"[{"id": "reviewWorkingDays", "value": 7, "unit": "months", "citation": "x"}]"#, "[0].unit"),
        (r#"{"parameters": 5}"#, "parameters"),
        (r#"{"rules": []}"#, "rules"),
        ("{", ""),
    ];
    let input = Input::from_json(INPUT).unwrap();
    for (json, path) in cases {
        let (rows, problems) = parse_overrides(json);
        assert!(rows.is_empty(), "{json}: accepted");
        assert!(problems.iter().any(|p| p.path == path && !p.message.is_empty()), "{json}: expected a problem at {path}, got {problems:?}");
        let result = assess_with(&input, &RuleBook::with_overrides(rows), today()).unwrap();
        assert_eq!(deadline(&result, "reviewDue")["date"], "2026-04-02", "{json}: the built-in 6 working days stay");
    }
}

#[test]
fn a_value_of_a_kind_or_unit_the_parameter_does_not_take_is_named_with_its_path() {
    let message = |json: &str| {
        let (rows, problems) = parse_overrides(json);
        assert!(rows.is_empty(), "{json}: accepted");
        problems.iter().map(|p| format!("{}: {}", p.path, p.message)).collect::<Vec<_>>().join("; ")
    };
    assert_eq!(
        message(r#"{"parameters": [{"id": "reviewWorkingDays", "value": {"min": 5, "max": 7}, "citation": "x"}]}"#),
        "parameters[0].value: expected a whole number from 0 to 3650 (days)"
    );
    assert_eq!(
        message(r#"[{"id": "category4ReplacementMonths", "value": 9, "citation": "x"}]"#),
        r#"[0].value: expected a range {"min", "max"}"#
    );
    // A value is in the parameter's own unit: a unit given with it is not read, but reported.
    assert!(message(r#"[{"id": "reviewWorkingDays", "value": 7, "unit": "months", "citation": "x"}]"#).starts_with("[0].unit: unknown field"));
    // A range where the parameter is a range is accepted, and so is the fee's single figure.
    let (rows, problems) = parse_overrides(
        r#"[{"id": "category4ReplacementMonths", "value": {"min": 6, "max": 9}, "citation": "x"},
            {"id": "feeGeneralPermit", "value": 179, "citation": "x"}]"#,
    );
    assert_eq!((rows.len(), problems.len()), (2, 0), "{problems:?}");
}

#[test]
fn valid_overrides_survive_beside_invalid_ones() {
    let (rows, problems) = parse_overrides(
        r#"[{"id": "reviewWorkingDays", "value": 7, "citation": "Our reading"}, {"id": "reviewWorkingDays", "value": "x", "citation": "y"}]"#,
    );
    assert_eq!((rows.len(), problems.len()), (1, 1));
    let result = assess_with(&Input::from_json(INPUT).unwrap(), &RuleBook::with_overrides(rows), today()).unwrap();
    assert_eq!(deadline(&result, "reviewDue")["date"], "2026-04-03");
}

/// `ParameterId::from_name` looks ids up among the table's rows, so every id must have one.
#[test]
fn every_parameter_id_has_a_row_in_the_table() {
    use serde::de::{value::StrDeserializer, Deserialize, Error};

    // The names of every id as serde's derive knows them: it passes them to `unknown_variant`.
    #[derive(Debug)]
    struct Names(&'static [&'static str]);
    impl Error for Names {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Names(&[])
        }
        fn unknown_variant(_: &str, expected: &'static [&'static str]) -> Self {
            Names(expected)
        }
    }
    impl std::fmt::Display for Names {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }
    impl std::error::Error for Names {}

    let names = kz_work_permit::rules::ParameterId::deserialize(StrDeserializer::<Names>::new("noSuchId")).unwrap_err().0;
    assert!(names.len() > 30, "{names:?}");
    for name in names {
        let id = kz_work_permit::rules::ParameterId::from_name(name);
        assert_eq!(id.map(|id| id.name()), Some(*name), "{name} has no row in the rule table");
    }
}

/// A sentence takes its numbers from the parameters it cites, so a firm's override changes the
/// sentence too (issue 12: "within 5 working days" once contradicted an override of the term).
#[test]
fn an_overridden_value_is_the_number_in_the_sentence() {
    let (rows, problems) = parse_overrides(
        r#"[{"id": "contractRegistrationWorkingDays", "value": 7, "citation": "Karatau Legal"},
            {"id": "extensionsCategories2And3", "value": 2, "citation": "Karatau Legal"}]"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let input = Input::from_json(INPUT).unwrap();
    let result = assess_with(&input, &RuleBook::with_overrides(rows), today()).unwrap();
    let register = result.checklist.iter().find(|item| item.id == "contractRegister").unwrap();
    assert!(register.message.text.contains("within 7 working days"), "{}", register.message.text);
    let term = result.permit_term.as_ref().unwrap();
    assert!(term.message.contains("extensions: at most 2; the longest stay in years: 3"), "{}", term.message);

    let built_in = assess_with(&input, &RuleBook::built_in(), today()).unwrap();
    let register = built_in.checklist.iter().find(|item| item.id == "contractRegister").unwrap();
    assert!(register.message.text.contains("within 5 working days"), "{}", register.message.text);
}

#[test]
fn a_fee_override_is_bounded_so_the_total_cannot_overflow_and_an_income_limit_is_not() {
    // A fee in MCI is multiplied by the MCI in tenge and the hires: its bound keeps the total in a u64.
    let (_, problems) = parse_overrides(r#"{"parameters": [{"id": "feeGeneralPermit", "value": 100001, "citation": "Karatau Legal"}]}"#);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "parameters[0].value");
    let (_, problems) = parse_overrides(r#"{"parameters": [{"id": "smallBusinessMaxAverageIncomeMci", "value": 3000000, "citation": "Karatau Legal"}]}"#);
    assert!(problems.is_empty(), "{problems:?}");
    // Every bound at once, with the most hires the input takes: an answer, no overflow.
    let (rows, problems) = parse_overrides(
        r#"{"parameters": [{"id": "feeGeneralPermit", "value": 100000, "citation": "Karatau Legal"},
                           {"id": "mci", "value": 10000000, "citation": "Karatau Legal"}]}"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let mut input: serde_json::Value = serde_json::from_str(INPUT).unwrap();
    input["employer"]["employees"] = 1_000_000.into();
    input["hire"]["count"] = 1_000_000.into();
    let input = Input::from_json(&input.to_string()).unwrap();
    let result = assess_with(&input, &RuleBook::with_overrides(rows), today()).unwrap();
    let fee = serde_json::to_value(&result).unwrap()["fee"].clone();
    assert_eq!(fee["totalTenge"], serde_json::json!(100_000u64 * 10_000_000 * 1_000_000), "{fee}");
}
