import { conformValue } from "../framework/conform";
import { Diagnostics, providerBug } from "../framework/diagnostics";
import type { TypeEntry } from "./provider-server";
import type { Resource } from "../framework/resource";
import { nullObject, unknownPaths } from "../framework/value-paths";
import { containsUnknown, Value } from "../framework/values";

/** ImportResourceState in framework terms: the imported state (fit to the schema), undefined on failure. */
export async function importResource(entry: TypeEntry<Resource>, resource: Resource, id: string, signal: AbortSignal, diagnostics: Diagnostics): Promise<Value | undefined> {
  if (!resource.importState) {
    diagnostics.addError("Resource Import Not Implemented", `The resource type ${entry.typeName} does not support import.`);
    return undefined;
  }
  const resp = { state: nullObject(entry.schema), diagnostics };
  await resource.importState({ id, signal }, resp);
  if (diagnostics.hasError()) return undefined;
  if (containsUnknown(resp.state)) {
    diagnostics.add(providerBug("Unknown Values After Import", `The resource's import left unknown values at ${unknownPaths(resp.state)}.`));
    return undefined;
  }
  return conformValue(resp.state, entry.type);
}
