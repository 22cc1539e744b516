// Bundles the peer for the browser with esbuild, twice:
//
//   peer-kz.js    the smallest build date-holidays documents: its "custom builds" section
//                 (`holidays2json --pick KZ --min`, README of date-holidays 3.x), i.e. the
//                 date-holidays-parser engine with Kazakhstan's data only and the calendar systems
//                 KZ does not use (Julian, Hebrew, Chinese, …) cut out by the same prepin macros.
//                 holidays2json rewrites files inside node_modules; this script does the same in
//                 memory (an esbuild plugin), so node_modules stays untouched.
//   peer-full.js  what `import Holidays from "date-holidays"` bundles by default: every country.
//
// Both are minified ES modules that set `globalThis.kzPeer` to the functions of deadlines.mjs.
// Writes them, and a breakdown of where their bytes come from, to target/bench/peer/.
//
// Usage: node bench/peer/build.mjs [--out DIR]
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const require = createRequire(import.meta.url);
const outIndex = process.argv.indexOf("--out");
const OUT = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(ROOT, "target", "bench", "peer");

// --- The documented custom build, in memory -------------------------------------------------------

// scripts/holidays2json.cjs is not in the package's "exports", so it is loaded by its path.
const Holidays2json = require(path.join(ROOT, "node_modules", "date-holidays", "scripts", "holidays2json.cjs"));
const custom = new Holidays2json({ pick: ["KZ"] }).getList().build().holidays;
if (!custom.holidays?.KZ) throw new Error("date-holidays has no KZ data");
// Only the shared names KZ refers to (`_name: 01-01`, `_name: 03-08`) and the parser's internal
// `substitutes` label; the others belong to other countries' days.
const referenced = new Set(["substitutes"]);
(function walk(node) {
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "_name" && typeof value === "string") referenced.add(value);
      else walk(value);
    }
  }
})(custom.holidays);
const kzData = { ...custom, names: Object.fromEntries(Object.entries(custom.names || {}).filter(([name]) => referenced.has(name))) };

/** holidays2json's `dive`: which calendar systems the picked data does NOT need (prepin macros). */
function unusedCalendars(data) {
  const macros = { nobengali: true, nochinese: true, noequinox: true, nohebrew: true, noislamic: true, nojalaali: true, nojulian: true };
  (function dive(node) {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== "days") {
        dive(value);
        continue;
      }
      for (const rule of Object.keys(value)) {
        if (/\b(Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah)\b/.test(rule)) delete macros.noislamic;
        else if (/\b(julian)\b/.test(rule)) delete macros.nojulian;
        else if (/\b(chinese|vietnamese|korean)\b/.test(rule)) delete macros.nochinese;
        else if (/\b(bengali-revised)\b/.test(rule)) delete macros.nobengali;
        else if (/\b(equinox|solstice)\b/.test(rule)) delete macros.noequinox;
        else if (/\b(Nisan|Iyyar|Sivan|Tamuz|Av|Elul|Tishrei|Cheshvan|Kislev|Tevet|Shvat|Adar)\b/.test(rule)) delete macros.nohebrew;
        else if (/\b(Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)\b/.test(rule)) delete macros.nojalaali;
      }
    }
  })(data);
  return macros;
}
const macros = unusedCalendars(kzData.holidays);

/** prepin's `#ifndef MACRO … #endif`, applied to the source text (blocks are not nested there). */
function prepin(source, defined) {
  const out = [];
  let skipping = null;
  for (const line of source.split("\n")) {
    const open = line.match(/^\s*\/\/\s*#ifndef\s+(\w+)/);
    if (open) {
      if (defined[open[1]]) skipping = open[1];
      continue;
    }
    if (/^\s*\/\/\s*#endif/.test(line)) {
      skipping = null;
      continue;
    }
    if (!skipping) out.push(line);
  }
  return out.join("\n");
}

const kzOnly = {
  name: "date-holidays-kz-only",
  setup(build) {
    build.onResolve({ filter: /^virtual:kz-holidays-data$/ }, () => ({ path: "kz-holidays-data", namespace: "kz-data" }));
    build.onLoad({ filter: /.*/, namespace: "kz-data" }, () => ({ contents: `export default ${JSON.stringify(kzData)};`, loader: "js" }));
    build.onLoad({ filter: /date-holidays-parser[\\/]src[\\/]CalEventFactory\.js$/ }, async (args) => ({
      contents: prepin(await fs.promises.readFile(args.path, "utf8"), macros),
      loader: "js",
    }));
  },
};

// --- Bundling ----------------------------------------------------------------------------------

fs.mkdirSync(OUT, { recursive: true });
const common = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2020",
  metafile: true,
  logLevel: "warning",
  absWorkingDir: ROOT,
};

async function bundle(name, contents, plugins = []) {
  const outfile = path.join(OUT, `${name}.js`);
  const result = await esbuild.build({
    ...common,
    stdin: { contents, resolveDir: HERE, sourcefile: `${name}-entry.mjs`, loader: "js" },
    outfile,
    plugins,
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => ({ file: file.replace(/^.*node_modules\//, "").replace(/^kz-data:/, ""), bytes: bytesInOutput }))
    .filter((i) => i.bytes > 0);
  // Group by package so the breakdown is readable.
  const byPackage = new Map();
  for (const { file, bytes } of inputs) {
    const pkg = file.startsWith("bench/") || file.includes("-entry.mjs") ? "bench/peer (the firm's code)" : file === "kz-holidays-data" ? "KZ holiday data" : file.split("/")[0];
    byPackage.set(pkg, (byPackage.get(pkg) || 0) + bytes);
  }
  return {
    file: path.relative(ROOT, outfile).split(path.sep).join("/"),
    bytes: fs.statSync(outfile).size,
    byPackage: [...byPackage.entries()].sort((a, b) => b[1] - a[1]).map(([pkg, bytes]) => ({ package: pkg, bytes })),
  };
}

const entry = (importHolidays, dataImport, dataArg) => `
${importHolidays}
${dataImport}
import { makeDeadlines } from "./deadlines.mjs";
globalThis.kzPeer = makeDeadlines(Holidays, ${dataArg});
`;

const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
const meta = {
  dateHolidays: pkgVersion("date-holidays"),
  dateHolidaysParser: pkgVersion("date-holidays-parser"),
  esbuild: esbuild.version,
  dataVersion: JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "date-holidays", "data", "holidays.json"), "utf8")).version,
  unusedCalendars: Object.keys(macros).map((m) => m.replace(/^no/, "")),
  kz: await bundle("peer-kz", entry('import Holidays from "date-holidays-parser";', 'import data from "virtual:kz-holidays-data";', "data"), [kzOnly]),
  full: await bundle("peer-full", entry('import Holidays from "date-holidays";', "", "undefined")),
};
fs.writeFileSync(path.join(OUT, "build.json"), JSON.stringify(meta, null, 2) + "\n");
console.log(
  `    peer bundles (esbuild ${meta.esbuild}, date-holidays ${meta.dateHolidays}): ${meta.kz.file} ${meta.kz.bytes.toLocaleString("en")} B (KZ only), ` +
    `${meta.full.file} ${meta.full.bytes.toLocaleString("en")} B (all countries)`,
);
