import type { Diagnostics } from "../framework/diagnostics";
import type { Awaitable } from "../framework/awaitable";
import type { ValidateConfigRequest, ValidateConfigResponse } from "../framework/requests";
import type { Schema } from "../framework/schema";
import type { ObjectValue } from "../framework/values";
import { validateAttributes } from "./validate-attributes";

/** Anything with a config check: the provider, a resource, a data source. */
export interface ConfigValidator {
  validateConfig?(req: ValidateConfigRequest, resp: ValidateConfigResponse): Awaitable<void>;
}

/** Validate*Config in framework terms: attribute validators first, then the owner's own check if they passed. */
export async function validateConfig(schema: Schema, config: ObjectValue, owner: ConfigValidator, signal: AbortSignal, diagnostics: Diagnostics): Promise<void> {
  validateAttributes(schema, config, diagnostics);
  if (!diagnostics.hasError()) await owner.validateConfig?.({ config, signal }, { diagnostics });
}
