// 11. The questions, in kk, ru and en: the country typed by name or code and anything else an
// error (never cut to a code); a date that does not exist an error on its question (never
// dropped); the error summary naming each question; an unusual answer (a date far from today, a
// hire of more than ten times the head count) asking "is this right?" until ticked; and the
// phone-first layout measured in Chromium: option rows at least 44 px tall, no sideways scroll at
// 320 px, no word broken inside a table, no ISO date in any sentence shown.
import path from "node:path";
import { AS_OF, answersOf, fragmentOf, path as answerPath } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { list, ui } from "../lib/ui-text.mjs";
import { step, waitReady, waitStep } from "../lib/widget.mjs";

export const title = "11. Questions: country, dates, named errors, \"is this right?\", phone layout (kk, ru, en)";

const LANGS = ["kk", "ru", "en"];
const full = answersOf(answerPath("permit-ratios-met").input);
const pick = (prefixes, extra = {}) => ({ ...Object.fromEntries(Object.entries(full).filter(([k]) => prefixes.some((p) => k.startsWith(p)))), ...extra });

/** Shows `answers` at `step` through the URL fragment (the widget follows it). */
async function show(page, answers, name) {
  await page.evaluate(() => (location.hash = "#"));
  await page.evaluate((hash) => (location.hash = hash), fragmentOf(answers, name));
  await waitStep(page, name);
}

const field = (page, id) => page.locator(`kz-work-permit #${id}`);
const submit = (page) => page.locator("kz-work-permit button[type=submit]").click();
const text = (page, selector) => page.locator(`kz-work-permit ${selector}`).innerText();

/** The error summary's lines. */
const summaryLines = (page) =>
  page.evaluate(() => [...document.querySelector("kz-work-permit").shadowRoot.querySelectorAll("#kzwp-error-summary li")].map((li) => li.textContent.trim()));

/** Submits and waits for the error summary (or the check summary) to be drawn. */
async function submitExpectingSummary(page) {
  await submit(page);
  await page.locator("kz-work-permit #kzwp-error-summary").waitFor();
}

/** Everything about the layout that a phone visitor would notice, measured. */
function layoutProblems() {
  const root = document.querySelector("kz-work-permit").shadowRoot;
  const problems = [];
  const overflow = document.documentElement.scrollWidth - innerWidth;
  if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow} px`);
  const container = root.querySelector(".kzwp");
  if (container.scrollWidth > container.clientWidth + 1) {
    // Name the elements that stick out, innermost first.
    const edge = container.getBoundingClientRect().right;
    const out = [...container.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > edge + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > edge + 1));
    const named = out.slice(0, 3).map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">${el.textContent.trim().slice(0, 40)}`);
    problems.push(`the widget's content is ${container.scrollWidth - container.clientWidth} px wider than the widget: ${named.join("; ")}`);
  }
  for (const row of root.querySelectorAll(".kzwp-radio")) {
    // A question hidden for this answer (the sector group before the route is a permit) has no box.
    if (row.getClientRects().length === 0) continue;
    const box = row.getBoundingClientRect();
    const label = row.querySelector("label").getBoundingClientRect();
    if (box.height < 44) problems.push(`the option row "${row.textContent.trim().slice(0, 40)}" is ${box.height.toFixed(1)} px tall`);
    // The label (the tap target) spans the whole row.
    if (label.height < box.height - 1 || label.width < box.width - 1) problems.push(`the label of "${row.textContent.trim().slice(0, 40)}" covers ${label.width.toFixed(0)}×${label.height.toFixed(0)} of ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
  }
  // No word inside a table is broken over two lines: each word's range has one box.
  for (const cell of root.querySelectorAll(".kzwp-table th, .kzwp-table td, .kzwp-table caption")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = node.data.matchAll(/[^\s]+/gu);
      for (const word of words) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`"${word[0]}" is broken over ${lines.size} lines in a table cell`);
      }
      // A number and its unit are one: "92,9 %" keeps a no-break space.
      if (/\d %|\d ₸/u.test(node.data)) problems.push(`"${node.data}" has a breaking space before its unit`);
    }
  }
  const iso = container.innerText.match(/\b\d{4}-\d{2}-\d{2}\b/);
  if (iso) problems.push(`an ISO date is shown: ${iso[0]}`);
  return problems;
}

export async function run({ server, browser, check, out }) {
  const context = await newContext(browser, server);
  try {
    for (const lang of LANGS) {
      const page = await context.newPage();
      await page.goto(fixturePage(server, { attrs: { lang, "as-of": AS_OF } }));
      await waitReady(page);

      await check(`questions ${lang} error summary`, "each error names its question", async () => {
        await show(page, {}, "employer");
        await submitExpectingSummary(page);
        const lines = await summaryLines(page);
        const labels = ["KindLegend", "SmallBusinessLegend", "EmployeesLabel"].map((key) => ui(key, lang));
        if (lines.length !== 3) throw new Error(`${lines.length} lines: ${lines.join(" | ")}`);
        lines.forEach((line, i) => {
          if (!line.startsWith(`${labels[i]}: `)) throw new Error(`line ${i + 1} "${line}" does not name "${labels[i]}"`);
        });
        if (new Set(lines).size !== 3) throw new Error(`lines repeat: ${lines.join(" | ")}`);
        // Each line is a link to its question.
        await page.locator("kz-work-permit #kzwp-error-summary li:nth-child(3) a").click();
        const focused = await page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.activeElement?.id);
        if (focused !== "kzwp-employer-employees") throw new Error(`the third link focused ${focused}`);
      });

      await check(`questions ${lang} country`, "a listed name or any ISO code is taken; other text is an error", async () => {
        const names = list("countries", lang);
        await show(page, pick(["employer.", "staff."], { "hire.route": "permit", "hire.category": "3", "hire.count": "1" }), "hire");
        const offered = await page.evaluate(() => [...document.querySelector("kz-work-permit").shadowRoot.querySelectorAll("#kzwp-countries option")].map((o) => o.value));
        if (offered.join("|") !== names.join("|")) throw new Error(`the list offers ${offered.join(", ")}`);
        // "Vietnam" (not listed) is an error, never "VI".
        await field(page, "kzwp-hire-citizenship").fill("Vietnam");
        await submitExpectingSummary(page);
        if ((await step(page)) !== "hire") throw new Error(`Vietnam went on to ${await step(page)}`);
        const error = await text(page, "#kzwp-hire-citizenship-error");
        if (!error.includes(ui("CountryNotListed", lang))) throw new Error(`the field's error is "${error}"`);
        const lines = await summaryLines(page);
        if (!lines.some((l) => l.startsWith(`${ui("CitizenshipLabel", lang)}: `))) throw new Error(`the summary does not name the question: ${lines.join(" | ")}`);
        // A code in lower case is taken.
        await field(page, "kzwp-hire-citizenship").fill("vn");
        await submit(page);
        await waitStep(page, "dates");
        if (!(await page.evaluate(() => location.hash)).includes("hire.citizenship=VN")) throw new Error(`the answer is not VN: ${await page.evaluate(() => location.hash)}`);
        // A listed name, typed in upper case, is taken as its code.
        await page.goBack();
        await waitStep(page, "hire");
        await field(page, "kzwp-hire-citizenship").fill(names[12].toUpperCase());
        await submit(page);
        await waitStep(page, "dates");
        if (!(await page.evaluate(() => location.hash)).includes("hire.citizenship=IN")) throw new Error(`${names[12]} is not IN: ${await page.evaluate(() => location.hash)}`);
      });

      await check(`questions ${lang} invalid date`, "a date that does not exist is an error on its question", async () => {
        for (const typed of ["30.02.2025", "2025-02-30", "in March"]) {
          await show(page, pick(["employer.", "staff.", "hire."]), "dates");
          await field(page, "kzwp-dates-vacancyPosted").fill(typed);
          await submitExpectingSummary(page);
          const error = await text(page, "#kzwp-dates-vacancyPosted-error");
          if (!error.includes(ui("DateInvalid", lang))) throw new Error(`${typed}: the field's error is "${error}"`);
          const lines = await summaryLines(page);
          if (!lines.some((l) => l.startsWith(`${ui("VacancyPosted", lang)}: `))) throw new Error(`${typed}: the summary does not name the question: ${lines.join(" | ")}`);
        }
      });

      await check(`questions ${lang} is this right`, "a date ten years back and a hire of 50 times the staff are asked about, then taken", async () => {
        await show(page, pick(["employer.", "staff.", "hire."], { "dates.permitExpires": "01.01.2016" }), "dates");
        await submitExpectingSummary(page);
        const title = await text(page, "#kzwp-error-summary h2");
        if (title !== ui("ConfirmTitle", lang)) throw new Error(`the box is titled "${title}"`);
        if ((await step(page)) !== "dates") throw new Error("went on without asking");
        await field(page, "kzwp-dates-permitExpires-confirm").check();
        await submit(page);
        await waitStep(page, "summary");

        await show(page, pick(["employer.", "staff.", "hire."], { "hire.count": "6000" }), "hire");
        await submitExpectingSummary(page);
        if ((await step(page)) !== "hire") throw new Error("a hire of 6000 with 120 employees went on without asking");
        await page.screenshot({ path: path.join(out, `questions-confirm-${lang}.png`), fullPage: true });
        await field(page, "kzwp-hire-count-confirm").check();
        await submit(page);
        await waitStep(page, "dates");
      });

      const states = [
        ["employer", {}, false],
        ["employer", {}, true],
        ["hire", pick(["employer.", "staff."], { "hire.route": "seasonal", "hire.citizenship": "Vietnam" }), true],
        ["dates", pick(["employer.", "staff.", "hire."]), false],
        ["summary", full, false],
        ["result", full, false],
        ["result", answersOf(answerPath("ratios-not-met").input), false],
      ];
      for (const [width, height] of [[320, 640], [390, 844]]) {
        await check(`questions ${lang} layout at ${width} px`, "rows ≥ 44 px, no sideways scroll, no broken word in a table, no ISO date", async () => {
          await page.setViewportSize({ width, height });
          const problems = [];
          for (const [name, answers, errors] of states) {
            await show(page, answers, name);
            if (errors) await submitExpectingSummary(page);
            await page.screenshot({ path: path.join(out, `questions-${lang}-${name}${errors ? "-errors" : ""}-${width}.png`), fullPage: true });
            problems.push(...(await page.evaluate(layoutProblems)).map((p) => `${name}${errors ? " (errors)" : ""}: ${p}`));
          }
          if (problems.length) throw new Error(problems.slice(0, 15).join("\n") + (problems.length > 15 ? `\n… ${problems.length - 15} more` : ""));
        });
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
}
