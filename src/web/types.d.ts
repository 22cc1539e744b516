// The few TypeScript names the Rust types cannot give: every other type of the contract
// (Assessment, Input, Finding, Parameter, Deadline, …) is generated from the Rust types by tsify.

/** A date as `YYYY-MM-DD` (chrono's NaiveDate on the wire). */
export type NaiveDate = string;
export type IsoDate = NaiveDate;

/** The input of `assess`: unknown fields are rejected. */
export type AssessmentInput = Input;

/** What `assess` returns: the assessment and the site owner's invalid overrides. */
export type AssessmentResult = Assessment & { overrideErrors: OverrideError[] };

/**
 * A site owner's override of one rule parameter (see the README's "Rule overrides"). Overrides are
 * validated one by one against the rule table, so their reader takes any value; this type says
 * what a valid one looks like.
 */
export interface RuleOverride {
  id: ParameterId;
  value: number | boolean | { min: number; max: number };
  citation: string;
  url?: string;
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate | null;
  confidence?: Confidence;
}
export type RuleOverrides = { parameters: RuleOverride[] } | RuleOverride[];
