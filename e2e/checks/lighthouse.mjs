// 7. Lighthouse 12 on index.html and embed-example.html: the accessibility and best-practices
// scores must be 100 (only scores are asserted, never timings). Chromium is started by
// chrome-launcher with CHROME_PATH and the flags --headless=new --no-sandbox --disable-gpu; the
// reports are saved as target/e2e/lighthouse-<page>.html and .json.
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS } from "../lib/browser.mjs";
import { CHROMIUM, WWW } from "../lib/paths.mjs";
import { killPid, onExit } from "../lib/report.mjs";

export const title = "7. Lighthouse: accessibility and best practices at 100";

const CATEGORIES = ["accessibility", "best-practices"];
const THRESHOLD = 1;

export async function run({ server, out, check, note }) {
  const pages = ["index.html", "embed-example.html"].filter((page) => {
    if (fs.existsSync(path.join(WWW, page))) return true;
    note(`www/${page} does not exist yet: Lighthouse skipped it`);
    return false;
  });
  for (const page of pages) {
    await check(
      `lighthouse ${page}`,
      CATEGORIES.join(" and ") + " = 100",
      async () => {
        process.env.CHROME_PATH ??= CHROMIUM;
        const chrome = await chromeLauncher.launch({
          chromePath: process.env.CHROME_PATH || CHROMIUM,
          chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", ...CHROMIUM_ARGS],
          logLevel: "silent",
          handleSIGINT: false,
        });
        const forget = onExit(() => killPid(chrome.pid));
        try {
          const result = await lighthouse(
            new URL(page, server.base).href,
            { port: chrome.port, output: ["html", "json"], logLevel: "error", onlyCategories: CATEGORIES },
          );
          const name = `lighthouse-${page.replace(/\.html$/, "")}`;
          fs.writeFileSync(path.join(out, `${name}.html`), result.report[0]);
          fs.writeFileSync(path.join(out, `${name}.json`), result.report[1]);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`Lighthouse could not run: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          const problems = [];
          // The widget must have been on the page when it was audited: its buttons and fields.
          for (const id of ["button-name", "label"]) {
            if (lhr.audits[id]?.score === null || lhr.audits[id]?.scoreDisplayMode === "notApplicable") problems.push(`${id} was not applicable: was the widget rendered?`);
          }
          for (const id of CATEGORIES) {
            const category = lhr.categories[id];
            if (category.score === null || category.score < THRESHOLD) {
              const failing = category.auditRefs
                .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
                .map((ref) => `${ref.id} (${lhr.audits[ref.id].title})`);
              problems.push(`${category.title} ${Math.round((category.score ?? 0) * 100)}: ${failing.join("; ") || "no weighted audit failed"}`);
            }
          }
          const warnings = lhr.runWarnings.filter(Boolean);
          if (warnings.length) note(`Lighthouse on ${page} warned: ${warnings.join(" | ")}`);
          if (problems.length) throw new Error(problems.join("\n"));
        } finally {
          await chrome.kill();
          forget();
        }
      },
      { timeoutMs: 150_000 },
    );
  }
}
