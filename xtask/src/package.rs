//! `cargo xtask package`: the publishable npm package in `pkg/` (ES module, `exports` map, the
//! wasm, the element, types, README, licence), and its tarball from `npm pack` in `target/package/`.

use std::fs;
use std::path::PathBuf;

use crate::build;
use crate::util::{fail, repo_root, shell, step, target_dir, Result};

/// Builds, assembles `pkg/` and packs it; returns the tarball's path.
pub fn run() -> Result<PathBuf> {
    build::build()?;
    step("assembling the npm package in pkg/", assemble)?;
    step("packing it (npm pack → target/package/)", pack)
}

fn assemble() -> Result {
    let root = repo_root();
    let out = root.join("pkg");
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).map_err(|e| fail(format!("cannot create pkg/: {e}")))?;
    let copy = |from: PathBuf, to: &str| fs::copy(&from, out.join(to)).map(|_| ()).map_err(|e| fail(format!("cannot copy {}: {e}", from.display())));
    for file in ["kz_work_permit.js", "kz_work_permit_bg.wasm", "kz_work_permit.d.ts", "kz_work_permit_bg.wasm.d.ts"] {
        copy(root.join("www/pkg").join(file), file)?;
    }
    // The element's per-language builds.
    for language in build::LANGUAGES {
        let dir = format!("embed-{language}");
        fs::create_dir_all(out.join(&dir)).map_err(|e| fail(format!("cannot create pkg/{dir}: {e}")))?;
        for file in ["kz_work_permit.js", "kz_work_permit_bg.wasm"] {
            copy(root.join(build::embed_dir(language)).join(file), &format!("{dir}/{file}"))?;
        }
    }
    // The element imports the glue from ./pkg/ in www/; in the package they sit side by side.
    let element = fs::read_to_string(root.join("www/kz-work-permit.js")).map_err(|e| fail(format!("cannot read the element: {e}")))?;
    let element = element.replace("\"./pkg/", "\"./");
    fs::write(out.join("kz-work-permit.js"), element).map_err(|e| fail(format!("cannot write the element: {e}")))?;
    copy(root.join("packaging/kz-work-permit.d.ts"), "kz-work-permit.d.ts")?;
    copy(root.join("packaging/README.md"), "README.md")?;
    copy(root.join("LICENSE"), "LICENSE")?;
    fs::write(out.join("package.json"), manifest()?).map_err(|e| fail(format!("cannot write package.json: {e}")))?;
    println!("    pkg/ holds {} files", fs::read_dir(&out).map(|d| d.count()).unwrap_or(0));
    Ok(())
}

fn manifest() -> Result<String> {
    let manifest = serde_json::json!({
        "name": "kz-work-permit",
        "version": env!("CARGO_PKG_VERSION"),
        "description": "Kazakhstan foreign-labour permit calculator: rules engine and <kz-work-permit> widget, in WebAssembly",
        "license": "MIT",
        "type": "module",
        "main": "./kz_work_permit.js",
        "types": "./kz_work_permit.d.ts",
        "exports": {
            ".": { "types": "./kz_work_permit.d.ts", "default": "./kz_work_permit.js" },
            "./element": { "types": "./kz-work-permit.d.ts", "default": "./kz-work-permit.js" },
            "./kz_work_permit_bg.wasm": "./kz_work_permit_bg.wasm",
            "./package.json": "./package.json"
        },
        "files": ["kz_work_permit.js", "kz_work_permit_bg.wasm", "kz_work_permit.d.ts", "kz_work_permit_bg.wasm.d.ts", "kz-work-permit.js", "kz-work-permit.d.ts", "embed-kk/", "embed-ru/", "embed-en/", "README.md", "LICENSE"],
        "sideEffects": ["./kz-work-permit.js"],
        "keywords": ["kazakhstan", "work permit", "foreign labour", "webassembly", "web component"]
    });
    Ok(serde_json::to_string_pretty(&manifest)? + "\n")
}

fn pack() -> Result<PathBuf> {
    let dest = target_dir().join("package");
    fs::create_dir_all(&dest).map_err(|e| fail(format!("cannot create {}: {e}", dest.display())))?;
    shell()?.cmd("npm").args(["pack", "--silent", "--pack-destination"]).arg(&dest).arg("./pkg").run()?;
    let tarball = dest.join(format!("kz-work-permit-{}.tgz", env!("CARGO_PKG_VERSION")));
    if !tarball.is_file() {
        return Err(fail(format!("npm pack did not write {}", tarball.display())));
    }
    println!("    {}", tarball.display());
    Ok(tarball)
}
