// 5. Time zones. (a) With as-of pinned, the same keyboard journey gives the same assessment and the
// same screen in five time zones from UTC-11 to UTC+14. (b) Without as-of, "today" is today in
// Kazakhstan (UTC+5) wherever the browser is: with the clock fixed around midnight UTC+5 the
// result's asOf (event and footer) is the Kazakh date, the same in every zone, and a new year
// there changes the MCI year.
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { AS_OF, answersOf, fragmentOf, path as answerPath } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { assess } from "../lib/engine.mjs";
import { compareResult, firstDifference } from "../lib/expect.mjs";
import { journey } from "../lib/keyboard.mjs";
import { formatDate } from "../lib/ui-text.mjs";
import { capture, lastResult, readResult, waitReady, waitStep } from "../lib/widget.mjs";

export const title = "5. Time zones: pinned results identical; today is today in Kazakhstan";

export const ZONES = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles", "Asia/Almaty", "UTC"];

/** Instants around midnight in Kazakhstan (UTC+5) and the Kazakh date at each. */
const INSTANTS = [
  ["2026-11-24T18:30:00Z", "2026-11-24"],
  ["2026-11-24T19:30:00Z", "2026-11-25"],
  ["2026-12-31T18:59:00Z", "2026-12-31"],
  ["2026-12-31T19:01:00Z", "2027-01-01"],
];

export async function run({ server, browser, out, check, pool }) {
  const { input } = answerPath("permit-ratios-met");

  // (a) The same journey in every zone, as-of pinned.
  const seen = new Map();
  await pool(ZONES, 2, (zone) =>
    check(`timezone pinned ${zone}`, `keyboard journey, as-of ${AS_OF}`, async () => {
      const context = await newContext(browser, server, { timezoneId: zone });
      try {
        const page = await context.newPage();
        await capture(page);
        await page.goto(fixturePage(server, { attrs: { lang: "en", "as-of": AS_OF } }));
        await waitReady(page);
        const offset = await page.evaluate(() => new Date("2026-11-25T00:00:00Z").getTimezoneOffset());
        await journey(page, input);
        const shown = await readResult(page);
        const detail = await lastResult(page);
        await page.screenshot({ path: path.join(out, `timezone-${zone.replace("/", "-")}.png`), fullPage: true });
        seen.set(zone, { shown, detail, offset });
        const problems = compareResult(shown, detail, await assess({ ...input, asOf: AS_OF, language: "en" }));
        if (problems.length) throw new Error(problems.join("\n"));
      } finally {
        await context.close();
      }
    }),
  );
  await check("timezone pinned results identical", ZONES.join(", "), async () => {
    if (seen.size !== ZONES.length) throw new Error(`only ${seen.size} zones completed`);
    const offsets = new Set([...seen.values()].map((s) => s.offset));
    if (offsets.size < 4) throw new Error(`the zones were not applied: UTC offsets ${[...offsets]}`);
    const [first, ...rest] = ZONES;
    for (const zone of rest) {
      const a = seen.get(first);
      const b = seen.get(zone);
      if (!isDeepStrictEqual(a.shown, b.shown)) throw new Error(`${zone} shows ${firstDifference(b.shown, a.shown)} (vs ${first})`);
      if (!isDeepStrictEqual(a.detail, b.detail)) throw new Error(`${zone}'s assessment differs: ${firstDifference(b.detail, a.detail)}`);
    }
  });

  // (b) No as-of: the Kazakh date, whatever the zone. One page per zone; the clock is moved and
  // the result recomputed by going to the summary and back to the result through the fragment.
  // Without dates: the fee is then charged at the MCI of the assessment's year (with a decision
  // notified, it would be the year of the payment window's last day instead).
  const undated = { ...input, dates: {} };
  const answers = answersOf(undated);
  await pool(ZONES, 2, async (zone) => {
    const context = await newContext(browser, server, { timezoneId: zone });
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(INSTANTS[0][0]));
      await capture(page);
      await page.goto(new URL("index.html", server.base).href + fragmentOf(answers, "summary"));
      await waitReady(page);
      for (const [instant, day] of INSTANTS) {
        await check(`timezone today ${zone} ${instant}`, `today in Kazakhstan is ${day}`, async () => {
          await page.clock.setFixedTime(new Date(instant));
          await page.evaluate((hash) => (location.hash = hash), fragmentOf(answers, "summary"));
          await waitStep(page, "summary");
          const before = (await page.evaluate(() => window.__kzwpResults.length));
          await page.evaluate((hash) => (location.hash = hash), fragmentOf(answers, "result"));
          await waitStep(page, "result");
          await page.waitForFunction((n) => window.__kzwpResults.length > n, before);
          const detail = await lastResult(page);
          const shown = await readResult(page);
          const problems = [];
          const now = await page.evaluate(() => new Date().toISOString());
          if (now !== new Date(instant).toISOString()) problems.push(`the page's clock reads ${now}, not ${instant}`);
          if (detail.asOf !== day) problems.push(`asOf ${detail.asOf}, expected ${day}`);
          if (detail.asOfGiven !== false) problems.push(`asOfGiven ${detail.asOfGiven} without an as-of attribute`);
          const expected = await assess({ ...undated, asOf: day, language: "en" });
          expected.asOfGiven = false;
          if (!shown.footer?.includes(formatDate(day, "en"))) problems.push(`footer "${shown.footer}" lacks ${formatDate(day, "en")}`);
          if (detail.fee?.mciYear !== Number(day.slice(0, 4))) problems.push(`MCI year ${detail.fee?.mciYear} on ${day}`);
          problems.push(...compareResult(shown, detail, expected));
          if (problems.length) throw new Error(problems.join("\n"));
        });
      }
    } finally {
      await context.close();
    }
  });
}
