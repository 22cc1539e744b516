//! The rule table's data file and its checker (build/rules.rs, which build.rs runs): the real
//! file passes and generates every row; each kind of mistake fails with the file, the entry and
//! the reason.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "../build/rules.rs"]
mod rules;

const FILE: &str = "data/rules.toml";
const REAL: &str = include_str!("../data/rules.toml");
const IDS: &str = include_str!("../src/rules/table.rs");
const RULE_SETS: &str = include_str!("../src/rules/mod.rs");

fn ids() -> rules::Names {
    rules::names(IDS)
}

/// The checker on `text`, with the real ids and rule sets.
fn check(text: &str) -> Result<Vec<rules::Row>, Vec<String>> {
    rules::check(text, FILE, &ids(), &rules::rule_set_starts(RULE_SETS).expect("RULE_SETS is readable"))
}

/// A valid entry for `reviewWorkingDays` in force from 2025-09-01, with `changes` made to its
/// lines (a line starting with the same key is replaced, a `-key` line is removed, others added).
fn entry(changes: &[&str]) -> String {
    let mut lines: Vec<String> = [
        "[[parameter]]",
        "id = \"reviewWorkingDays\"",
        "value = 6",
        "unit = \"days\"",
        "dayKind = \"working\"",
        "from = 2025-09-01",
        "act = { id = \"order93\", number = \"93\", date = 2025-03-28 }",
        "clause = { article = \"5\", point = \"2\" }",
        "evidence = [{ title = \"F-Chain\", address = \"https://f-chain.com/x\" }]",
        "confidence = \"likely\"",
    ]
    .iter()
    .map(|line| line.to_string())
    .collect();
    for change in changes {
        let key = |line: &str| line.split(" = ").next().unwrap_or("").to_owned();
        if let Some(removed) = change.strip_prefix('-') {
            lines.retain(|line| key(line) != removed);
        } else if let Some(line) = lines.iter_mut().find(|line| key(line) == key(change)) {
            *line = change.to_string();
        } else {
            lines.push(change.to_string());
        }
    }
    lines.join("\n") + "\n\n"
}

/// The real file with the `reviewWorkingDays` entries replaced by `entries`.
fn with(entries: &[String]) -> String {
    let kept: Vec<&str> = REAL.split("[[parameter]]").filter(|part| !part.contains("id = \"reviewWorkingDays\"")).collect();
    kept.join("[[parameter]]") + "\n" + &entries.concat()
}

/// The problems the checker finds in `text`; it must find at least one.
fn problems(text: &str) -> Vec<String> {
    match check(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(problems) => problems,
    }
}

/// Asserts that one problem names the file, the entry and contains `reason`.
fn rejects(text: &str, entry: &str, reason: &str) {
    let found = problems(text);
    assert!(
        found.iter().any(|problem| problem.starts_with(FILE) && problem.contains(entry) && problem.contains(reason)),
        "expected a problem naming {entry} with `{reason}`, got {found:#?}"
    );
}

const ENTRY: &str = "`reviewWorkingDays` from 2025-09-01";

#[test]
fn the_real_file_passes_and_holds_every_id() {
    let rows = check(REAL).unwrap_or_else(|problems| panic!("{problems:#?}"));
    let ids = ids().ids;
    assert!(ids.len() > 30, "{ids:?}");
    for id in &ids {
        assert!(rows.iter().any(|row| &row.id == id), "{id} has no entry");
    }
    assert_eq!(rows.len(), kz_work_permit::rules::RuleBook::built_in().rows().count());
}

#[test]
fn the_generated_table_is_the_built_in_table() {
    let rows = check(REAL).unwrap();
    for (row, built) in rows.iter().zip(kz_work_permit::rules::RuleBook::built_in().rows()) {
        assert_eq!(row.id, built.id.name());
        // The act by its id: `order93` is `ActId::Order93`; its name is in the words.
        assert_eq!(Some(source::pascal(&row.act)), built.citation.act_id.map(|id| format!("{id:?}")));
        assert!(built.citation.act.is_empty(), "a built-in citation is named when rendered in a language");
        // The clause by its id: `{ article = "616", point = "1" }` is `ClauseId::Art616P1`; each
        // language writes it from its [clause] words.
        assert_eq!(row.clause.as_ref().map(source::Clause::variant), built.citation.clause_id.map(|id| format!("{id:?}")));
        assert!(built.citation.clause.is_empty(), "a built-in clause is written when rendered in a language");
        assert_eq!(row.url, built.citation.url);
    }
    // The test entries pass as they are, so each test below fails for its one mistake only.
    let both = with(&[entry(&["from = 2023-07-01", "to = 2025-08-31"]), entry(&[])]);
    check(&both).unwrap_or_else(|problems| panic!("{problems:#?}"));
}

#[test]
fn a_clause_is_a_reference_and_a_note_is_apart() {
    let rows = check(&with(&[entry(&["clause = { articles = [\"173\", \"175\"] }", "note = \"by our reading\""])])).unwrap_or_else(|problems| panic!("{problems:#?}"));
    let row = rows.iter().find(|row| row.id == "reviewWorkingDays").unwrap();
    assert_eq!(row.clause, Some(source::Clause::Articles(vec!["173".into(), "175".into()])));
    assert_eq!(row.note, "by our reading");
    // No clause: none was verified.
    let rows = check(&with(&[entry(&["-clause"])])).unwrap_or_else(|problems| panic!("{problems:#?}"));
    assert_eq!(rows.iter().find(|row| row.id == "reviewWorkingDays").unwrap().clause, None);
    // Each language writes it.
    let ru = |key: &str| match key {
        "articlePoint" => "ст. {article}, п. {point}".to_owned(),
        "articles" => "ст. {articles}".to_owned(),
        _ => String::new(),
    };
    assert_eq!(source::Clause::ArticlePoint("616".into(), "1".into()).write(ru), "ст. 616, п. 1");
    assert_eq!(source::Clause::Articles(vec!["173".into(), "175".into()]).write(ru), "ст. 173, 175");
}

#[test]
fn a_clause_as_text_fails() {
    rejects(&with(&[entry(&["clause = \"art. 5 p. 2\""])]), ENTRY, "clause `art. 5 p. 2` is text");
    rejects(&with(&[entry(&["clause = \"not verified\""])]), ENTRY, "an explanation as `note`");
}

#[test]
fn a_clause_with_an_unknown_key_fails() {
    rejects(&with(&[entry(&["clause = { section = \"5\" }"])]), ENTRY, "clause has `section`");
}

#[test]
fn a_point_without_its_article_fails() {
    rejects(&with(&[entry(&["clause = { point = \"2\" }"])]), ENTRY, "clause.point without an article");
}

#[test]
fn a_clause_mixing_its_forms_fails() {
    rejects(&with(&[entry(&["clause = { article = \"5\", paragraph = \"2\" }"])]), ENTRY, "clause mixes its forms");
    rejects(&with(&[entry(&["clause = { articles = [\"5\", \"6\"], point = \"2\" }"])]), ENTRY, "clause mixes its forms");
}

#[test]
fn a_clause_number_that_is_not_a_number_fails() {
    rejects(&with(&[entry(&["clause = { article = \"five\" }"])]), ENTRY, "clause.article `five` is not a number");
    rejects(&with(&[entry(&["clause = { article = 5 }"])]), ENTRY, "write it as a string");
    rejects(&with(&[entry(&["clause = { articles = [\"5\", \"x\"] }"])]), ENTRY, "clause.articles is a list of numbers");
}

#[test]
fn one_article_as_a_list_fails() {
    rejects(&with(&[entry(&["clause = { articles = [\"5\"] }"])]), ENTRY, "one is `article`");
}

#[test]
fn an_empty_note_fails() {
    rejects(&with(&[entry(&["note = \" \""])]), ENTRY, "note is empty");
}

#[test]
fn an_unknown_id_fails() {
    rejects(&(REAL.to_owned() + "\n" + &entry(&["id = \"reviewDays\""])), "`reviewDays` from 2025-09-01", "unknown id `reviewDays`");
}

#[test]
fn an_id_without_an_entry_fails() {
    rejects(&with(&[]), FILE, "no entry for `reviewWorkingDays`");
}

#[test]
fn a_duplicate_entry_fails() {
    rejects(&(REAL.to_owned() + "\n" + &entry(&[])), ENTRY, "duplicate entry");
}

#[test]
fn overlapping_periods_fail() {
    // The 2023 entry runs to 2025-09-01, one day into the 2025 entry's period.
    let text = with(&[entry(&["from = 2023-07-01", "to = 2025-09-01"]), entry(&[])]);
    rejects(&text, ENTRY, "overlapping periods");
    // An entry with no end overlaps every later one.
    let text = with(&[entry(&["from = 2023-07-01"]), entry(&[])]);
    rejects(&text, ENTRY, "overlapping periods");
}

#[test]
fn a_to_before_from_fails() {
    rejects(&with(&[entry(&["to = 2025-08-01"])]), ENTRY, "to 2025-08-01 is before from 2025-09-01");
}

#[test]
fn a_unit_the_parameter_does_not_take_fails() {
    let text = with(&[entry(&["from = 2023-07-01", "to = 2025-08-31"]), entry(&["unit = \"months\"", "-dayKind"])]);
    rejects(&text, ENTRY, "unit `months`, but the parameter takes `days`");
    rejects(&with(&[entry(&["unit = \"weeks\""])]), ENTRY, "unknown unit `weeks`");
}

#[test]
fn a_value_kind_the_unit_does_not_take_fails() {
    rejects(&with(&[entry(&["value = true"])]), ENTRY, "the value is true or false, which unit `days` does not take");
    let text = with(&[entry(&["unit = \"percent\"", "-dayKind", "value = { min = 1, max = 2 }"])]);
    rejects(&text, ENTRY, "which unit `percent` does not take");
    rejects(&with(&[entry(&["value = \"six\""])]), ENTRY, "the words are unlimited, notRequired and unknown");
    rejects(&with(&[entry(&["value = -1"])]), ENTRY, "whole number");
    rejects(&with(&[entry(&["value = { min = 9, max = 6 }"])]), ENTRY, "greater than max");
}

#[test]
fn a_day_kind_is_required_for_days_only() {
    rejects(&with(&[entry(&["-dayKind"])]), ENTRY, "needs dayKind");
    rejects(&with(&[entry(&["dayKind = \"business\""])]), ENTRY, "dayKind `business`");
}

#[test]
fn confirmed_without_an_act_fails() {
    let text = with(&[entry(&["confidence = \"confirmed\"", "act = { id = \"practice\" }"])]);
    rejects(&text, ENTRY, "confirmed without an act");
    // With a number or a date, or an official address, it passes.
    for act in ["act = { id = \"order93\", number = \"93\" }", "act = { id = \"order93\", date = 2025-03-28 }"] {
        let other = with(&[entry(&["from = 2023-07-01", "to = 2025-08-31"]), entry(&["confidence = \"confirmed\"", act])]);
        check(&other).unwrap_or_else(|problems| panic!("{problems:#?}"));
    }
}

#[test]
fn an_act_is_named_by_its_id_only() {
    // The name is in the words ([act] of data/words/*.toml), not typed at each entry.
    let text = with(&[entry(&["act = { id = \"order93\", name = \"Order No. 93\", number = \"93\" }"])]);
    let found = problems(&text);
    assert!(found.iter().any(|problem| problem.starts_with(FILE) && problem.contains("unknown field `name`")), "{found:#?}");
    let text = with(&[entry(&["act = { number = \"93\" }"])]);
    let found = problems(&text);
    assert!(found.iter().any(|problem| problem.starts_with(FILE) && problem.contains("missing field `id`")), "{found:#?}");
}

#[test]
fn an_act_id_that_is_not_an_id_fails() {
    for id in ["", "Order 93", "order-93", "Order93"] {
        let text = with(&[entry(&[&format!("act = {{ id = \"{id}\", number = \"93\" }}")])]);
        rejects(&text, ENTRY, &format!("act.id `{id}` is not an id"));
    }
}

#[test]
fn the_act_ids_are_the_entries_acts_once_each() {
    let ids = rules::act_ids(REAL, FILE).expect("the real file reads");
    assert_eq!(ids.first().map(String::as_str), Some("eaeuTreaty"));
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    let cited: Vec<&str> = REAL.lines().filter_map(|line| line.strip_prefix("act = { id = \"")).filter_map(|rest| rest.split('"').next()).collect();
    assert_eq!(cited.len(), REAL.lines().filter(|line| line.starts_with("id = ")).count(), "every entry has act.id");
    for id in cited {
        assert!(ids.iter().any(|known| known == id), "{id}");
    }
    // An entry's new act is a new id, so the words' check asks for its name in every language.
    let text = with(&[entry(&["act = { id = \"order94\", number = \"94\" }"])]);
    assert!(rules::act_ids(&text, FILE).unwrap().contains(&"order94".to_owned()));
}

#[test]
fn a_non_official_address_fails() {
    let text = with(&[entry(&["address = \"https://f-chain.com/x\""])]);
    rejects(&text, ENTRY, "is not an official site");
    // A look-alike host is not official either.
    rejects(&with(&[entry(&["address = \"https://adilet.zan.kz.example.com/x\""])]), ENTRY, "is not an official site");
    assert!(rules::is_official("https://adilet.zan.kz/rus/docs/V2300032977"));
    assert!(rules::is_official("https://invest.gov.kz/x"));
}

#[test]
fn an_entry_without_a_source_fails() {
    rejects(&with(&[entry(&["-evidence"])]), ENTRY, "no address and no evidence");
}

#[test]
fn an_unknown_field_or_a_syntax_error_fails_with_the_file() {
    let found = problems(&with(&[entry(&["colour = \"red\""])]));
    assert!(found.iter().any(|p| p.starts_with(FILE) && p.contains("colour")), "{found:#?}");
    let found = problems("[[parameter]\nid = 1\n");
    assert!(found.iter().all(|p| p.starts_with(FILE)), "{found:#?}");
}

#[test]
fn the_ids_are_read_from_the_enum() {
    let ids = rules::variants("pub enum ParameterId {\n    /// a doc\n    ReviewWorkingDays,\n    Mci,\n}\n");
    assert_eq!(ids, ["reviewWorkingDays", "mci"]);
}

#[test]
fn a_bad_rate_table_fails() {
    // The real file's first general-permit fee table, with one change made to it.
    let rate = "{ category = 1, sectorGroup = \"a\", mci = 137 }";
    assert!(REAL.contains(rate));
    let place = "`feeGeneralPermit` from 2017-01-01";
    rejects(&REAL.replacen(rate, "{ category = 1, sectorGroup = \"d\", mci = 137 }", 1), place, "sectorGroup `d`; expected one of a, b, c");
    rejects(&REAL.replacen(rate, "{ category = 5, sectorGroup = \"a\", mci = 137 }", 1), place, "category is a whole number from 1 to 4");
    rejects(&REAL.replacen(rate, "{ category = 1, sectorGroup = \"b\", mci = 137 }", 1), place, "in order of category and then of sector group");
    rejects(&REAL.replacen(&format!("{rate}, "), "", 1), place, "category 1 needs a rate for every sector group");
    rejects(&REAL.replacen(rate, "{ category = 1, sectorGroup = \"a\", mci = 137, years = 1 }", 1), place, "category, sectorGroup and mci only");
}

#[test]
fn the_sector_groups_are_read_from_the_enum() {
    let names = rules::names("pub enum ParameterId {\n    Mci,\n}\n\npub enum SectorGroup {\n    A,\n    B,\n}\n");
    assert_eq!((names.ids, names.sector_groups), (vec!["mci".to_owned()], vec!["a".to_owned(), "b".to_owned()]));
}

#[test]
fn a_gap_between_two_entries_fails() {
    // The 2023 entry ends on 2025-08-30: nothing covers 2025-08-31, the last day of the 2023 rule set.
    let text = with(&[entry(&["from = 2023-07-01", "to = 2025-08-30"]), entry(&[])]);
    rejects(&text, "`reviewWorkingDays`", "a rule set without a value: no entry covers 2025-08-31 to 2025-08-31");
    // A longer hole, in the middle of the current rule set.
    let text = with(&[entry(&["from = 2023-07-01", "to = 2025-08-31"]), entry(&["to = 2026-01-31"]), entry(&["from = 2026-03-01"])]);
    rejects(&text, "`reviewWorkingDays`", "no entry covers 2026-02-01 to 2026-02-28");
}

#[test]
fn a_parameter_the_current_rule_set_lacks_fails() {
    // Only a 2023 entry: the rule set from 2025-09-01 has no value for it.
    let text = with(&[entry(&["from = 2023-07-01", "to = 2025-08-31"])]);
    rejects(&text, "`reviewWorkingDays`", "the rule set starting 2025-09-01 uses every parameter");
    // Starting after the current rule set's first day is a rule set without a value too.
    rejects(&with(&[entry(&["from = 2025-10-01"])]), "`reviewWorkingDays`", "no entry of `reviewWorkingDays` is in force on that day");
    // A parameter new in the current rule set needs no entry before it.
    check(&with(&[entry(&[])])).unwrap_or_else(|problems| panic!("{problems:#?}"));
}

#[test]
fn the_rule_sets_starts_are_read_from_the_source() {
    assert_eq!(rules::rule_set_starts(RULE_SETS).unwrap(), [(2023, 7, 1), (2025, 9, 1)]);
    assert!(rules::rule_set_starts("pub const RULE_SETS: &[RuleSet] = &[];").is_err());
}

#[test]
fn the_evidence_is_generated_in_the_tables_order() {
    let rows = check(REAL).unwrap();
    let generated = rules::generate_evidence(&rows);
    assert_eq!(generated.matches("\n    &[").count(), rows.len());
    let first = &rows[0].evidence[0];
    assert!(generated.contains(&format!("title: {:?}, address: {:?}", first.0, first.1)), "{generated}");
}

#[test]
fn the_checked_to_date_comes_from_the_file() {
    let generated = rules::generate_checked_to(REAL, FILE).unwrap_or_else(|problems| panic!("{problems:#?}"));
    assert!(generated.contains(&format!("\"{}\"", kz_work_permit::rules::RULES_CHECKED_TO)), "{generated}");
    let without = REAL.replacen("checkedTo = ", "# checkedTo = ", 1);
    let problems = rules::generate_checked_to(&without, FILE).unwrap_err();
    assert!(problems[0].starts_with(FILE) && problems[0].contains("`checkedTo` must be a date"), "{problems:?}");
    let with_time = REAL.replacen("checkedTo = 2026-12-03", "checkedTo = 2026-12-03T10:00:00", 1);
    assert!(rules::generate_checked_to(&with_time, FILE).is_err());
}
