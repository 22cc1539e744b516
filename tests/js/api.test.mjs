// The JavaScript API of the built package (www/pkg), from Node: assess on valid and invalid
// input, the calendar functions, ruleSets and version, and the whole bad-input catalogue, which
// must throw ordinary Errors with {path, code, message}, never trap.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const api = await import(new URL("www/pkg/kz_work_permit.js", `file://${root}`));
api.initSync({ module: readFileSync(`${root}www/pkg/kz_work_permit_bg.wasm`) });

const bases = JSON.parse(readFileSync(`${root}tests/cases/bases.json`, "utf8"));

function merge(base, over) {
  if (over === null || typeof over !== "object" || Array.isArray(over) || base === null || typeof base !== "object" || Array.isArray(base)) {
    return structuredClone(over);
  }
  const out = structuredClone(base);
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete out[key];
    else out[key] = merge(out[key], value);
  }
  return out;
}

function inputOf(c) {
  return merge(c.base ? bases[c.base] : {}, c.input ?? {});
}

test("assess returns plain objects with null for absent values", () => {
  const result = api.assess(bases.company2026);
  assert.equal(result.permitNeeded, true);
  assert.equal(result.ruleSet.id, "2025-09-01");
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.ok(Array.isArray(result.deadlines));
  assert.equal(result.localContent.exemption, null);
  assert.equal(result.localContent.groups[1].citizens, 95);
  const review = result.deadlines.find((d) => d.id === "reviewDue");
  assert.equal(review.status, "needsDate");
  assert.equal(review.date, null);
  assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
});

test("assess computes the deadlines across Nauryz 2026", () => {
  const result = api.assess(merge(bases.company2026, { dates: { applicationRegistered: "2026-03-20" } }));
  const review = result.deadlines.find((d) => d.id === "reviewDue");
  assert.equal(review.date, "2026-04-02");
  assert.deepEqual(review.skipped.map((d) => d.date), ["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25", "2026-03-28", "2026-03-29"]);
});

test("invalid input throws an Error listing every problem", () => {
  const bad = merge(bases.company2026, { hire: { count: -1, citizenship: "XX" }, dates: { vacancyPosted: "2025-02-30" } });
  assert.throws(() => api.assess(bad), (error) => {
    assert.ok(error instanceof Error);
    assert.ok(!(error instanceof WebAssembly.RuntimeError));
    const found = error.errors.map((e) => `${e.path} ${e.code}`);
    assert.ok(found.includes("hire.count negative"), found.join());
    assert.ok(found.includes("hire.citizenship unknownCountry"), found.join());
    assert.ok(found.includes("dates.vacancyPosted invalidDate"), found.join());
    assert.ok(error.errors.every((e) => typeof e.message === "string" && e.message.length > 0));
    return true;
  });
});

test("messages follow the input's language", () => {
  const bad = merge(bases.company2026, { language: "ru", hire: { count: 0 } });
  assert.throws(() => api.assess(bad), (error) => /1/.test(error.errors[0].message) && /[а-я]/.test(error.errors[0].message));
});

test("every bad input of the catalogue throws an Error, never a trap", () => {
  const dir = `${root}tests/cases/`;
  let checked = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "bases.json")) {
    for (const c of JSON.parse(readFileSync(dir + file, "utf8")).filter((c) => c.errors)) {
      let thrown = null;
      try {
        api.assess(inputOf(c));
      } catch (error) {
        thrown = error;
      }
      assert.ok(thrown instanceof Error, `${c.name}: expected an Error`);
      assert.ok(!(thrown instanceof WebAssembly.RuntimeError), `${c.name}: trapped`);
      for (const expected of c.errors) {
        assert.ok(thrown.errors.some((e) => e.path === expected.path && e.code === expected.code), `${c.name}: ${expected.path} ${expected.code} in ${JSON.stringify(thrown.errors)}`);
      }
      checked++;
    }
  }
  assert.ok(checked >= 30, `only ${checked} bad inputs`);
});

test("hostile values never trap", () => {
  const hostile = [undefined, null, 42, "text", [], [1, 2], { employer: [] }, { employer: { employees: 4294967295 } },
    merge(bases.company2026, { employer: { employees: 4294967295 }, staff: { category1: { citizens: 4294967295, foreigners: 4294967295 } } }),
    merge(bases.company2026, { hire: { count: Number.MAX_VALUE } }), merge(bases.company2026, { hire: { count: NaN } }),
    merge(bases.company2026, { hire: { count: Infinity } }), merge(bases.company2026, { asOf: "9999-12-31" }),
    merge(bases.company2026, { dates: { permitExpires: "\u0000" } }), merge(bases.company2026, { hire: { citizenship: "<img src=x onerror=alert(1)>" } })];
  for (const value of hostile) {
    try {
      api.assess(value);
    } catch (error) {
      assert.ok(!(error instanceof WebAssembly.RuntimeError), `trapped on ${JSON.stringify(value)}`);
      assert.ok(error instanceof Error);
    }
  }
});

test("the calendar functions", () => {
  assert.equal(api.isWorkingDay("2026-03-24"), false);
  assert.equal(api.isWorkingDay("2024-05-04"), true);
  assert.equal(api.addWorkingDays("2026-03-20", 6), "2026-04-02");
  assert.equal(api.addWorkingDays("2026-03-20", 0), "2026-03-20");
  assert.equal(api.workingDaysBetween("2026-03-20", "2026-04-02"), 6);
  assert.equal(api.workingDaysBetween("2026-04-02", "2026-03-20"), -6);
  for (const call of [() => api.isWorkingDay("2031-01-06"), () => api.addWorkingDays("2026-13-01", 1), () => api.addWorkingDays("2026-03-20", -1),
    () => api.addWorkingDays("2026-03-20", 1.5), () => api.workingDaysBetween("x", "2026-01-01"), () => api.addWorkingDays("2030-12-30", 5)]) {
    assert.throws(call, (error) => error instanceof Error && !(error instanceof WebAssembly.RuntimeError) && Array.isArray(error.errors));
  }
});

test("ruleSets lists every parameter with its citation and confidence", () => {
  const catalogue = api.ruleSets();
  assert.deepEqual(catalogue.ruleSets.map((s) => s.id), ["2023-07-01", "2025-09-01"]);
  assert.ok(catalogue.parameters.length >= 40);
  for (const p of catalogue.parameters) {
    assert.ok(p.id && p.citation.act && typeof p.citation.clause === "string" && typeof p.note === "string", JSON.stringify(p));
    assert.ok(["confirmed", "likely", "unconfirmed"].includes(p.confidence));
  }
  assert.deepEqual(catalogue.calendar.years.map((y) => y.workingDays), [246, 249, 246, 247, 247, 245, 247, 247]);
  assert.deepEqual(catalogue.calendar.years.map((y) => y.status), ["official", "official", "official", "official", "projected", "projected", "projected", "projected"]);
  assert.equal(catalogue.calendar.lastYear, 2030);
  // Each fact's official address and its secondary sources are apart, as in the rule table.
  for (const fact of [...catalogue.calendar.fixedHolidays, ...catalogue.calendar.kurbanAit, ...catalogue.calendar.transfers]) {
    assert.ok(fact.source.act && fact.source.clause && Array.isArray(fact.source.evidence), JSON.stringify(fact));
    assert.ok(fact.source.url === "" || /^https:\/\/adilet\.zan\.kz\//.test(fact.source.url), fact.source.url);
  }
  assert.match(api.version(), /^\d+\.\d+\.\d+$/);
});

test("ruleSets(language) gives every parameter's label and every holiday's name in that language", () => {
  const ids = [...new Set(api.ruleSets().parameters.map((p) => p.id))];
  const en = api.ruleSets();
  assert.equal(en.language, "en");
  assert.equal(en.labels.eaeuMemberStates, "EAEU member states (their citizens need no permit)");
  assert.equal(en.holidays.kurbanAit, "Kurban Ait");
  for (const language of ["kk", "ru", "en"]) {
    const catalogue = api.ruleSets(language);
    assert.equal(catalogue.language, language);
    assert.deepEqual(Object.keys(catalogue.labels).sort(), [...ids].sort());
    for (const id of ids) assert.ok(catalogue.labels[id] && catalogue.labels[id] !== id, `${language} ${id}`);
    assert.equal(Object.keys(catalogue.holidays).length, 12);
  }
  assert.equal(api.ruleSets("ru").labels.mci, "Месячный расчётный показатель (МРП)");
  assert.equal(api.ruleSets("kk").holidays.nauryz, "Наурыз мейрамы");
  assert.throws(() => api.ruleSets("de"), (error) => error instanceof Error && error.errors[0].path === "language");
});

test("ruleSets(language) writes each clause in that language and gives the data's note apart", () => {
  const civil = (language) => api.ruleSets(language).parameters.find((p) => p.id === "vacancyPeriodCivilCodeCounting");
  assert.equal(civil("en").citation.clause, "arts. 173, 175");
  assert.equal(civil("ru").citation.clause, "ст. 173, 175");
  assert.equal(civil("kk").citation.clause, "173, 175-баптар");
  // The note is the data's English, the same in every language, and never in the clause.
  for (const language of ["kk", "ru", "en"]) assert.match(civil(language).note, /by our reading/);
  const tax = api.ruleSets("ru").parameters.find((p) => p.id === "feePaidAtMciOnPaymentDay" && p.citation.clause);
  assert.equal(tax.citation.clause, "ст. 616, п. 1");
  // No clause was verified: no clause, and the confidence says the rest.
  const visa = api.ruleSets("ru").parameters.find((p) => p.id === "workVisaWorkingDays");
  assert.equal(visa.citation.clause, "");
  assert.match(visa.note, /^not in the Rules/);
});

test("ruleSets(language) gives every parameter's explanation and every row's evidence", () => {
  const ids = [...new Set(api.ruleSets().parameters.map((p) => p.id))];
  for (const language of ["kk", "ru", "en"]) {
    const catalogue = api.ruleSets(language);
    assert.deepEqual(Object.keys(catalogue.explanations).sort(), [...ids].sort());
    for (const id of ids) {
      const explanation = catalogue.explanations[id];
      assert.ok(explanation && explanation !== catalogue.labels[id] && !/[0-9]/.test(explanation), `${language} ${id}: ${explanation}`);
    }
  }
  const { parameters } = api.ruleSets();
  for (const p of parameters) {
    assert.ok(Array.isArray(p.evidence), JSON.stringify(p));
    for (const e of p.evidence) assert.ok(e.title && /^https?:\/\//.test(e.address) && (e.date === null || typeof e.date === "string"), JSON.stringify(e));
  }
  // The first row (EAEU member states) rests on one article, with no date given.
  assert.deepEqual(parameters[0].evidence, [{ title: "Newland Chase: Kazakhstan immigration", address: "https://newlandchase.com/immigration-capabilities/asia-pacific/kazakhstan/", date: null }]);
  assert.ok(parameters.some((p) => p.evidence.some((e) => e.date === "2025-09")));
});
