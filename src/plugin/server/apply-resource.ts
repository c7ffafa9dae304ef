import { Diagnostics, providerBug } from "../framework/diagnostics";
import type { Resource } from "../framework/resource";
import { cloneValue, containsUnknown, isObjectValue, isUnknown, ObjectValue, Value, valuesEqual } from "../framework/values";
import { unknownPaths } from "../framework/value-paths";

/** ApplyResourceChange in framework terms: `planned` null = destroy, `prior` null = create. */
export interface ApplyInput {
  readonly resource: Resource;
  readonly config: ObjectValue | null;
  readonly prior: ObjectValue | null;
  readonly planned: ObjectValue | null;
  readonly signal: AbortSignal;
  readonly diagnostics: Diagnostics;
}

/**
 * Runs create, update or delete and enforces the protocol's rules on the result: no unknown after a
 * successful apply, the state reached so far after a failure, null after a delete.
 */
export async function applyResourceChange(input: ApplyInput): Promise<ObjectValue | null> {
  const { resource, config, prior, planned, signal, diagnostics } = input;
  if (planned === null) {
    if (prior === null) return null;
    await resource.delete({ state: prior, signal }, { diagnostics });
    return diagnostics.hasError() ? prior : null;
  }
  const cfg = config ?? planned;
  const initial = cloneValue(planned);
  const resp = { state: initial as ObjectValue | null, diagnostics };
  if (prior === null) await resource.create({ config: cfg, plan: cloneValue(planned), signal }, resp);
  else await resource.update({ config: cfg, plan: cloneValue(planned), state: cloneValue(prior), signal }, resp);
  const failed = diagnostics.hasError();
  const what = prior === null ? "create" : "update";
  if (resp.state === null) {
    if (!failed) diagnostics.add(providerBug("Missing Resource State After Apply", `The resource's ${what} reported no error but returned no state.`));
    return prior === null ? null : prior;
  }
  if (failed) {
    const untouched = resp.state === initial && valuesEqual(initial, planned);
    if (untouched) return prior;
    return fillUnknowns(resp.state, prior) as ObjectValue;
  }
  if (containsUnknown(resp.state)) {
    diagnostics.add(providerBug("Unknown Values After Apply", `The resource's ${what} left these attributes unknown: ${unknownPaths(resp.state)}.`));
    return fillUnknowns(resp.state, prior) as ObjectValue;
  }
  return resp.state;
}

/** Replaces every unknown inside `v` with the value at the same place in `fallback` (or null). */
export function fillUnknowns(v: Value, fallback: Value | undefined): Value {
  if (isUnknown(v)) return fallback !== undefined && !containsUnknown(fallback) ? fallback : null;
  if (Array.isArray(v)) return v.map((x, i) => fillUnknowns(x, Array.isArray(fallback) ? fallback[i] : undefined));
  if (isObjectValue(v)) {
    const out: ObjectValue = {};
    for (const [k, x] of Object.entries(v)) out[k] = fillUnknowns(x, fallback !== undefined && isObjectValue(fallback) ? fallback[k] : undefined);
    return out;
  }
  return v;
}

