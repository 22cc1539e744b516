#!/usr/bin/env node
// The end-to-end suite: the served pages in Debian's Chromium through playwright-core.
//
//   node e2e/run.mjs                    every check (after `cargo xtask build`)
//   node e2e/run.mjs --only csp,hostile just those checks
//
// Starts the project's own server (target/debug/xtask serve) on a free port and one headless
// Chromium, runs each module of e2e/checks/ in turn, prints a line per check, kills the server
// and the browsers however the run ends, and exits non-zero if anything failed. Screenshots and
// reports go to target/e2e/.
import fs from "node:fs";
import path from "node:path";
import { launchBrowser } from "./lib/browser.mjs";
import { OUT, PKG } from "./lib/paths.mjs";
import { Reporter, killPid, onExit, pool, runCleanups } from "./lib/report.mjs";
import { startServer } from "./lib/server.mjs";

const CHECKS = ["journey", "a11y", "csp", "privacy", "timezones", "hostile", "url-state", "print", "overrides", "questions", "phone", "firm", "first-paint", "rules-page", "lighthouse"];
const WATCHDOG_MS = 9 * 60_000;

function parseArgs(argv) {
  const options = { only: CHECKS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--only" || arg.startsWith("--only=")) {
      const value = arg.includes("=") ? arg.split("=")[1] : argv[++i];
      options.only = (value || "").split(",").filter(Boolean);
      const unknown = options.only.filter((name) => !CHECKS.includes(name));
      if (unknown.length) usage(`unknown check ${unknown.join(", ")}`);
    } else if (arg === "--help" || arg === "-h") {
      usage();
    } else {
      usage(`unknown argument ${arg}`);
    }
  }
  return options;
}

function usage(error) {
  if (error) console.error(`e2e: ${error}`);
  console.error(`usage: node e2e/run.mjs [--only ${CHECKS.join(",")}]`);
  process.exit(error ? 2 : 0);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(PKG, "kz_work_permit_bg.wasm"))) {
    console.error("e2e: www/pkg is missing: run `cargo xtask build` first");
    process.exit(1);
  }
  fs.mkdirSync(OUT, { recursive: true });
  const reporter = new Reporter();

  const watchdog = setTimeout(() => {
    console.log(`  FAIL  the whole run took longer than ${WATCHDOG_MS / 60_000} minutes; stopping`);
    runCleanups();
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      runCleanups();
      process.exit(130);
    });
  }
  process.on("exit", runCleanups);

  let server = null;
  let browser = null;
  try {
    server = await startServer();
    onExit(() => killPid(server.pid));
    console.log(`==> end-to-end: server ${server.base} (pid ${server.pid}), Chromium ${path.basename(process.env.CHROME_PATH || "/usr/bin/chromium")}`);
    browser = await launchBrowser();
    console.log(`    Chromium ${browser.version()}; checks: ${options.only.join(", ")}`);
    const ctx = {
      server,
      browser,
      out: OUT,
      check: (name, about, fn, opts) => reporter.check(name, about, fn, opts),
      note: (text) => reporter.note(text),
      pool,
    };
    for (const name of CHECKS.filter((c) => options.only.includes(c))) {
      const module = await import(`./checks/${name}.mjs`);
      console.log(`\n==> ${module.title}`);
      try {
        await module.run(ctx);
      } catch (error) {
        // A check module that throws outside ctx.check still fails the run, with its reason.
        await reporter.check(`${name} (module)`, "", () => Promise.reject(error));
      }
    }
  } catch (error) {
    await reporter.check("setup", "server and browser", () => Promise.reject(error));
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) server.stop();
    clearTimeout(watchdog);
  }
  const ok = reporter.summary();
  runCleanups();
  process.exit(ok ? 0 : 1);
}

main();
