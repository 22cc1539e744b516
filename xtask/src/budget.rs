//! The size check of `cargo xtask test`: the brotli transfer of what the embed loads for a visitor
//! (the element module, with the widget's stylesheet and first step in every language bundled in,
//! then the JS glue and the wasm of the visitor's language). Each language has its own build, so
//! the check takes the heaviest language.
//!
//! The budget is 100 KB, [`BUDGET_BROTLI`] = 102,400 B (brotli 11 of the element, the language's
//! glue and its wasm, for the heaviest language; issue 6 set 64 KB, issue 11 raised it): a change
//! that makes the heaviest language's embed larger than that fails here. `docs/size.md` records
//! how the embed was measured and cut.

use std::path::PathBuf;

use crate::sizes::{self, FileSize};
use crate::util::{fail, repo_root, Result};

/// The budget of the embed for one visitor: 100 KB = 102,400 B of brotli (quality 11).
pub const BUDGET_BROTLI: u64 = 102_400;
/// The budget as the messages say it.
pub const BUDGET_TEXT: &str = "100 KB (102,400 B) brotli budget";

/// The files a page embedding the widget downloads for a visitor in `language`, relative to the
/// repository root: the element module (the first paint is bundled in it), then that language's
/// glue and wasm.
pub fn embed_paths(language: &str) -> [String; 3] {
    let dir = crate::build::embed_dir(language);
    [sizes::LOADER.to_owned(), format!("{dir}/kz_work_permit.js"), format!("{dir}/kz_work_permit_bg.wasm")]
}

/// The measured files of [`embed_paths`] for `language`, found in `measured`.
pub fn embed_sizes(measured: &[FileSize], language: &str) -> Vec<FileSize> {
    let paths = embed_paths(language);
    measured.iter().filter(|f| paths.contains(&f.path)).cloned().collect()
}

pub fn check() -> Result {
    let root = repo_root();
    let mut heaviest = 0;
    for language in crate::build::LANGUAGES {
        let files: Vec<PathBuf> = embed_paths(language).iter().map(|p| root.join(p)).collect();
        let measured = sizes::measure(&files)?;
        let brotli: u64 = measured.iter().map(|f| f.brotli).sum();
        let files: Vec<String> = measured.iter().map(|f| format!("{} {} B", f.path, f.brotli)).collect();
        println!("    {language}: {brotli} B brotli ({})", files.join(" + "));
        heaviest = heaviest.max(brotli);
    }
    let goal = if heaviest <= BUDGET_BROTLI {
        format!("{} B under the {BUDGET_TEXT}", BUDGET_BROTLI - heaviest)
    } else {
        format!("{} B over the {BUDGET_TEXT}", heaviest - BUDGET_BROTLI)
    };
    println!("    embed total, heaviest language: {heaviest} B brotli ({goal})");
    if heaviest > BUDGET_BROTLI {
        return Err(fail(format!(
            "the embed grew to {heaviest} B brotli, above the {BUDGET_TEXT} (docs/size.md lists what was cut to fit)"
        )));
    }
    Ok(())
}
