// 14. The first paint: while the WebAssembly is still on its way (held back here), the element
// shows the first question it carries, styled and inert, in the page's language; once the
// wasm arrives the widget takes over in place and the same question answers a click. A page
// address that holds answers shows nothing until the widget opens on their step, so the visitor
// never sees the first question flash before it.
import path from "node:path";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { waitReady, waitStep } from "../lib/widget.mjs";

export const title = "14. First paint: the first question before the wasm, then the widget in place";

/** Holds every request for a wasm of the element until `release()` is called. */
async function holdWasm(context) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await context.route(
    (url) => url.pathname.endsWith("_bg.wasm"),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

/** What the shadow root shows: its heading, whether its content is inert, the host busy. */
function shown(page) {
  return page.evaluate(() => {
    const host = document.querySelector("kz-work-permit");
    const root = host.shadowRoot;
    const container = root.querySelector(".kzwp");
    return {
      heading: root.querySelector(".kzwp-heading")?.textContent ?? null,
      inert: container?.inert ?? null,
      busy: host.hasAttribute("aria-busy"),
      widget: Boolean(host.widget),
      styled: root.adoptedStyleSheets.length > 0,
      // The stylesheet applies: the radio rows are laid out as the widget's CSS says.
      rowHeight: root.querySelector(".kzwp-radio")?.getBoundingClientRect().height ?? 0,
    };
  });
}

export async function run({ server, browser, out, check }) {
  for (const lang of ["kk", "ru", "en"]) {
    await check(`first-paint ${lang} before the wasm`, "the first question, styled and inert, then the widget in place", async () => {
      const context = await newContext(browser, server);
      try {
        const release = await holdWasm(context);
        const page = await context.newPage();
        // The element paints as its module runs, and a module runs before DOMContentLoaded: the
        // question is then part of the first frame after the script runs, with no request of its own.
        await page.addInitScript(() =>
          document.addEventListener("DOMContentLoaded", () => {
            window.__headingAtDomContentLoaded = document.querySelector("kz-work-permit")?.shadowRoot?.querySelector(".kzwp-heading")?.textContent ?? null;
          }),
        );
        await page.goto(fixturePage(server, { attrs: { lang, "no-url-state": true } }));
        await page.waitForFunction(() => document.querySelector("kz-work-permit")?.shadowRoot?.querySelector(".kzwp-heading"));
        const before = await shown(page);
        const problems = [];
        const atDomContentLoaded = await page.evaluate(() => window.__headingAtDomContentLoaded);
        if (atDomContentLoaded !== before.heading) problems.push(`at DOMContentLoaded the element showed ${JSON.stringify(atDomContentLoaded)}, not the first question`);
        if (before.widget) problems.push("the widget was mounted although its wasm was held back");
        if (!before.busy) problems.push("the element is not aria-busy while the wasm loads");
        if (before.inert !== true) problems.push("the first paint is not inert");
        if (!before.styled || before.rowHeight < 44) problems.push(`the first paint is not styled (row ${before.rowHeight} px)`);
        await page.screenshot({ path: path.join(out, `first-paint-${lang}-before-wasm.png`) });
        // Inert: a click on an answer does nothing yet.
        await page.locator("kz-work-permit .kzwp-radio label").first().click({ force: true, timeout: 2_000 }).catch(() => {});
        const checkedEarly = await page.evaluate(() => Boolean(document.querySelector("kz-work-permit").shadowRoot.querySelector("input[type=radio]:checked")));
        if (checkedEarly) problems.push("an answer could be chosen before the widget was there");

        release();
        await waitReady(page);
        const after = await shown(page);
        if (after.heading !== before.heading) problems.push(`the heading changed from "${before.heading}" to "${after.heading}"`);
        if (after.inert) problems.push("the widget's page is still inert");
        await page.locator("kz-work-permit .kzwp-radio label").first().click();
        const checked = await page.evaluate(() => Boolean(document.querySelector("kz-work-permit").shadowRoot.querySelector("input[type=radio]:checked")));
        if (!checked) problems.push("the widget does not answer a click on the first question");
        if (problems.length) throw new Error(problems.join("\n"));
      } finally {
        await context.close();
      }
    });
  }

  await check("first-paint address with answers", "no first question before the widget opens on the step the address holds", async () => {
    const context = await newContext(browser, server);
    try {
      const release = await holdWasm(context);
      const page = await context.newPage();
      const url = fixturePage(server, { attrs: { lang: "en" } });
      await page.goto(`${url}#kzwp&step=staff&employer.kind=company&employer.smallBusiness=no&employer.employees=120`);
      // The first paint would happen well within this time if it were going to.
      await page.waitForTimeout(500);
      const before = await shown(page);
      release();
      await waitStep(page, "staff");
      if (before.heading !== null) throw new Error(`"${before.heading}" was shown before the widget restored the staff step`);
    } finally {
      await context.close();
    }
  });
}
