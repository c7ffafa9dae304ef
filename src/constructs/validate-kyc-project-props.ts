import { Token } from "cdktf";
import type { z } from "zod";
import { KYC_PROJECT_RESOURCE_PROPS } from "../../lib/constructs/kyc-project-props";
import { check, fieldMeta, fieldRange, FLOW_SECTION_DEFAULTS, FLOW_SECTIONS, issueMessage, livenessInput, PROP_NAMING, projectCreateInput, validateBranding, validateFlow, type ModelIssue } from "../model";
import { judgeVerification } from "../model/risk";
import { withActiveDefault } from "./document-defaults";
import type { KycProjectProps } from "./kyc-project-props";
import { webhookIssues } from "./kyc-webhook";
import { propPath } from "./prop-path";
import { unknownKycProjectProps } from "./unknown-props";

export { propPath };

/** The values along `path` in `root`, from `root` itself to the value at `path` (shorter when the path ends early). */
function valuesAlong(root: unknown, path: readonly (string | number)[]): unknown[] {
  const out = [root];
  for (const key of path) {
    const v = out[out.length - 1];
    if (v === undefined || v === null || typeof v !== "object" || Token.isUnresolved(v)) break;
    out.push((v as Record<string | number, unknown>)[key]);
  }
  return out;
}

/** True when the value at `path`, or any value on the way to it, is an unresolved cdktf token. */
const touchesToken = (root: unknown, path: readonly (string | number)[]) =>
  valuesAlong(root, path).some((v) => v !== undefined && v !== null && Token.isUnresolved(v));

/** True when the props give no value at `path`. */
const leftOut = (root: unknown, path: readonly (string | number)[]) => {
  const values = valuesAlong(root, path);
  return values.length <= path.length || values[path.length] === undefined;
};

/**
 * An issue's message naming its prop by its full path (`liveness.minScore must be …`). A redirect URL the props leave
 * out is "not set": the empty value the check saw there is the default, not something the user wrote.
 */
const render = (props: KycProjectProps) => (issue: ModelIssue) =>
  issueMessage(issue.code === "required_to_activate" && leftOut(props, issue.path) ? { ...issue, params: {} } : issue, PROP_NAMING);

const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * The flow as the provider plans it: each section's props over the model's defaults (a section left out is all
 * defaults; a step is on only when `steps` says so). Sections that are tokens are left as they are.
 */
function plannedFlow(props: KycProjectProps): Record<string, unknown> {
  const given: Record<string, unknown> = { ...props, documents: withActiveDefault(props.documents) };
  const flow: Record<string, unknown> = { status: props.status };
  for (const s of FLOW_SECTIONS) {
    const v = given[s];
    flow[s] = v === undefined ? { ...FLOW_SECTION_DEFAULTS[s] } : v === null || typeof v !== "object" || Token.isUnresolved(v) ? v : { ...FLOW_SECTION_DEFAULTS[s], ...defined(v) };
  }
  return flow;
}

/** A copy without unresolved tokens (objects and lists keep their other values). */
function withoutTokens(v: unknown): unknown {
  if (Token.isUnresolved(v)) return undefined;
  if (Array.isArray(v)) return v.filter((x) => !Token.isUnresolved(x)).map(withoutTokens);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => !Token.isUnresolved(x)).map(([k, x]) => [k, withoutTokens(x)]));
}

/**
 * Validates KycProject props against the same zod model the provider and the server use. Values that are
 * unresolved tokens (known only at apply time) are skipped. Returns one message per problem, each naming the
 * prop path, the value received and what is allowed; keys the props do not know come first.
 */
export function validateKycProjectProps(props: KycProjectProps): string[] {
  const project = Object.fromEntries(KYC_PROJECT_RESOURCE_PROPS.map((k) => [k, props[k]]));
  const issues: ModelIssue[] = [
    ...check(projectCreateInput, project).issues,
    ...validateFlow(plannedFlow(props), { complete: true }),
    ...(props.branding ? validateBranding(props.branding).map((i) => ({ ...i, path: ["branding", ...i.path] })) : []),
    ...webhookIssues(props),
  ];
  const seen = new Set<string>();
  const known = issues
    .filter((i) => !touchesToken(props, i.path))
    .map(render(props))
    .filter((m) => !seen.has(m) && (seen.add(m), true));
  return [...unknownKycProjectProps(props), ...known];
}

/** A number the model accepts for `field` that is below its recommended value (one out of range is an error instead). */
function belowRecommended(field: z.ZodType, v: unknown): v is number {
  return typeof v === "number" && !Token.isUnresolved(v) && v >= (fieldRange(field).min ?? -Infinity) && v < Number(fieldMeta(field).recommended);
}

/**
 * Soft problems worth a synth warning but not a failure: what the review would say about the project's verification
 * (an active project that verifies no one, or only those who choose to; settings kept for a step that is off), and
 * liveness scores below the seed's recommended values (the model's `recommended`), which admit more false positives.
 */
export function kycProjectWarnings(props: KycProjectProps): string[] {
  const verification = judgeVerification({ section: "flow", before: null, after: withoutTokens(plannedFlow(props)) as Record<string, unknown> });
  return [...verification.map((f) => f.reason), ...scoreWarnings(props)];
}

function scoreWarnings(props: KycProjectProps): string[] {
  const recommended = { minScore: Number(fieldMeta(livenessInput.shape.minScore).recommended), searchMinScore: Number(fieldMeta(livenessInput.shape.searchMinScore).recommended) };
  const out: string[] = [];
  const { minScore, searchMinScore } = props.liveness ?? {};
  if (belowRecommended(livenessInput.shape.minScore, minScore))
    out.push(`liveness.minScore ${minScore} is below the recommended ${recommended.minScore}: it accepts low-quality cameras but may let more spoofing attempts through`);
  if (belowRecommended(livenessInput.shape.searchMinScore, searchMinScore))
    out.push(`liveness.searchMinScore ${searchMinScore} is below the recommended ${recommended.searchMinScore}: faces may be matched to documents of other people more often`);
  return out;
}
