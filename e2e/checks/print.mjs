// 9. Print: the result screen printed (print media, then a real PDF from Chromium) is a clean
// summary of one or two pages with the answers, the results, the citations and the date of the
// assessment, and without the interactive controls. The PDF and a screenshot of the print
// rendering are saved in target/e2e/ to look at.
import fs from "node:fs";
import path from "node:path";
import { answersOf, fragmentOf, path as answerPath } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { waitReady, waitStep } from "../lib/widget.mjs";

export const title = "9. Print: the result prints as a one- or two-page summary";

export async function run({ server, browser, check, out }) {
  const { input } = answerPath("permit-ratios-met");
  const url = fixturePage(server, { attrs: { lang: "en", "as-of": "2026-11-25" } }) + fragmentOf(answersOf(input), "result");
  const context = await newContext(browser, server);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitReady(page);
    await waitStep(page, "result");

    await check("print media", "controls hidden; answers, verdict, the dated plan, citations and as-of date shown", async () => {
      await page.emulateMedia({ media: "print" });
      const seen = await page.evaluate(() => {
        const root = document.querySelector("kz-work-permit").shadowRoot;
        const shown = (selector) => [...root.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
        return {
          buttons: shown("button"),
          answers: shown(".kzwp-print-only dl"),
          verdict: shown("[part=verdict]"),
          steps: root.querySelectorAll("[data-step] time").length,
          citations: shown(".kzwp-why li"),
          text: root.querySelector(".kzwp").innerText,
        };
      });
      if (seen.buttons) throw new Error("buttons are printed");
      if (!seen.answers) throw new Error("the answers are not printed");
      if (!seen.verdict || !seen.citations) throw new Error("the verdict or the citations are missing");
      if (seen.steps < 5) throw new Error(`only ${seen.steps} dated steps of the plan`);
      for (const wanted of ["Your answers", "Yes: you can apply", "Order No. 279", "25 November 2026", "120"]) {
        if (!seen.text.includes(wanted)) throw new Error(`the printed text lacks "${wanted}"`);
      }
      await page.screenshot({ path: path.join(out, "print-media.png"), fullPage: true });
    });

    await check("print PDF", "Chromium's PDF of the page has one or two A4 pages", async () => {
      const pdf = await page.pdf({ format: "A4", printBackground: false, margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
      fs.writeFileSync(path.join(out, "result.pdf"), pdf);
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
      if (pages < 1 || pages > 2) throw new Error(`the PDF has ${pages} pages`);
    });
  } finally {
    await context.close();
  }
}
