//! Reads an input as JSON on standard input and prints the assessment (or the errors) as JSON.
//!
//! `cargo run --example assess < input.json`

use std::io::Read;

fn main() {
    let mut json = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut json) {
        eprintln!("cannot read standard input: {error}");
        std::process::exit(2);
    }
    match kz_work_permit::assess_json(&json) {
        Ok(assessment) => println!("{}", pretty(&assessment)),
        Err(errors) => {
            println!("{}", pretty(&errors));
            std::process::exit(1);
        }
    }
}

/// Pretty-printed JSON of a value, as the docs keep it.
fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}
