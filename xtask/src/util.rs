//! Shared helpers: errors, timed steps, running external commands, paths.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An error to show to the user. `usage` errors also print the usage text and exit with 2.
#[derive(Debug)]
pub struct Error {
    pub msg: String,
    pub usage: bool,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

pub type Result<T = ()> = std::result::Result<T, Error>;

pub fn fail(msg: impl Into<String>) -> Error {
    Error {
        msg: msg.into(),
        usage: false,
    }
}

pub fn usage_error(msg: impl Into<String>) -> Error {
    Error {
        msg: msg.into(),
        usage: true,
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
// External commands

/// A command to run, with a printable form for messages.
pub struct Cmd {
    program: OsString,
    shown_program: String,
    args: Vec<OsString>,
    envs: Vec<(String, String)>,
    hint: Option<String>,
}

impl Cmd {
    pub fn new(program: impl Into<OsString>) -> Cmd {
        let program = program.into();
        let shown_program = program.to_string_lossy().into_owned();
        Cmd {
            program,
            shown_program,
            args: Vec::new(),
            envs: Vec::new(),
            hint: None,
        }
    }

    /// `cargo`, using the same cargo that runs the xtask (`$CARGO`) when available.
    pub fn cargo() -> Cmd {
        let mut cmd = Cmd::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        cmd.shown_program = "cargo".into();
        cmd
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> Cmd {
        self.args.push(arg.into());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: Into<OsString>>(mut self, args: I) -> Cmd {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Cmd {
        self.envs.push((key.into(), value.into()));
        self
    }

    /// Extra advice shown when the program is not found.
    pub fn hint(mut self, hint: impl Into<String>) -> Cmd {
        self.hint = Some(hint.into());
        self
    }

    /// The command line as the user would type it.
    pub fn display(&self) -> String {
        let mut s = String::new();
        for (k, v) in &self.envs {
            s.push_str(&format!("{k}={v} "));
        }
        s.push_str(&self.shown_program);
        for a in &self.args {
            let a = a.to_string_lossy();
            if a.is_empty() || a.contains(|c: char| c.is_whitespace() || "'\"$;&|<>*?".contains(c))
            {
                s.push_str(&format!(" '{}'", a.replace('\'', "'\\''")));
            } else {
                s.push(' ');
                s.push_str(&a);
            }
        }
        s
    }

    fn command(&self) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args).current_dir(repo_root());
        for (k, v) in &self.envs {
            c.env(k, v);
        }
        c
    }

    fn spawn_error(&self, e: std::io::Error) -> Error {
        let mut msg = if e.kind() == std::io::ErrorKind::NotFound {
            format!(
                "could not run `{}`: program `{}` not found",
                self.display(),
                self.shown_program
            )
        } else {
            format!("could not run `{}`: {e}", self.display())
        };
        if let Some(h) = &self.hint {
            msg.push_str(&format!("\n       hint: {h}"));
        }
        fail(msg)
    }

    /// Runs with inherited stdio, printing the command first. Fails on a non-zero exit.
    pub fn run(&self) -> Result {
        println!("    $ {}", self.display());
        let status = self.command().status().map_err(|e| self.spawn_error(e))?;
        if status.success() {
            Ok(())
        } else {
            Err(fail(format!(
                "`{}` failed ({})",
                self.display(),
                describe_status(status)
            )))
        }
    }

    /// Runs quietly and returns stdout, or None if the program is missing or fails.
    /// Used for probes such as `wasm-bindgen --version`.
    pub fn probe(&self) -> Option<String> {
        let out = self
            .command()
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        if out.status.success() {
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            None
        }
    }

    /// Runs quietly and returns stdout; fails (with the command's stderr) on a non-zero exit.
    pub fn output(&self) -> Result<String> {
        let out = self
            .command()
            .stdin(Stdio::null())
            .output()
            .map_err(|e| self.spawn_error(e))?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(fail(format!(
                "`{}` failed ({}):\n{}",
                self.display(),
                describe_status(out.status),
                String::from_utf8_lossy(&out.stderr).trim_end()
            )))
        }
    }
}

fn describe_status(status: std::process::ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("killed by signal {sig}");
        }
    }
    status.to_string()
}

pub fn is_root() -> bool {
    Cmd::new("id")
        .arg("-u")
        .probe()
        .is_some_and(|s| s.trim() == "0")
}
