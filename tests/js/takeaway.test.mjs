// The take-away and the firm's overrides through the JS API: the .ics file parsed by an
// independent iCalendar parser (ical.js) with every event's date checked against assess, and
// overrides applied or, when invalid, reported without breaking anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const api = await import(new URL("www/pkg/kz_work_permit.js", `file://${root}`));
api.initSync({ module: readFileSync(`${root}www/pkg/kz_work_permit_bg.wasm`) });
const example = JSON.parse(readFileSync(`${root}docs/example-input.json`, "utf8"));

// The deadlines the plan holds as its steps (src/web/widget/result.rs PLAN_DEADLINES); the others
// are events of their own.
const PLAN_DEADLINES = ["vacancyPeriodEnds", "earliestApplication", "reviewDue", "feePaymentDue", "contractRegistrationDue"];

for (const language of ["kk", "ru", "en"]) {
  test(`the .ics file in ${language} parses and holds every dated step of the plan and every other date, with reminders`, () => {
    const input = { ...example, language };
    const text = api.deadlinesCalendar(input);
    assert.ok(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75), "folded at 75 octets");
    assert.ok(text.endsWith("END:VCALENDAR\r\n"));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const result = api.assess(input);
    const steps = result.plan.steps.filter((step) => step.date);
    const lastDays = result.plan.steps.filter((step) => step.latest && step.latest !== step.date);
    const others = result.deadlines.filter((d) => d.status === "computed" && d.date && !PLAN_DEADLINES.includes(d.id));
    assert.equal(events.length, steps.length + lastDays.length + others.length);
    assert.ok(steps.length >= 5);
    for (const step of steps) {
      const event = events.find((e) => e.uid.startsWith(`${step.id}-${step.date.replaceAll("-", "")}`));
      assert.ok(event, `an event for ${step.id}`);
      assert.equal(event.startDate.isDate, true, "all-day");
      assert.equal(event.startDate.toString(), step.date);
    }
    for (const step of lastDays) assert.ok(events.some((e) => e.uid.startsWith(`${step.id}-last-`) && e.startDate.toString() === step.latest), `${step.id}'s last day`);
    for (const deadline of others) assert.ok(events.some((e) => e.uid.startsWith(`${deadline.id}-`) && e.startDate.toString() === deadline.date), deadline.id);
    for (const event of events) {
      assert.ok(event.summary.length > 3);
      assert.ok(event.component.getFirstPropertyValue("dtstamp"));
      // Reminders 3 and 1 working days before, at 09:00 in Kazakhstan, none on a day already past.
      for (const alarm of event.component.getAllSubcomponents("valarm")) {
        assert.equal(alarm.getFirstPropertyValue("action"), "DISPLAY");
        const when = alarm.getFirstPropertyValue("trigger").toJSDate().toISOString();
        assert.equal(when.slice(11, 16), "04:00");
        const day = when.slice(0, 10);
        assert.ok(day >= result.asOf);
        // The working days from the reminder up to the date, the date itself not counted.
        const date = event.startDate.toString();
        const before = api.workingDaysBetween(day, date) - (api.isWorkingDay(date) ? 1 : 0) + 1;
        assert.ok([1, 3].includes(before) && api.isWorkingDay(day), `${event.uid}: ${day}`);
      }
    }
    const future = events.filter((e) => e.startDate.toString() > "2026-12-31");
    for (const event of future) assert.equal(event.component.getAllSubcomponents("valarm").length, 2, event.uid);
    if (language === "ru") assert.ok(events.some((e) => /[а-я]/.test(e.summary)));
  });
}

test("overrides apply and are cited as set by the site owner", () => {
  const overrides = { parameters: [{ id: "reviewWorkingDays", value: 7, citation: "Karatau Legal reading", url: "https://karatau.example/review" }] };
  const result = api.assess(example, overrides);
  const review = result.deadlines.find((d) => d.id === "reviewDue");
  assert.equal(review.date, "2026-04-03");
  const row = review.finding.parameters.find((p) => p.id === "reviewWorkingDays");
  assert.equal(row.setBy, "siteOwner");
  assert.equal(row.citation.act, "Karatau Legal reading");
  assert.equal(row.citation.clause, "set by the site owner");
  assert.deepEqual(result.overrideErrors, []);
});

test("an invalid override never breaks the assessment: the built-in value stays and the problem is named", () => {
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(String(message));
  try {
    for (const overrides of [{ parameters: [{ id: "reviewWorkingDays", value: "seven", citation: "x" }] }, { parameters: [{ id: "nope", value: 1, citation: "x" }] }, "not an object", 42]) {
      const result = api.assess(example, overrides);
      assert.equal(result.deadlines.find((d) => d.id === "reviewDue").date, "2026-04-02");
      assert.ok(result.overrideErrors.length >= 1);
    }
  } finally {
    console.warn = warn;
  }
  assert.ok(warnings.some((w) => w.includes("parameters[0].value") && w.includes("built-in value stays")), warnings.join("\n"));
});

test("overrides are read from JavaScript values: undefined members absent, a Date or a cycle reported without recursing", () => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    // An undefined member is absent; a Date is not a date as YYYY-MM-DD.
    const withUndefined = { parameters: [{ id: "reviewWorkingDays", value: 7, citation: "x", url: undefined }] };
    assert.deepEqual(api.assess(example, withUndefined).overrideErrors, []);
    const withDate = { parameters: [{ id: "reviewWorkingDays", value: 7, citation: "x", effectiveFrom: new Date("2026-01-01T00:00:00Z") }] };
    assert.equal(api.assess(example, withDate).overrideErrors[0].path, "parameters[0].effectiveFrom");
    // A cycle is read without following it (its fields are unknown to an override): reported,
    // and the built-in value stays.
    const cycle = { parameters: [] };
    cycle.parameters.push(cycle);
    const result = api.assess(example, cycle);
    assert.equal(result.deadlines.find((d) => d.id === "reviewDue").date, "2026-04-02");
    assert.ok(result.overrideErrors.some((e) => e.path === "parameters[0].parameters" && /unknown field/.test(e.message)), JSON.stringify(result.overrideErrors));
    assert.ok(result.overrideErrors.some((e) => e.path === "parameters[0].id"), JSON.stringify(result.overrideErrors));
    // Nesting far deeper than any override is a reported problem, not a crash.
    let deep = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    assert.ok(api.assess(example, { parameters: [{ id: "reviewWorkingDays", value: deep, citation: "x" }] }).overrideErrors.length >= 1);
  } finally {
    console.warn = warn;
  }
});
