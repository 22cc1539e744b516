// The JavaScript API example: a firm's own form that calls the engine directly (no widget).
// Builds an AssessmentInput (see src/web/types.d.ts) from the form, calls assess(), and renders
// a short result of its own; input errors are listed above the form and next to their fields.
// Everything is built with DOM calls (never innerHTML), so the page's strict CSP holds.
import init, { assess, isWorkingDay, addWorkingDays, ruleSets, version } from "./pkg/kz_work_permit.js";
import { $, h } from "./dom.js";


const numberFormat = new Intl.NumberFormat("en-GB");
const dateFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** `2026-11-30` as a <time> reading "Mon 30 Nov 2026". */
function dateNode(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  return h("time", { datetime: iso }, Number.isNaN(date.getTime()) ? iso : dateFormat.format(date));
}

const CONFIDENCE = { confirmed: "confirmed", likely: "likely", unconfirmed: "unconfirmed" };
/** A visible text mark of how sure the source is. */
const confidenceMark = (confidence) => ` [${CONFIDENCE[confidence] ?? confidence}]`;

// ---------------------------------------------------------------- the form → AssessmentInput

/** Drops undefined members so the engine sees missing answers as missing. */
function compact(value) {
  if (Array.isArray(value) || value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) out[key] = compact(member);
  }
  return out;
}

const staffMode = () => document.querySelector('input[name="staffMode"]:checked').value;

/** Input ids that hold numbers, with the engine path each one feeds, for the current mode. */
function numberFields() {
  const fields = {
    "employer-employees": "employer.employees",
    "hire-count": "hire.count",
  };
  if ($("hire-route").value === "seasonal") fields["hire-seasonal-days"] = "hire.seasonalDays";
  if (staffMode() === "groups") {
    Object.assign(fields, {
      "g12-citizens": "staff.category2.citizens",
      "g12-foreigners": "staff.category2.foreigners",
      "g34-citizens": "staff.category3.citizens",
      "g34-foreigners": "staff.category3.foreigners",
    });
  } else {
    for (const n of [1, 2, 3, 4]) {
      fields[`c${n}-citizens`] = `staff.category${n}.citizens`;
      fields[`c${n}-foreigners`] = `staff.category${n}.foreigners`;
    }
  }
  return fields;
}

/** The field that shows an error at `path` (the closest ancestor path that has one). */
function fieldFor(path) {
  const byPath = {
    "employer.kind": "employer-kind",
    "employer.smallBusiness": "employer-small",
    "hire.route": "hire-route",
    "hire.category": "hire-category",
    "hire.citizenship": "hire-citizenship",
    "dates.vacancyPosted": "dates-vacancy",
    "dates.applicationRegistered": "dates-registered",
  };
  for (const [id, fieldPath] of Object.entries(numberFields())) byPath[fieldPath] = id;
  for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    if (byPath[p]) return $(byPath[p]);
  }
  return null;
}

function readNumber(id) {
  const raw = $(id).value.trim();
  return raw === "" ? undefined : Number(raw);
}

/** The engine input, and the problems the browser already knows of (text typed into a number box). */
function readForm() {
  const local = [];
  for (const [id, path] of Object.entries(numberFields())) {
    if ($(id).validity.badInput) local.push({ path, code: "notANumber", message: "Enter a number, such as 12." });
  }
  const pair = (c, f) => ({ citizens: readNumber(c), foreigners: readNumber(f) });
  const none = { citizens: 0, foreigners: 0 };
  const staff = staffMode() === "groups"
    ? { category1: none, category2: pair("g12-citizens", "g12-foreigners"), category3: pair("g34-citizens", "g34-foreigners"), category4: none }
    : Object.fromEntries([1, 2, 3, 4].map((n) => [`category${n}`, pair(`c${n}-citizens`, `c${n}-foreigners`)]));
  const route = $("hire-route").value;
  const input = {
    language: "en",
    employer: {
      kind: $("employer-kind").value,
      smallBusiness: $("employer-small").checked,
      employees: readNumber("employer-employees"),
    },
    staff,
    hire: {
      route,
      category: route === "seasonal" ? undefined : Number($("hire-category").value),
      count: readNumber("hire-count"),
      citizenship: $("hire-citizenship").value.trim().toUpperCase(),
      seasonalDays: route === "seasonal" ? readNumber("hire-seasonal-days") : undefined,
    },
    dates: {
      vacancyPosted: $("dates-vacancy").value || undefined,
      applicationRegistered: $("dates-registered").value || undefined,
    },
  };
  return { input: compact(input), local };
}

// ---------------------------------------------------------------- errors

function labelOf(field) {
  const label = document.querySelector(`label[for="${field.id}"]`);
  return label ? label.textContent.trim() : field.id;
}

function clearErrors() {
  for (const p of document.querySelectorAll("[data-error-for]")) {
    const field = $(p.dataset.errorFor);
    if (field) {
      field.removeAttribute("aria-invalid");
      const ids = (field.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== p.id);
      if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
      else field.removeAttribute("aria-describedby");
    }
    p.remove();
  }
  const summary = $("error-summary");
  summary.hidden = true;
  summary.replaceChildren();
}

function showErrors(errors) {
  const items = [];
  const shown = new Set();
  for (const error of errors) {
    const field = fieldFor(error.path);
    if (field && !shown.has(field.id)) {
      shown.add(field.id);
      const id = `${field.id}-error`;
      const message = h("p", { id, class: "field-error", "data-error-for": field.id }, h("strong", {}, "Error: "), error.message);
      // Between the label and the control; a checkbox sits inside its label, so after the label.
      const anchor = field.closest("label") ?? field;
      anchor.insertAdjacentElement(field.closest("label") ? "afterend" : "beforebegin", message);
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", [field.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
    } else if (field) {
      $(`${field.id}-error`).append(" ", error.message);
    }
    const text = field ? `${labelOf(field)}: ${error.message}` : `${error.path || "Input"}: ${error.message}`;
    items.push(h("li", {}, field ? h("a", { href: `#${field.id}`, "data-focus": field.id }, text) : text));
  }
  const summary = $("error-summary");
  summary.replaceChildren(
    h("h3", {}, errors.length === 1 ? "There is a problem" : `There are ${errors.length} problems`),
    h("ul", {}, items),
  );
  summary.hidden = false;
  summary.focus();
}

// A link in the summary moves focus to its field (a bare fragment link would only scroll).
$("error-summary").addEventListener("click", (event) => {
  const link = event.target.closest("a[data-focus]");
  if (!link) return;
  event.preventDefault();
  const field = $(link.dataset.focus);
  field.focus();
  field.scrollIntoView({ block: "center" });
});

// ---------------------------------------------------------------- the result

const DEADLINES = {
  vacancyPeriodEnds: "Vacancy has been posted for the full period",
  earliestApplication: "Earliest day to apply",
  reviewDue: "Review of the application due",
  feePaymentDue: "Fee payment due",
  contractRegistrationDue: "Contract registered in ESUTD",
  extensionWindowOpens: "Extension window opens",
  extensionWindowCloses: "Extension window closes",
};
/** The same deadlines as they read inside a sentence. */
const LATER = {
  feePaymentDue: "paying the fee",
  contractRegistrationDue: "registering the contract in ESUTD",
  extensionWindowOpens: "the opening of the extension window",
  extensionWindowCloses: "the close of the extension window",
};
const FROM_FIELDS = {
  "dates.vacancyPosted": "the vacancy was posted",
  "dates.applicationRegistered": "the application was registered",
  "dates.approvalNotified": "the approval notice",
  "dates.contractSigned": "the contract was signed",
  "dates.permitExpires": "the permit expires",
};
/** Dates this form asks for; deadlines waiting for any other date are summed up in one line. */
const ASKED = new Set(["dates.vacancyPosted", "dates.applicationRegistered"]);

function counting(d) {
  if (d.days === null || d.from === null) return "";
  const kind = d.dayKind === "working" ? "working" : "calendar";
  const unit = `${d.days} ${kind} day${d.days === 1 ? "" : "s"}`;
  const when = d.before ? `before ${FROM_FIELDS[d.fromField] ?? d.fromField}` : `after ${FROM_FIELDS[d.fromField] ?? d.fromField}`;
  return h("span", {}, `${unit} ${when} (`, dateNode(d.from), ")");
}

function deadlineStatus(d) {
  switch (d.status) {
    case "computed":
      return [dateNode(d.date), d.passed ? " (passed)" : ""];
    case "needsDate":
      return `Enter the date ${FROM_FIELDS[d.fromField] ?? d.fromField}`;
    case "ruleUnclear":
      return "The rule is unclear for this case";
    case "calendarNotCovered":
      return "Outside the known working-day calendar";
    case "unknown":
      return "Not known";
    default:
      return d.status;
  }
}

function renderLocalContent(a) {
  const lc = a.localContent;
  const out = [h("h4", {}, "Local content"), h("p", {}, lc.finding.message, confidenceMark(lc.finding.confidence))];
  if (!lc.applies || !lc.groups.length) return out;
  const rows = lc.groups.map((g) =>
    h("tr", {},
      h("th", { scope: "row" }, `Categories ${g.categories[0]}–${g.categories[1]}`),
      h("td", {}, `${g.minCitizenPercent} %`),
      h("td", {}, numberFormat.format(g.citizens)),
      h("td", {}, numberFormat.format(g.foreigners)),
      h("td", {}, numberFormat.format(g.maxForeigners)),
      h("td", {}, g.meets ? "Yes" : "No"),
      h("td", {}, g.citizensToHire === null ? "—" : numberFormat.format(g.citizensToHire)),
    ));
  out.push(h("div", { class: "table-wrap", role: "region", "aria-labelledby": "lc-caption", tabindex: "0" },
    h("table", {},
      h("caption", { id: "lc-caption" }, "Citizens and foreigners after the hire"),
      h("thead", {}, h("tr", {}, ["Group", "Minimum share of citizens", "Citizens", "Foreigners", "Most foreigners allowed", "Meets the ratio", "Citizens to hire first"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows))));
  return out;
}

function renderDeadlines(a) {
  const shown = a.deadlines.filter((d) => d.status !== "notApplicable" && !(d.status === "needsDate" && !ASKED.has(d.fromField)));
  const later = a.deadlines.filter((d) => d.status === "needsDate" && !ASKED.has(d.fromField));
  const out = [h("h4", {}, "Deadlines")];
  if (shown.length) {
    out.push(h("div", { class: "table-wrap", role: "region", "aria-labelledby": "deadlines-caption", tabindex: "0" },
      h("table", {},
        h("caption", { id: "deadlines-caption" }, "Deadlines on the Kazakh working-day calendar"),
        h("thead", {}, h("tr", {}, ["Deadline", "Date", "How it is counted", "Rule"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, shown.map((d) =>
          h("tr", {},
            h("th", { scope: "row" }, DEADLINES[d.id] ?? d.id),
            h("td", {}, deadlineStatus(d)),
            h("td", {}, counting(d), d.skipped.length ? ` — ${d.skipped.length} non-working day${d.skipped.length === 1 ? "" : "s"} skipped` : ""),
            h("td", {}, d.finding.message, confidenceMark(d.finding.confidence), d.notes.map((n) => [" ", n])),
          ))))));
  }
  if (later.length) {
    out.push(h("p", {}, `Later deadlines need dates this form does not ask for: ${later.map((d) => LATER[d.id] ?? d.id).join("; ")}.`));
  }
  return out;
}

function renderFee(a) {
  const fee = a.fee;
  const tenge = (n) => `${numberFormat.format(n)} tenge`;
  let line;
  if (fee.kind === "none") {
    line = "No fee.";
  } else if (fee.totalTenge !== null) {
    line = `${tenge(fee.totalTenge)}${fee.count > 1 ? ` for ${fee.count} permits (${tenge(fee.tenge)} each)` : ""}: ${fee.mci} MCI at ${tenge(fee.mciValue)} (MCI ${fee.mciYear}).`;
  } else if (fee.totalTengeRange !== null) {
    const r = fee.totalTengeRange;
    line = `From ${tenge(r.min)} to ${tenge(r.max)}${fee.count > 1 ? ` for ${fee.count} permits` : ""}`;
    if (fee.mciRange) line += `: ${fee.mciRange.min}–${fee.mciRange.max} MCI per permit at ${tenge(fee.mciValue)} (MCI ${fee.mciYear})`;
    line += ".";
  } else if (fee.mci !== null) {
    line = `${fee.mci} MCI per permit; the tenge amount is not known for ${fee.mciYear}.`;
  } else if (fee.mciRange !== null) {
    line = `${fee.mciRange.min}–${fee.mciRange.max} MCI per permit; the tenge amount is not known for ${fee.mciYear}.`;
  } else {
    line = "Not known.";
  }
  return [
    h("h4", {}, "Fee"),
    h("p", {}, h("strong", {}, line)),
    h("p", {}, fee.finding.message, confidenceMark(fee.finding.confidence)),
    fee.notes.length ? h("ul", {}, fee.notes.map((n) => h("li", {}, n))) : null,
  ];
}

function renderResult(a) {
  const ict = a.intraCorporateTransfer;
  return [
    h("p", {}, h("strong", {}, `Permit needed: ${a.permitNeeded ? "yes" : "no"}. `), a.permitReason.message, confidenceMark(a.permitReason.confidence)),
    h("p", {}, "Rules applied as of ", dateNode(a.asOf), `: ${a.ruleSet.act}.`),
    renderLocalContent(a),
    ict
      ? [h("h4", {}, "Intra-corporate transfer cap"),
        h("p", {}, `Category ${ict.category}: at most ${ict.maxPercentOfCitizens} % of ${ict.citizens} citizens, so ${ict.cap} transferees; ${ict.afterHire} after this hire — ${ict.meets ? "within the cap" : "over the cap"}. `, ict.finding.message, confidenceMark(ict.finding.confidence))]
      : null,
    renderDeadlines(a),
    renderFee(a),
    a.verifyWithCounsel ? h("p", {}, h("strong", {}, "Check with counsel: "), a.verifyWithCounsel) : null,
  ];
}

// ---------------------------------------------------------------- calendar tool

function calendarTool(event) {
  event.preventDefault();
  const out = $("calendar-result");
  const dateField = $("calendar-date");
  const daysField = $("calendar-days");
  for (const field of [dateField, daysField]) field.removeAttribute("aria-invalid");
  const date = dateField.value;
  const raw = daysField.value.trim();
  const problems = [];
  if (!date) problems.push([dateField, "Enter a date."]);
  if (raw === "" || daysField.validity.badInput) problems.push([daysField, "Enter a whole number of working days, such as 5."]);
  let lines = [];
  if (!problems.length) {
    try {
      lines.push(h("p", {}, dateNode(date), isWorkingDay(date) ? " is a working day in Kazakhstan." : " is not a working day in Kazakhstan."));
      const result = addWorkingDays(date, Number(raw));
      lines.push(h("p", {}, `${raw} working day${Number(raw) === 1 ? "" : "s"} after `, dateNode(date), ": ", h("strong", {}, dateNode(result)), "."));
    } catch (error) {
      lines = [];
      for (const e of error.errors ?? [{ path: "", message: error.message }]) problems.push([e.path === "n" ? daysField : dateField, e.message]);
    }
  }
  for (const [field] of problems) field.setAttribute("aria-invalid", "true");
  if (problems.length) {
    lines = problems.map(([field, message]) => h("p", { class: "field-error" }, h("strong", {}, "Error: "), `${labelOf(field)}: ${message}`));
  }
  out.replaceChildren(...lines);
}

// ---------------------------------------------------------------- wiring

function syncVisibility() {
  const groups = staffMode() === "groups";
  $("staff-groups").hidden = !groups;
  $("staff-categories").hidden = groups;
  const seasonal = $("hire-route").value === "seasonal";
  $("hire-category-field").hidden = seasonal;
  $("hire-seasonal-field").hidden = !seasonal;
}

function onStaffModeChange() {
  // Going from four categories to two groups, carry the sums over.
  if (staffMode() === "groups") {
    const sum = (a, b) => {
      const x = readNumber(a);
      const y = readNumber(b);
      return x === undefined && y === undefined ? "" : String((x || 0) + (y || 0));
    };
    $("g12-citizens").value = sum("c1-citizens", "c2-citizens");
    $("g12-foreigners").value = sum("c1-foreigners", "c2-foreigners");
    $("g34-citizens").value = sum("c3-citizens", "c4-citizens");
    $("g34-foreigners").value = sum("c3-foreigners", "c4-foreigners");
  }
  syncVisibility();
}

function onAssess(event) {
  event.preventDefault();
  clearErrors();
  const { input, local } = readForm();
  const result = $("result");
  let assessment;
  let errors = local;
  try {
    assessment = assess(input);
  } catch (error) {
    const known = new Set(local.map((e) => e.path));
    errors = [...local, ...(error.errors ?? [{ path: "", code: "error", message: error.message }]).filter((e) => !known.has(e.path))];
  }
  if (errors.length) {
    result.replaceChildren(h("p", {}, `No result: the form has ${errors.length === 1 ? "a problem" : `${errors.length} problems`}, listed above the form.`));
    showErrors(errors);
    return;
  }
  result.replaceChildren(...renderResult(assessment).flat(Infinity).filter(Boolean));
}

async function main() {
  try {
    await init();
  } catch (error) {
    $("engine-status").textContent = "The engine could not load. Please reload the page.";
    console.error("api-example:", error);
    return;
  }
  const catalogue = ruleSets();
  $("engine-status").replaceChildren(`Engine version ${version()} loaded; rules checked to `, dateNode(catalogue.rulesCheckedTo), ".");
  for (const radio of document.querySelectorAll('input[name="staffMode"]')) radio.addEventListener("change", onStaffModeChange);
  $("hire-route").addEventListener("change", syncVisibility);
  $("assess-form").addEventListener("submit", onAssess);
  $("calendar-form").addEventListener("submit", calendarTool);
  syncVisibility();
  $("assess-button").disabled = false;
  $("calendar-button").disabled = false;
}

main();
