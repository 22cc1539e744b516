// 15. The rules page (www/rules.html) in Russian and Kazakh: each rule's clause written in the
// page's language (data/words/*.toml [clause]), and the data's note on the source shown apart,
// in English (marked lang="en"); the widget never shows a note.
import { newContext } from "../lib/browser.mjs";

export const title = "15. Rules page: clauses in the page's language, notes apart";

/** The rules page in `lang`, once the catalogue is drawn. */
async function open(context, server, lang) {
  const page = await context.newPage();
  await page.goto(new URL(`rules.html#${lang}`, server.base).href);
  await page.waitForSelector("#rules-content table");
  return page;
}

export async function run({ server, browser, check }) {
  const expected = {
    ru: { clause: "Статья, пункт: ст. 173, 175", note: "Примечание: art. 173: a period starts the day after its event" },
    kk: { clause: "Бап, тармақ: 173, 175-баптар", note: "Ескертпе: art. 173: a period starts the day after its event" },
  };
  for (const [lang, want] of Object.entries(expected)) {
    await check(`rules page ${lang}`, "the Civil Code's articles in the page's language, the note apart in English", async () => {
      const context = await newContext(browser, server);
      try {
        const page = await open(context, server, lang);
        const row = page.locator("#rules-content tr", { hasText: "vacancyPeriodCivilCodeCounting" }).first();
        const text = (await row.innerText()).replace(/\s+/g, " ");
        if (!text.includes(want.clause)) throw new Error(`no "${want.clause}" in: ${text}`);
        if (!text.includes(want.note)) throw new Error(`no "${want.note}" in: ${text}`);
        const noteLang = await row.locator(".note span").first().getAttribute("lang");
        if (noteLang !== "en") throw new Error(`the note is not marked lang="en": ${noteLang}`);
        // No English clause reference anywhere in the parameters' sources.
        const sources = (await page.locator("#parameters").innerText()).replace(/\s+/g, " ");
        const english = sources.match(/(?:Статья, пункт|Бап, тармақ): (?:art|arts|para)\. [0-9]/);
        if (english) throw new Error(`an English clause on the ${lang} page: ${english[0]}`);
      } finally {
        await context.close();
      }
    });
  }
}
