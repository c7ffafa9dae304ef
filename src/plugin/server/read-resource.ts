import { Diagnostics, providerBug } from "../framework/diagnostics";
import type { Resource } from "../framework/resource";
import { unknownPaths } from "../framework/value-paths";
import { cloneValue, containsUnknown, ObjectValue } from "../framework/values";
import { fillUnknowns } from "./apply-resource";

/** ReadResource in framework terms: the refreshed state, null when the object is gone. */
export async function readResource(resource: Resource, prior: ObjectValue, signal: AbortSignal, diagnostics: Diagnostics): Promise<ObjectValue | null> {
  const resp = {
    state: cloneValue(prior) as ObjectValue | null,
    diagnostics,
    removeResource() {
      resp.state = null;
    },
  };
  await resource.read({ state: cloneValue(prior), signal }, resp);
  const state = resp.state;
  if (state === null || !containsUnknown(state)) return state;
  diagnostics.add(providerBug("Unknown Values After Read", `The resource's read left unknown values at ${unknownPaths(state)}.`));
  return fillUnknowns(state, prior) as ObjectValue;
}
