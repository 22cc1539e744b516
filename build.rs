//! Five build steps:
//! - generates the rule table (`OUT_DIR/parameters.rs`) from `data/rules.toml`, after checking it
//!   (build/rules.rs): a bad file fails the build with the file, the entry and the reason;
//! - checks the words (`data/words/*.toml`, the [act] names against the act ids the rules cite) and
//!   generates their tables into `OUT_DIR` (build/words.rs), with the text of every clause the
//!   rules cite in each language, written with its [clause] words;
//! - generates the calendar's facts (`OUT_DIR/calendar_facts.rs`) from `data/calendar.toml`, the
//!   same way (build/calendar.rs);
//! - generates the wire names of the enums without data (`OUT_DIR/wire_{enum}.rs`) from their
//!   variants (build/source.rs);
//! - minifies the widget's stylesheet into `OUT_DIR/widget.min.css`, which `web::widget::page`
//!   embeds (the element's bundle for the element's builds, the wasm in the full build): the
//!   source keeps its comments and layout for people, the browser gets only what it needs.

use std::{env, fs, path::Path};

#[path = "build/source.rs"]
mod source;
#[path = "build/rules.rs"]
mod rules;
#[path = "build/words.rs"]
mod words;

#[path = "build/calendar.rs"]
mod calendar;

fn main() {
    let (mut act_ids, clauses) = rules::build();
    // The transfers' acts are named in the words files as the rules' are: one `ActId` for both.
    for id in calendar::build() {
        if !act_ids.contains(&id) {
            act_ids.push(id);
        }
    }
    source::write_or_fail("data/rules.toml and data/calendar.toml", "acts.rs", Ok(rules::generate_acts(&act_ids)));
    let source = "src/web/widget/widget.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("src/web/widget/widget.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("widget.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");

    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    source::build_wire_names(Path::new(&root));
    if let Err(errors) = words::build(Path::new(&root), Path::new(&out_dir), &act_ids, &clauses) {
        eprintln!("The words do not build:\n{errors}");
        std::process::exit(1);
    }
}

/// Drops comments and collapses white space; removes it only next to `{`, `}` and `;` and after
/// `,` and `:`, where it never matters (a space before `:` can be a descendant combinator, so it
/// stays), and drops the `;` that ends a block's last declaration.
fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);
    let collapsed = without_comments.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let mut chars = collapsed.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let next = chars.peek().copied();
            let previous = out.chars().last();
            if matches!(next, Some('{' | '}' | ';')) || matches!(previous, Some('{' | '}' | ';' | ',' | ':')) {
                continue;
            }
        }
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}
