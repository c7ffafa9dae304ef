import { Token } from "cdktf";
import { check, fieldMeta, FLOW_SECTIONS, issueMessage, livenessInput, objectFields, PROP_NAMING, projectCreateInput, validateBranding, validateFlow, type ModelIssue } from "../model";
import { withActiveDefault } from "./document-defaults";
import type { KycProjectProps } from "./kyc-project-props";
import { webhookIssues } from "./kyc-webhook";
import { propPath } from "./prop-path";
import { unknownKycProjectProps } from "./unknown-props";

export { propPath };

/** True when the value at `path`, or any value on the way to it, is an unresolved cdktf token. */
function touchesToken(root: unknown, path: readonly (string | number)[]): boolean {
  let v: unknown = root;
  for (const key of path) {
    if (v !== undefined && v !== null && Token.isUnresolved(v)) return true;
    if (v === undefined || v === null || typeof v !== "object") return false;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v !== undefined && v !== null && Token.isUnresolved(v);
}

/** An issue's message naming its prop by its full path (`liveness.minScore must be …`). */
const render = (issue: ModelIssue) => issueMessage(issue, PROP_NAMING);

/**
 * The flow as the construct sends it: a step is "mandatory" when its section is given and `steps` does not say
 * otherwise, and "skip" when the section is absent.
 */
export function effectiveSteps(props: Pick<KycProjectProps, "steps" | "documents" | "liveness">) {
  return {
    document: props.steps?.document ?? (props.documents ? "mandatory" : "skip"),
    liveness: props.steps?.liveness ?? (props.liveness ? "mandatory" : "skip"),
  } as const;
}

/** Props that are the project's own fields (the lifecycle `status` and `branding` belong to the flow and the branding). */
const PROJECT_PROPS = Object.keys(objectFields(projectCreateInput) ?? {}).filter((k) => k !== "status" && k !== "branding");
/** Props that configure the flow: its sections and its status. */
const FLOW_PROPS = [...FLOW_SECTIONS, "status"];

/**
 * Validates KycProject props against the same zod model the provider and the server use. Values that are
 * unresolved tokens (known only at apply time) are skipped. Returns one message per problem, each naming the
 * prop path, the value received and what is allowed; keys the props do not know come first.
 */
export function validateKycProjectProps(props: KycProjectProps): string[] {
  const given = props as unknown as Record<string, unknown>;
  const project = Object.fromEntries(PROJECT_PROPS.map((k) => [k, given[k]]));
  const flow = {
    ...Object.fromEntries(FLOW_PROPS.map((k) => [k, given[k]])),
    steps: effectiveSteps(props),
    documents: withActiveDefault(props.documents),
  };
  const issues: ModelIssue[] = [
    ...check(projectCreateInput, project).issues,
    ...validateFlow(flow),
    ...(props.branding ? validateBranding(props.branding).map((i) => ({ ...i, path: ["branding", ...i.path] })) : []),
    ...webhookIssues(props),
  ];
  const seen = new Set<string>();
  const known = issues
    .filter((i) => !touchesToken(props, i.path))
    .map(render)
    .filter((m) => !seen.has(m) && (seen.add(m), true));
  return [...unknownKycProjectProps(props), ...known];
}

/**
 * Soft problems worth a synth warning but not a failure: liveness scores below the seed's recommended values
 * (the model's `recommended`), which admit more false positives.
 */
export function kycProjectWarnings(props: KycProjectProps): string[] {
  const recommended = { minScore: Number(fieldMeta(livenessInput.shape.minScore).recommended), searchMinScore: Number(fieldMeta(livenessInput.shape.searchMinScore).recommended) };
  const out: string[] = [];
  const { minScore, searchMinScore } = props.liveness ?? {};
  if (typeof minScore === "number" && !Token.isUnresolved(minScore) && minScore < recommended.minScore)
    out.push(`liveness.minScore ${minScore} is below the recommended ${recommended.minScore}: it accepts low-quality cameras but may let more spoofing attempts through`);
  if (typeof searchMinScore === "number" && !Token.isUnresolved(searchMinScore) && searchMinScore < recommended.searchMinScore)
    out.push(`liveness.searchMinScore ${searchMinScore} is below the recommended ${recommended.searchMinScore}: faces may be matched to documents of other people more often`);
  return out;
}
