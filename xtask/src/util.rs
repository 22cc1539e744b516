//! Shared helpers: errors, timed steps, paths, the shell for running commands.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use xshell::Shell;

/// An error to show to the user (usage errors are clap's, which exits with 2 itself).
#[derive(Debug)]
pub struct Error {
    pub msg: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

pub type Result<T = ()> = std::result::Result<T, Error>;

pub fn fail(msg: impl Into<String>) -> Error {
    Error { msg: msg.into() }
}

impl From<xshell::Error> for Error {
    fn from(e: xshell::Error) -> Error {
        fail(e.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        fail(format!("JSON: {e}"))
    }
}

/// Adds context to I/O errors: `fs::read(p).ctx(|| format!("reading {}", p.display()))?`.
pub trait Context<T> {
    fn ctx(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T> Context<T> for std::io::Result<T> {
    fn ctx(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|e| fail(format!("{}: {e}", what())))
    }
}

// ----------------------------------------------------------------------------------------------
// Paths

/// The workspace root (the parent of the xtask crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}

/// Cargo's target directory (honours CARGO_TARGET_DIR).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => repo_root().join(dir),
        _ => repo_root().join("target"),
    }
}

/// `path` relative to the repo root if possible, for short messages.
pub fn rel(path: &Path) -> String {
    let root = repo_root();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Makes sure `cargo install`ed binaries (wasm-bindgen, wasm-bindgen-test-runner) are found
/// even if `~/.cargo/bin` is not on PATH. Called once at start-up, before any thread exists.
pub fn add_cargo_bin_to_path() {
    let cargo_home = match std::env::var_os("CARGO_HOME") {
        Some(h) if !h.is_empty() => PathBuf::from(h),
        _ => match std::env::var_os("HOME") {
            Some(home) => PathBuf::from(home).join(".cargo"),
            None => return,
        },
    };
    let bin = cargo_home.join("bin");
    if !bin.is_dir() {
        return;
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    if std::env::split_paths(&path).any(|p| p == bin) {
        return;
    }
    let mut parts = vec![bin];
    parts.extend(std::env::split_paths(&path));
    if let Ok(joined) = std::env::join_paths(parts) {
        std::env::set_var("PATH", joined);
    }
}

/// The version of a package in Cargo.lock, or None if Cargo.lock does not list it.
pub fn locked_version(package: &str) -> Result<Option<String>> {
    let lock_path = repo_root().join("Cargo.lock");
    let lock = match std::fs::read_to_string(&lock_path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(fail(format!("reading {}: {e}", lock_path.display()))),
    };
    let name_line = format!("name = \"{package}\"");
    let mut in_package = false;
    for line in lock.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = false;
        }
        if line == name_line {
            in_package = true;
        } else if in_package {
            if let Some(v) = line
                .strip_prefix("version = \"")
                .and_then(|v| v.strip_suffix('"'))
            {
                return Ok(Some(v.to_string()));
            }
        }
    }
    Ok(None)
}

// ----------------------------------------------------------------------------------------------
// Output and timing

pub fn fmt_duration(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 60.0 {
        format!("{s:.1} s")
    } else {
        let m = (s / 60.0).floor();
        format!("{m:.0} m {:.0} s", s - m * 60.0)
    }
}

/// Runs `f` as a titled, timed step: prints `==> title`, then `done in …` or `FAILED after …`.
pub fn step<T>(title: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    println!("==> {title}");
    let start = Instant::now();
    let result = f();
    let took = fmt_duration(start.elapsed());
    match &result {
        Ok(_) => println!("    done in {took}"),
        Err(_) => println!("    FAILED after {took}"),
    }
    result
}

/// Prints a one-line step that needed no work (`==> title: what (0.0 s)`).
pub fn skipped(title: &str, why: &str, start: Instant) {
    println!("==> {title}: {why} ({})", fmt_duration(start.elapsed()));
}

// ----------------------------------------------------------------------------------------------
// External commands (xshell)

/// A shell in the repository root, for running commands with xshell: `sh.cmd(..).run()` prints
/// `$ command` and inherits stdio; `.read()` returns stdout; both fail on a non-zero exit.
pub fn shell() -> Result<Shell> {
    let sh = Shell::new()?;
    sh.change_dir(repo_root());
    Ok(sh)
}

/// `cargo`, the same cargo that runs the xtask (`$CARGO`) when available.
pub fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// Advice added to the message of a command that fails (for example the install command to run
/// when the program is missing).
pub trait Hint<T> {
    fn hint(self, hint: &str) -> Result<T>;
}

impl<T> Hint<T> for xshell::Result<T> {
    fn hint(self, hint: &str) -> Result<T> {
        self.map_err(|e| fail(format!("{e}\n       hint: {hint}")))
    }
}

pub fn is_root() -> bool {
    shell()
        .ok()
        .and_then(|sh| sh.cmd("id").arg("-u").quiet().ignore_stderr().read().ok())
        .is_some_and(|s| s.trim() == "0")
}
