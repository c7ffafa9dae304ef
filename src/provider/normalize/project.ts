import type { Project } from "../../client";
import { PROJECT_DEFAULTS } from "../../model";
import { Attribute, isObjectValue, ObjectValue, Value, valuesEqual } from "../../plugin";
import { apiName } from "../schemas/from-model";
import { projectSchema } from "../schemas/project";
import { fromApi, toApi } from "./convert";

const attributes = () => projectSchema().attributes;

/** Top-level attributes an update may send: every one that maps to an API field and is configurable, except `target` (which replaces). */
const updatable = () => Object.entries(attributes()).filter(([name, a]) => apiName(a) !== undefined && (a.optional || a.required) && name !== "target");

/**
 * The state of `smartenroll_project` from an API project (GET, list, or a create/update answer: the
 * fields used here are the same in all of them). `prior` keeps `""`/null choices stable.
 */
export function projectState(api: Project, prior?: ObjectValue): ObjectValue {
  const s = fromApi(attributes(), api, prior);
  s.id = api._id;
  if (s.target === null) s.target = (prior?.target as Value) ?? PROJECT_DEFAULTS.target;
  return s;
}

/** Body of `POST /v3/projects` from a planned state (unknown values are left for the API to fill). */
export function projectCreateBody(plan: ObjectValue): Record<string, unknown> {
  const attrs = attributes();
  const body = toApi(attrs, plan);
  const dp = body.dataProtection as Record<string, unknown> | undefined;
  if (dp && dp.address2 === null) delete dp.address2;
  for (const a of Object.values(attrs)) if (a.computed && body[apiName(a) ?? ""] === null) delete body[apiName(a)!];
  return body;
}

/**
 * Body of `PUT /v3/projects/{id}` holding only the attributes whose planned value differs from the
 * prior state; null when nothing changed.
 */
export function projectUpdateBody(plan: ObjectValue, prior: ObjectValue): Record<string, unknown> | null {
  const changed: ObjectValue = {};
  const pick: Record<string, Attribute> = {};
  for (const [name, a] of updatable()) {
    if (valuesEqual(plan[name] ?? null, prior[name] ?? null)) continue;
    if (plan[name] === null && a.computed) continue;
    changed[name] = plan[name];
    pick[name] = a;
  }
  if (Object.keys(pick).length === 0) return null;
  const body = toApi(pick, changed);
  const dp = body.dataProtection as Record<string, unknown> | undefined;
  if (dp && dp.address2 === null && isObjectValue(prior.data_protection) && prior.data_protection.address2 === null) delete dp.address2;
  return body;
}
