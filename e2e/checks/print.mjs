// 9. Print: the result's Print button prints a document of the widget's own, never the host page:
// a summary of one or two pages with the firm's name and logo, the answers, the verdict, the plan
// with its dates, the fee, the acts cited and the date of the assessment, without the interactive
// controls and without a secondary source. The host page (a long article before the element) is
// left out while the widget prints, and is back afterwards. The PDF and a screenshot of the print
// rendering are saved in target/e2e/ to look at.
import fs from "node:fs";
import path from "node:path";
import { answersOf, fragmentOf, path as answerPath } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { secondaryHosts } from "../lib/sources.mjs";
import { waitReady, waitStep } from "../lib/widget.mjs";

export const title = "9. Print: the widget's own one- or two-page summary, never the host page";

const FIRM = "Karatau Legal";
// The host's article: long enough to fill pages of its own if it were printed.
const ARTICLE = `<article id="host-article"><h2>Host article</h2>${"<p>The firm's own article about work permits, which must not be printed with the calculator's summary. ".repeat(12).concat("</p>").repeat(30)}</article>`;

/** The PDF's /Title, a literal or a UTF-16BE hex string. */
function pdfTitle(pdf) {
  const text = pdf.toString("latin1");
  const hex = text.match(/\/Title\s*<([0-9A-Fa-f\s]+)>/);
  if (hex) {
    const bytes = Buffer.from(hex[1].replace(/\s/g, ""), "hex");
    return bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString("utf16le") : bytes.toString("latin1");
  }
  const literal = text.match(/\/Title\s*\(((?:\\.|[^\\)])*)\)/);
  return literal ? literal[1] : "";
}

export async function run({ server, browser, check, out }) {
  const { input } = answerPath("permit-ratios-met");
  const attrs = { lang: "en", "as-of": "2026-11-25", "firm-name": FIRM, "contact-url": "mailto:permits@karatau-legal.example" };
  const logo = `<img slot="logo" src="/favicon.svg" alt="" width="40" height="40">`;
  const url = fixturePage(server, { attrs, before: ARTICLE, children: logo }) + fragmentOf(answersOf(input), "result");
  const context = await newContext(browser, server);
  try {
    const page = await context.newPage();
    // The print dialog is not opened in a test: window.print only counts its calls.
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => window.__printed++;
    });
    await page.goto(url);
    await waitReady(page);
    await waitStep(page, "result");
    const pageTitle = await page.title();
    await page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector("[data-action=print]").click());

    await check("print media", "the host page left out; controls hidden; firm, answers, verdict, dated plan, fee, acts and as-of date shown", async () => {
      if ((await page.evaluate(() => window.__printed)) !== 1) throw new Error("the Print button did not print");
      await page.emulateMedia({ media: "print" });
      const seen = await page.evaluate(() => {
        const host = document.querySelector("kz-work-permit");
        const root = host.shadowRoot;
        const shown = (selector) => [...root.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
        return {
          article: document.querySelector("#host-article").getClientRects().length > 0,
          heading: document.querySelector("h1").getClientRects().length > 0,
          logo: host.querySelector("img[slot=logo]").getClientRects().length > 0,
          buttons: shown("button"),
          screen: shown(".kzwp-screen-only"),
          answers: shown("[part=print] dl"),
          steps: root.querySelectorAll("[part=print] .kzwp-print-plan tr").length,
          text: root.querySelector(".kzwp").innerText,
          html: root.innerHTML,
        };
      });
      if (seen.article || seen.heading) throw new Error("the host page is printed");
      if (!seen.logo) throw new Error("the logo is not printed");
      if (seen.buttons || seen.screen) throw new Error("buttons or the interactive result are printed");
      if (!seen.answers) throw new Error("the answers are not printed");
      if (seen.steps < 5) throw new Error(`only ${seen.steps} steps of the plan`);
      for (const wanted of [FIRM, "Your answers", "Yes: you can apply", "Order No. 279", "25 November 2026", "120", "MCI"]) {
        if (!seen.text.includes(wanted)) throw new Error(`the printed text lacks "${wanted}"`);
      }
      const named = secondaryHosts().filter((host) => seen.html.includes(host));
      if (named.length) throw new Error(`secondary sources printed: ${named.join(", ")}`);
      await page.screenshot({ path: path.join(out, "print-media.png"), fullPage: true });
    });

    await check("print PDF", "Chromium's PDF has one or two A4 pages and the firm's name in its title", async () => {
      const pdf = await page.pdf({ format: "A4", printBackground: false, margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
      fs.writeFileSync(path.join(out, "result.pdf"), pdf);
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
      if (pages < 1 || pages > 2) throw new Error(`the PDF has ${pages} pages`);
      const title = pdfTitle(pdf);
      if (!title.includes(FIRM)) throw new Error(`the PDF's title is "${title}"`);
    });

    await check("after printing", "the host page and its title are back when the browser has printed", async () => {
      await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
      const after = await page.evaluate(() => ({
        article: document.querySelector("#host-article").getClientRects().length > 0,
        marked: document.querySelector("kz-work-permit").hasAttribute("data-kzwp-printing"),
        sheets: document.adoptedStyleSheets.length,
        title: document.title,
      }));
      if (!after.article || after.marked || after.sheets !== 0 || after.title !== pageTitle) throw new Error(JSON.stringify(after));
    });
  } finally {
    await context.close();
  }
}
