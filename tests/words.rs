//! The build script's checks of the words (build/words.rs): the real files pass, and each kind of
//! mistake fails with the file, the key and the reason. Native only (the checks run in the build).

#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build/source.rs"]
mod source;
#[path = "../build/words.rs"]
mod words;
#[allow(dead_code)]
#[path = "../build/rules.rs"]
mod rules;
#[allow(dead_code)]
#[path = "../build/calendar.rs"]
mod calendar;

use words::{check, File, Table, Text};

const EN: &str = r#"
[message]
permitNeeded = "A permit is needed."
tooLarge = "Enter at most {max}."
reviewDue = { count = "days", one = "Reviewed within {days} working day of {date}.", other = "Reviewed within {days} working days of {date}." }

[ui]
title = "Title"
daysAfter = { one = "{count} day after {date}", other = "{count} days after {date}" }

[lists]
weekdays = ["Monday", "Tuesday"]
"#;

const RU: &str = r#"
[message]
permitNeeded = "Разрешение требуется."
tooLarge = "Введите число не больше {max}."
reviewDue = { count = "days", one = "Рассматривается в течение {days} рабочего дня с {date}.", few = "Рассматривается в течение {days} рабочих дней с {date}.", many = "Рассматривается в течение {days} рабочих дней с {date}." }

[ui]
title = "Заголовок"
daysAfter = { one = "{count} день после {date}", few = "{count} дня после {date}", many = "{count} дней после {date}" }

[lists]
weekdays = ["понедельник", "вторник"]
"#;

const KK: &str = r#"
[message]
permitNeeded = "Рұқсат қажет."
tooLarge = "{max} мәнінен аспайтын санды енгізіңіз."
reviewDue = { count = "days", one = "{date} күнінен бастап {days} жұмыс күні ішінде қаралады.", other = "{date} күнінен бастап {days} жұмыс күні ішінде қаралады." }

[ui]
title = "Тақырып"
daysAfter = { one = "{date} күнінен кейін {count} күн", other = "{date} күнінен кейін {count} күн" }

[lists]
weekdays = ["дүйсенбі", "сейсенбі"]
"#;

fn tables() -> Vec<Table> {
    vec![
        Table { name: "message", enum_path: "crate::text::Message", variants: Some(vec!["PermitNeeded".into(), "TooLarge".into(), "ReviewDue".into()]), plurals: true, counted: true, constants: false },
        Table { name: "ui", enum_path: "crate::web::ui_text::Ui", variants: Some(vec!["Title".into(), "DaysAfter".into()]), plurals: true, counted: false, constants: false },
        Table { name: "lists", enum_path: "", variants: None, plurals: false, counted: false, constants: true },
    ]
}

/// Checks the three files, `ru` and `kk` given (English is `EN`).
fn run(en: &str, ru: &str, kk: &str) -> Result<Vec<words::Words>, String> {
    let files = [
        File { path: "data/words/en.toml", language: "en", contents: en },
        File { path: "data/words/ru.toml", language: "ru", contents: ru },
        File { path: "data/words/kk.toml", language: "kk", contents: kk },
    ];
    check(&files, &tables())
}

/// The error, which must name the file, the key and the reason.
fn error(result: Result<Vec<words::Words>, String>, file: &str, key: &str, reason: &str) {
    let error = result.expect_err("the check should fail");
    assert!(
        error.lines().any(|line| line.starts_with(file) && line.contains(&format!("key `{key}`")) && line.contains(reason)),
        "expected an error in {file} for `{key}`: {reason}; got:\n{error}"
    );
}

#[test]
fn good_files_pass_and_keep_the_forms_in_order() {
    let words = run(EN, RU, KK).expect("the files are good");
    let ru = &words[1]["ui"]["daysAfter"];
    let Text::Plural(forms, None) = ru else { panic!("a plural table following {{count}}: {ru:?}") };
    assert_eq!(forms.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(), ["one", "few", "many"]);
    let ru = &words[1]["message"]["reviewDue"];
    let Text::Plural(forms, Some(count)) = ru else { panic!("a plural table with its count: {ru:?}") };
    assert_eq!((forms.len(), count.as_str()), (3, "days"));
    let Text::Plural(forms, _) = &words[2]["ui"]["daysAfter"] else { panic!("Kazakh's table") };
    assert_eq!(forms.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(), ["one", "other"]);
}

#[test]
fn a_key_missing_in_one_language_fails() {
    let ru = RU.replace("tooLarge = \"Введите число не больше {max}.\"\n", "");
    error(run(EN, &ru, KK), "data/words/ru.toml", "tooLarge", "missing (it is in en.toml, kk.toml)");
}

#[test]
fn a_key_in_one_language_only_fails() {
    let kk = KK.replace("[ui]\n", "[ui]\nsubtitle = \"Тақырыпша\"\n");
    let result = run(EN, RU, &kk);
    error(result.clone(), "data/words/kk.toml", "subtitle", "unknown key: Ui has no variant Subtitle");
    error(result.clone(), "data/words/en.toml", "subtitle", "missing (it is in kk.toml)");
    error(result, "data/words/ru.toml", "subtitle", "missing (it is in kk.toml)");
}

#[test]
fn an_unknown_key_in_every_language_fails() {
    let add = |file: &str, text: &str| file.replace("[message]\n", &format!("[message]\npermitMaybe = \"{text}\"\n"));
    error(run(&add(EN, "Maybe."), &add(RU, "Может быть."), &add(KK, "Мүмкін.")), "data/words/en.toml", "permitMaybe", "unknown key: Message has no variant PermitMaybe");
}

#[test]
fn a_variant_without_words_fails() {
    let mut tables = tables();
    tables[0].variants.as_mut().expect("the variants").push("KazakhCitizen".into());
    let files = [
        File { path: "data/words/en.toml", language: "en", contents: EN },
        File { path: "data/words/ru.toml", language: "ru", contents: RU },
        File { path: "data/words/kk.toml", language: "kk", contents: KK },
    ];
    error(check(&files, &tables), "data/words/ru.toml", "kazakhCitizen", "missing (Message::KazakhCitizen has no words)");
}

#[test]
fn a_missing_placeholder_fails() {
    let kk = KK.replace("{max} мәнінен", "Мәнінен");
    error(run(EN, RU, &kk), "data/words/kk.toml", "tooLarge", "placeholder {max} missing (it is in en.toml)");
}

#[test]
fn an_extra_placeholder_fails() {
    let ru = RU.replace("Разрешение требуется.", "Разрешение требуется с {date}.");
    error(run(EN, &ru, KK), "data/words/ru.toml", "permitNeeded", "placeholder {date} extra (it is not in en.toml)");
}

#[test]
fn a_placeholder_missing_in_one_plural_form_fails() {
    let ru = RU.replace("{count} дня после {date}", "{count} дня после");
    error(run(EN, &ru, KK), "data/words/ru.toml", "daysAfter", "(form `few`): placeholder {date} missing");
}

#[test]
fn a_plural_table_with_the_wrong_forms_fails() {
    // Russian takes one, few and many; English's one and other are not enough.
    let ru = RU.replace(
        "{ one = \"{count} день после {date}\", few = \"{count} дня после {date}\", many = \"{count} дней после {date}\" }",
        "{ one = \"{count} день после {date}\", other = \"{count} дней после {date}\" }",
    );
    error(run(EN, &ru, KK), "data/words/ru.toml", "daysAfter", "bad plural table: ru takes the forms one, few, many; missing few, many; unknown other");
}

#[test]
fn a_plural_form_that_is_not_text_fails() {
    let en = EN.replace("other = \"{count} days after {date}\"", "other = 2");
    error(run(&en, RU, KK), "data/words/en.toml", "daysAfter", "bad plural table: the form `other` must be a string");
}

#[test]
fn plural_forms_where_the_table_takes_none_fail() {
    let mut tables = tables();
    tables[0].plurals = false;
    let files = [
        File { path: "data/words/en.toml", language: "en", contents: EN },
        File { path: "data/words/ru.toml", language: "ru", contents: RU },
        File { path: "data/words/kk.toml", language: "kk", contents: KK },
    ];
    error(check(&files, &tables), "data/words/en.toml", "reviewDue", "bad plural table: [message] takes no plural forms");
}

#[test]
fn a_message_table_without_its_count_fails() {
    let en = EN.replace("reviewDue = { count = \"days\", ", "reviewDue = { ");
    error(run(&en, RU, KK), "data/words/en.toml", "reviewDue", "bad plural table: name the placeholder its form follows");
}

#[test]
fn a_count_that_is_not_a_placeholder_fails() {
    let ru = RU.replace("reviewDue = { count = \"days\"", "reviewDue = { count = \"weeks\"");
    error(run(EN, &ru, KK), "data/words/ru.toml", "reviewDue", "count `weeks` is not a placeholder of every form");
    // Another placeholder of the forms, but not English's count.
    let kk = KK.replace("reviewDue = { count = \"days\"", "reviewDue = { count = \"date\"");
    error(run(EN, RU, &kk), "data/words/kk.toml", "reviewDue", "count `date`, but `days` in en.toml");
}

#[test]
fn a_count_in_a_ui_table_fails() {
    let en = EN.replace("daysAfter = { one", "daysAfter = { count = \"count\", one");
    error(run(&en, RU, KK), "data/words/en.toml", "daysAfter", "`count` is not a form");
}

#[test]
fn plural_forms_in_one_language_only_fail() {
    // Russian needs them; a plain string there fails, naming the forms it must give.
    let start = RU.find("reviewDue = ").unwrap();
    let end = start + RU[start..].find('\n').unwrap();
    let ru = format!("{}reviewDue = \"Рассматривается в течение {{days}} рабочих дней с {{date}}.\"{}", &RU[..start], &RU[end..]);
    error(run(EN, &ru, KK), "data/words/ru.toml", "reviewDue", "a string, but it has plural forms in en.toml, kk.toml: give the forms of one, few, many");
    // Kazakh's two forms are often the same words, but it gives them as well.
    let kk = KK.replace("daysAfter = { one = \"{date} күнінен кейін {count} күн\", other = \"{date} күнінен кейін {count} күн\" }", "daysAfter = \"{date} күнінен кейін {count} күн\"");
    error(run(EN, RU, &kk), "data/words/kk.toml", "daysAfter", "give the forms of one, other");
}

#[test]
fn a_placeholder_missing_in_one_message_form_fails() {
    let ru = RU.replace("{days} рабочего дня с {date}", "{days} рабочего дня");
    error(run(EN, &ru, KK), "data/words/ru.toml", "reviewDue", "(form `one`): placeholder {date} missing");
}

/// A message with a count reads correctly in Russian for 1, 2, 5 and 21 (and 11, 12, 22).
#[test]
fn a_message_with_a_count_takes_its_plural_form() {
    use kz_work_permit::text::{Language, Message};
    let review = |days: u32, language| Message::DeadlineReviewDue.with("days", days).message.render(&[("days", days.to_string())], language);
    let cases = [
        (1, "в течение 1 рабочего дня"),
        (2, "в течение 2 рабочих дней"),
        (5, "в течение 5 рабочих дней"),
        (11, "в течение 11 рабочих дней"),
        (21, "в течение 21 рабочего дня"),
    ];
    for (days, words) in cases {
        let text = review(days, Language::Ru);
        assert!(text.contains(words), "{days}: {text}");
    }
    let term = |months: u32| Message::TermCategory4.render(&[("months", months.to_string())], Language::Ru);
    for (months, words) in [(1, "на 1 месяц "), (2, "на 2 месяца "), (5, "на 5 месяцев "), (21, "на 21 месяц "), (22, "на 22 месяца "), (12, "на 12 месяцев ")] {
        assert!(term(months).contains(words), "{months}: {}", term(months));
    }
    let opens = |days: u32| Message::DeadlineExtensionWindowOpens.render(&[("days", days.to_string())], Language::Ru);
    for (days, words) in [(1, "за 1 календарный день"), (2, "за 2 календарных дня"), (5, "за 5 календарных дней"), (21, "за 21 календарный день")] {
        assert!(opens(days).contains(words), "{days}: {}", opens(days));
    }
    // English: one and other; an unknown value ("?") takes the last form.
    assert!(review(1, Language::En).contains("within 1 working day of"), "{}", review(1, Language::En));
    assert!(review(6, Language::En).contains("within 6 working days of"), "{}", review(6, Language::En));
    let unknown = Message::TermCategory4.render(&[("months", "?".into())], Language::Ru);
    assert!(unknown.contains("на ? месяцев"), "{unknown}");
    // Kazakh keeps the noun singular after a number.
    assert!(review(5, Language::Kk).contains("5 жұмыс күні ішінде"), "{}", review(5, Language::Kk));
}

/// Every message whose words have plural forms names as its count a value the engine gives it.
#[test]
fn every_counted_message_gets_its_count() {
    let read = |path: &str| std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path);
    let sources: String = ["src/assess/advice.rs", "src/assess/deadlines.rs", "src/assess/local_content.rs", "src/assess/input.rs", "src/assess/verdict.rs", "src/assess/plan.rs"].iter().map(|p| read(p)).collect();
    let en = read("data/words/en.toml");
    let message = en.split("[message]\n").nth(1).unwrap().split("\n[").next().unwrap();
    let mut counted = 0;
    for line in message.lines().filter(|l| l.contains("= { count = ")) {
        let count = line.split("count = \"").nth(1).unwrap().split('"').next().unwrap();
        assert!(sources.contains(&format!(".with(\"{count}\"")), "no value `{count}` is given: {line}");
        counted += 1;
    }
    assert!(counted >= 15, "{counted} messages with a count");
}

#[test]
fn a_list_of_another_length_fails() {
    let kk = KK.replace("[\"дүйсенбі\", \"сейсенбі\"]", "[\"дүйсенбі\"]");
    error(run(EN, RU, &kk), "data/words/kk.toml", "weekdays", "1 items, but 2 in en.toml");
}

#[test]
fn a_list_that_is_not_text_fails() {
    let ru = RU.replace("weekdays = [\"понедельник\", \"вторник\"]", "weekdays = \"понедельник\"");
    error(run(EN, &ru, KK), "data/words/ru.toml", "weekdays", "must be a list of strings, as in en.toml");
    let ru = RU.replace("weekdays = [\"понедельник\", \"вторник\"]", "weekdays = 7");
    error(run(EN, &ru, KK), "data/words/ru.toml", "weekdays", "must be a string or a list of strings");
}

/// The plural categories by the CLDR rules: ru one/few/many, en and kk one/other.
#[test]
fn plural_forms_follow_cldr() {
    use kz_work_permit::text::{Language, Plural};
    for (count, form) in [(0, Plural::Many), (1, Plural::One), (2, Plural::Few), (4, Plural::Few), (5, Plural::Many), (11, Plural::Many), (12, Plural::Many), (14, Plural::Many), (21, Plural::One), (22, Plural::Few), (25, Plural::Many), (101, Plural::One), (111, Plural::Many), (112, Plural::Many), (1_000_000, Plural::Many)] {
        assert_eq!(Language::Ru.plural(count), form, "ru {count}");
    }
    for language in [Language::En, Language::Kk] {
        assert_eq!(language.plural(1), Plural::One);
        for count in [0, 2, 5, 11, 21, 101] {
            assert_eq!(language.plural(count), Plural::Other, "{language:?} {count}");
        }
    }
}

#[test]
fn a_file_that_is_not_toml_fails() {
    let error = run(EN, RU, &KK.replace("title = ", "title ")).expect_err("the check should fail");
    assert!(error.starts_with("data/words/kk.toml: not valid TOML"), "{error}");
    assert!(error.contains("title"), "the reader's message shows the line: {error}");
}

/// The repository's files and enums pass (the build checks them too; this says so in a test).
#[test]
fn the_real_files_pass() {
    let read = |path: &str| std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path);
    let tables = real_tables();
    assert!(tables.iter().filter(|t| t.name != "act" && t.name != "clause").filter_map(|t| t.variants.as_ref()).all(|v| v.len() > 40), "the enums' variants were read");
    assert!(tables.iter().any(|t| t.name == "act" && t.variants.as_ref().is_some_and(|v| v.len() > 15)), "the acts cited were read");
    let contents: Vec<String> = words::LANGUAGES.iter().map(|l| read(&format!("data/words/{l}.toml"))).collect();
    let files: Vec<File> = words::LANGUAGES
        .iter()
        .zip(&contents)
        .map(|(language, contents)| File { path: "data/words/?.toml", language, contents })
        .collect();
    check(&files, &tables).expect("the words are good");
}

/// Every rule parameter has its label in every language (the rules page shows them).
#[test]
fn every_parameter_has_a_label() {
    use kz_work_permit::text::{parameter_label, Language};
    let book = kz_work_permit::rules::RuleBook::built_in();
    for row in book.rows() {
        for language in Language::ALL {
            let label = parameter_label(row.id, language);
            assert!(!label.trim().is_empty() && label != row.id.name(), "{:?} in {language:?}: {label:?}", row.id);
        }
    }
    assert_eq!(parameter_label(kz_work_permit::rules::ParameterId::EaeuMemberStates, Language::En), "EAEU member states (their citizens need no permit)");
}

/// Every rule parameter has a one-line explanation in every language, other than its label, one
/// sentence, with no digits (the value is shown beside it, and may change).
#[test]
fn every_parameter_has_an_explanation() {
    use kz_work_permit::text::{parameter_explanation, parameter_label, Language};
    let book = kz_work_permit::rules::RuleBook::built_in();
    for row in book.rows() {
        for language in Language::ALL {
            let explanation = parameter_explanation(row.id, language);
            let at = format!("{:?} in {language:?}: {explanation:?}", row.id);
            assert!(explanation.len() > 20 && explanation != parameter_label(row.id, language), "{at}");
            assert!(explanation.ends_with('.') && explanation.matches(". ").count() == 0, "one sentence: {at}");
            assert!(!explanation.contains(|c: char| c.is_ascii_digit()), "no numbers: {at}");
        }
    }
    assert!(parameter_explanation(kz_work_permit::rules::ParameterId::Mci, Language::Kk).contains("теңге"));
}

/// An explanation missing in one language fails the build like a label.
#[test]
fn an_explanation_missing_in_one_language_fails() {
    let read = |path: &str| std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path);
    let tables = real_tables();
    let contents: Vec<String> = words::LANGUAGES.iter().map(|l| read(&format!("data/words/{l}.toml"))).collect();
    let kk: String = contents[2].lines().filter(|line| !line.starts_with("mci = \"Алымдар")).map(|line| format!("{line}\n")).collect();
    let files = [
        File { path: "data/words/en.toml", language: "en", contents: &contents[0] },
        File { path: "data/words/ru.toml", language: "ru", contents: &contents[1] },
        File { path: "data/words/kk.toml", language: "kk", contents: &kk },
    ];
    let result = check(&files, &tables);
    let error = result.expect_err("the check should fail");
    assert!(error.lines().any(|l| l.starts_with("data/words/kk.toml: [explanation] key `mci`: missing")), "{error}");
}

/// The generated wire names (`WireName`, build/source.rs) are serde's camelCase of the variants:
/// what `rename_all` gives the TypeScript types and what the enums' derived `Deserialize` reads.
/// (tests/browser.rs checks every such enum against its TypeScript type, which tsify derives with
/// serde's own renaming.)
#[test]
fn the_generated_wire_names_are_serdes() {
    use kz_work_permit::assess::{EmployerKind, Route};
    use kz_work_permit::rules::{Confidence, ParameterId, SectorGroup};
    use kz_work_permit::WireName;
    fn round_trip<T: WireName + serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug>() {
        assert!(!T::ALL.is_empty());
        for value in T::ALL {
            let read: T = serde_json::from_value(serde_json::Value::String(value.wire_name().to_owned())).expect("serde reads the generated name");
            assert_eq!(read, *value);
            assert_eq!(serde_json::to_value(value).unwrap(), value.wire_name());
        }
    }
    round_trip::<ParameterId>();
    round_trip::<SectorGroup>();
    round_trip::<Confidence>();
    round_trip::<EmployerKind>();
    round_trip::<Route>();
    for row in kz_work_permit::rules::RuleBook::built_in().rows() {
        assert!(ParameterId::ALL.contains(&row.id));
    }
    let en = std::fs::read_to_string(format!("{}/data/words/en.toml", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let message = en.split("[message]\n").nth(1).unwrap().split("\n[").next().unwrap();
    assert!(message.contains(&format!("\n{} = ", kz_work_permit::text::Message::VerdictCanApply.code())));
    assert_eq!(serde_json::to_value(kz_work_permit::text::Message::PlanPayFee).unwrap(), "planPayFee");
    assert_eq!(serde_json::to_value(kz_work_permit::assess::PlanStepId::PayFee).unwrap(), "payFee");
    assert_eq!(serde_json::to_value(kz_work_permit::text::Language::Kk).unwrap(), "kk");
}

/// The build's reader of wire names follows each enum's `rename_all` and refuses an enum without
/// one; every listed enum is found in its file.
#[test]
fn the_wire_names_follow_rename_all() {
    let camel = "#[derive(Clone, Copy)]\n#[serde(rename_all = \"camelCase\")]\npub enum Step {\n    DueSoon, // soon\n    Done,\n}\n";
    assert_eq!(source::wire_names(camel, "Step").unwrap(), [("DueSoon".to_owned(), "dueSoon".to_owned()), ("Done".to_owned(), "done".to_owned())]);
    let lower = "/// Tags.\n#[cfg_attr(target_arch = \"wasm32\", serde(rename_all = \"lowercase\"))]\npub enum Tag {\n    KkKz,\n}\n";
    assert_eq!(source::wire_names(lower, "Tag").unwrap(), [("KkKz".to_owned(), "kkkz".to_owned())]);
    let none = "#[derive(Clone, Copy)]\npub enum Bare {\n    One,\n}\n";
    assert!(source::wire_names(none, "Bare").unwrap_err().contains("rename_all"));
    for (file, name) in source::WIRE_ENUMS {
        let text = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        assert!(!source::wire_names(&text, name).unwrap().is_empty(), "{file}: {name}");
    }
}

/// The tables as the build makes them: the enums' variants from their sources, the acts from the
/// ids data/rules.toml cites.
fn real_tables() -> Vec<Table> {
    let read = |path: &str| std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path);
    // The acts the rules cite, then the transfers' (build.rs joins them the same way).
    let mut acts = rules::act_ids(&read("data/rules.toml"), "data/rules.toml").expect("the rules file reads");
    acts.extend(calendar::act_ids(&read("data/calendar.toml")).into_iter().filter(|id| !acts.contains(id)).collect::<Vec<_>>());
    words::tables(&read("src/text.rs"), &read("src/web/ui_text.rs"), &read("src/rules/table.rs"), &acts).expect("the enums are readable")
}

/// The real files with `change` made to each language's contents (en, ru, kk), checked.
fn real_with(change: impl Fn(&str, String) -> String) -> Result<Vec<words::Words>, String> {
    let read = |path: &str| std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path);
    let contents: Vec<String> = words::LANGUAGES.iter().map(|l| change(l, read(&format!("data/words/{l}.toml")))).collect();
    let paths: Vec<String> = words::LANGUAGES.iter().map(|l| format!("data/words/{l}.toml")).collect();
    let files: Vec<File> = words::LANGUAGES.iter().zip(&paths).zip(&contents).map(|((language, path), contents)| File { path, language, contents }).collect();
    check(&files, &real_tables())
}

/// An act data/rules.toml cites without a name in one language fails the build.
#[test]
fn an_act_cited_without_a_name_fails() {
    let result = real_with(|language, text| if language == "ru" { text.lines().filter(|l| !l.starts_with("order93 = ")).map(|l| format!("{l}\n")).collect() } else { text });
    error(result, "data/words/ru.toml", "order93", "missing (it is in en.toml, kk.toml)");
    // Cited, but named in no language.
    let result = real_with(|_, text| text.lines().filter(|l| !l.starts_with("order93 = ")).map(|l| format!("{l}\n")).collect());
    error(result, "data/words/kk.toml", "order93", "data/rules.toml cites the act `order93`, which has no name");
}

/// A name in [act] that no entry of data/rules.toml cites fails the build.
#[test]
fn an_act_name_no_entry_cites_fails() {
    let result = real_with(|_, text| text.replace("[act]\n", "[act]\norder94 = \"Order No. 94\"\n"));
    error(result, "data/words/en.toml", "order94", "unused: no entry of data/rules.toml and no transfer of data/calendar.toml cites the act `order94`");
}

/// An empty name fails the build (a word is never empty, an act's name least of all).
#[test]
fn an_empty_act_name_fails() {
    let result = real_with(|language, text| if language == "kk" { text.replace("\npractice = \"практика\"", "\npractice = \" \"") } else { text });
    error(result, "data/words/kk.toml", "practice", "empty: give the words");
    let ru = RU.replace("tooLarge = \"Введите число не больше {max}.\"", "tooLarge = \"\"");
    error(run(EN, &ru, KK), "data/words/ru.toml", "tooLarge", "empty");
}

/// Every act a built-in rule cites is named in every language, in that language's script (the
/// Russian and Kazakh names are not the English one), and an answer names it in its language.
#[test]
fn every_act_cited_is_named_in_every_language() {
    use kz_work_permit::text::{act_name, render_citation, Language};
    for row in kz_work_permit::rules::RuleBook::built_in().rows() {
        let id = row.citation.act_id.expect("a built-in row cites its act by id");
        for language in Language::ALL {
            let name = act_name(id, language);
            assert!(!name.trim().is_empty(), "{id:?} in {language:?}");
            let cyrillic = name.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
            assert_eq!(cyrillic, language != Language::En, "{id:?} in {language:?}: {name}");
        }
        let mut citation = row.citation.clone();
        render_citation(&mut citation, Language::Ru);
        assert_eq!(citation.act, act_name(id, Language::Ru));
    }
    let order = kz_work_permit::rules::ActId::Order279;
    assert!(act_name(order, Language::Ru).starts_with("Приказ № 279 от 30.06.2023"), "{}", act_name(order, Language::Ru));
    assert!(act_name(order, Language::Kk).starts_with("2023 жылғы 30 маусымдағы № 279 бұйрық"), "{}", act_name(order, Language::Kk));
}

/// A clause's format takes exactly its reference's parts: a wrong placeholder in English fails,
/// and another language follows English's.
#[test]
fn a_clause_format_with_the_wrong_placeholders_fails() {
    let result = real_with(|language, text| if language == "en" { text.replace("articlePoint = \"art. {article}({point})\"", "articlePoint = \"art. {article}\"") } else { text });
    error(result, "data/words/en.toml", "articlePoint", "a clause's `articlePoint` takes {article}, {point}");
    let result = real_with(|language, text| if language == "ru" { text.replace("paragraph = \"п. {paragraph}\"", "paragraph = \"п. {point}\"") } else { text });
    error(result, "data/words/ru.toml", "paragraph", "placeholder {paragraph} missing");
}

/// Every form of a clause has its words in every language, and no other key is one.
#[test]
fn a_clause_format_missing_or_unknown_fails() {
    let result = real_with(|language, text| if language == "kk" { text.lines().filter(|l| !l.starts_with("articles = ")).map(|l| format!("{l}\n")).collect() } else { text });
    error(result, "data/words/kk.toml", "articles", "missing");
    let result = real_with(|_, text| text.replace("[clause]\n", "[clause]\nchapter = \"ch. {chapter}\"\n"));
    error(result, "data/words/en.toml", "chapter", "unknown key: a clause is written with article, articlePoint, articles, paragraph");
}
