import type { Diagnostics } from "../plugin";
import type { ProviderData } from "./provider-data";

/**
 * The provider data of each operation, by the operation's diagnostics: every error an operation reports goes through
 * them, so an error message can name the endpoint and token in use without any per-call context tracking (Node's
 * AsyncLocalStorage would put a hook on every promise of the process).
 */
const byDiagnostics = new WeakMap<Diagnostics, ProviderData | undefined>();

/** Marks `diagnostics` as those of an operation of the provider whose data is `data`. */
export function inOperation(diagnostics: Diagnostics, data: ProviderData | undefined): void {
  byDiagnostics.set(diagnostics, data);
}

/** The provider data of the operation that reports to `diagnostics` (endpoint, token claims), if any. */
export function operationData(diagnostics: Diagnostics): ProviderData | undefined {
  return byDiagnostics.get(diagnostics);
}
