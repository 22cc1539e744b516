//! The words: reads `data/words/{en,ru,kk}.toml`, checks them against each other and against the
//! Rust enums whose variants they name, and writes one Rust file per language and table into
//! `OUT_DIR` (`message_en.rs`, `ui_ru.rs`, …): a `match` from the enum to its text, so nothing is
//! parsed at run time and a build of one language compiles that language's files alone.
//!
//! A file is one TOML table per Rust enum (`[message]` for `text::Message`, `[ui]` for
//! `web::ui_text::Ui`, `[parameter]` and `[explanation]` for `rules::ParameterId`, the rules
//! page's labels and one-line explanations), one `key = "text"` per variant (the key is the
//! variant's camelCase name), with named placeholders (`{count}`, `{date}`). In a table that allows
//! them, a key's value may be a table of plural forms, the language's CLDR categories for whole
//! numbers: `{ one = "…", other = "…" }` in English and Kazakh, `{ one = "…", few = "…", many =
//! "…" }` in Russian. A key with plural forms in one language has them in every language (Kazakh's
//! two forms are often the same words: a noun after a numeral stays singular). In `[ui]` the form
//! follows `{count}`; in `[message]` the table names the placeholder it follows, `{ count = "days",
//! one = "…", … }`, the same in every language.
//!
//! Every mistake fails the build with the file, the key and the reason: a key missing in one
//! language or not a variant of the enum, a variant without words, a placeholder missing or extra
//! compared with English, a malformed plural table (forms missing or unknown, a count that is not
//! one of its placeholders or differs from English's, plural forms in one language only), empty
//! words. The [act] table's keys are the act ids `data/rules.toml` uses (build/rules.rs), so an act
//! cited without a name in one language, or a name no entry cites, fails too. The checks are plain functions on the files'
//! contents, so `tests/words.rs` runs them on broken files too.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use crate::source::{camel, enum_variants, pascal, Clause, CLAUSE_FORMATS};

/// The languages, English first: the other files' placeholders are compared with its own.
pub const LANGUAGES: [&str; 3] = ["en", "ru", "kk"];

/// The CLDR plural categories a language's whole numbers take (one/few/many for Russian, one/other
/// for English and Kazakh), in the order the generated `match` tries them (the last is `_`).
pub fn plural_forms(language: &str) -> &'static [&'static str] {
    match language {
        "ru" => &["one", "few", "many"],
        _ => &["one", "other"],
    }
}

/// A table of the files and the Rust enum its keys name.
pub struct Table {
    /// The TOML table: `message`, `ui`.
    pub name: &'static str,
    /// The enum's path: `crate::text::Message` (empty for a table of lists).
    pub enum_path: &'static str,
    /// The enum's variants, as they are written in Rust (`PermitNeeded`), read from its source;
    /// `None` leaves the check of the keys against the enum to the compiler.
    pub variants: Option<Vec<String>>,
    /// Whether a key may take plural forms (then `plural(key, form)` is generated too).
    pub plurals: bool,
    /// Whether a plural table names the placeholder its form follows (`count = "days"`; then
    /// `count(key)` is generated too); else the form follows `{count}`.
    pub counted: bool,
    /// A table of constants instead: a string (`pub const CALENDAR_NOT_COVERED: &str`) or a list
    /// (`months = ["January", …]`, as long in every language as in English: `pub const MONTHS:
    /// [&str; 12]`).
    pub constants: bool,
}

/// One entry's words: a string, or its plural forms in the language's order (and, in a counted
/// table, the placeholder they follow).
#[derive(Clone, Debug, PartialEq)]
pub enum Text {
    Plain(String),
    Plural(Vec<(String, String)>, Option<String>),
    List(Vec<String>),
}

impl Text {
    fn forms(&self) -> Vec<&str> {
        match self {
            Text::Plain(text) => vec![text.as_str()],
            Text::Plural(forms, _) => forms.iter().map(|(_, text)| text.as_str()).collect(),
            Text::List(items) => items.iter().map(String::as_str).collect(),
        }
    }
}

/// A language's file once read: its tables, each key with its words.
pub type Words = BTreeMap<String, BTreeMap<String, Text>>;

/// A file to check: its name (for the messages), its language and its contents.
pub struct File<'a> {
    pub path: &'a str,
    pub language: &'a str,
    pub contents: &'a str,
}

/// The named placeholders of a template: `{count}`, `{date}`.
pub fn placeholders(template: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = template;
    while let Some((_, after)) = rest.split_once('{') {
        rest = after;
        if let Some((name, _)) = after.split_once('}') {
            if name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.chars().all(|c| c.is_ascii_alphanumeric()) {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

/// Reads one file: every table known, every value a string or (where the table allows them) a
/// table of exactly the language's plural forms. The errors name the file and the key.
pub fn read(file: &File, tables: &[Table]) -> Result<Words, Vec<String>> {
    let path = file.path;
    let root: toml::Table = file.contents.parse().map_err(|e: toml::de::Error| vec![format!("{path}: not valid TOML: {}", e.to_string().trim())])?;
    let mut words = Words::new();
    let mut errors = Vec::new();
    for (name, value) in root {
        let Some(table) = tables.iter().find(|t| t.name == name) else {
            errors.push(format!("{path}: [{name}]: unknown table (the tables are {})", tables.iter().map(|t| format!("[{}]", t.name)).collect::<Vec<_>>().join(", ")));
            continue;
        };
        let toml::Value::Table(entries) = value else {
            errors.push(format!("{path}: {name}: must be a table of `key = \"text\"` entries"));
            continue;
        };
        let section = words.entry(name.clone()).or_default();
        for (key, value) in entries {
            let entry = format!("{path}: [{name}] key `{key}`");
            match value {
                toml::Value::Array(items) if table.constants => match items.into_iter().map(|item| item.as_str().map(str::to_owned)).collect::<Option<Vec<_>>>() {
                    Some(items) => {
                        section.insert(key, Text::List(items));
                    }
                    None => errors.push(format!("{entry}: must be a list of strings")),
                },
                toml::Value::String(text) if text.trim().is_empty() => errors.push(format!("{entry}: empty: give the words")),
                toml::Value::String(text) => {
                    section.insert(key, Text::Plain(text));
                }
                toml::Value::Table(mut forms) if table.plurals => {
                    let count = match (table.counted, forms.remove("count")) {
                        (true, Some(toml::Value::String(count))) => Some(count),
                        (true, _) => {
                            errors.push(format!("{entry}: bad plural table: name the placeholder its form follows, `count = \"days\"`"));
                            continue;
                        }
                        (false, None) => None,
                        (false, Some(_)) => {
                            errors.push(format!("{entry}: bad plural table: [{name}]'s forms follow {{count}}; `count` is not a form"));
                            continue;
                        }
                    };
                    let expected = plural_forms(file.language);
                    let given: Vec<&str> = forms.keys().map(String::as_str).collect();
                    let missing: Vec<&str> = expected.iter().copied().filter(|f| !forms.contains_key(*f)).collect();
                    let extra: Vec<&str> = given.iter().copied().filter(|f| !expected.contains(f)).collect();
                    if !missing.is_empty() || !extra.is_empty() {
                        let mut reason = format!("bad plural table: {} takes the forms {}", file.language, expected.join(", "));
                        if !missing.is_empty() {
                            reason += &format!("; missing {}", missing.join(", "));
                        }
                        if !extra.is_empty() {
                            reason += &format!("; unknown {}", extra.join(", "));
                        }
                        errors.push(format!("{entry}: {reason}"));
                        continue;
                    }
                    let mut texts = Vec::new();
                    for form in expected {
                        match &forms[*form] {
                            toml::Value::String(text) if text.trim().is_empty() => errors.push(format!("{entry}: the form `{form}` is empty: give the words")),
                            toml::Value::String(text) => texts.push((form.to_string(), text.clone())),
                            _ => errors.push(format!("{entry}: bad plural table: the form `{form}` must be a string")),
                        }
                    }
                    if let Some(count) = count.as_ref().filter(|count| texts.iter().any(|(_, text)| !placeholders(text).contains(*count))) {
                        errors.push(format!("{entry}: bad plural table: count `{count}` is not a placeholder of every form"));
                    } else if texts.len() == expected.len() {
                        section.insert(key, Text::Plural(texts, count));
                    }
                }
                _ if table.constants => errors.push(format!("{entry}: must be a string or a list of strings")),
                toml::Value::Table(_) => errors.push(format!("{entry}: bad plural table: [{name}] takes no plural forms, only a string")),
                _ => errors.push(format!("{entry}: must be a string{}", if table.plurals { " or a table of plural forms" } else { "" })),
            }
        }
    }
    if errors.is_empty() {
        Ok(words)
    } else {
        Err(errors)
    }
}

/// Reads and checks the three files (English first) against each other and the enums; returns
/// each language's words, or every problem found, one a line.
pub fn check(files: &[File], tables: &[Table]) -> Result<Vec<Words>, String> {
    let mut errors = Vec::new();
    let mut all = Vec::new();
    for file in files {
        match read(file, tables) {
            Ok(words) => all.push(words),
            Err(mut e) => {
                errors.append(&mut e);
                all.push(Words::new());
            }
        }
    }
    let empty = BTreeMap::new();
    for table in tables {
        let name = table.name;
        let in_files: BTreeSet<&String> = all.iter().flat_map(|w| w.get(name).unwrap_or(&empty).keys()).collect();
        let declared = table.variants.as_ref();
        let variants: BTreeSet<String> = match declared {
            Some(variants) => variants.iter().map(|v| camel(v)).collect(),
            None => in_files.iter().map(|k| k.to_string()).collect(),
        };
        let enum_name = table.enum_path.rsplit("::").next().unwrap_or_default();
        // A key in the files that names no variant.
        for (file, words) in files.iter().zip(&all) {
            for key in words.get(name).unwrap_or(&empty).keys().filter(|k| !variants.contains(*k)) {
                if name == "act" {
                    errors.push(format!("{}: [act] key `{key}`: unused: no entry of data/rules.toml and no transfer of data/calendar.toml cites the act `{key}`", file.path));
                } else if name == "clause" {
                    errors.push(format!("{}: [clause] key `{key}`: unknown key: a clause is written with {}", file.path, CLAUSE_FORMATS.iter().map(|(key, _)| *key).collect::<Vec<_>>().join(", ")));
                } else {
                    errors.push(format!("{}: [{name}] key `{key}`: unknown key: {} has no variant {}", file.path, enum_name, pascal(key)));
                }
            }
        }
        // A key (known or not) missing in one file.
        for key in variants.iter().filter(|k| in_files.contains(k)).chain(in_files.iter().copied().filter(|k| !variants.contains(*k))) {
            let has: Vec<&str> = files.iter().zip(&all).filter(|(_, w)| w.get(name).is_some_and(|t| t.contains_key(key))).map(|(f, _)| file_name(f.path)).collect();
            for (file, words) in files.iter().zip(&all) {
                if !words.get(name).is_some_and(|t| t.contains_key(key)) {
                    errors.push(format!("{}: [{name}] key `{key}`: missing (it is in {})", file.path, has.join(", ")));
                }
            }
        }
        // A variant with no words in any file.
        for variant in declared.into_iter().flatten() {
            let key = camel(variant);
            if !in_files.contains(&key) {
                for file in files {
                    if name == "act" {
                        errors.push(format!("{}: [act] key `{key}`: missing (data/rules.toml cites the act `{key}`, which has no name)", file.path));
                    } else if name == "clause" {
                        errors.push(format!("{}: [clause] key `{key}`: missing (the build writes every clause with it)", file.path));
                    } else {
                        errors.push(format!("{}: [{name}] key `{key}`: missing ({}::{variant} has no words)", file.path, enum_name));
                    }
                }
            }
        }
        // Plural forms in one language only, or following another count than in English.
        for key in &in_files {
            let texts: Vec<Option<&Text>> = all.iter().map(|w| w.get(name).and_then(|t| t.get(*key))).collect();
            let with: Vec<&str> = files.iter().zip(&texts).filter(|(_, t)| matches!(t, Some(Text::Plural(..)))).map(|(f, _)| file_name(f.path)).collect();
            if with.is_empty() {
                continue;
            }
            let counts: Vec<(&File, &Option<String>)> = files.iter().zip(&texts).filter_map(|(f, t)| match t {
                Some(Text::Plural(_, count)) => Some((f, count)),
                _ => None,
            }).collect();
            for (file, text) in files.iter().zip(&texts) {
                if let Some(Text::Plain(_)) = text {
                    errors.push(format!("{}: [{name}] key `{key}`: a string, but it has plural forms in {}: give the forms of {}", file.path, with.join(", "), plural_forms(file.language).join(", ")));
                }
            }
            if let Some((first, count)) = counts.first() {
                for (file, other) in counts.iter().skip(1).filter(|(_, other)| other != count) {
                    errors.push(format!("{}: [{name}] key `{key}`: bad plural table: count `{}`, but `{}` in {}", file.path, other.as_deref().unwrap_or(""), count.as_deref().unwrap_or(""), file_name(first.path)));
                }
            }
        }
        // Placeholders: every form of every language has English's (all its forms together).
        let (Some(first), Some(english)) = (files.first(), all.first().and_then(|w| w.get(name))) else { continue };
        // A clause's format takes exactly its reference's parts (English's, which the others follow).
        if name == "clause" {
            for (key, expected) in CLAUSE_FORMATS {
                let Some(text) = english.get(*key) else { continue };
                let found: BTreeSet<String> = text.forms().into_iter().flat_map(placeholders).collect();
                let expected: BTreeSet<String> = expected.iter().map(|name| name.to_string()).collect();
                if found != expected {
                    let list = |names: &BTreeSet<String>| names.iter().map(|name| format!("{{{name}}}")).collect::<Vec<_>>().join(", ");
                    errors.push(format!("{}: [clause] key `{key}`: placeholders {}, but a clause's `{key}` takes {}", first.path, list(&found), list(&expected)));
                }
            }
        }
        for (key, text) in english {
            if let (Text::List(items), true) = (text, table.constants) {
                for (file, words) in files.iter().zip(&all).skip(1) {
                    match words.get(name).and_then(|t| t.get(key)) {
                        Some(Text::List(other)) if other.len() != items.len() => {
                            errors.push(format!("{}: [{name}] key `{key}`: {} items, but {} in {}", file.path, other.len(), items.len(), file_name(first.path)));
                        }
                        Some(Text::List(_)) | None => {}
                        Some(_) => errors.push(format!("{}: [{name}] key `{key}`: must be a list of strings, as in {}", file.path, file_name(first.path))),
                    }
                }
                continue;
            }
            let expected: BTreeSet<String> = text.forms().into_iter().flat_map(placeholders).collect();
            for (file, words) in files.iter().zip(&all) {
                let Some(text) = words.get(name).and_then(|t| t.get(key)) else { continue };
                let forms: Vec<(Option<&str>, &str)> = match text {
                    Text::Plain(t) => vec![(None, t.as_str())],
                    Text::Plural(forms, _) => forms.iter().map(|(f, t)| (Some(f.as_str()), t.as_str())).collect(),
                    Text::List(_) => Vec::new(),
                };
                for (form, template) in forms {
                    let found = placeholders(template);
                    let at = form.map(|f| format!(" (form `{f}`)")).unwrap_or_default();
                    for missing in expected.difference(&found) {
                        errors.push(format!("{}: [{name}] key `{key}`{at}: placeholder {{{missing}}} missing (it is in {})", file.path, file_name(first.path)));
                    }
                    for extra in found.difference(&expected) {
                        errors.push(format!("{}: [{name}] key `{key}`{at}: placeholder {{{extra}}} extra (it is not in {})", file.path, file_name(first.path)));
                    }
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(all)
    } else {
        Err(errors.join("\n"))
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The Rust of one table in one language: `pub const fn text(key: Enum) -> &'static str`, a `match` on
/// every variant (so a variant without words does not compile either) that gives a key with
/// plural forms its last (`other`, `many`); where the table allows plural forms, also
/// `pub fn plural(key: Enum, form: crate::text::Plural) -> &'static str` for the other forms
/// (a form with the last form's words is left to it), and in a counted table
/// `pub fn count(key: Enum) -> Option<&'static str>`, the placeholder a key's form follows.
/// (One flat `match` of strings compiles to a table; forms nested in it would make it code.)
pub fn generate(table: &Table, words: &Words, path: &str) -> String {
    let mut out = format!("// Generated by build/words.rs from {path} [{}]: do not edit.\n\n", table.name);
    let empty = BTreeMap::new();
    let entries = words.get(table.name).unwrap_or(&empty);
    let enum_path = table.enum_path;
    if table.constants {
        for (key, text) in entries {
            let name: String = key.chars().flat_map(|c| if c.is_ascii_uppercase() { vec!['_', c] } else { vec![c.to_ascii_uppercase()] }).collect();
            match text {
                Text::List(items) => out += &format!("pub const {name}: [&str; {}] = {items:?};\n", items.len()),
                _ => out += &format!("pub const {name}: &str = {:?};\n", text.forms().last().copied().unwrap_or_default()),
            }
        }
        return out;
    }
    let variants: Vec<String> = match &table.variants {
        Some(variants) => variants.clone(),
        None => entries.keys().map(|k| pascal(k)).collect(),
    };
    let mut forms_out = String::new();
    let mut counts_out = String::new();
    // `const`, so that a single-language build can put words into its constant tables (the acts).
    out += &format!("pub const fn text(key: {enum_path}) -> &'static str {{\n    match key {{\n");
    for variant in &variants {
        let Some(text) = entries.get(&camel(variant)) else { continue };
        let last = text.forms().last().copied().unwrap_or_default();
        out += &format!("        {enum_path}::{variant} => {last:?},\n");
        if let Text::Plural(forms, count) = text {
            for (form, text) in forms[..forms.len() - 1].iter().filter(|(_, text)| text != last) {
                forms_out += &format!("        ({enum_path}::{variant}, crate::text::Plural::{}) => {text:?},\n", pascal(form));
            }
            if let Some(count) = count {
                counts_out += &format!("        {enum_path}::{variant} => Some({count:?}),\n");
            }
        }
    }
    out += "    }\n}\n";
    if table.counted {
        out += &format!("\npub fn count(key: {enum_path}) -> Option<&'static str> {{\n    match key {{\n{counts_out}        _ => None,\n    }}\n}}\n");
    }
    if table.plurals {
        out += &format!("\n#[allow(unused_variables)]\npub fn plural(key: {enum_path}, form: crate::text::Plural) -> &'static str {{\n");
        if forms_out.is_empty() {
            out += "    text(key)\n}\n";
        } else {
            out += &format!("    match (key, form) {{\n{forms_out}        _ => text(key),\n    }}\n}}\n");
        }
    }
    out
}

/// The Rust of the clauses' texts in one language: `pub const fn text(key: ClauseId) -> &'static
/// str`, each clause of `data/rules.toml` written with the language's [clause] words (`const`, so
/// that an element's build puts its language's texts into the rule table at compile time).
pub fn generate_clauses(clauses: &[Clause], words: &Words, path: &str) -> String {
    let empty = BTreeMap::new();
    let formats = words.get("clause").unwrap_or(&empty);
    let format = |key: &str| formats.get(key).and_then(|text| text.forms().last().map(|text| text.to_string())).unwrap_or_default();
    let mut out = format!("// Generated by build/words.rs from {path} [clause] and the clauses of data/rules.toml: do not edit.\n\n");
    out += "pub const fn text(key: crate::rules::ClauseId) -> &'static str {\n    match key {\n";
    for clause in clauses {
        out += &format!("        crate::rules::ClauseId::{} => {:?},\n", clause.variant(), clause.write(&format));
    }
    out += "    }\n}\n";
    out
}

/// The tables of this crate, their variants read from the Rust sources (`src/text.rs`,
/// `src/web/ui_text.rs`, `src/rules/table.rs`), and the acts' from `act_ids`, the act ids the
/// entries of `data/rules.toml` use (build/rules.rs, `act_ids`): so every act cited has a name in
/// every language, and every name in [act] is an act cited.
pub fn tables(text_rs: &str, ui_text_rs: &str, table_rs: &str, act_ids: &[String]) -> Result<Vec<Table>, String> {
    let parameter_ids = enum_variants(table_rs, "ParameterId").map_err(|e| format!("src/rules/table.rs: {e}"))?;
    Ok(vec![
        Table { name: "message", enum_path: "crate::text::Message", variants: Some(enum_variants(text_rs, "Message").map_err(|e| format!("src/text.rs: {e}"))?), plurals: true, counted: true, constants: false },
        Table { name: "ui", enum_path: "crate::web::ui_text::Ui", variants: Some(enum_variants(ui_text_rs, "Ui").map_err(|e| format!("src/web/ui_text.rs: {e}"))?), plurals: true, counted: false, constants: false },
        // calendar::Holiday's variants are not read from its source: the compiler checks the keys.
        Table { name: "holiday", enum_path: "crate::calendar::Holiday", variants: None, plurals: false, counted: false, constants: false },
        Table { name: "lists", enum_path: "", variants: None, plurals: false, counted: false, constants: true },
        // The rule parameters' labels and one-line explanations (the rules page; not compiled
        // into the element's builds).
        Table { name: "parameter", enum_path: "crate::rules::ParameterId", variants: Some(parameter_ids.clone()), plurals: false, counted: false, constants: false },
        Table { name: "explanation", enum_path: "crate::rules::ParameterId", variants: Some(parameter_ids), plurals: false, counted: false, constants: false },
        Table { name: "engine", enum_path: "", variants: None, plurals: false, counted: false, constants: true },
        // The acts' names (rules::ActId, generated by build/rules.rs from data/rules.toml).
        Table { name: "act", enum_path: "crate::rules::ActId", variants: Some(act_ids.iter().map(|id| pascal(id)).collect()), plurals: false, counted: false, constants: false },
        // How each language writes a clause (`CLAUSE_FORMATS`): the build writes every clause of
        // data/rules.toml with them (rules::ClauseId's texts), so nothing formats one at run time.
        Table { name: "clause", enum_path: "crate::rules::ClauseId", variants: Some(CLAUSE_FORMATS.iter().map(|(key, _)| pascal(key)).collect()), plurals: false, counted: false, constants: false },
    ])
}

/// The build script's part: reads the files from `root`, checks them, writes the generated Rust
/// into `out_dir`; an error names the file, the key and the reason.
/// `act_ids` are the act ids of `data/rules.toml` (build/rules.rs), `clauses` its clauses, whose
/// texts in each language (`clause_{en,ru,kk}.rs`) come from the [clause] words.
pub fn build(root: &std::path::Path, out_dir: &std::path::Path, act_ids: &[String], clauses: &[Clause]) -> Result<(), String> {
    let read = |path: &str| {
        println!("cargo:rerun-if-changed={path}");
        std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))
    };
    let tables = tables(&read("src/text.rs")?, &read("src/web/ui_text.rs")?, &read("src/rules/table.rs")?, act_ids)?;
    let paths: Vec<String> = LANGUAGES.iter().map(|l| format!("data/words/{l}.toml")).collect();
    let contents = paths.iter().map(|p| read(p)).collect::<Result<Vec<_>, _>>()?;
    let files: Vec<File> = LANGUAGES.iter().zip(&paths).zip(&contents).map(|((language, path), contents)| File { path, language, contents }).collect();
    let words = check(&files, &tables)?;
    for ((language, path), words) in LANGUAGES.iter().zip(&paths).zip(&words) {
        for table in &tables {
            let file = out_dir.join(format!("{}_{language}.rs", table.name));
            let generated = if table.name == "clause" { generate_clauses(clauses, words, path) } else { generate(table, words, path) };
            std::fs::write(&file, generated).map_err(|e| format!("{}: {e}", file.display()))?;
        }
    }
    Ok(())
}
