//! Writes what the `<kz-work-permit>` element paints before the WebAssembly has arrived, for one
//! language: a JavaScript module with the widget's stylesheet, its first step in that language
//! (drawn by the widget's own code, `web::widget::page`) and the URL fragment's mark (a page
//! address that holds answers restores them instead). `cargo xtask build` runs it for each of the
//! element's builds.
//!
//! `cargo run --example prerender -- ru www/pkg/embed-ru/first.js`

use kz_work_permit::text::Language;
use kz_work_permit::web::widget::{page, FRAGMENT_MARK};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [language, out] = args.as_slice() else {
        eprintln!("usage: prerender <language: kk, ru or en> <output file>");
        std::process::exit(2);
    };
    let Some(language) = Language::parse(language) else {
        eprintln!("prerender: unknown language `{language}` (kk, ru or en)");
        std::process::exit(2);
    };
    // JSON strings are JavaScript string literals.
    let literal = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let module = format!(
        "export const css = {};\nexport const html = {};\nexport const fragment = {};\n",
        literal(page::STYLESHEET),
        literal(&page::first_step(language)),
        literal(FRAGMENT_MARK),
    );
    if let Err(error) = std::fs::write(out, module) {
        eprintln!("prerender: cannot write {out}: {error}");
        std::process::exit(1);
    }
}
