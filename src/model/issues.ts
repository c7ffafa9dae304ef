import type { z } from "zod";

/** HTTP status an issue maps to (api-contract.md §15 Q2, plus 409 Conflict for activation). */
export type IssueStatus = 400 | 409 | 422;

/** One validation problem: a camelCase path into the input, a human message, and its API status. */
export interface ModelIssue {
  path: (string | number)[];
  message: string;
  status: IssueStatus;
}

/** Parameters the model attaches to its refinements so messages and statuses come from one place. */
export interface RuleParams {
  status: IssueStatus;
  /** What is allowed, phrased to follow "must be …", e.g. "between 1 and 5". */
  expect: string;
  /** The value the input most likely meant, for a "did you mean" (e.g. a country name with a typo). */
  suggest?: (input: unknown) => string | undefined;
}

/** Field name used in messages: the last key of the path, with trailing indexes, e.g. `allowedCountries[2]`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  let i = path.length - 1;
  const idx: string[] = [];
  while (i >= 0 && typeof path[i] === "number") idx.unshift(`[${String(path[i])}]`), i--;
  name = i >= 0 ? String(path[i]) : "value";
  return name + idx.join("");
}

/** Dotted form of a path, as the API's `details[].field` (e.g. `documents.documentTypes.1.configurations`). */
export function pathString(path: readonly (string | number)[]): string {
  return path.join(".");
}

/** Renders a received value for a message. */
export function showValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return v.length === 0 ? "an empty list" : "a list";
  if (typeof v === "string") return JSON.stringify(v.length > 80 ? v.slice(0, 77) + "..." : v);
  if (typeof v === "object") return "an object";
  return String(v);
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${showValue(v)}`;
  return `${typeof v} ${String(v)}`;
}

/** A number that is not an integer where the model asks for one (`.int()`): a range problem, not a type problem. */
const isIntegerIssue = (issue: z.core.$ZodIssue) =>
  issue.code === "invalid_type" && issue.expected === "int" && typeof (issue as { input?: unknown }).input === "number";

/** The model's own "must be …" text for a bound check (`.min()`, `.max()`, `.int()` with an `error`). */
const boundMessage = (issue: z.core.$ZodIssue) =>
  (issue.code === "too_big" || issue.code === "too_small" || isIntegerIssue(issue)) && issue.message.startsWith("must be ") ? issue.message : undefined;

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

/** Converts a zod issue (parsed with `reportInput: true`) into a ModelIssue with a readable message. */
export function toModelIssue(issue: z.core.$ZodIssue, prefix: (string | number)[] = []): ModelIssue {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  const name = fieldName(path);
  const input = (issue as { input?: unknown }).input;
  const params = (issue as { params?: Partial<RuleParams> }).params;
  let message: string;
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && input === undefined) {
    return { path, message: `${name} is required`, status: 400 };
  }
  const bound = boundMessage(issue);
  if (bound) {
    message = `${name} ${bound}, but ${showValue(input)} was provided`;
  } else if (issue.code === "invalid_type") {
    const expected = expectedNames[issue.expected] ?? article(issue.expected);
    message = `${name} must be ${expected}, but ${typeName(input)} was provided`;
  } else if (issue.code === "invalid_value") {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
    message = `${name} must be one of ${allowed}, but ${showValue(input)} was provided`;
  } else if (issue.code === "invalid_union") {
    message = `${name} has an unsupported type: ${typeName(input)} was provided`;
  } else if (params?.expect) {
    const meant = params.suggest?.(input);
    message = `${name} must be ${params.expect}, but ${showValue(input)} was provided${meant ? `; did you mean ${JSON.stringify(meant)}?` : ""}`;
  } else if (issue.code === "too_big" || issue.code === "too_small") {
    const bound = issue.code === "too_big" ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
    const unit = issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : "";
    message = `${name} must be ${bound}${unit}, but ${showValue(input)} was provided`;
  } else {
    message = `${name} is invalid: ${issue.message}`;
  }
  return { path, message, status: issueStatus(issue) };
}
