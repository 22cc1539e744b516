//! `cargo xtask fuzz [--minutes N]`: the long run of the no-panic generator in `tests/fuzz.rs`
//! (proptest-driven, since cargo-fuzz needs a nightly toolchain this machine cannot fetch). The
//! short run of the same generator is part of `cargo xtask test`.

use crate::util::{step, usage_error, Cmd, Result};

pub fn run(args: &[String]) -> Result {
    let minutes: u64 = match args {
        [] => 10,
        [flag, value] if flag == "--minutes" => value.parse().map_err(|_| usage_error(format!("fuzz: --minutes needs a whole number, got `{value}`")))?,
        _ => return Err(usage_error("fuzz: usage: cargo xtask fuzz [--minutes N]")),
    };
    let title = format!("fuzzing the JSON entry of assess for {minutes} minutes (release build, overflow checks on)");
    step(&title, || {
        Cmd::cargo()
            .args(["test", "--release", "--test", "fuzz", "no_input_makes_the_engine_panic", "--", "--nocapture"])
            .env("KZWP_FUZZ_SECONDS", &(minutes * 60).to_string())
            .run()
    })
}
