// Debian's Chromium through playwright-core, and the fixture pages: they are never files in www/;
// each context intercepts /__e2e__/… on the server's origin and answers with a page built from
// e2e/fixtures/, under the same Content-Security-Policy header the server sends.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, FIXTURES } from "./paths.mjs";

export const CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

const pages = new Map();
let counter = 0;

function escapeAttribute(value) {
  return String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Registers a fixture page and returns its URL on the server's origin.
 * `attrs`: the <kz-work-permit> attributes (a value of `true` writes the bare attribute);
 * `template`: a file in e2e/fixtures with {{PAGE_LANG}}, {{HEAD}}, {{BEFORE}} (the host page's
 * content before the element), {{ATTRS}} and {{CHILDREN}} (the element's light DOM) placeholders;
 * `csp: false` serves it without the server's Content-Security-Policy (to see what escaping alone does).
 */
export function fixturePage(server, { attrs = {}, template = "widget.html", pageLang = "en", head = "", before = "", children = "", csp = true } = {}) {
  const attributes = Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`))
    .join(" ");
  const html = fs
    .readFileSync(path.join(FIXTURES, template), "utf8")
    .replaceAll("{{PAGE_LANG}}", pageLang)
    .replaceAll("{{HEAD}}", head)
    .replaceAll("{{BEFORE}}", before)
    .replaceAll("{{CHILDREN}}", children)
    .replaceAll("{{ATTRS}}", attributes);
  const name = `/__e2e__/page-${++counter}.html`;
  pages.set(name, { html, csp });
  return new URL(name, server.base).href;
}

const TYPES = { ".css": "text/css", ".html": "text/html; charset=utf-8", ".js": "text/javascript" };

/** A new context that serves the fixture pages; options go to `browser.newContext`. */
export async function newContext(browser, server, options = {}) {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(15_000);
  const origin = new URL(server.base).origin;
  await context.route(
    (url) => url.origin === origin && url.pathname.startsWith("/__e2e__/"),
    async (route) => {
      const { pathname } = new URL(route.request().url());
      const headers = { "cache-control": "no-store" };
      if (pages.has(pathname)) {
        const { html, csp } = pages.get(pathname);
        const policy = csp ? { "content-security-policy": server.csp } : {};
        return route.fulfill({ status: 200, headers: { ...headers, "content-type": TYPES[".html"], ...policy }, body: html });
      }
      const file = path.join(FIXTURES, path.basename(pathname));
      if (fs.existsSync(file) && !file.endsWith(".html")) {
        return route.fulfill({ status: 200, headers: { ...headers, "content-type": TYPES[path.extname(file)] || "application/octet-stream" }, body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: "not a fixture" });
    },
  );
  return context;
}
