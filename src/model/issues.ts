import type { z } from "zod";

/** HTTP status an issue maps to (api-contract.md §15 Q2, plus 409 Conflict for activation). */
export type IssueStatus = 400 | 409 | 422;

/** A path into the validated input: camelCase keys, numbers for list positions. */
export type IssuePath = (string | number)[];

/**
 * Another field an issue mentions (e.g. the `steps.document` a requirement depends on), as a path relative to the
 * object the rule checks (the flow, or the project); each surface spells it its own way.
 */
export interface FieldRef {
  readonly field: IssuePath;
}

/** The parameters of each kind of issue: what a message needs, and nothing already phrased for one surface. */
export interface IssueParams {
  /** A required field is missing. */
  required: Record<string, never>;
  /** The value has the wrong type (`expected`: "a string", "a list", …). */
  wrong_type: { expected: string; received: unknown };
  /** The value is not one of the allowed `values`. */
  not_in_enum: { values: readonly unknown[]; received: unknown };
  /** The value matches none of the accepted shapes. */
  unsupported_type: { received: unknown };
  /** The value is not accepted: `expect` says what is, phrased to follow "must be" ("between 1 and 5"). */
  not_accepted: { expect: string; received: unknown; suggestion?: string };
  /** The field is required while another field has a value (`hint`: how to fix it). */
  required_when: { when: FieldRef; is: unknown; received: unknown; hint?: string };
  /** The field is required when another field is sent. */
  required_with: { with: FieldRef };
  /** A country row of documents has no active configuration while the document step needs one. */
  no_active_configuration: { country?: string; when: FieldRef; is: unknown };
  /** The field is required to activate (`received` undefined: not set; null or blank: empty, e.g. the API's default). */
  required_to_activate: { received?: unknown };
  /** Activation without any flow. */
  flow_required: Record<string, never>;
  /** The field and `other` set the same thing (`what`). */
  conflicts_with: { other: FieldRef; what: string };
  /** Any other problem, with the validator's own words. */
  invalid: { reason: string };
}

/** The kind of an issue. */
export type IssueCode = keyof IssueParams;

/**
 * One validation problem as data, as zod's issues and terraform-plugin-framework's diagnostics keep them: a code,
 * the camelCase path of the field it is about, the code's parameters, and its API status. Each surface renders
 * its own message from it (`issueMessage`).
 */
export type ModelIssue<C extends IssueCode = IssueCode> = {
  [K in C]: { code: K; path: IssuePath; params: IssueParams[K]; status: IssueStatus };
}[C];

/** Parameters the model attaches to its refinements so messages and statuses come from one place. */
export interface RuleParams {
  status: IssueStatus;
  /** What is allowed, phrased to follow "must be …", e.g. "between 1 and 5". */
  expect: string;
  /** The value the input most likely meant, for a "did you mean" (e.g. a country name with a typo). */
  suggest?: (input: unknown) => string | undefined;
}

/** A number that is not an integer where the model asks for one (`.int()`): a range problem, not a type problem. */
const isIntegerIssue = (issue: z.core.$ZodIssue) =>
  issue.code === "invalid_type" && issue.expected === "int" && typeof (issue as { input?: unknown }).input === "number";

/** The model's own "must be …" text for a bound check (`.min()`, `.max()`, `.int()` with an `error`), without "must be ". */
const boundExpect = (issue: z.core.$ZodIssue) =>
  (issue.code === "too_big" || issue.code === "too_small" || isIntegerIssue(issue)) && issue.message.startsWith("must be ") ? issue.message.slice(8) : undefined;

const article = (t: string) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const expectedNames: Record<string, string> = { object: "an object", array: "a list", nan: "a number" };

/**
 * The status an issue maps to: wrong type or missing field → 400; format problems (country, email, URL,
 * colour, postal code) → 409 MissingParameter; ranges, enums and cross-field rules → 422.
 */
export function issueStatus(issue: z.core.$ZodIssue): IssueStatus {
  const params = (issue as { params?: Partial<RuleParams> }).params;
  if (params?.status) return params.status;
  if (isIntegerIssue(issue)) return 422;
  switch (issue.code) {
    case "invalid_type":
    case "invalid_union":
    case "unrecognized_keys":
      return 400;
    case "invalid_format":
      return 409;
    default:
      return 422;
  }
}

/** The size bound of a zod `too_big`/`too_small` issue, phrased to follow "must be". */
function sizeExpect(issue: z.core.$ZodIssue & { code: "too_big" | "too_small" }): string {
  const bound = issue.code === "too_big" ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
  const unit = issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : "";
  return bound + unit;
}

/** Converts a zod issue (parsed with `reportInput: true`) into a ModelIssue, its path prefixed with `prefix`. */
export function toModelIssue(issue: z.core.$ZodIssue, prefix: IssuePath = []): ModelIssue {
  const path = [...prefix, ...(issue.path as IssuePath)];
  const received = (issue as { input?: unknown }).input;
  const params = (issue as { params?: Partial<RuleParams> }).params;
  const status = issueStatus(issue);
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && received === undefined) return { code: "required", path, params: {}, status: 400 };
  const bound = boundExpect(issue);
  if (bound) return { code: "not_accepted", path, params: { expect: bound, received }, status };
  switch (issue.code) {
    case "invalid_type":
      return { code: "wrong_type", path, params: { expected: expectedNames[issue.expected] ?? article(issue.expected), received }, status };
    case "invalid_value":
      return { code: "not_in_enum", path, params: { values: issue.values, received }, status };
    case "invalid_union":
      return { code: "unsupported_type", path, params: { received }, status };
  }
  if (params?.expect) return { code: "not_accepted", path, params: { expect: params.expect, received, suggestion: params.suggest?.(received) }, status };
  if (issue.code === "too_big" || issue.code === "too_small") return { code: "not_accepted", path, params: { expect: sizeExpect(issue), received }, status };
  return { code: "invalid", path, params: { reason: issue.message }, status };
}
