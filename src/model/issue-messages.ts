import type { IssueCode, IssueParams, IssuePath, ModelIssue } from "./issues";
import { isBlank } from "./rules";

/**
 * How a surface spells the fields a message names: the provider writes attribute paths in snake_case, the
 * constructs write prop paths, the server writes the API's names.
 */
export interface IssueNaming {
  /** The field an issue is about (its full path). */
  subject(path: IssuePath): string;
  /** Another field a message mentions (a path relative to the object the rule checks). */
  ref(path: IssuePath): string;
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

type Template<C extends IssueCode> = (name: string, p: IssueParams[C], ref: (path: IssuePath) => string) => string;

const TEMPLATES: { [C in IssueCode]: Template<C> } = {
  required: (name) => `${name} is required`,
  wrong_type: (name, p) => `${name} must be ${p.expected}, but ${typeName(p.received)} was provided`,
  not_in_enum: (name, p) => `${name} must be one of ${p.values.map((v) => JSON.stringify(v)).join(", ")}, but ${showValue(p.received)} was provided`,
  unsupported_type: (name, p) => `${name} has an unsupported type: ${typeName(p.received)} was provided`,
  not_accepted: (name, p) =>
    `${name} must be ${p.expect}, but ${showValue(p.received)} was provided${p.suggestion ? `; did you mean ${JSON.stringify(p.suggestion)}?` : ""}`,
  required_when: (name, p, ref) =>
    `${name} is required when ${ref(p.when.field)} is ${JSON.stringify(p.is)}${p.hint ? `: ${p.hint}` : ""}, but ${showValue(p.received)} was provided`,
  required_with: (name, p, ref) => `${name} is required when ${ref(p.with.field)} is sent`,
  no_active_configuration: (name, p, ref) =>
    `${name}${p.country ? ` (${p.country})` : ""} needs at least one active configuration when ${ref(p.when.field)} is ${JSON.stringify(p.is)}, but none is active`,
  required_to_activate: (name, p) => `${name} is required to activate, but ${p.received === undefined ? "it is not set" : isBlank(p.received) ? "it is empty" : `${showValue(p.received)} was provided`}`,
  flow_required: (name) => `${name} is required to activate a project, but the project has no flow`,
  conflicts_with: (name, p, ref) => `${name} and ${ref(p.other.field)} both set ${p.what}: set only one of them`,
  invalid: (name, p) => `${name} is invalid: ${p.reason}`,
};

/** The message of an issue, naming its field (and any field it mentions) as `naming` spells them. */
export function issueMessage(issue: ModelIssue, naming: IssueNaming): string {
  const template = TEMPLATES[issue.code] as Template<IssueCode>;
  return template(naming.subject(issue.path), issue.params, (p) => naming.ref(p));
}

/**
 * The API's name of a field: the last key, led by the list rows it sits in (`minScore`, `allowedCountries[1]`,
 * `documentTypes[1].configurations`); "value" for the root.
 */
export function fieldName(path: IssuePath): string {
  let lastKey = path.length - 1;
  while (lastKey >= 0 && typeof path[lastKey] === "number") lastKey--;
  if (lastKey < 0) return "value";
  const firstRow = path.findIndex((k, i) => typeof k === "string" && typeof path[i + 1] === "number");
  return fieldPath(path.slice(firstRow >= 0 && firstRow < lastKey ? firstRow : lastKey));
}

/** A path as users read it: dotted keys, list positions in brackets (`documents.documentTypes[0].configurations`). */
export function fieldPath(path: IssuePath): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** Dotted form of a path, as the API's `details[].field` (e.g. `documents.documentTypes.1.configurations`). */
export function pathString(path: IssuePath): string {
  return path.join(".");
}

/** The API's spelling (the server's messages): the field's own name, and other fields by their dotted path. */
export const API_NAMING: IssueNaming = { subject: fieldName, ref: fieldPath };

/** Prop paths as written in TypeScript (the constructs' messages), for the subject and the fields it mentions. */
export const PROP_NAMING: IssueNaming = { subject: fieldPath, ref: fieldPath };
