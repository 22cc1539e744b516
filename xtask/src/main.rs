//! Developer tasks for kz-work-permit. Run as `cargo xtask <command>` (alias in .cargo/config.toml).

mod bench;
mod budget;
mod build;
mod fuzz;
mod install;
mod minify;
mod package;
mod serve;
mod sizes;
mod test;
mod util;

use std::process::ExitCode;
use std::time::Instant;

use clap::{CommandFactory, Parser, Subcommand};

use util::{fmt_duration, Result};

/// Developer tasks for kz-work-permit.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", disable_version_flag = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Set up everything once (idempotent, skips what is present): wasm32 target, wasm-bindgen-cli
    /// at the Cargo.lock version, Debian chromium + chromium-driver, npm ci
    Install,
    /// Install, then cargo build (wasm32, release) → wasm-bindgen --target web → wasm-opt -Oz into
    /// www/pkg, and print a size table (also target/sizes.json)
    Build,
    /// Build, then serve www/ on http://127.0.0.1:8000/ (Vite's preview server, xtask/serve.mjs)
    Serve(serve::Args),
    /// Install, then: native cargo tests, wasm tests (Node + headless Chromium), build, the
    /// TypeScript consumer check (tests/ts/), JS tests (tests/js/), the npm package, end-to-end
    /// tests (e2e/run.mjs)
    Test(test::Args),
    /// Run the no-panic generator on assess's JSON entry for N minutes
    Fuzz(fuzz::Args),
    /// Build, then assemble the npm package in pkg/ and pack it into target/package/
    Package,
    /// Print the size table of the current www/pkg without building
    Sizes,
    /// Measure: embed size against the 100 KB (102,400 B) brotli budget, time to the first question
    /// and to the result (cold loads in headless Chromium, next to the page without the widget),
    /// assess/addWorkingDays per second (native and JS), wasm memory, and the same deadlines with
    /// date-holidays; writes target/bench/report.{json,md}
    Bench(bench::Args),
}

fn dispatch(command: Command) -> Result {
    match command {
        Command::Install => timed("install", install::run),
        Command::Build => timed("build", build::run),
        Command::Serve(args) => serve::run(args),
        Command::Test(args) => test::run(args),
        Command::Fuzz(args) => fuzz::run(args),
        Command::Package => timed("package", || package::run().map(|_| ())),
        Command::Sizes => sizes::report().map(|_| ()),
        Command::Bench(args) => timed("bench", || bench::run(args)),
    }
}

/// Runs a whole command and prints its total time.
fn timed(name: &str, f: impl FnOnce() -> Result) -> Result {
    let start = Instant::now();
    f()?;
    println!("==> {name} finished in {}", fmt_duration(start.elapsed()));
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        // `cargo xtask` alone: the help (`cargo xtask help` and `--help` are clap's own).
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    let root = util::repo_root();
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!(
            "error: cannot change to the repository root {}: {e}",
            root.display()
        );
        return ExitCode::FAILURE;
    }
    util::add_cargo_bin_to_path();
    match dispatch(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nerror: {e}");
            ExitCode::FAILURE
        }
    }
}
