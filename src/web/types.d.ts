/** A date as `YYYY-MM-DD`. */
export type IsoDate = string;
export type Language = "kk" | "ru" | "en";
export type Confidence = "confirmed" | "likely" | "unconfirmed";

export interface CategoryStaff { citizens: number; foreigners: number; intraCorporateTransfers?: number; }

/** The input of `assess`: unknown fields are rejected. */
export interface AssessmentInput {
  asOf?: IsoDate;
  language?: Language;
  employer: { kind: "company" | "foreignBranch" | "stateBody"; smallBusiness: boolean; employees: number };
  staff: { category1: CategoryStaff; category2: CategoryStaff; category3: CategoryStaff; category4: CategoryStaff };
  hire: {
    route: "permit" | "intraCorporateTransfer" | "seasonal";
    category?: 1 | 2 | 3 | 4;
    count: number;
    /** ISO 3166-1 alpha-2, such as "IN". */
    citizenship: string;
    /** Required for a seasonal hire only. */
    seasonalDays?: number;
  };
  dates?: {
    vacancyPosted?: IsoDate; applicationRegistered?: IsoDate; approvalNotified?: IsoDate;
    contractSigned?: IsoDate; permitExpires?: IsoDate;
  };
}

/** One problem with the input; thrown as `error.errors`. */
export interface InputError { path: string; code: string; message: string; }

export interface Citation { act: string; clause: string; url: string; }

export interface Parameter {
  id: string;
  value: { kind: "number" | "range" | "choices" | "bands" | "codes" | "flag" | "unlimited" | "notRequired" | "unknown"; value?: unknown };
  unit: string;
  dayKind: "calendar" | "working" | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  citation: Citation;
  confidence: Confidence;
  setBy: "builtIn" | "siteOwner";
}

export interface Finding { code: string; message: string; parameters: Parameter[]; confidence: Confidence; }

export interface Day {
  date: IsoDate;
  working: boolean;
  reason: null | { kind: "weekend" | "holiday" | "movedHoliday" | "transferDayOff" | "transferWorkingDay"; holiday?: string; from?: IsoDate; workingDay?: IsoDate; dayOff?: IsoDate; act?: string };
}

export interface LocalContentGroup {
  categories: [number, number];
  minCitizenPercent: number;
  citizens: number;
  foreigners: number;
  foreignersBeforeHire: number;
  meets: boolean;
  meetsBeforeHire: boolean;
  maxForeigners: number;
  citizensToHire: number | null;
  parameters: Parameter[];
  confidence: Confidence;
}

export interface Deadline {
  id: "vacancyPeriodEnds" | "earliestApplication" | "reviewDue" | "feePaymentDue" | "contractRegistrationDue" | "extensionWindowOpens" | "extensionWindowCloses";
  status: "computed" | "needsDate" | "notApplicable" | "ruleUnclear" | "unknown" | "calendarNotCovered";
  date: IsoDate | null;
  dayKind: "calendar" | "working" | null;
  days: number | null;
  before: boolean;
  from: IsoDate | null;
  fromField: string;
  /** The citation of the rule that sets the period; every rule used is in `finding.parameters`. */
  citation: Citation | null;
  confidence: Confidence;
  skipped: Day[];
  nonWorkingDate: Day | null;
  passed: boolean | null;
  finding: Finding;
  notes: string[];
}

export interface Range { min: number; max: number; }

export interface Assessment {
  asOf: IsoDate;
  asOfGiven: boolean;
  language: Language;
  ruleSet: { id: "2023-07-01" | "2025-09-01"; starts: IsoDate; ends: IsoDate | null; act: string; url: string };
  rulesCheckedTo: IsoDate;
  permitNeeded: boolean;
  permitReason: Finding;
  localContent: {
    applies: boolean;
    exemption: null | "smallBusiness" | "foreignBranch" | "stateBody";
    meetsAll: boolean;
    finding: Finding;
    groups: LocalContentGroup[];
  };
  intraCorporateTransfer: null | { category: number; maxPercentOfCitizens: number; citizens: number; current: number; cap: number; afterHire: number; meets: boolean; finding: Finding };
  deadlines: Deadline[];
  fee: {
    kind: "general" | "seasonal" | "intraCorporateTransfer" | "none";
    mci: number | null; mciRange: Range | null; tenge: number | null; tengeRange: Range | null;
    count: number; totalTenge: number | null; totalTengeRange: Range | null;
    mciYear: number; mciValue: number | null;
    flags: ("paidAtMciOnPaymentDay" | "mciUnknownForYear" | "generalTableUnconfirmed")[];
    finding: Finding; notes: string[];
  };
  permitTerm: Finding | null;
  obligations: Finding[];
  checklist: { id: string; message: string; links: string[]; finding: Finding }[];
  openPoints: string[];
  unknownParameters: string[];
  confidence: Confidence;
  verifyWithCounsel: string | null;
  /** Problems with the overrides passed to `assess` (those overrides were ignored). */
  overrideErrors?: { path: string; message: string }[];
}

export interface RuleCatalogue {
  version: string;
  rulesCheckedTo: IsoDate;
  ruleSets: { id: string; starts: IsoDate; ends: IsoDate | null; act: string; url: string }[];
  parameters: Parameter[];
  calendar: {
    firstYear: number; lastYear: number;
    fixedHolidays: { holiday: string; month: number; day: number; fromYear: number; toYear: number; movesOffWeekend: boolean; source: string; url: string; confidence: Confidence }[];
    kurbanAit: { holiday: string; date: IsoDate; source: string; url: string; confidence: Confidence }[];
    transfers: { workingDay: IsoDate; dayOff: IsoDate; act: string; url: string; confidence: Confidence }[];
    years: { year: number; workingDays: number; confidence: Confidence; note: string }[];
    weekendRule: string;
    religiousException: string;
    exceptions: Day[];
  };
}

/** A site owner's override of one rule parameter (see the README's "Rule overrides"). */
export interface RuleOverride {
  id: string;
  value: number | boolean | { min: number; max: number };
  citation: string;
  url?: string;
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate | null;
  confidence?: Confidence;
}
export type RuleOverrides = { parameters: RuleOverride[] } | RuleOverride[];
