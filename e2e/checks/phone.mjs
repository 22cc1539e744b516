// 10. On a phone (390×844): the visitor, an HR manager of a 150-person company hiring two
// category-3 specialists from China who has only posted the vacancy, in each language. Every step
// is photographed; on the result, the verdict, the next step and the earliest start are visible
// without scrolling, and the answer with its plan (the details closed) is under three screens.
import path from "node:path";
import { answersOf, fragmentOf } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { assess } from "../lib/engine.mjs";
import { waitReady, waitStep } from "../lib/widget.mjs";

export const title = "10. On a 390×844 phone: the answer first, within one screen, in kk, ru and en";

const AS_OF = "2026-11-25";
const PHONE = { width: 390, height: 844 };
const STEPS = ["employer", "staff", "hire", "dates", "summary", "result"];
const INPUT = {
  employer: { kind: "company", smallBusiness: false, employees: 150 },
  staff: {
    category1: { citizens: 3, foreigners: 0 },
    category2: { citizens: 12, foreigners: 1 },
    category3: { citizens: 70, foreigners: 4 },
    category4: { citizens: 60, foreigners: 0 },
  },
  hire: { route: "permit", category: 3, count: 2, citizenship: "CN" },
  dates: { vacancyPosted: "2026-11-20", targetStart: "2027-01-15" },
};

export async function run({ server, browser, out, check }) {
  for (const lang of ["kk", "ru", "en"]) {
    await check(`phone ${lang}`, "each step photographed; verdict, next step and start on the first screen; the answer under three screens", async () => {
      const context = await newContext(browser, server, { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      try {
        const page = await context.newPage();
        const expected = await assess({ ...INPUT, asOf: AS_OF, language: lang });
        for (const step of STEPS) {
          await page.goto(fixturePage(server, { attrs: { lang, "as-of": AS_OF } }) + fragmentOf(answersOf(INPUT), step));
          await waitReady(page);
          await waitStep(page, step);
          await page.screenshot({ path: path.join(out, `phone-${lang}-${step}.png`) });
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (sideways > 0) throw new Error(`the ${step} step scrolls sideways by ${sideways} px`);
        }
        // The result as a visitor first sees it: the widget scrolls its heading into view.
        const seen = await page.evaluate(() => {
          const root = document.querySelector("kz-work-permit").shadowRoot;
          const box = (selector) => {
            const el = root.querySelector(selector);
            if (!el) return null;
            const r = el.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, text: el.textContent.replace(/\s+/g, " ").trim() };
          };
          const heading = root.querySelector(".kzwp-heading").getBoundingClientRect();
          const plan = root.querySelector("[part=timeline]")?.getBoundingClientRect();
          return {
            verdict: box(".kzwp-verdict-title"),
            next: box("[part=next-step]"),
            start: box("[part=start]"),
            answerScreens: plan ? (plan.bottom - heading.top) / innerHeight : null,
            viewport: innerHeight,
          };
        });
        await page.screenshot({ path: path.join(out, `phone-${lang}-result-first-screen.png`) });
        await page.screenshot({ path: path.join(out, `phone-${lang}-result-full.png`), fullPage: true });
        const problems = [];
        for (const [name, part] of [["the verdict", seen.verdict], ["the next step", seen.next], ["the earliest start", seen.start]]) {
          if (!part) problems.push(`${name} is missing`);
          else if (part.top < 0 || part.bottom > seen.viewport) problems.push(`${name} is not on the first screen (${Math.round(part.top)}-${Math.round(part.bottom)} px of ${seen.viewport})`);
        }
        if (seen.verdict && seen.verdict.text !== expected.verdict.finding.message) problems.push(`verdict "${seen.verdict.text}", expected "${expected.verdict.finding.message}"`);
        if (seen.answerScreens === null) problems.push("no plan is shown");
        else if (seen.answerScreens >= 3) problems.push(`the answer and its plan take ${seen.answerScreens.toFixed(2)} screens`);
        if (problems.length) throw new Error(problems.join("\n"));
        console.log(`        ${lang}: the answer and its plan take ${seen.answerScreens.toFixed(2)} screens`);
      } finally {
        await context.close();
      }
    });
  }
}
