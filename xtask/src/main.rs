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

use util::{fmt_duration, usage_error, Result};

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  install              set up everything once (idempotent, skips what is present):
                       wasm32 target, wasm-bindgen-cli at the Cargo.lock version,
                       Debian chromium + chromium-driver, npm ci
  build                install, then cargo build (wasm32, release) → wasm-bindgen --target web
                       → wasm-opt -Oz into www/pkg, and print a size table (also target/sizes.json)
  serve [options]      build, then serve www/ on http://127.0.0.1:8000/
      --port N           port to listen on (default 8000; 0 picks a free port)
      --no-build         serve www/ as it is (for test scripts that spawn the server)
      --no-csp           do not send the Content-Security-Policy header
      --quiet            do not log requests
  test [--quick]       install, then: native cargo tests, wasm tests (Node + headless Chromium),
                       build, JS tests (tests/js/), end-to-end tests (e2e/run.mjs);
                       --quick stops after the wasm tests
  fuzz [--minutes N]   run the no-panic generator on assess's JSON entry for N minutes (default 10)
  package              build, then assemble the npm package in pkg/ and pack it into target/package/
  sizes                print the size table of the current www/pkg without building
  bench [options]      measure: embed size against the 64 KB brotli budget, time to the first question
                       and to the result (cold loads in headless Chromium, next to the page without
                       the widget), assess/addWorkingDays per second (native and JS), wasm memory, and
                       the same deadlines with date-holidays; writes target/bench/report.{json,md}
      --runs N           cold loads per page (default 20)
      --round-ms N       length of each timed throughput round (default 400)
      --build            rebuild www/pkg first (it is built anyway when missing)
  help                 show this text
";

fn no_args(command: &str, args: &[String]) -> Result {
    match args.first() {
        None => Ok(()),
        Some(arg) => Err(usage_error(format!(
            "{command}: unexpected argument `{arg}`"
        ))),
    }
}

fn dispatch(args: &[String]) -> Result {
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => ("help", &[][..]),
    };
    match command {
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(())
        }
        "install" => no_args(command, rest).and_then(|()| timed("install", install::run)),
        "build" => no_args(command, rest).and_then(|()| timed("build", build::run)),
        "serve" => serve::parse_args(rest).and_then(serve::run),
        "test" => test::parse_args(rest).and_then(test::run),
        "fuzz" => fuzz::run(rest),
        "package" => no_args(command, rest).and_then(|()| timed("package", || package::run().map(|_| ()))),
        "sizes" => no_args(command, rest).and_then(|()| sizes::report().map(|_| ())),
        "bench" => bench::parse_args(rest).and_then(|opts| timed("bench", || bench::run(opts))),
        other => Err(usage_error(format!("unknown command `{other}`"))),
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = util::repo_root();
    if let Err(e) = std::env::set_current_dir(&root) {
        eprintln!(
            "error: cannot change to the repository root {}: {e}",
            root.display()
        );
        return ExitCode::FAILURE;
    }
    util::add_cargo_bin_to_path();
    match dispatch(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.usage => {
            eprintln!("error: {e}\n");
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("\nerror: {e}");
            ExitCode::FAILURE
        }
    }
}
