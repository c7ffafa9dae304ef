import type { FlowSection } from "./flow";
import type { FieldRef, IssuePath, ModelIssue } from "./issues";

/**
 * A flow as the cross-field rules read it: any of its sections, each an object whose values are not trusted
 * (a parsed body, a stored document, or a plan with unknown values left out). `undefined` means unknown and is
 * never reported.
 */
export type FlowLike = { readonly [S in FlowSection]?: Readonly<Record<string, unknown>> | null };

/** Null, or a string of nothing but whitespace: a value that states nothing (often the API's default, not the user's). */
export const isBlank = (v: unknown) => v === null || (typeof v === "string" && v.trim() === "");

const DOCUMENT_STEP: FieldRef = { field: ["steps", "document"] };

/**
 * Rule: when `steps.document` is not `skip`, `documents.verificationMethods` and `documents.documentTypes`
 * must be non-empty and each country row needs at least one active configuration (422).
 */
export function documentStepRule(flow: FlowLike): ModelIssue[] {
  const step = flow.steps?.document;
  if (typeof step !== "string" || step === "skip") return [];
  const docs = flow.documents ?? {};
  const issues: ModelIssue[] = [];
  const when = { when: DOCUMENT_STEP, is: step };
  const methods = docs.verificationMethods;
  if (methods === null || (Array.isArray(methods) && methods.length === 0))
    issues.push({ code: "required_when", path: ["documents", "verificationMethods"], status: 422, params: { ...when, received: methods, hint: "give at least one method" } });
  const types = docs.documentTypes;
  if (types === null || (Array.isArray(types) && types.length === 0))
    issues.push({ code: "required_when", path: ["documents", "documentTypes"], status: 422, params: { ...when, received: types, hint: "give at least one country row" } });
  if (Array.isArray(types))
    types.forEach((row: unknown, i) => {
      const r = (row ?? {}) as Record<string, unknown>;
      const configs = r.configurations;
      if (configs === undefined) return;
      const active = Array.isArray(configs) && configs.some((c) => (c as Record<string, unknown> | null)?.active === true);
      const country = typeof r.country === "string" ? r.country : undefined;
      if (!active) issues.push({ code: "no_active_configuration", path: ["documents", "documentTypes", i, "configurations"], status: 422, params: { ...when, country } });
    });
  return issues;
}

/** Rule: when `integrations.source` is `API`, `apiUrl`, `apiTestType` and `apiTestValue` are required (422). */
export function apiSourceRule(flow: FlowLike): ModelIssue[] {
  const i = flow.integrations;
  if (!i || i.source !== "API") return [];
  return (["apiUrl", "apiTestType", "apiTestValue"] as const)
    .filter((k) => i[k] !== undefined && isBlank(i[k]))
    .map((k) => ({ code: "required_when", path: ["integrations", k], status: 422, params: { when: { field: ["integrations", "source"] }, is: "API", received: i[k] } }));
}

/** Every cross-field rule of a flow configuration; paths are relative to the flow. */
export function flowRules(flow: FlowLike): ModelIssue[] {
  return [...documentStepRule(flow), ...apiSourceRule(flow)];
}

/**
 * Rule for activation (project or flow `status: "active"`): the project needs a flow, the flow needs
 * `integrations.redirectUrl`, and its mandatory steps must be fully configured. Status 409 (the API's
 * `project_flow_required` Conflict). Paths are prefixed with `prefix` (default `projectFlow`).
 */
export function activationRule(
  flow: FlowLike | null | undefined,
  prefix: IssuePath = ["projectFlow"],
  opts: { complete?: boolean } = {},
): ModelIssue[] {
  if (!flow) return [{ code: "flow_required", path: [...prefix], status: 409, params: {} }];
  const issues: ModelIssue[] = [];
  const redirect = flow.integrations === null ? null : flow.integrations?.redirectUrl;
  if (redirect === null || redirect === "" || (redirect === undefined && opts.complete))
    issues.push({ code: "required_to_activate", path: [...prefix, "integrations", "redirectUrl"], status: 409, params: { received: redirect } });
  for (const i of flowRules(flow)) issues.push({ ...i, path: [...prefix, ...i.path], status: 409 });
  return issues;
}

/** Rule: a project create body that carries `projectFlow` must also carry `projectFlowType` (400). */
export function projectFlowTypeRule(input: { projectFlow?: unknown; projectFlowType?: unknown }): ModelIssue[] {
  if (input.projectFlow == null || input.projectFlowType != null) return [];
  return [{ code: "required_with", path: ["projectFlowType"], status: 400, params: { with: { field: ["projectFlow"] } } }];
}
