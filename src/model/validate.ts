import type { z } from "zod";
import { brandingInput } from "./branding";
import { flowConfigInput, flowCreateInput } from "./flow";
import { type ModelIssue, toModelIssue } from "./issues";
import { projectCreateInput, projectUpdateInput } from "./project";
import { activationRule, flowRules, projectFlowTypeRule, type FlowLike } from "./rules";

/** Parses `value` with `schema`; returns the parsed value and every issue as a ModelIssue. */
export function check<S extends z.ZodType>(schema: S, value: unknown, prefix: (string | number)[] = []): { value?: z.infer<S>; issues: ModelIssue[] } {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return { value: r.data, issues: [] };
  return { issues: r.error.issues.map((i) => toModelIssue(i, prefix)) };
}

const withPrefix = (issues: ModelIssue[], prefix: (string | number)[]) => issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));

/** Validates a project create body (P1): fields, then `projectFlowType` and the flow's cross-field rules. */
export function validateProjectCreate(value: unknown): ModelIssue[] {
  const { value: v, issues } = check(projectCreateInput, value);
  if (!v) return issues;
  const out = [...projectFlowTypeRule(v)];
  if (v.projectFlow) out.push(...withPrefix(flowRules(v.projectFlow), ["projectFlow"]));
  if (v.status === "active") out.push(...activationRule(v.projectFlow));
  return out;
}

/** Validates a partial project (P4 body, or a Terraform plan with unknown values omitted). */
export function validateProjectUpdate(value: unknown): ModelIssue[] {
  const { value: v, issues } = check(projectUpdateInput, value);
  if (!v) return issues;
  return v.projectFlow ? withPrefix(flowRules(v.projectFlow), ["projectFlow"]) : [];
}

/**
 * Validates a (partial) flow configuration: fields and cross-field rules; unknown (omitted) fields are not
 * reported. `complete` says the flow is given whole (a construct's props): a redirect URL left out fails
 * activation too, and the activation rules are checked even when some field is invalid, so every problem shows at once.
 */
export function validateFlow(value: unknown, opts: { complete?: boolean } = {}): ModelIssue[] {
  const { value: v, issues } = check(flowConfigInput, value);
  if (!v) {
    const given = opts.complete && typeof value === "object" && value !== null ? (value as FlowLike & { status?: unknown }) : undefined;
    return given?.status === "active" ? [...issues, ...activationRule(given, [], opts)] : issues;
  }
  const out = flowRules(v);
  if (v.status === "active") out.push(...activationRule(v, [], opts));
  return out;
}

/** Validates an F1 body (`POST /v3/project-flows`). */
export function validateFlowCreate(value: unknown): ModelIssue[] {
  const { value: v, issues } = check(flowCreateInput, value);
  return v ? flowRules(v) : issues;
}

/** Validates branding (either key set, every key optional). */
export function validateBranding(value: unknown): ModelIssue[] {
  return check(brandingInput, value).issues;
}

/** Validates that a flow may be activated (paths relative to the flow). */
export function validateActivation(flow: FlowLike | null | undefined): ModelIssue[] {
  return activationRule(flow, []);
}
