// 8. Nothing lost: on index.html the answers live in the URL fragment (never the query, never a
// request); they survive a reload (even an answer typed but not yet sent), the back and forward
// buttons, and a language switch; a copied link opened in a fresh browser context restores the
// same step and answers, and a copied result link the same assessment.
import { isDeepStrictEqual } from "node:util";
import { LISTED, path as answerPath } from "../lib/answers.mjs";
import { list } from "../lib/ui-text.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { firstDifference } from "../lib/expect.mjs";
import { chooseLanguage, chooseRadio, journey, press, tabToId, typeCountry, typeText } from "../lib/keyboard.mjs";
import { capture, lastResult, readResult, step, waitReady, waitStep } from "../lib/widget.mjs";

export const title = "8. Nothing lost: answers in the fragment survive reload, history, language, a copied link";

const NOW = new Date("2026-11-25T06:00:00Z");

/** The form's values on the current step: text fields, checked radios, selects. */
async function values(page) {
  return page.evaluate(() => {
    const root = document.querySelector("kz-work-permit").shadowRoot;
    const out = {};
    for (const el of root.querySelectorAll("input, select")) {
      if (el.type === "radio") {
        if (el.checked) out[el.name] = el.value;
      } else if (el.value) out[el.name] = el.value;
    }
    return out;
  });
}

async function fragment(page) {
  return page.evaluate(() => {
    const answers = {};
    const [head, ...parts] = location.hash.slice(1).split("&");
    for (const part of parts) {
      const [key, value = ""] = part.split("=");
      answers[key] = decodeURIComponent(value);
    }
    return { head, answers, search: location.search };
  });
}

function expectSame(label, got, want) {
  if (!isDeepStrictEqual(got, want)) throw new Error(`${label}: ${firstDifference(got, want)}`);
}

export async function run({ server, browser, check }) {
  const url = new URL("index.html", server.base).href;
  const { input } = answerPath("permit-ratios-met");
  const origin = new URL(server.base).origin;
  const sent = [];
  const context = await newContext(browser, server);
  context.on("request", (r) => r.url().startsWith(origin) && sent.push(r.url()));
  let page;
  let onHire = null;
  let staffValues = null;
  let hireValues = null;
  try {
    page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    await capture(page);
    await page.goto(url);
    await waitReady(page);

    await check("url-state fragment, not query", "answers of two steps are in #kzwp&…; location.search stays empty", async () => {
      await typeText(page, "employer.employees", "120");
      await chooseRadio(page, "employer.smallBusiness", 1, { backward: true });
      await chooseRadio(page, "employer.kind", 0, { backward: true });
      await press(page, "submit");
      await waitStep(page, "staff");
      await typeText(page, "staff.category1.citizens", "2");
      await typeText(page, "staff.category3.citizens", "45");
      await typeText(page, "staff.category3.foreigners", "4");
      await press(page, "submit");
      await waitStep(page, "hire");
      const f = await fragment(page);
      if (f.search) throw new Error(`the query is ${f.search}`);
      if (f.head !== "kzwp" || f.answers.step !== "hire") throw new Error(`fragment is ${f.head} at step ${f.answers.step}`);
      expectSame("fragment", f.answers, {
        step: "hire",
        "employer.kind": "company",
        "employer.smallBusiness": "no",
        "employer.employees": "120",
        "staff.category1.citizens": "2",
        "staff.category3.citizens": "45",
        "staff.category3.foreigners": "4",
      });
    });

    await check("url-state reload", "an answer typed but not sent, and earlier steps, survive a reload", async () => {
      await chooseRadio(page, "hire.route", 0);
      await chooseRadio(page, "hire.category", 2);
      await typeText(page, "hire.count", "1");
      await typeCountry(page, "IN");
      hireValues = await values(page);
      await page.reload();
      await waitReady(page);
      if ((await step(page)) !== "hire") throw new Error(`after reload the step is ${await step(page)}`);
      expectSame("hire step after reload", await values(page), hireValues);
      onHire = page.url();
    });

    await check("url-state back and forward", "Back goes to the staff step with its answers, Forward returns", async () => {
      await page.goBack();
      await waitStep(page, "staff");
      staffValues = await values(page);
      expectSame("staff step after Back", staffValues, { "staff.category1.citizens": "2", "staff.category3.citizens": "45", "staff.category3.foreigners": "4" });
      await page.goBack();
      await waitStep(page, "employer");
      expectSame("employer step after Back", await values(page), { "employer.kind": "company", "employer.smallBusiness": "no", "employer.employees": "120" });
      await page.goForward();
      await waitStep(page, "staff");
      await page.goForward();
      await waitStep(page, "hire");
      expectSame("hire step after Forward", await values(page), hireValues);
    });

    await check("url-state language switch", "switching language keeps the answers and the fragment", async () => {
      const before = await fragment(page);
      // The country is kept as its code (the fragment does not change) and shown by its name
      // in the language switched to.
      const country = (lang) => ({ ...hireValues, "hire.citizenship": list("countries", lang)[LISTED.indexOf("IN")] });
      await chooseLanguage(page, "ru");
      expectSame("hire step in Russian", await values(page), country("ru"));
      expectSame("fragment after switching", await fragment(page), before);
      await chooseLanguage(page, "kk");
      expectSame("hire step in Kazakh", await values(page), country("kk"));
    });

    await check("url-state copied link (mid-journey)", "a new context opening the hire-step link shows the same answers", async () => {
      const fresh = await newContext(browser, server);
      try {
        const other = await fresh.newPage();
        await other.goto(onHire);
        await waitReady(other);
        await waitStep(other, "hire");
        expectSame("hire step from the link", await values(other), hireValues);
      } finally {
        await fresh.close();
      }
    });

    await check("url-state copied link (result)", "the result's Copy link, opened in a new context, computes the same assessment", async () => {
      await page.goto(url + "#");
      await waitReady(page);
      await page.evaluate(() => (location.hash = "#kzwp&step=employer"));
      await waitStep(page, "employer");
      await journey(page, input, { lang: "ru" });
      const mine = await lastResult(page);
      const shown = await readResult(page);
      // The result's own "Copy link" button, pressed by keyboard, gives the link to share.
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
      await press(page, "copy-link", "Enter");
      await page.waitForFunction(() => document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp-feedback")?.textContent.trim() !== "");
      const link = await page.evaluate(() => navigator.clipboard.readText());
      if (link !== page.url()) throw new Error(`"Copy link" copied ${link}, not the page's URL ${page.url()}`);
      const fresh = await newContext(browser, server);
      try {
        const other = await fresh.newPage();
        await other.clock.setFixedTime(NOW);
        await capture(other);
        await other.goto(link);
        await waitReady(other);
        await waitStep(other, "result");
        // The language is the visitor's, not an answer: the link opens in the page's language.
        const inPageLanguage = await lastResult(other);
        if (inPageLanguage?.language !== "en") throw new Error(`the link opened in ${inPageLanguage?.language}, not the page's en`);
        await chooseLanguage(other, "ru");
        expectSame("assessment from the link", await lastResult(other), mine);
        expectSame("result screen from the link", await readResult(other), shown);
      } finally {
        await fresh.close();
      }
    });

    await check("url-state language build unavailable", "a language whose build fails to load leaves the widget and its answers as they were", async () => {
      const offline = await context.newPage();
      const errors = [];
      offline.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await offline.route((u) => u.pathname.startsWith("/pkg/embed-kk/"), (route) => route.abort("internetdisconnected"));
      await offline.goto(fixturePage(server, { attrs: { lang: "en", "no-url-state": true } }));
      await waitReady(offline);
      await typeText(offline, "employer.employees", "120");
      await tabToId(offline, "kzwp-lang-kk");
      await offline.keyboard.press("Enter");
      await offline.waitForFunction(() => {
        const host = document.querySelector("kz-work-permit");
        return host.getAttribute("lang") === "en" && !host.hasAttribute("aria-busy") && host.widget;
      });
      const after = await offline.evaluate(() => {
        const root = document.querySelector("kz-work-permit").shadowRoot;
        return { lang: root.querySelector(".kzwp")?.getAttribute("lang"), employees: root.querySelector('[name="employer.employees"]')?.value };
      });
      await offline.close();
      expectSame("widget after the failed switch", after, { lang: "en", employees: "120" });
      if (!errors.some((e) => e.includes("kk build did not load"))) throw new Error(`console errors: ${errors.join(" | ")}`);
    });

    await check("url-state no-url-state", "with the no-url-state attribute the URL and history stay as they were", async () => {
      const quiet = await context.newPage();
      await quiet.goto(fixturePage(server, { attrs: { lang: "en", "no-url-state": true } }) + "#top");
      await waitReady(quiet);
      const before = await quiet.evaluate(() => [location.href, history.length]);
      await typeText(quiet, "employer.employees", "120");
      await chooseRadio(quiet, "employer.smallBusiness", 1, { backward: true });
      await chooseRadio(quiet, "employer.kind", 0, { backward: true });
      await press(quiet, "submit");
      await waitStep(quiet, "staff");
      const after = await quiet.evaluate(() => [location.href, history.length]);
      await quiet.close();
      expectSame("location and history length", after, before);
    });

    await check("url-state no answer in any request", "every request URL is free of query strings and answers", async () => {
      const leaks = sent.filter((u) => new URL(u).search || /employer|staff|hire|dates|kzwp/.test(decodeURIComponent(u)));
      if (leaks.length) throw new Error(`requests carrying answers: ${leaks.join(", ")}`);
    });
  } finally {
    await context.close();
  }
}
