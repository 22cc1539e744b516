//! `cargo xtask install`: idempotent set-up of everything the build and tests need.

use std::path::Path;
use std::time::{Instant, SystemTime};

use crate::util::{cargo, fail, is_root, locked_version, repo_root, shell, skipped, step, Hint, Result};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn run() -> Result {
    wasm_target()?;
    wasm_bindgen_cli()?;
    chromium()?;
    npm_packages()?;
    Ok(())
}

/// `rustup target add wasm32-unknown-unknown` unless it is installed already.
fn wasm_target() -> Result {
    let start = Instant::now();
    let title = format!("rust target {WASM_TARGET}");
    let installed = shell()?
        .cmd("rustup")
        .args(["target", "list", "--installed"])
        .quiet()
        .read()
        .hint("install Rust with rustup (https://rustup.rs); the wasm32 target is added with rustup")?;
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        skipped(&title, "already installed", start);
        return Ok(());
    }
    step(&format!("installing {title} (a few seconds, once)"), || {
        Ok(shell()?.cmd("rustup").args(["target", "add", WASM_TARGET]).run()?)
    })
}

/// The version printed by `<program> --version` (last word of the first line).
fn tool_version(program: &str) -> Option<String> {
    let out = shell().ok()?.cmd(program).arg("--version").quiet().ignore_stderr().read().ok()?;
    out.lines()
        .next()?
        .split_whitespace()
        .last()
        .map(str::to_string)
}

/// wasm-bindgen-cli at exactly the Cargo.lock version of the `wasm-bindgen` crate.
fn wasm_bindgen_cli() -> Result {
    let start = Instant::now();
    let Some(want) = locked_version("wasm-bindgen")? else {
        skipped(
            "wasm-bindgen-cli",
            "skipped, Cargo.lock has no wasm-bindgen package yet (the CLI must match its version)",
            start,
        );
        return Ok(());
    };
    let title = format!("wasm-bindgen-cli {want}");
    let have = tool_version("wasm-bindgen");
    let have_runner = tool_version("wasm-bindgen-test-runner");
    if have.as_deref() == Some(want.as_str()) && have_runner.as_deref() == Some(want.as_str()) {
        skipped(&title, "already installed", start);
        return Ok(());
    }
    let found = match (&have, &have_runner) {
        (None, None) => "not installed".to_string(),
        _ => format!(
            "found wasm-bindgen {}, wasm-bindgen-test-runner {}",
            have.as_deref().unwrap_or("missing"),
            have_runner.as_deref().unwrap_or("missing")
        ),
    };
    step(
        &format!("installing {title} (about 2 minutes, once; {found})"),
        || {
            // No --locked: the registry mirror lacks some locked dependency versions.
            shell()?
                .cmd(cargo())
                .args(["install", "wasm-bindgen-cli", "--version"])
                .arg(format!("={want}"))
                .run()?;
            for program in ["wasm-bindgen", "wasm-bindgen-test-runner"] {
                let now = tool_version(program);
                if now.as_deref() != Some(want.as_str()) {
                    return Err(fail(format!(
                    "installed wasm-bindgen-cli {want}, but `{program} --version` now reports {}; \
                     is another {program} earlier on PATH?",
                    now.as_deref().unwrap_or("nothing (not found on PATH)")
                )));
                }
            }
            Ok(())
        },
    )
}

/// Debian `chromium` + `chromium-driver` for browser tests, unless both binaries exist.
fn chromium() -> Result {
    let start = Instant::now();
    let title = "chromium + chromedriver";
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    if missing.is_empty() {
        skipped(
            title,
            &format!("already installed ({CHROMIUM}, {CHROMEDRIVER})"),
            start,
        );
        return Ok(());
    }
    step(
        &format!("installing Debian packages chromium and chromium-driver (about 30 s, once; missing {})", missing.join(", ")),
        || {
            if !Path::new("/usr/bin/apt-get").exists() {
                return Err(fail(format!(
                    "{} missing and apt-get is not available: this step supports Debian only. \
                     Install Chromium and a matching chromedriver so that {CHROMIUM} and {CHROMEDRIVER} exist.",
                    missing.join(" and ")
                )));
            }
            let sh = shell()?;
            let apt = |args: &[&str]| -> Result {
                let cmd = if is_root() {
                    sh.cmd("apt-get").env("DEBIAN_FRONTEND", "noninteractive")
                } else {
                    // sudo drops most of the environment, so pass the variable as an argument.
                    sh.cmd("sudo").args(["DEBIAN_FRONTEND=noninteractive", "apt-get"])
                };
                Ok(cmd.args(args.iter().copied()).run()?)
            };
            apt(&["update"])?;
            apt(&["install", "-y", "chromium", "chromium-driver"])?;
            let still: Vec<&str> = [CHROMIUM, CHROMEDRIVER].into_iter().filter(|p| !Path::new(p).exists()).collect();
            if !still.is_empty() {
                return Err(fail(format!("apt-get finished but {} still does not exist", still.join(" and "))));
            }
            Ok(())
        },
    )
}

fn mtime(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// `npm ci` if package.json exists and node_modules is missing or older than package-lock.json.
fn npm_packages() -> Result {
    let start = Instant::now();
    let root = repo_root();
    let title = "npm packages";
    if !root.join("package.json").exists() {
        skipped(title, "skipped, no package.json", start);
        return Ok(());
    }
    let lock = root.join("package-lock.json");
    let modules = root.join("node_modules");
    // npm writes node_modules/.package-lock.json at the end of every install.
    let installed_at = [mtime(&modules), mtime(&modules.join(".package-lock.json"))]
        .into_iter()
        .flatten()
        .max();
    let reason = match (installed_at, mtime(&lock)) {
        (None, _) => "node_modules is missing",
        (Some(i), Some(l)) if i < l => "node_modules is older than package-lock.json",
        _ => {
            skipped(title, "node_modules is up to date", start);
            return Ok(());
        }
    };
    let hint = "install Node.js 20+ with npm (Debian: apt-get install nodejs npm)";
    if lock.exists() {
        step(
            &format!("installing npm packages with npm ci (a few seconds; {reason})"),
            || shell()?.cmd("npm").arg("ci").run().hint(hint),
        )
    } else {
        step(
            &format!(
                "installing npm packages with npm install (no package-lock.json yet; {reason})"
            ),
            || shell()?.cmd("npm").arg("install").run().hint(hint),
        )
    }
}
