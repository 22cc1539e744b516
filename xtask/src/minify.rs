//! Short import and export names for the element's builds.
//!
//! wasm-bindgen names every import `__wbg_<method>_<16 hex digits>`, and the name is written twice,
//! once in the wasm's import section and once in the JS glue that provides it. The hex digits do not
//! compress, so about a hundred imports cost some 1.5 KB of brotli. wasm-opt's
//! `--minify-imports-and-exports-and-modules` renames every import, export and module to one or two
//! characters and prints the mapping; this module applies that mapping to the glue, so the two files
//! still agree. Only the element's builds are minified: they are loaded by the element alone, while
//! the full build's TypeScript declarations name its exports.

use std::collections::BTreeSet;

use crate::util::{fail, Result};

/// The module name wasm-opt gives every import when it minifies modules.
pub const MODULE: &str = "a";

/// The module name wasm-bindgen gives the glue's imports in a build named `kz_work_permit`.
pub fn bindgen_module(lib_name: &str) -> String {
    format!("./{lib_name}_bg.js")
}

/// One renaming: an import (provided by the glue) or an export (called by the glue).
#[derive(Debug, PartialEq)]
pub enum Rename {
    Import { module: String, from: String, to: String },
    Export { from: String, to: String },
}

/// Reads the mapping wasm-opt prints: a JSON object whose `imports` are `[module, old, new]` and
/// whose `exports` are `[old, new]`. Names are plain identifiers, so reading the quoted strings of
/// each line is enough; any other shape is an error rather than a guess.
pub fn parse_mapping(text: &str) -> Result<Vec<Rename>> {
    let mut renames = Vec::new();
    let mut section = "";
    for line in text.lines().map(str::trim) {
        if line.starts_with("\"imports\"") {
            section = "imports";
            continue;
        }
        if line.starts_with("\"exports\"") {
            section = "exports";
            continue;
        }
        if !line.starts_with('[') {
            continue;
        }
        let quoted: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        let rename = match (section, quoted.as_slice()) {
            ("imports", [module, from, to]) => Rename::Import { module: (*module).into(), from: (*from).into(), to: (*to).into() },
            ("exports", [from, to]) => Rename::Export { from: (*from).into(), to: (*to).into() },
            _ => return Err(fail(format!("unexpected line in wasm-opt's name mapping: {line}"))),
        };
        renames.push(rename);
    }
    if renames.is_empty() {
        return Err(fail("wasm-opt printed no name mapping (was --minify-imports-and-exports-and-modules given?)"));
    }
    Ok(renames)
}

/// Applies `renames` to wasm-bindgen's (unminified) glue: each import is a key of the imports
/// object, written exactly once; each export is used as `wasm.<name>`; the module is the imports
/// object's one key. Fails if an import or the module is not where it is expected, so a change in
/// wasm-bindgen's output stops the build instead of shipping a glue that cannot instantiate the
/// wasm; an export the glue does not call is left alone.
pub fn apply(glue: &str, renames: &[Rename], module: &str) -> Result<String> {
    let mut out = glue.to_owned();
    let modules: BTreeSet<&str> = renames
        .iter()
        .filter_map(|r| match r {
            Rename::Import { module, .. } => Some(module.as_str()),
            Rename::Export { .. } => None,
        })
        .collect();
    if modules.iter().ne([module].iter()) {
        return Err(fail(format!("expected every import from {module:?}, found {modules:?}")));
    }
    out = replace_exactly_once(&out, &format!("\"{module}\": import0"), &format!("\"{MODULE}\": import0"))?;
    for rename in renames {
        out = match rename {
            Rename::Import { from, to, .. } => replace_exactly_once(&out, &format!("{from}: function"), &format!("{to}: function"))?,
            // An export the glue never calls (wasm-bindgen's `__abort_handler`, say) keeps no name.
            Rename::Export { from, to } => replace_all(&out, &format!("wasm.{from}"), &format!("wasm.{to}")).unwrap_or(out),
        };
    }
    Ok(out)
}

fn replace_exactly_once(text: &str, from: &str, to: &str) -> Result<String> {
    match identifier_matches(text, from).len() {
        1 => replace_all(text, from, to),
        n => Err(fail(format!("expected `{from}` once in the JS glue, found it {n} times"))),
    }
}

/// Replaces every whole-identifier occurrence of `from` (not followed by an identifier
/// character); fails if there is none.
fn replace_all(text: &str, from: &str, to: &str) -> Result<String> {
    let matches = identifier_matches(text, from);
    if matches.is_empty() {
        return Err(fail(format!("`{from}` not found in the JS glue")));
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for at in matches {
        out.push_str(&text[last..at]);
        out.push_str(to);
        last = at + from.len();
    }
    out.push_str(&text[last..]);
    Ok(out)
}

fn identifier_matches(text: &str, needle: &str) -> Vec<usize> {
    let is_identifier = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(needle)
        .filter(|(at, _)| {
            let before_ok = !needle.starts_with(is_identifier) || !text[..*at].ends_with(is_identifier);
            let after_ok = !needle.ends_with(is_identifier) || !text[at + needle.len()..].starts_with(is_identifier);
            before_ok && after_ok
        })
        .map(|(at, _)| at)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPPING: &str = r#"{
 "imports": [
  ["./k_bg.js", "__wbg_focus_d5e2fdbdb56416f0", "$"],
  ["./k_bg.js", "__wbindgen_init_externref_table", "Aa"]
 ],
 "exports": [
  ["memory", "Ea"],
  ["start", "b"],
  ["__abort_handler", "c"]
 ]
}"#;

    const GLUE: &str = "export function start() {\n    wasm.start();\n}\nfunction __wbg_get_imports() {\n    const import0 = {\n        __wbg_focus_d5e2fdbdb56416f0: function(arg0) {\n            arg0.focus();\n        },\n        __wbindgen_init_externref_table: function() {\n            const table = wasm.memory; wasm.memoryish;\n        },\n    };\n    return { \"./k_bg.js\": import0 };\n}\n";

    #[test]
    fn renames_imports_exports_and_the_module() {
        let renames = parse_mapping(MAPPING).unwrap();
        assert_eq!(renames.len(), 5);
        let out = apply(GLUE, &renames, "./k_bg.js").unwrap();
        assert!(out.contains("$: function(arg0)"));
        assert!(out.contains("Aa: function()"));
        assert!(out.contains("wasm.b();"));
        assert!(out.contains("export function start()"), "only wasm.<export> is renamed");
        assert!(out.contains("wasm.Ea; wasm.memoryish"), "whole identifiers only");
        assert!(out.contains("\"a\": import0"));
    }

    #[test]
    fn a_name_missing_from_the_glue_is_an_error() {
        let renames = parse_mapping(MAPPING).unwrap();
        let glue = GLUE.replace("__wbg_focus_d5e2fdbdb56416f0", "__wbg_focus_0000000000000000");
        let error = apply(&glue, &renames, "./k_bg.js").unwrap_err();
        assert!(error.to_string().contains("__wbg_focus_d5e2fdbdb56416f0"), "{error}");
    }

    #[test]
    fn an_unexpected_mapping_is_an_error() {
        assert!(parse_mapping("{}").is_err());
        assert!(parse_mapping("{\n \"imports\": [\n  [\"a\", \"b\"]\n ]\n}").is_err());
    }
}
