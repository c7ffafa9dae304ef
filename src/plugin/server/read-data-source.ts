import type { DataSource } from "../framework/data-source";
import { Diagnostics, providerBug } from "../framework/diagnostics";
import { unknownPaths } from "../framework/value-paths";
import { cloneValue, containsUnknown, ObjectValue } from "../framework/values";

/** ReadDataSource in framework terms: the data source's state, undefined on failure. */
export async function readDataSource(dataSource: DataSource, config: ObjectValue, signal: AbortSignal, diagnostics: Diagnostics): Promise<ObjectValue | undefined> {
  const resp = { state: cloneValue(config), diagnostics };
  await dataSource.read({ config, signal }, resp);
  if (diagnostics.hasError()) return undefined;
  if (containsUnknown(resp.state)) {
    diagnostics.add(providerBug("Unknown Values After Read", `The data source left unknown values at ${unknownPaths(resp.state)}.`));
    return undefined;
  }
  return resp.state;
}
