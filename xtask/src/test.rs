//! `cargo xtask test [--quick]`: every test suite in order, stopping at the first failure.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::install::{CHROMEDRIVER, WASM_TARGET};
use crate::util::{cargo, fail, fmt_duration, repo_root, shell, step, Hint, Result};
use crate::{build, install};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Stop after the wasm tests
    #[arg(long)]
    pub quick: bool,
}

/// The TypeScript consumer of the generated declarations, checked by `tsc -p TS_DIR --noEmit`.
pub const TS_DIR: &str = "tests/ts";
/// The TypeScript compiler of the npm `typescript` devDependency, by its path like wasm-opt and
/// esbuild: `npx tsc` without node_modules would fetch the unrelated npm package `tsc`.
pub const TSC: &str = "./node_modules/.bin/tsc";

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

pub fn run(opts: Args) -> Result {
    let start = Instant::now();
    let mut summary = Summary { rows: Vec::new() };
    let result = run_steps(&opts, &mut summary);
    summary.print(start.elapsed());
    result
}

fn run_steps(opts: &Args, s: &mut Summary) -> Result {
    let root = repo_root();
    s.run("install", install::run)?;

    s.run("native tests (cargo test --workspace)", || {
        Ok(shell()?.cmd(cargo()).args(["test", "--workspace"]).run()?)
    })?;

    let wasm_title = "wasm tests in Node and headless Chromium (cargo test --target wasm32-unknown-unknown --tests)";
    match files_containing(&root.join("tests"), "wasm_bindgen_test") {
        files if files.is_empty() => s.skip(wasm_title, "no file in tests/ uses wasm_bindgen_test"),
        _ => s.run(wasm_title, || {
            // --tests: doctests and plain #[test] are not really run on wasm32 (they report "ok"),
            // so they are covered by the native step instead.
            let sh = shell()?;
            let mut cmd = sh
                .cmd(cargo())
                .args(["test", "-p", build::PACKAGE, "--target", WASM_TARGET, "--tests"]);
            if Path::new(CHROMEDRIVER).exists() {
                cmd = cmd.env("CHROMEDRIVER", CHROMEDRIVER);
            }
            cmd.run().hint("rustup and cargo must be on PATH")
        })?,
    }

    if opts.quick {
        for title in ["build", "TypeScript consumer check", "JS unit tests", "npm package", "end-to-end tests"] {
            s.skip(title, "--quick");
        }
        return Ok(());
    }

    s.run(
        "build (cargo build → wasm-bindgen → wasm-opt)",
        build::build,
    )?;

    s.run(
        &format!("TypeScript consumer of the generated .d.ts (tsc -p {TS_DIR} --noEmit)"),
        || {
            if !root.join(TS_DIR).join("tsconfig.json").is_file() {
                return Err(fail(format!(
                    "{TS_DIR}/tsconfig.json is missing: the TypeScript consumer check needs the {TS_DIR}/ directory \
                     (tsconfig.json and a consumer of the generated kz_work_permit.d.ts)"
                )));
            }
            shell()?
                .cmd(TSC)
                .args(["-p", TS_DIR, "--noEmit"])
                .run()
                .hint("run `cargo xtask install` (it runs `npm ci`, which installs typescript)")
        },
    )?;

    s.run("size check of the embed (brotli)", crate::budget::check)?;

    let js_dir = root.join("tests/js");
    if js_dir.is_dir() {
        warn_unmatched_js_tests(&js_dir);
        s.run("JS unit tests (node --test tests/js/)", || {
            shell()?
                .cmd("node")
                .args(["--test", "tests/js/"])
                .run()
                .hint("install Node.js 20+")
        })?;
    } else {
        s.skip("JS unit tests", "no tests/js/ directory");
    }

    s.run("npm package from its tarball (Node, Vite build, Chromium; offline)", || {
        let tarball = crate::package::run()?;
        shell()?.cmd("node").arg("tests/package/run.mjs").arg(&tarball).run().hint("install Node.js 20+")
    })?;

    if root.join("e2e/run.mjs").is_file() {
        s.run("end-to-end tests (node e2e/run.mjs)", || {
            shell()?.cmd("node").arg("e2e/run.mjs").run().hint("install Node.js 20+")
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
