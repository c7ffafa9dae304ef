import { conformValue } from "../framework/conform";
import type { Diagnostics } from "../framework/diagnostics";
import type { Resource } from "../framework/resource";
import { isObjectValue, ObjectValue, Value } from "../framework/values";
import type { TypeEntry } from "./provider-server";

/** What UpgradeResourceState received: the stored JSON, or only a legacy flatmap. */
export interface StoredState {
  readonly version: number;
  readonly json?: string;
  readonly hasFlatmap: boolean;
}

/** Reads stored JSON: typed by the schema (decimal-safe numbers), or untyped for the resource's upgradeState. */
export interface StateJson {
  typed(json: string): Value;
  untyped(json: string): Value;
}

/**
 * UpgradeResourceState in framework terms: state stored under the current schema version is read as it is;
 * older state goes through the resource's `upgradeState` (or, without one, is read as the current schema); then
 * the resource's `completeState` fills in its own bookkeeping. Returns the state to hand back (null when nothing
 * was stored), undefined on failure.
 */
export async function upgradeResource(entry: TypeEntry<Resource>, resource: Resource, stored: StoredState, parse: StateJson, signal: AbortSignal, diagnostics: Diagnostics): Promise<Value | undefined> {
  const state = await upgraded(entry, resource, stored, parse, signal, diagnostics);
  if (resource.completeState && isObjectValue(state)) resource.completeState(state);
  return state;
}

async function upgraded(entry: TypeEntry<Resource>, resource: Resource, stored: StoredState, parse: StateJson, signal: AbortSignal, diagnostics: Diagnostics): Promise<Value | undefined> {
  if (!stored.json) {
    if (stored.hasFlatmap) diagnostics.addError("Unsupported State Format", "This provider cannot read state in the legacy flatmap format.");
    return null;
  }
  const current = entry.schema.version ?? 0;
  if (stored.version === current || !resource.upgradeState) {
    if (stored.version <= current) return parse.typed(stored.json);
    diagnostics.addError("State From A Newer Provider", `The stored state has schema version ${stored.version}, newer than this provider's ${current}. Upgrade the provider.`);
    return undefined;
  }
  const raw = parse.untyped(stored.json);
  const resp = { state: null as ObjectValue | null, diagnostics };
  await resource.upgradeState({ version: stored.version, rawState: isObjectValue(raw) ? raw : {}, signal }, resp);
  if (diagnostics.hasError()) return undefined;
  return resp.state === null ? null : conformValue(resp.state, entry.type);
}
