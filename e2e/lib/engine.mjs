// The engine itself, from the built package, in Node: the reference every screen is checked against.
import fs from "node:fs";
import path from "node:path";
import { PKG } from "./paths.mjs";

let api = null;

export async function engine() {
  if (!api) {
    const module = await import(path.join(PKG, "kz_work_permit.js"));
    module.initSync({ module: fs.readFileSync(path.join(PKG, "kz_work_permit_bg.wasm")) });
    api = module;
  }
  return api;
}

/**
 * `assess(input)` as plain JSON, with `overrideErrors` (problems with the site owner's rule
 * overrides) as the widget's result event has it too.
 */
export async function assess(input) {
  const { assess } = await engine();
  return JSON.parse(JSON.stringify(assess(input)));
}
