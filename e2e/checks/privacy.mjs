// 4. Nothing leaves the page and nothing stays in the browser: during a full journey on index.html
// (language switch, result, back and forward included) every request is a GET for the page's or
// the widget's own files on the same origin, without a query; no cookie, no Web Storage, no
// IndexedDB database, no Cache Storage, no service worker.
import { path as answerPath } from "../lib/answers.mjs";
import { newContext } from "../lib/browser.mjs";
import { chooseLanguage, journey } from "../lib/keyboard.mjs";
import { waitReady, waitStep } from "../lib/widget.mjs";

export const title = "4. No network, no storage";

/** A language's build: its glue and its wasm (the element itself paints the first step). */
const buildFiles = (l) => [`/pkg/embed-${l}/kz_work_permit.js`, `/pkg/embed-${l}/kz_work_permit_bg.wasm`];
/** The widget's own files: the element and its per-language builds. */
const WIDGET_FILES = ["/kz-work-permit.js", ...["kk", "ru", "en"].flatMap(buildFiles)];
/** What the journeys below must load: the element and the English build they switch to. */
const LOADED_FILES = ["/kz-work-permit.js", ...buildFiles("en")];

/** The page's own files: itself, what its <link> and <script> tags name, and /favicon.ico. */
async function pageFiles(url) {
  const html = await (await fetch(url)).text();
  const files = new Set([new URL(url).pathname, "/favicon.ico"]);
  for (const tag of html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/gi)) files.add(new URL(tag[1], url).pathname);
  return files;
}

export async function run({ server, browser, check, note }) {
  await check("privacy requests, cookies and storage", "index.html, full keyboard journey in kk", async () => {
    const context = await newContext(browser, server);
    try {
      const origin = new URL(server.base).origin;
      const requests = [];
      const sockets = [];
      context.on("request", (r) => requests.push({ url: r.url(), method: r.method(), phase: "load" }));
      // Anything for another host is stopped here as well as reported, so nothing can leave.
      await context.route(
        (url) => url.origin !== origin,
        (route) => route.abort("blockedbyclient"),
      );
      const page = await context.newPage();
      page.on("websocket", (ws) => sockets.push(ws.url()));
      const url = new URL("index.html", server.base).href;
      const own = await pageFiles(url);
      await page.goto(url);
      await waitReady(page);
      const loaded = requests.length;

      await journey(page, answerPath("permit-ratios-met").input, { lang: "kk" });
      await chooseLanguage(page, "en");
      await page.goBack();
      await waitStep(page, "summary");
      await page.goForward();
      await waitStep(page, "result");

      const problems = [];
      const paths = new Set();
      for (const r of requests) {
        const url = new URL(r.url);
        if (url.protocol === "blob:" || url.protocol === "data:") continue;
        if (url.origin !== origin) problems.push(`request to another origin: ${r.method} ${r.url}`);
        else if (r.method !== "GET") problems.push(`${r.method} ${url.pathname}`);
        else if (url.search) problems.push(`a query string was sent: ${url.pathname}${url.search}`);
        paths.add(url.pathname === "/" ? "/index.html" : url.pathname);
      }
      for (const p of paths) if (!own.has(p) && !WIDGET_FILES.includes(p)) problems.push(`unexpected request for ${p}`);
      for (const p of LOADED_FILES) if (!paths.has(p)) problems.push(`the widget never loaded ${p}?`);
      // During the journey the widget requests only the build of a language the visitor switches
      // to; the browser may fetch the page's icon again when the URL's fragment changes, which
      // sends no answer (a fragment never leaves the browser).
      const during = requests.slice(loaded).map((r) => new URL(r.url).pathname);
      const icons = during.filter((p) => own.has(p) && /favicon|icon/.test(p));
      const others = during.filter((p) => !icons.includes(p) && !WIDGET_FILES.includes(p));
      if (others.length) problems.push(`requests during the journey: ${others.join(", ")}`);
      if (icons.length) note(`Chromium fetched the page's icon ${icons.length} times during the journey (on fragment updates; index.html's <link rel=icon>, served with Cache-Control: no-cache)`);
      if (sockets.length) problems.push(`WebSockets opened: ${sockets.join(", ")}`);

      const cookies = await context.cookies();
      if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => c.name).join(", ")}`);
      const state = await context.storageState({ indexedDB: true });
      if (state.cookies.length || state.origins.length) problems.push(`storage state not empty: ${JSON.stringify(state).slice(0, 300)}`);
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      if (stored.cookie) problems.push(`document.cookie = ${stored.cookie}`);
      if (stored.local) problems.push(`localStorage has ${stored.local} item(s)`);
      if (stored.session) problems.push(`sessionStorage has ${stored.session} item(s)`);
      if (stored.databases.length) problems.push(`IndexedDB databases: ${stored.databases.join(", ")}`);
      if (stored.caches.length) problems.push(`Cache Storage: ${stored.caches.join(", ")}`);
      if (stored.workers) problems.push(`${stored.workers} service worker(s) registered`);
      if (problems.length) throw new Error(problems.join("\n"));
    } finally {
      await context.close();
    }
  });
}
