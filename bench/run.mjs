// The browser half of `cargo xtask bench`, and the report. xtask has already bundled the peer
// (bench/peer/build.mjs), measured the files (DIR/sizes.json, with xtask/src/sizes.rs) and run the
// native harness (DIR/native.json, examples/bench.rs). This script measures in headless Chromium,
// then writes DIR/report.json and DIR/report.md and prints the summary table.
//
// Usage: node bench/run.mjs [--runs N] [--round-ms N] [--dir DIR]
//   --runs N       cold loads of each page (default 20)
//   --round-ms N   length of one timed round of the throughput loops (default 400; 5 rounds)
//   --dir DIR      where sizes.json, native.json and peer/ are and the report goes (default target/bench)
//
// A measurement, not a test: it fails only when something does not work (a page error, a journey
// that does not reach the result), never on a time.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import zlib from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answersOf, apiLoad, baselineLoad, CHROMIUM, launchBrowser, SLOW_LINK, slowLinkLoad, startServer, throughput, widgetLoad } from "./browser.mjs";
import { BRIEF, KNOWN_ERRORS, SOURCES } from "./peer/known-errors.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
const WORKING_DAYS = 6;
const CALENDAR_DAYS = 15;

// --- Arguments and inputs -------------------------------------------------------------------------

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const RUNS = Number(option("--runs", "20"));
const ROUND_MS = Number(option("--round-ms", "400"));
const DIR = path.resolve(option("--dir", path.join(ROOT, "target", "bench")));
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isFinite(ROUND_MS) || ROUND_MS < 10) {
  console.error("usage: node bench/run.mjs [--runs N] [--round-ms N] [--dir DIR]");
  process.exit(2);
}

const readJson = (file, what) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${what} (${path.relative(ROOT, file)}): ${error.message}; run \`cargo xtask bench\`, which writes it first`);
  }
};
const sizes = readJson(path.join(DIR, "sizes.json"), "the size measurement");
/** The embed's brotli budget, from xtask/src/budget.rs (written into sizes.json by `cargo xtask bench`). */
const BUDGET = sizes.budgetBrotli;
if (!Number.isInteger(BUDGET)) throw new Error("sizes.json has no budgetBrotli: run `cargo xtask bench`, which writes it");
const native = fs.existsSync(path.join(DIR, "native.json")) ? readJson(path.join(DIR, "native.json"), "the native results") : null;
const peerBuild = readJson(path.join(DIR, "peer", "build.json"), "the peer build");
const inputs = readJson(path.join(HERE, "inputs.json"), "bench/inputs.json").inputs;
/** Cargo.toml's [profile.release] settings, which both the wasm and the native harness use. */
const releaseProfile = (() => {
  const toml = fs.readFileSync(path.join(ROOT, "Cargo.toml"), "utf8");
  const section = toml.split(/^\[profile\.release\]\s*$/m)[1]?.split(/^\[/m)[0] ?? "";
  const settings = section.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  return settings.length ? settings.join(", ") : "defaults";
})();

// --- Small helpers ----------------------------------------------------------------------------------

const started = Date.now();
const loadBefore = os.loadavg();
const grouped = (n) => Math.round(n).toLocaleString("en-US");
const bytes = (n) => `${grouped(n)} B`;
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? "n/a" : `${x.toFixed(1)} ms`);
const us = (x) => (x >= 100 ? `${grouped(x)} µs` : `${x.toFixed(x < 1 ? 3 : 2)} µs`);
const perSecond = (x) => `${grouped(x)}/s`;
const ratio = (a, b) => (b > 0 ? a / b : null);

function stats(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return {
    n: v.length,
    median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2,
    worst: v[v.length - 1],
    best: v[0],
    mean: v.reduce((a, b) => a + b, 0) / v.length,
  };
}

function git(...args) {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

// --- Measuring ------------------------------------------------------------------------------------

const answers = answersOf(inputs[0].input);
const server = await startServer({ peerDir: path.join(DIR, "peer") });
const browser = await launchBrowser();
const browserVersion = `Chromium ${browser.version()}`;
const samples = { widget: [], baseline: [], ours: [], peer: [], slowWidget: [], slowBaseline: [] };
/** Cold loads over the slower link (SLOW_LINK), each page this many times. */
const SLOW_RUNS = Math.max(5, Math.ceil(RUNS / 2));
let measured;
try {
  console.log(`    ${RUNS} cold loads of each page (fresh context, empty HTTP cache), ${browserVersion} at ${CHROMIUM}; bench pages at ${server.base}__bench__/`);
  const kinds = ["widget", "baseline", "ours", "peer"];
  for (let run = 0; run < RUNS; run++) {
    // Rotate the order so that no page always goes first after the previous page's teardown.
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(k + run) % kinds.length];
      if (kind === "widget") samples.widget.push(await widgetLoad(browser, server.base, answers));
      else if (kind === "baseline") samples.baseline.push(await baselineLoad(browser, server.base));
      else samples[kind].push(await apiLoad(browser, server.base, kind));
    }
    const w = samples.widget.at(-1).marks;
    const b = samples.baseline.at(-1).marks;
    console.log(
      `    load ${String(run + 1).padStart(2)}/${RUNS}: first question painted ${ms(w.questionPainted)}, page without widget painted ${ms(b.contentPainted)}, ` +
        `last answer → result painted ${ms(w.resultPainted - w.resultInput)}`,
    );
  }
  console.log(`    ${SLOW_RUNS} cold loads of each page over a slower link (${SLOW_LINK.latency} ms round trip, ${(SLOW_LINK.downloadThroughput * 8) / 1e6} Mbit/s)`);
  for (let run = 0; run < SLOW_RUNS; run++) {
    samples.slowWidget.push(await slowLinkLoad(browser, server.base, "widget"));
    samples.slowBaseline.push(await slowLinkLoad(browser, server.base, "baseline"));
  }
  console.log(`    throughput loops in one page (5 rounds of ${ROUND_MS} ms each after a warm-up; the peer's naive pass is one pass over 1,826 dates)`);
  measured = await throughput(browser, server.base, {
    inputs: inputs.map((c) => c.input),
    roundMs: ROUND_MS,
    rounds: 5,
    workingDays: WORKING_DAYS,
    calendarDays: CALENDAR_DAYS,
  });
} finally {
  await browser.close().catch(() => {});
  server.stop();
}

// --- Sizes: what the embed loaded, measured by xtask --------------------------------------------------

const wwwFiles = new Map(sizes.www.files.map((f) => [f.path, f]));
const observed = new Map(); // www path → bytes on the wire (body)
for (const sample of samples.widget) {
  for (const r of sample.resources) {
    if (r.path.startsWith("/__bench__/")) continue; // the host page's own files
    observed.set(`www${r.path}`, r.encodedBodySize);
  }
}
const embedFiles = [...observed.keys()].map((p) => ({ ...(wwwFiles.get(p) ?? { path: p, raw: null, gzip: null, brotli: null }), observedBytes: observed.get(p) }));
const unmeasured = embedFiles.filter((f) => f.raw === null);
const sum = (files, key) => files.reduce((a, f) => a + (f[key] ?? 0), 0);
const embedTotal = { raw: sum(embedFiles, "raw"), gzip: sum(embedFiles, "gzip"), brotli: sum(embedFiles, "brotli") };
const notLoaded = sizes.www.files.filter((f) => !observed.has(f.path)).map((f) => f.path);
// What a visitor in each language would download (the element, then that language's build), as
// xtask/src/budget.rs defines and measures it.
const perLanguage = sizes.perLanguage;
// The size record's current section (docs/size.md's first "## Today" section, kept by hand with
// each cut): its heading and text, so the report shows what the figures above are compared with.
const sizeDoc = fs.existsSync(path.join(ROOT, "docs", "size.md")) ? fs.readFileSync(path.join(ROOT, "docs", "size.md"), "utf8") : "";
const sizeRecord = sizeDoc.match(/\n## (Today[^\n]*)\n([\s\S]*?)\n## /);
const cacheHits = [...samples.widget, ...samples.baseline, ...samples.ours, ...samples.peer].flatMap((s) => s.resources).filter((r) => r.transferSize === 0).length;

/** gzip -9 and brotli 11 with Node's zlib, with the settings of xtask/src/sizes.rs. */
function zlibSizes(file) {
  const data = fs.readFileSync(path.join(ROOT, file));
  let lgwin = 10;
  while (lgwin < 24 && (1 << lgwin) - 16 < data.length) lgwin++;
  const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return {
    path: file,
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, { params: { [BROTLI_PARAM_QUALITY]: 11, [BROTLI_PARAM_LGWIN]: lgwin, [BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
    measuredWith: "Node zlib",
  };
}
const peerKz = sizes.peer.files.find((f) => f.path.endsWith("/peer-kz.js"));
// The all-countries bundle is context only; xtask's debug-built brotli would take most of a minute
// on it, so Node's zlib sizes it. Its figures for the KZ bundle show how close the two are.
const peerFull = zlibSizes(peerBuild.full.file);
const peerKzZlib = zlibSizes(peerKz.path);
const peerObserved = stats(samples.peer.map((s) => s.resources.find((r) => r.path.endsWith("/peer-kz.js"))?.encodedBodySize));

// --- Times -----------------------------------------------------------------------------------------

const W = (f) => stats(samples.widget.map((s) => f(s.marks, s)));
const B = (f) => stats(samples.baseline.map((s) => f(s.marks, s)));
const wasmEnd = (s) => s.resources.find((r) => r.path.endsWith(".wasm"))?.responseEnd;
const glueEnd = (s) => s.resources.find((r) => r.path.endsWith("/kz_work_permit.js"))?.responseEnd;
const elementEnd = (s) => s.resources.find((r) => r.path === "/kz-work-permit.js")?.responseEnd;
const loads = {
  runs: RUNS,
  widget: {
    fcp: W((m) => m.fcp),
    elementDefined: W((m) => m.defined),
    wasmResponseEnd: W((_, s) => wasmEnd(s)),
    glueResponseEnd: W((_, s) => glueEnd(s)),
    wasmCompileStart: W((m) => m.wasmCompileStart),
    wasmCompiled: W((m) => m.wasmCompiled),
    wasmInstantiated: W((m) => m.wasmInstantiated),
    elementResponseEnd: W((_, s) => elementEnd(s)),
    dcl: W((m) => m.dcl),
    ready: W((m) => m.ready),
    questionInDom: W((m) => m.question),
    questionFrame: W((m) => m.questionFrame),
    questionPainted: W((m) => m.questionPainted),
    load: W((m) => m.load),
    resultInputDelay: W((m) => m.resultHandler - m.resultInput),
    resultInDom: W((m) => m.resultDom - m.resultInput),
    resultFrame: W((m) => m.resultFrame - m.resultInput),
    resultPainted: W((m) => m.resultPainted - m.resultInput),
  },
  baseline: {
    fcp: B((m) => m.fcp),
    dcl: B((m) => m.dcl),
    contentFrame: B((m) => m.contentFrame),
    contentPainted: B((m) => m.contentPainted),
    load: B((m) => m.load),
  },
  api: {
    oursReady: stats(samples.ours.map((s) => s.ready)),
    oursFirstCall: stats(samples.ours.map((s) => s.firstCall)),
    peerReady: stats(samples.peer.map((s) => s.ready)),
    peerFirstCall: stats(samples.peer.map((s) => s.firstCall)),
  },
  httpCacheHits: cacheHits,
  samples: {
    widget: samples.widget.map((s) => s.marks),
    baseline: samples.baseline.map((s) => s.marks),
  },
};
// What the first paint waits for, segment by segment: the median over the loads of each
// segment's length (so the medians need not add up to the median total).
const segment = (from, to) => W((m, s) => (typeof to === "function" ? to(m, s) : m[to]) - (typeof from === "function" ? from(m, s) : m[from]));
loads.firstPaintBreakdown = [
  ["navigation start → element module downloaded", W((_, s) => elementEnd(s))],
  ["element module downloaded → first question in the DOM (the module runs and paints it)", segment((_, s) => elementEnd(s), "question")],
  ["question in the DOM → DOMContentLoaded", segment("question", "dcl")],
  ["DOMContentLoaded → the frame (style and layout of the page and the shadow root, with fonts)", segment("dcl", "questionFrame")],
  ["frame → painted", segment("questionFrame", "questionPainted")],
  ["*off the first paint's path:* element defined → glue downloaded", segment("defined", (_, s) => glueEnd(s))],
  ["*off the first paint's path:* element defined → wasm downloaded", segment("defined", (_, s) => wasmEnd(s))],
  ["*off the first paint's path:* wasm compiling (start → compiled)", segment("wasmCompileStart", "wasmCompiled")],
  ["*off the first paint's path:* wasm compiled → instantiated (the glue's init)", segment("wasmCompiled", "wasmInstantiated")],
  ["*off the first paint's path:* instantiated → widget ready (mounted, its first render, aria-busy removed)", segment("wasmInstantiated", "ready")],
].map(([what, s]) => ({ what, median: s?.median ?? null, worst: s?.worst ?? null }));
const SW = (f) => stats(samples.slowWidget.map((s) => f(s.marks)));
const SB = (f) => stats(samples.slowBaseline.map((s) => f(s.marks)));
loads.slowLink = {
  runs: SLOW_RUNS,
  link: SLOW_LINK,
  widget: { defined: SW((m) => m.defined), questionPainted: SW((m) => m.questionPainted), ready: SW((m) => m.ready), contentPainted: SW((m) => m.contentPainted) },
  baseline: { contentPainted: SB((m) => m.contentPainted) },
  pairedRatio: stats(samples.slowWidget.map((w, i) => ratio(w.marks.questionPainted, samples.slowBaseline[i]?.marks.contentPainted)))?.median ?? null,
};
loads.ratios = {
  firstRenderMedian: ratio(loads.widget.questionPainted.median, loads.baseline.contentPainted.median),
  firstRenderWorst: ratio(loads.widget.questionPainted.worst, loads.baseline.contentPainted.worst),
  firstRenderExtraMs: loads.widget.questionPainted.median - loads.baseline.contentPainted.median,
  // Each cold load of the widget page against the baseline load of the same round: they ran
  // seconds apart, so they share the machine's load; the median of these is the steadiest figure.
  firstRenderPairedMedian: stats(samples.widget.map((w, i) => ratio(w.marks.questionPainted, samples.baseline[i]?.marks.contentPainted)))?.median ?? null,
  fcpMedian: ratio(loads.widget.fcp?.median, loads.baseline.fcp?.median),
  loadMedian: ratio(loads.widget.load.median, loads.baseline.load.median),
};

const memorySamples = {
  afterFirstQuestion: stats(samples.widget.map((s) => s.memoryAfterLoad)),
  afterJourney: stats(samples.widget.map((s) => s.memoryAfterJourney)),
  ...measured.memory,
};
memorySamples.peak = Math.max(memorySamples.afterJourney.worst, measured.memory.afterThroughput, measured.memory.afterAll);

// --- The peer: agreement --------------------------------------------------------------------------

const { dates } = measured;
const known = new Map(KNOWN_ERRORS.map((k) => [k.date, k]));
const statusDiffs = dates
  .map((date, i) => ({ date, ours: measured.oursWorking[i], peer: measured.peerWorking[i] }))
  .filter((d) => d.ours !== d.peer)
  .map((d) => ({ ...d, known: known.has(d.date), oursMatchesBrief: known.get(d.date)?.working === d.ours }));
const briefDates = KNOWN_ERRORS.map((k) => k.date);
const statusMatchesBrief =
  statusDiffs.length === briefDates.length && statusDiffs.every((d) => d.known && d.oursMatchesBrief);

const addDisagreements = [];
let compared = 0;
for (let i = 0; i < dates.length; i++) {
  const ours = measured.oursAdd[i];
  if (ours === null) continue;
  compared++;
  const peer = measured.peerAdd[i];
  if (ours === peer) continue;
  const end = ours > peer ? ours : peer;
  const causes = statusDiffs.filter((d) => d.date > dates[i] && d.date <= end);
  const explained = causes.length > 0 && causes.every((c) => c.known && c.oursMatchesBrief);
  addDisagreements.push({
    start: dates[i],
    ours,
    peer,
    causes: causes.map((c) => c.date),
    right: explained ? "kz-work-permit" : "unexplained: check against the brief",
  });
}
const outOfRange = dates.filter((_, i) => measured.oursAdd[i] === null);
const calCompared = measured.oursCal.filter((x) => x !== null).length;
const calFirst = dates.find((_, i) => measured.oursCal[i] !== null) ?? null;
const calLast = dates.findLast((_, i) => measured.oursCal[i] !== null) ?? null;
const calDisagreements = dates
  .map((d, i) => ({ start: d, ours: measured.oursCal[i], peer: measured.peerCal[i] }))
  .filter((x) => x.ours !== null && x.ours !== x.peer);
const naiveEqualsCached = measured.peerAdd.every((x, i) => x === measured.peerAddCached[i]);

// --- The report -----------------------------------------------------------------------------------

const wasmPath = path.join(ROOT, "www", "pkg", "kz_work_permit_bg.wasm");
const wasmBytes = fs.readFileSync(wasmPath);
const dirty = git("status", "--porcelain", "--", "src", "www", "Cargo.toml", "Cargo.lock");
const nativeResult = (name) => native?.results.find((r) => r.name.startsWith(name)) ?? null;
const report = {
  generatedAt: new Date().toISOString(),
  command: "cargo xtask bench",
  environment: {
    node: process.version,
    chromium: browserVersion,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    loadAverageBefore: loadBefore,
    loadAverageAfter: os.loadavg(),
    git: { commit: git("rev-parse", "HEAD"), uncommittedInSrcOrWww: dirty ? dirty.split("\n").length : 0 },
    wasm: { path: "www/pkg/kz_work_permit_bg.wasm", sha256: createHash("sha256").update(wasmBytes).digest("hex"), modified: fs.statSync(wasmPath).mtime.toISOString() },
    server: "xtask/serve.mjs (Vite's preview server): www/ and bench/pages/ on one origin, the CSP of `cargo xtask serve`, no compression, loopback",
  },
  sizes: {
    budgetBrotli: BUDGET,
    embed: {
      files: embedFiles,
      total: embedTotal,
      underBudgetBrotli: BUDGET - embedTotal.brotli,
      percentOfBudget: (100 * embedTotal.brotli) / BUDGET,
      unmeasured: unmeasured.map((f) => f.path),
      notLoadedByTheEmbed: notLoaded,
      perLanguage,
      sizeRecord: sizeRecord ? { heading: sizeRecord[1], text: sizeRecord[2].trim() } : null,
      note: "the files the widget page requested in Chromium (besides the page and its own CSS), sized by xtask/src/sizes.rs (gzip -9, brotli quality 11)",
    },
    peer: {
      kzOnly: { ...peerKz, observedBytes: peerObserved?.median ?? null },
      allCountries: peerFull,
      zlibCrossCheck: { file: peerKz.path, sizesRs: { gzip: peerKz.gzip, brotli: peerKz.brotli }, zlib: { gzip: peerKzZlib.gzip, brotli: peerKzZlib.brotli } },
      build: peerBuild,
    },
  },
  loads,
  throughput: {
    native: native ? { ...native, cargoReleaseProfile: releaseProfile } : null,
    browser: {
      assess: measured.rates.assess,
      addWorkingDays: measured.rates.addWorkingDays,
      isWorkingDay: measured.rates.isWorkingDay,
      note: `the JS API (the glue's exports) in one page: assess cycles over the ${inputs.length} inputs of bench/inputs.json; addWorkingDays(date, 6) over the ${grouped(measured.startCount)} start dates of 2023-2027 whose result is inside the calendar`,
    },
  },
  memory: {
    ...memorySamples,
    pageBytes: 65_536,
    note: "the wasm `memory` export's buffer.byteLength; linear memory only grows, so each value is the peak up to that point",
  },
  peer: {
    what: "bench/peer/deadlines.mjs: +6 working days skipping Saturdays, Sundays and date-holidays' KZ public holidays (its substitute days included); +15 calendar days",
    timing: {
      addWorkingDaysNaive: measured.peerNaive,
      addWorkingDaysCached: measured.rates.peerCached,
      addCalendarDays: measured.rates.peerCalendar,
      oursAddWorkingDays: measured.rates.addWorkingDays,
      oursCalendarDays: "no separate export: the +15-day vacancy period is computed inside assess",
    },
    agreement: {
      addWorkingDays: {
        startDates: dates.length,
        compared,
        outOfCalendar: { count: outOfRange.length, from: outOfRange[0] ?? null, to: outOfRange.at(-1) ?? null, note: "ours: the 6th working day falls after 2027-12-31, outside the calendar's data (an error, never a guess); not compared" },
        disagreements: addDisagreements.length,
        unexplained: addDisagreements.filter((d) => d.right !== "kz-work-permit").length,
        list: addDisagreements,
        naiveEqualsCached,
      },
      workingDayStatus: { days: dates.length, disagreements: statusDiffs, matchesTheBrief: statusMatchesBrief, brief: BRIEF },
      calendarDays: { compared: calCompared, disagreements: calDisagreements.length, list: calDisagreements, from: calFirst, to: calLast, note: `ours is assess's vacancyPeriodEnds, which it computes for postings from ${calFirst} to ${calLast} (the rule exists from 2025-09-01; the period must end inside the calendar)` },
      knownErrors: KNOWN_ERRORS,
      sources: SOURCES,
    },
  },
  durationSeconds: null,
};
report.durationSeconds = (Date.now() - started) / 1000;

fs.mkdirSync(DIR, { recursive: true });
fs.writeFileSync(path.join(DIR, "report.json"), JSON.stringify(report, null, 2) + "\n");
fs.writeFileSync(path.join(DIR, "report.md"), markdown(report));
printSummary(report);

// --- Presentation -----------------------------------------------------------------------------------

function budgetLine(total) {
  const under = BUDGET - total;
  return under >= 0
    ? `${bytes(under)} under the ${bytes(BUDGET)} budget (${((100 * total) / BUDGET).toFixed(0)} % of it)`
    : `${bytes(-under)} OVER the ${bytes(BUDGET)} budget (${((100 * total) / BUDGET).toFixed(0)} % of it)`;
}

function sizeTriple(f) {
  return f ? `${bytes(f.raw)} / ${bytes(f.gzip)} / ${bytes(f.brotli)}` : "n/a";
}

function medWorst(s) {
  return s ? `${ms(s.median)} / ${ms(s.worst)}` : "n/a";
}

/** A Markdown table; `align` has one letter per column (l or r), default l then r. */
function table(headers, rows, align = "l" + "r".repeat(headers.length - 1)) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map((_, i) => (align[i] === "r" ? "---:" : "---"))), ...rows.map(line)].join("\n");
}

function markdown(r) {
  const L = r.loads;
  const n = r.throughput.native;
  const b = r.throughput.browser;
  const p = r.peer;
  const a = p.agreement;
  const env = r.environment;
  const out = [];
  out.push(`# kz-work-permit benchmark`, "");
  out.push(
    `Generated by \`cargo xtask bench\` on ${r.generatedAt}: ${env.chromium ?? "Chromium"} (headless), Node ${env.node}, ${env.cpus} × ${env.cpuModel}; ` +
      `load average ${env.loadAverageBefore.map((x) => x.toFixed(2)).join(" ")} before and ${env.loadAverageAfter.map((x) => x.toFixed(2)).join(" ")} after ` +
      `(times are from a shared machine: compare ratios measured in the same run, not absolute times across runs). ` +
      `Commit ${env.git.commit?.slice(0, 12) ?? "?"}${env.git.uncommittedInSrcOrWww ? ` with ${env.git.uncommittedInSrcOrWww} uncommitted change(s) in src/ or www/` : ""}; ` +
      `wasm sha256 ${env.wasm.sha256.slice(0, 16)}…, built ${env.wasm.modified}. This is a measurement: nothing here fails on a time.`,
    "",
  );

  out.push(`## 1. Transfer size of the embed`, "");
  out.push(
    `Every file the widget page requested in Chromium besides the page itself and its own stylesheet, sized by \`xtask/src/sizes.rs\` ` +
      `(gzip -9, brotli quality 11). Budget: ${bytes(BUDGET)} brotli in total.`,
    "",
  );
  out.push(
    table(
      ["file", "raw", "gzip -9", "brotli 11"],
      [
        ...r.sizes.embed.files.map((f) => [`\`${f.path}\``, f.raw === null ? "not measured" : bytes(f.raw), f.gzip === null ? "" : bytes(f.gzip), f.brotli === null ? "" : bytes(f.brotli)]),
        ["**total**", `**${bytes(r.sizes.embed.total.raw)}**`, `**${bytes(r.sizes.embed.total.gzip)}**`, `**${bytes(r.sizes.embed.total.brotli)}**`],
      ],
    ),
    "",
  );
  out.push(`**Budget: ${budgetLine(r.sizes.embed.total.brotli)}.**`, "");
  if (r.sizes.embed.notLoadedByTheEmbed.length) out.push(`Not loaded by the embed (not counted): ${r.sizes.embed.notLoadedByTheEmbed.map((x) => `\`${x}\``).join(", ")}.`, "");
  if (r.sizes.embed.unmeasured.length) out.push(`Loaded but not measured by xtask: ${r.sizes.embed.unmeasured.join(", ")}.`, "");
  out.push(`The widget's stylesheet and first step come bundled in the element module (no CSS file is fetched). The bench server, like \`cargo xtask serve\`, sends files uncompressed; a CDN would send the gzip or brotli figures.`, "");
  out.push(
    "Every language: the element loads one language's build, so a visitor downloads the element and that build (the page above is in Russian, the heaviest).",
    "",
    table(["language", "raw", "gzip -9", "brotli 11", "budget"], r.sizes.embed.perLanguage.map((l) => [l.language, bytes(l.raw), bytes(l.gzip), bytes(l.brotli), budgetLine(l.brotli)])),
    "",
  );
  if (r.sizes.embed.sizeRecord) {
    out.push(`### ${r.sizes.embed.sizeRecord.heading} (from \`docs/size.md\`)`, "", r.sizes.embed.sizeRecord.text, "");
  }

  out.push(`## 2. Time to the first question and to the result`, "");
  out.push(
    `${L.runs} cold loads of each page, each in a fresh browser context (empty HTTP cache; ${L.httpCacheHits} resources of all loads came from a cache). ` +
      `Times in ms since navigation start (\`performance.now()\` in the page), median / worst. ` +
      `*Painted* is the frame that shows it, observed as a task after that frame's requestAnimationFrame (an upper bound of the paint); *frame* is that requestAnimationFrame.`,
    "",
  );
  out.push(
    table(
      ["milestone", "median", "worst", "best"],
      [
        ["widget page: first contentful paint (host page text)", ms(L.widget.fcp?.median), ms(L.widget.fcp?.worst), ms(L.widget.fcp?.best)],
        ["widget page: element module downloaded", ms(L.widget.elementResponseEnd.median), ms(L.widget.elementResponseEnd.worst), ms(L.widget.elementResponseEnd.best)],
        ["widget page: `<kz-work-permit>` defined (the element module run)", ms(L.widget.elementDefined.median), ms(L.widget.elementDefined.worst), ms(L.widget.elementDefined.best)],
        ["widget page: wasm response complete", ms(L.widget.wasmResponseEnd.median), ms(L.widget.wasmResponseEnd.worst), ms(L.widget.wasmResponseEnd.best)],
        ["widget page: first question (`.kzwp-heading`) in the shadow root", ms(L.widget.questionInDom.median), ms(L.widget.questionInDom.worst), ms(L.widget.questionInDom.best)],
        ["widget page: DOMContentLoaded", ms(L.widget.dcl.median), ms(L.widget.dcl.worst), ms(L.widget.dcl.best)],
        ["widget page: first question, frame", ms(L.widget.questionFrame.median), ms(L.widget.questionFrame.worst), ms(L.widget.questionFrame.best)],
        ["**widget page: first question painted**", `**${ms(L.widget.questionPainted.median)}**`, `**${ms(L.widget.questionPainted.worst)}**`, ms(L.widget.questionPainted.best)],
        ["widget page: widget ready (the wasm's widget mounted, usable)", ms(L.widget.ready.median), ms(L.widget.ready.worst), ms(L.widget.ready.best)],
        ["widget page: load event", ms(L.widget.load.median), ms(L.widget.load.worst), ms(L.widget.load.best)],
        ["same page without the widget: first contentful paint", ms(L.baseline.fcp?.median), ms(L.baseline.fcp?.worst), ms(L.baseline.fcp?.best)],
        ["same page without the widget: DOMContentLoaded", ms(L.baseline.dcl.median), ms(L.baseline.dcl.worst), ms(L.baseline.dcl.best)],
        ["same page without the widget: content, frame", ms(L.baseline.contentFrame.median), ms(L.baseline.contentFrame.worst), ms(L.baseline.contentFrame.best)],
        ["**same page without the widget: content painted**", `**${ms(L.baseline.contentPainted.median)}**`, `**${ms(L.baseline.contentPainted.worst)}**`, ms(L.baseline.contentPainted.best)],
        ["same page without the widget: load event", ms(L.baseline.load.median), ms(L.baseline.load.worst), ms(L.baseline.load.best)],
      ],
    ),
    "",
  );
  out.push(
    "What the first question waits for (each segment's median and worst over the loads; marks from `bench/instrument.js`):",
    "",
    table(["segment", "median", "worst"], L.firstPaintBreakdown.map((x) => [x.what, ms(x.median), ms(x.worst)])),
    "",
  );
  out.push(
    `**Cost of the widget: first question painted / page painted without it = ${L.ratios.firstRenderMedian.toFixed(2)}× at the median ` +
      `(+${L.ratios.firstRenderExtraMs.toFixed(1)} ms), ${L.ratios.firstRenderWorst.toFixed(2)}× worst against worst; load event ${L.ratios.loadMedian.toFixed(2)}×.** ` +
      `Paired by round (each widget load against the baseline load next to it in time, which shares the machine's load), the median ratio is ${L.ratios.firstRenderPairedMedian?.toFixed(2) ?? "n/a"}×.`,
    "",
  );
  const S = L.slowLink;
  out.push(
    `**Over a slower link** (${S.runs} cold loads of each page through Chromium's network emulation: ${S.link.latency} ms round trip, ${(S.link.downloadThroughput * 8) / 1e6} Mbit/s; ` +
      `the files uncompressed, so the wasm's download is about three times a CDN's brotli one):`,
    "",
    table(
      ["milestone", "median", "worst", "best"],
      [
        ["widget page: `<kz-work-permit>` defined", ms(S.widget.defined.median), ms(S.widget.defined.worst), ms(S.widget.defined.best)],
        ["**widget page: first question painted**", `**${ms(S.widget.questionPainted.median)}**`, `**${ms(S.widget.questionPainted.worst)}**`, ms(S.widget.questionPainted.best)],
        ["widget page: widget ready (the wasm's widget mounted, usable)", ms(S.widget.ready.median), ms(S.widget.ready.worst), ms(S.widget.ready.best)],
        ["**same page without the widget: content painted**", `**${ms(S.baseline.contentPainted.median)}**`, `**${ms(S.baseline.contentPainted.worst)}**`, ms(S.baseline.contentPainted.best)],
      ],
    ),
    "",
    `Cost of the widget over this link: first question painted / page painted without it = ${ratio(S.widget.questionPainted.median, S.baseline.contentPainted.median)?.toFixed(2)}× at the median; paired by round ${S.pairedRatio?.toFixed(2) ?? "n/a"}×.`,
    "",
  );
  out.push(
    `**Last answer → result.** In each cold load, after the first question, the four steps are answered (${inputs[0].name}: every control set and its events fired, ` +
      `each step's form sent) and "See the result" on the summary is clicked with a real (trusted) mouse click. From the click's input timestamp:`,
    "",
  );
  out.push(
    table(
      ["", "median", "worst", "best"],
      [
        ["input → handler starts (input delay)", ms(L.widget.resultInputDelay.median), ms(L.widget.resultInputDelay.worst), ms(L.widget.resultInputDelay.best)],
        ["input → result screen (`.kzwp-result`) in the shadow root", ms(L.widget.resultInDom.median), ms(L.widget.resultInDom.worst), ms(L.widget.resultInDom.best)],
        ["input → frame", ms(L.widget.resultFrame.median), ms(L.widget.resultFrame.worst), ms(L.widget.resultFrame.best)],
        ["**input → result painted**", `**${ms(L.widget.resultPainted.median)}**`, `**${ms(L.widget.resultPainted.worst)}**`, ms(L.widget.resultPainted.best)],
      ],
    ),
    "",
  );
  out.push(
    `Pages with only the JavaScript API: the glue and \`init()\` ready at ${medWorst(L.api.oursReady)} (median / worst), first \`addWorkingDays\` done at ${medWorst(L.api.oursFirstCall)}; ` +
      `the date-holidays peer bundle (KZ only) evaluated with its \`Holidays\` built at ${medWorst(L.api.peerReady)}, first call done at ${medWorst(L.api.peerFirstCall)}.`,
    "",
  );

  out.push(`## 3. Throughput`, "");
  const row = (x) => (x ? [perSecond(x.callsPerSecond), perSecond(x.roundsCallsPerSecond.at(-1)), us(x.microsecondsPerCall)] : ["n/a", "", ""]);
  const nat = (prefix) => row(n?.results.find((r) => r.name.startsWith(prefix)));
  out.push(
    table(
      ["call", "calls per second (median round)", "best round", "per call (median)"],
      [
        ["native `assess`, JSON text in and out (`assess_json` + `to_json`)", ...nat("assess, JSON text in and out")],
        ["native `assess`, JSON text in, typed out", ...nat("assess, JSON text in, typed")],
        ["native `assess`, typed input (engine only)", ...nat("assess, typed input")],
        ["**browser `assess(input)`** (JS object in and out, through the wasm)", ...row(b.assess)],
        ["native `add_working_days(+6)`, date text in and out (as `addWorkingDays`)", ...nat("add_working_days(+6), YYYY-MM-DD")],
        ["native `add_working_days(+6)`, `NaiveDate`", ...nat("add_working_days(+6), NaiveDate")],
        ["**browser `addWorkingDays(date, 6)`**", ...row(b.addWorkingDays)],
        ["browser `isWorkingDay(date)`", ...row(b.isWorkingDay)],
      ],
    ),
    "",
  );
  out.push(
    `Native: \`cargo run --release --example bench\` (${n ? `${n.profile} profile of Cargo.toml: ${releaseProfile}, the same settings the wasm is built with; ${n.rounds} rounds of ${n.roundMs} ms after a warm-up` : "not run"}). ` +
      `Browser: ${b.note}; 5 rounds of ${ROUND_MS} ms after a warm-up. Native and browser use the same inputs (bench/inputs.json) and dates. ` +
      `Other work on a shared machine only ever slows a round down, so the best round is the closer estimate of the undisturbed rate and the median the typical one.`,
    "",
  );

  out.push(`## 4. Wasm linear memory`, "");
  const mem = r.memory;
  out.push(
    table(
      ["when", "bytes", "64 KiB pages"],
      [
        ["widget page, first question shown (worst of the loads)", bytes(mem.afterFirstQuestion.worst), String(mem.afterFirstQuestion.worst / 65536)],
        ["widget page, after the full journey to the result (worst of the loads)", bytes(mem.afterJourney.worst), String(mem.afterJourney.worst / 65536)],
        ["API page, after init", bytes(mem.afterInit), String(mem.afterInit / 65536)],
        ["API page, after the assess and addWorkingDays loops", bytes(mem.afterThroughput), String(mem.afterThroughput / 65536)],
        ["API page, after every loop and the 1,826-date comparisons", bytes(mem.afterAll), String(mem.afterAll / 65536)],
        ["**peak**", `**${bytes(mem.peak)}**`, String(mem.peak / 65536)],
      ],
    ),
    "",
  );
  out.push(`${mem.note}.`, "");

  out.push(`## 5. Side by side: the same deadlines with date-holidays`, "");
  out.push(
    `The peer (${p.what}) is what a firm without this project would write; it is bundled with esbuild ${r.sizes.peer.build.esbuild} from date-holidays ${r.sizes.peer.build.dateHolidays} ` +
      `(date-holidays-parser ${r.sizes.peer.build.dateHolidaysParser}, data ${r.sizes.peer.build.dataVersion}) and runs in the same browser session as kz-work-permit.`,
    "",
  );
  out.push(
    table(
      ["", "raw", "gzip -9", "brotli 11"],
      [
        ["kz-work-permit embed (section 1)", bytes(r.sizes.embed.total.raw), bytes(r.sizes.embed.total.gzip), bytes(r.sizes.embed.total.brotli)],
        [`peer, KZ-only build (\`${r.sizes.peer.kzOnly.path}\`)`, bytes(r.sizes.peer.kzOnly.raw), bytes(r.sizes.peer.kzOnly.gzip), bytes(r.sizes.peer.kzOnly.brotli)],
        [`peer, default build, all countries (\`${r.sizes.peer.allCountries.path}\`)*`, bytes(r.sizes.peer.allCountries.raw), bytes(r.sizes.peer.allCountries.gzip), bytes(r.sizes.peer.allCountries.brotli)],
      ],
    ),
    "",
  );
  const cc = r.sizes.peer.zlibCrossCheck;
  out.push(
    `\\* sized with Node's zlib at the same settings (xtask's debug-built brotli is slow on 1.5 MB); on the KZ-only bundle zlib gives ` +
      `${bytes(cc.zlib.gzip)} gzip and ${bytes(cc.zlib.brotli)} brotli against sizes.rs's ${bytes(cc.sizesRs.gzip)} and ${bytes(cc.sizesRs.brotli)}.`,
    "",
  );
  out.push(
    `The KZ-only build is the smallest build date-holidays documents ("Custom builds": \`holidays2json --pick KZ --min\`, done in memory by bench/peer/build.mjs): ` +
      `KZ data only and the calendar systems KZ does not use cut out (${r.sizes.peer.build.unusedCalendars.join(", ")}). Where its ${bytes(r.sizes.peer.build.kz.bytes)} come from: ` +
      r.sizes.peer.build.kz.byPackage.map((x) => `${x.package} ${bytes(x.bytes)}`).join(", ") +
      `. moment-timezone, which the parser depends on, carries the whole time-zone database. In the browser the bundle arrived as ${peerObserved ? bytes(peerObserved.median) : "n/a"} (uncompressed server).`,
    "",
  );
  out.push(
    table(
      ["time per call (browser)", "kz-work-permit", "date-holidays peer"],
      [
        ["+6 working days", us(p.timing.oursAddWorkingDays.microsecondsPerCall), `${us(p.timing.addWorkingDaysNaive.microsecondsPerCall)} asking \`isHoliday\` per day (one pass over ${grouped(p.timing.addWorkingDaysNaive.calls)} dates); ${us(p.timing.addWorkingDaysCached.microsecondsPerCall)} with each year's holidays cached in a Set`],
        ["+15 calendar days", "inside `assess` only (no separate export)", us(p.timing.addCalendarDays.microsecondsPerCall)],
      ],
      "lrl",
    ),
    "",
  );
  const add = a.addWorkingDays;
  out.push(
    `**Agreement, +6 working days from every date of 2023-2027:** ${grouped(add.startDates)} start dates; ${grouped(add.outOfCalendar.count)} ` +
      `(${add.outOfCalendar.from} to ${add.outOfCalendar.to}) end after 2027, where kz-work-permit answers "calendar not known" (it never guesses) and the peer answers from its rules, so ${grouped(add.compared)} are compared. ` +
      `**${add.disagreements} disagree**; ${add.unexplained === 0 ? `every one is caused by one of the days date-holidays gets wrong, as ${BRIEF} documents them, so kz-work-permit is right in all ${add.disagreements}` : `${add.unexplained} are NOT explained by the brief's list: check them`}. ` +
      `(The naive and the cached peer agree on every date: ${add.naiveEqualsCached}.)`,
    "",
  );
  out.push(
    `Day by day, the two calendars differ on ${a.workingDayStatus.disagreements.length} of ${grouped(a.workingDayStatus.days)} days` +
      (a.workingDayStatus.matchesTheBrief ? `: exactly the ${KNOWN_ERRORS.length} dates ${BRIEF} lists as date-holidays 3.37.0's errors ("the official sources are right in every case"), and on each kz-work-permit has the official status.` : `; the brief lists ${KNOWN_ERRORS.length}: compare below.`),
    "",
  );
  out.push(
    table(
      ["day", "kz-work-permit", "date-holidays", "why date-holidays is wrong (brief)", "sources (brief §Sources)"],
      a.workingDayStatus.disagreements.map((d) => {
        const k = KNOWN_ERRORS.find((x) => x.date === d.date);
        return [d.date, d.ours ? "working" : "day off", d.peer ? "working" : "day off", k ? k.cause : "**not in the brief**", k ? k.sources.map((s) => `[${s}]`).join(" ") : ""];
      }),
      "lllll",
    ),
    "",
  );
  out.push(`The ${add.disagreements} start dates whose +6-working-day date differs:`, "");
  out.push(
    table(
      ["start", "kz-work-permit", "date-holidays", "caused by", "right"],
      add.list.map((d) => [d.start, d.ours, d.peer, d.causes.join(", "), d.right]),
      "lllll",
    ),
    "",
  );
  out.push(
    `+15 calendar days: kz-work-permit has no separate export; \`assess\` computes the vacancy period (\`vacancyPeriodEnds\`) for postings from ${a.calendarDays.from} to ${a.calendarDays.to} ` +
      `(the rule applies from 2025-09-01 and the period must end inside the calendar). On those ${grouped(a.calendarDays.compared)} dates the peer's +15 days ` +
      `${a.calendarDays.disagreements === 0 ? "agree every time" : `disagree ${a.calendarDays.disagreements} times: ${a.calendarDays.list.map((x) => `${x.start} (ours ${x.ours}, peer ${x.peer})`).join(", ")}`}.`,
    "",
  );
  out.push(`Sources, numbered as in ${BRIEF}:`, "");
  for (const [num, text] of Object.entries(SOURCES)) out.push(`${num}. ${text}`);
  out.push("", `Bench duration (browser part): ${r.durationSeconds.toFixed(1)} s.`, "");
  return out.join("\n");
}

function printSummary(r) {
  const L = r.loads;
  const n = r.throughput.native;
  const b = r.throughput.browser;
  const p = r.peer;
  const nat = (prefix) => n?.results.find((x) => x.name.startsWith(prefix));
  const rate = (x) => (x ? `${perSecond(x.callsPerSecond)} (${us(x.microsecondsPerCall)}); best ${perSecond(x.roundsCallsPerSecond.at(-1))}` : "n/a");
  const rows = [
    ["1. embed transfer, raw / gzip / brotli", `${bytes(r.sizes.embed.total.raw)} / ${bytes(r.sizes.embed.total.gzip)} / ${bytes(r.sizes.embed.total.brotli)}`, `${r.sizes.embed.files.length} files`],
    [`   budget ${bytes(BUDGET)} brotli`, budgetLine(r.sizes.embed.total.brotli), ""],
    [`2. first question painted, median / worst (n=${L.runs})`, medWorst(L.widget.questionPainted), "ms since navigation"],
    ["   same page without the widget, painted", medWorst(L.baseline.contentPainted), ""],
    ["   ratio (median; worst)", `${L.ratios.firstRenderMedian.toFixed(2)}×; ${L.ratios.firstRenderWorst.toFixed(2)}×`, `+${L.ratios.firstRenderExtraMs.toFixed(1)} ms at the median; paired by round ${L.ratios.firstRenderPairedMedian?.toFixed(2)}×`],
    ["   last answer → result painted", medWorst(L.widget.resultPainted), `in DOM ${medWorst(L.widget.resultInDom)}`],
    [`   over a ${L.slowLink.link.latency} ms, ${(L.slowLink.link.downloadThroughput * 8) / 1e6} Mbit/s link: first question / page`, `${ms(L.slowLink.widget.questionPainted.median)} / ${ms(L.slowLink.baseline.contentPainted.median)}`, `paired ${L.slowLink.pairedRatio?.toFixed(2)}×; widget ready ${ms(L.slowLink.widget.ready.median)}`],
    ["3. assess, native (JSON text in and out)", rate(nat("assess, JSON text in and out")), `engine only (typed input): ${rate(nat("assess, typed input"))}`],
    ["   assess, browser (JS API)", rate(b.assess), ""],
    ["   addWorkingDays, native (text in/out)", rate(nat("add_working_days(+6), YYYY-MM-DD")), ""],
    ["   addWorkingDays, browser (JS API)", rate(b.addWorkingDays), ""],
    ["4. wasm memory after journey / after loops", `${bytes(r.memory.afterJourney.worst)} / ${bytes(r.memory.afterThroughput)}`, `peak ${bytes(r.memory.peak)}`],
    ["5. peer bundle KZ-only, raw / gzip / brotli", sizeTriple(r.sizes.peer.kzOnly), `all countries: ${bytes(r.sizes.peer.allCountries.brotli)} brotli`],
    ["   +6 working days per call: ours / peer", `${us(p.timing.oursAddWorkingDays.microsecondsPerCall)} / ${us(p.timing.addWorkingDaysNaive.microsecondsPerCall)}`, `peer with a year cache ${us(p.timing.addWorkingDaysCached.microsecondsPerCall)}`],
    ["   +15 calendar days per call: peer", us(p.timing.addCalendarDays.microsecondsPerCall), "ours: inside assess only"],
    [
      "   +6 working days: disagreements",
      `${p.agreement.addWorkingDays.disagreements} of ${grouped(p.agreement.addWorkingDays.compared)} dates`,
      p.agreement.addWorkingDays.unexplained === 0 ? `all from the brief's ${KNOWN_ERRORS.length} wrong days: ours right` : `${p.agreement.addWorkingDays.unexplained} unexplained`,
    ],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  console.log(`==> summary (${path.relative(ROOT, path.join(DIR, "report.md"))}, ${path.relative(ROOT, path.join(DIR, "report.json"))})`);
  for (const [a, v, note] of rows) console.log(`    ${a.padEnd(w0)}  ${v.padEnd(w1)}  ${note}`);
  const la = r.environment.loadAverageBefore[0];
  if (la > r.environment.cpus) console.log(`    note: load average ${la.toFixed(2)} on ${r.environment.cpus} CPUs when the bench started: other work shared the machine`);
}
