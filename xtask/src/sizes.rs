//! Size report of the shipped files: raw, gzip -9 and brotli q11 bytes.
//!
//! Reusable: `collect()` lists the files, `measure()` computes sizes, `print_table()` and
//! `write_json()` (serde_json) present them, `report()` does all of it (used by `build` and `sizes`).

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::build::PKG_DIR;
use crate::util::{fail, rel, repo_root, target_dir, Context, Result};

/// The embeddable loader script that ships next to www/pkg.
pub const LOADER: &str = "www/kz-work-permit.js";

#[derive(Debug, Clone)]
pub struct FileSize {
    /// Path relative to the repo root, with `/` separators.
    pub path: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl FileSize {
    /// TypeScript declarations are generated but never downloaded by a browser.
    pub fn shipped(&self) -> bool {
        !self.path.ends_with(".d.ts")
    }
}

/// Every file under www/pkg (recursively), plus www/kz-work-permit.js and www/*.css if present.
pub fn collect() -> Result<Vec<PathBuf>> {
    let root = repo_root();
    let mut files = Vec::new();
    let pkg = root.join(PKG_DIR);
    if pkg.is_dir() {
        walk(&pkg, &mut files)?;
    }
    let loader = root.join(LOADER);
    if loader.is_file() {
        files.push(loader);
    }
    let www = root.join("www");
    if www.is_dir() {
        let mut css = Vec::new();
        for entry in std::fs::read_dir(&www).ctx(|| "listing www/".into())? {
            let path = entry.ctx(|| "listing www/".into())?.path();
            if path.is_file() && path.extension().is_some_and(|e| e == "css") {
                css.push(path);
            }
        }
        css.sort();
        files.extend(css);
    }
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .ctx(|| format!("listing {}", rel(dir)))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .ctx(|| format!("listing {}", rel(dir)))?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

pub fn gzip_len(data: &[u8]) -> u64 {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    enc.write_all(data).expect("writing to a Vec cannot fail");
    enc.finish().expect("writing to a Vec cannot fail").len() as u64
}

pub fn brotli_len(data: &[u8]) -> u64 {
    // Like the brotli CLI: quality 11, window just large enough for the input (10..=24 bits).
    let mut lgwin = 10;
    while lgwin < 24 && (1usize << lgwin) - 16 < data.len() {
        lgwin += 1;
    }
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin,
        size_hint: data.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params)
        .expect("compressing into a Vec cannot fail");
    out.len() as u64
}

pub fn measure(paths: &[PathBuf]) -> Result<Vec<FileSize>> {
    paths
        .iter()
        .map(|p| {
            let data = std::fs::read(p).ctx(|| format!("reading {}", rel(p)))?;
            Ok(FileSize {
                path: rel(p).replace('\\', "/"),
                raw: data.len() as u64,
                gzip: gzip_len(&data),
                brotli: brotli_len(&data),
            })
        })
        .collect()
}

fn total<'a>(sizes: impl Iterator<Item = &'a FileSize>) -> (u64, u64, u64) {
    sizes.fold((0, 0, 0), |(r, g, b), s| {
        (r + s.raw, g + s.gzip, b + s.brotli)
    })
}

/// 1234567 → "1,234,567"
fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn print_table(sizes: &[FileSize]) {
    let width = sizes
        .iter()
        .map(|s| s.path.len())
        .chain([24])
        .max()
        .unwrap_or(24);
    let row = |name: &str, r: u64, g: u64, b: u64| {
        println!(
            "    {name:<width$}  {:>11}  {:>11}  {:>11}",
            grouped(r),
            grouped(g),
            grouped(b)
        );
    };
    println!(
        "    {:<width$}  {:>11}  {:>11}  {:>11}",
        "file", "raw B", "gzip -9 B", "brotli 11 B"
    );
    println!("    {}", "-".repeat(width + 39));
    for s in sizes {
        row(&s.path, s.raw, s.gzip, s.brotli);
    }
    println!("    {}", "-".repeat(width + 39));
    let (r, g, b) = total(sizes.iter());
    row("total", r, g, b);
    if sizes.iter().any(|s| !s.shipped()) {
        let (r, g, b) = total(sizes.iter().filter(|s| s.shipped()));
        row("total shipped (no .d.ts)", r, g, b);
    }
}

/// The size report as JSON: every file, the total and the total without the `.d.ts` files.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    pub files: Vec<FileJson<'a>>,
    pub total: Totals,
    pub total_shipped: Totals,
}

#[derive(Debug, Serialize)]
pub struct FileJson<'a> {
    pub path: &'a str,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
    pub shipped: bool,
}

#[derive(Debug, Serialize)]
pub struct Totals {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl<'a> Report<'a> {
    pub fn new(sizes: &'a [FileSize]) -> Report<'a> {
        let totals = |(raw, gzip, brotli)| Totals { raw, gzip, brotli };
        Report {
            files: sizes
                .iter()
                .map(|f| FileJson { path: &f.path, raw: f.raw, gzip: f.gzip, brotli: f.brotli, shipped: f.shipped() })
                .collect(),
            total: totals(total(sizes.iter())),
            total_shipped: totals(total(sizes.iter().filter(|f| f.shipped()))),
        }
    }
}

pub fn write_json(sizes: &[FileSize], path: &Path) -> Result {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).ctx(|| format!("creating {}", rel(dir)))?;
    }
    let json = serde_json::to_string_pretty(&Report::new(sizes))? + "\n";
    std::fs::write(path, json).ctx(|| format!("writing {}", rel(path)))
}

/// Measures, prints the table and writes target/sizes.json.
pub fn report() -> Result<Vec<FileSize>> {
    let files = collect()?;
    if files.is_empty() {
        return Err(fail(format!(
            "nothing to measure: {PKG_DIR} is empty or missing; run `cargo xtask build` first"
        )));
    }
    let sizes = measure(&files)?;
    print_table(&sizes);
    let json = target_dir().join("sizes.json");
    write_json(&sizes, &json)?;
    println!("    (written to {})", rel(&json));
    Ok(sizes)
}
