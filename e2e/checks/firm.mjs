// 11. For the firms that embed it: the element's built files and its result screen carry no
// secondary source (only official texts and the state's service portals); the firm's call to
// action is in view with the verdict at 1280×800, labelled per language, a `mailto:` one with the
// summary as its body, and fires `kz-work-permit-contact` with the assessment; the firm's name and
// logo head the result; "Copy summary" says so beside the button and copies a summary a person can
// send; the calendar file parses with ical.js and reminds three and one working days before each
// date; and the element looks native on a light, a dark and a serif host page (screenshots).
import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { AS_OF, answersOf, fragmentOf } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { assess, engine } from "../lib/engine.mjs";
import { ROOT, WWW } from "../lib/paths.mjs";
import { allowedHost, secondaryHosts } from "../lib/sources.mjs";
import { formatDate, ui } from "../lib/ui-text.mjs";
import { waitReady, waitStep } from "../lib/widget.mjs";

export const title = "11. Firms: official sources only, the firm's lead, brand, copy and calendar";

const company = { kind: "company", smallBusiness: false, employees: 120 };
const INPUT = {
  employer: company,
  staff: {
    category1: { citizens: 2, foreigners: 0 },
    category2: { citizens: 5, foreigners: 1 },
    category3: { citizens: 45, foreigners: 4 },
    category4: { citizens: 50, foreigners: 0 },
  },
  hire: { route: "permit", category: 3, count: 1, citizenship: "IN" },
  dates: { vacancyPosted: "2026-11-20" },
};
const FIRM = "Karatau Legal";
const MAIL = "mailto:permits@karatau-legal.example";

/**
 * The hosts of the addresses in a built file. A wasm's data section runs strings together
 * ("https://www.enbek.kzhttps://elicense.kz"), so a host ends where the next address begins; a bare
 * scheme (the contact URL's allowed prefixes) has no host and is skipped.
 */
function hostsIn(file) {
  const text = fs.readFileSync(file).toString("latin1");
  const hosts = [];
  for (const match of text.matchAll(/https?:\/\//g)) {
    const start = match.index + match[0].length;
    let host = text.slice(start).match(/^[A-Za-z0-9.-]*/)[0];
    const next = host.search(/https?$/);
    if (next > 0 && text.startsWith("://", start + host.length)) host = host.slice(0, next);
    if (host.includes(".")) hosts.push(host.toLowerCase()); // "https://http://mailto:": schemes, not hosts
  }
  return hosts;
}

export async function run({ server, browser, check, out }) {
  const secondary = secondaryHosts();

  await check("built files", "the element's script and its kk/ru/en builds hold no secondary-source address", async () => {
    if (secondary.length < 5) throw new Error(`only ${secondary.length} secondary hosts found in data/: the reader is broken`);
    const files = [path.join(WWW, "kz-work-permit.js")];
    for (const lang of ["kk", "ru", "en"]) {
      const dir = path.join(WWW, "pkg", `embed-${lang}`);
      for (const name of fs.readdirSync(dir)) if (/\.(wasm|js)$/.test(name)) files.push(path.join(dir, name));
    }
    const bad = [];
    for (const file of files) {
      const text = fs.readFileSync(file).toString("latin1");
      for (const host of hostsIn(file)) {
        if (!allowedHost(host) && host !== "www.w3.org") bad.push(`${path.relative(ROOT, file)}: ${host}`);
      }
      for (const host of secondary) if (text.includes(host)) bad.push(`${path.relative(ROOT, file)}: ${host}`);
    }
    if (bad.length) throw new Error(`secondary sources in the element's builds:\n${[...new Set(bad)].join("\n")}`);
  });

  const expected = await assess({ ...INPUT, asOf: AS_OF, language: "en" });
  const attrs = {
    lang: "en",
    "as-of": AS_OF,
    "firm-name": FIRM,
    "contact-url": MAIL,
    "contact-label": "Обсудить с юристом",
    "contact-label-en": "Talk to our lawyers",
  };
  const url = fixturePage(server, { attrs, children: `<img slot="logo" src="/favicon.svg" alt="${FIRM}" width="40" height="40">` }) + fragmentOf(answersOf(INPUT), "result");
  const context = await newContext(browser, server, { viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.base).origin });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__contacts = [];
      document.addEventListener("kz-work-permit-contact", (event) => {
        window.__contacts.push(JSON.parse(JSON.stringify(event.detail)));
        event.preventDefault(); // the firm opens its own form: the mail program is not opened
      });
    });
    await page.goto(url);
    await waitReady(page);
    await waitStep(page, "result");
    const root = (fn, arg) => page.evaluate(([body, arg]) => new Function("root", "arg", body)(document.querySelector("kz-work-permit").shadowRoot, arg), [fn, arg]);

    await check("no secondary source on screen", "every link of the result is official, a state portal or the firm's; no secondary host in its markup", async () => {
      const { links, html } = await page.evaluate(() => {
        const shadow = document.querySelector("kz-work-permit").shadowRoot;
        shadow.querySelectorAll("details").forEach((d) => (d.open = true));
        return { links: [...shadow.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")), html: shadow.innerHTML };
      });
      const bad = links.filter((href) => !href.startsWith("mailto:") && !allowedHost(new URL(href).hostname));
      const named = secondary.filter((host) => html.includes(host));
      if (bad.length || named.length) throw new Error(`links ${bad.join(", ")}; hosts named ${named.join(", ")}`);
      if (!links.some((href) => href.startsWith("https://adilet.zan.kz/"))) throw new Error("no citation links the act on adilet.zan.kz");
      const words = [ui("Confirmed", "en"), ui("Likely", "en"), ui("Unconfirmed", "en")];
      if (!words.some((word) => html.includes(word))) throw new Error("no confidence in words");
    });

    await check("brand", "the firm's name and its slotted logo head the result", async () => {
      const brand = await root(`return { name: root.querySelector(".kzwp-firm")?.textContent, logo: root.querySelector("slot[name=logo]")?.assignedElements().length, shown: document.querySelector("kz-work-permit img[slot=logo]").getBoundingClientRect().width }`);
      if (brand.name !== FIRM || brand.logo !== 1 || !(brand.shown > 0)) throw new Error(JSON.stringify(brand));
    });

    await check("call to action in view", "at 1280×800 the firm's button is on screen with the verdict, labelled in English", async () => {
      const seen = await root(`
        root.querySelector(".kzwp-heading").scrollIntoView({ block: "start" });
        const verdict = root.querySelector("[part=verdict]").getBoundingClientRect();
        const contact = root.querySelector("[part=verdict] [part=contact]");
        const box = contact.getBoundingClientRect();
        return { top: verdict.top, bottom: box.bottom, height: innerHeight, label: contact.textContent, count: root.querySelectorAll("[part=contact]").length };`);
      if (seen.top < 0 || seen.bottom > seen.height) throw new Error(`verdict top ${seen.top}, button bottom ${seen.bottom} of ${seen.height}`);
      if (seen.label !== "Talk to our lawyers") throw new Error(`label ${seen.label}`);
      if (seen.count !== 2) throw new Error(`${seen.count} calls to action; expected one under the verdict and one at the end`);
    });

    await check("mailto", "the firm's address with a subject and the summary as its body", async () => {
      const href = await root(`return root.querySelector("[part=contact]").getAttribute("href")`);
      if (!href.startsWith(`${MAIL}?subject=`)) throw new Error(href.slice(0, 80));
      const params = new URLSearchParams(href.slice(href.indexOf("?") + 1).replace(/\+/g, "%2B"));
      const subject = params.get("subject");
      const body = params.get("body");
      if (!subject.includes(formatDate(AS_OF, "en"))) throw new Error(`subject ${subject}`);
      for (const wanted of [ui("MailGreeting", "en"), expected.verdict.finding.message, ...planDates(expected, "en"), "Order No. 279", ui("YourAnswersPrint", "en"), FIRM]) {
        if (!body.includes(wanted)) throw new Error(`the body lacks "${wanted}":\n${body}`);
      }
    });

    await check("contact event", "a click on the call to action sends kz-work-permit-contact with the assessment", async () => {
      await page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector("[part=verdict] [part=contact]").click());
      const contacts = await page.evaluate(() => window.__contacts);
      if (contacts.length !== 1) throw new Error(`${contacts.length} events`);
      const detail = contacts[0];
      if (detail.verdict?.code !== expected.verdict.code || JSON.stringify(detail.plan) !== JSON.stringify(expected.plan)) throw new Error("the event's assessment differs from assess()");
      if (new URL(page.url()).pathname.startsWith("/__e2e__/") === false) throw new Error("the page navigated away");
    });

    await check("copy feedback", "Copy summary says Copied beside the button, in a live region, and copies a summary to send", async () => {
      await page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector("[data-action=copy-summary]").click());
      await page.waitForFunction((text) => document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp-feedback")?.textContent === text, ui("Copied", "en"));
      const feedback = await root(`
        const box = root.querySelector(".kzwp-feedback");
        const button = root.querySelector("[data-action=copy-summary]").getBoundingClientRect();
        box.scrollIntoView({ block: "center" });
        const rect = box.getBoundingClientRect();
        const after = root.querySelector("[data-action=copy-summary]").getBoundingClientRect();
        return { live: box.getAttribute("role"), width: rect.width, height: rect.height, gap: rect.top - after.bottom, inView: rect.top >= 0 && rect.bottom <= innerHeight, same: box.parentElement === root.querySelector("[data-action=copy-summary]").parentElement };`);
      feedback.near = feedback.same && feedback.gap >= -1 && feedback.gap < 120 && feedback.inView;
      if (feedback.live !== "status" || !(feedback.height > 0) || !feedback.near) throw new Error(JSON.stringify(feedback));
      const text = await page.evaluate(() => navigator.clipboard.readText());
      for (const wanted of [expected.verdict.finding.message, ...planDates(expected, "en"), "₸", "Order No. 279", `${ui("Citizens", "en")}: 45`]) {
        if (!text.includes(wanted)) throw new Error(`the summary lacks "${wanted}":\n${text}`);
      }
      fs.writeFileSync(path.join(out, "firm-summary-en.txt"), text);
    });

    await check("calendar file", "the .ics parses with ical.js; every dated step has an event, with alarms 3 and 1 working days before", async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector("[data-action=ics]").click()),
      ]);
      const text = fs.readFileSync(await download.path(), "utf8");
      fs.writeFileSync(path.join(out, "firm-plan.ics"), text);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents("vevent");
      const api = await engine();
      const dated = expected.plan.steps.filter((step) => step.date);
      for (const step of dated) {
        if (!events.some((event) => event.getFirstPropertyValue("dtstart").toString() === step.date)) throw new Error(`no event on ${step.date} (${step.id})`);
      }
      const pay = expected.plan.steps.find((step) => step.id === "payFee" && step.latest);
      const lastDay = ui("LastDayTitle", "en").replace("{title}", ui("PlanPayFee", "en"));
      if (pay && !events.some((event) => event.getFirstPropertyValue("summary") === lastDay)) throw new Error(`no "${lastDay}" event`);
      let alarms = 0;
      for (const event of events) {
        const date = event.getFirstPropertyValue("dtstart").toString();
        if (!event.getFirstPropertyValue("description").includes(FIRM)) throw new Error(`event ${date} does not name the firm`);
        for (const alarm of event.getAllSubcomponents("valarm")) {
          const trigger = alarm.getFirstPropertyValue("trigger").toJSDate().toISOString().slice(0, 10);
          // Working days from the reminder up to the date, the date itself not counted.
          const before = api.workingDaysBetween(trigger, date) - (api.isWorkingDay(date) ? 1 : 0) + 1;
          if (![1, 3].includes(before) || !api.isWorkingDay(trigger)) throw new Error(`alarm of ${date} on ${trigger}: ${before} working days before`);
          alarms++;
        }
        if (date > AS_OF && date >= "2026-12-01" && event.getAllSubcomponents("valarm").length !== 2) throw new Error(`event ${date} has ${event.getAllSubcomponents("valarm").length} alarms`);
      }
      if (alarms < 2 * dated.length - 2) throw new Error(`only ${alarms} alarms for ${dated.length} dated steps`);
    });

    await check("label per language", "after a switch to Russian the call to action reads contact-label (no contact-label-ru given) and the summary is Russian", async () => {
      await page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector("#kzwp-lang-ru").click());
      await page.waitForFunction(() => document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp")?.getAttribute("lang") === "ru");
      await waitStep(page, "result");
      const label = await root(`return root.querySelector("[part=contact]")?.textContent`);
      if (label !== "Обсудить с юристом") throw new Error(`label ${label}`);
      const href = await root(`return root.querySelector("[part=contact]").getAttribute("href")`);
      const body = new URLSearchParams(href.slice(href.indexOf("?") + 1)).get("body");
      const ru = await assess({ ...INPUT, asOf: AS_OF, language: "ru" });
      for (const wanted of [ui("MailGreeting", "ru"), ru.verdict.finding.message, ...planDates(ru, "ru"), `${ui("Citizens", "ru")}: 45`]) {
        if (!body.includes(wanted)) throw new Error(`the Russian body lacks "${wanted}"`);
      }
      fs.writeFileSync(path.join(out, "firm-summary-ru.txt"), body);
    });
  } finally {
    await context.close();
  }

  await check("themes", "the embed on a light, a dark and a serif host page (screenshots to look at)", async () => {
    for (const theme of ["light", "dark", "serif"]) {
      const themed = await newContext(browser, server, { viewport: { width: 1280, height: 800 }, colorScheme: theme === "dark" ? "dark" : "light" });
      try {
        const page = await themed.newPage();
        const head = `<link rel="stylesheet" href="/__e2e__/theme-${theme}.css">`;
        await page.goto(fixturePage(server, { attrs, head, children: `<img slot="logo" src="/favicon.svg" alt="${FIRM}" width="40" height="40">` }) + fragmentOf(answersOf(INPUT), "result"));
        await waitReady(page);
        await waitStep(page, "result");
        const font = await page.evaluate(() => getComputedStyle(document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp")).fontFamily);
        if (theme === "serif" && !/serif/i.test(font)) throw new Error(`the serif page's widget is in ${font}`);
        await page.screenshot({ path: path.join(out, `firm-theme-${theme}.png`) });
      } finally {
        await themed.close();
      }
    }
  });
}

/** The plan's dates as the widget writes them, for the summary and the email. */
function planDates(assessment, lang) {
  return assessment.plan.steps.filter((step) => step.date).map((step) => formatDate(step.date, lang));
}
