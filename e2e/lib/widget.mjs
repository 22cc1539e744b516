// Reading the widget from the outside: its step, the focused control inside its shadow root, the
// result screen as data, and the `kz-work-permit-result` events it fired.

/** Install before navigation: keeps every result event's detail in window.__kzwpResults. */
export const CAPTURE_RESULTS = () => {
  window.__kzwpResults = [];
  document.addEventListener("kz-work-permit-result", (event) => {
    window.__kzwpResults.push(JSON.parse(JSON.stringify(event.detail)));
  });
};

export async function capture(page) {
  await page.addInitScript(CAPTURE_RESULTS);
}

/** Waits until the element has rendered its first step. */
export async function waitReady(page, { timeout = 20_000 } = {}) {
  await page.waitForFunction(
    () => {
      const host = document.querySelector("kz-work-permit");
      return host && host.widget && !host.hasAttribute("aria-busy") && host.shadowRoot.querySelector(".kzwp");
    },
    null,
    { timeout },
  );
}

export async function step(page) {
  return page.evaluate(() => document.querySelector("kz-work-permit")?.step ?? null);
}

export async function waitStep(page, name, { timeout = 10_000 } = {}) {
  try {
    await page.waitForFunction((name) => document.querySelector("kz-work-permit")?.step === name, name, { timeout });
  } catch {
    const errors = await page.evaluate(() => document.querySelector("kz-work-permit")?.shadowRoot?.querySelector("#kzwp-error-summary")?.innerText ?? "");
    throw new Error(`expected step ${name}, still on ${await step(page)}${errors ? ` with errors: ${errors.replace(/\s+/g, " ")}` : ""}`);
  }
}

/** The deepest focused element, described. */
export async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || "",
      name: el.getAttribute("name") || "",
      type: el.getAttribute("type") || "",
      action: el.getAttribute("data-action") || "",
      key: el.getAttribute("data-key") || "",
      target: el.getAttribute("data-target") || "",
      checked: Boolean(el.checked),
      value: typeof el.value === "string" ? el.value : "",
      text: (el.textContent || "").trim().slice(0, 60),
      inWidget: el.getRootNode() !== document,
    };
  });
}

export async function results(page) {
  return page.evaluate(() => window.__kzwpResults || []);
}

export async function lastResult(page) {
  const all = await results(page);
  return all[all.length - 1] ?? null;
}

/** The result screen as data: what a visitor reads, keyed for comparison with the assessment. */
export async function readResult(page) {
  return page.evaluate(() => {
    const root = document.querySelector("kz-work-permit").shadowRoot;
    const text = (el) => (el ? el.textContent.replace(/\s+/g, " ").trim() : null);
    const verdict = root.querySelector("[part=verdict]");
    return {
      lang: root.querySelector(".kzwp")?.getAttribute("lang"),
      heading: text(root.querySelector(".kzwp-heading")),
      verdictTitle: text(verdict?.querySelector(".kzwp-verdict-title")),
      verdict: text(verdict),
      whole: text(root.querySelector(".kzwp-result")),
      groups: [...root.querySelectorAll("table.kzwp-table")].map((table) => ({
        caption: text(table.querySelector("caption")),
        rows: [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map(text)),
        section: text(table.closest("section")),
      })),
      nextStep: text(root.querySelector("[part=next-step] .kzwp-next-title")),
      start: text(root.querySelector("[part=start]")),
      steps: [...root.querySelectorAll("[data-step]")].map((li) => ({
        id: li.getAttribute("data-step"),
        status: li.getAttribute("data-status"),
        date: li.querySelector(".kzwp-date time")?.getAttribute("datetime") ?? null,
        latest: li.querySelector(".kzwp-latest") ? text(li.querySelector(".kzwp-latest")) : null,
      })),
      ratios: text(root.querySelector("[part=ratios]")),
      deadlines: [...root.querySelectorAll("[data-deadline]")].map((li) => ({
        id: li.getAttribute("data-deadline"),
        date: li.querySelector("time")?.getAttribute("datetime") ?? null,
        shown: text(li.querySelector("time")),
      })),
      footer: text(root.querySelector(".kzwp-footer")),
      sources: [...root.querySelectorAll(".kzwp-why .kzwp-sources li")].map(text),
    };
  });
}
