// The journey as a keyboard user makes it: Tab and Shift+Tab to move, arrow keys and Space in radio
// groups and lists, typing in fields, Enter and Space on buttons. No mouse, no element.fill(),
// no script setting values: what the checks read afterwards is what the keys did.
import { LISTED, answersOf } from "./answers.mjs";
import { list } from "./ui-text.mjs";
import { focused, waitStep } from "./widget.mjs";

/** Waits for the next step and checks that focus moved to its heading, as the widget promises. */
async function arrive(page, name) {
  await waitStep(page, name);
  const f = await focused(page);
  if (f?.tag !== "h2" || !f.inWidget) throw new Error(`on arriving at ${name}, focus is on ${JSON.stringify(f)}, not the step's heading`);
}

const fieldId = (key) => `kzwp-${key.replaceAll(".", "-")}`;

/** Presses Tab (or Shift+Tab) until the focused element satisfies `want`. */
export async function tabTo(page, want, { backward = false, max = 90, what = "the wanted control" } = {}) {
  const key = backward ? "Shift+Tab" : "Tab";
  let f = await focused(page);
  for (let i = 0; i < max; i++) {
    if (f && want(f)) return f;
    await page.keyboard.press(key);
    f = await focused(page);
  }
  throw new Error(`${key} ×${max} never reached ${what} (last focus: ${JSON.stringify(f)})`);
}

export async function tabToId(page, id, options = {}) {
  return tabTo(page, (f) => f.id === id, { what: `#${id}`, ...options });
}

/** Tab into a radio group, arrow keys to the option, Space if it is still unchecked. */
export async function chooseRadio(page, key, index, options = {}) {
  const id = `${fieldId(key)}-${index}`;
  let f = await tabTo(page, (f) => f.name === key && f.type === "radio", { what: `the ${key} radio group`, ...options });
  for (let i = 0; i < 8 && f.id !== id; i++) {
    const current = Number(f.id.split("-").pop());
    await page.keyboard.press(current < index ? "ArrowDown" : "ArrowUp");
    f = await focused(page);
  }
  if (f.id !== id) throw new Error(`arrow keys did not reach #${id} (at ${f.id})`);
  if (!f.checked) {
    await page.keyboard.press("Space");
    f = await focused(page);
  }
  if (!f.checked) throw new Error(`#${id} is not checked after Space`);
}

/** Tab to a text field, select what is there, type the value. */
export async function typeText(page, key, value, options = {}) {
  const id = fieldId(key);
  await tabToId(page, id, options);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  if (value !== "") await page.keyboard.type(String(value));
  const f = await focused(page);
  if (f.value !== String(value)) throw new Error(`#${id} holds ${JSON.stringify(f.value)} after typing ${JSON.stringify(value)}`);
}

/** Tab to a <select>, arrow keys until the option is chosen. */
export async function chooseOption(page, key, value, options = {}) {
  const id = fieldId(key);
  let f = await tabToId(page, id, options);
  const values = await page.evaluate(
    (id) => [...document.querySelector("kz-work-permit").shadowRoot.getElementById(id).options].map((o) => o.value),
    id,
  );
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`#${id} has no option ${value}`);
  for (let i = 0; i < values.length + 2 && f.value !== value; i++) {
    await page.keyboard.press(values.indexOf(f.value) < target ? "ArrowDown" : "ArrowUp");
    f = await focused(page);
  }
  if (f.value !== value) throw new Error(`arrow keys did not choose ${value} in #${id} (at ${f.value})`);
}

/** Tab to a date field and type the date as day.month.year, as the field's hint asks. */
export async function typeDate(page, key, iso, options = {}) {
  const [year, month, day] = iso.split("-");
  await typeText(page, key, `${day}.${month}.${year}`, options);
}

/**
 * Tab to the citizenship field and type the country: a listed one by its name in the widget's
 * language (the datalist offers it), any other by its code in lower case.
 */
export async function typeCountry(page, code, options = {}) {
  const lang = await page.evaluate(() => document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp").getAttribute("lang"));
  const index = LISTED.indexOf(code);
  await typeText(page, "hire.citizenship", index >= 0 ? list("countries", lang)[index] : code.toLowerCase(), options);
}

/** Tab to a button by its data-action (or the submit button) and press Enter or Space. */
export async function press(page, action, key = "Enter", options = {}) {
  const want = action === "submit" ? (f) => f.type === "submit" : (f) => f.action === action;
  await tabTo(page, want, { what: `the ${action} button`, ...options });
  await page.keyboard.press(key);
}

/** Switches the widget's language with its language buttons, by keyboard. */
export async function chooseLanguage(page, lang) {
  const pressed = await page.evaluate(
    (lang) => document.querySelector("kz-work-permit").shadowRoot.getElementById(`kzwp-lang-${lang}`).getAttribute("aria-pressed"),
    lang,
  );
  if (pressed === "true") return;
  await tabToId(page, `kzwp-lang-${lang}`);
  await page.keyboard.press("Enter");
  await page.waitForFunction((lang) => document.querySelector("kz-work-permit").shadowRoot.querySelector(".kzwp")?.getAttribute("lang") === lang, lang);
}

const KINDS = ["company", "foreignBranch", "stateBody"];
const ROUTES = ["permit", "intraCorporateTransfer", "seasonal"];
const DATES = ["vacancyPosted", "applicationRegistered", "approvalNotified", "contractSigned", "permitExpires", "targetStart"];

/**
 * Answers every step for `input` by keyboard, from the employer step to the result screen.
 * The employer step is answered bottom-up with Shift+Tab; the staff step is sent with Enter in a
 * field; the others with the Continue button; the summary's "See the result" with Space.
 * `change` (`{key, first}`, a text answer) answers `key` with `first`, then corrects it to the
 * input's value through the summary's Change button.
 */
export async function journey(page, input, { lang, change } = {}) {
  const a = answersOf(input);
  const typed = change ? { ...a, [change.key]: change.first } : a;
  await waitStep(page, "employer");
  if (lang) await chooseLanguage(page, lang);

  // Employer, bottom-up: the head count first, then Shift+Tab back to the two radio groups.
  await typeText(page, "employer.employees", typed["employer.employees"]);
  await chooseRadio(page, "employer.smallBusiness", a["employer.smallBusiness"] === "yes" ? 0 : 1, { backward: true });
  await chooseRadio(page, "employer.kind", KINDS.indexOf(a["employer.kind"]), { backward: true });
  await press(page, "submit", "Enter");
  await arrive(page, "staff");

  // Staff: every field in order; Enter in the last one sends the form.
  for (let category = 1; category <= 4; category++) {
    for (const field of ["citizens", "foreigners", "intraCorporateTransfers"]) {
      const key = `staff.category${category}.${field}`;
      await typeText(page, key, typed[key] ?? "");
    }
  }
  await page.keyboard.press("Enter");
  await arrive(page, "hire");

  // Hire.
  await chooseRadio(page, "hire.route", ROUTES.indexOf(a["hire.route"]));
  if (a["hire.category"]) await chooseRadio(page, "hire.category", Number(a["hire.category"]) - 1);
  await typeText(page, "hire.count", typed["hire.count"]);
  // A listed country typed by its name, any other by its code.
  await typeCountry(page, input.hire.citizenship);
  if (typed["hire.seasonalDays"]) await typeText(page, "hire.seasonalDays", typed["hire.seasonalDays"]);
  await press(page, "submit", "Enter");
  await arrive(page, "dates");

  // Dates, in order.
  for (const key of DATES) {
    if (a[`dates.${key}`]) await typeDate(page, `dates.${key}`, a[`dates.${key}`]);
  }
  await press(page, "submit", "Enter");
  await arrive(page, "summary");

  // Summary: optionally one answer corrected through its Change button (focus lands on the field;
  // Enter sends it back to the summary); then past every Change button to "See the result",
  // pressed with Space.
  if (change) {
    await tabTo(page, (f) => f.action === "change" && f.key === change.key, { what: `the Change button of ${change.key}` });
    await page.keyboard.press("Enter");
    const f = await focused(page);
    if (f?.name !== change.key) throw new Error(`Change for ${change.key} focused ${JSON.stringify(f)}, not its field`);
    await typeText(page, change.key, a[change.key]);
    await page.keyboard.press("Enter");
    await arrive(page, "summary");
  }
  await press(page, "result", "Space");
  await arrive(page, "result");
}
