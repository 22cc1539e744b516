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

/// The act a fact rests on, as the data files write it: `act = { name, number, date }`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    pub name: String,
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
