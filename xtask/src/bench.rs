//! `cargo xtask bench [--runs N] [--round-ms N] [--build]`: the performance benchmark.
//!
//! 1. the transfer size of what the embed loads (raw, gzip -9, brotli; `sizes.rs`) against the
//!    100 KB (102,400 B) brotli budget (`budget.rs`);
//! 2. time to the first rendered question and from the last answer to the rendered result, over
//!    cold loads in headless Chromium, next to the same page without the widget;
//! 3. `assess` and `addWorkingDays` calls per second, natively (`examples/bench.rs`) and from JS;
//! 4. peak wasm linear memory;
//! 5. the same deadlines written with the date-holidays npm package (`bench/peer/`): bundle size,
//!    time per call and every date on which it disagrees with ours.
//!
//! Writes target/bench/report.json and target/bench/report.md and prints a summary. A measurement,
//! not a test: it fails when something does not run, never on a time. The browser part is
//! `node bench/run.mjs` (see bench/README.md).

use std::path::{Path, PathBuf};

use crate::build::{LIB_NAME, PKG_DIR};
use crate::install::CHROMIUM;
use crate::sizes::{self, FileSize};
use crate::budget::{BUDGET_BROTLI, BUDGET_TEXT};
use crate::util::{cargo, fail, rel, repo_root, shell, step, target_dir, Context, Hint, Result};
use crate::build;

/// The brief asks for at least this many cold loads; fewer are allowed for a quick look.
pub const DEFAULT_RUNS: u32 = 20;
pub const DEFAULT_ROUND_MS: u32 = 400;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Cold loads per page
    #[arg(long, default_value_t = DEFAULT_RUNS, value_parser = clap::value_parser!(u32).range(1..))]
    pub runs: u32,
    /// Length of each timed throughput round, in milliseconds (at least 10)
    #[arg(long, default_value_t = DEFAULT_ROUND_MS, value_parser = clap::value_parser!(u32).range(10..))]
    pub round_ms: u32,
    /// Rebuild www/pkg first (it is built anyway when missing)
    #[arg(long)]
    pub build: bool,
}

pub fn run(opts: Args) -> Result {
    let root = repo_root();
    let dir = target_dir().join("bench");
    prerequisites(&root)?;

    let wasm = root.join(PKG_DIR).join(format!("{LIB_NAME}_bg.wasm"));
    let glue = root.join(PKG_DIR).join(format!("{LIB_NAME}.js"));
    if opts.build || !wasm.is_file() || !glue.is_file() {
        let why = if opts.build {
            "--build"
        } else {
            "www/pkg is missing"
        };
        println!("==> building first ({why})");
        build::run()?;
    }
    std::fs::create_dir_all(&dir).ctx(|| format!("creating {}", rel(&dir)))?;
    let peer_dir = dir.join("peer");

    step(
        "bundling the date-holidays peer with esbuild (node bench/peer/build.mjs)",
        || {
            shell()?
                .cmd("node")
                .arg("bench/peer/build.mjs")
                .arg("--out")
                .arg(rel(&peer_dir))
                .run()
                .hint("install Node.js 20+")
        },
    )?;

    step("measuring transfer sizes (raw, gzip -9, brotli 11)", || {
        measure_sizes(&dir, &peer_dir)
    })?;

    let native = dir.join("native.json");
    step(
        "native throughput (cargo run --release --example bench; compiles the release build once)",
        || {
            Ok(shell()?
                .cmd(cargo())
                .args([
                    "run",
                    "--release",
                    "--quiet",
                    "--example",
                    "bench",
                    "--",
                    "--out",
                ])
                .arg(rel(&native))
                .arg("--round-ms")
                .arg(opts.round_ms.to_string())
                .run()?)
        },
    )?;

    if opts.runs < DEFAULT_RUNS {
        println!("    note: {} cold loads per page, fewer than the {DEFAULT_RUNS} the report is meant for: the times are indicative", opts.runs);
    }
    step(
        &format!("browser: {} cold loads per page, the JS API's throughput, memory, the peer (node bench/run.mjs)", opts.runs),
        || {
            // The page server is xtask/serve.mjs, with the CSP of `cargo xtask serve`.
            shell()?
                .cmd("node")
                .args(["bench/run.mjs", "--runs"])
                .arg(opts.runs.to_string())
                .arg("--round-ms")
                .arg(opts.round_ms.to_string())
                .arg("--dir")
                .arg(rel(&dir))
                .run()
                .hint("install Node.js 20+")
        },
    )
}

/// Fails early, with the command that fixes it, when something the bench runs is missing.
fn prerequisites(root: &Path) -> Result {
    let missing: Vec<&str> = [
        "playwright-core",
        "date-holidays",
        "date-holidays-parser",
        "esbuild",
    ]
    .into_iter()
    .filter(|p| {
        !root
            .join("node_modules")
            .join(p)
            .join("package.json")
            .is_file()
    })
    .collect();
    if !missing.is_empty() {
        return Err(fail(format!(
            "the bench needs the npm packages {} (devDependencies in package.json); run `cargo xtask install` (npm ci)",
            missing.join(", ")
        )));
    }
    if !Path::new(CHROMIUM).exists() {
        return Err(fail(format!(
            "{CHROMIUM} not found; run `cargo xtask install` (Debian chromium)"
        )));
    }
    Ok(())
}

/// `sizes::measure`, one thread per file: brotli at quality 11 in xtask's debug build takes
/// seconds per 100 KB, and the files are independent.
fn measure_parallel(paths: &[PathBuf]) -> Result<Vec<FileSize>> {
    let results: Vec<Result<Vec<FileSize>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .iter()
            .map(|p| scope.spawn(move || sizes::measure(std::slice::from_ref(p))))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(fail("a size measurement thread panicked")))
            })
            .collect()
    });
    let mut out = Vec::new();
    for result in results {
        out.extend(result?);
    }
    Ok(out)
}

fn measure_sizes(dir: &Path, peer_dir: &Path) -> Result {
    // Everything a browser could fetch from www/pkg and www/ (not the .d.ts files), and the peer's
    // KZ-only bundle; run.mjs sizes the all-countries bundle, which is context only, with zlib.
    let mut paths: Vec<PathBuf> = sizes::collect()?
        .into_iter()
        .filter(|p| !p.to_string_lossy().ends_with(".d.ts"))
        .collect();
    let peer_kz = peer_dir.join("peer-kz.js");
    if !peer_kz.is_file() {
        return Err(fail(format!("{} was not built", rel(&peer_kz))));
    }
    paths.push(peer_kz.clone());
    let mut measured = measure_parallel(&paths)?;
    let peer_path = rel(&peer_kz).replace('\\', "/");
    let peer: Vec<FileSize> = measured
        .iter()
        .filter(|s| s.path == peer_path)
        .cloned()
        .collect();
    measured.retain(|s| s.path != peer_path);
    let www = measured;

    // What a visitor in each language downloads (the element loads one language's build).
    let mut per_language = Vec::new();
    for language in build::LANGUAGES {
        let embed = crate::budget::embed_sizes(&www, language);
        let brotli: u64 = embed.iter().map(|s| s.brotli).sum();
        let against = if brotli <= BUDGET_BROTLI {
            format!("{} B under the {BUDGET_TEXT}", BUDGET_BROTLI - brotli)
        } else {
            format!("{} B OVER the {BUDGET_TEXT}", brotli - BUDGET_BROTLI)
        };
        println!("    the embed for a visitor in {language} (the browser run checks what the page loads):");
        sizes::print_table(&embed);
        println!("    budget: {brotli} B brotli, {against}");
        let sum = |size: fn(&FileSize) -> u64| embed.iter().map(size).sum::<u64>();
        per_language.push(serde_json::json!({
            "language": language,
            "raw": sum(|s| s.raw),
            "gzip": sum(|s| s.gzip),
            "brotli": brotli,
        }));
    }
    println!("    the date-holidays peer (KZ-only build):");
    sizes::print_table(&peer);

    let json = serde_json::json!({
        "budgetBrotli": BUDGET_BROTLI,
        "www": sizes::Report::new(&www),
        "peer": sizes::Report::new(&peer),
        "perLanguage": per_language,
    });
    let json = serde_json::to_string_pretty(&json)? + "\n";
    let out = dir.join("sizes.json");
    std::fs::write(&out, json).ctx(|| format!("writing {}", rel(&out)))?;
    println!("    (written to {})", rel(&out));
    Ok(())
}
