// 2. axe-core (WCAG 2.0/2.1/2.2 A and AA) on every step, on four steps with validation errors
// shown, on the summary and on result screens, in kk, ru and en: zero violations. A few states are
// also checked in dark mode (prefers-color-scheme: dark).
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { AS_OF, PATHS, answersOf, fragmentOf, path as answerPath } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { waitReady, waitStep } from "../lib/widget.mjs";

export const title = "2. Accessibility: axe-core on every step, with errors, and on results, in kk, ru and en";

export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const full = answersOf(answerPath("permit-ratios-met").input);
const pick = (prefixes, extra = {}) => ({ ...Object.fromEntries(Object.entries(full).filter(([k]) => prefixes.some((p) => k.startsWith(p)))), ...extra });

/** Each state: the step it shows, the answers it starts from, and what to do before checking. */
const STATES = [
  { name: "employer", step: "employer", answers: {} },
  { name: "employer-errors", step: "employer", answers: {}, submit: true },
  { name: "staff", step: "staff", answers: pick(["employer.", "staff."]) },
  { name: "staff-errors", step: "staff", answers: pick(["employer."], { "employer.employees": "10", "staff.category3.citizens": "45", "staff.category1.foreigners": "x" }), submit: true },
  { name: "hire-seasonal-other", step: "hire", answers: pick(["employer.", "staff."], { "hire.route": "seasonal", "hire.citizenship": "NP", "hire.count": "2", "hire.seasonalDays": "90" }) },
  { name: "hire-errors", step: "hire", answers: pick(["employer.", "staff."], { "hire.route": "permit", "hire.citizenship": "Q1", "hire.count": "0" }), submit: true },
  { name: "dates", step: "dates", answers: pick(["employer.", "staff.", "hire.", "dates."]) },
  { name: "dates-errors", step: "dates", answers: pick(["employer.", "staff.", "hire."], { "dates.vacancyPosted": "2026-05-01", "dates.applicationRegistered": "2026-04-01" }), submit: true },
  { name: "summary", step: "summary", answers: full },
  ...PATHS.map((p) => ({ name: `result-${p.name}`, step: "result", answers: answersOf(p.input) })),
];

async function analyze(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations;
}

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target?.join(" ")}: ${v.nodes[0]?.failureSummary?.replace(/\s+/g, " ").slice(0, 200)}`)
    .join("\n");
}

/** Shows a state by changing the fragment (the widget follows it), then waits for the redraw. */
async function show(page, state) {
  const hash = fragmentOf(state.answers, state.step);
  if (await page.evaluate(() => location.hash) === hash) {
    // The same fragment again is no navigation: go through an empty one so the widget redraws.
    await page.evaluate(() => (location.hash = "#"));
  }
  await page.evaluate(() => {
    const container = document.querySelector("kz-work-permit")?.shadowRoot?.querySelector(".kzwp");
    if (container) container.dataset.stale = "1";
  });
  await page.evaluate((hash) => (location.hash = hash), hash);
  await page.waitForFunction(() => {
    const container = document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp");
    return container && !container.dataset.stale;
  });
  await waitStep(page, state.step);
  if (state.submit) {
    await page.locator("kz-work-permit button[type=submit]").click();
    await page.locator("kz-work-permit #kzwp-error-summary").waitFor();
  }
}

export async function run({ server, browser, out, check, pool }) {
  // One page per language (and one in dark mode); each state is reached through the fragment.
  // Every step in every language; the result of every answer path in English, and of the three
  // that differ most in layout (tables met and not met, the ICT section) in Kazakh and Russian.
  const few = ["result-permit-ratios-met", "result-ratios-not-met", "result-intra-corporate-transfer"];
  const runs = ["kk", "ru", "en"].map((lang) => ({ lang, scheme: "light", states: STATES.filter((s) => lang === "en" || s.step !== "result" || few.includes(s.name)) }));
  const dark = ["employer-errors", "hire-seasonal-other", "result-ratios-not-met"];
  runs.push({ lang: "en", scheme: "dark", states: STATES.filter((s) => dark.includes(s.name)) });
  await pool(runs, 2, async ({ lang, scheme, states }) => {
    const context = await newContext(browser, server, { colorScheme: scheme });
    try {
      const page = await context.newPage();
      await page.goto(fixturePage(server, { pageLang: lang, attrs: { lang, "as-of": AS_OF, "contact-url": "mailto:permits@firm.example" } }));
      await waitReady(page);
      for (const state of states) {
        await check(`axe ${lang} ${state.name}${scheme === "dark" ? " (dark)" : ""}`, `step ${state.step}${state.submit ? ", errors shown" : ""}`, async () => {
          await show(page, state);
          const violations = await analyze(page);
          if (violations.length) {
            const name = `axe-${lang}-${state.name}-${scheme}`;
            fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(violations, null, 2));
            await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
            throw new Error(describe(violations));
          }
        });
      }
    } finally {
      await context.close();
    }
  });
}
