//! `cargo xtask serve [--port N] [--no-build] [--no-csp] [--quiet]`: build, then serve www/ with the
//! project's one static server, `xtask/serve.mjs` (Vite's preview server through its JavaScript
//! API; the same script serves the end-to-end tests, the bench and the npm package test). The
//! script owns the Content-Security-Policy sent with every HTML page, the headers and the MIME
//! types.

use std::path::Path;

use crate::util::{fail, repo_root, Result};

pub const DEFAULT_PORT: u16 = 8000;
/// The server script, relative to the repository root.
pub const SCRIPT: &str = "xtask/serve.mjs";
pub const DEMO_PAGES: [&str; 4] = [
    "index.html",
    "embed-example.html",
    "api-example.html",
    "rules.html",
];

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Port to listen on, on 127.0.0.1 (0 picks a free port)
    #[arg(long, short, default_value_t = DEFAULT_PORT)]
    pub port: u16,
    /// Serve www/ as it is, without building first
    #[arg(long)]
    pub no_build: bool,
    /// Do not send the Content-Security-Policy header
    #[arg(long)]
    pub no_csp: bool,
    /// Do not log requests
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: Args) -> Result {
    if !args.no_build {
        crate::build::run()?;
    }
    let root = repo_root();
    if !root.join("node_modules/vite/package.json").is_file() {
        return Err(fail(
            "the server is Vite's preview (the `vite` devDependency), which is not installed; run `cargo xtask install` (npm ci)",
        ));
    }
    let mut command = std::process::Command::new("node");
    command.current_dir(&root).arg(SCRIPT).arg("--port").arg(args.port.to_string());
    if args.no_csp {
        command.arg("--no-csp");
    }
    if args.quiet {
        command.arg("--quiet");
    }
    for page in DEMO_PAGES {
        command.arg("--page").arg(page);
    }
    // Not through xshell: on Unix the xtask process becomes the server (exec), so Ctrl-C, a kill
    // of this pid or the end of the terminal reach the server itself, and no child is left behind.
    exec(command)
}

#[cfg(unix)]
fn exec(mut command: std::process::Command) -> Result {
    use std::os::unix::process::CommandExt;
    let e = command.exec(); // returns only on failure
    Err(spawn_error(&e))
}

#[cfg(not(unix))]
fn exec(mut command: std::process::Command) -> Result {
    let status = command.status().map_err(|e| spawn_error(&e))?;
    if status.success() {
        Ok(())
    } else {
        Err(fail(format!("the server stopped ({status})")))
    }
}

fn spawn_error(e: &std::io::Error) -> crate::util::Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        fail("cannot run `node`: not found; install Node.js 20.19+ (Debian: apt-get install nodejs npm)")
    } else {
        fail(format!("cannot run `node {}`: {e}", Path::new(SCRIPT).display()))
    }
}
