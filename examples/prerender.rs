//! Writes what the `<kz-work-permit>` element paints before the WebAssembly has arrived: a
//! JavaScript module with the widget's stylesheet, its first step in every language (drawn by the
//! widget's own code, `web::widget::page`) and the URL fragment's mark (a page address that holds
//! answers restores them instead). `cargo xtask build` runs it and bundles the module into the
//! element, so the first question needs no request of its own.
//!
//! `cargo run --example prerender -- www/pkg/first-paint.js`

use kz_work_permit::text::Language;
use kz_work_permit::web::widget::{page, FRAGMENT_MARK};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out] = args.as_slice() else {
        eprintln!("usage: prerender <output file>");
        std::process::exit(2);
    };
    // JSON strings are JavaScript string literals.
    let literal = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let steps: Vec<String> = Language::ALL
        .iter()
        .map(|&language| format!("{}: {}", language.code(), literal(&page::first_step(language))))
        .collect();
    let module = format!(
        "export const css = {};\nexport const firstStep = {{\n{}\n}};\nexport const fragment = {};\n",
        literal(page::STYLESHEET),
        steps.join(",\n"),
        literal(FRAGMENT_MARK),
    );
    if let Err(error) = std::fs::write(out, module) {
        eprintln!("prerender: cannot write {out}: {error}");
        std::process::exit(1);
    }
}
