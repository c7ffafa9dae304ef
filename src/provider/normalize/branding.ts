import type { Project } from "../../client";
import { LEGACY_TO_V3_BRANDING, V3_BRANDING_DEFAULTS } from "../../model";
import { Attribute, ObjectValue, valuesEqual } from "../../plugin";
import { brandingSchema } from "../schemas/branding";
import { apiName } from "../schemas/from-model";
import { fromApi, toApi } from "./convert";

const attributes = () => brandingSchema().attributes;
/** The branding attributes that map to API keys (everything but the ids). */
const settable = () => Object.entries(attributes()).filter(([, a]) => apiName(a) !== undefined);

/**
 * Branding in the v3 key set whichever set the API answered with (§5.3, §12 #1–6): GET/list use v3 keys;
 * create/update answers use legacy keys, which are renamed. Legacy-only and response-only keys are dropped.
 */
export function v3Branding(raw: unknown): Record<string, unknown> {
  const b = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  if ("backgroundColor" in b) return b;
  const out: Record<string, unknown> = {};
  for (const [legacy, v3] of Object.entries(LEGACY_TO_V3_BRANDING)) if (legacy in b) out[v3] = b[legacy];
  return out;
}

/** The state of `smartenroll_project_branding` from an API project. */
export function brandingState(project: Project, prior?: ObjectValue): ObjectValue {
  const s = fromApi(attributes(), v3Branding(project.branding), prior);
  s.id = project._id;
  s.project_id = project._id;
  return s;
}

/**
 * `{branding}` with the planned keys that differ from `prior`; without a prior (a create), every known key, nulls
 * included (null restores the API's default), so the branding is exactly as planned whatever it was before.
 */
export function brandingBody(plan: ObjectValue, prior?: ObjectValue): Record<string, unknown> | null {
  const pick: Record<string, Attribute> = {};
  for (const [k, a] of settable()) if (!prior || !valuesEqual(plan[k] ?? null, prior[k] ?? null)) pick[k] = a;
  const branding = toApi(pick, plan);
  return Object.keys(branding).length ? { branding } : null;
}

/** `{branding}` restoring the API's defaults (sent when the resource is destroyed). */
export function defaultBrandingBody(): Record<string, unknown> {
  const d = V3_BRANDING_DEFAULTS as Record<string, unknown>;
  const branding: Record<string, unknown> = {};
  for (const [, a] of settable()) {
    const key = apiName(a)!;
    branding[key] = d[key] ?? null;
  }
  return { branding };
}
