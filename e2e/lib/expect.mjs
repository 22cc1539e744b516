// Compares a result screen (read with readResult) and the widget's result event with the engine's
// own assessment of the same input. Returns a list of differences; empty means they agree.
import { isDeepStrictEqual } from "node:util";
import { formatDate, ui, uiFill } from "./ui-text.mjs";

/**
 * The share of citizens as the widget writes it: one decimal rounded half up, in integers (as
 * text::share), "92.9%" in English, "92,9 %" in Russian and Kazakh (the no-break space read as a
 * space, as readResult reads it).
 */
function percent(citizens, foreigners, lang) {
  const total = citizens + foreigners;
  if (total === 0) return "—";
  const tenths = Math.floor((citizens * 2000 + total) / (2 * total));
  return lang === "en" ? `${Math.floor(tenths / 10)}.${tenths % 10}%` : `${Math.floor(tenths / 10)},${tenths % 10} %`;
}

/** A whole percentage (a rule's minimum), as text::percent writes it. */
const whole = (value, lang) => (lang === "en" ? `${value}%` : `${value} %`);

/** Text as readResult reads it: every run of white space (no-break spaces too) one space. */
const spaced = (text) => text.replace(/\s+/g, " ").trim();

/** The first path at which two JSON values differ. */
export function firstDifference(a, b, at = "") {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[key], b[key], `${at}.${key}`);
      if (d) return d;
    }
  }
  return `${at || "(root)"}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
}

export function compareResult(shown, detail, expected) {
  const problems = [];
  const lang = expected.language;
  const check = (ok, message) => ok || problems.push(message);

  check(shown.lang === lang, `the result is in ${shown.lang}, not ${lang}`);
  // The answer first: the verdict's sentence, the next step, the start.
  check(shown.verdictTitle === expected.verdict.finding.message, `verdict "${shown.verdictTitle}", expected "${expected.verdict.finding.message}"`);
  const plan = expected.plan;
  if (plan) {
    const actions = ["postVacancy", "fileApplication", "payFee", "registerContract"];
    const next = plan.steps.find((step) => step.status !== "done" && step.date && actions.includes(step.id));
    if (next) {
      const title = ui(`Plan${next.id[0].toUpperCase()}${next.id.slice(1)}`, lang);
      check(shown.nextStep?.startsWith(title), `next step "${shown.nextStep}", expected "${title}"`);
    }
    check(Boolean(shown.start) === Boolean(plan.earliestStart), `the start line is ${shown.start ? "shown" : "missing"}`);
    // The plan, step by step: every step with its date and status.
    const steps = plan.steps.map((step) => ({ id: step.id, status: step.status, date: step.date }));
    const seen = shown.steps.map((step) => ({ id: step.id, status: step.status, date: step.date }));
    check(isDeepStrictEqual(seen, steps), `plan shown ${JSON.stringify(seen)}, expected ${JSON.stringify(steps)}`);
  } else {
    check(shown.steps.length === 0, `a plan is shown without one in the assessment`);
  }
  const local = expected.localContent;
  if (expected.permitNeeded && local.groups.length > 0) {
    const localLine = local.applies ? `${ui("LocalContentApplies", lang)}: ${ui(local.meetsAll ? "MetAfterHire" : "NotMetAfterHire", lang)}` : ui("LocalContentExempt", lang);
    check(shown.ratios?.includes(localLine), `the ratios lack the line "${localLine}"`);
    check(shown.ratios?.includes(local.finding.message), `the ratios lack the finding "${local.finding.message}"`);
  }
  const groups = expected.permitNeeded ? local.groups : [];

  // Local-content figures, group by group.
  check(shown.groups.length === groups.length, `${shown.groups.length} local-content tables, expected ${groups.length}`);
  groups.forEach((g, i) => {
    const table = shown.groups[i];
    if (!table) return;
    const caption = spaced(uiFill("GroupCaption", lang, { first: g.categories[0], second: g.categories[1], percent: g.minCitizenPercent }));
    check(table.caption === caption, `table ${i + 1} caption "${table.caption}", expected "${caption}"`);
    const figures = table.rows.map((row) => row.slice(1));
    const want = [
      [String(g.citizens), String(g.citizens)],
      [String(g.foreignersBeforeHire), String(g.foreigners)],
      [percent(g.citizens, g.foreignersBeforeHire, lang), percent(g.citizens, g.foreigners, lang)],
      [whole(g.minCitizenPercent, lang), whole(g.minCitizenPercent, lang)],
    ];
    check(isDeepStrictEqual(figures, want), `categories ${g.categories.join("+")}: figures ${JSON.stringify(figures)}, expected ${JSON.stringify(want)}`);
    const status = ui(g.meets ? "MetAfterHire" : "NotMetAfterHire", lang);
    check(table.section.includes(status), `categories ${g.categories.join("+")}: no "${status}"`);
    const max = uiFill("MaxForeigners", lang, { count: g.maxForeigners });
    check(table.section.includes(max), `categories ${g.categories.join("+")}: no "${max}"`);
    const toHire = g.citizensToHire > 0 ? uiFill("CitizensToHire", lang, { count: g.citizensToHire }) : null;
    const anyToHire = ui("CitizensToHire", lang).split("{count}")[0];
    if (toHire) check(table.section.includes(toHire), `categories ${g.categories.join("+")}: no "${toHire}"`);
    else check(!table.section.includes(anyToHire), `categories ${g.categories.join("+")}: citizens to hire shown, expected none`);
  });
  if (expected.intraCorporateTransfer) {
    const ict = expected.intraCorporateTransfer;
    const line = uiFill("IctAfterHire", lang, { category: ict.category, count: ict.afterHire, cap: ict.cap });
    check(shown.whole.includes(line), `no ICT line "${line}"`);
    check(shown.whole.includes(ict.finding.message), `no ICT finding "${ict.finding.message}"`);
  }

  // The dates the plan does not hold (the extension window), with their dates.
  const inPlan = ["vacancyPeriodEnds", "earliestApplication", "reviewDue", "feePaymentDue", "contractRegistrationDue"];
  const others = expected.deadlines.filter((d) => d.status === "computed" && (!plan || !inPlan.includes(d.id)));
  const shownIds = shown.deadlines.map((d) => d.id).sort();
  const expectedIds = others.map((d) => d.id).sort();
  check(isDeepStrictEqual(shownIds, expectedIds), `deadlines shown ${shownIds}, expected ${expectedIds}`);
  for (const d of others) {
    const s = shown.deadlines.find((x) => x.id === d.id);
    if (s) check(s.date === d.date, `deadline ${d.id}: shown ${s.date}, expected ${d.date}`);
  }

  // The sources behind each "why?" name their act in the result's language, as the engine names
  // it (data/words/*.toml [act]), never by its English name on a Russian or Kazakh page (issue 13).
  const acts = new Set();
  JSON.stringify(expected, (key, value) => (key === "citation" && value?.act && acts.add(value.act), value));
  check(shown.sources.length > 0, `no source behind any "why?"`);
  for (const source of shown.sources) {
    check([...acts].some((act) => source.includes(act)), `the "why?" source "${source}" names no act of the assessment in ${lang}`);
  }

  // The as-of date and the rule set's act in the footer, and the event's assessment as a whole.
  const asOf = formatDate(expected.asOf, lang);
  check(shown.footer?.includes(asOf), `footer lacks the as-of date "${asOf}": "${shown.footer}"`);
  check(shown.footer?.includes(expected.ruleSet.act), `footer lacks the rule set's act "${expected.ruleSet.act}": "${shown.footer}"`);
  if (detail !== undefined) {
    const difference = firstDifference(detail, expected);
    check(!difference, `the kz-work-permit-result event differs from assess(): ${difference}`);
  }
  return problems;
}
