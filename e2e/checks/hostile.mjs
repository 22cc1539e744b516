// 6. A hostile host page. Served WITHOUT the CSP (so escaping alone is tested): attribute values
// (contact-label `"><script>alert(1)</script>`, contact-url `javascript:alert(1)`) and answers
// (markup as a country code and as a head count, arriving in a crafted link) render as text, and
// no script runs (window.__pwned stays unset, no dialog, no request for an injected image). A host
// stylesheet `* { all: unset } html { font-size: 40px } kz-work-permit { font-size: 60px }` does
// not break the widget: on every step its buttons and inputs are visible, inside the element's
// box and the viewport, and the topmost thing at their centre; the keyboard journey still works.
import path from "node:path";
import { AS_OF, answersOf, fragmentOf, path as answerPath } from "../lib/answers.mjs";
import { fixturePage, newContext } from "../lib/browser.mjs";
import { assess } from "../lib/engine.mjs";
import { compareResult } from "../lib/expect.mjs";
import { journey } from "../lib/keyboard.mjs";
import { capture, lastResult, readResult, waitReady, waitStep } from "../lib/widget.mjs";

export const title = "6. Hostile host page: markup stays text, no script runs, layout holds";

const LABEL = `"><script>alert(1)</script>`;
const LABEL_IMG = `"><script>alert(1)</script><img src=x onerror="window.__pwned=1">`;
const SAFE_URL = `https://firm.example/contact?a="><img src=x onerror=window.__pwned=1>`;
const COUNTRY = `<img src=x onerror=window.__pwned=1>`;
const EMPLOYEES = `"><svg onload=window.__pwned=1>`;
const STYLESHEET = `<link rel="stylesheet" href="/__e2e__/hostile.css">`;

/** Markup that must not exist in the widget: script, img, svg, iframe, handlers, javascript: links. */
async function injected(page) {
  return page.evaluate(() => {
    const root = document.querySelector("kz-work-permit").shadowRoot;
    const found = [];
    for (const el of root.querySelectorAll("*")) {
      if (["SCRIPT", "IMG", "SVG", "IFRAME", "OBJECT", "EMBED"].includes(el.tagName.toUpperCase())) found.push(`<${el.tagName.toLowerCase()}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${attr.name}= on <${el.tagName.toLowerCase()}>`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${attr.name}="${attr.value}"`);
      }
    }
    return found;
  });
}

/** Every control that should be visible: its box, whether it is on top at its centre. */
async function layoutProblems(page) {
  return page.evaluate(async () => {
    const host = document.querySelector("kz-work-permit");
    const root = host.shadowRoot;
    const problems = [];
    const controls = [...root.querySelectorAll("button, input, select, textarea, a.kzwp-button, details > summary")].filter(
      (el) => !el.closest("[hidden]") && !el.closest(".kzwp-print-only") && el.type !== "hidden",
    );
    if (controls.length === 0) problems.push("no controls at all");
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.dataset.action ? `[${el.dataset.action}]` : ""}`;
    for (const el of controls) {
      el.scrollIntoView({ block: "center", inline: "center" });
      await new Promise(requestAnimationFrame);
      const r = el.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push(`${name(el)} is not visible`);
      if (r.width < 8 || r.height < 8) problems.push(`${name(el)} is ${r.width}×${r.height}`);
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`${name(el)} [${[r.left, r.top, r.right, r.bottom].map(Math.round)}] is outside the element's box [${[box.left, box.top, box.right, box.bottom].map(Math.round)}]`);
      }
      if (r.left < -1 || r.right > innerWidth + 1) problems.push(`${name(el)} is outside the viewport horizontally (${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth})`);
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const hit = root.elementFromPoint(x, y);
      const label = hit?.closest?.("label");
      if (!(hit === el || el.contains(hit) || (label && label.htmlFor === el.id))) problems.push(`${name(el)} is covered by ${hit ? name(hit) : "nothing"} at its centre`);
    }
    window.scrollTo(0, 0);
    return problems;
  });
}

/** Sizes inside the widget that must not follow the host page's root font size. */
async function metrics(page) {
  return page.evaluate(() => {
    const root = document.querySelector("kz-work-permit").shadowRoot;
    const box = (selector) => {
      const el = root.querySelector(selector);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return `${Math.round(r.width)}×${Math.round(r.height)}`;
    };
    const style = getComputedStyle(root.querySelector(".kzwp"));
    return {
      padding: style.paddingTop,
      maxWidth: style.maxWidth,
      fontSize: style.fontSize,
      radio: box("input[type=radio]"),
      shortField: box("#kzwp-employer-employees"),
      button: box("button[type=submit]"),
      heading: box(".kzwp-heading"),
    };
  });
}

async function hostilePage(context, server, attrs) {
  const page = await context.newPage();
  const dialogs = [];
  const images = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("request", (r) => /\/x$/i.test(new URL(r.url()).pathname) && images.push(r.url()));
  await capture(page);
  await page.goto(fixturePage(server, { csp: false, head: STYLESHEET, attrs: { lang: "en", "as-of": AS_OF, ...attrs } }));
  await waitReady(page);
  const ran = async () => {
    const pwned = await page.evaluate(() => window.__pwned);
    return [pwned !== undefined && `window.__pwned = ${pwned}`, dialogs.length && `dialogs: ${dialogs.join(", ")}`, images.length && `injected image requested: ${images[0]}`].filter(Boolean);
  };
  return { page, ran };
}

async function showFragment(page, hash, step) {
  await page.evaluate((hash) => (location.hash = hash), hash);
  await waitStep(page, step);
}

export async function run({ server, browser, out, check }) {
  const { input } = answerPath("permit-ratios-met");
  const context = await newContext(browser, server);
  try {
    // Page A: javascript: contact URL, script in the label, the hostile stylesheet.
    const a = await hostilePage(context, server, { "contact-url": "javascript:alert(1)", "contact-label": LABEL });

    await check("hostile stylesheet applies", "the host page's rules do reach the element itself", async () => {
      const host = await a.page.evaluate(() => {
        const style = getComputedStyle(document.querySelector("kz-work-permit"));
        return { fontSize: style.fontSize, root: getComputedStyle(document.documentElement).fontSize };
      });
      if (host.fontSize !== "60px" || host.root !== "40px") throw new Error(`the hostile stylesheet did not apply: ${JSON.stringify(host)}`);
    });

    await check("hostile root font size ignored", "sizes inside the widget equal those on a plain page", async () => {
      await showFragment(a.page, "#kzwp&step=employer", "employer");
      const plain = await context.newPage();
      try {
        await plain.goto(fixturePage(server, { attrs: { lang: "en", "as-of": AS_OF } }));
        await waitReady(plain);
        const want = await metrics(plain);
        const got = await metrics(a.page);
        const differ = Object.keys(want).filter((k) => want[k] !== got[k]).map((k) => `${k} ${got[k]} (plain page: ${want[k]})`);
        if (differ.length) throw new Error(`with html { font-size: 40px } on the host page: ${differ.join(", ")}`);
      } finally {
        await plain.close();
      }
    });

    const states = [
      ["employer", {}],
      ["staff", answersOf({ employer: input.employer, staff: input.staff })],
      ["hire", { ...answersOf({ employer: input.employer, staff: input.staff }), "hire.route": "seasonal", "hire.citizenship": "Vietnam" }],
      ["dates", answersOf(input)],
      ["summary", answersOf(input)],
      ["result", answersOf(input)],
    ];
    // At a desktop width, then at 320 CSS px (WCAG 1.4.10 reflow: a phone, or 400 % zoom).
    for (const width of [1280, 320]) {
      await a.page.setViewportSize({ width, height: 900 });
      for (const [step, answers] of states) {
        await check(`hostile layout ${step} at ${width} px`, "controls visible, inside the element and the viewport, on top", async () => {
          await showFragment(a.page, fragmentOf(answers, step), step);
          await a.page.screenshot({ path: path.join(out, `hostile-${step}-${width}.png`), fullPage: true });
          const problems = await layoutProblems(a.page);
          const overflow = await a.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          if (overflow > 1) problems.push(`the page scrolls sideways by ${overflow} px`);
          if (problems.length) throw new Error(problems.slice(0, 12).join("\n") + (problems.length > 12 ? `\n… ${problems.length - 12} more` : ""));
        });
      }
    }
    await a.page.setViewportSize({ width: 1280, height: 900 });

    await check("hostile keyboard journey", "the journey still works by keyboard under the hostile stylesheet", async () => {
      await showFragment(a.page, "#kzwp&step=employer", "employer");
      await a.page.keyboard.press("Tab");
      await journey(a.page, input);
      const expected = await assess({ ...input, asOf: AS_OF, language: "en" });
      const problems = compareResult(await readResult(a.page), await lastResult(a.page), expected);
      if (problems.length) throw new Error(problems.join("\n"));
    });

    await check("hostile contact attributes (javascript:)", "a javascript: contact URL is dropped", async () => {
      const contact = await a.page.evaluate(() => {
        const link = document.querySelector("kz-work-permit").shadowRoot.querySelector("[part=contact]");
        return link && { href: link.getAttribute("href"), text: link.textContent };
      });
      const problems = [...(await injected(a.page)), ...(await a.ran())];
      if (contact && /^\s*javascript:/i.test(contact.href)) problems.push(`the contact link goes to ${contact.href}`);
      if (problems.length) throw new Error(problems.join("\n"));
    });

    await check("hostile answers in a crafted link", "markup as a country code and a head count stays text", async () => {
      const answers = { ...answersOf(input), "hire.citizenship": COUNTRY, "employer.employees": EMPLOYEES };
      await showFragment(a.page, fragmentOf(answers, "summary"), "summary");
      const summary = await a.page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp").textContent);
      const problems = [];
      if (!summary.includes(EMPLOYEES)) problems.push(`the summary does not show the head count as text: ${EMPLOYEES}`);
      if (!summary.toUpperCase().includes(COUNTRY.toUpperCase())) problems.push(`the summary does not show the country code as text: ${COUNTRY}`);
      problems.push(...(await injected(a.page)));
      // "See the result" sends the visitor to the first step with errors, which quote the answers.
      await a.page.locator("kz-work-permit [data-action=result]").click();
      await a.page.locator("kz-work-permit #kzwp-error-summary").waitFor();
      problems.push(...(await injected(a.page)));
      // The markup typed straight into the country field, then sent.
      await showFragment(a.page, fragmentOf({ ...answersOf(input) }, "hire"), "hire");
      await a.page.evaluate((value) => {
        const field = document.querySelector("kz-work-permit").shadowRoot.getElementById("kzwp-hire-citizenship");
        field.value = value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }, COUNTRY);
      await a.page.locator("kz-work-permit button[type=submit]").click();
      await a.page.locator("kz-work-permit #kzwp-error-summary").waitFor();
      const field = await a.page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.getElementById("kzwp-hire-citizenship").value);
      if (field !== COUNTRY) problems.push(`the country field does not hold the markup as text: ${field}`);
      problems.push(...(await injected(a.page)), ...(await a.ran()));
      await a.page.screenshot({ path: path.join(out, "hostile-answers.png"), fullPage: true });
      if (problems.length) throw new Error(problems.join("\n"));
    });

    // Page B: a web contact URL with markup in it, and markup in the label.
    await check("hostile contact attributes (label)", "the label renders as text; the URL stays one attribute", async () => {
      const b = await hostilePage(context, server, { "contact-url": SAFE_URL, "contact-label": LABEL_IMG });
      await showFragment(b.page, fragmentOf(answersOf(input), "result"), "result");
      const contact = await b.page.evaluate(() => {
        const link = document.querySelector("kz-work-permit").shadowRoot.querySelector("[part=contact]");
        return link && { href: link.getAttribute("href"), text: link.textContent, children: link.children.length };
      });
      const problems = [...(await injected(b.page)), ...(await b.ran())];
      if (!contact) problems.push("no contact link for an https: URL");
      else {
        if (contact.text !== LABEL_IMG) problems.push(`the label reads ${JSON.stringify(contact.text)}`);
        if (contact.href !== SAFE_URL) problems.push(`the link goes to ${JSON.stringify(contact.href)}`);
        if (contact.children) problems.push(`the label has ${contact.children} element(s) inside`);
      }
      await b.page.screenshot({ path: path.join(out, "hostile-contact.png"), fullPage: true });
      if (problems.length) throw new Error(problems.join("\n"));
    });

    await check("hostile no script ran", "window.__pwned unset, no dialog, no injected request", async () => {
      const problems = await a.ran();
      if (problems.length) throw new Error(problems.join("\n"));
    });
  } finally {
    await context.close();
  }
}
