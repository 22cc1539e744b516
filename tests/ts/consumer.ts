// A consumer of the JavaScript API as a firm's TypeScript code would write it. It is compiled, not
// run: `tsc --strict` must accept every ordinary line and reject every line marked as an expected
// error (tsc fails when such a line compiles), which proves the generated types are
// precise: string unions for enums, null where a value can be null, numbers where counts are.
import init, { assess, ruleSets } from "../../www/pkg/kz_work_permit.js";
import type {
  AssessmentInput, AssessmentResult, Confidence, Deadline, DeadlineId, ErrorCode, InputError,
  Language, Parameter, ParameterId, RuleCatalogue, RuleOverrides, Value,
} from "../../www/pkg/kz_work_permit.js";

const input: AssessmentInput = {
  asOf: "2026-11-25",
  language: "ru",
  employer: { kind: "company", smallBusiness: false, employees: 150 },
  staff: {
    category1: { citizens: 2, foreigners: 0 },
    category2: { citizens: 5, foreigners: 1 },
    category3: { citizens: 45, foreigners: 4, intraCorporateTransfers: 0 },
    category4: { citizens: 50, foreigners: 0 },
  },
  hire: { route: "permit", category: 3, count: 2, citizenship: "CN", sectorGroup: "a" },
  // targetStart: the day the employer wants the worker to start (optional, like every date).
  dates: { vacancyPosted: "2026-03-06", targetStart: "2026-06-01" },
};

const overrides: RuleOverrides = { parameters: [{ id: "reviewWorkingDays", value: 7, citation: "Our reading" }] };

export async function consume(): Promise<string> {
  await init();
  const result: AssessmentResult = assess(input, overrides);
  const language: Language = result.language;
  const confidence: Confidence = result.confidence;
  const needed: boolean = result.permitNeeded;
  // A value that can be absent is typed with null, so it must be checked before use.
  const exemption = result.localContent.exemption;
  const exemptionText: string = exemption === null ? "none" : exemption;
  const verify: string | null = result.verifyWithCounsel;
  const ids: DeadlineId[] = result.deadlines.map((deadline: Deadline) => deadline.id);
  const dates: (string | null)[] = result.deadlines.map((deadline) => deadline.date);
  const citizensToHire: number | null = result.localContent.groups[0].citizensToHire;
  const problems: string[] = result.overrideErrors.map((problem) => `${problem.path}: ${problem.message}`);
  const parameter: Parameter = result.permitReason.parameters[0];
  const id: ParameterId = parameter.id;
  const value: Value = parameter.value;
  const number = value.kind === "number" ? value.value : null;
  const catalogue: RuleCatalogue = ruleSets();
  const mciLabel: string = ruleSets("kk").labels.mci;
  const mciExplanation: string = ruleSets("kk").explanations.mci;
  const evidenceDate: string | null = catalogue.parameters[0].evidence[0].date;
  const codes: ErrorCode[] = ([] as InputError[]).map((error) => error.code);

  // @ts-expect-error: a language the contract does not have
  const wrongLanguage: Language = "de";
  // @ts-expect-error: an employer kind that is not one of the enum's values
  const wrongKind: AssessmentInput["employer"]["kind"] = "ngo";
  // @ts-expect-error: a sector group the fee table does not have
  const wrongGroup: AssessmentInput["hire"]["sectorGroup"] = "d";
  // @ts-expect-error: a count given as a string
  const wrongCount: AssessmentInput["hire"]["count"] = "2";
  // @ts-expect-error: a deadline date can be null, so it is not a plain string
  const notNull: string = result.deadlines[0].date;
  // @ts-expect-error: a parameter id that does not exist
  const wrongId: ParameterId = "reviewDays";
  // @ts-expect-error: confidence is a union of three words, not any string
  const wrongConfidence: Confidence = "sure";

  return [language, confidence, needed, exemptionText, verify, ids, dates, citizensToHire, problems, id, number,
    catalogue.version, mciLabel, mciExplanation, evidenceDate, codes, wrongLanguage, wrongKind, wrongGroup, wrongCount, notNull, wrongId, wrongConfidence].join();
}
