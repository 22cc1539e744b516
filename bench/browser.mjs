// The browser half of the bench: cold loads of the widget page and of the same page without it,
// the timed journey, the JavaScript API's throughput, wasm memory, and the date-holidays peer, all
// in Debian's headless Chromium through playwright-core.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..");
const INSTRUMENT = path.join(HERE, "instrument.js");
export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
// The last flag keeps the browser's own interface out of the measured loads: Chromium's headless
// mode is the whole browser, which loads its omnibox popup (about 200 chrome:// modules, seen in a
// trace) for every new context, so each cold load shared the CPU with it. A visitor's browser does
// that once, not on each page.
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup",
];
/** Every context: a visitor in Kazakhstan (the peer reads dates in the page's time zone). */
const CONTEXT = { locale: "en-US", timezoneId: "Asia/Almaty", viewport: { width: 1280, height: 900 }, serviceWorkers: "block" };

// --- Server and browser ---------------------------------------------------------------------------

/** Starts the project's server (xtask/serve.mjs: Vite's preview with the CSP of `cargo xtask serve`)
 * on a free port: www/ at /, the bench pages (bench/pages/) at /__bench__/ and the peer bundles at
 * /__bench__/peer/, all on one origin, so the embed loads exactly as on a firm's page and the bench
 * pages never live in www/. No compression: transfer sizes are reported from the files. Resolves to
 * {base, stop}. */
export async function startServer({ peerDir = path.join(ROOT, "target", "bench", "peer") } = {}) {
  const args = ["--port", "0", "--quiet", "--mount", `/__bench__/peer/=${peerDir}`, "--mount", `/__bench__/=${path.join(HERE, "pages")}`];
  // stdin stays open: the server stops when it closes, that is with this process.
  const child = spawn(process.execPath, [path.join(ROOT, "xtask", "serve.mjs"), ...args], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const base = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`bench server did not start: ${out}`)), 15_000);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/serving \S+ at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`bench server exited (${code}): ${out}`)));
  });
  child.stdout.resume();
  return {
    base,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

/** A fresh context (its own empty HTTP cache) with the instrumentation; closed by `use`'s end. */
async function withPage(browser, use) {
  const context = await browser.newContext(CONTEXT);
  context.setDefaultTimeout(30_000);
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: INSTRUMENT });
    const errors = [];
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console error: ${message.text()}`);
    });
    page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    const result = await use(page);
    if (errors.length) throw new Error(errors.join("\n"));
    return result;
  } finally {
    await context.close();
  }
}

const marks = (page) => page.evaluate(() => ({ ...window.__bench }));

/** Resolves once instrument.js has announced every mark in `names` on the console. Call it before
 * the navigation: it listens instead of polling, so nothing is evaluated in the page while it loads. */
function marksAnnounced(page, names) {
  const missing = new Set(names);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the page did not record ${[...missing].join(", ")} in ${WAIT.timeout} ms`)), WAIT.timeout);
    const listener = (message) => {
      const text = message.text();
      if (text.startsWith("bench:")) missing.delete(text.slice("bench:".length));
      if (missing.size === 0) {
        clearTimeout(timer);
        page.off("console", listener);
        resolve();
      }
    };
    page.on("console", listener);
  });
}

const resources = (page) =>
  page.evaluate(() =>
    performance.getEntriesByType("resource").map((r) => ({
      url: r.name,
      path: new URL(r.name).pathname,
      transferSize: r.transferSize,
      encodedBodySize: r.encodedBodySize,
      decodedBodySize: r.decodedBodySize,
      start: r.startTime,
      responseEnd: r.responseEnd,
    })),
  );

const navigation = (page) =>
  page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    return n ? { responseEnd: n.responseEnd, transferSize: n.transferSize, domInteractive: n.domInteractive } : null;
  });

/**
 * The wasm memory's size: init() of the already loaded glue (the element's build for the page's
 * language) returns the instance's exports. The element's builds have one- and two-letter export
 * names (xtask/src/minify.rs), so the memory is found by its type, not by the name `memory`.
 */
const wasmMemory = (page) =>
  page.evaluate(async () => {
    const lang = document.querySelector("kz-work-permit")?.getAttribute("lang") || document.documentElement.lang;
    const glue = await import(new URL(`/pkg/embed-${lang}/kz_work_permit.js`, location.href).href);
    const wasm = await glue.default();
    return Object.values(wasm).find((value) => value instanceof WebAssembly.Memory).buffer.byteLength;
  });

// --- The journey ----------------------------------------------------------------------------------

/** The widget's answers (key → text) for an engine input, as e2e/lib/answers.mjs builds them. */
export function answersOf(input) {
  const a = {};
  const { employer, staff = {}, hire, dates = {} } = input;
  a["employer.kind"] = employer.kind;
  a["employer.smallBusiness"] = employer.smallBusiness ? "yes" : "no";
  a["employer.employees"] = String(employer.employees);
  for (const [category, counts] of Object.entries(staff)) {
    for (const field of ["citizens", "foreigners", "intraCorporateTransfers"]) {
      if (counts[field]) a[`staff.${category}.${field}`] = String(counts[field]);
    }
  }
  a["hire.route"] = hire.route;
  if (hire.category) a["hire.category"] = String(hire.category);
  a["hire.count"] = String(hire.count);
  a["hire.citizenship"] = hire.citizenship; // fillSteps picks "other" and types it if it is not listed
  if (hire.seasonalDays) a["hire.seasonalDays"] = String(hire.seasonalDays);
  for (const [key, value] of Object.entries(dates)) a[`dates.${key}`] = value;
  return a;
}

/**
 * In the page: answers the four question steps by setting each control and firing the events a
 * visitor's typing fires, then sends each step's form. The widget renders synchronously, so each
 * step is there when the call returns. Ends on the summary.
 */
function fillSteps(answers) {
  const host = document.querySelector("kz-work-permit");
  const root = host.shadowRoot;
  const set = (key, value) => {
    const radios = [...root.querySelectorAll(`input[type="radio"][name="${key}"]`)];
    if (radios.length) {
      const radio = radios.find((r) => r.value === value);
      if (!radio) throw new Error(`no ${key} option ${value}`);
      radio.checked = true;
      radio.dispatchEvent(new Event("change", { bubbles: true }));
      return;
    }
    const control = root.querySelector(`[name="${key}"]`);
    if (!control) throw new Error(`no control ${key} on step ${host.step}`);
    if (control.tagName === "SELECT" && ![...control.options].some((o) => o.value === value)) {
      set(key, "other");
      set("hire.otherCountry", value);
      return;
    }
    control.value = value;
    control.dispatchEvent(new Event("input", { bubbles: true }));
  };
  for (const step of ["employer", "staff", "hire", "dates"]) {
    if (host.step !== step) throw new Error(`expected the ${step} step, the widget is on ${host.step}`);
    for (const [key, value] of Object.entries(answers)) if (key.startsWith(`${step}.`)) set(key, value);
    root.querySelector("form").requestSubmit();
  }
  if (host.step !== "summary") {
    const errors = root.querySelector("#kzwp-error-summary")?.innerText ?? "";
    throw new Error(`after the dates the widget is on ${host.step}, not the summary ${errors}`);
  }
}

// --- Cold loads -----------------------------------------------------------------------------------

const WAIT = { polling: 50, timeout: 30_000 };

/** When a bench page has loaded: the marks instrument.js announces for it. */
const LOADED = { widget: ["questionPainted", "ready", "contentPainted", "load"], baseline: ["contentPainted", "load"] };

/** Navigates `page` to the bench page `which` (`widget` or `baseline`) and waits for its LOADED marks. */
async function coldLoad(page, base, which) {
  const loaded = marksAnnounced(page, LOADED[which]);
  await page.goto(new URL(`__bench__/${which}.html`, base).href, { waitUntil: "load" });
  await loaded;
}

/** The widget page: first question, the journey, the timed last answer → result, memory. */
export async function widgetLoad(browser, base, answers) {
  return withPage(browser, async (page) => {
    await coldLoad(page, base, "widget");
    const memoryAfterLoad = await wasmMemory(page);
    await page.evaluate(fillSteps, answers);
    // A real click (trusted input) on "See the result": the visitor's last action.
    const result = marksAnnounced(page, ["resultPainted"]);
    await page.locator('kz-work-permit [data-action="result"]').click();
    await result;
    const m = await marks(page);
    const step = await page.evaluate(() => document.querySelector("kz-work-permit").step);
    if (step !== "result") throw new Error(`after "See the result" the widget is on ${step}`);
    const res = await resources(page);
    return { marks: m, resources: res, navigation: await navigation(page), memoryAfterLoad, memoryAfterJourney: await wasmMemory(page) };
  });
}

/** A slower link than loopback, set through the DevTools protocol (Chromium's network emulation):
 * a 150 ms round trip and 10 Mbit/s each way. The bench server sends files uncompressed, so the
 * wasm takes about three times longer than a CDN's brotli would through the same link. */
export const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 };

/** A cold load of the widget page (`widget`) or of the page without it (`baseline`) over
 * SLOW_LINK, until the first question (or the page's content) is painted and the widget ready. */
export async function slowLinkLoad(browser, base, which) {
  return withPage(browser, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_LINK);
    await coldLoad(page, base, which);
    return { marks: await marks(page) };
  });
}

/** The same page without the embed. */
export async function baselineLoad(browser, base) {
  return withPage(browser, async (page) => {
    await coldLoad(page, base, "baseline");
    return { marks: await marks(page), resources: await resources(page), navigation: await navigation(page) };
  });
}

/** A page with only our JS API (glue + init) or only the peer bundle: time to ready and first call. */
export async function apiLoad(browser, base, which) {
  return withPage(browser, async (page) => {
    await page.goto(new URL(`__bench__/${which === "ours" ? "api" : "peer"}.html`, base).href, { waitUntil: "load" });
    await page.waitForFunction((which) => window.__benchApi?.[`${which}FirstCall`] !== undefined, which, WAIT);
    const api = await page.evaluate((which) => ({ ready: window.__benchApi[`${which}Ready`], firstCall: window.__benchApi[`${which}FirstCall`] }), which);
    return { ...api, marks: await marks(page), resources: await resources(page) };
  });
}

// --- Throughput, memory and the peer in one page ----------------------------------------------------

/** In the page: everything that runs on the API and on the peer (see run.mjs for the report). */
function inPage({ inputs, roundMs, rounds, workingDays, calendarDays }) {
  const { ours, oursWasm, peer } = window.__benchApi;
  const memory = { afterInit: oursWasm.memory.buffer.byteLength };
  let sink = 0;
  const keep = (value) => {
    sink = (sink + (typeof value === "string" ? value.length : value ? 1 : 0)) | 0;
  };

  /** Calls fn(i) in batches for rounds of roundMs after a warm-up; the median round's rate. */
  function rate(fn) {
    const BATCH = 16;
    let i = 0;
    const run = (ms) => {
      let calls = 0;
      const start = performance.now();
      let elapsed = 0;
      do {
        for (let k = 0; k < BATCH; k++) keep(fn(i++));
        calls += BATCH;
        elapsed = performance.now() - start;
      } while (elapsed < ms);
      return (calls * 1000) / elapsed;
    };
    run(roundMs / 2);
    const all = Array.from({ length: rounds }, () => run(roundMs)).sort((a, b) => a - b);
    return { callsPerSecond: all[Math.floor(rounds / 2)], microsecondsPerCall: 1e6 / all[Math.floor(rounds / 2)], roundsCallsPerSecond: all };
  }

  // Every date of 2023-2027.
  const dates = [];
  for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) dates.push(new Date(t).toISOString().slice(0, 10));

  // Correctness first: ours and the peer on every date.
  const oursAdd = dates.map((d) => {
    try {
      return ours.addWorkingDays(d, workingDays);
    } catch {
      return null; // the 6th working day falls after 2027, outside the calendar's data
    }
  });
  const starts = dates.filter((_, i) => oursAdd[i] !== null);
  const oursWorking = dates.map((d) => ours.isWorkingDay(d));
  const peerWorking = dates.map((d) => peer.isWorkingDay(d));

  let start = performance.now();
  const peerAdd = dates.map((d) => peer.addWorkingDays(d, workingDays));
  const peerNaiveMs = performance.now() - start;
  const peerAddCached = dates.map((d) => peer.addWorkingDaysCached(d, workingDays));
  const peerCal = dates.map((d) => peer.addCalendarDays(d, calendarDays));

  // Ours, 15 calendar days: the engine has no separate export; it is the vacancy period inside
  // assess (route permit, rule set 2025-09-01), so compare where assess computes it. The peer adds
  // plain days, so the Civil Code's move of a period ending on a day off to the next working day
  // is turned off here (vacancyPeriodCivilCodeCounting): the same count on both sides.
  const base = inputs[0];
  const plainDays = { parameters: [{ id: "vacancyPeriodCivilCodeCounting", value: false, citation: "bench: plain calendar days, as the peer counts them" }] };
  const oursCal = dates.map((d) => {
    const result = ours.assess({ ...base, dates: { vacancyPosted: d } }, plainDays);
    const deadline = result.deadlines.find((x) => x.id === "vacancyPeriodEnds");
    return deadline && deadline.status === "computed" ? deadline.date : null;
  });

  // Throughput of the JS API: the wasm module's exports, called from JavaScript.
  const assessRate = rate((i) => ours.assess(inputs[i % inputs.length]).deadlines.length);
  const addRate = rate((i) => ours.addWorkingDays(starts[i % starts.length], workingDays));
  memory.afterThroughput = oursWasm.memory.buffer.byteLength;
  const isWorkingRate = rate((i) => ours.isWorkingDay(dates[i % dates.length]));

  // The peer's speed on the same dates.
  const peerCachedRate = rate((i) => peer.addWorkingDaysCached(starts[i % starts.length], workingDays));
  const peerCalRate = rate((i) => peer.addCalendarDays(dates[i % dates.length], calendarDays));
  memory.afterAll = oursWasm.memory.buffer.byteLength;

  return {
    sink,
    dates,
    oursAdd,
    peerAdd,
    peerAddCached,
    oursWorking,
    peerWorking,
    oursCal,
    peerCal,
    peerNaive: { calls: dates.length, totalMs: peerNaiveMs, microsecondsPerCall: (peerNaiveMs * 1000) / dates.length, callsPerSecond: (dates.length * 1000) / peerNaiveMs },
    rates: { assess: assessRate, addWorkingDays: addRate, isWorkingDay: isWorkingRate, peerCached: peerCachedRate, peerCalendar: peerCalRate },
    memory,
    startCount: starts.length,
  };
}

export async function throughput(browser, base, options) {
  return withPage(browser, async (page) => {
    await page.goto(new URL("__bench__/compare.html", base).href, { waitUntil: "load" });
    await page.waitForFunction(() => window.__benchApi?.ours && window.__benchApi?.peer, null, WAIT);
    return page.evaluate(inPage, options);
  });
}
