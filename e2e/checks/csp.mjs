// 3. The embedding page under the server's strict Content-Security-Policy, with no inline script:
// the widget loads, is styled (adopted stylesheets pass `style-src 'self'`), completes a journey
// by keyboard with the engine's answer, and neither the console nor a securitypolicyviolation
// listener sees a violation. A deliberate inline script at the end proves the listeners work.
import fs from "node:fs";
import path from "node:path";
import { path as answerPath } from "../lib/answers.mjs";
import { newContext } from "../lib/browser.mjs";
import { assess } from "../lib/engine.mjs";
import { compareResult } from "../lib/expect.mjs";
import { journey } from "../lib/keyboard.mjs";
import { WWW } from "../lib/paths.mjs";
import { capture, lastResult, readResult, waitReady } from "../lib/widget.mjs";

export const title = "3. Strict CSP: the embedding page with no inline script";

const WATCH_VIOLATIONS = () => {
  window.__cspViolations = [];
  document.addEventListener(
    "securitypolicyviolation",
    (e) => window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile || ""}:${e.lineNumber || 0})`),
    true,
  );
};

/** Directives as a map: name → list of sources. */
function parsePolicy(policy) {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

export async function run({ server, browser, out, check, note }) {
  const embed = fs.existsSync(path.join(WWW, "embed-example.html"));
  const pageName = embed ? "embed-example.html" : "index.html";
  if (!embed) note("www/embed-example.html does not exist yet: the CSP check uses index.html instead");
  const url = new URL(pageName, server.base).href;

  await check(`csp ${pageName} header and markup`, "strict policy sent; no inline script, handler or javascript: URL", async () => {
    const response = await fetch(url);
    const html = await response.text();
    const problems = [];
    const policy = response.headers.get("content-security-policy");
    if (!policy) throw new Error(`${pageName} is served without a Content-Security-Policy header`);
    const directives = parsePolicy(policy);
    const expect = (name, sources) => {
      const got = directives.get(name) || [];
      if (JSON.stringify([...got].sort()) !== JSON.stringify([...sources].sort())) problems.push(`${name} is "${got.join(" ")}", expected "${sources.join(" ")}"`);
    };
    expect("default-src", ["'none'"]);
    expect("script-src", ["'self'", "'wasm-unsafe-eval'"]);
    expect("style-src", ["'self'"]);
    for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (!/\bsrc\s*=/.test(tag[1])) problems.push(`inline <script>: ${tag[0].slice(0, 80)}`);
    }
    for (const handler of html.matchAll(/<[^>]*\s(on[a-z]+)\s*=/gi)) problems.push(`inline event handler ${handler[1]}`);
    if (/javascript:/i.test(html)) problems.push("a javascript: URL in the markup");
    if (/<style\b/i.test(html) || /\sstyle\s*=/i.test(html)) problems.push("inline styles (blocked by style-src 'self')");
    if (!/<kz-work-permit\b/.test(html)) problems.push("no <kz-work-permit> element");
    if (problems.length) throw new Error(problems.join("\n"));
  });

  await check(`csp ${pageName} journey`, "widget loads, is styled, completes a journey; no violation", async () => {
    const context = await newContext(browser, server);
    try {
      const page = await context.newPage();
      const consoleViolations = [];
      const errors = [];
      page.on("console", (m) => /Content[- ]Security[- ]Policy|Refused to/i.test(m.text()) && consoleViolations.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(WATCH_VIOLATIONS);
      await capture(page);
      const response = await page.goto(url);
      if (!response.headers()["content-security-policy"]) throw new Error("the page arrived without its CSP header");
      await waitReady(page);
      const styled = await page.evaluate(() => {
        const root = document.querySelector("kz-work-permit").shadowRoot;
        const style = getComputedStyle(root.querySelector(".kzwp"));
        return { sheets: root.adoptedStyleSheets.length, border: style.borderTopStyle, padding: style.paddingTop };
      });
      if (styled.sheets < 1 || styled.border !== "solid" || styled.padding === "0px") throw new Error(`the widget is not styled: ${JSON.stringify(styled)}`);
      const { input } = answerPath("permit-ratios-met");
      await journey(page, input);
      await page.screenshot({ path: path.join(out, `csp-${pageName.replace(".html", "")}-result.png`), fullPage: true });
      const detail = await lastResult(page);
      const asOfAttribute = await page.evaluate(() => document.querySelector("kz-work-permit").getAttribute("as-of"));
      const problems = [];
      if (!detail) throw new Error("no kz-work-permit-result event");
      if (detail.asOfGiven !== Boolean(asOfAttribute)) problems.push(`asOfGiven ${detail.asOfGiven} with as-of=${asOfAttribute}`);
      const expected = await assess({ ...input, asOf: detail.asOf, language: detail.language });
      expected.asOfGiven = detail.asOfGiven;
      problems.push(...compareResult(await readResult(page), detail, expected));
      const violations = await page.evaluate(() => window.__cspViolations);
      if (violations.length) problems.push(`securitypolicyviolation: ${violations.join("; ")}`);
      if (consoleViolations.length) problems.push(`console: ${consoleViolations.join("; ")}`);
      if (errors.length) problems.push(`page errors: ${errors.join("; ")}`);

      // The listeners must be able to see a violation: an inline script has to be reported.
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.__inlineRan = true";
        document.head.append(script);
      });
      await page.waitForFunction(() => window.__cspViolations.length > 0, null, { timeout: 5_000 }).catch(() => {});
      const canary = await page.evaluate(() => ({ ran: Boolean(window.__inlineRan), seen: window.__cspViolations.length }));
      if (canary.ran || canary.seen === 0) problems.push(`the policy or the listener does not work: an inline script ${canary.ran ? "ran" : "was blocked unseen"}`);
      if (problems.length) throw new Error(problems.join("\n"));
    } finally {
      await context.close();
    }
  });
}
