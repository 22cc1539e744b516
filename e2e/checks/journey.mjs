// 1. The whole journey by keyboard only, in Kazakh, Russian and English, for every answer path;
// the verdict, the local-content figures and every deadline date on screen, and the assessment
// in the result event, must equal the engine's own `assess` of the same input (run in Node).
import path from "node:path";
import { AS_OF, PATHS } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { assess } from "../lib/engine.mjs";
import { compareResult } from "../lib/expect.mjs";
import { chooseRadio, journey, press, tabTo, typeText } from "../lib/keyboard.mjs";
import { capture, focused, lastResult, readResult, waitReady, waitStep } from "../lib/widget.mjs";

export const title = "1. Keyboard-only journeys in kk, ru and en (as-of pinned to " + AS_OF + ")";

export async function run({ server, browser, out, check, pool }) {
  await errorRecovery({ server, browser, check });
  const cases = ["kk", "ru", "en"].flatMap((lang) => PATHS.map((answerPath) => ({ lang, answerPath })));
  await pool(cases, 3, ({ lang, answerPath }) =>
    check(`journey ${lang} ${answerPath.name}`, answerPath.about, async () => {
      const context = await newContext(browser, server);
      try {
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (error) => errors.push(error.message));
        await capture(page);
        // The page says Russian and the element says nothing: the widget starts in Russian, and
        // the keyboard picks kk or en with the language buttons.
        await page.goto(fixturePage(server, { pageLang: "ru", attrs: { "as-of": AS_OF } }));
        await waitReady(page);
        const start = await page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp").lang);
        if (start !== "ru") throw new Error(`the widget started in ${start}, not in the page's language (ru)`);
        await journey(page, answerPath.input, { lang, change: answerPath.change });
        const shown = await readResult(page);
        await page.screenshot({ path: path.join(out, `journey-${lang}-${answerPath.name}.png`), fullPage: true });
        const expected = await assess({ ...answerPath.input, asOf: AS_OF, language: lang });
        const problems = compareResult(shown, await lastResult(page), expected);
        if (errors.length) problems.push(`page errors: ${errors.join("; ")}`);
        if (problems.length) throw new Error(problems.join("\n"));
      } finally {
        await context.close();
      }
    }),
  );
}

/** Errors by keyboard: the summary takes focus, its links move focus to the field, fixing works. */
async function errorRecovery({ server, browser, check }) {
  await check("journey errors by keyboard", "error summary focused; each link focuses its field; the fragment is kept", async () => {
    const context = await newContext(browser, server);
    try {
      const page = await context.newPage();
      await page.goto(fixturePage(server, { attrs: { lang: "en", "as-of": AS_OF } }));
      await waitReady(page);
      await press(page, "submit", "Enter");
      const f = await focused(page);
      if (f?.id !== "kzwp-error-summary") throw new Error(`after sending an empty step, focus is on ${JSON.stringify(f)}, not the error summary`);
      const hash = await page.evaluate(() => location.hash);
      const targets = await page.evaluate(() => [...document.querySelector("kz-work-permit").shadowRoot.querySelectorAll("#kzwp-error-summary a")].map((a) => a.dataset.target));
      if (targets.length !== 3) throw new Error(`${targets.length} errors listed for three unanswered questions`);
      for (const [i, target] of targets.entries()) {
        // Forward from the summary to the first link; back up from a field to the next ones.
        await tabTo(page, (f) => f.tag === "a" && f.target === target, { backward: i > 0, what: `the error link to #${target}` });
        await page.keyboard.press("Enter");
        const now = await focused(page);
        if (now?.id !== target) throw new Error(`the error link to #${target} moved focus to ${JSON.stringify(now)}`);
      }
      const after = await page.evaluate(() => location.hash);
      if (after !== hash) throw new Error(`following the error links changed the URL fragment from ${hash} to ${after}`);
      await typeText(page, "employer.employees", "120");
      await chooseRadio(page, "employer.smallBusiness", 1, { backward: true });
      await chooseRadio(page, "employer.kind", 0, { backward: true });
      await press(page, "submit", "Enter");
      await waitStep(page, "staff");
    } finally {
      await context.close();
    }
  });
}
