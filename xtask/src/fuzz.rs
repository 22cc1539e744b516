//! `cargo xtask fuzz [--minutes N]`: the long run of the no-panic generator in `tests/fuzz.rs`
//! (proptest-driven, since cargo-fuzz needs a nightly toolchain this machine cannot fetch). The
//! short run of the same generator is part of `cargo xtask test`.

use crate::util::{cargo, shell, step, Result};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// How long to run, in minutes
    #[arg(long, default_value_t = 10)]
    pub minutes: u64,
}

pub fn run(args: Args) -> Result {
    let minutes = args.minutes;
    let title = format!("fuzzing the JSON entry of assess for {minutes} minutes (release build, overflow checks on)");
    step(&title, || {
        let sh = shell()?;
        sh.cmd(cargo())
            .args(["test", "--release", "--test", "fuzz", "no_input_makes_the_engine_panic", "--", "--nocapture"])
            .env("KZWP_FUZZ_SECONDS", (minutes * 60).to_string())
            .run()?;
        Ok(())
    })
}
