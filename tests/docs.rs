//! The README's example stays true: `docs/example-input.json` assesses to exactly
//! `docs/example-output.json`. After a deliberate change, regenerate the output with
//! `cargo run --example assess < docs/example-input.json > docs/example-output.json`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

#[test]
fn the_documented_example_is_what_the_engine_answers() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    let input = fs::read_to_string(dir.join("example-input.json")).expect("docs/example-input.json");
    let expected: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("example-output.json")).expect("docs/example-output.json")).expect("json");
    let actual = serde_json::to_value(kz_work_permit::assess_json(&input).expect("the example is valid")).expect("json");
    assert!(
        actual == expected,
        "docs/example-output.json is out of date; regenerate it with\n  cargo run --example assess < docs/example-input.json > docs/example-output.json"
    );
}
