//! `cargo xtask test [--quick]`: every test suite in order, stopping at the first failure.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::install::{CHROMEDRIVER, WASM_TARGET};
use crate::util::{fmt_duration, repo_root, step, usage_error, Cmd, Result};
use crate::{build, install};

pub struct Options {
    pub quick: bool,
}

pub fn parse_args(args: &[String]) -> Result<Options> {
    let mut opts = Options { quick: false };
    for arg in args {
        match arg.as_str() {
            "--quick" => opts.quick = true,
            _ => return Err(usage_error(format!("test: unknown argument `{arg}`"))),
        }
    }
    Ok(opts)
}

enum Outcome {
    Passed(Duration),
    Skipped(String),
    Failed(Duration),
}

struct Summary {
    rows: Vec<(String, Outcome)>,
}

impl Summary {
    /// Runs one titled step and records it; returns Err to stop the run.
    fn run(&mut self, title: &str, f: impl FnOnce() -> Result) -> Result {
        let start = Instant::now();
        let result = step(title, f);
        let outcome = if result.is_ok() {
            Outcome::Passed(start.elapsed())
        } else {
            Outcome::Failed(start.elapsed())
        };
        self.rows.push((title.to_string(), outcome));
        result
    }

    fn skip(&mut self, title: &str, why: &str) {
        println!("==> {title}: skipped, {why}");
        self.rows
            .push((title.to_string(), Outcome::Skipped(why.to_string())));
    }

    fn print(&self, total: Duration) {
        println!("\n==> test summary");
        let width = self.rows.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
        for (title, outcome) in &self.rows {
            let (status, detail) = match outcome {
                Outcome::Passed(d) => ("ok     ", fmt_duration(*d)),
                Outcome::Failed(d) => ("FAILED ", fmt_duration(*d)),
                Outcome::Skipped(why) => ("skipped", why.clone()),
            };
            println!("    {status}  {title:<width$}  {detail}");
        }
        println!("    total {}", fmt_duration(total));
    }
}

pub fn run(opts: Options) -> Result {
    let start = Instant::now();
    let mut summary = Summary { rows: Vec::new() };
    let result = run_steps(&opts, &mut summary);
    summary.print(start.elapsed());
    result
}

fn run_steps(opts: &Options, s: &mut Summary) -> Result {
    let root = repo_root();
    s.run("install", install::run)?;

    s.run("native tests (cargo test --workspace)", || {
        Cmd::cargo().args(["test", "--workspace"]).run()
    })?;

    let wasm_title = "wasm tests in Node and headless Chromium (cargo test --target wasm32-unknown-unknown --tests)";
    match files_containing(&root.join("tests"), "wasm_bindgen_test") {
        files if files.is_empty() => s.skip(wasm_title, "no file in tests/ uses wasm_bindgen_test"),
        _ => s.run(wasm_title, || {
            // --tests: doctests and plain #[test] are not really run on wasm32 (they report "ok"),
            // so they are covered by the native step instead.
            let mut cmd = Cmd::cargo()
                .args([
                    "test",
                    "-p",
                    build::PACKAGE,
                    "--target",
                    WASM_TARGET,
                    "--tests",
                ])
                .hint("rustup and cargo must be on PATH");
            if Path::new(CHROMEDRIVER).exists() {
                cmd = cmd.env("CHROMEDRIVER", CHROMEDRIVER);
            }
            cmd.run()
        })?,
    }

    if opts.quick {
        for title in ["build", "JS unit tests", "end-to-end tests"] {
            s.skip(title, "--quick");
        }
        return Ok(());
    }

    s.run(
        "build (cargo build → wasm-bindgen → wasm-opt)",
        build::build,
    )?;

    s.run("size check of the embed (brotli)", crate::budget::check)?;

    let js_dir = root.join("tests/js");
    if js_dir.is_dir() {
        warn_unmatched_js_tests(&js_dir);
        s.run("JS unit tests (node --test tests/js/)", || {
            Cmd::new("node")
                .args(["--test", "tests/js/"])
                .hint("install Node.js 20+")
                .run()
        })?;
    } else {
        s.skip("JS unit tests", "no tests/js/ directory");
    }

    s.run("npm package from its tarball (Node, Vite build, Chromium; offline)", || {
        let tarball = crate::package::run()?;
        Cmd::new("node").arg("tests/package/run.mjs").arg(&tarball).hint("install Node.js 20+").run()
    })?;

    if root.join("e2e/run.mjs").is_file() {
        s.run("end-to-end tests (node e2e/run.mjs)", || {
            Cmd::new("node")
                .arg("e2e/run.mjs")
                .hint("install Node.js 20+")
                .run()
        })?;
    } else {
        s.skip("end-to-end tests", "no e2e/run.mjs");
    }
    Ok(())
}

/// Files under `dir` (recursively) whose text contains `needle`.
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if path.extension().is_some_and(|e| e == "rs")
            && std::fs::read_to_string(&path).is_ok_and(|text| text.contains(needle))
        {
            found.push(path);
        }
    }
    found
}

/// Node 20's `node --test <dir>` only runs files named like `*.test.mjs`, `*-test.js`, `*_test.cjs`,
/// `test-*.js`, `test.js`, or files inside a `test` directory. Others are silently ignored: say so.
fn warn_unmatched_js_tests(dir: &Path) {
    fn walk(dir: &Path, in_test_dir: bool, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "node_modules" {
                    walk(&path, in_test_dir || name == "test", out);
                }
                continue;
            }
            let Some(stem) = [".js", ".mjs", ".cjs"]
                .iter()
                .find_map(|ext| name.strip_suffix(ext))
            else {
                continue;
            };
            let matched = in_test_dir
                || stem == "test"
                || stem.starts_with("test-")
                || [".test", "-test", "_test"]
                    .iter()
                    .any(|suffix| stem.ends_with(suffix));
            if !matched {
                out.push(path);
            }
        }
    }
    let mut ignored = Vec::new();
    walk(dir, false, &mut ignored);
    for path in ignored {
        println!(
            "    note: node --test ignores {} (Node 20 only runs files named *.test.mjs, *-test.js, test-*.js …)",
            crate::util::rel(&path)
        );
    }
}
