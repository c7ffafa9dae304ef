import type { Diagnostics } from "./diagnostics";
import type { ObjectValue } from "./values";

/** Fields every request carries. */
export interface RequestBase {
  /** Aborted when Terraform sends StopProvider (Ctrl-C): stop waiting, return what was reached. */
  readonly signal: AbortSignal;
}

/** Fields every response carries. */
export interface ResponseBase {
  readonly diagnostics: Diagnostics;
}

/** Config validation (provider, resource or data source): no API calls here, values may be unknown. */
export interface ValidateConfigRequest extends RequestBase {
  readonly config: ObjectValue;
}
export type ValidateConfigResponse = ResponseBase;

/** Handing the provider's configured data (e.g. an API client) to a resource or data source. */
export interface ConfigureRequest {
  /** What the provider's `configure` put in `resp.providerData`. */
  readonly providerData: unknown;
}
export type ConfigureResponse = ResponseBase;
