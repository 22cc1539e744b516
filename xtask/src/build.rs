//! `cargo xtask build`: cargo build (wasm32) → wasm-bindgen --target web → wasm-opt -Oz → esbuild
//! --minify on the glue → size report.

use std::path::Path;

use crate::install::WASM_TARGET;
use crate::util::{cargo, fail, locked_version, rel, repo_root, shell, step, target_dir, Context, Hint, Result};
use crate::{install, minify, sizes};

pub const PACKAGE: &str = "kz-work-permit";
pub const LIB_NAME: &str = "kz_work_permit";
/// wasm-bindgen output directory, relative to the repo root.
pub const PKG_DIR: &str = "www/pkg";
/// Path of wasm-opt from the npm `binaryen` package. Always this exact path: `npx wasm-opt`
/// resolves to an unrelated package when node_modules is missing, and Debian's binaryen is too old.
pub const WASM_OPT: &str = "./node_modules/.bin/wasm-opt";

/// esbuild from npm, for minifying the JS glue.
pub const ESBUILD: &str = "./node_modules/.bin/esbuild";

/// Install, then build.
pub fn run() -> Result {
    install::run()?;
    build()
}

/// The languages the element has a build for: besides the full build (the JavaScript API, every
/// language) in `www/pkg`, one build of the widget alone per language, with the Cargo feature
/// `embed-<lang>`, in [`embed_dir`] (a visitor downloads one language).
pub const LANGUAGES: [&str; 3] = ["kk", "ru", "en"];

/// The directory of the element's build for `language`, under `www/pkg`.
pub fn embed_dir(language: &str) -> String {
    format!("{PKG_DIR}/embed-{language}")
}

/// The build steps alone (assumes `install` has run).
pub fn build() -> Result {
    let pkg = repo_root().join(PKG_DIR);
    // Start from an empty directory so the size report never lists stale files.
    if pkg.exists() {
        std::fs::remove_dir_all(&pkg).ctx(|| format!("removing old {PKG_DIR}"))?;
    }
    let count = LANGUAGES.len() + 1;
    println!("==> [1/{count}] the full build (JS API, all languages) into {PKG_DIR}");
    build_one("", PKG_DIR)?;
    for (index, language) in LANGUAGES.iter().enumerate() {
        let (feature, out_dir) = (format!("embed-{language}"), embed_dir(language));
        println!("==> [{}/{count}] the element's `{feature}` build into {out_dir}", index + 2);
        build_one(&feature, &out_dir)?;
    }
    prerender()?;
    step("bundling the element and its first paint into www/kz-work-permit.js (esbuild --bundle --minify)", || {
        // Every visitor downloads the element first; the source keeps its comments for people.
        // The source is read from standard input so that its imports resolve from www/, where the
        // element is served (its paths are written relative to that place): the first paint is
        // bundled in, the per-language builds stay separate files, loaded when needed. The text
        // stays UTF-8 (a module script is always read as UTF-8) instead of esbuild's default
        // \u escapes, which made each Cyrillic letter 6 bytes: −322 B brotli, −7.7 KB raw.
        let source = std::fs::read_to_string(ELEMENT_SOURCE).ctx(|| format!("reading {ELEMENT_SOURCE}"))?;
        let sh = shell()?;
        let _www = sh.push_dir("www");
        sh.cmd(format!("../{ESBUILD}"))
            .args(["--bundle", "--minify", "--format=esm", "--charset=utf8", "--external:./pkg/embed-*", "--log-level=warning"])
            .arg(format!("--sourcefile={ELEMENT_SOURCE}"))
            .arg(format!("--outfile={}", sizes::LOADER.trim_start_matches("www/")))
            .stdin(source)
            .run()
            .hint("run `cargo xtask install` (it runs `npm ci`, which installs esbuild)")
    })?;
    // The bundle carries the first paint, so no page requests the module itself: it moves out of
    // www/ (which is what a site deploys) to target/, where it stays readable.
    // target/ exists: the prerender above ran in it.
    let kept = target_dir().join("first-paint.js");
    std::fs::copy(FIRST_PAINT, &kept).ctx(|| format!("copying {FIRST_PAINT} to {}", rel(&kept)))?;
    std::fs::remove_file(FIRST_PAINT).ctx(|| format!("removing {FIRST_PAINT}"))?;
    step("measuring sizes", || sizes::report().map(|_| ()))
}

/// The module the element bundles: the widget's stylesheet and its first step in every language
/// (examples/prerender.rs), which the element paints while the wasm downloads. The build writes it
/// where the element's source imports it from, bundles it, then keeps it as target/first-paint.js.
const FIRST_PAINT: &str = "www/pkg/first-paint.js";

/// Writes [`FIRST_PAINT`], drawn natively by the widget's own code (the first run compiles the
/// crate for this machine, about 30 s).
fn prerender() -> Result {
    step(&format!("drawing the first step in every language into {FIRST_PAINT} (cargo run --example prerender)"), || {
        Ok(shell()?.cmd(cargo()).args(["run", "--quiet", "--example", "prerender", "--", FIRST_PAINT]).run()?)
    })
}

/// The element's source; the build writes it minified to [`sizes::LOADER`].
pub const ELEMENT_SOURCE: &str = "src/web/element.js";

/// Compiles with `feature` (none for the full build), generates the bindings into `out_dir`,
/// optimises the wasm and minifies the glue.
fn build_one(feature: &str, out_dir: &str) -> Result {
    // The element's builds use the `embed` profile (Cargo.toml says why) and are `no_std` (see the
    // crate's `std` feature).
    let profile = if feature.is_empty() { "release" } else { "embed" };
    let mut args = vec!["build", "--profile", profile, "--target", WASM_TARGET, "-p", PACKAGE];
    if !feature.is_empty() {
        args.extend(["--no-default-features", "--features", feature]);
    }
    step(&format!("compiling {PACKAGE} for {WASM_TARGET} ({profile}{})", if feature.is_empty() { String::new() } else { format!(", {feature}") }), || {
        Ok(shell()?.cmd(cargo()).args(args.iter().copied()).run()?)
    })?;
    let wasm = target_dir()
        .join(WASM_TARGET)
        .join(profile)
        .join(format!("{LIB_NAME}.wasm"));
    if !wasm.exists() {
        return Err(fail(format!(
            "cargo build succeeded but {} was not produced; does Cargo.toml [lib] still have crate-type = [\"cdylib\", \"rlib\"]?",
            rel(&wasm)
        )));
    }
    if locked_version("wasm-bindgen")?.is_none() {
        return Err(fail(format!(
            "cannot run wasm-bindgen yet: {PACKAGE} does not depend on the `wasm-bindgen` crate \
             (Cargo.lock has no wasm-bindgen package), so {} has no JS bindings to generate.\n       \
             Add `wasm-bindgen = \"=<version>\"` and #[wasm_bindgen] exports to the library, then run \
             `cargo xtask build` again (it installs the matching wasm-bindgen-cli).",
            rel(&wasm)
        )));
    }

    step(
        &format!("generating JS bindings into {out_dir} (wasm-bindgen --target web)"),
        || {
            let sh = shell()?;
            let mut bindgen = sh.cmd("wasm-bindgen").args(["--target", "web", "--out-dir", out_dir]);
            if !feature.is_empty() {
                // The element's builds are loaded by the element alone: no TypeScript for them.
                bindgen = bindgen.arg("--no-typescript");
            }
            bindgen
                .arg(rel(&wasm))
                .run()
                .hint("run `cargo xtask install` to install wasm-bindgen-cli at the Cargo.lock version")
        },
    )?;

    let bg = format!("{out_dir}/{LIB_NAME}_bg.wasm");
    step(
        "optimising the wasm for size (wasm-opt -Oz, about 3 s)",
        || {
            if !Path::new(WASM_OPT).exists() {
                return Err(fail(format!(
                "{WASM_OPT} not found; run `cargo xtask install` (it runs `npm ci`, which installs the npm `binaryen` package)"
            )));
            }
            // --low-memory-unused: Rust's wasm never uses the first 1 KiB of memory, so loads and
            // stores with small offsets can be folded (measured about -0.75 KB brotli with --converge).
            // --strip-producers and --strip-target-features: custom sections no browser reads.
            // The element's builds strip the target features after shortening their names below:
            // that pass reads them to know which encodings the wasm may use.
            let strip: &[&str] = if feature.is_empty() { &["--strip-producers", "--strip-target-features"] } else { &[] };
            // The element's builds inline a function with one caller only when it is small (at most
            // 25 bytes; -Oz inlines any size): inlined into the widget's few big functions, the
            // large ones compressed worse. Measured ru wasm 92,422 → 88,385 B brotli (kk −3,846, en
            // −3,748; 20 and 30 within 70 B of 25, 0 and 50 700-800 B worse; docs/size.md). The
            // full build keeps the default, for throughput.
            let inlining: &[&str] = if feature.is_empty() { &[] } else { &["--one-caller-inline-max-function-size=25"] };
            Ok(shell()?
                .cmd(WASM_OPT)
                .args(["-Oz", "--low-memory-unused", "--converge"])
                .args(inlining.iter().copied())
                .args(strip.iter().copied())
                .args([bg.as_str(), "-o", bg.as_str()])
                .run()?)
        },
    )?;

    let glue = format!("{out_dir}/{LIB_NAME}.js");
    if !feature.is_empty() {
        step("shortening the import and export names (wasm-opt --minify-imports-and-exports-and-modules)", || {
            // A pass of its own: under --converge above it would run (and print its mapping) again.
            // No --all-features: wasm-opt would then write newer encodings (compact imports) that
            // browsers reject.
            let mapping = shell()?
                .cmd(WASM_OPT)
                .args(["--minify-imports-and-exports-and-modules", "--strip-producers", "--strip-target-features", bg.as_str(), "-o", bg.as_str()])
                .quiet()
                .read()?;
            let renames = minify::parse_mapping(&mapping)?;
            let text = std::fs::read_to_string(&glue).ctx(|| format!("reading {glue}"))?;
            let text = minify::apply(&text, &renames, &minify::bindgen_module(LIB_NAME))?;
            std::fs::write(&glue, text).ctx(|| format!("writing {glue}"))?;
            println!("    {} names shortened in the wasm and the glue", renames.len());
            Ok(())
        })?;
    }
    step("minifying the JS glue (esbuild --minify, about 1 s)", || {
        // The glue is what every visitor downloads; minified it is about 2 KB smaller in brotli.
        // Its exports keep their names, so the element, Node and bundlers load it unchanged.
        shell()?
            .cmd(ESBUILD)
            .args([glue.as_str(), "--minify", "--format=esm", "--log-level=warning", "--allow-overwrite", &format!("--outfile={glue}")])
            .run()
            .hint("run `cargo xtask install` (it runs `npm ci`, which installs esbuild)")
    })?;
    Ok(())
}
