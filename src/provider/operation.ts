import { AsyncLocalStorage } from "node:async_hooks";
import type { ProviderData } from "./provider-data";

const current = new AsyncLocalStorage<ProviderData | undefined>();

/** Runs one resource or data source operation with its provider's data at hand for error messages. */
export function inOperation<T>(data: ProviderData | undefined, fn: () => T): T {
  return current.run(data, fn);
}

/** The provider data of the operation in progress (endpoint, token claims), if any. */
export function operationData(): ProviderData | undefined {
  return current.getStore();
}
