//! What the three data readers (build/rules.rs, build/calendar.rs, build/words.rs) share: reading
//! an enum's variants from the Rust source they generate code for, the serde camelCase of a
//! variant and back, writing a generated file or stopping the build with every problem, and the
//! sources of a fact as both data files write them (an act, an official address, evidence).
//! Included with `#[path]` by build.rs and by the tests of each reader, at the crate root as
//! `source`.

/// The variants of `pub enum {name} { … }` in a Rust source file (attributes and comments skipped).
pub fn enum_variants(source: &str, name: &str) -> Result<Vec<String>, String> {
    let start = source.find(&format!("pub enum {name} {{")).ok_or_else(|| format!("no `pub enum {name}`"))?;
    let body = &source[start..];
    let body = &body[body.find('{').unwrap_or(0) + 1..];
    let body = &body[..body.find('}').ok_or_else(|| format!("`enum {name}` does not end"))?];
    let variants: Vec<String> = body
        .lines()
        .map(|line| line.split("//").next().unwrap_or("").trim())
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|variant| !variant.is_empty())
        .map(str::to_owned)
        .collect();
    match variants.iter().find(|v| !v.chars().all(|c| c.is_ascii_alphanumeric())) {
        Some(odd) => Err(format!("`enum {name}` has a variant this reader does not know: {odd}")),
        None => Ok(variants),
    }
}

/// The serde names (camelCase) of the variants of `pub enum {name}` in `source`; empty when the
/// enum is not found, so that every entry is then reported as unknown.
pub fn serde_names(source: &str, name: &str) -> Vec<String> {
    enum_variants(source, name).unwrap_or_default().iter().map(|variant| camel(variant)).collect()
}

/// The serde name of a variant: `PermitNeeded` → `permitNeeded` (serde's camelCase).
pub fn camel(pascal: &str) -> String {
    let mut chars = pascal.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// The variant of a serde name: `permitNeeded` → `PermitNeeded`.
pub fn pascal(camel: &str) -> String {
    let mut chars = camel.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Writes `rust` to `OUT_DIR/{name}`, or stops the build listing every problem of `data_file`.
pub fn write_or_fail(data_file: &str, name: &str, generated: Result<String, Vec<String>>) {
    match generated {
        Ok(rust) => {
            let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
            std::fs::write(out, rust).expect("OUT_DIR is writable");
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            panic!("{data_file} has {} problem(s):\n{}", problems.len(), problems.join("\n"));
        }
    }
}

/// Whether `address` is on an official site: adilet.zan.kz, egov.kz or a *.gov.kz site.
pub fn is_official(address: &str) -> bool {
    let Some(rest) = address.strip_prefix("https://").or_else(|| address.strip_prefix("http://")) else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host == "adilet.zan.kz" || host == "egov.kz" || host.ends_with(".egov.kz") || host.ends_with(".gov.kz")
}

/// The act a fact rests on, as the calendar file writes it: `act = { name, number, date }`, or for
/// a transfer, which visitors see, `act = { id, number, date }` with the name in the words files.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    #[serde(default)]
    pub name: String,
    pub id: Option<String>,
    pub number: Option<String>,
    pub date: Option<toml::value::Datetime>,
}

/// A secondary source read for a fact: `evidence = [{ title, address, date }]`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub title: String,
    pub address: String,
    pub date: Option<String>,
}

/// Checks a fact's official `address` (an official site only) and its `evidence` (a title and an
/// http(s) address each), adding every problem to `problems`.
pub fn check_address_and_evidence(address: Option<&str>, evidence: &[Evidence], problems: &mut Vec<String>) {
    if let Some(address) = address {
        if !is_official(address) {
            problems.push(format!(
                "address `{address}` is not an official site (adilet.zan.kz, egov.kz or *.gov.kz); put a secondary source under evidence"
            ));
        }
    }
    for (number, evidence) in evidence.iter().enumerate() {
        if evidence.title.trim().is_empty() {
            problems.push(format!("evidence {} has no title", number + 1));
        }
        if !is_web_address(&evidence.address) {
            problems.push(format!("evidence {}'s address `{}` is not an http(s) address", number + 1, evidence.address));
        }
    }
}

fn is_web_address(address: &str) -> bool {
    (address.starts_with("https://") || address.starts_with("http://")) && !address.contains(char::is_whitespace)
}

/// The enums whose wire names build.rs generates, as (source file, enum): for each, a
/// `crate::WireName` impl (`OUT_DIR/wire_{enum}.rs`), which the enum's module includes with
/// `crate::wire_names!(Enum)` (that also gives it a `Serialize` writing the name). A `match` that
/// returns a `&'static str` compiles to a lookup table; serde's derived serialiser of a unit enum
/// is a call per variant (docs/size.md). The names follow the enum's own `rename_all`, so the
/// attribute stays the one source (it also names the TypeScript type's strings, through tsify).
pub const WIRE_ENUMS: &[(&str, &str)] = &[
    ("src/text.rs", "Language"),
    ("src/text.rs", "Message"),
    ("src/rules/mod.rs", "Confidence"),
    ("src/rules/mod.rs", "DayKind"),
    ("src/rules/mod.rs", "Unit"),
    ("src/rules/mod.rs", "SetBy"),
    ("src/rules/table.rs", "ParameterId"),
    ("src/rules/table.rs", "SectorGroup"),
    ("src/calendar/facts.rs", "Holiday"),
    ("src/calendar/facts.rs", "CalendarStatus"),
    ("src/assess/input.rs", "EmployerKind"),
    ("src/assess/input.rs", "Route"),
    ("src/assess/error.rs", "ErrorCode"),
    ("src/assess/local_content.rs", "LocalContentExemption"),
    ("src/assess/advice.rs", "FeeKind"),
    ("src/assess/advice.rs", "FeeFlag"),
    ("src/assess/deadlines.rs", "DeadlineId"),
    ("src/assess/deadlines.rs", "DeadlineStatus"),
    ("src/assess/verdict.rs", "VerdictCode"),
    ("src/assess/plan.rs", "PlanStepId"),
    ("src/assess/plan.rs", "PlanStepStatus"),
    ("src/assess/plan.rs", "PlanFrom"),
    ("src/web/widget/answers.rs", "Step"),
];

/// The variants of `pub enum {name}` in `source` and their wire names, by the enum's
/// `rename_all` ("camelCase" or "lowercase", as serde applies them to a variant's name).
pub fn wire_names(source: &str, name: &str) -> Result<Vec<(String, String)>, String> {
    let variants = enum_variants(source, name)?;
    let start = source.find(&format!("pub enum {name} {{")).unwrap_or(0);
    let attributes: Vec<&str> = source[..start]
        .lines()
        .rev()
        .map(str::trim)
        .take_while(|line| line.starts_with("#[") || line.starts_with("//"))
        .filter(|line| line.starts_with("#["))
        .collect();
    let rule = attributes.iter().find_map(|line| line.split("rename_all = \"").nth(1)).and_then(|rest| rest.split('"').next());
    let rename: fn(&str) -> String = match rule {
        Some("camelCase") => camel,
        Some("lowercase") => |variant| variant.to_ascii_lowercase(),
        _ => return Err(format!("`enum {name}` needs `rename_all = \"camelCase\"` (or \"lowercase\") for its wire names")),
    };
    Ok(variants.iter().map(|variant| (variant.clone(), rename(variant))).collect())
}

/// The `crate::WireName` impl of `enum {name}` with `variants` and their wire names.
pub fn generate_wire_names(file: &str, name: &str, variants: &[(String, String)]) -> String {
    let mut out = format!("// Generated by build.rs (build/source.rs) from the variants of {name} ({file}).\n\n");
    out += &format!("impl crate::WireName for {name} {{\n    const ALL: &'static [Self] = &[");
    out += &variants.iter().map(|(variant, _)| format!("Self::{variant}")).collect::<Vec<_>>().join(", ");
    out += "];\n\n    fn wire_name(self) -> &'static str {\n        match self {\n";
    for (variant, wire) in variants {
        out += &format!("            Self::{variant} => {wire:?},\n");
    }
    out += "        }\n    }\n}\n";
    out
}

/// build.rs's part: writes `OUT_DIR/wire_{enum}.rs` for each of [`WIRE_ENUMS`], read from `root`.
pub fn build_wire_names(root: &std::path::Path) {
    let mut problems = Vec::new();
    for (file, name) in WIRE_ENUMS {
        println!("cargo:rerun-if-changed={file}");
        let generated = std::fs::read_to_string(root.join(file))
            .map_err(|e| e.to_string())
            .and_then(|source| wire_names(&source, name))
            .map(|variants| generate_wire_names(file, name, &variants));
        match generated {
            Ok(rust) => write_or_fail(file, &format!("wire_{name}.rs"), Ok(rust)),
            Err(problem) => problems.push(format!("{file}: {problem}")),
        }
    }
    if !problems.is_empty() {
        write_or_fail("the wire enums (build/source.rs)", "", Err(problems));
    }
}

/// A clause of an act as `data/rules.toml` gives it: a structured reference that each language
/// writes itself with its [clause] words (`data/words/*.toml`), never text in one language.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Clause {
    /// `{ article = "97" }`: an article (of a code, a law, a treaty).
    Article(String),
    /// `{ article = "616", point = "1" }`: a point of an article.
    ArticlePoint(String, String),
    /// `{ articles = ["173", "175"] }`: several articles of one act.
    Articles(Vec<String>),
    /// `{ paragraph = "1" }`: a paragraph of a decree or an order.
    Paragraph(String),
}

/// The [clause] words' keys, each with the placeholders its format takes (the same in every
/// language): build/words.rs checks the files against them.
pub const CLAUSE_FORMATS: &[(&str, &[&str])] =
    &[("article", &["article"]), ("articlePoint", &["article", "point"]), ("articles", &["articles"]), ("paragraph", &["paragraph"])];

impl Clause {
    /// Reads `clause = { … }`: an article, an article's point, several articles or a paragraph,
    /// each number a string of digits (`"84"`, `"84-1"`, `"5.1"`); or the reason it is malformed.
    pub fn read(given: &toml::Value) -> Result<Clause, String> {
        const FORMS: &str = "{ article = \"616\" }, { article = \"616\", point = \"1\" }, { articles = [\"173\", \"175\"] } or { paragraph = \"1\" }";
        let table = match given {
            toml::Value::Table(table) => table,
            toml::Value::String(text) => {
                return Err(format!(
                    "clause `{text}` is text: give the reference as {FORMS} (each language writes it), an explanation as `note`, or no clause when none was verified"
                ))
            }
            other => return Err(format!("clause is a {}: give {FORMS}", other.type_str())),
        };
        if let Some(key) = table.keys().find(|key| !["article", "point", "articles", "paragraph"].contains(&key.as_str())) {
            return Err(format!("clause has `{key}`: a clause has article (and point), articles or paragraph"));
        }
        let number = |key: &str| -> Result<Option<String>, String> {
            match table.get(key) {
                None => Ok(None),
                Some(toml::Value::String(text)) if is_clause_number(text) => Ok(Some(text.clone())),
                Some(toml::Value::String(text)) => Err(format!("clause.{key} `{text}` is not a number (\"616\", \"84-1\", \"5.1\")")),
                Some(toml::Value::Integer(number)) => Err(format!("clause.{key} is {number}, a number: write it as a string, \"{number}\"")),
                Some(other) => Err(format!("clause.{key} is a {}: write the number as a string (\"616\")", other.type_str())),
            }
        };
        let (article, point, paragraph) = (number("article")?, number("point")?, number("paragraph")?);
        let articles = match table.get("articles") {
            None => None,
            Some(toml::Value::Array(items)) => {
                let numbers: Option<Vec<String>> = items.iter().map(|item| item.as_str().filter(|text| is_clause_number(text)).map(str::to_owned)).collect();
                match numbers {
                    Some(numbers) if numbers.len() >= 2 => Some(numbers),
                    Some(_) => return Err("clause.articles lists two articles or more; one is `article`".to_owned()),
                    None => return Err("clause.articles is a list of numbers as strings ([\"173\", \"175\"])".to_owned()),
                }
            }
            Some(_) => return Err("clause.articles is a list of numbers as strings ([\"173\", \"175\"])".to_owned()),
        };
        match (article, point, articles, paragraph) {
            (Some(article), None, None, None) => Ok(Clause::Article(article)),
            (Some(article), Some(point), None, None) => Ok(Clause::ArticlePoint(article, point)),
            (None, None, Some(articles), None) => Ok(Clause::Articles(articles)),
            (None, None, None, Some(paragraph)) => Ok(Clause::Paragraph(paragraph)),
            (None, Some(_), None, None) => Err("clause.point without an article: give the article it belongs to".to_owned()),
            _ => Err(format!("clause mixes its forms: give one of {FORMS}")),
        }
    }

    /// The variant of the generated `ClauseId` (`Art616P1`, `Arts173And175`, `Para1`).
    pub fn variant(&self) -> String {
        let part = |number: &str| number.replace(['-', '.'], "_");
        match self {
            Clause::Article(article) => format!("Art{}", part(article)),
            Clause::ArticlePoint(article, point) => format!("Art{}P{}", part(article), part(point)),
            Clause::Articles(articles) => format!("Arts{}", articles.iter().map(|a| part(a)).collect::<Vec<_>>().join("And")),
            Clause::Paragraph(paragraph) => format!("Para{}", part(paragraph)),
        }
    }

    /// The clause written with a language's [clause] words (`format(key)` gives the key's
    /// template): `{article}`, `{point}`, `{paragraph}` filled, `{articles}` joined by ", ".
    pub fn write(&self, format: impl Fn(&str) -> String) -> String {
        let fill = |key: &str, values: &[(&str, &str)]| values.iter().fold(format(key), |text, (name, value)| text.replace(&format!("{{{name}}}"), value));
        match self {
            Clause::Article(article) => fill("article", &[("article", article)]),
            Clause::ArticlePoint(article, point) => fill("articlePoint", &[("article", article), ("point", point)]),
            Clause::Articles(articles) => fill("articles", &[("articles", &articles.join(", "))]),
            Clause::Paragraph(paragraph) => fill("paragraph", &[("paragraph", paragraph)]),
        }
    }
}

/// A clause's number: digits, with `-` or `.` between groups (`84`, `84-1`, `5.1`).
fn is_clause_number(text: &str) -> bool {
    text.split(['-', '.']).all(|group| !group.is_empty() && group.chars().all(|c| c.is_ascii_digit()))
}

/// Whether `id` is an act id: camelCase, ASCII letters and digits, starting with a lower-case letter.
pub fn is_act_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase()) && id.chars().all(|c| c.is_ascii_alphanumeric())
}
