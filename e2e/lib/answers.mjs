// The answer paths the journeys take, as the engine's input; and the same answers as the widget's
// URL fragment (`#kzwp&step=…&key=value`), for checks that start at a given step.

export const AS_OF = "2026-11-25";

const staff = (c1, c2, c3, c4) => ({
  category1: c1,
  category2: c2,
  category3: c3,
  category4: c4,
});
const company = { kind: "company", smallBusiness: false, employees: 120 };
const companyStaff = staff({ citizens: 2, foreigners: 0 }, { citizens: 5, foreigners: 1 }, { citizens: 45, foreigners: 4 }, { citizens: 50, foreigners: 0 });

/**
 * Each path: a name, what it shows, and the input (without asOf and language); `change` makes the
 * keyboard journey give a first answer and correct it on the summary with its Change button.
 */
export const PATHS = [
  {
    name: "permit-ratios-met",
    about: "permit needed (IN, category 3), local content met, all five dates",
    input: {
      employer: company,
      staff: companyStaff,
      hire: { route: "permit", category: 3, count: 1, citizenship: "IN" },
      dates: { vacancyPosted: "2026-03-06", applicationRegistered: "2026-03-20", approvalNotified: "2026-04-03", contractSigned: "2026-12-28", permitExpires: "2027-06-30" },
    },
  },
  {
    name: "eaeu-no-permit",
    about: "no permit for a citizen of Kyrgyzstan (EAEU); contract still registered",
    input: {
      employer: company,
      staff: companyStaff,
      hire: { route: "permit", category: 2, count: 1, citizenship: "KG" },
      dates: { contractSigned: "2026-11-20" },
    },
  },
  {
    name: "ratios-not-met",
    about: "categories 1-2 fall below 70 % after the hire; 3 more citizens needed",
    input: {
      employer: company,
      staff: staff({ citizens: 3, foreigners: 0 }, { citizens: 4, foreigners: 3 }, { citizens: 45, foreigners: 4 }, { citizens: 50, foreigners: 0 }),
      hire: { route: "permit", category: 1, count: 1, citizenship: "TR" },
      dates: { vacancyPosted: "2026-12-01" },
    },
  },
  {
    name: "small-business-exempt",
    about: "small business with 20 employees: local content does not apply; count corrected via Change",
    change: { key: "hire.count", first: "5" },
    input: {
      employer: { kind: "company", smallBusiness: true, employees: 20 },
      staff: staff({ citizens: 1, foreigners: 0 }, { citizens: 2, foreigners: 1 }, { citizens: 10, foreigners: 2 }, { citizens: 4, foreigners: 0 }),
      hire: { route: "permit", category: 3, count: 2, citizenship: "TR" },
      dates: { applicationRegistered: "2026-03-20" },
    },
  },
  {
    name: "intra-corporate-transfer",
    about: "intra-corporate transfer (CN, category 2) within the cap, free permit",
    input: {
      employer: company,
      staff: staff({ citizens: 2, foreigners: 0 }, { citizens: 12, foreigners: 0, intraCorporateTransfers: 5 }, { citizens: 45, foreigners: 4 }, { citizens: 50, foreigners: 0 }),
      hire: { route: "intraCorporateTransfer", category: 2, count: 1, citizenship: "CN" },
      dates: { applicationRegistered: "2026-12-29", permitExpires: "2027-12-31" },
    },
  },
  {
    name: "seasonal-other-country",
    about: "seasonal work for 200 days, no category, a country typed as a code (NP)",
    input: {
      employer: company,
      staff: companyStaff,
      hire: { route: "seasonal", count: 3, citizenship: "NP", seasonalDays: 200 },
      dates: { approvalNotified: "2026-05-04", contractSigned: "2026-05-08" },
    },
  },
];

export function path(name) {
  const found = PATHS.find((p) => p.name === name);
  if (!found) throw new Error(`no answer path ${name}`);
  return found;
}

/** The citizenship codes the widget's list offers (the [lists] countries of data/words/*.toml). */
export const LISTED = ["RU", "KG", "BY", "AM", "UZ", "TJ", "TM", "AZ", "GE", "UA", "CN", "TR", "IN", "PK", "KR", "JP", "DE", "GB", "FR", "IT", "US", "PH"];

/** The widget's answers (key → text) for an input. */
export function answersOf(input) {
  const a = {};
  const { employer, staff: s, hire, dates = {} } = input;
  if (employer) {
    a["employer.kind"] = employer.kind;
    a["employer.smallBusiness"] = employer.smallBusiness ? "yes" : "no";
    a["employer.employees"] = String(employer.employees);
  }
  for (const [category, counts] of Object.entries(s || {})) {
    for (const field of ["citizens", "foreigners", "intraCorporateTransfers"]) {
      if (counts[field]) a[`staff.${category}.${field}`] = String(counts[field]);
    }
  }
  if (hire) {
    a["hire.route"] = hire.route;
    if (hire.category) a["hire.category"] = String(hire.category);
    a["hire.count"] = String(hire.count);
    // The widget keeps a country as its code, whether it was typed as a name or a code.
    a["hire.citizenship"] = hire.citizenship;
    if (hire.seasonalDays) a["hire.seasonalDays"] = String(hire.seasonalDays);
  }
  for (const [key, value] of Object.entries(dates)) a[`dates.${key}`] = value;
  return a;
}

/** The fragment the widget reads: `#kzwp&step=<step>&key=value…`. */
export function fragmentOf(answers, step) {
  const parts = [`kzwp`, `step=${step}`];
  for (const [key, value] of Object.entries(answers)) parts.push(`${key}=${encodeURIComponent(value)}`);
  return `#${parts.join("&")}`;
}
